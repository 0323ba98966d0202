"""Drafted reminders: card in the deal's thread, one-click approval, sent exactly once over a
real SMTP server (aiosmtpd with STARTTLS and AUTH)."""

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from bot.core import deals, draft_lifecycle
from bot.core.clock import FixedClock
from bot.core.deals import NewDeal
from bot.core.enums import Stage
from bot.core.tick import run_tick
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace
from bot.jobs.outbox import drain
from bot.jobs.scheduler import STUCK_AFTER
from bot.mail.reminders import make_writer
from bot.mail.send import OutboxMailer, SmtpMailer
from bot.slack.app import web_client
from bot.slack.cards import SlackCards
from bot.slack.listeners.actions.draft import answer_clicked
from bot.slack.outbox import slack_posting
from bot.store.engine import Store
from bot.store.models import Deal, Draft, Touchpoint
from tests.fakeslack import FakeSlack
from tests.slackbot import ALICE, BOB, CHANNEL, TEAM_A, SlackBot, make_mail, message_text
from tests.smtpserver import SmtpServer

SENDER = "Maria at Acme <maria@acme.example>"
THREAD_ID = "<CAF=jane.1@mail.gmail.com>"


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with SmtpServer(security="starttls", users={"bot": "s3cret"}) as server:
        yield server


def writer():
    return make_writer(mail_from=SENDER, company="Acme", templates_dir=None)


@pytest.fixture
def mailbot(
    fake: FakeSlack, store: Store, clock: FixedClock, smtp: SmtpServer
) -> Iterator[SlackBot]:
    mail = make_mail(store, clock, SmtpMailer(smtp.settings()), sender=SENDER, writer=writer())
    bot = SlackBot(fake, store, clock, mail=mail)
    yield bot
    bot.close()
    assert fake.invalid_calls() == []


def silent_deal(store: Store, clock: FixedClock, *, email: str = "jane@example.com") -> int:
    """Jane's product shipped a week ago, after an email thread with her; she went quiet."""
    before = clock.now() - timedelta(days=8)
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_A, WorkspaceDefaults(CHANNEL, "UTC"))
        deal, _ = deals.add_deal(
            session,
            ws,
            NewDeal(name="Jane Doe", emails=(email,), owner_id=ALICE, stage=Stage.negotiating),
            actor=ALICE,
            now=before,
        )
        session.add(
            Touchpoint(
                workspace_id=ws.id,
                creator_id=deal.creator_id,
                deal_id=deal.id,
                direction="in",
                channel="email",
                occurred_at=before,
                source="imap",
                message_id=THREAD_ID,
                subject="Re: Collab with Acme",
                classification="human",
                created_at=before,
            )
        )
        session.flush()
        deals.set_stage(session, ws, deal, Stage.product_shipped, before + timedelta(hours=1))
        return deal.id


def post_everything(bot: SlackBot, clock: FixedClock) -> None:
    client = web_client("xoxb-test", bot.fake.api_url, wait_on_limits=False)
    run_tick(bot.store, clock.now(), writer=writer())
    for _ in range(20):
        report = drain(bot.store, slack_posting(client), clock.now(), per_channel=5)
        if not report.posted and not report.busy:
            break


def card_of(bot: SlackBot, deal_id: int) -> tuple[str, str, Draft]:
    with bot.store.session() as session:
        draft = session.exec(select(Draft).where(Draft.deal_id == deal_id)).one()
    assert draft.channel_id and draft.message_ts
    return draft.channel_id, draft.message_ts, draft


def draft_state(store: Store, draft_id: int) -> Draft:
    with store.session() as session:
        return session.exec(select(Draft).where(Draft.id == draft_id)).one()


def test_an_escalation_drafts_a_reminder_and_one_click_sends_it_threaded(
    mailbot: SlackBot, store: Store, clock: FixedClock, smtp: SmtpServer, fake: FakeSlack
) -> None:
    deal_id = silent_deal(store, clock)
    post_everything(mailbot, clock)
    channel, ts, draft = card_of(mailbot, deal_id)
    card = fake.message(channel, ts)
    root = [m for (c, t), m in fake.messages.items() if "Level" in (m.get("text") or "")]
    assert card["thread_ts"] == fake_ts(fake, root[0]), "the card is in the deal's thread"
    shown = message_text(card)
    assert "jane@example.com" in shown and "Re: Collab with Acme" in shown and "Jane" in shown

    status, _ = mailbot.interact(fake.click(channel, ts, f"draft_send:{draft.id}", user_id=ALICE))
    assert status == 200
    (received,) = smtp.wait_for(1)
    message = received.message
    assert message["In-Reply-To"] == THREAD_ID and THREAD_ID in message["References"]
    assert message["Subject"] == "Re: Collab with Acme"
    assert message["To"] == "jane@example.com" and "maria@acme.example" in message["From"]
    assert "Jane" in message.get_content()

    fake.wait_for("chat.update", count=2)
    final = message_text(fake.message(channel, ts))
    assert "Sent by" in final and "draft_send" not in str(fake.message(channel, ts)["blocks"])
    sent = draft_state(store, draft.id)
    assert sent.state == "sent" and sent.sent_message_id == message["Message-ID"]
    with store.session() as session:
        out = session.exec(select(Touchpoint).where(Touchpoint.direction == "out")).one()
        deal = session.exec(select(Deal).where(Deal.id == deal_id)).one()
    assert out.message_id == message["Message-ID"] and out.source == "bot"
    assert (deal.clock_start, deal.clock_credit, deal.level) == (clock.now(), 5, 2)
    assert deal.next_check_at == clock.now() + timedelta(days=2), "level 3 two days after"


def fake_ts(fake: FakeSlack, message: dict) -> str:
    return next(t for (c, t), m in fake.messages.items() if m is message)


def test_fifty_concurrent_clicks_and_slack_retries_send_one_email(
    mailbot: SlackBot, store: Store, clock: FixedClock, smtp: SmtpServer, fake: FakeSlack
) -> None:
    deal_id = silent_deal(store, clock)
    post_everything(mailbot, clock)
    channel, ts, draft = card_of(mailbot, deal_id)
    clicks = [fake.click(channel, ts, f"draft_send:{draft.id}", user_id=ALICE) for _ in range(50)]
    clicks.append(clicks[0])  # Slack's retry of the same delivery
    threads = [threading.Thread(target=mailbot.interact, args=(c,)) for c in clicks]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    smtp.wait_for(1)
    # 49 other clicks hear "already"; the repeated delivery, when signed in the same second,
    # is dropped as a replay and says nothing.
    fake.wait_for("response", count=49, timeout=20, where=lambda r: "already" in message_text(r))
    fake.wait_for("chat.update", count=2)
    assert len(smtp.messages) == 1
    assert draft_state(store, draft.id).state == "sent"


def test_a_send_cut_short_is_never_resent_without_a_person(
    mailbot: SlackBot, store: Store, clock: FixedClock, smtp: SmtpServer, fake: FakeSlack
) -> None:
    deal_id = silent_deal(store, clock)
    post_everything(mailbot, clock)
    channel, ts, draft = card_of(mailbot, deal_id)
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_A, WorkspaceDefaults())
        assert draft_lifecycle.claim(session, ws, draft.id, ALICE, clock.now(), message_id="<x@y>")
    clock.advance(timedelta(minutes=10))  # the process died here; a new one starts
    client = web_client("xoxb-test", fake.api_url)
    assert mailbot.deps.mail is not None
    recovered = mailbot.deps.mail.sending.recover(clock.now() - STUCK_AFTER, SlackCards(client))
    assert recovered == 1
    shown = message_text(fake.message(channel, ts))
    assert "May have been sent" in shown and "Resend" in shown
    assert smtp.messages == []

    url_count = len(fake.responses)
    mailbot.interact(fake.click(channel, ts, f"draft_resend:{draft.id}", user_id=ALICE))
    smtp.wait_for(1)
    fake.wait_for("chat.update", count=3)
    assert draft_state(store, draft.id).state == "sent"
    assert len(fake.responses) == url_count


def test_only_approvers_may_send(
    mailbot: SlackBot, store: Store, clock: FixedClock, smtp: SmtpServer, fake: FakeSlack
) -> None:
    deal_id = silent_deal(store, clock)
    post_everything(mailbot, clock)
    channel, ts, draft = card_of(mailbot, deal_id)
    mailbot.interact(fake.click(channel, ts, f"draft_send:{draft.id}", user_id=BOB))
    refused = fake.wait_for("response", where=lambda r: "approvers" in message_text(r))[0]
    assert f"<@{ALICE}>" in message_text(refused) and refused.get("response_type") == "ephemeral"
    assert draft_state(store, draft.id).state == "pending" and smtp.messages == []
    fake.add_user("UADMIN", name="boss", is_admin=True)
    mailbot.interact(fake.click(channel, ts, f"draft_send:{draft.id}", user_id="UADMIN"))
    smtp.wait_for(1)


def test_edit_on_a_card_whose_trigger_expired_says_click_again(
    mailbot: SlackBot, store: Store, clock: FixedClock, fake: FakeSlack
) -> None:
    deal_id = silent_deal(store, clock)
    post_everything(mailbot, clock)
    channel, ts, draft = card_of(mailbot, deal_id)
    fake.fail_next("views.open", error="expired_trigger_id")
    click = fake.click(channel, ts, f"draft_edit:{draft.id}", user_id=ALICE)
    assert mailbot.interact(click)[0] == 200
    answer = fake.wait_for("response", where=lambda r: r["url"] == click["response_url"])[0]
    assert answer["response_type"] == "ephemeral" and answer["replace_original"] is False
    assert "That form expired" in message_text(answer) and "click Edit again" in (
        message_text(answer)
    )
    assert fake.views == {} and draft_state(store, draft.id).state == "pending"


def test_an_edited_subject_cannot_add_a_header(
    mailbot: SlackBot, store: Store, clock: FixedClock, smtp: SmtpServer, fake: FakeSlack
) -> None:
    deal_id = silent_deal(store, clock)
    post_everything(mailbot, clock)
    channel, ts, draft = card_of(mailbot, deal_id)
    mailbot.interact(fake.click(channel, ts, f"draft_edit:{draft.id}", user_id=ALICE))
    view = fake.wait_for("views.open")[0]["view"]
    assert view["callback_id"] == "draft_edit"
    (view_id,) = fake.views
    payload = fake.submit_view(
        view_id,
        {
            "subject": "Hello\r\nBcc: victim@evil.example",
            "body": "Hi Jane,\r\nBcc: other@evil.example\n\nAny news?",
        },
        user_id=ALICE,
    )
    status, _ = mailbot.interact(payload)
    assert status == 200
    (received,) = smtp.wait_for(1)
    assert received.message["Bcc"] is None and received.envelope_to == ["jane@example.com"]
    assert received.message["Subject"] == "Hello Bcc: victim@evil.example"


def test_remind_drafts_on_demand_and_the_outbox_folder_is_said_on_the_card(
    fake: FakeSlack, store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    outbox = OutboxMailer(str(tmp_path / "outbox"))
    mail = make_mail(store, clock, outbox, sender=SENDER, writer=writer())
    bot = SlackBot(fake, store, clock, mail=mail)
    try:
        bot.reply_to("add Ana Souza ana@example.com")
        bot.reply_to("add Bo Kim")
        shown = message_text(bot.reply_to("remind #1"))
        assert "Drafted a level 1 reminder to Ana Souza" in shown
        assert "already waiting" in message_text(bot.reply_to("remind #1"))
        assert "No email address" in message_text(bot.reply_to("remind #2"))
        post_everything(bot, clock)
        channel, ts, draft = card_of(bot, 1)
        bot.interact(fake.click(channel, ts, f"draft_send:{draft.id}", user_id=ALICE))
        fake.wait_for("chat.update", count=2)
        assert "outbox folder" in message_text(fake.message(channel, ts))
        (eml,) = (tmp_path / "outbox").glob("*.eml")
        assert b"To: ana@example.com" in eml.read_bytes()
    finally:
        bot.close()
    assert fake.invalid_calls() == []


def test_snooze_replied_and_discard_close_the_card(
    mailbot: SlackBot, store: Store, clock: FixedClock, fake: FakeSlack
) -> None:
    deal_id = silent_deal(store, clock)
    post_everything(mailbot, clock)
    channel, ts, draft = card_of(mailbot, deal_id)
    mailbot.interact(fake.click(channel, ts, f"draft_replied:{draft.id}", user_id=BOB))
    fake.wait_for("chat.update")
    shown = message_text(fake.message(channel, ts))
    assert "They replied" in shown and "draft_" not in str(fake.message(channel, ts)["blocks"])
    with store.session() as session:
        deal = session.exec(select(Deal).where(Deal.id == deal_id)).one()
    assert deal.awaiting_since is None and draft_state(store, draft.id).state == "discarded"


def test_a_user_group_of_approvers_replaces_the_default(
    mailbot: SlackBot, store: Store, clock: FixedClock, smtp: SmtpServer, fake: FakeSlack
) -> None:
    deal_id = silent_deal(store, clock)
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_A, WorkspaceDefaults())
        ws.approvers = ["S0APPROVE"]
        session.add(ws)
    fake.add_usergroup("S0APPROVE", [BOB])
    post_everything(mailbot, clock)
    channel, ts, draft = card_of(mailbot, deal_id)
    mailbot.interact(fake.click(channel, ts, f"draft_send:{draft.id}", user_id=ALICE))
    refused = fake.wait_for("response", where=lambda r: "approvers" in message_text(r))[0]
    assert "<!subteam^S0APPROVE>" in message_text(refused)
    mailbot.interact(fake.click(channel, ts, f"draft_send:{draft.id}", user_id=BOB))
    smtp.wait_for(1)


def test_a_reply_discards_the_waiting_reminder_and_says_so_on_its_card(
    mailbot: SlackBot, store: Store, clock: FixedClock, smtp: SmtpServer, fake: FakeSlack
) -> None:
    deal_id = silent_deal(store, clock)
    post_everything(mailbot, clock)
    channel, ts, draft = card_of(mailbot, deal_id)
    mailbot.reply_to("heard Jane Doe via whatsapp")
    assert draft_state(store, draft.id).state == "discarded"
    post_everything(mailbot, clock)
    card = fake.message(channel, ts)
    assert "They replied" in message_text(card) and "draft_send" not in str(card["blocks"])
    assert smtp.messages == []


def test_a_higher_level_replaces_the_waiting_reminder(
    mailbot: SlackBot, store: Store, clock: FixedClock, fake: FakeSlack
) -> None:
    deal_id = silent_deal(store, clock)
    post_everything(mailbot, clock)
    channel, ts, first = card_of_level(mailbot, deal_id, 2)
    clock.advance(timedelta(days=2))
    post_everything(mailbot, clock)
    assert draft_state(store, first.id).state == "discarded"
    card = message_text(fake.message(channel, ts))
    assert "Replaced by the level 3 reminder" in card
    assert "nobody" not in card, "the bot replaced it: no one to name"
    _, _, second = card_of_level(mailbot, deal_id, 3)
    assert second.state == "pending"


def card_of_level(bot: SlackBot, deal_id: int, level: int) -> tuple[str, str, Draft]:
    with bot.store.session() as session:
        draft = session.exec(
            select(Draft).where(Draft.deal_id == deal_id, Draft.level == level)
        ).one()
    assert draft.channel_id and draft.message_ts
    return draft.channel_id, draft.message_ts, draft


def test_a_listener_is_a_plain_function_that_can_be_called_directly(
    mailbot: SlackBot, store: Store, clock: FixedClock, fake: FakeSlack
) -> None:
    deal_id = silent_deal(store, clock)
    post_everything(mailbot, clock)
    channel, ts, draft = card_of(mailbot, deal_id)
    payload = fake.click(channel, ts, f"draft_discard:{draft.id}", user_id=BOB)
    acks: list[object] = []
    answer_clicked(
        ack=lambda *a, **k: acks.append(a or k),
        body=payload,
        action=payload["actions"][0],
        client=web_client("xoxb-test", fake.api_url),
        deps=mailbot.deps,
    )
    assert len(acks) == 1 and draft_state(store, draft.id).state == "discarded"
    assert "Discarded" in message_text(fake.message(channel, ts))


def test_the_error_handler_answers_a_problem_in_words_and_only_to_the_clicker(
    mailbot: SlackBot, store: Store, clock: FixedClock, fake: FakeSlack
) -> None:
    deal_id = silent_deal(store, clock)
    post_everything(mailbot, clock)
    channel, ts, draft = card_of(mailbot, deal_id)
    click = fake.click(channel, ts, f"draft_discard:{draft.id}", user_id=BOB)
    mailbot.interact(click)
    fake.wait_for("chat.update")
    # The same button again, from a copy of the old card: a new click, so a new trigger id.
    mailbot.interact({**click, "trigger_id": fake.trigger_id()})
    answer = fake.wait_for("response", where=lambda r: "already" in message_text(r))[0]
    assert answer["response_type"] == "ephemeral" and not answer.get("replace_original")
    assert "This draft is already discarded." in message_text(answer)
    other_team = {**click, "team": {"id": "T0OTHER", "domain": "other"}}
    mailbot.interact(other_team)
    gone = fake.wait_for("response", where=lambda r: "no longer exists" in message_text(r))[0]
    assert gone["response_type"] == "ephemeral"
