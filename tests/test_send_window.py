"""Reminders land in the creator's working hours: scheduled in the database, sent by a job
once, across a restart and a second replica; a reply before then cancels it."""

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from bot.core.clock import FixedClock
from bot.core.enums import DraftState
from bot.core.send_window import SendWindow
from bot.jobs.outbox import drain
from bot.mail.reminders import make_writer
from bot.mail.send import SmtpMailer
from bot.slack.app import web_client
from bot.slack.cards import SlackCards
from bot.slack.outbox import slack_posting
from bot.store.engine import Store
from bot.store.models import Draft
from bot.wiring import Mail
from tests.fakeslack import FakeSlack
from tests.slackbot import ALICE, SlackBot, make_mail, message_text
from tests.smtpserver import SmtpServer

SENDER = "Maria at Acme <maria@acme.example>"
MEXICO = ZoneInfo("America/Mexico_City")


def mexico(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=MEXICO).astimezone(UTC)


def test_the_window_opens_at_the_next_working_morning_in_their_zone() -> None:
    window = SendWindow()
    assert window.opens(mexico(1, 10), "America/Mexico_City") is None, "Tuesday 10:00: now"
    assert window.opens(mexico(1, 20), "America/Mexico_City") == mexico(2, 9)
    assert window.opens(mexico(4, 18), "America/Mexico_City") == mexico(7, 9), "Friday → Monday"
    assert window.opens(mexico(5, 11), "America/Mexico_City") == mexico(7, 9), "a Saturday"
    assert window.opens(mexico(2, 8, 59), "America/Mexico_City") == mexico(2, 9)
    late = SendWindow(start=time(14), end=time(20), days=(5, 6))
    assert late.opens(mexico(1, 10), "America/Mexico_City") == mexico(5, 14)
    # Berlin's clocks go forward at 02:00 on 28 March 2027: an opening in the gap still comes.
    early = SendWindow(start=time(2, 30), end=time(4), days=tuple(range(7)))
    opens = early.opens(datetime(2027, 3, 27, 12, tzinfo=UTC), "Europe/Berlin")
    assert opens is not None and opens.astimezone(ZoneInfo("Europe/Berlin")).hour == 3


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with SmtpServer(security="none", users=None) as server:
        yield server


def mail_for(store: Store, clock: FixedClock, smtp: SmtpServer) -> Mail:
    writer = make_writer(mail_from=SENDER, company="Acme", templates_dir=None)
    return make_mail(store, clock, SmtpMailer(smtp.settings()), sender=SENDER, writer=writer)


@pytest.fixture
def approved_at_night(
    fake: FakeSlack, store: Store, clock: FixedClock, smtp: SmtpServer
) -> Iterator[tuple[SlackBot, str, str, int]]:
    """Ana in Mexico City; her reminder approved at 20:00 her time on Tuesday."""
    clock.set(mexico(1, 20))
    bot = SlackBot(fake, store, clock, mail=mail_for(store, clock, smtp))
    try:
        bot.reply_to("add Ana Ruiz ana@example.com country:MX tz:America/Mexico_City")
        bot.reply_to("remind Ana Ruiz")
        drain(store, slack_posting(web_client("xoxb-test", fake.api_url)), clock.now())
        with store.session() as session:
            draft = session.exec(select(Draft)).one()
        assert draft.channel_id and draft.message_ts and draft.id
        bot.interact(fake.click(draft.channel_id, draft.message_ts, f"draft_send:{draft.id}",
                                user_id=ALICE))  # fmt: skip
        fake.wait_for("chat.update")
        yield bot, draft.channel_id, draft.message_ts, draft.id
    finally:
        bot.close()
    assert fake.invalid_calls() == []


def state(store: Store, draft_id: int) -> Draft:
    with store.session() as session:
        return session.exec(select(Draft).where(Draft.id == draft_id)).one()


def test_approved_at_night_it_waits_and_goes_at_nine_once_across_a_restart(
    approved_at_night: tuple[SlackBot, str, str, int],
    fake: FakeSlack,
    store: Store,
    clock: FixedClock,
    smtp: SmtpServer,
) -> None:
    bot, channel, ts, draft_id = approved_at_night
    scheduled = state(store, draft_id)
    assert scheduled.state == DraftState.scheduled and scheduled.send_after == mexico(2, 9)
    card = fake.message(channel, ts)
    shown = message_text(card)
    assert "Scheduled for Wed 09:00 their time" in shown and "yours" in shown
    assert f"<!date^{int(mexico(2, 9).timestamp())}^{{time}}" in shown
    assert "draft_send_now" in str(card["blocks"]) and "draft_cancel" in str(card["blocks"])
    assert smtp.messages == []

    cards = SlackCards(web_client("xoxb-test", fake.api_url))
    clock.set(mexico(2, 8, 59))
    assert bot.deps.mail is not None and bot.deps.mail.sending.send_due(cards) == 0

    # The bot restarts; two replicas run the job at 09:00.
    clock.set(mexico(2, 9))
    replicas = [mail_for(store, clock, smtp).sending for _ in range(2)]
    threads = [threading.Thread(target=r.send_due, args=(cards,)) for r in replicas]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    (received,) = smtp.wait_for(1)
    assert received.envelope_to == ["ana@example.com"]
    assert len(smtp.messages) == 1
    sent = state(store, draft_id)
    assert sent.state == DraftState.sent and sent.acted_by == ALICE
    assert "Sent by" in message_text(fake.message(channel, ts))
    assert replicas[0].send_due(cards) == 0 and len(smtp.messages) == 1


def test_a_reply_before_the_morning_cancels_it_and_says_so(
    approved_at_night: tuple[SlackBot, str, str, int],
    fake: FakeSlack,
    store: Store,
    clock: FixedClock,
    smtp: SmtpServer,
) -> None:
    bot, channel, ts, draft_id = approved_at_night
    bot.reply_to("heard Ana Ruiz via whatsapp")
    drain(store, slack_posting(web_client("xoxb-test", fake.api_url)), clock.now())
    assert state(store, draft_id).state == DraftState.discarded
    assert "They replied" in message_text(fake.message(channel, ts))
    clock.set(mexico(2, 9))
    cards = SlackCards(web_client("xoxb-test", fake.api_url))
    assert bot.deps.mail is not None and bot.deps.mail.sending.send_due(cards) == 0
    assert smtp.messages == []


def test_send_now_sends_at_once_and_cancel_takes_the_approval_back(
    approved_at_night: tuple[SlackBot, str, str, int],
    fake: FakeSlack,
    store: Store,
    smtp: SmtpServer,
) -> None:
    bot, channel, ts, draft_id = approved_at_night
    bot.interact(fake.click(channel, ts, f"draft_cancel:{draft_id}", user_id=ALICE))
    fake.wait_for("chat.update", count=2)
    back = state(store, draft_id)
    assert back.state == DraftState.pending and back.send_after is None
    assert "draft_send:" in str(fake.message(channel, ts)["blocks"])
    bot.interact(fake.click(channel, ts, f"draft_send:{draft_id}", user_id=ALICE))
    fake.wait_for("chat.update", count=3)
    assert state(store, draft_id).state == DraftState.scheduled
    bot.interact(fake.click(channel, ts, f"draft_send_now:{draft_id}", user_id=ALICE))
    smtp.wait_for(1)
    fake.wait_for("chat.update", count=5)
    assert state(store, draft_id).state == DraftState.sent and len(smtp.messages) == 1
