"""The bot as people start it: the CLI, `ghostwatch serve`, and Socket Mode end to end."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler
from sqlmodel import select

from bot.core import deals
from bot.core.clock import FixedClock
from bot.core.deals import NewDeal
from bot.core.enums import Stage
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace
from bot.slack.app import build_app, web_client
from bot.store.engine import Store
from bot.store.migrate import upgrade
from bot.store.models import Deal
from bot.wiring import Deps
from tests.fakeslack import FakeSlack
from tests.slackbot import ALICE, SIGNING_SECRET, command_payload, message_text, signed_headers

ENV_NAMES = (
    "SLACK_BOT_TOKEN",
    "SLACK_APP_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_API_URL",
    "DATABASE_URL",
    "GHOSTWATCH_CHANNEL",
    "GHOSTWATCH_TIMEZONE",
)


def clean_env(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ENV_NAMES}
    return {**env, **values}


def ghostwatch(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("args", "names"),
    [((), "SLACK_BOT_TOKEN, SLACK_APP_TOKEN"), (("serve",), "SLACK_BOT_TOKEN, SLACK_SIGNING")],
)
def test_missing_tokens_exit_2_with_a_clear_message(
    tmp_path: Path, args: tuple, names: str
) -> None:
    result = ghostwatch(*args, cwd=tmp_path, env=clean_env())
    assert result.returncode == 2
    assert names in result.stderr and "README.md" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "ghostwatch.db").exists()


def test_secrets_never_appear_in_errors(tmp_path: Path) -> None:
    env = clean_env(SLACK_BOT_TOKEN="xoxb-very-secret", GHOSTWATCH_TIMEZONE="Mars/Olympus")
    result = ghostwatch(cwd=tmp_path, env=env)
    assert result.returncode == 2 and "GHOSTWATCH_TIMEZONE" in result.stderr
    assert "very-secret" not in result.stderr + result.stdout


def test_serve_workers_must_be_a_whole_number_of_at_least_one(tmp_path: Path) -> None:
    result = ghostwatch("serve", "--workers", "0", cwd=tmp_path, env=clean_env())
    assert result.returncode == 2
    assert "--workers" in result.stderr and "at least 1" in result.stderr
    assert "Traceback" not in result.stderr


def test_migrate_builds_the_schema_alone(tmp_path: Path) -> None:
    result = ghostwatch("migrate", cwd=tmp_path, env=clean_env())
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "ghostwatch.db").exists()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_a_signed_deal_add_fast_and_lists_it(fake: FakeSlack, tmp_path: Path) -> None:
    port = free_port()
    env = clean_env(
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=fake.api_url,
        DATABASE_URL=f"sqlite:///{tmp_path / 'gw.db'}",
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=1) as response:
                    assert response.read() == b"ok\n"
                    break
            except OSError:
                assert server.poll() is None, server.stdout.read() if server.stdout else ""
                assert time.monotonic() < deadline, "ghostwatch serve did not come up"
                time.sleep(0.1)

        def slash(text: str) -> tuple[int, float, str]:
            url = fake.response_url()
            body = urlencode(command_payload(text, url=url)).encode()
            request = urllib.request.Request(
                base + "/slack/events", data=body, headers=signed_headers(body), method="POST"
            )
            started = time.perf_counter()
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, time.perf_counter() - started, url

        status, elapsed, url = slash("add Jane Doe jane@example.com $1,200 due 2026-12-15")
        assert status == 200 and elapsed < 3
        assert "Saved deal #1" in message_text(
            fake.wait_for("response", where=lambda r: r["url"] == url)[0]
        )
        status, _, url = slash("list")
        listed = fake.wait_for("response", where=lambda r: r["url"] == url)[0]
        assert "Jane Doe" in message_text(listed)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert fake.invalid_calls() == []


def test_socket_mode_end_to_end(fake: FakeSlack, sqlite_store: Store, clock: FixedClock) -> None:
    deps = Deps(sqlite_store, clock, WorkspaceDefaults())
    app = build_app(web_client("xoxb-test", fake.api_url), deps)
    handler = SocketModeHandler(app, "xapp-test")
    handler.connect()
    try:
        payload = fake.slash_command(
            "/deal", "add 김민지 minji@example.kr ₩1,500,000 instagram", user_id=ALICE
        )
        ack = fake.socket_send("slash_commands", payload)
        assert ack["envelope_id"]
        reply = fake.wait_for("response", where=lambda r: r["url"] == payload["response_url"])[0]
        assert "Saved deal #1" in message_text(reply) and "₩1,500,000" in message_text(reply)
        with sqlite_store.session() as session:
            deal = session.exec(select(Deal)).one()
        assert (deal.fee_minor, deal.currency, deal.owner_id) == (1_500_000, "KRW", ALICE)
    finally:
        handler.close()
    assert fake.invalid_calls() == []


def test_demo_shows_two_weeks_of_the_channel(tmp_path: Path) -> None:
    result = ghostwatch("demo", cwd=tmp_path, env=clean_env())
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count("━━━━━━━━━━━━ ") == 14
    assert "Silent creators · Mon 30 Nov 2026" in out
    assert "creators need a nudge" in out and "Level 2 · Catch them online" in out
    assert "answered — the chase is reset" in out
    for name in ("김민지", "Nguyễn Thị Lan", "山田太郎", "José Álvarez"):
        assert name in out
    assert "publish deadline 2026-11-27 passed" in out
    assert "Saturday 5 December 2026 ━━━━━━━━━━━━\n\n━━" in out, "weekends are quiet"
    assert list(tmp_path.iterdir()) == [], "the demo leaves no file behind"


def test_digest_preview_prints_what_would_be_posted(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'gw.db'}"
    store = Store.from_url(url)
    upgrade(store.engine)
    with store.session() as session:
        ws = ensure_workspace(session, "T1", WorkspaceDefaults("CTEAM", "Europe/Paris"))
        deals.add_deal(
            session,
            ws,
            NewDeal(name="Ana Souza", stage=Stage.product_shipped),
            actor="U1",
            now=datetime(2026, 12, 1, 9, tzinfo=UTC),
        )
    store.engine.dispose()
    result = ghostwatch(
        "digest",
        "--preview",
        "--at",
        "2026-12-07T09:30:00+01:00",
        cwd=tmp_path,
        env=clean_env(DATABASE_URL=url),
    )
    assert result.returncode == 0, result.stderr
    assert "Silent creators · Mon 7 Dec 2026" in result.stdout
    assert "Ana Souza" in result.stdout and "silent 3 working days" in result.stdout
