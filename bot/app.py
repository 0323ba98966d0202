"""Composition root: settings in, a running bot out. The only place where the chat, the mail
and the jobs meet."""

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from email.utils import parseaddr
from typing import TextIO

from apscheduler.schedulers.background import BackgroundScheduler
from slack_bolt import App
from slack_sdk import WebClient
from sqlmodel import col, select

from bot import prefork
from bot.config import Settings, channel_ref
from bot.core.clock import Clock, FixedClock, SystemClock
from bot.core.digest import build_digest
from bot.core.drafts import Writer
from bot.core.ports import MailboxUnavailable
from bot.core.sending import Sending
from bot.core.tick import run_tick
from bot.core.workspaces import WorkspaceDefaults
from bot.failures import Stop
from bot.heap import settle_heap
from bot.http import make_server, wsgi_app
from bot.jobs.outbox import drain, posts_summary
from bot.jobs.scheduler import start_scheduler
from bot.mail.deliver import ReminderMailer
from bot.mail.imap_settings import imap_settings
from bot.mail.mailbox import TeamMailbox
from bot.mail.reminders import DEFAULT_SENDER, make_writer
from bot.mail.send import mailer_from_settings
from bot.preview import preview
from bot.slack.app import build_app, stop_app, web_client
from bot.slack.blocks.digest import digest_pages
from bot.slack.blocks.plaintext import to_text
from bot.slack.cards import SlackCards
from bot.slack.checks import (
    SlackProblem,
    check_app_token,
    identify,
    problem,
    resolve_channel,
)
from bot.slack.outbox import slack_posting
from bot.slack.socket_mode import BackoffSocketModeHandler
from bot.store import failures
from bot.store.engine import Store
from bot.store.migrate import revisions, upgrade
from bot.store.models import Workspace
from bot.store.retention import Retention
from bot.store.sqlite_file import sqlite_file_missing
from bot.wiring import Deps, Mail

log = logging.getLogger("bot")
# `ghostwatch tick` posts at about one message a second per channel, for at most this many seconds.
DRAIN_ROUNDS = 600


@contextmanager
def database_errors(settings: Settings) -> Iterator[None]:
    """A database that cannot be used stops the command with one line saying why."""
    try:
        yield
    except Exception as exc:
        found = failures.describe(exc, settings.database_url)
        if found is None:
            raise
        raise Stop(found.reason, config=found.config) from None


def open_store(settings: Settings) -> Store:
    """The database, its schema brought up to date."""
    with database_errors(settings):
        store = Store.from_url(settings.database_url)
        upgrade(store.engine)
    return store


def open_existing(settings: Settings) -> Store:
    """The database as it is, for commands that must not change it: no file is created and
    no migration run."""
    missing = sqlite_file_missing(settings.database_url)
    if missing is not None:
        raise Stop(
            f"no database at {missing.resolve()}: run `ghostwatch migrate` to create it, "
            "or set DATABASE_URL",
            config=True,
        )
    with database_errors(settings):
        store = Store.from_url(settings.database_url)
        current, head = revisions(store.engine)
    if current != head:
        store.engine.dispose()
        raise Stop(
            f"the database schema is at {current}, not {head}: run `ghostwatch migrate`",
            config=True,
        )
    return store


def _writer(settings: Settings) -> Writer:
    sender = settings.mail_from or f"{DEFAULT_SENDER} <ghostwatch@localhost>"
    return make_writer(
        mail_from=sender, company=settings.company, templates_dir=settings.templates_dir
    )


def build_deps(settings: Settings, clock: Clock | None = None) -> Deps:
    """Open the database, bring its schema up to date, and wire mail and the mailbox."""
    store = open_store(settings)
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
    transport = mailer_from_settings(settings)
    sending = Sending(
        store=store,
        mailer=ReminderMailer(transport, sender),
        clock=clock.now,
        in_sent=mailbox.in_sent if mailbox else None,
    )
    mail = Mail(
        sending=sending,
        writer=_writer(settings),
        address=parseaddr(sender)[1],
        smtputf8=transport.offers_smtputf8,
    )
    retention = Retention(
        days=settings.ghostwatch_keep_days,
        escalation_days=settings.ghostwatch_keep_escalations_days,
    )
    return Deps(
        store=store,
        clock=clock,
        defaults=defaults,
        mail=mail,
        mailbox=mailbox,
        retention=retention,
        command_lease=timedelta(seconds=settings.ghostwatch_command_lease_seconds),
    )


def _token(settings: Settings) -> str:
    return settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else ""


def build_slack(settings: Settings, deps: Deps) -> App:
    return build_app(web_client(_token(settings), settings.slack_api_url), deps)


def jobs_client(settings: Settings) -> WebClient:
    return web_client(_token(settings), settings.slack_api_url, wait_on_limits=False)


def start_jobs(settings: Settings, deps: Deps) -> BackgroundScheduler:
    """The scheduler, posting and updating cards through a client that never waits on limits."""
    client = jobs_client(settings)
    return start_scheduler(deps, slack_posting(client), SlackCards(client))


def slack_ready(settings: Settings, *, socket_mode: bool = False) -> Settings:
    """Check the tokens and find the team channel's id before anything starts: a wrong token
    or an unknown channel stops the bot with one line instead of failing every post later."""
    client = web_client(_token(settings), settings.slack_api_url)
    try:
        identity = identify(client)
        if identity.missing_scopes:
            log.warning(
                "the Slack app lacks the scopes %s: reinstall it from app.yaml "
                "(`ghostwatch doctor` says what each is for)",
                ", ".join(identity.missing_scopes),
            )
        if socket_mode and settings.slack_app_token is not None:
            check_app_token(client, settings.slack_app_token.get_secret_value())
        if settings.ghostwatch_channel:
            channel = resolve_channel(client, channel_ref(settings.ghostwatch_channel))
            settings = settings.model_copy(update={"ghostwatch_channel": channel})
    except SlackProblem as exc:
        raise Stop(exc.reason, config=exc.config) from None
    return settings


def adopt_channel_links(store: Store) -> int:
    """Workspaces started while GHOSTWATCH_CHANNEL held a channel's link (as the README once
    suggested) get the link's id, so their posts find the channel."""
    adopted = 0
    with store.session() as session:
        linked = select(Workspace).where(col(Workspace.channel_id).like("https://%"))
        for ws in session.exec(linked):
            try:
                ref = channel_ref(ws.channel_id or "")
            except ValueError:
                continue
            if ref.id is not None:
                ws.channel_id, adopted = ref.id, adopted + 1
    return adopted


def run_socket_mode(settings: Settings) -> None:
    settings = slack_ready(settings, socket_mode=True)
    deps = build_deps(settings)
    adopt_channel_links(deps.store)
    app = build_slack(settings, deps)
    settle_heap()
    assert settings.slack_app_token is not None
    handler = BackoffSocketModeHandler(app, settings.slack_app_token.get_secret_value())
    scheduler = start_jobs(settings, deps)
    log.info("ghostwatch is connecting to Slack in Socket Mode")
    try:
        handler.start()  # type: ignore[no-untyped-call]
    except Exception as exc:
        found = problem(exc, "SLACK_APP_TOKEN")
        if found is None:
            raise
        raise Stop(found.reason, config=found.config) from None
    finally:
        scheduler.shutdown(wait=False)


def serve_http(settings: Settings, *, host: str, port: int, workers: int = 1) -> None:
    settings = slack_ready(settings)
    if workers > 1 and prefork.available():
        store = open_store(settings)  # migrated once, before any worker starts
        adopt_channel_links(store)
        store.engine.dispose()
        log.info(
            "ghostwatch is listening on http://%s:%s/slack/events with %s workers",
            host,
            port,
            workers,
        )
        prefork.serve(lambda: _replica(settings), host=host, port=port, workers=workers)
        return
    if workers > 1:
        log.warning("--workers needs fork, which this platform lacks: serving in one process")
    deps = build_deps(settings)
    adopt_channel_links(deps.store)
    server = make_server(
        build_slack(settings, deps),
        deps.store,
        signing_secret=_secret(settings),
        host=host,
        port=port,
    )
    settle_heap()
    scheduler = start_jobs(settings, deps)
    log.info("ghostwatch is listening on http://%s:%s/slack/events", host, server.effective_port)
    try:
        server.run()
    finally:
        scheduler.shutdown(wait=False)
        server.close()


def _secret(settings: Settings) -> str:
    signing = settings.slack_signing_secret
    return signing.get_secret_value() if signing else ""


def _replica(settings: Settings) -> prefork.Replica:
    """One forked worker's own database engine, Bolt app, command worker and scheduler."""
    deps = build_deps(settings)
    slack = build_slack(settings, deps)
    application = wsgi_app(slack, deps.store, signing_secret=_secret(settings))
    settle_heap()
    scheduler = start_jobs(settings, deps)

    def stop() -> None:
        scheduler.shutdown(wait=False)
        stop_app(slack)
        deps.store.engine.dispose()

    return application, stop


def sync_once(deps: Deps) -> str:
    """Read what is new in the team mailbox and record it."""
    if deps.mailbox is None:
        return "mailbox: not configured (IMAP_HOST, IMAP_USERNAME)"
    return deps.mailbox.read(deps.clock.now())


def tick_once(settings: Settings, at: datetime | None) -> str:
    """A mailbox sync, one escalation pass and the posts it queued, at `at` or now; for cron.
    It acts for real: `preview_tick` shows the same without acting."""
    clock = FixedClock(at) if at else SystemClock()
    settings = slack_ready(settings)
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
    store = open_existing(settings)
    out = []
    with database_errors(settings), store.reading() as session:
        for ws in session.exec(select(Workspace).order_by(col(Workspace.id))):
            pages = digest_pages(build_digest(session, ws, clock.now()))
            where = f"#{ws.channel_id}" if ws.channel_id else "no channel set"
            out.append(f"── workspace {ws.team_id} ({where}) ──")
            out.extend(to_text(page) for page in pages)
    store.engine.dispose()
    return "\n\n".join(out) or "No workspace yet: nothing has been recorded with /deal."


def preview_tick(settings: Settings, at: datetime | None, out: TextIO) -> str:
    """Print what a tick at `at` (default now) would post and draft; nothing is kept."""
    now = (FixedClock(at) if at else SystemClock()).now()
    store = open_existing(settings)
    try:
        with database_errors(settings):
            found = preview(store, now, _writer(settings), out)
    finally:
        store.engine.dispose()
    return found.line(now)
