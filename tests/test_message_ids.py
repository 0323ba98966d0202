"""A creator's odd Message-ID (no angle brackets, a space inside) never stops a reminder: the
thread is built from valid ids only, read from a real Dovecot and sent through real SMTP."""

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from bot.core.clock import FixedClock
from bot.core.enums import DraftState
from bot.core.message_ids import valid_message_id, valid_message_ids
from bot.core.sending import Outgoing
from bot.jobs.outbox import drain
from bot.mail.deliver import ReminderMailer
from bot.mail.imap_sync import sync_mailbox
from bot.mail.reminders import make_writer
from bot.mail.send import SmtpMailer
from bot.slack.app import web_client
from bot.slack.outbox import slack_posting
from bot.store.engine import Store
from bot.store.models import Draft, Touchpoint
from tests.fakeslack import FakeSlack
from tests.imapserver import ImapServer
from tests.slackbot import SlackBot, make_mail
from tests.smtpserver import SmtpServer
from tests.test_mailbox import TEAM, TEAM_ID, dovecot, settings  # noqa: F401

OURS = "<reminder-0@acme.example>"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("<CAF=jane.1@mail.gmail.com>", True),
        ("  <a.b@[127.0.0.1]>  ", True),
        ("CAF123@mail.janedoe.tv", False),
        ("<CAF 123@mail.janedoe.tv>", False),
        ("<no-at-sign>", False),
        ("<a..b@host>", False),
        ("<a@b>\r\nBcc: x@evil.example", False),
        ("<ü@host>", False),
        (f"<{'a' * 300}@host>", False),
        ("", False),
        (None, False),
    ],
)
def test_only_rfc5322_message_ids_are_valid(value: str | None, valid: bool) -> None:
    assert (valid_message_id(value) is not None) is valid


def test_a_list_of_ids_keeps_the_valid_ones_once_in_order() -> None:
    got = valid_message_ids(["<a@x> odd@x <b@x>", None, "<a@x> <c d@x>"])
    assert got == ["<a@x>", "<b@x>"]


def reply(message_id: str) -> bytes:
    return (
        "From: Jane Doe <jane@janedoe.tv>\r\n"
        f"To: {TEAM}\r\n"
        "Subject: Re: Collab with Acme\r\n"
        "Date: Tue, 24 Nov 2026 16:05:00 +0000\r\n"
        f"Message-ID: {message_id}\r\n"
        f"In-Reply-To: {OURS}\r\n"
        f"References: {OURS} also odd@janedoe.tv\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        "Sounds good, I will film next week.\r\n"
    ).encode()


@pytest.fixture
def mailbox(request: pytest.FixtureRequest) -> ImapServer:
    """The team mailbox on the session's Dovecot, emptied."""
    server: ImapServer = request.getfixturevalue("dovecot")
    server.clear()
    return server


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with SmtpServer(security="starttls") as server:
        yield server


@pytest.mark.parametrize("odd", ["CAF123@mail.janedoe.tv", "<CAF 123@mail.janedoe.tv>"])
def test_a_reply_with_an_odd_message_id_still_lets_the_next_reminder_go(
    store: Store, mailbox: ImapServer, smtp: SmtpServer, fake: FakeSlack, odd: str
) -> None:
    clock = FixedClock(NOW)
    writer = make_writer(mail_from=TEAM, company="Acme", templates_dir=None)
    mail = make_mail(store, clock, SmtpMailer(smtp.settings()), sender=TEAM, writer=writer)
    fake.add_user("U1", name="owner")
    bot = SlackBot(fake, store, clock, mail=mail)
    try:
        bot.reply_to("add Jane Doe jane@janedoe.tv", team=TEAM_ID, user="U1")
        mailbox.append("INBOX", reply(odd), internaldate=datetime(2026, 11, 24, 16, 5, tzinfo=UTC))
        assert sync_mailbox(store, settings(mailbox), TEAM_ID, NOW, team_addresses=[TEAM])
        with store.session() as session:
            seen = session.exec(select(Touchpoint).where(Touchpoint.direction == "in")).one()
        assert seen.message_id == odd, "kept as written, so the message is known again"
        assert (seen.in_reply_to, seen.references) == (OURS, OURS), "the thread: valid ids only"

        bot.reply_to("remind Jane Doe", team=TEAM_ID, user="U1")
        drain(store, slack_posting(web_client("xoxb-test", fake.api_url)), clock.now())
        with store.session() as session:
            draft = session.exec(select(Draft)).one()
        assert (draft.in_reply_to, draft.references) == (None, OURS)
        assert draft.channel_id and draft.message_ts
        bot.interact(fake.click(draft.channel_id, draft.message_ts, f"draft_send:{draft.id}",
                                user_id="U1"))  # fmt: skip
        (received,) = smtp.wait_for(1)
        fake.wait_for("chat.update", count=2)
    finally:
        bot.close()
    message = received.message
    assert message["In-Reply-To"] is None and message["References"] == OURS
    assert message["Subject"] == "Re: Collab with Acme"
    with store.session() as session:
        assert session.exec(select(Draft)).one().state == DraftState.sent


def test_a_draft_holding_an_odd_id_from_before_is_sent_unthreaded_on_it(smtp: SmtpServer) -> None:
    mailer = ReminderMailer(SmtpMailer(smtp.settings()), TEAM)
    mailer.send(
        Outgoing(
            to=("jane@janedoe.tv",),
            cc=(),
            subject="Re: Collab with Acme",
            body="Checking in.",
            message_id="<r-1@acme.example>",
            in_reply_to="CAF123@mail.janedoe.tv",
            references=(f"{OURS} <CAF 123@mail.janedoe.tv>",),
        )
    )
    (received,) = smtp.wait_for(1)
    assert received.message["In-Reply-To"] is None
    assert received.message["References"] == OURS
