"""No acknowledged command is lost: `ghostwatch serve` (one process, or `--workers 2`) is killed
with SIGKILL while it works on commands it has acknowledged, restarted, and every command gets
its effect and one answer."""

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from sqlmodel import select

from bot.store.engine import Store
from bot.store.models import CommandRecord, Creator
from tests.fakeslack import FakeSlack
from tests.slackbot import command_payload, message_text, signed_headers
from tests.test_entrypoints import SIGNING_SECRET, clean_env, free_port

COMMANDS = 12  # more than one process's command workers (8), so some wait their turn
WORKERS = 8
# A short lease, so the restarted bot takes the dead worker's commands up at its first pass
# instead of half a minute later. The held answers outlast it, but no other worker looks at a
# command in its first 10 s, and the kill comes well before.
LEASE_SECONDS = 1


class ResponseSink:
    """Where the commands' response_urls point: a local server that can hold every answer
    unrecorded (the bot is stuck posting it), as a slow Slack would."""

    def __init__(self) -> None:
        self.answers: list[tuple[str, dict[str, Any]]] = []
        self.waiting = 0
        self.holding = True
        self._cond = threading.Condition()
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with sink._cond:
                    held = sink.holding
                    sink.waiting += held
                    sink._cond.notify_all()
                    sink._cond.wait_for(lambda: not sink.holding)
                    if not held:
                        sink.answers.append((self.path, body))
                        sink._cond.notify_all()
                try:
                    self.send_response(500 if held else 200)
                    self.end_headers()
                    self.wfile.write(b"ok")
                except OSError:
                    pass  # the bot that asked is gone

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def release(self) -> None:
        with self._cond:
            self.holding = False
            self._cond.notify_all()

    def wait(self, what: Callable[[], bool], timeout: float = 30) -> None:
        with self._cond:
            assert self._cond.wait_for(what, timeout), (self.waiting, len(self.answers))

    def close(self) -> None:
        self.release()
        self.server.shutdown()


@pytest.fixture
def sink() -> Iterator[ResponseSink]:
    sink = ResponseSink()
    yield sink
    sink.close()


def serve(
    fake: FakeSlack, db_url: str, cwd: Path, processes: int = 1
) -> tuple[subprocess.Popen[str], str]:
    """`ghostwatch serve` in a session of its own, so a kill of its group takes every worker."""
    port = free_port()
    env = clean_env(
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=fake.api_url,
        DATABASE_URL=db_url,
        GHOSTWATCH_COMMAND_LEASE_SECONDS=str(LEASE_SECONDS),
    )
    args = ["serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(processes)]
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1):
                return process, base
        except OSError:
            assert process.poll() is None, "ghostwatch serve exited"
            assert time.monotonic() < deadline, "ghostwatch serve did not come up"
            time.sleep(0.1)


def slash(base: str, text: str, url: str) -> int:
    body = urlencode(command_payload(text, url=url)).encode()
    request = urllib.request.Request(
        base + "/slack/events", data=body, headers=signed_headers(body), method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status


def states(store: Store) -> Counter[str]:
    with store.reading() as session:
        return Counter(session.exec(select(CommandRecord.state)))


def kill(process: subprocess.Popen[str]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


@pytest.mark.parametrize("processes", [1, 2], ids=["one-process", "workers-2"])
def test_commands_acked_before_a_kill_get_their_effect_and_one_answer_after_restart(
    fake: FakeSlack, db_url: str, sink: ResponseSink, tmp_path: Path, processes: int
) -> None:
    store = Store.from_url(db_url)
    process, base = serve(fake, db_url, tmp_path, processes)
    try:
        paths = {
            f"/r/{uuid.uuid4().hex}": f"Creator {chr(65 + i)}{chr(97 + i)}" for i in range(COMMANDS)
        }
        for i, (path, name) in enumerate(paths.items()):
            assert slash(base, f"add {name} c{i}@example.com", sink.url + path) == 200
        # Every command worker is stuck answering a command it has saved; the rest wait their
        # turn. Two processes share the commands as their accepts fall, so hold what they took.
        sink.wait(lambda: sink.waiting >= WORKERS)
        if processes > 1:
            time.sleep(1)
        held = sink.waiting
        assert held == WORKERS if processes == 1 else held <= COMMANDS
        assert states(store) == +Counter(done=held, received=COMMANDS - held)
        kill(process)
        sink.release()
        assert sink.answers == []

        process, base = serve(fake, db_url, tmp_path, processes)
        # The saved ones wait for the dead worker's lease to run out.
        sink.wait(lambda: len(sink.answers) >= COMMANDS, timeout=LEASE_SECONDS + 30)
        assert Counter(path for path, _ in sink.answers) == Counter(paths.keys())
        said = {path: message_text(body) for path, body in sink.answers}
        lost = [p for p, text in said.items() if "its answer was lost" in text]
        finished = [p for p, text in said.items() if "Saved deal" in text]
        assert len(lost) == held and len(finished) == COMMANDS - held
        assert all("took longer than usual" in text for text in said.values())
        with store.reading() as session:
            names = Counter(session.exec(select(Creator.name)))
        assert names == Counter(paths.values()), "each command's deal exactly once"
        deadline = time.monotonic() + 10  # the answer lands a moment before its row is settled
        while states(store) != {"answered": COMMANDS} and time.monotonic() < deadline:
            time.sleep(0.05)
        assert states(store) == {"answered": COMMANDS}
    finally:
        kill(process)
        store.engine.dispose()
