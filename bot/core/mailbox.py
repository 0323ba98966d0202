"""What the team mailbox says about each creator: replies, the team's own mail, auto-replies,
bounces and challenge/response requests, turned into touchpoints and their effects on the silence
clock.

The protocol (IMAP) lives in `bot.mail`; this module gets messages already read and classified.
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TypedDict
from zoneinfo import ZoneInfo

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from bot.core import deals
from bot.core.addresses import address_key
from bot.core.away import CATCH_UP_DAYS, deadline_at_risk, pause_end
from bot.core.enums import OutboxKind
from bot.core.escalation import refresh
from bot.core.locales import Locality, learn_language
from bot.core.posts import queue_post
from bot.core.stages import TERMINAL
from bot.core.workspaces import zone as workspace_zone
from bot.store.models import Creator, CreatorAddress, Deal, Touchpoint, Workspace


@dataclass(frozen=True)
class SeenMessage:
    """One message of the mailbox, as the sync read it."""

    folder_role: str
    received_at: datetime
    kind: str
    reason: str
    sender: str | None = None
    recipients: tuple[str, ...] = ()
    message_id: str | None = None
    in_reply_to: str | None = None
    references: str | None = None
    subject: str | None = None
    out_of_office: bool = False
    # The day an out-of-office says they are back (None: it gives none, or it is no OOO).
    return_day: date | None = None
    bounce_hard: bool | None = None
    bounced_addresses: tuple[str, ...] = ()
    # The known addresses a challenge sent by a service (not from the creator's own address)
    # names as the mailbox it guards ("… on behalf of jane@…"), found by the sync.
    on_behalf_of: tuple[str, ...] = ()
    # A creator's own words (the quoted conversation removed), from the start of their message:
    # they tell the language of a creator who has none yet.
    text: str | None = None


@dataclass
class Applied:
    replies: int = 0
    outbound: int = 0
    auto_replies: int = 0
    bounces: int = 0
    challenges: int = 0
    unmatched: int = 0
    duplicates: int = 0
    touched_deals: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class _Known:
    creator_id: int
    role: str


def _directory(session: Session, ws: Workspace) -> dict[str, list[_Known]]:
    """Every creator and manager address of the workspace, by key: one query per batch."""
    known: dict[str, list[_Known]] = defaultdict(list)
    for creator_id, key, role in session.exec(
        select(CreatorAddress.creator_id, CreatorAddress.address_key, CreatorAddress.role).where(
            CreatorAddress.workspace_id == ws.id
        )
    ):
        known[key].append(_Known(creator_id, role))
    return known


def _learn_language(session: Session, ws: Workspace, creator_id: int, text: str) -> None:
    creator = session.exec(
        select(Creator).where(Creator.id == creator_id, Creator.workspace_id == ws.id)
    ).one()
    if learn_language(creator, text):
        session.add(creator)


def countries_by_address(session: Session, ws: Workspace) -> dict[str, str]:
    """The country of each creator address whose creator has one: it decides how their
    numeric dates read."""
    return {
        key: country
        for key, country in session.exec(
            select(CreatorAddress.address_key, Creator.country)
            .join(Creator, col(Creator.id) == col(CreatorAddress.creator_id))
            .where(CreatorAddress.workspace_id == ws.id, col(Creator.country).is_not(None))
        )
        if country
    }


def known_addresses(session: Session, ws: Workspace) -> set[str]:
    """The keys of every creator's and manager's address: what makes a message worth reading."""
    return set(
        session.exec(select(CreatorAddress.address_key).where(CreatorAddress.workspace_id == ws.id))
    )


def apply_messages(
    session: Session,
    ws: Workspace,
    messages: list[SeenMessage],
    *,
    team_addresses: set[str],
    dialect: str,
    now: datetime,
) -> Applied:
    """Record what each message means, then let every affected deal's clock react once."""
    applied = Applied()
    directory = _directory(session, ws)
    team = {address_key(a) for a in team_addresses}
    creators_touched: set[int] = set()
    for message in messages:
        outbound = message.folder_role == "sent" or (
            message.sender is not None and address_key(message.sender) in team
        )
        if outbound:
            matches = [k for r in message.recipients for k in directory.get(address_key(r), ())]
        elif message.kind == "bounce":
            matches = [
                k for a in message.bounced_addresses for k in directory.get(address_key(a), ())
            ]
        elif message.sender is not None:
            matches = directory.get(address_key(message.sender), [])
        else:
            matches = []
        if not matches and not outbound and message.kind == "challenge":
            matches = _guarded(session, ws, directory, message)
        if not matches or (message.kind == "list" and not outbound):
            applied.unmatched += 1
            continue
        for creator_id in dict.fromkeys(k.creator_id for k in matches):
            role = next(k.role for k in matches if k.creator_id == creator_id)
            inserted = _touchpoint(session, ws, creator_id, message, outbound, role, dialect, now)
            if not inserted:
                applied.duplicates += 1
                continue
            creators_touched.add(creator_id)
            if outbound:
                applied.outbound += 1
            elif message.kind == "human":
                applied.replies += 1
                if message.text and role == "creator":
                    _learn_language(session, ws, creator_id, message.text)
            elif message.kind == "auto_reply":
                applied.auto_replies += 1
                if message.out_of_office:
                    _pause(session, ws, creator_id, message, now)
            elif message.kind == "bounce":
                applied.bounces += 1
                _bounce(session, ws, creator_id, message, now)
            elif message.kind == "challenge":
                applied.challenges += 1
                _challenge(session, ws, creator_id, message, role, now)
    for deal in _active_deals(session, ws, creators_touched):
        refresh(session, ws, deal, now)
        assert deal.id is not None  # read from the database
        applied.touched_deals.add(deal.id)
    return applied


def _guarded(
    session: Session, ws: Workspace, directory: dict[str, list[_Known]], m: SeenMessage
) -> list[_Known]:
    """Whose mailbox a challenge sent by a service guards: the creator it names, else the one
    our message it answers (In-Reply-To / References) was sent to."""
    named = [k for a in m.on_behalf_of for k in directory.get(address_key(a), ())]
    if named:
        return named
    ours = _MESSAGE_ID.findall(f"{m.in_reply_to or ''} {m.references or ''}")
    if not ours:
        return []
    creators = session.exec(
        select(Touchpoint.creator_id).where(
            Touchpoint.workspace_id == ws.id,
            Touchpoint.direction == "out",
            col(Touchpoint.message_id).in_(ours[-20:]),
        )
    ).all()
    return [_Known(creator_id, "creator") for creator_id in dict.fromkeys(creators)]


_MESSAGE_ID = re.compile(r"<[^<>\s]{1,990}>")


class _TouchpointValues(TypedDict):
    """A touchpoint's columns, for the ORM object and for the insert that skips duplicates."""

    workspace_id: int
    creator_id: int
    deal_id: int | None
    direction: str
    channel: str
    occurred_at: datetime
    source: str
    actor: str | None
    classification: str
    reason: str
    message_id: str | None
    in_reply_to: str | None
    references: str | None
    subject: str | None
    created_at: datetime


def _touchpoint(
    session: Session,
    ws: Workspace,
    creator_id: int,
    m: SeenMessage,
    outbound: bool,
    role: str,
    dialect: str,
    now: datetime,
) -> bool:
    """Insert once per creator and Message-ID, however often the message is seen (INBOX and All
    Mail, a rescan); our own reminders, already recorded when sent, are not doubled."""
    reason = m.reason + (" (their manager)" if role == "manager" and not outbound else "")
    assert ws.id is not None  # read from the database
    values = _TouchpointValues(
        workspace_id=ws.id,
        creator_id=creator_id,
        deal_id=None,
        direction="out" if outbound else "in",
        channel="email",
        occurred_at=m.received_at,
        source="imap",
        actor=m.sender,
        classification="human" if outbound else m.kind,
        reason=reason[:200],
        message_id=m.message_id,
        in_reply_to=m.in_reply_to,
        references=m.references,
        subject=(m.subject or "")[:998] or None,
        created_at=now,
    )
    if m.message_id is None:
        session.add(Touchpoint(**values))
        return True
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    inserted = session.execute(
        insert(Touchpoint)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["workspace_id", "creator_id", "message_id"])
        .returning(col(Touchpoint.id))
    ).first()
    return inserted is not None


def _active_deals(session: Session, ws: Workspace, creator_ids: set[int]) -> list[Deal]:
    if not creator_ids:
        return []
    return list(
        session.exec(
            select(Deal).where(
                Deal.workspace_id == ws.id,
                col(Deal.creator_id).in_(creator_ids),
                col(Deal.stage).not_in([s.value for s in TERMINAL]),
            )
        )
    )


def _notice(session: Session, ws: Workspace, deal: Deal, text: str, now: datetime) -> None:
    """A line in the deal's thread (plain text; the Slack side escapes it)."""
    queue_post(session, ws, deal, OutboxKind.notice, {"text": text}, now)


def _name(session: Session, ws: Workspace, creator_id: int) -> str:
    return session.exec(
        select(Creator.name).where(Creator.id == creator_id, Creator.workspace_id == ws.id)
    ).one()


def _pause(session: Session, ws: Workspace, creator_id: int, m: SeenMessage, now: datetime) -> None:
    """An out-of-office holds the chase until the start of the day they are back, in their
    time zone (else the workspace's); it is not a reply. A return too close to a deadline is
    said in the deal's thread."""
    creator = session.exec(
        select(Creator).where(Creator.id == creator_id, Creator.workspace_id == ws.id)
    ).one()
    place = Locality(creator.country, creator.language, creator.language_source, creator.timezone)
    zone = ZoneInfo(place.effective_zone) if place.effective_zone else workspace_zone(ws)
    until = pause_end(m.return_day, m.received_at, zone)
    if until <= now:
        return
    for deal in _active_deals(session, ws, {creator_id}):
        if deal.awaiting_since is None:
            continue
        if deal.paused_until is not None and deal.paused_until >= until:
            continue
        deals.pause(session, ws, deal, until, f"out of office: {m.reason}", now)
        day = until.astimezone(zone).date()
        said = f"{creator.name}'s out-of-office reply says they are away: no chasing until {day}."
        risk = deadline_at_risk(ws, deal, until, now.astimezone(zone).date())
        if risk is not None:
            kind, due = risk
            said += (
                f" The {kind} deadline, {due}, is at risk: they are back less than "
                f"{CATCH_UP_DAYS} working days before it."
            )
        _notice(session, ws, deal, said, now)


def _bounce(
    session: Session, ws: Workspace, creator_id: int, m: SeenMessage, now: datetime
) -> None:
    """A hard bounce marks the address; the ladder then suggests other channels."""
    if not m.bounce_hard:
        return
    keys = {address_key(a) for a in m.bounced_addresses}
    flagged = []
    for address in session.exec(
        select(CreatorAddress).where(
            CreatorAddress.workspace_id == ws.id,
            CreatorAddress.creator_id == creator_id,
            col(CreatorAddress.address_key).in_(keys),
        )
    ):
        if address.bounced_at is None:
            address.bounced_at, address.bounce_reason = m.received_at, m.reason
            session.add(address)
            flagged.append(address.address)
    if not flagged:
        return
    name = _name(session, ws, creator_id)
    for deal in _active_deals(session, ws, {creator_id}):
        _notice(
            session,
            ws,
            deal,
            f"Email to {name} at {', '.join(flagged)} bounced "
            f"({m.reason}). Reach them on another channel.",
            now,
        )


_LINK = re.compile(r"(?i)\S*(?:://|www\.)\S*|\S*\w\.[a-z]{2,}/\S*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _quoted_subject(subject: str | None) -> str:
    """A subject safe to quote in Slack: one line, short, and no link Slack would make clickable."""
    text = " ".join(_LINK.sub("[link]", _CONTROL.sub(" ", subject or "")).split())
    if len(text) > 120:
        text = text[:119] + "…"
    return f"“{text}”" if text else "(no subject)"


# One notice about a creator's challenge filter a week is enough: it answers each reminder.
CHALLENGE_QUIET = timedelta(days=7)


def _challenge(
    session: Session, ws: Workspace, creator_id: int, m: SeenMessage, role: str, now: datetime
) -> None:
    """A challenge/response request ("confirm you are human") is neither a reply nor a bounce: the
    address works, the mail waits. The team is told where to confirm; the link stays in the
    mailbox, never in Slack."""
    earlier = session.exec(
        select(Touchpoint.id).where(
            Touchpoint.workspace_id == ws.id,
            Touchpoint.creator_id == creator_id,
            Touchpoint.classification == "challenge",
            col(Touchpoint.occurred_at) >= m.received_at - CHALLENGE_QUIET,
            col(Touchpoint.occurred_at) < m.received_at,
        )
    ).first()
    if earlier is not None:
        return  # the team was told this week; a filter answers every reminder the same way
    name = _name(session, ws, creator_id)
    owner = f"{name}'s manager's" if role == "manager" else f"{name}'s"
    text = (
        f"{owner} mailbox asks senders to confirm they are human before it delivers their mail. "
        f"Confirm at the link in its message in the team mailbox ({_quoted_subject(m.subject)}), "
        f"or reach {name} on another channel."
    )
    for deal in _active_deals(session, ws, {creator_id}):
        _notice(session, ws, deal, text, now)
