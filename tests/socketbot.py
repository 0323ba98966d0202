"""The real `ghostwatch run` process, connected in Socket Mode to a fake Slack."""

import os
import subprocess
import sys
from pathlib import Path
from types import TracebackType

from tests.fakeslack import FakeSlack

BOT_TOKEN = "xoxb-socket-test"
APP_TOKEN = "xapp-socket-test"
ENV_NAMES = ("SLACK_SIGNING_SECRET", "GHOSTWATCH_CHANNEL", "GHOSTWATCH_TIMEZONE")


def ghostwatch_command() -> list[str]:
    """The installed `ghostwatch` script beside this interpreter, as a team runs it."""
    script = Path(sys.executable).with_name("ghostwatch")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


class SocketBot:
    """`ghostwatch run` in a subprocess against `fake`, with its log in `workdir`."""

    def __init__(self, fake: FakeSlack, workdir: Path) -> None:
        self.fake = fake
        self.workdir = workdir
        self.log_path = workdir / "ghostwatch.log"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60.0) -> "SocketBot":
        env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
        env = {k: v for k, v in env.items() if k not in ENV_NAMES}
        env.update(
            SLACK_BOT_TOKEN=BOT_TOKEN,
            SLACK_APP_TOKEN=APP_TOKEN,
            SLACK_API_URL=self.fake.api_url,
            DATABASE_URL=f"sqlite:///{self.workdir / 'ghostwatch.db'}",
        )
        opened = self.fake.sockets_opened
        with self.log_path.open("wb") as log:
            self._process = subprocess.Popen(
                [*ghostwatch_command(), "run"],
                cwd=self.workdir,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        if not self.fake.wait_sockets_opened(opened + 1, timeout):
            self.stop()
            raise AssertionError(f"ghostwatch run did not connect:\n{self.log()}")
        return self

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=10)
        self._process = None

    def __enter__(self) -> "SocketBot":
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
