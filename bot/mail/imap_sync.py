"""Reading the team mailbox over IMAP: headers only, never marking mail read, resuming where the
last sync stopped (per folder UIDVALIDITY and last UID).

The rules that read the mail (`bot.mail.classify`) build their tables from CLDR when imported,
half a second, so they are imported at the first sync: a process that reads no mailbox (a tick
without IMAP, `migrate`, `serve`) starts without them.
"""

import logging
import re
import ssl
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesHeaderParser, BytesParser
from email.utils import getaddresses, parseaddr
from functools import cache
from typing import TYPE_CHECKING, Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import select

from bot.core.addresses import address_key
from bot.core.locales import day_first
from bot.core.mailbox import (
    Applied,
    SeenMessage,
    apply_messages,
    countries_by_address,
    known_addresses,
)
from bot.core.message_ids import valid_message_ids
from bot.core.ports import MailboxUnavailable
from bot.core.workspaces import find_workspace
from bot.mail.imap_settings import ImapSettings
from bot.store.engine import Store
from bot.store.models import MailFolder, MailProblem, Workspace

if TYPE_CHECKING:
    from bot.mail.classify import Classification

log = logging.getLogger(__name__)

BATCH = 500
_HEADER_PARSER = BytesHeaderParser(policy=policy.default)
_RAW_PARSER = BytesHeaderParser(policy=policy.compat32)
_PARSER = BytesParser(policy=policy.default)


class SyncError(MailboxUnavailable):
    """The mailbox could not be read; `reason` is safe to show (never a password or token)."""


@contextmanager
def connect(s: ImapSettings) -> Iterator[IMAPClient]:
    """A logged-in client; XOAUTH2 when a token is given (Gmail, Microsoft 365)."""
    try:
        client = IMAPClient(
            s.host,
            port=s.port,
            ssl=s.security == "ssl",
            ssl_context=s.ssl_context,
            timeout=s.timeout,
        )
    except (OSError, IMAPClientError) as exc:
        raise SyncError(f"cannot reach {s.host}:{s.port} ({type(exc).__name__})") from None
    try:
        client.normalise_times = False
        if s.security == "starttls":
            client.starttls(s.ssl_context)
        if s.oauth2_token:
            client.oauth2_login(s.username, s.oauth2_token)
        else:
            client.login(s.username, s.password or "")
    except LoginError:
        client.shutdown()
        raise SyncError(f"the server refused the login of {s.username}") from None
    except (OSError, IMAPClientError, ssl.SSLError) as exc:
        client.shutdown()
        raise SyncError(f"{s.host}: {type(exc).__name__} while logging in") from None
    try:
        yield client
    finally:
        try:
            client.logout()
        except (OSError, IMAPClientError):
            client.shutdown()


def folders(client: IMAPClient) -> list[tuple[str, str]]:
    """The Sent folder found by its special-use flag, INBOX, and Gmail's All Mail when present.
    Sent first, so that a challenge in INBOX answering our message finds it on a first sync."""
    found = []
    for flag, role in ((b"\\Sent", "sent"), (None, "inbox"), (b"\\All", "all")):
        name = client.find_special_folder(flag) if flag else "INBOX"
        if name and (name != "INBOX" or role == "inbox"):
            found.append((name, role))
    return found


@dataclass
class SyncReport:
    fetched: dict[str, int] = field(default_factory=dict)
    applied: Applied = field(default_factory=Applied)
    problems: int = 0
    seconds: float = 0.0


def mailbox_team(store: Store, configured: str | None) -> str:
    """The workspace the mailbox belongs to: IMAP_TEAM_ID, or the only workspace there is."""
    if configured:
        return configured
    with store.session() as session:
        teams = list(session.exec(select(Workspace.team_id).limit(2)))
    if len(teams) == 1:
        return teams[0]
    if not teams:
        raise SyncError("no workspace yet: use /deal in Slack once before syncing the mailbox")
    raise SyncError("several workspaces share this database: set IMAP_TEAM_ID to the mailbox's")


def sync_mailbox(
    store: Store,
    s: ImapSettings,
    team_id: str,
    now: datetime,
    *,
    team_addresses: Sequence[str] = (),
) -> SyncReport:
    """Fetch what is new in each folder and record it; resumable after any failure."""
    started = time.perf_counter()
    report = SyncReport()
    with store.session() as session:
        ws = find_workspace(session, team_id)
        if ws is None:
            raise SyncError(f"no workspace {team_id} yet: use /deal in Slack first")
    addresses = {s.username, *team_addresses}
    try:
        with connect(s) as client:
            for name, role in folders(client):
                report.fetched[name] = _sync_folder(
                    client, store, ws, s.username, name, role, addresses, now, report
                )
    except (TimeoutError, OSError, IMAPClientError) as exc:
        raise SyncError(f"{s.host}: {type(exc).__name__} during the sync") from None
    report.seconds = time.perf_counter() - started
    return report


def _state(store: Store, ws: Workspace, account: str, name: str, role: str) -> MailFolder:
    with store.session() as session:
        state = session.exec(
            select(MailFolder).where(
                MailFolder.workspace_id == ws.id,
                MailFolder.account == account,
                MailFolder.name == name,
            )
        ).one_or_none()
        if state is None:
            assert ws.id is not None  # read from the database
            state = MailFolder(workspace_id=ws.id, account=account, name=name, role=role)
            session.add(state)
            session.flush()
        return state


def _sync_folder(
    client: IMAPClient,
    store: Store,
    ws: Workspace,
    account: str,
    name: str,
    role: str,
    team: set[str],
    now: datetime,
    report: SyncReport,
) -> int:
    selected = client.select_folder(name, readonly=True)
    uidvalidity = int(selected[b"UIDVALIDITY"])
    state = _state(store, ws, account, name, role)
    if state.uidvalidity != uidvalidity:
        if state.uidvalidity:
            log.info("folder %s changed UIDVALIDITY: reading it again", name)
        state.uidvalidity, state.last_uid = uidvalidity, 0
    uids = [u for u in client.search(["UID", f"{state.last_uid + 1}:*"]) if u > state.last_uid]
    with store.session() as session:
        known = known_addresses(session, ws)
        countries = countries_by_address(session, ws)
    team = {address_key(a) for a in team}
    for start in range(0, len(uids), BATCH):
        batch = sorted(uids[start : start + BATCH])
        seen, problems = _read(client, batch, role, now, known, team, countries)
        with store.session() as session:
            current = session.get(Workspace, ws.id)
            assert current is not None
            applied = apply_messages(
                session, current, seen, team_addresses=team, dialect=store.dialect, now=now
            )
            for uid, message_id, reason in problems:
                _record_problem(session, store.dialect, ws, name, uid, message_id, reason, now)
            folder = session.get(MailFolder, state.id)
            assert folder is not None
            folder.uidvalidity, folder.last_uid, folder.synced_at = uidvalidity, batch[-1], now
            session.add(folder)
        _merge(report.applied, applied)
        report.problems += len(problems)
    if not uids:
        with store.session() as session:
            folder = session.get(MailFolder, state.id)
            assert folder is not None
            folder.uidvalidity, folder.synced_at = uidvalidity, now
            session.add(folder)
    return len(uids)


def _merge(total: Applied, more: Applied) -> None:
    for name in (
        "replies",
        "outbound",
        "auto_replies",
        "bounces",
        "challenges",
        "unmatched",
        "duplicates",
    ):
        setattr(total, name, getattr(total, name) + getattr(more, name))
    total.touched_deals |= more.touched_deals


def _header_bytes(item: dict[bytes, Any]) -> bytes:
    for key, value in item.items():
        if key.startswith(b"BODY[HEADER"):
            return bytes(value or b"")
    return b""


@cache
def _fetch_headers() -> str:
    from bot.mail.classify import HEADER_FIELDS

    return f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})]"


def _relevant(raw: Message, role: str, known: set[str], team: set[str]) -> bool:
    """Whether a message can concern a creator: from or to a known address, a bounce, or a
    challenge a service sends for a creator's mailbox.

    Decided on raw headers, which is cheap; most of a team mailbox is about something else and
    is never parsed further.
    """
    from bot.mail.classify import is_mail_system, may_be_challenge

    sender = address_key(parseaddr(_raw(raw, "From"))[1])
    if sender in known:
        return True
    if role == "sent" or sender in team:
        pairs = getaddresses([_raw(raw, h) for h in ("To", "Cc")])
        return any(address_key(a) in known for _, a in pairs if a)
    return (
        is_mail_system(sender.partition("@")[0])
        or _raw(raw, "Return-Path").strip() == "<>"
        or "report" in _raw(raw, "Content-Type").lower()
        or raw.get("X-Failed-Recipients") is not None
        or may_be_challenge(raw)
    )


def _raw(raw: Message, name: str) -> str:
    """A raw header as text: raw 8-bit bytes (some clients send From that way) arrive as a
    `Header` object, not a string."""
    value = raw.get(name)
    return "" if value is None else str(value)


def _read(
    client: IMAPClient,
    uids: list[int],
    role: str,
    now: datetime,
    known: set[str],
    team: set[str],
    countries: Mapping[str, str] | None = None,
) -> tuple[list[SeenMessage], list[tuple[int, str | None, str]]]:
    """Headers of a batch; whole bodies only for bounces and auto-replies (their reports and
    return dates), and the first kilobytes of what creators send that the headers call human
    (an away text or a challenge may start there, and their words tell their language), and of
    challenges a service sends (they name the mailbox they guard). Strangers' other mail costs
    headers only."""
    from bot.mail.classify import classify, own_words

    data = client.fetch(uids, ["INTERNALDATE", _fetch_headers()])
    seen: list[SeenMessage] = []
    problems: list[tuple[int, str | None, str]] = []
    wanted: dict[str, dict[int, tuple[EmailMessage, datetime]]] = {_WHOLE: {}, _START: {}}
    for uid in uids:
        item = data.get(uid)
        if item is None:
            continue
        try:
            raw_bytes = _header_bytes(item)
            if not _relevant(_RAW_PARSER.parsebytes(raw_bytes), role, known, team):
                continue
            headers = _HEADER_PARSER.parsebytes(raw_bytes)
            received = _aware(item.get(b"INTERNALDATE")) or now
            found = classify(headers)
            from_creator = role != "sent" and _sender_key(headers) in known
            if found.kind in ("bounce", "auto_reply"):
                wanted[_WHOLE][uid] = (headers, received)
            elif found.kind == "human" and from_creator:
                wanted[_START][uid] = (headers, received)
            elif found.kind == "challenge" and not from_creator:
                # sent by a service: its first lines say whose mailbox it guards
                wanted[_START][uid] = (headers, received)
            else:
                seen.append(_seen(headers, received, role, found))
        except Exception as exc:  # a malformed message must never stop the sync
            problems.append((uid, None, f"{type(exc).__name__}: {exc}"[:500]))
    for part, messages in wanted.items():
        if not messages:
            continue
        bodies = client.fetch(list(messages), [part])
        for uid, (headers, received) in messages.items():
            try:
                message = _PARSER.parsebytes(_body_bytes(bodies.get(uid, {})))
                found = classify(message, from_creator=_sender_key(message) in known)
                words = own_words(message) if found.kind == "human" else None
                order = day_first((countries or {}).get(_sender_key(message)))
                guarded = _guarded(message, known) if found.kind == "challenge" else ()
                seen.append(
                    _seen(message, received, role, found, body=_text(message), words=words,
                          day_first=order, on_behalf_of=guarded)
                )  # fmt: skip
            except Exception as exc:
                reason = f"{type(exc).__name__}: {exc}"[:500]
                problems.append((uid, _one(headers, "Message-ID"), reason))
    return seen, problems


_WHOLE = "BODY.PEEK[]"
# Enough for the headers and the opening lines of any client's text part.
_START = "BODY.PEEK[]<0.16384>"


_ADDRESS = re.compile(r"[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")


def _guarded(message: EmailMessage, known: set[str]) -> tuple[str, ...]:
    """The creators' addresses a challenge names in its headers or first lines, in order."""
    names = (_one(message, h) or "" for h in ("From", "Reply-To", "To", "Cc", "Subject"))
    found = _ADDRESS.findall(" ".join((*names, _text(message)[:4000])))
    return tuple(dict.fromkeys(a for a in map(address_key, found) if a in known))


def _body_bytes(item: dict[bytes, Any]) -> bytes:
    for key, value in item.items():
        if key.startswith(b"BODY[]"):
            return bytes(value or b"")
    return b""


def _aware(value: Any) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _one(message: Any, name: str) -> str | None:
    """A header as text, or None when missing or unreadable."""
    try:
        value = message.get(name)
    except Exception:
        return None
    return " ".join(str(value).split()) if value is not None else None


def _raw_one(message: Any, name: str) -> str | None:
    """A header as the sender wrote it (unfolded): the parser reads `<a b@host>` as `<a`, and
    two such ids would then look like one message."""
    try:
        raw = next((v for k, v in message.raw_items() if k.lower() == name.lower()), None)
    except Exception:
        return None
    return " ".join(str(raw).split()) or None if raw is not None else None


def _text(message: EmailMessage) -> str:
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        return str(part.get_content()) if part is not None else ""
    except Exception:
        return ""


def _sender_key(message: Any) -> str:
    return address_key(parseaddr(_one(message, "From") or "")[1])


def _seen(
    message: Any,
    received: datetime,
    role: str,
    found: "Classification",
    body: str = "",
    words: str | None = None,
    day_first: bool | None = None,
    on_behalf_of: tuple[str, ...] = (),
) -> SeenMessage:
    from bot.mail.classify import return_date

    sender = parseaddr(_one(message, "From") or "")[1] or None
    recipients = tuple(
        address
        for _, address in getaddresses([_one(message, h) or "" for h in ("To", "Cc")])
        if address
    )
    return SeenMessage(
        folder_role=role,
        received_at=received,
        kind=found.kind,
        reason=found.reason,
        sender=sender,
        recipients=recipients,
        message_id=_raw_one(message, "Message-ID"),
        # Only valid ids make a thread; the Message-ID itself stays as written, to know the
        # message again.
        in_reply_to=next(iter(valid_message_ids([_one(message, "In-Reply-To")])), None),
        references=" ".join(valid_message_ids([_one(message, "References")])) or None,
        subject=_one(message, "Subject"),
        out_of_office=found.out_of_office,
        return_day=(
            return_date(body, received=received, day_first=day_first)
            if found.out_of_office
            else None
        ),
        bounce_hard=found.bounce_hard,
        bounced_addresses=found.bounced_addresses,
        text=words or None,
        on_behalf_of=on_behalf_of,
    )


def _record_problem(
    session: Any,
    dialect: str,
    ws: Workspace,
    folder: str,
    uid: int,
    message_id: str | None,
    reason: str,
    now: datetime,
) -> None:
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(
        insert(MailProblem)
        .values(
            workspace_id=ws.id, folder=folder, uid=uid, message_id=message_id, reason=reason, at=now
        )
        .on_conflict_do_nothing(index_elements=["workspace_id", "folder", "uid"])
    )
    log.warning("skipped message %s in %s: %s", uid, folder, reason)


def in_sent_folder(s: ImapSettings, message_id: str) -> bool:
    """Whether the Sent folder holds a message with this Message-ID (a send cut short)."""
    with connect(s) as client:
        sent = client.find_special_folder(b"\\Sent")
        if not sent:
            return False
        client.select_folder(sent, readonly=True)
        return bool(client.search(["HEADER", "Message-ID", message_id]))
