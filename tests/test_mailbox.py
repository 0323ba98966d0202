"""The team mailbox, read over IMAP from a real Dovecot: each kind of message lands as the right
touchpoint and the silence clock reacts as it should."""

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import col, select

from bot.core import deal_refs, deals, draft_lifecycle, drafts
from bot.core.addresses import address_key
from bot.core.clock import FixedClock
from bot.core.deals import NewDeal
from bot.core.digest import build_digest
from bot.core.enums import DraftState, Stage
from bot.core.locales import LocaleFields
from bot.core.quickadd import Tagged
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace
from bot.jobs.outbox import drain
from bot.jobs.scheduler import STUCK_AFTER, jobs
from bot.mail.imap_settings import ImapSettings
from bot.mail.imap_sync import SyncError, in_sent_folder, sync_mailbox
from bot.mail.mailbox import TeamMailbox, describe
from bot.mail.reminders import make_writer
from bot.mail.send import OutboxMailer, SmtpMailer
from bot.slack.app import web_client
from bot.slack.blocks.digest import digest_pages
from bot.slack.blocks.plaintext import to_text
from bot.slack.cards import SlackCards
from bot.slack.outbox import slack_posting
from bot.store.engine import Store
from bot.store.migrate import upgrade
from bot.store.models import (
    Creator,
    CreatorAddress,
    Deal,
    Draft,
    MailProblem,
    Outbox,
    Touchpoint,
)
from bot.wiring import Deps
from tests.conftest import missing_server
from tests.fakeslack import FakeSlack
from tests.imapserver import ImapServer, ImapServerError
from tests.slackbot import SlackBot, make_mail, message_text
from tests.smtpserver import CuttingSmtpServer
from tests.test_entrypoints import clean_env

SAMPLES = Path(__file__).parent / "mail_samples"
PARIS = ZoneInfo("Europe/Paris")
TEAM = "team@acme.example"
TEAM_ID = "T0001"
SHIPPED = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[ImapServer]:
    try:
        server = ImapServer(users={TEAM: "s3cret"}).start()
    except ImapServerError as exc:
        missing_server(f"Dovecot ({exc})")
        raise
    yield server
    server.stop()


@pytest.fixture
def imap(dovecot: ImapServer) -> ImapServer:
    dovecot.clear()
    return dovecot


def settings(server: ImapServer, password: str = "s3cret") -> ImapSettings:
    return ImapSettings(
        host=server.host,
        port=server.port,
        username=TEAM,
        password=password,
        security="starttls",
        ssl_context=server.ssl_context,
    )


@pytest.fixture
def jane(store: Store) -> int:
    """Jane's product shipped on 20 November; she has two addresses and a manager."""
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_ID, WorkspaceDefaults("CTEAM", "Europe/Paris"))
        deal, _ = deals.add_deal(
            session,
            ws,
            NewDeal(
                name="Jane Doe",
                emails=("jane@janedoe.tv", "old-jane@janedoe.tv"),
                stage=Stage.product_shipped,
            ),
            actor="U1",
            now=SHIPPED,
        )
        session.add(
            CreatorAddress(
                workspace_id=ws.id,
                creator_id=deal.creator_id,
                address="booking@talentco.example",
                address_key="booking@talentco.example",
                role="manager",
            )
        )
        return deal.id


def put(server: ImapServer, sample: str, at: datetime, folder: str = "INBOX") -> None:
    server.append(folder, (SAMPLES / sample).read_bytes(), internaldate=at)


def sync(store: Store, server: ImapServer):
    return sync_mailbox(store, settings(server), TEAM_ID, NOW, team_addresses=[TEAM])


def touchpoints(store: Store) -> list[Touchpoint]:
    with store.session() as session:
        return list(session.exec(select(Touchpoint).order_by(col(Touchpoint.occurred_at))))


def deal_of(store: Store, deal_id: int) -> Deal:
    with store.session() as session:
        return session.exec(select(Deal).where(Deal.id == deal_id)).one()


@pytest.mark.parse_only
@pytest.mark.parametrize(
    ("sample", "reason"),
    [
        ("gmail_reply.eml", None),
        ("outlook_reply.eml", None),
        ("apple_mail_plus_tag.eml", None),
        ("manager_reply.eml", "manager"),
        ("x_auto_response_suppress_only.eml", None),
        ("broken_mime.eml", None),
    ],
)
def test_a_human_reply_resets_the_silence(
    store: Store, imap: ImapServer, jane: int, sample: str, reason: str | None
) -> None:
    at = datetime(2026, 11, 24, 16, 5, tzinfo=UTC)
    put(imap, sample, at)
    report = sync(store, imap)
    assert report.applied.replies == 1
    (reply,) = touchpoints(store)
    assert (reply.direction, reply.classification, reply.occurred_at) == ("in", "human", at)
    if reason:
        assert reason in (reply.reason or "")
    deal = deal_of(store, jane)
    assert deal.awaiting_since is None and deal.last_creator_reply_at == at


def test_our_own_mail_is_outbound_never_a_reply(store: Store, imap: ImapServer, jane: int) -> None:
    sent_at = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    put(imap, "our_sent_reminder.eml", sent_at, folder="Sent")
    sync(store, imap)
    (sent,) = touchpoints(store)
    assert (sent.direction, sent.message_id) == ("out", "<reminder-1@acme.example>")
    deal = deal_of(store, jane)
    assert deal.last_creator_reply_at is None and deal.last_team_contact_at == sent_at
    assert deal.awaiting_since == SHIPPED, "still silent since the product shipped"
    assert in_sent_folder(settings(imap), "<reminder-1@acme.example>")
    assert not in_sent_folder(settings(imap), "<never-sent@acme.example>")


@pytest.mark.parametrize(
    ("sample", "back"),
    [
        ("gmail_vacation.eml", datetime(2026, 12, 14)),
        ("exchange_ooo_es.eml", datetime(2026, 12, 15)),
    ],
)
def test_an_out_of_office_pauses_the_chase_until_the_return_date(
    store: Store, imap: ImapServer, jane: int, sample: str, back: datetime
) -> None:
    put(imap, sample, datetime(2026, 11, 23, 10, 5, tzinfo=UTC))
    report = sync(store, imap)
    assert report.applied.auto_replies == 1 and report.applied.replies == 0
    (auto,) = touchpoints(store)
    assert auto.classification == "auto_reply"
    deal = deal_of(store, jane)
    assert deal.awaiting_since == SHIPPED, "an out-of-office is not a reply"
    # Jane's time zone is unknown: the chase resumes at midnight in the workspace's (Paris).
    assert deal.paused_until == back.replace(tzinfo=PARIS)
    assert deal.next_check_at == deal.paused_until
    with store.session() as session:
        (notice,) = session.exec(select(Outbox).where(Outbox.kind == "notice")).all()
    assert "out-of-office" in notice.payload["text"]


def test_the_pause_ends_at_midnight_in_the_creators_zone_and_a_close_deadline_is_flagged(
    store: Store, imap: ImapServer, jane: int
) -> None:
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_ID, WorkspaceDefaults())
        deal = deal_refs.get_deal(session, ws, jane)
        deals.set_details(
            session, ws, deal, Tagged(locale=LocaleFields(timezone="America/Los_Angeles"))
        )
        deal.publish_due = date(2026, 12, 15)  # as the deal form sets it
        session.add(deal)
    put(imap, "gmail_vacation.eml", datetime(2026, 11, 23, 10, 5, tzinfo=UTC))
    sync(store, imap)
    back = datetime(2026, 12, 14, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert deal_of(store, jane).paused_until == back
    with store.session() as session:
        (notice,) = session.exec(select(Outbox).where(Outbox.kind == "notice")).all()
    said = notice.payload["text"]
    assert "no chasing until 2026-12-14" in said
    assert "The publish deadline, 2026-12-15, is at risk" in said
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_ID, WorkspaceDefaults())
        digest = build_digest(session, ws, NOW)
    assert [(r.number, r.deadline, r.due) for r in digest.away_at_risk] == [
        (1, "publish", date(2026, 12, 15))
    ]
    heading = to_text(digest_pages(digest)[0])
    assert "Jane Doe is away until Mon 14 Dec 2026: the publish deadline" in heading


def test_a_hard_bounce_flags_the_address_and_a_soft_one_does_not(
    store: Store, imap: ImapServer, jane: int
) -> None:
    put(imap, "postfix_bounce.eml", datetime(2026, 11, 23, 10, 1, tzinfo=UTC))
    put(imap, "soft_bounce.eml", datetime(2026, 11, 23, 10, 2, tzinfo=UTC))
    report = sync(store, imap)
    assert report.applied.bounces == 2
    with store.session() as session:
        addresses = {a.address: a for a in session.exec(select(CreatorAddress))}
        notices = session.exec(select(Outbox).where(Outbox.kind == "notice")).all()
    assert addresses["old-jane@janedoe.tv"].bounced_at is not None
    assert "5.1.1" in (addresses["old-jane@janedoe.tv"].bounce_reason or "")
    assert addresses["jane@janedoe.tv"].bounced_at is None
    assert len(notices) == 1 and "old-jane@janedoe.tv" in notices[0].payload["text"]
    assert deal_of(store, jane).awaiting_since == SHIPPED


def test_newsletters_and_strangers_leave_no_trace(
    store: Store, imap: ImapServer, jane: int
) -> None:
    put(imap, "newsletter.eml", datetime(2026, 11, 19, 9, 0, tzinfo=UTC))
    stranger = (
        (SAMPLES / "gmail_reply.eml")
        .read_bytes()
        .replace(b"jane@janedoe.tv", b"someone@else.example")
    )
    imap.append("INBOX", stranger, internaldate=datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    report = sync(store, imap)
    assert report.fetched["INBOX"] == 2 and touchpoints(store) == []
    assert deal_of(store, jane).awaiting_since == SHIPPED


def test_a_second_sync_reads_nothing_and_a_uidvalidity_change_rescans_once(
    store: Store, imap: ImapServer, jane: int
) -> None:
    put(imap, "gmail_reply.eml", datetime(2026, 11, 24, 16, 5, tzinfo=UTC))
    put(imap, "our_sent_reminder.eml", datetime(2026, 11, 23, 10, 0, tzinfo=UTC), folder="Sent")
    first = sync(store, imap)
    assert sum(first.fetched.values()) == 2
    again = sync(store, imap)
    assert sum(again.fetched.values()) == 0
    imap.reset_uidvalidity("INBOX")
    put(imap, "outlook_reply.eml", datetime(2026, 11, 25, 8, 0, tzinfo=UTC))
    rescan = sync(store, imap)
    assert rescan.fetched["INBOX"] == 2 and rescan.applied.duplicates == 1
    assert len(touchpoints(store)) == 3, "the rescan adds only what is new"


def test_mail_is_never_marked_read(store: Store, imap: ImapServer, jane: int) -> None:
    put(imap, "gmail_reply.eml", datetime(2026, 11, 24, 16, 5, tzinfo=UTC))
    put(imap, "gmail_vacation.eml", datetime(2026, 11, 23, 10, 5, tzinfo=UTC))
    sync(store, imap)
    with imap.connect() as client:
        client.select_folder("INBOX", readonly=True)
        flags = client.get_flags(client.search("ALL"))
    assert all(b"\\Seen" not in f for f in flags.values())


def test_an_unreadable_message_is_recorded_and_skipped(
    store: Store, imap: ImapServer, jane: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.mail.imap_sync as imap_sync

    real = imap_sync._seen

    def unreadable_replies(message, received, role, found, **text):
        if found.kind == "human":
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
        return real(message, received, role, found, **text)

    put(imap, "gmail_reply.eml", datetime(2026, 11, 24, 16, 5, tzinfo=UTC))
    put(imap, "gmail_vacation.eml", datetime(2026, 11, 23, 10, 5, tzinfo=UTC))
    monkeypatch.setattr(imap_sync, "_seen", unreadable_replies)
    report = sync(store, imap)
    assert report.problems == 1 and report.applied.auto_replies == 1
    with store.session() as session:
        (problem,) = session.exec(select(MailProblem)).all()
    assert problem.folder == "INBOX" and "UnicodeDecodeError" in problem.reason
    assert sum(sync(store, imap).fetched.values()) == 0, "skipped, not retried forever"


def test_a_refused_login_says_why_without_the_password(
    store: Store, imap: ImapServer, jane: int
) -> None:
    with pytest.raises(SyncError) as refused:
        sync_mailbox(store, settings(imap, "wrong-secret-123"), TEAM_ID, NOW)
    assert "refused the login" in refused.value.reason
    assert "wrong-secret-123" not in str(refused.value)
    down = ImapSettings(host="127.0.0.1", port=1, username=TEAM, password="x", security="none")
    with pytest.raises(SyncError, match="cannot reach"):
        sync_mailbox(store, down, TEAM_ID, NOW)


def test_addresses_are_compared_as_mailboxes() -> None:
    assert address_key("Jane+Collabs@JaneDoe.tv") == "jane@janedoe.tv"
    assert address_key("J.Doe+x@googlemail.com") == address_key("jdoe@gmail.com")
    assert address_key("j.doe@janedoe.tv") != address_key("jdoe@janedoe.tv")


def test_sync_and_doctor_from_the_command_line(imap: ImapServer, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'gw.db'}"
    store = Store.from_url(url)
    upgrade(store.engine)
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_ID, WorkspaceDefaults())
        deals.add_deal(
            session,
            ws,
            NewDeal(name="Jane Doe", emails=("jane@janedoe.tv",), stage=Stage.product_shipped),
            actor="U1",
            now=SHIPPED,
        )
    store.engine.dispose()
    put(imap, "gmail_reply.eml", datetime(2026, 11, 24, 16, 5, tzinfo=UTC))
    env = clean_env(
        DATABASE_URL=url,
        IMAP_HOST=imap.host,
        IMAP_PORT=str(imap.port),
        IMAP_USERNAME=TEAM,
        IMAP_PASSWORD="s3cret",
        IMAP_SECURITY="starttls",
        SSL_CERT_FILE=str(imap.cert_file),
    )
    run = [sys.executable, "-m", "bot"]
    synced = subprocess.run(
        [*run, "sync"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert synced.returncode == 0, synced.stderr
    assert "1 replies" in synced.stdout
    doctor = subprocess.run(
        [*run, "doctor"],
        env={**env, "IMAP_PASSWORD": "nope"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert doctor.returncode == 2, "a refused login is a setting to fix"
    assert "✗ imap" in doctor.stdout and "refused the login" in doctor.stdout
    assert "nope" not in doctor.stdout
    assert "✓ database" in doctor.stdout


def test_a_send_cut_short_is_found_in_sent_and_marked_sent(
    store: Store, imap: ImapServer, jane: int, fake: FakeSlack
) -> None:
    clock = FixedClock(NOW)
    writer = make_writer(mail_from=TEAM, company=None, templates_dir=None)
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_ID, WorkspaceDefaults())
        draft = drafts.create_draft(
            session, ws, deal_refs.get_deal(session, ws, jane), 1, writer, NOW
        )
        assert draft is not None
        mid = "<reminder-1@acme.example>"
        assert draft_lifecycle.claim(session, ws, draft, "U1", NOW, message_id=mid)
    put(imap, "our_sent_reminder.eml", NOW, folder="Sent")
    clock.advance(timedelta(minutes=10))
    mail = make_mail(store, clock, OutboxMailer("unused"), sender=TEAM, writer=writer,
                     in_sent=mailbox(store, imap).in_sent)  # fmt: skip
    cards = SlackCards(web_client("xoxb-test", fake.api_url))
    assert mail.sending.recover(clock.now() - STUCK_AFTER, cards) == 1
    with store.session() as session:
        recovered = session.exec(select(Draft).where(Draft.id == draft.id)).one()
    assert recovered.state == DraftState.sent
    assert recovered.sent_via == "found in the Sent folder"


def test_a_resend_looks_in_sent_first_and_never_sends_twice(
    store: Store, imap: ImapServer, jane: int, fake: FakeSlack
) -> None:
    """The connection broke after DATA; the provider had saved the mail to Sent after all."""
    clock = FixedClock(NOW)
    writer = make_writer(mail_from=TEAM, company=None, templates_dir=None)
    fake.add_user("U1", name="owner")
    with CuttingSmtpServer() as smtp:
        mail = make_mail(store, clock, SmtpMailer(smtp.settings()), sender=TEAM, writer=writer,
                         in_sent=mailbox(store, imap).in_sent)  # fmt: skip
        bot = SlackBot(fake, store, clock, mail=mail)
        try:
            bot.reply_to("remind Jane Doe", team=TEAM_ID, user="U1")
            client = web_client("xoxb-test", fake.api_url, wait_on_limits=False)
            drain(store, slack_posting(client), clock.now())
            with store.session() as session:
                draft = session.exec(select(Draft)).one()
            assert draft.channel_id and draft.message_ts
            channel, ts = draft.channel_id, draft.message_ts
            bot.interact(fake.click(channel, ts, f"draft_send:{draft.id}", user_id="U1"))
            fake.wait_for("chat.update", count=2)
            with store.session() as session:
                sent = session.exec(select(Draft)).one()
            assert sent.state == DraftState.uncertain and smtp.received == 1
            copy = (SAMPLES / "our_sent_reminder.eml").read_bytes()
            copy = copy.replace(b"<reminder-1@acme.example>", (sent.sent_message_id or "").encode())
            imap.append("Sent", copy, internaldate=NOW)

            bot.interact(fake.click(channel, ts, f"draft_resend:{draft.id}", user_id="U1"))
            fake.wait_for("chat.update", count=4)
        finally:
            bot.close()
    with store.session() as session:
        found = session.exec(select(Draft)).one()
    assert (found.state, found.sent_via) == (DraftState.sent, "found in the Sent folder")
    assert smtp.received == 1, "found in Sent, so not sent again"
    assert "Sent by" in message_text(fake.message(channel, ts))


def mailbox(store: Store, server: ImapServer) -> TeamMailbox:
    return TeamMailbox(store, settings(server), team_id=TEAM_ID, team_addresses=[TEAM])


def test_every_scheduled_job_runs_and_the_mailbox_job_syncs(
    store: Store, imap: ImapServer, jane: int, fake: FakeSlack
) -> None:
    put(imap, "gmail_reply.eml", datetime(2026, 11, 24, 16, 5, tzinfo=UTC))
    deps = Deps(store, FixedClock(NOW), WorkspaceDefaults(), mailbox=mailbox(store, imap))
    client = web_client("xoxb-test", fake.api_url)
    for job in jobs(deps, slack_posting(client), SlackCards(client)).values():
        job()
    assert deal_of(store, jane).last_creator_reply_at == datetime(2026, 11, 24, 16, 5, tzinfo=UTC)


def test_a_first_reply_in_portuguese_sets_the_language_of_the_next_reminder(
    store: Store, imap: ImapServer, fake: FakeSlack
) -> None:
    """Learned only where nobody set a language; a language the team set is kept."""
    clock = FixedClock(NOW)
    writer = make_writer(mail_from=TEAM, company=None, templates_dir=None)
    mail = make_mail(store, clock, OutboxMailer("unused"), sender=TEAM, writer=writer)
    bot = SlackBot(fake, store, clock, mail=mail)
    try:
        bot.reply_to("add Ana Souza ana@anasouza.com.br", team=TEAM_ID)
        bot.reply_to("add Jane Doe jane@janedoe.tv lang:de", team=TEAM_ID)
        put(imap, "gmail_reply_pt.eml", datetime(2026, 11, 25, 13, 12, tzinfo=UTC))
        put(imap, "gmail_reply.eml", datetime(2026, 11, 24, 16, 42, tzinfo=UTC))
        report = sync(store, imap)
        assert report.applied.replies == 2
        card = message_text(bot.reply_to("show Ana Souza", team=TEAM_ID))
        assert "Portuguese (from their replies)" in card
        bot.reply_to("remind Ana Souza", team=TEAM_ID)
        bot.reply_to("remind Jane Doe", team=TEAM_ID)
    finally:
        bot.close()
    with store.session() as session:
        languages = dict(
            session.exec(
                select(Creator.name, Draft.language)
                .join(Deal, col(Deal.creator_id) == col(Creator.id))
                .join(Draft, col(Draft.deal_id) == col(Deal.id))
            ).all()
        )
        jane = session.exec(select(Creator).where(Creator.name == "Jane Doe")).one()
    assert languages == {"Ana Souza": "pt", "Jane Doe": "de"}
    assert (jane.language, jane.language_source) == ("de", "team")


def test_a_challenge_is_told_to_the_team_and_is_neither_a_reply_nor_a_bounce(
    store: Store, imap: ImapServer, jane: int
) -> None:
    """Jane's mailbox asks us to prove we are human: the chase goes on, her address stays valid,
    and the team learns where to confirm, without the link reaching Slack."""
    at = datetime(2026, 11, 23, 10, 0, 51, tzinfo=UTC)
    put(imap, "challenge_response.eml", at)
    report = sync(store, imap)
    applied = report.applied
    assert (applied.replies, applied.auto_replies, applied.bounces) == (0, 0, 0)
    assert applied.challenges == 1 and "1 challenges" in describe(report)
    (challenge,) = touchpoints(store)
    assert (challenge.direction, challenge.classification, challenge.occurred_at) == (
        "in",
        "challenge",
        at,
    )
    deal = deal_of(store, jane)
    assert deal.awaiting_since == SHIPPED and deal.last_creator_reply_at is None
    with store.session() as session:
        assert all(a.bounced_at is None for a in session.exec(select(CreatorAddress)))
        (notice,) = session.exec(select(Outbox).where(Outbox.kind == "notice")).all()
    text = notice.payload["text"]
    assert "confirm they are human" in text and "another channel" in text
    assert "[sender verification required]" in text and "Jane Doe" in text
    assert "mailguard.example/c/" not in text and "http" not in text
    assert sum(sync(store, imap).fetched.values()) == 0
    with store.session() as session:
        assert len(session.exec(select(Outbox).where(Outbox.kind == "notice")).all()) == 1


def test_only_creators_mail_costs_a_body_fetch_and_nothing_is_marked_read(
    store: Store, imap: ImapServer, jane: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stranger's message is read by its headers alone; a creator's reply by its first
    kilobytes too (an away text or a challenge may be there), all with BODY.PEEK."""
    from imapclient import IMAPClient

    asked: list[tuple[list[int], list[str]]] = []
    real_fetch = IMAPClient.fetch

    def fetch(self: IMAPClient, messages: Any, data: Any, modifiers: Any = None) -> Any:
        asked.append((list(messages), [str(d) for d in data]))
        return real_fetch(self, messages, data, modifiers)

    monkeypatch.setattr(IMAPClient, "fetch", fetch)
    stranger = EmailMessage()
    stranger["From"], stranger["To"] = "Sam <sam@stranger.example>", TEAM
    stranger["Subject"], stranger["Message-ID"] = "Hello", "<s1@stranger.example>"
    stranger["Date"] = "Tue, 24 Nov 2026 09:00:00 +0000"
    stranger.set_content("Hi, are you hiring?")
    theirs = imap.append("INBOX", stranger.as_bytes(), internaldate=NOW)
    reply = imap.append(
        "INBOX",
        (SAMPLES / "gmail_reply.eml").read_bytes(),
        internaldate=datetime(2026, 11, 24, 16, 5, tzinfo=UTC),
    )
    assert sync(store, imap).applied.replies == 1
    bodies = [(uids, data) for uids, data in asked if any("BODY.PEEK[]" in d for d in data)]
    assert bodies and all(theirs not in uids for uids, _ in bodies), "headers only for them"
    assert any(reply in uids for uids, _ in bodies)
    assert all("PEEK" in d for _, data in asked for d in data if "BODY" in d)
    with imap.connect() as client:
        client.select_folder("INBOX", readonly=True)
        assert client.search(["SEEN"]) == [], "nothing is marked read"


@pytest.mark.parse_only
@pytest.mark.parametrize(("country", "back"), [("GB", date(2026, 2, 3)), ("US", date(2026, 3, 2))])
def test_a_numeric_return_date_reads_the_way_the_creators_country_writes_dates(
    store: Store, imap: ImapServer, country: str, back: date
) -> None:
    """03/02 is 3 February in Britain and March 2 in the United States: both readings are ahead
    and within reach, so the creator's country decides."""
    received = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_ID, WorkspaceDefaults("CTEAM", "UTC"))
        spec = NewDeal(
            name="Sam Lee",
            emails=("sam@samlee.example",),
            stage=Stage.product_shipped,
            locale=LocaleFields(country=country, timezone="UTC"),
        )
        deals.add_deal(session, ws, spec, actor="U1", now=received - timedelta(days=10))
    away = EmailMessage()
    away["From"], away["To"] = "Sam Lee <sam@samlee.example>", TEAM
    away["Subject"], away["Auto-Submitted"] = "Out of office", "auto-replied"
    away["Date"], away["Message-ID"] = "Sun, 01 Feb 2026 09:00:00 +0000", "<ooo-1@samlee.example>"
    away.set_content("I am away until 03/02/2026 and will answer when I am back.")
    imap.append("INBOX", away.as_bytes(), internaldate=received)
    sync_mailbox(store, settings(imap), TEAM_ID, received, team_addresses=[TEAM])
    with store.session() as session:
        deal = session.exec(select(Deal)).one()
    assert deal.paused_until == datetime.combine(back, datetime.min.time(), tzinfo=UTC)


@pytest.mark.parametrize("sample", ["human_8bit_headers.eml", "human_8bit_latin1.eml"])
def test_a_reply_with_raw_8bit_headers_is_a_reply_not_a_problem(
    store: Store, imap: ImapServer, sample: str
) -> None:
    """Some clients send From and Subject as raw UTF-8 or latin-1 bytes; the sync must still read
    who wrote, and count the reply."""
    raw = (Path(__file__).parent / "mail_corpus" / sample).read_bytes()
    sender = message_from_bytes(raw, policy=policy.default)["From"].addresses[0].addr_spec
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_ID, WorkspaceDefaults("CTEAM", "UTC"))
        spec = NewDeal(name="Eight Bit", emails=(sender,), stage=Stage.product_shipped)
        deals.add_deal(session, ws, spec, actor="U1", now=NOW - timedelta(days=5))
    imap.append("INBOX", raw, internaldate=NOW - timedelta(hours=1))
    report = sync(store, imap)
    assert (report.applied.replies, report.problems) == (1, 0)


def test_a_challenge_filter_answering_every_reminder_is_told_once_a_week(
    store: Store, imap: ImapServer, jane: int
) -> None:
    raw = (SAMPLES / "challenge_response.eml").read_bytes()
    first = datetime(2026, 11, 10, 10, 0, tzinfo=UTC)  # Dovecot keeps no future dates
    for n, days in enumerate((0, 2, 10)):
        new_id = f"Message-ID: <ch-{n}@x.example>".encode()
        copy = re.sub(rb"(?im)^Message-ID:[^\r\n]*", new_id, raw)
        imap.append("INBOX", copy, internaldate=first + timedelta(days=days))
    assert sync(store, imap).applied.challenges == 3
    with store.session() as session:
        notices = session.exec(select(Outbox).where(Outbox.kind == "notice")).all()
    assert len(notices) == 2, "none for the one two days after the first"


def service_challenge(n: int, body: str, *, in_reply_to: str | None = None) -> bytes:
    """A challenge a filtering service sends from its own address for the mailbox it guards."""
    message = EmailMessage()
    message["From"] = "MailGate Verify <verify@mailgate-service.example>"
    message["To"] = TEAM
    message["Subject"] = "Please confirm your message"
    message["Date"] = "Mon, 23 Nov 2026 10:01:00 +0000"
    message["Message-ID"] = f"<gate-{n}@mailgate-service.example>"
    if in_reply_to:
        message["In-Reply-To"] = message["References"] = in_reply_to
    message.set_content(body)
    return message.as_bytes()


@pytest.mark.parametrize(
    ("body", "threaded"),
    [
        ("MailGate holds your message on behalf of jane@janedoe.tv until you confirm.\n"
         "Click the link below to confirm: https://mailgate-service.example/c/1\n", False),
        ("MailGate holds your message until you confirm you are a person.\n"
         "https://mailgate-service.example/c/2\n", True),
    ],
)  # fmt: skip
def test_a_challenge_sent_by_a_service_reaches_the_creator_it_guards(
    store: Store, imap: ImapServer, jane: int, body: str, threaded: bool
) -> None:
    """Not from Jane's address: it names her mailbox, or answers our reminder to her."""
    put(imap, "our_sent_reminder.eml", datetime(2026, 11, 23, 10, 0, tzinfo=UTC), folder="Sent")
    reminder = "<reminder-1@acme.example>" if threaded else None
    raw = service_challenge(1, body, in_reply_to=reminder)
    imap.append("INBOX", raw, internaldate=datetime(2026, 11, 23, 10, 1, tzinfo=UTC))
    applied = sync(store, imap).applied
    assert (applied.challenges, applied.replies, applied.bounces, applied.unmatched) == (1, 0, 0, 0)
    deal = deal_of(store, jane)
    assert deal.last_creator_reply_at is None and deal.awaiting_since == SHIPPED
    with store.session() as session:
        (notice,) = session.exec(select(Outbox).where(Outbox.kind == "notice")).all()
    assert "Jane Doe" in notice.payload["text"] and "http" not in notice.payload["text"]


def test_a_russian_service_challenge_reaches_the_creator_named_in_reply_to(
    store: Store, imap: ImapServer, jane: int
) -> None:
    """A stranger's mail whose subject asks, in Russian, to confirm a letter: its body start is
    fetched and its Reply-To names the mailbox it guards."""
    message = EmailMessage()
    message["From"] = "Фильтр для Джейн <check@filtr-service.example>"
    message["Reply-To"] = "jane@janedoe.tv"
    message["To"] = TEAM
    message["Subject"] = "Подтвердите отправку письма Джейн Доу"
    message["Date"] = "Mon, 23 Nov 2026 10:01:00 +0000"
    message["Message-ID"] = "<filtr-1@filtr-service.example>"
    message.set_content(
        "Джейн защищает свой ящик от спама. Чтобы ваше письмо было доставлено, подтвердите"
        " отправку по ссылке: https://filtr-service.example/ok/1\n"
    )
    imap.append("INBOX", message.as_bytes(), internaldate=datetime(2026, 11, 23, 10, 1, tzinfo=UTC))
    applied = sync(store, imap).applied
    assert (applied.challenges, applied.replies, applied.bounces, applied.unmatched) == (1, 0, 0, 0)
    assert deal_of(store, jane).last_creator_reply_at is None


def test_a_service_challenge_for_no_creator_leaves_no_trace(
    store: Store, imap: ImapServer, jane: int
) -> None:
    raw = service_challenge(2, "We hold your message on behalf of sam@stranger.example.\n")
    imap.append("INBOX", raw, internaldate=datetime(2026, 11, 23, 10, 1, tzinfo=UTC))
    applied = sync(store, imap).applied
    assert (applied.challenges, applied.unmatched) == (0, 1)
    assert touchpoints(store) == []


def test_a_creators_fresh_mail_with_her_newsletter_footer_is_a_reply(
    store: Store, imap: ImapServer, jane: int
) -> None:
    message = EmailMessage()
    message["From"], message["To"] = "Jane Doe <jane@janedoe.tv>", TEAM
    message["Subject"], message["Message-ID"] = "Draft is ready", "<fresh-1@janedoe.tv>"
    message["Date"] = "Mon, 23 Nov 2026 10:00:00 +0000"
    message.set_content(
        "Hi team, the draft is ready, have a look!\n\nJane\n\n"
        "Get my weekly letter: https://janedoe.tv/letter - unsubscribe any time\n"
    )
    imap.append("INBOX", message.as_bytes(), internaldate=datetime(2026, 11, 23, 10, tzinfo=UTC))
    assert sync(store, imap).applied.replies == 1
    assert deal_of(store, jane).last_creator_reply_at is not None
