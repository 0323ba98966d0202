"""Which addresses a reminder can reach, decided where they are typed: an international domain
goes out IDNA-encoded to any server; a UTF-8 local part (`jöe@…`) is kept and mailed with
SMTPUTF8 when the team's server offers it, and is refused with the reason when it does not."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from bot.core.clock import FixedClock
from bot.mail.compose import build_message
from bot.mail.send import OutboxMailer, SendError, SmtpMailer
from bot.store.engine import Store
from bot.store.models import CreatorAddress, Deal
from tests.fakeslack import FakeSlack
from tests.slackbot import ALICE, SlackBot, make_mail, message_text
from tests.smtpserver import SmtpServer
from tests.test_drafts import SENDER, card_of, draft_state, post_everything, writer
from tests.test_slack_commands import count, submission


def saved_addresses(store: Store) -> list[str]:
    with store.session() as session:
        return sorted(session.exec(select(CreatorAddress.address)).all())


@pytest.fixture(params=[False, True], ids=["plain server", "SMTPUTF8 server"])
def server(request: pytest.FixtureRequest) -> Iterator[SmtpServer]:
    with SmtpServer(security="starttls", users={"bot": "s3cret"}, smtputf8=request.param) as s:
        yield s


@pytest.fixture
def mailbot(
    fake: FakeSlack, store: Store, clock: FixedClock, server: SmtpServer
) -> Iterator[SlackBot]:
    mail = make_mail(store, clock, SmtpMailer(server.settings()), sender=SENDER, writer=writer())
    bot = SlackBot(fake, store, clock, mail=mail)
    yield bot
    bot.close()
    assert fake.invalid_calls() == []


def test_an_international_domain_is_sent_idna_encoded_to_any_server(
    bot: SlackBot, store: Store, server: SmtpServer
) -> None:
    assert "Saved deal #1" in message_text(bot.reply_to("add Jane jane@Bücher.de"))
    (address,) = saved_addresses(store)
    assert address == "jane@bücher.de"
    mail = build_message(
        sender="team@brand.example", to=[f"Jane <{address}>"], subject="Hi", body="Hello\n"
    )
    SmtpMailer(server.settings()).send(mail)
    (received,) = server.wait_for(1)
    assert received.envelope_to == ["jane@xn--bcher-kva.de"] and not received.smtputf8
    assert "jane@xn--bcher-kva.de" in received.message["To"]


@pytest.mark.parametrize(
    "text", ["add Joe jöe@example.com", "add Joe joe@example.com manager:mänager@agency.com"]
)
def test_a_utf8_local_part_is_taken_in_quick_syntax_only_if_the_server_offers_smtputf8(
    mailbot: SlackBot, store: Store, server: SmtpServer, text: str
) -> None:
    shown = message_text(mailbot.reply_to(text))
    if server.smtputf8:
        assert "Saved deal #1" in shown and count(store, Deal) == 1
        assert any(not a.isascii() for a in saved_addresses(store))
    else:
        assert ":warning:" in shown and "letters outside A–Z before the @" in shown
        assert "does not offer SMTPUTF8" in shown and count(store, Deal) == 0


def test_without_a_mail_server_to_ask_a_utf8_local_part_is_refused(
    bot: SlackBot, store: Store
) -> None:
    shown = message_text(bot.reply_to("add Joe jöe@example.com"))
    assert "SMTPUTF8" in shown and count(store, Deal) == 0


def test_a_utf8_local_part_is_taken_in_the_form_only_if_the_server_offers_smtputf8(
    mailbot: SlackBot, store: Store, fake: FakeSlack, server: SmtpServer
) -> None:
    mailbot.slash("add")
    view = fake.wait_for("views.open")[0]["view"]
    status, body = mailbot.interact(submission(view, name="Joe", emails="jöe@example.com"))
    assert status == 200
    if server.smtputf8:
        assert count(store, Deal) == 1 and saved_addresses(store) == ["jöe@example.com"]
    else:
        assert count(store, Deal) == 0
        assert "does not offer SMTPUTF8" in json.loads(body)["errors"]["emails"]


@pytest.mark.parametrize("server", [True], indirect=True, ids=["SMTPUTF8 server"])
def test_a_reminder_to_a_utf8_address_goes_out_with_smtputf8(
    mailbot: SlackBot, store: Store, clock: FixedClock, fake: FakeSlack, server: SmtpServer
) -> None:
    assert "Saved deal #1" in message_text(mailbot.reply_to("add Jöe Müller jöe@bücher.de"))
    assert "Drafted a level 1 reminder" in message_text(mailbot.reply_to("remind #1"))
    post_everything(mailbot, clock)
    channel, ts, draft = card_of(mailbot, 1)
    mailbot.interact(fake.click(channel, ts, f"draft_send:{draft.id}", user_id=ALICE))
    (received,) = server.wait_for(1)
    assert received.smtputf8 and received.envelope_to == ["jöe@xn--bcher-kva.de"]
    assert "jöe@xn--bcher-kva.de".encode() in received.raw
    fake.wait_for("chat.update", count=2)
    assert draft_state(store, draft.id).state == "sent"


def test_after_a_move_to_a_server_without_smtputf8_the_send_is_refused_with_the_reason(
    fake: FakeSlack, store: Store, clock: FixedClock
) -> None:
    with SmtpServer(security="none", users=None, smtputf8=True) as old:
        mail = make_mail(store, clock, SmtpMailer(old.settings()), sender=SENDER, writer=writer())
        before = SlackBot(fake, store, clock, mail=mail)
        try:
            assert "Saved deal #1" in message_text(before.reply_to("add Jöe jöe@example.com"))
        finally:
            before.close()
    with SmtpServer(security="none", users=None, smtputf8=False) as new:
        mail = make_mail(store, clock, SmtpMailer(new.settings()), sender=SENDER, writer=writer())
        after = SlackBot(fake, store, clock, mail=mail)
        try:
            after.reply_to("remind #1")
            post_everything(after, clock)
            channel, ts, draft = card_of(after, 1)
            after.interact(fake.click(channel, ts, f"draft_send:{draft.id}", user_id=ALICE))
            fake.wait_for("chat.update", count=2)
            shown = message_text(fake.message(channel, ts))
            assert "does not offer SMTPUTF8" in shown and new.messages == []
            assert draft_state(store, draft.id).state == "refused"
        finally:
            after.close()


def test_the_server_is_asked_once_and_its_answer_kept() -> None:
    with SmtpServer(security="ssl", users=None, smtputf8=True) as server:
        mailer = SmtpMailer(server.settings())
        assert mailer.offers_smtputf8()
    assert mailer.offers_smtputf8(), "kept: the stopped server is not asked again"
    mailer.CAPABILITY_TTL = mailer.UNKNOWN_TTL = 0.0
    mailer._smtputf8 = None
    assert not mailer.offers_smtputf8(), "a server that cannot be asked is taken not to offer it"


def test_a_utf8_address_through_a_server_without_smtputf8_is_refused_for_good() -> None:
    mail = build_message(
        sender="team@brand.example", to=["jöe@example.com"], subject="Hi", body="Hi\n"
    )
    with SmtpServer(security="none", users=None, smtputf8=False) as server:
        with pytest.raises(SendError) as refused:
            SmtpMailer(server.settings()).send(mail)
        assert server.messages == []
    assert refused.value.permanent and "does not offer SMTPUTF8" in refused.value.reason


def test_the_outbox_folder_writes_a_utf8_address_as_it_is(tmp_path: Path) -> None:
    mail = build_message(
        sender="team@brand.example", to=["Jöe <jöe@example.com>"], subject="Hi", body="Hi\n"
    )
    outbox = OutboxMailer(tmp_path)
    assert outbox.offers_smtputf8()
    (eml,) = (Path(outbox.send(mail)),)
    assert "To: Jöe <jöe@example.com>".encode() in eml.read_bytes()
