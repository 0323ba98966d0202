"""Composition root: settings in, a running bot out. The only place where the chat, the mail
and the jobs meet."""

import logging
import time
from datetime import datetime
from email.utils import parseaddr

from apscheduler.schedulers.background import BackgroundScheduler
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk import WebClient
from sqlmodel import col, select

from bot.config import Settings
from bot.core.clock import Clock, FixedClock, SystemClock
from bot.core.digest import build_digest
from bot.core.ports import MailboxUnavailable
from bot.core.sending import Sending
from bot.core.tick import run_tick
from bot.core.workspaces import WorkspaceDefaults
from bot.heap import settle_heap
from bot.http import make_server
from bot.jobs.outbox import drain, posts_summary
from bot.jobs.scheduler import start_scheduler
from bot.mail.deliver import ReminderMailer
from bot.mail.imap_sync import imap_settings
from bot.mail.mailbox import TeamMailbox
from bot.mail.reminders import DEFAULT_SENDER, make_writer
from bot.mail.send import mailer_from_settings
from bot.slack.app import build_app, web_client
from bot.slack.blocks.digest import digest_pages
from bot.slack.blocks.plaintext import to_text
from bot.slack.cards import SlackCards
from bot.slack.outbox import slack_posting
from bot.store.engine import Store
from bot.store.migrate import upgrade
from bot.store.models import Workspace
from bot.wiring import Deps, Mail

log = logging.getLogger("bot")
# `ghostwatch tick` posts at about one message a second per channel, for at most this many seconds.
DRAIN_ROUNDS = 600


def build_deps(settings: Settings, clock: Clock | None = None) -> Deps:
    """Open the database, bring its schema up to date, and wire mail and the mailbox."""
    store = Store.from_url(settings.database_url)
    upgrade(store.engine)
    clock = clock or SystemClock()
    defaults = WorkspaceDefaults(
        channel_id=settings.ghostwatch_channel, timezone=settings.ghostwatch_timezone
    )
    sender = settings.mail_from or f"{DEFAULT_SENDER} <ghostwatch@localhost>"
    imap = imap_settings(settings)
    mailbox = None
    if imap is not None:
        mailbox = TeamMailbox(
            store, imap, team_id=settings.imap_team_id, team_addresses=[parseaddr(sender)[1]]
        )
    sending = Sending(
        store=store,
        mailer=ReminderMailer(mailer_from_settings(settings), sender),
        clock=clock.now,
        in_sent=mailbox.in_sent if mailbox else None,
    )
    writer = make_writer(
        mail_from=sender, company=settings.company, templates_dir=settings.templates_dir
    )
    mail = Mail(sending=sending, writer=writer, address=parseaddr(sender)[1])
    return Deps(store=store, clock=clock, defaults=defaults, mail=mail, mailbox=mailbox)


def _token(settings: Settings) -> str:
    return settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else ""


def build_slack(settings: Settings, deps: Deps) -> App:
    secret = settings.slack_signing_secret
    return build_app(
        web_client(_token(settings), settings.slack_api_url),
        deps,
        signing_secret=secret.get_secret_value() if secret else "",
    )


def jobs_client(settings: Settings) -> WebClient:
    return web_client(_token(settings), settings.slack_api_url, wait_on_limits=False)


def start_jobs(settings: Settings, deps: Deps) -> BackgroundScheduler:
    """The scheduler, posting and updating cards through a client that never waits on limits."""
    client = jobs_client(settings)
    return start_scheduler(deps, slack_posting(client), SlackCards(client))


def run_socket_mode(settings: Settings) -> None:
    deps = build_deps(settings)
    app = build_slack(settings, deps)
    settle_heap()
    assert settings.slack_app_token is not None
    handler = SocketModeHandler(app, settings.slack_app_token.get_secret_value())
    scheduler = start_jobs(settings, deps)
    log.info("ghostwatch is connecting to Slack in Socket Mode")
    try:
        handler.start()  # type: ignore[no-untyped-call]
    finally:
        scheduler.shutdown(wait=False)


def serve_http(settings: Settings, *, host: str, port: int) -> None:
    deps = build_deps(settings)
    server = make_server(build_slack(settings, deps), deps.store, host=host, port=port)
    settle_heap()
    scheduler = start_jobs(settings, deps)
    log.info("ghostwatch is listening on http://%s:%s/slack/events", host, server.effective_port)
    try:
        server.run()
    finally:
        scheduler.shutdown(wait=False)
        server.close()


def sync_once(deps: Deps) -> str:
    """Read what is new in the team mailbox and record it."""
    if deps.mailbox is None:
        return "mailbox: not configured (IMAP_HOST, IMAP_USERNAME)"
    return deps.mailbox.read(deps.clock.now())


def tick_once(settings: Settings, at: datetime | None) -> str:
    """A mailbox sync, one escalation pass and the posts it queued, at `at` or now; for cron
    and previews."""
    clock = FixedClock(at) if at else SystemClock()
    deps = build_deps(settings, clock)
    lines = []
    if deps.mailbox is not None:
        try:
            lines.append(sync_once(deps))
        except MailboxUnavailable as exc:
            lines.append(f"mailbox: not read — {exc.reason}")
    report = run_tick(deps.store, clock.now(), writer=deps.writer)
    posting = slack_posting(jobs_client(settings))
    posted = failed = 0
    for _ in range(DRAIN_ROUNDS):
        drained = drain(deps.store, posting, clock.now())
        posted, failed = posted + drained.posted, failed + drained.failed
        if not drained.busy and not drained.posted:
            break
        if drained.busy:
            time.sleep(1)
    lines.append(
        f"tick at {clock.now().isoformat(timespec='seconds')}: {report.checked} deals checked, "
        f"{report.escalated} escalated, {posts_summary(deps.store, posted, failed)}"
    )
    return "\n".join(lines)


def preview_digests(settings: Settings, at: datetime | None) -> str:
    """Every workspace's digest as it would be posted at `at` (default now), as text."""
    clock = FixedClock(at) if at else SystemClock()
    deps = build_deps(settings, clock)
    out = []
    with deps.store.reading() as session:
        for ws in session.exec(select(Workspace).order_by(col(Workspace.id))):
            pages = digest_pages(build_digest(session, ws, clock.now()))
            where = f"#{ws.channel_id}" if ws.channel_id else "no channel set"
            out.append(f"── workspace {ws.team_id} ({where}) ──")
            out.extend(to_text(page) for page in pages)
    return "\n\n".join(out) or "No workspace yet: nothing has been recorded with /deal."
