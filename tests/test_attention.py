"""Failures nobody would see otherwise: `doctor` lists them, App Home shows them to admins."""

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from bot.config import Settings
from bot.core.attention import Attention, Concern, Group, Item
from bot.core.digest import claim_digests
from bot.core.tick import run_tick
from bot.doctor import attention_check
from bot.jobs import queue
from bot.jobs.outbox import drain
from bot.mail.imap_sync import _record_problem
from bot.slack.app import web_client
from bot.slack.blocks.attention import attention_blocks
from bot.slack.outbox import slack_posting
from bot.store.models import Workspace
from tests.fakeslack import FakeSlack, view_problems
from tests.slackbot import ALICE, BOB, TEAM_A, SlackBot, message_text

AT = datetime(2026, 12, 1, 10, tzinfo=UTC)
ADMIN = "UADMIN"


def test_the_section_says_counts_newest_rows_and_what_to_do_escaped() -> None:
    found = Attention(
        "T1",
        (
            Group(
                Concern.failed_posts,
                5,
                (Item(AT, "escalation of deal #3", "channel_not_found <@U1> & co"),),
            ),
            Group(Concern.uncertain_sends, 1, (Item(AT, "level 2 reminder of deal #4", ""),)),
        ),
    )
    blocks = attention_blocks(found)
    assert view_problems({"type": "home", "blocks": blocks}) == []
    text = message_text({"blocks": blocks})
    assert "Needs attention" in text
    assert "*5 · Slack posts that failed for good*" in text and "… and 4 more" in text
    assert "1 Dec 10:00 UTC · escalation of deal #3: channel_not_found &lt;@U1&gt; &amp; co" in text
    assert "What to do: Look for them in the mailbox's Sent folder" in text
    assert attention_blocks(Attention("T1", ())) == []


def _failed_post_and_mail_problem(bot: SlackBot, clock) -> None:
    bot.reply_to("add Jane Doe jane@example.com $500")
    bot.reply_to("contacted #1")
    clock.advance(timedelta(days=3))
    run_tick(bot.store, clock.now())
    bot.fake.fail_next("chat.postMessage", status=200, error="channel_not_found")
    client = web_client("xoxb-test", bot.fake.api_url, wait_on_limits=False)
    assert drain(bot.store, slack_posting(client), clock.now()).failed == 1
    with bot.store.session() as session:
        ws = session.exec(select(Workspace)).one()
        _record_problem(session, bot.store.dialect, ws, "INBOX", 7, None, "not text", clock.now())


def _home_of(bot: SlackBot, user: str) -> str:
    def theirs(call: dict) -> bool:
        return call["user_id"] == user

    before = len([c for c in bot.fake.calls_to("views.publish") if theirs(c)])
    status, _ = bot.event({"type": "app_home_opened", "user": user, "tab": "home"})
    assert status == 200
    published = bot.fake.wait_for("views.publish", count=before + 1, where=theirs)
    return message_text(published[-1]["view"])


def test_app_home_shows_admins_and_approvers_what_needs_attention(
    bot: SlackBot, fake: FakeSlack, clock
) -> None:
    fake.add_user(ADMIN, name="admin", is_admin=True)
    assert "Needs attention" not in _home_of(bot, ADMIN), "nothing failed yet"
    _failed_post_and_mail_problem(bot, clock)

    admin = _home_of(bot, ADMIN)
    assert "*1 · Slack posts that failed for good*" in admin
    assert "escalation of deal #1: channel_not_found" in admin
    assert "invite the bot to the channel" in admin
    assert "Messages the mailbox sync could not read" in admin and "message 7 in INBOX" in admin
    assert "Needs attention" not in _home_of(bot, ALICE), "not an admin, not an approver"

    with bot.store.session() as session:  # as the settings modal saves approvers
        ws = session.exec(select(Workspace).where(Workspace.team_id == TEAM_A)).one()
        ws.approvers = [BOB]
        session.add(ws)
    assert "Needs attention" in _home_of(bot, BOB)
    assert "Needs attention" not in _home_of(bot, ALICE)


def test_doctor_lists_failed_and_stuck_rows_per_workspace(
    bot: SlackBot, clock, db_url: str
) -> None:
    settings = Settings(database_url=db_url, _env_file=None)
    assert attention_check(settings, clock.now()).ok
    _failed_post_and_mail_problem(bot, clock)
    with bot.store.session() as session:  # a drain that died holding the digest's lease
        claim_digests(bot.store, clock.now())
        assert len(queue.claim(session, clock.now(), 10, "gone")) == 1
    check = attention_check(settings, clock.now() + timedelta(minutes=2))
    assert not check.ok
    lines = check.line().splitlines()
    assert lines[0] == "✗ attention: 1 workspace(s) need a look"
    assert lines[1].startswith(f"  {TEAM_A}: 1 slack posts that failed for good. Check the reason")
    assert "escalation of deal #1: channel_not_found" in lines[2]
    assert any("1 messages the mailbox sync could not read" in line for line in lines)
    stuck = f"  {TEAM_A}: 1 slack posts stuck past their lease. No outbox drain is running"
    assert any(line.startswith(stuck) for line in lines)
    assert any("digest: " in line for line in lines)


def test_doctor_creates_no_database_to_look_for_failures(tmp_path) -> None:
    missing = tmp_path / "ghostwatch.db"
    check = attention_check(Settings(database_url=f"sqlite:///{missing}", _env_file=None))
    assert (check.ok, check.detail) == (True, "no database yet") and not missing.exists()
