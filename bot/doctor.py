"""`ghostwatch doctor`: check each configured part and say, in one line each, what is wrong."""

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import Settings, channel_ref
from bot.failures import CONFIG, OUTAGE
from bot.mail.imap_settings import imap_settings
from bot.store.sqlite_file import sqlite_file_missing

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.core.attention import Attention
    from bot.slack.checks import Identity

# Each check imports the client it needs when it runs: a part that is not configured costs
# nothing, so `ghostwatch doctor` on a fresh install answers at once.


@dataclass(frozen=True)
class Check:
    part: str
    ok: bool
    detail: str
    # A server that is away rather than a setting that is wrong: trying later may be enough.
    outage: bool = False

    def line(self) -> str:
        return f"{'✓' if self.ok else '✗'} {self.part}: {self.detail}"


def _database(settings: Settings) -> Check:
    """Reads the schema's revision only: a check creates no database file and migrates nothing."""
    missing = sqlite_file_missing(settings.database_url)
    if missing is not None:
        return Check(
            "database", False, f"no database at {missing.resolve()} yet: run `ghostwatch migrate`"
        )
    from bot.store import failures
    from bot.store.engine import Store
    from bot.store.migrate import revisions

    url = failures.shown_url(settings.database_url)
    try:
        store = Store.from_url(settings.database_url)
        try:
            current, head = revisions(store.engine)
        finally:
            store.engine.dispose()
    except Exception as exc:
        found = failures.describe(exc, settings.database_url)
        if found is None:
            return Check("database", False, f"{url}: {type(exc).__name__}")
        return Check("database", False, found.reason, outage=not found.config)
    if current != head:
        return Check("database", False, f"{url}: schema at {current}, run `ghostwatch migrate`")
    return Check("database", True, f"{url} (schema up to date, {head})")


def _slack(settings: Settings) -> Iterator[Check]:
    """The token, every scope the features use, and the team channel, posting nothing."""
    if not settings.slack_bot_token:
        yield Check("slack", False, "SLACK_BOT_TOKEN is not set")
        return
    from bot.slack.app import web_client
    from bot.slack.checks import SlackProblem, identify

    client = web_client(settings.slack_bot_token.get_secret_value(), settings.slack_api_url)
    try:
        identity = identify(client)
    except SlackProblem as exc:
        yield Check("slack", False, exc.reason, outage=not exc.config)
        return
    yield Check("slack", True, f"bot {identity.user} in {identity.team}")
    yield _scopes(identity)
    yield _channel(settings, client)


def _scopes(identity: "Identity") -> Check:
    from bot.slack.checks import SCOPES

    if identity.scopes is None:
        return Check("scopes", False, "Slack did not say which scopes the token has")
    if identity.missing_scopes:
        needs = "; ".join(f"{s} ({SCOPES[s]})" for s in identity.missing_scopes)
        return Check("scopes", False, f"the app lacks {needs}: reinstall it from app.yaml")
    return Check("scopes", True, f"all {len(SCOPES)} the features use")


def _channel(settings: Settings, client: "WebClient") -> Check:
    if not settings.ghostwatch_channel:
        return Check(
            "channel",
            True,
            "GHOSTWATCH_CHANNEL not set: each workspace picks one in /deal settings",
        )
    from bot.slack.checks import SlackProblem, channel_problem, problem, resolve_channel

    try:
        channel_id = resolve_channel(client, channel_ref(settings.ghostwatch_channel))
        trouble = channel_problem(client, channel_id)
    except SlackProblem as exc:
        return Check("channel", False, exc.reason, outage=not exc.config)
    except Exception as exc:
        found = problem(exc)
        if found is None:
            raise
        return Check("channel", False, found.reason, outage=not found.config)
    if trouble is not None:
        return Check("channel", False, trouble)
    return Check("channel", True, f"{channel_id}: the bot is a member and can post there")


def _smtp(settings: Settings) -> Check:
    if not settings.smtp_host:
        folder = Path(settings.outbox_dir).resolve()
        # The folder is made by the first reminder sent; its nearest existing parent must let it.
        existing = next(p for p in (folder, *folder.parents) if p.exists())
        writable = existing.is_dir() and os.access(existing, os.W_OK)
        later = "" if existing == folder else " (created on the first send)"
        return Check(
            "mail",
            writable,
            f"no SMTP server set: sent reminders go to {folder}"
            + (later if writable else " (not writable)"),
        )
    import smtplib
    import ssl

    from bot.mail.send import DEFAULT_PORTS

    port = settings.smtp_port or DEFAULT_PORTS[settings.smtp_security]
    where = f"{settings.smtp_host}:{port} ({settings.smtp_security})"
    try:
        context = ssl.create_default_context()
        if settings.smtp_security == "ssl":
            server: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.smtp_host, port, timeout=15, context=context
            )
        else:
            server = smtplib.SMTP(settings.smtp_host, port, timeout=15)
            if settings.smtp_security == "starttls":
                server.starttls(context=context)
        with server:
            if settings.smtp_username:
                password = (
                    settings.smtp_password.get_secret_value() if settings.smtp_password else ""
                )
                server.login(settings.smtp_username, password)
            server.ehlo_or_helo_if_needed()
            utf8 = server.has_extn("smtputf8")
    except smtplib.SMTPAuthenticationError as exc:
        return Check("smtp", False, f"{where}: login refused ({exc.smtp_code})")
    except (smtplib.SMTPException, OSError) as exc:
        return Check("smtp", False, f"{where}: {type(exc).__name__}")
    login = "login accepted" if settings.smtp_username else "no login"
    addresses = (
        "SMTPUTF8 offered: jöe@… addresses can be mailed"
        if utf8
        else "no SMTPUTF8: addresses with letters outside A–Z before the @ are refused"
    )
    return Check("smtp", True, f"{where}, {login}; {addresses}")


def _imap(settings: Settings) -> Check:
    mailbox = imap_settings(settings)
    if mailbox is None:
        return Check("imap", True, "not configured: replies are logged by hand (/deal heard)")
    from bot.mail.imap_sync import SyncError, connect, folders

    try:
        with connect(mailbox) as client:
            names = [f"{name} ({role})" for name, role in folders(client)]
    except SyncError as exc:
        return Check("imap", False, exc.reason)
    sent = "" if any("(sent)" in n for n in names) else "; no Sent folder found"
    return Check("imap", not sent, f"{mailbox.host}: reads {', '.join(names)}{sent}")


def attention_check(settings: Settings, now: datetime | None = None) -> Check:
    """Failed and stuck rows per workspace, so a post that failed for good is seen."""
    if sqlite_file_missing(settings.database_url) is not None:
        return Check("attention", True, "no database yet")
    from bot.core.attention import every_workspace
    from bot.store.engine import Store

    store = Store.from_url(settings.database_url)
    try:
        with store.reading() as session:
            found = every_workspace(session, now or datetime.now(UTC))
    except Exception as exc:  # the database check above says why
        return Check("attention", True, f"not checked ({type(exc).__name__})")
    finally:
        store.engine.dispose()
    if not found:
        return Check("attention", True, "no failed or stuck posts, sends or mail")
    # Not a setting to change: rows to look at, so it exits 1 like an outage.
    return Check("attention", False, "\n".join(attention_lines(found)), outage=True)


def attention_lines(found: "list[Attention]") -> Iterator[str]:
    yield f"{len(found)} workspace(s) need a look"
    for each in found:
        for group in each.groups:
            yield f"  {each.team_id}: {group.count} {group.title.lower()}. {group.fix}"
            for item in group.newest:
                when = item.at.strftime("%Y-%m-%d %H:%M")
                yield f"    {when} UTC  {item.what}: {_one_line(item.detail)}"


def _one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


CHECKS: tuple[Callable[[Settings], Check | Iterator[Check]], ...] = (
    _database,
    _slack,
    _smtp,
    _imap,
    attention_check,
)


def run_checks(settings: Settings) -> Iterator[Check]:
    for check in CHECKS:
        found = check(settings)
        yield from [found] if isinstance(found, Check) else found


def exit_code(checks: list[Check]) -> int:
    """0 when all is well, 1 when only servers are away or rows need a look, 2 when a setting
    must change."""
    failed = [c for c in checks if not c.ok]
    if not failed:
        return 0
    return OUTAGE if all(c.outage for c in failed) else CONFIG
