"""Which addresses a reminder can reach, decided where they are typed: an international domain
goes out IDNA-encoded to any server; a non-ASCII local part is refused with the reason."""

import json

import pytest
from sqlmodel import select

from bot.core.clock import FixedClock
from bot.mail.compose import build_message
from bot.mail.send import SmtpMailer
from bot.store.engine import Store
from bot.store.models import CreatorAddress, Deal
from tests.fakeslack import FakeSlack
from tests.slackbot import SlackBot, message_text
from tests.smtpserver import SmtpServer
from tests.test_slack_commands import count, submission


@pytest.mark.parametrize("smtputf8", [False, True], ids=["plain server", "SMTPUTF8 server"])
def test_an_international_domain_is_sent_idna_encoded_to_any_server(
    bot: SlackBot, store: Store, smtputf8: bool
) -> None:
    assert "Saved deal #1" in message_text(bot.reply_to("add Jane jane@Bücher.de"))
    with store.session() as session:
        (address,) = session.exec(select(CreatorAddress.address)).all()
    assert address == "jane@bücher.de"
    with SmtpServer(security="none", users=None, smtputf8=smtputf8) as server:
        mail = build_message(
            sender="team@brand.example", to=[f"Jane <{address}>"], subject="Hi", body="Hello\n"
        )
        SmtpMailer(server.settings()).send(mail)
        (received,) = server.wait_for(1)
    assert received.envelope_to == ["jane@xn--bcher-kva.de"]
    assert "jane@xn--bcher-kva.de" in received.message["To"]


@pytest.mark.parametrize(
    "text", ["add Joe jöe@example.com", "add Joe joe@example.com manager:mänager@agency.com"]
)
def test_a_non_ascii_local_part_is_refused_in_quick_syntax(
    bot: SlackBot, store: Store, text: str
) -> None:
    shown = message_text(bot.reply_to(text))
    assert ":warning:" in shown and "letters outside A–Z before the @" in shown
    assert "SMTPUTF8" in shown and count(store, Deal) == 0


def test_a_non_ascii_local_part_is_refused_in_the_form(
    bot: SlackBot, store: Store, fake: FakeSlack, clock: FixedClock
) -> None:
    bot.slash("add")
    view = fake.wait_for("views.open")[0]["view"]
    status, body = bot.interact(submission(view, name="Joe", emails="jöe@example.com"))
    assert status == 200 and count(store, Deal) == 0
    assert "letters outside A–Z before the @" in json.loads(body)["errors"]["emails"]
