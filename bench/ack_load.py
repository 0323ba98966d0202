"""Slash-command acks under load: `ghostwatch serve` beside a bare Bolt app that only acks.

    uv run python bench/ack_load.py                    # 4 rounds (A B A B) of 1,000 commands
    uv run python bench/ack_load.py --requests 200     # smaller rounds
    uv run python bench/ack_load.py --workers 2        # `ghostwatch serve --workers 2`
    uv run python bench/ack_load.py --database-url postgresql://...

Both apps run as processes of their own under waitress with the same threads; ghostwatch is
the real CLI with SLACK_API_URL pointed at the local Slack stand-in. In each round 20 client
threads send signed `/deal add <unique name> <unique>@example.com` as fast as they are
answered, over kept-alive connections. A local response_url endpoint counts the answers, and
the database is counted for the deals saved. Prints, for each app, the median and p99 ack and
the commands per second, each beside its goal; then, for ghostwatch, the acked commands
answered within 2 s and the acked adds saved.
"""

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from slack_sdk.signature import SignatureVerifier  # noqa: E402
from sqlalchemy import func  # noqa: E402
from sqlmodel import select  # noqa: E402

from bot.store.engine import Store  # noqa: E402
from bot.store.models import Deal  # noqa: E402
from tests.fakeslack import FakeSlack  # noqa: E402

SECRET = "bench-signing-secret"
CLIENTS = 20
P99_GOAL_MS = 100.0
MEDIAN_FACTOR = 2.0
ANSWER_WITHIN = 2.0
RATE_GOAL = 300.0
THREADS = 8  # what `ghostwatch serve` gives waitress
QUIET = 15.0  # seconds without a new answer after which the rest count as unanswered


# --- the bare app ---------------------------------------------------------------------------


def serve_bare(port: int, api_url: str) -> None:
    """A Bolt app with one `/deal` listener that only acks, under waitress like ghostwatch."""
    from slack_bolt import App
    from slack_bolt.adapter.wsgi import SlackRequestHandler
    from slack_sdk import WebClient
    from waitress import serve

    client = WebClient(token="xoxb-bench", base_url=api_url)
    app = App(signing_secret=SECRET, client=client)

    @app.command("/deal")
    def deal(ack: Any) -> None:
        ack()

    serve(SlackRequestHandler(app), host="127.0.0.1", port=port, threads=THREADS, ident=None)


# --- the response_url endpoint --------------------------------------------------------------


class Replies:
    """When each response_url was first posted to."""

    def __init__(self) -> None:
        self.at: dict[str, float] = {}
        self._lock = threading.Lock()
        replies = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                with replies._lock:
                    replies.at.setdefault(self.path, time.perf_counter())
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # an answer cut off by the server's stop at the end of the run

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def count(self, prefix: str) -> int:
        with self._lock:
            return sum(1 for path in self.at if path.startswith(prefix))


# --- one round ------------------------------------------------------------------------------


class Round:
    def __init__(self, port: int, label: str, requests: int, replies: Replies) -> None:
        self.port, self.label, self.requests, self.replies = port, label, requests, replies
        self.acks: list[float] = []
        self.sent: dict[str, float] = {}
        self.failed = 0
        self._next = 0
        self._lock = threading.Lock()
        self.seconds = 0.0
        self.drained = 0.0

    def _take(self) -> int | None:
        with self._lock:
            if self._next >= self.requests:
                return None
            self._next += 1
            return self._next

    def _client(self) -> None:
        verifier = SignatureVerifier(SECRET)
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        while (n := self._take()) is not None:
            tag = f"{self.label}-{n}"
            path = f"/r/{self.label}/{n}"
            body = urlencode(
                {
                    "token": "legacy",
                    "team_id": "T0001",
                    "team_domain": "bench",
                    "channel_id": "CBENCH",
                    "channel_name": "creators",
                    "user_id": "UBENCH",
                    "user_name": "bench",
                    "command": "/deal",
                    "text": f"add Creator {tag} c{tag}@example.com",
                    "api_app_id": "ABENCH",
                    "response_url": self.replies.url + path,
                    "trigger_id": f"trigger-{tag}",
                }
            )
            stamp = str(int(time.time()))
            headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Slack-Request-Timestamp": stamp,
                "X-Slack-Signature": verifier.generate_signature(timestamp=stamp, body=body),
            }
            started = time.perf_counter()
            try:
                connection.request("POST", "/slack/events", body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            elapsed = time.perf_counter() - started
            with self._lock:
                if ok:
                    self.acks.append(elapsed)
                    self.sent[path] = started
                else:
                    self.failed += 1
        connection.close()

    def run(self) -> None:
        threads = [threading.Thread(target=self._client) for _ in range(CLIENTS)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.seconds = time.perf_counter() - started

    def answered_within(self, limit: float) -> int:
        at = self.replies.at
        return sum(1 for path, sent in self.sent.items() if path in at and at[path] - sent <= limit)


def drain(replies: Replies, one: Round) -> float:
    """Seconds from the round's end until every acked command was answered, or until answers
    stopped coming for `QUIET` seconds; the next round starts only then."""
    ended = time.perf_counter()
    last, answered = ended, -1
    while True:
        now_answered = replies.count(f"/r/{one.label}/")
        if now_answered >= len(one.sent):
            return time.perf_counter() - ended
        if now_answered != answered:
            last, answered = time.perf_counter(), now_answered
        elif time.perf_counter() - last > QUIET:
            return time.perf_counter() - ended
        time.sleep(0.1)


# --- the processes --------------------------------------------------------------------------


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(process: subprocess.Popen[bytes], url: str, what: str) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            if process.poll() is not None:
                raise SystemExit(f"{what} exited with {process.returncode}") from None
            if time.monotonic() > deadline:
                raise SystemExit(f"{what} did not come up") from None
            time.sleep(0.1)


def start_ghostwatch(
    folder: str, database_url: str, api_url: str, workers: int
) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": folder,
        "PYTHONPATH": str(ROOT),  # the ghostwatch of this checkout
        "SLACK_BOT_TOKEN": "xoxb-bench",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": api_url,
        "DATABASE_URL": database_url,
    }
    args = [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)]
    if workers > 1:
        args += ["--workers", str(workers)]
    process = subprocess.Popen(
        args, cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_up(process, f"http://127.0.0.1:{port}/healthz", "ghostwatch serve")
    return process, port


def start_bare(api_url: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, __file__, "--bare-serve", str(port), "--api-url", api_url],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_up(process, f"http://127.0.0.1:{port}/", "the bare Bolt app")
    return process, port


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def deals_saved(database_url: str) -> int:
    store = Store.from_url(database_url)
    try:
        with store.reading() as session:
            return int(session.exec(select(func.count()).select_from(Deal)).one())
    finally:
        store.engine.dispose()


# --- the report -----------------------------------------------------------------------------


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def mark(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=1000, help="commands per round")
    parser.add_argument("--rounds", type=int, default=4, help="rounds, alternating A B A B")
    parser.add_argument("--workers", type=int, default=1, help="`ghostwatch serve --workers`")
    parser.add_argument("--database-url", default="", help="default: a fresh SQLite file")
    parser.add_argument("--bare-serve", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--api-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_serve:
        serve_bare(args.bare_serve, args.api_url)
        return

    load = os.getloadavg()
    print(
        f"acks under load: {args.rounds} rounds of {args.requests} `/deal add` from {CLIENTS} "
        f"clients, ghostwatch serve --workers {args.workers} "
        f"(load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f})"
    )
    replies = Replies()
    with FakeSlack() as fake, tempfile.TemporaryDirectory() as folder:
        database_url = args.database_url or f"sqlite:///{Path(folder) / 'ghostwatch.db'}"
        ghost, ghost_port = start_ghostwatch(folder, database_url, fake.api_url, args.workers)
        bare, bare_port = start_bare(fake.api_url)
        rounds: dict[str, list[Round]] = {"bare": [], "ghostwatch": []}
        saved = 0
        try:
            for index in range(args.rounds):
                kind = "bare" if index % 2 == 0 else "ghostwatch"
                port = bare_port if kind == "bare" else ghost_port
                before = deals_saved(database_url) if kind == "ghostwatch" else 0
                one = Round(port, f"{kind}{index}", args.requests, replies)
                one.run()
                if kind == "ghostwatch":
                    one.drained = drain(replies, one)
                    saved += deals_saved(database_url) - before
                rounds[kind].append(one)
        finally:
            stop(ghost)
            stop(bare)
            replies.server.shutdown()

    medians: dict[str, float] = {}
    for kind, done in rounds.items():
        acks = [a for r in done for a in r.acks]
        sent = sum(r.requests for r in done)
        failed = sum(r.failed for r in done)
        if not acks:
            raise SystemExit(f"{kind}: no command was acked")
        median = statistics.median(acks) * 1000
        medians[kind] = median
        tail = p99(acks) * 1000
        rate = len(acks) / sum(r.seconds for r in done)
        print(f"  {kind}: {len(acks)} of {sent} acked ({failed} failed)")
        if kind == "bare":
            print(f"  {kind} median ack      {median:7.1f} ms")
            print(f"  {kind} p99 ack         {tail:7.1f} ms")
            print(f"  {kind} commands/s      {rate:7.0f}")
            continue
        bound = MEDIAN_FACTOR * medians["bare"]
        print(
            f"  {kind} median ack      {median:7.1f} ms   (goal: <= {MEDIAN_FACTOR:.0f}x bare "
            f"= {bound:.1f} ms) {mark(median <= bound)}"
        )
        print(
            f"  {kind} p99 ack         {tail:7.1f} ms   (goal: <= {P99_GOAL_MS:.0f} ms) "
            f"{mark(tail <= P99_GOAL_MS)}"
        )
        print(
            f"  {kind} commands/s      {rate:7.0f}      (goal: >= {RATE_GOAL:.0f}) "
            f"{mark(rate >= RATE_GOAL)}"
        )
        answered = sum(r.answered_within(ANSWER_WITHIN) for r in done)
        print(
            f"  {kind} answered <= 2 s {answered:7d} of {len(acks)} acked   (goal: all) "
            f"{mark(answered == len(acks))}"
        )
        eventually = sum(len([p for p in r.sent if p in replies.at]) for r in done)
        drained = max(r.drained for r in done)
        print(
            f"  {kind} answered at all {eventually:7d} of {len(acks)} acked   (goal: all) "
            f"{mark(eventually == len(acks))}, the last {drained:.1f} s after a round's end"
        )
        print(
            f"  {kind} adds saved      {saved:7d} of {len(acks)} acked   (goal: all) "
            f"{mark(saved >= len(acks))}"
        )


if __name__ == "__main__":
    main()
