"""How long the commands people type first take to answer: `--help`, a start without tokens
(the exit-2 message) and `doctor` with nothing configured.

    uv run python bench/startup.py            # 15 runs of each
    uv run python bench/startup.py --runs 31

Each run is a fresh process with a clean environment in an empty temporary folder. Prints the
median wall time beside the goal (<= 0.5 s), then the median CPU time, which a busy machine
inflates less.
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

GOAL = 0.5
COMMANDS = {
    "ghostwatch --help": ["--help"],
    "ghostwatch (no tokens, exit 2)": [],
    "ghostwatch doctor (nothing set)": ["doctor"],
}
EXPECTED = {"ghostwatch --help": 0, "ghostwatch (no tokens, exit 2)": 2}


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run_once(args: list[str], folder: str) -> tuple[float, float, int]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": folder}
    before_cpu, start = _cpu(), time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bot", *args], cwd=folder, env=env, capture_output=True, check=False
    )
    return time.perf_counter() - start, _cpu() - before_cpu, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    print(f"start-up, median of {runs} runs (clean environment, empty folder):")
    for label, args in COMMANDS.items():
        walls, cpus = [], []
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as folder:
                wall, cpu, code = run_once(args, folder)
            want = EXPECTED.get(label)
            if want is not None and code != want:
                raise SystemExit(f"{label}: exited {code}, expected {want}")
            walls.append(wall)
            cpus.append(cpu)
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        mark = "ok" if wall <= GOAL else "MISSED"
        print(f"  {label:<32} {wall:5.2f} s   (goal: <= {GOAL} s) {mark}")
        print(f"  {label:<32} {cpu:5.2f} s CPU")


if __name__ == "__main__":
    main()
