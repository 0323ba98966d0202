"""`ghostwatch preview` shows what a tick would post and draft, and changes nothing."""

import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import inspect, text
from sqlmodel import select

from bot.store.engine import Store
from bot.store.models import CommandRecord
from tests.fakeslack import FakeSlack
from tests.slackbot import CHANNEL, SlackBot, message_text
from tests.test_entrypoints import clean_env

AT = "2026-12-07T10:00:00+00:00"  # a Monday: four working days after the product arrived


def dump(store: Store) -> dict[str, list[str]]:
    """Every row of every table, in a stable order."""
    tables = inspect(store.engine).get_table_names()
    with store.engine.connect() as connection:
        return {
            name: sorted(map(repr, connection.execute(text(f'SELECT * FROM "{name}"'))))
            for name in tables
        }


def ghostwatch(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=clean_env(**env),
        capture_output=True,
        text=True,
        timeout=60,
    )


def settled(store: Store, timeout: float = 5.0) -> None:
    """The journal marks a command answered just after its answer is posted; wait for that."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with store.session() as session:
            states = session.exec(select(CommandRecord.state)).all()
        if all(state == "answered" for state in states):
            return
        time.sleep(0.02)
    raise AssertionError(f"commands not answered: {states}")


def test_preview_prints_the_tick_and_changes_nothing(
    bot: SlackBot, store: Store, fake: FakeSlack, db_url: str, tmp_path: Path
) -> None:
    bot.reply_to("add Lan lan@example.vn ₫15,000,000 tiktok @lan.review")
    bot.reply_to("stage #1 received")
    settled(store)
    before, calls = dump(store), len(fake.calls)

    shown = ghostwatch("preview", "--at", AT, cwd=tmp_path, DATABASE_URL=db_url)

    assert shown.returncode == 0, shown.stderr
    out = shown.stdout
    assert f"→ #{CHANNEL}" in out and "Level 2 · Catch them online" in out
    assert "Reminder for" in out and "lan@example.vn" in out, "the drafted reminder's card"
    assert "Silent creators · Mon 7 Dec 2026" in out, "the digest due at 09:30"
    assert "1 would escalate, 1 digest(s) due, 3 message(s) would be posted" in out
    assert "Nothing was saved or sent" in out
    assert dump(store) == before, "the preview wrote nothing"
    assert len(fake.calls) == calls, "the preview called no Slack method"

    env = {"DATABASE_URL": db_url, "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": fake.api_url}
    refused = ghostwatch("tick", "--at", "2999-01-04T10:00:00+00:00", cwd=tmp_path, **env)
    assert refused.returncode == 2 and refused.stdout == ""
    assert "in the future" in refused.stderr and "ghostwatch preview --at" in refused.stderr
    assert "--force" in refused.stderr and "Traceback" not in refused.stderr
    assert dump(store) == before and len(fake.calls) == calls

    real = ghostwatch("tick", "--at", AT, "--force", cwd=tmp_path, **env)
    assert real.returncode == 0, real.stderr
    assert "1 escalated, 2 messages posted" in real.stdout, "the preview's escalation and card"
    posts = [message_text(p) for p in fake.calls_to("chat.postMessage")]
    assert any("Level 2 · Catch them online" in p for p in posts)
    assert dump(store) != before
