"""`ghostwatch doctor`: check each configured part and say, in one line each, what is wrong."""

import os
import smtplib
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.engine import make_url

from bot.config import Settings
from bot.core.attention import Attention, every_workspace
from bot.mail.imap_sync import SyncError, connect, folders, imap_settings
from bot.mail.send import DEFAULT_PORTS
from bot.slack.app import web_client
from bot.store.engine import Store
from bot.store.migrate import alembic_config

NEEDED_SCOPES = {"commands", "chat:write", "users:read"}


@dataclass(frozen=True)
class Check:
    part: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'✓' if self.ok else '✗'} {self.part}: {self.detail}"


def _database(settings: Settings) -> Check:
    url = make_url(settings.database_url).render_as_string(hide_password=True)
    try:
        store = Store.from_url(settings.database_url)
        with store.engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
        head = ScriptDirectory.from_config(alembic_config(store.engine)).get_current_head()
        store.engine.dispose()
    except Exception as exc:
        return Check("database", False, f"{url}: {type(exc).__name__}")
    if current != head:
        return Check("database", False, f"{url}: schema at {current}, run `ghostwatch migrate`")
    return Check("database", True, f"{url} (schema up to date, {head})")


def _slack(settings: Settings) -> Check:
    if not settings.slack_bot_token:
        return Check("slack", False, "SLACK_BOT_TOKEN is not set")
    client = web_client(settings.slack_bot_token.get_secret_value(), settings.slack_api_url)
    try:
        response = client.auth_test()
    except SlackApiError as exc:
        return Check("slack", False, f"the token was refused ({exc.response.get('error')})")
    except (SlackClientError, OSError) as exc:
        return Check("slack", False, f"Slack cannot be reached ({type(exc).__name__})")
    headers = {k.lower(): v for k, v in (response.headers or {}).items()}
    granted = headers.get("x-oauth-scopes", "")
    granted = granted[0] if isinstance(granted, list) else granted
    missing = NEEDED_SCOPES - {s.strip() for s in granted.split(",") if s.strip()}
    if granted and missing:
        return Check(
            "slack",
            False,
            f"the app lacks scopes {', '.join(sorted(missing))}: reinstall it from app.yaml",
        )
    return Check("slack", True, f"bot {response.get('user')} in {response.get('team')}")


def _smtp(settings: Settings) -> Check:
    if not settings.smtp_host:
        folder = Path(settings.outbox_dir).resolve()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            writable = os.access(folder, os.W_OK)
        except OSError:
            writable = False
        return Check(
            "mail",
            writable,
            f"no SMTP server set: sent reminders go to {folder}"
            + ("" if writable else " (not writable)"),
        )
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
    except smtplib.SMTPAuthenticationError as exc:
        return Check("smtp", False, f"{where}: login refused ({exc.smtp_code})")
    except (smtplib.SMTPException, OSError) as exc:
        return Check("smtp", False, f"{where}: {type(exc).__name__}")
    return Check("smtp", True, f"{where}, login accepted")


def _imap(settings: Settings) -> Check:
    mailbox = imap_settings(settings)
    if mailbox is None:
        return Check("imap", True, "not configured: replies are logged by hand (/deal heard)")
    try:
        with connect(mailbox) as client:
            names = [f"{name} ({role})" for name, role in folders(client)]
    except SyncError as exc:
        return Check("imap", False, exc.reason)
    sent = "" if any("(sent)" in n for n in names) else "; no Sent folder found"
    return Check("imap", not sent, f"{mailbox.host}: reads {', '.join(names)}{sent}")


def attention_check(settings: Settings, now: datetime | None = None) -> Check:
    """Failed and stuck rows per workspace, so a post that failed for good is seen."""
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and not Path(url.database or "").exists():
        return Check("attention", True, "no database yet")
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
    return Check("attention", False, "\n".join(attention_lines(found)))


def attention_lines(found: list[Attention]) -> Iterator[str]:
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


CHECKS: tuple[Callable[[Settings], Check], ...] = (
    _database,
    _slack,
    _smtp,
    _imap,
    attention_check,
)


def run_checks(settings: Settings) -> Iterator[Check]:
    for check in CHECKS:
        yield check(settings)
