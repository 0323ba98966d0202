"""The three ways a send can fail, each against a real SMTP server, as the card shows them:
refused for good (5xx), failed for now (4xx), and maybe delivered (cut off after DATA)."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event

from bot.core.clock import FixedClock
from bot.core.enums import DraftState
from bot.mail.send import SmtpMailer
from bot.store.engine import Store
from bot.store.models import Draft
from tests.fakeslack import FakeSlack
from tests.slackbot import ALICE, SlackBot, make_mail, message_text
from tests.smtpserver import CuttingSmtpServer, SmtpServer
from tests.test_drafts import SENDER, card_of, draft_state, post_everything, silent_deal, writer


@contextmanager
def card_for(
    fake: FakeSlack, store: Store, clock: FixedClock, mailer: SmtpMailer
) -> Iterator[tuple[SlackBot, str, str, Draft]]:
    """The bot sending through `mailer`, and Jane's reminder waiting on its card."""
    mail = make_mail(store, clock, mailer, sender=SENDER, writer=writer())
    bot = SlackBot(fake, store, clock, mail=mail)
    try:
        deal_id = silent_deal(store, clock)
        post_everything(bot, clock)
        yield (bot, *card_of(bot, deal_id))
    finally:
        bot.close()
    assert fake.invalid_calls() == []


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with SmtpServer(security="none", users=None) as server:
        yield server


@pytest.fixture
def cutting() -> Iterator[CuttingSmtpServer]:
    with CuttingSmtpServer() as server:
        yield server


def card(fake: FakeSlack, channel: str, ts: str) -> tuple[str, list[str], dict[str, Any]]:
    """What the card says, the action ids of its buttons, and the buttons by kind."""
    message = fake.message(channel, ts)
    buttons = {
        b["action_id"].split(":")[0]: b
        for block in message["blocks"]
        if block["type"] == "actions"
        for b in block["elements"]
    }
    return message_text(message), sorted(buttons), buttons


def click(bot: SlackBot, fake: FakeSlack, channel: str, ts: str, kind: str, draft_id: int) -> None:
    status, _ = bot.interact(fake.click(channel, ts, f"{kind}:{draft_id}", user_id=ALICE))
    assert status == 200


def forged(bot: SlackBot, fake: FakeSlack, channel: str, ts: str, kind: str, draft_id: int) -> None:
    """A click on a button the card no longer shows (an old copy of it, or a forged request)."""
    payload = fake.click(channel, ts, f"draft_discard:{draft_id}", user_id=ALICE)
    payload["actions"][0]["action_id"] = f"{kind}:{draft_id}"
    status, _ = bot.interact(payload)
    assert status == 200


def test_a_permanent_refusal_shows_the_reason_with_edit_and_discard_and_no_retry(
    fake: FakeSlack, store: Store, clock: FixedClock, smtp: SmtpServer
) -> None:
    with card_for(fake, store, clock, SmtpMailer(smtp.settings())) as (bot, channel, ts, draft):
        smtp.refuse_recipients("jane@example.com", code=550)
        click(bot, fake, channel, ts, "draft_send", draft.id)
        fake.wait_for("chat.update", count=2)
        assert draft_state(store, draft.id).state == DraftState.refused
        text, kinds, _ = card(fake, channel, ts)
        assert "550" in text and "will not take it" in text
        assert kinds == ["draft_discard", "draft_edit"], "no Retry for a permanent refusal"
        # A stale Retry (an old card, a forged click) cannot send it either.
        forged(bot, fake, channel, ts, "draft_retry", draft.id)
        fake.wait_for("response", where=lambda r: "already" in message_text(r))
        assert smtp.messages == [] and draft_state(store, draft.id).body == draft.body


def test_a_transient_refusal_keeps_the_text_and_retry_sends_it_once(
    fake: FakeSlack, store: Store, clock: FixedClock, smtp: SmtpServer
) -> None:
    with card_for(fake, store, clock, SmtpMailer(smtp.settings())) as (bot, channel, ts, draft):
        smtp.refuse_recipients("jane@example.com", code=450)
        click(bot, fake, channel, ts, "draft_send", draft.id)
        fake.wait_for("chat.update", count=2)
        failed = draft_state(store, draft.id)
        assert failed.state == DraftState.failed and failed.body == draft.body
        text, kinds, _ = card(fake, channel, ts)
        assert "Not sent" in text and "450" in text and "the text is kept" in text
        assert kinds == ["draft_discard", "draft_edit", "draft_retry"]

        smtp.refuse_recipients()
        click(bot, fake, channel, ts, "draft_retry", draft.id)
        smtp.wait_for(1)
        fake.wait_for("chat.update", count=4)
        assert draft_state(store, draft.id).state == DraftState.sent
        assert len(smtp.messages) == 1


def test_a_connection_cut_after_data_may_have_sent_it_and_only_a_confirmed_resend_sends_again(
    fake: FakeSlack, store: Store, clock: FixedClock, cutting: CuttingSmtpServer
) -> None:
    mailer = SmtpMailer(cutting.settings())
    with card_for(fake, store, clock, mailer) as (bot, channel, ts, draft):
        click(bot, fake, channel, ts, "draft_send", draft.id)
        fake.wait_for("chat.update", count=2)
        assert draft_state(store, draft.id).state == DraftState.uncertain
        text, kinds, buttons = card(fake, channel, ts)
        assert "May have been sent" in text and "check the Sent folder" in text
        assert kinds == ["draft_discard", "draft_resend"], "no Retry, no Send"
        assert "Sent folder" in buttons["draft_resend"]["confirm"]["text"]["text"]
        assert cutting.received == 1

        # Clicks that are not a confirmed Resend send nothing, however many.
        for kind in ("draft_send", "draft_retry", "draft_send"):
            forged(bot, fake, channel, ts, kind, draft.id)
        fake.wait_for("response", count=3, where=lambda r: "already" in message_text(r))
        assert cutting.received == 1

        first_id = draft_state(store, draft.id).sent_message_id
        click(bot, fake, channel, ts, "draft_resend", draft.id)
        fake.wait_for("chat.update", count=4)
        assert cutting.received == 2, "sent again only after the confirmed Resend"
        again = draft_state(store, draft.id)
        assert again.state == DraftState.uncertain and again.sent_message_id == first_id


class Statements:
    """Counts transactions and SQL statements on an engine while it is attached."""

    IGNORED = ("PRAGMA", "BEGIN", "SET TRANSACTION")

    def __init__(self, store: Store) -> None:
        self.engine = store.engine
        self.transactions = 0
        self.statements = 0
        self._lock = threading.Lock()

    def _begin(self, connection: Any) -> None:
        with self._lock:
            self.transactions += 1

    def _execute(self, connection: Any, cursor: Any, statement: str, *args: Any) -> None:
        if not statement.lstrip().upper().startswith(self.IGNORED):
            with self._lock:
                self.statements += 1

    def __enter__(self) -> "Statements":
        event.listen(self.engine, "begin", self._begin)
        event.listen(self.engine, "before_cursor_execute", self._execute)
        return self

    def __exit__(self, *exc_info: object) -> None:
        event.remove(self.engine, "begin", self._begin)
        event.remove(self.engine, "before_cursor_execute", self._execute)


def test_a_send_click_costs_three_transactions_and_two_dozen_statements(
    fake: FakeSlack, store: Store, clock: FixedClock, smtp: SmtpServer
) -> None:
    """Was six transactions and 38 statements: the permission check, the claim, a card read,
    the Message-ID, the outcome and another card read, each on its own. The third is the
    one-statement insert that remembers the request's signature, so a replay does nothing."""
    with card_for(fake, store, clock, SmtpMailer(smtp.settings())) as (bot, channel, ts, draft):
        with Statements(store) as counted:
            click(bot, fake, channel, ts, "draft_send", draft.id)
            smtp.wait_for(1)
            fake.wait_for("chat.update", count=2)
        assert draft_state(store, draft.id).state == DraftState.sent
    assert counted.transactions == 3
    assert counted.statements <= 25, counted.statements
