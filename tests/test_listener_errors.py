"""A listener that fails after its ack: Slack still hears 200 in time, and the person is told
what to do, through the real HTTP server and Bolt app."""

import logging
import time

import pytest
from sqlmodel import select

from bot.store.engine import Store
from bot.store.models import Deal
from tests.fakeslack import FakeSlack
from tests.slackbot import ALICE, TEAM_A, SlackBot, message_text

JANE = "Jane Doe jane@example.com $1,200 youtube @janedoe"
FAST = 1.5  # well inside Slack's 3 s


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    return caplog


def edit_click(fake: FakeSlack, deal_id: int, url: str) -> dict:
    """The Edit button of the ephemeral card `/deal add` answers with, as Slack sends a click."""
    return {
        "type": "block_actions",
        "team": {"id": TEAM_A, "domain": "t0001"},
        "user": {"id": ALICE, "username": "alice", "team_id": TEAM_A},
        "api_app_id": "AGHOST",
        "token": "legacy",
        "trigger_id": fake.trigger_id(),
        "response_url": url,
        "channel": {"id": "CTEAM", "name": "creators"},
        "container": {"type": "message", "message_ts": "1.000100", "is_ephemeral": True},
        "actions": [
            {
                "type": "button",
                "action_id": "deal_edit",
                "block_id": "edit",
                "value": str(deal_id),
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }


def the_deal(bot: SlackBot, store: Store) -> int:
    reply = bot.reply_to(f"add {JANE}")
    assert any(b.get("accessory", {}).get("action_id") == "deal_edit" for b in reply["blocks"]), (
        "the reply offers Edit"
    )
    with store.session() as session:
        deal_id = session.exec(select(Deal.id)).one()
    assert deal_id is not None
    return deal_id


def complaints(logs: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """Warnings and errors of the bot and Bolt (the server's queue-depth notes are load)."""
    return [
        r
        for r in logs.records
        if r.levelno >= logging.WARNING and r.name.startswith(("bot", "slack"))
    ]


def failures(logs: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in complaints(logs)]


def test_edit_with_an_expired_trigger_is_acked_and_says_click_again(
    bot: SlackBot, store: Store, fake: FakeSlack, logs: pytest.LogCaptureFixture
) -> None:
    deal_id = the_deal(bot, store)
    logs.clear()
    fake.fail_next("views.open", error="expired_trigger_id")
    url = fake.response_url()
    started = time.perf_counter()
    status, _ = bot.interact(edit_click(fake, deal_id, url))
    assert status == 200 and time.perf_counter() - started < FAST
    answer = fake.wait_for("response", where=lambda r: r["url"] == url)[0]
    assert answer["response_type"] == "ephemeral" and answer.get("replace_original") is False
    assert message_text(answer).startswith("That form expired") and "click Edit again" in (
        message_text(answer)
    )
    assert fake.calls_to("views.open") == []
    assert failures(logs) == [] and "Traceback" not in logs.text

    status, _ = bot.interact(edit_click(fake, deal_id, fake.response_url()))
    assert status == 200, "a fresh click opens the form"
    assert fake.wait_for("views.open")[0]["view"]["callback_id"] == "deal_form"


@pytest.mark.parametrize(
    ("text", "again"),
    [("add", "run `/deal add` again"), ("settings", "run `/deal settings` again")],
)
def test_a_command_whose_form_expired_says_what_to_run(
    bot: SlackBot, fake: FakeSlack, logs: pytest.LogCaptureFixture, text: str, again: str
) -> None:
    fake.add_user(ALICE, name="alice", is_admin=True)
    fake.fail_next("views.open", error="expired_trigger_id")
    shown = message_text(bot.reply_to(text))
    assert "That form expired" in shown and again in shown
    assert failures(logs) == [] and "Traceback" not in logs.text


def test_an_unexpected_error_after_ack_is_200_an_apology_and_one_line(
    bot: SlackBot, store: Store, fake: FakeSlack, logs: pytest.LogCaptureFixture
) -> None:
    """Raised milliseconds after ack(), where Bolt's own path can drop the ack: never lost."""
    deal_id = the_deal(bot, store)
    for attempt in range(8):
        logs.clear()
        fake.fail_next("views.open", error="internal_error")
        url = fake.response_url()
        started = time.perf_counter()
        status, _ = bot.interact(edit_click(fake, deal_id, url))
        elapsed = time.perf_counter() - started
        assert status == 200 and elapsed < FAST, f"attempt {attempt}: {status} in {elapsed:.2f}s"
        answer = fake.wait_for("response", where=lambda r, url=url: r["url"] == url)[0]
        assert answer["response_type"] == "ephemeral"
        assert "Something went wrong on our side" in message_text(answer)
        (line,) = complaints(logs)
        assert line.levelno == logging.ERROR and line.exc_info is None
        assert "block_actions failed for team T0001" in line.getMessage()
        assert "internal_error" in line.getMessage() and "\n" not in line.getMessage()
        assert "Traceback" not in logs.text
