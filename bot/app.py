"""Composition root: settings in, a running bot out."""

import logging
import time
from datetime import datetime

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk import WebClient
from sqlmodel import col, select

from bot.config import Settings
from bot.core.clock import Clock, FixedClock, SystemClock
from bot.core.digest import build_digest
from bot.core.escalation import run_tick
from bot.core.heap import settle_heap
from bot.core.workspaces import WorkspaceDefaults
from bot.http import make_server
from bot.jobs.mailbox import describe, read_mailbox
from bot.jobs.outbox import drain
from bot.jobs.scheduler import start_scheduler
from bot.mail.imap_sync import SyncError, imap_settings
from bot.mail.reminders import DEFAULT_SENDER, make_writer
from bot.mail.send import mailer_from_settings
from bot.slack.app import build_app, web_client
from bot.slack.blocks.digest import digest_pages
from bot.slack.blocks.plaintext import to_text
from bot.slack.services import Mail, Services
from bot.store.engine import Store
from bot.store.migrate import upgrade
from bot.store.models import Workspace

log = logging.getLogger("bot")
# `ghostwatch tick` posts at about one message a second per channel, for at most this many seconds.
DRAIN_ROUNDS = 600


def build_services(settings: Settings, clock: Clock | None = None) -> Services:
    """Open the database and bring its schema up to date."""
    store = Store.from_url(settings.database_url)
    upgrade(store.engine)
    defaults = WorkspaceDefaults(
        channel_id=settings.ghostwatch_channel, timezone=settings.ghostwatch_timezone
    )
    return Services(
        store=store,
        clock=clock or SystemClock(),
        defaults=defaults,
        mail=build_mail(settings),
        mailbox=imap_settings(settings),
        mailbox_team=settings.imap_team_id,
    )


def build_mail(settings: Settings) -> Mail:
    """SMTP when it is configured, else a folder of .eml files; the templates' writer."""
    sender = settings.mail_from or f"{DEFAULT_SENDER} <ghostwatch@localhost>"
    writer = make_writer(
        mail_from=sender, company=settings.company, templates_dir=settings.templates_dir
    )
    return Mail(mailer=mailer_from_settings(settings), sender=sender, writer=writer)


def _token(settings: Settings) -> str:
    return settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else ""


def build_slack(settings: Settings, services: Services) -> App:
    secret = settings.slack_signing_secret
    return build_app(
        web_client(_token(settings), settings.slack_api_url),
        services,
        signing_secret=secret.get_secret_value() if secret else "",
    )


def jobs_client(settings: Settings) -> WebClient:
    return web_client(_token(settings), settings.slack_api_url, wait_on_limits=False)


def run_socket_mode(settings: Settings) -> None:
    services = build_services(settings)
    app = build_slack(settings, services)
    settle_heap()
    assert settings.slack_app_token is not None
    handler = SocketModeHandler(app, settings.slack_app_token.get_secret_value())
    scheduler = start_scheduler(services, jobs_client(settings))
    log.info("ghostwatch is connecting to Slack in Socket Mode")
    try:
        handler.start()
    finally:
        scheduler.shutdown(wait=False)


def serve_http(settings: Settings, *, host: str, port: int) -> None:
    services = build_services(settings)
    server = make_server(build_slack(settings, services), services.store, host=host, port=port)
    settle_heap()
    scheduler = start_scheduler(services, jobs_client(settings))
    log.info("ghostwatch is listening on http://%s:%s/slack/events", host, server.effective_port)
    try:
        server.run()
    finally:
        scheduler.shutdown(wait=False)
        server.close()


def sync_once(services: Services) -> str:
    """Read what is new in the team mailbox and record it."""
    report = read_mailbox(services)
    return describe(report) if report else "mailbox: not configured (IMAP_HOST, IMAP_USERNAME)"


def tick_once(settings: Settings, at: datetime | None) -> str:
    """A mailbox sync, one escalation pass and the posts it queued, at `at` or now; for cron
    and previews."""
    clock = FixedClock(at) if at else SystemClock()
    services = build_services(settings, clock)
    lines = []
    if services.mailbox is not None:
        try:
            lines.append(sync_once(services))
        except SyncError as exc:
            lines.append(f"mailbox: not read — {exc.reason}")
    report = run_tick(services.store, clock.now())
    client = jobs_client(settings)
    posted = failed = 0
    writer = services.mail.writer if services.mail else None
    for _ in range(DRAIN_ROUNDS):
        drained = drain(services.store, client, clock.now(), writer=writer)
        posted, failed = posted + drained.posted, failed + drained.failed
        if not drained.busy and not drained.posted:
            break
        if drained.busy:
            time.sleep(1)
    lines.append(
        f"tick at {clock.now().isoformat(timespec='seconds')}: {report.checked} deals checked, "
        f"{report.escalated} escalated, {posted} messages posted, {failed} failed"
    )
    return "\n".join(lines)


def preview_digests(settings: Settings, at: datetime | None) -> str:
    """Every workspace's digest as it would be posted at `at` (default now), as text."""
    clock = FixedClock(at) if at else SystemClock()
    services = build_services(settings, clock)
    out = []
    with services.store.reading() as session:
        for ws in session.exec(select(Workspace).order_by(col(Workspace.id))):
            pages = digest_pages(build_digest(session, ws, clock.now()))
            where = f"#{ws.channel_id}" if ws.channel_id else "no channel set"
            out.append(f"── workspace {ws.team_id} ({where}) ──")
            out.extend(to_text(page) for page in pages)
    return "\n\n".join(out) or "No workspace yet: nothing has been recorded with /deal."
