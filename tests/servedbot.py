"""The bot as people start it for load: `ghostwatch serve --workers N` as a process of its own,
with the request helpers of `SlackBot`, so one test can run against either server."""

import os
import signal
import subprocess
import sys
import time
import urllib.request
from contextlib import suppress
from pathlib import Path

from bot.store.engine import Store
from tests.fakeslack import FakeSlack
from tests.slackbot import SIGNING_SECRET, SlackBot

ENV_NAMES = ("SLACK_APP_TOKEN", "GHOSTWATCH_CHANNEL", "GHOSTWATCH_TIMEZONE", "IMAP_HOST")


class ServedBot(SlackBot):
    def __init__(
        self, fake: FakeSlack, store: Store, db_url: str, folder: Path, *, workers: int
    ) -> None:
        from tests.test_entrypoints import free_port

        self.fake, self.store = fake, store
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self._log = folder / "serve.log"
        env = {k: v for k, v in os.environ.items() if k not in ENV_NAMES}
        env |= {
            "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": fake.api_url,
            "DATABASE_URL": db_url,
        }
        args = ["serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
        with self._log.open("wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", *args],
                cwd=folder,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a kill of its group takes every worker
            )
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1):
                    break
            except OSError:
                assert self.process.poll() is None, self.output()
                assert time.monotonic() < deadline, "ghostwatch serve did not come up"
                time.sleep(0.1)
        self._pids = self._workers()
        assert len(self._pids) == workers + 1, f"expected {workers} workers: {self._pids}"

    def _workers(self) -> list[int]:
        deadline = time.monotonic() + 10
        while True:
            path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
            children = [int(p) for p in path.read_text().split()]
            if children or time.monotonic() > deadline:
                return [self.process.pid, *children]
            time.sleep(0.05)

    def pids(self) -> list[int]:
        return self._pids

    def output(self) -> str:
        return self._log.read_text(errors="replace")

    def close(self) -> None:
        """SIGTERM, as a service manager stops it; the workers finish what they hold."""
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
            raise AssertionError("ghostwatch serve did not stop on SIGTERM") from None
