"""Drain the outbox into Slack at Slack's pace.

A row is claimed with a lease before it is posted, so replicas never post it twice; a 429
defers the row (and its channel) by Retry-After, a transient failure backs off, and a
permanent one is recorded on the row instead of retried forever.
"""

import logging
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy import or_, update
from sqlmodel import Session, col, select

from bot.core.digest import build_digest
from bot.core.drafts import Writer, create_draft, draft_view
from bot.core.ladder import short_suggestion, situation, suggestion
from bot.core.views import DealView, deal_view
from bot.slack.blocks.digest import digest_pages
from bot.slack.blocks.draft import approval_card
from bot.slack.blocks.escalation import (
    escalation_message,
    folded_message,
    notice_message,
    reset_message,
)
from bot.store.engine import Store
from bot.store.models import (
    Deal,
    DigestRun,
    Draft,
    Escalation,
    Outbox,
    OutboxState,
    Workspace,
)

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=60)
# New escalations in one channel from one pass fold into a single message from this many on.
FOLD_AT = 3
FOLD_MAX = 20
MAX_BACKOFF = timedelta(minutes=30)
# A row that cannot even be rendered this many times is given up, with the reason kept on it.
MAX_ATTEMPTS = 8
# Errors that another try cannot fix: recorded on the row and shown to whoever looks.
PERMANENT = frozenset(
    "channel_not_found not_in_channel is_archived invalid_auth account_inactive token_revoked "
    "missing_scope invalid_blocks msg_too_long no_text restricted_action not_authed".split()
)


class Poster(Protocol):
    """The one Web API method the drain needs: a WebClient, or the demo's printer."""

    def chat_postMessage(self, *, channel: str, **kwargs: Any) -> Any: ...


@dataclass
class DrainReport:
    posted: int = 0
    deferred: int = 0
    failed: int = 0
    waiting: int = 0

    @property
    def busy(self) -> bool:
        """Rows were held back only to keep to Slack's pace; draining again soon posts them."""
        return self.waiting > 0


def drain(
    store: Store,
    client: Poster,
    now: datetime,
    *,
    per_channel: int = 1,
    limit: int = 50,
    writer: Writer | None = None,
) -> DrainReport:
    """Post what is due, at most `per_channel` messages per channel per call (about 1/s).

    With a `writer`, each escalation's reminder is drafted and its approval card posted.
    """
    report = DrainReport()
    token = uuid.uuid4().hex[:16]
    with store.session() as session:
        rows = _claim(session, now, limit, token)
        units = _units(session, rows)
    sent_per_channel: Counter[str] = Counter()
    throttled: set[str] = set()
    waiting_deals: set[int] = set()
    for unit in units:
        channel = unit[0].channel_id or ""
        deal_ids = {r.deal_id for r in unit if r.deal_id is not None}
        held_back = (
            channel in throttled
            or sent_per_channel[channel] >= per_channel
            or bool(deal_ids & waiting_deals)
        )
        waiting_deals |= deal_ids
        if held_back:
            for row in unit:
                _release(store, row, token)
            report.waiting += len(unit)
            continue
        if len(unit) == 1:
            outcome = _post(store, client, unit[0], token, now, writer)
        else:
            outcome = _post_fold(store, client, unit, token, now)
        if outcome == "posted":
            sent_per_channel[channel] += 1
            report.posted += len(unit)
        elif outcome == "throttled":
            throttled.add(channel)
            report.deferred += len(unit)
        elif outcome == "deferred":
            report.deferred += len(unit)
        elif outcome == "failed":
            report.failed += len(unit)
    return report


def _units(session: Session, rows: list[Outbox]) -> list[list[Outbox]]:
    """Rows in order, except that a channel's new escalations, when FOLD_AT or more arrive at
    once, go out together as one message instead of a flood of thread roots."""
    deal_ids = [r.deal_id for r in rows if r.kind == "escalation" and r.deal_id is not None]
    threaded = set(
        session.exec(
            select(Deal.id).where(col(Deal.id).in_(deal_ids), col(Deal.thread_ts).is_not(None))
        )
    )
    fresh: dict[tuple[int, str], list[Outbox]] = defaultdict(list)
    for row in rows:
        if row.kind == "escalation" and row.deal_id not in threaded:
            fresh[(row.workspace_id, row.channel_id or "")].append(row)
    folds = {ch: group[:FOLD_MAX] for ch, group in fresh.items() if len(group) >= FOLD_AT}
    folded = {row.id for group in folds.values() for row in group}
    units: list[list[Outbox]] = []
    for row in rows:
        group = folds.get((row.workspace_id, row.channel_id or ""))
        if group and row is group[0]:
            units.append(group)
        elif row.id not in folded:
            units.append([row])
    return units


def _claim(session: Session, now: datetime, limit: int, token: str) -> list[Outbox]:
    due = (
        select(Outbox.id)
        .where(
            Outbox.state == OutboxState.pending,
            col(Outbox.not_before) <= now,
            or_(col(Outbox.lease_until).is_(None), col(Outbox.lease_until) <= now),
        )
        .order_by(col(Outbox.id))
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = session.exec(  # type: ignore[call-overload]
        update(Outbox)
        .where(col(Outbox.id).in_(due.scalar_subquery()))
        .values(lease_until=now + LEASE, lease_token=token)
        .returning(col(Outbox.id))
        .execution_options(synchronize_session=False)
    ).all()
    if not ids:
        return []
    return list(
        session.exec(
            select(Outbox).where(col(Outbox.id).in_([i[0] for i in ids])).order_by(col(Outbox.id))
        )
    )


def _settle(store: Store, row: Outbox, token: str, **values: Any) -> None:
    """Write the outcome only while this drain still holds the row's lease."""
    with store.session() as session:
        session.exec(  # type: ignore[call-overload]
            update(Outbox)
            .where(col(Outbox.id) == row.id, col(Outbox.lease_token) == token)
            .values(lease_until=None, lease_token=None, **values)
        )


def _sent(store: Store, row: Outbox, token: str, ts: str, now: datetime) -> None:
    _settle(
        store,
        row,
        token,
        state=OutboxState.sent,
        sent_at=now,
        message_ts=ts,
        attempts=row.attempts + 1,
    )


def _release(store: Store, row: Outbox, token: str) -> None:
    _settle(store, row, token)


@dataclass
class Prepared:
    """What one outbox row becomes in Slack."""

    message: dict[str, Any] | None
    thread_ts: str | None = None
    broadcast: bool = False
    root_of: Deal | None = None
    card_of: int | None = None
    followups: list[dict[str, Any]] = field(default_factory=list)


def _prepare(session: Session, row: Outbox, now: datetime, writer: Writer | None) -> Prepared:
    ws = session.exec(select(Workspace).where(Workspace.id == row.workspace_id)).one()
    if row.kind == "digest":
        pages = digest_pages(build_digest(session, ws, now), quiet=ws.settings.get("quiet", "line"))
        return Prepared(pages[0] if pages else None, followups=pages[1:])
    if row.kind == "digest_page":
        return Prepared(row.payload["message"], thread_ts=row.payload["thread_ts"])
    deal = session.exec(
        select(Deal).where(Deal.id == row.deal_id, Deal.workspace_id == ws.id)
    ).one()
    view = deal_view(session, ws, deal)
    thread_ts = deal.thread_ts if deal.channel_id == row.channel_id else None
    if row.kind == "reset":
        message = reset_message(view, int(row.payload["level_before"]))
        return Prepared(message if thread_ts else None, thread_ts=thread_ts)
    if row.kind == "notice":
        return Prepared(
            notice_message(row.payload["text"]),
            thread_ts=thread_ts,
            root_of=None if thread_ts else deal,
        )
    if row.kind in ("draft", "draft_card"):
        draft = _draft_for(session, ws, deal, row, now, writer)
        if draft is None or draft.message_ts is not None:
            return Prepared(None)
        card = approval_card(draft_view(session, ws, draft))
        return Prepared(
            card, thread_ts=thread_ts, root_of=None if thread_ts else deal, card_of=draft.id
        )
    escalation = session.exec(
        select(Escalation).where(
            Escalation.id == row.escalation_id, Escalation.workspace_id == ws.id
        )
    ).one()
    advice = suggestion(escalation.to_level, situation(view))
    message = escalation_message(view, escalation.to_level, escalation.reason or "", advice)
    return Prepared(
        message,
        thread_ts=thread_ts,
        broadcast=thread_ts is not None,
        root_of=None if thread_ts else deal,
    )


def _draft_for(
    session: Session,
    ws: Workspace,
    deal: Deal,
    row: Outbox,
    now: datetime,
    writer: Writer | None,
) -> Draft | None:
    """The draft a row shows: the one it names, or (for an escalation) one written now."""
    if row.kind == "draft_card":
        return session.exec(select(Draft).where(Draft.id == row.payload["draft_id"])).one()
    if writer is None:
        return None
    return create_draft(session, ws, deal, int(row.payload["level"]), writer, now)


def _post(
    store: Store, client: Poster, row: Outbox, token: str, now: datetime, writer: Writer | None
) -> str:
    if not row.channel_id:
        _settle(
            store,
            row,
            token,
            state=OutboxState.failed,
            error="No team channel is set: choose one with /deal settings.",
        )
        return "failed"
    if row.kind == "draft_update":
        return _update_card(store, client, row, token, now)
    try:
        # A digest only reads, and reading thousands of deals must not hold up writers.
        with store.reading() if row.kind == "digest" else store.session() as session:
            prepared = _prepare(session, row, now, writer)
    except Exception as exc:  # a broken team template or a race must not stall the outbox
        log.exception("outbox row %s could not be prepared", row.id)
        reason = f"could not prepare: {type(exc).__name__}"
        if row.attempts + 1 >= MAX_ATTEMPTS:
            _settle(
                store, row, token, state=OutboxState.failed, error=reason, attempts=row.attempts + 1
            )
            return "failed"
        _defer(store, row, token, now, _backoff(row.attempts), reason)
        return "deferred"
    if prepared.message is None:
        _settle(store, row, token, state=OutboxState.sent, sent_at=now)
        return "skipped"
    extra: dict[str, Any] = {}
    if prepared.thread_ts:
        extra = {"thread_ts": prepared.thread_ts, "reply_broadcast": prepared.broadcast}
    try:
        response = client.chat_postMessage(channel=row.channel_id, **prepared.message, **extra)
    except SlackApiError as exc:
        return _failed(store, row, token, now, exc)
    except (SlackClientError, OSError) as exc:
        log.warning("posting outbox row %s failed: %s", row.id, type(exc).__name__)
        _defer(store, row, token, now, _backoff(row.attempts), type(exc).__name__)
        return "deferred"
    _record_post(store, row, prepared, response["ts"], now)
    _sent(store, row, token, response["ts"], now)
    return "posted"


def _fold_items(store: Store, rows: list[Outbox]) -> list[tuple[DealView, int, str, str]]:
    items = []
    with store.session() as session:
        for row in rows:
            ws = session.exec(select(Workspace).where(Workspace.id == row.workspace_id)).one()
            deal = session.exec(
                select(Deal).where(Deal.id == row.deal_id, Deal.workspace_id == ws.id)
            ).one()
            view = deal_view(session, ws, deal)
            escalation = session.exec(
                select(Escalation).where(
                    Escalation.id == row.escalation_id, Escalation.workspace_id == ws.id
                )
            ).one()
            advice = short_suggestion(escalation.to_level, view)
            items.append((view, escalation.to_level, escalation.reason or "", advice))
    return items


def _post_fold(store: Store, client: Poster, rows: list[Outbox], token: str, now: datetime) -> str:
    try:
        items = _fold_items(store, rows)
    except Exception:
        log.exception("folded outbox rows could not be prepared")
        for row in rows:
            _defer(store, row, token, now, _backoff(row.attempts), "could not prepare")
        return "deferred"
    try:
        response = client.chat_postMessage(channel=rows[0].channel_id, **folded_message(items))
    except SlackApiError as exc:
        outcomes = [_failed(store, row, token, now, exc) for row in rows]
        return outcomes[0]
    except (SlackClientError, OSError) as exc:
        for row in rows:
            _defer(store, row, token, now, _backoff(row.attempts), type(exc).__name__)
        return "deferred"
    with store.session() as session:
        session.exec(  # type: ignore[call-overload]
            update(Deal)
            .where(
                col(Deal.id).in_([r.deal_id for r in rows]),
                col(Deal.workspace_id) == rows[0].workspace_id,
                col(Deal.thread_ts).is_(None),
            )
            .values(thread_ts=response["ts"], channel_id=rows[0].channel_id)
        )
    for row in rows:
        _record_post(store, row, Prepared(None), response["ts"], now)
        _sent(store, row, token, response["ts"], now)
    return "posted"


def _update_card(store: Store, client: Poster, row: Outbox, token: str, now: datetime) -> str:
    """Show a draft's new state on the card it already has."""
    with store.session() as session:
        ws = session.exec(select(Workspace).where(Workspace.id == row.workspace_id)).one()
        draft = session.exec(
            select(Draft).where(Draft.id == row.payload["draft_id"], Draft.workspace_id == ws.id)
        ).one()
        card = approval_card(draft_view(session, ws, draft))
    if not (draft.channel_id and draft.message_ts):
        _settle(store, row, token, state=OutboxState.sent, sent_at=now)
        return "skipped"
    try:
        client.chat_update(channel=draft.channel_id, ts=draft.message_ts, **card)
    except SlackApiError as exc:
        return _failed(store, row, token, now, exc)
    except (SlackClientError, OSError) as exc:
        _defer(store, row, token, now, _backoff(row.attempts), type(exc).__name__)
        return "deferred"
    _settle(store, row, token, state=OutboxState.sent, sent_at=now, attempts=row.attempts + 1)
    return "posted"


def _record_post(store: Store, row: Outbox, prepared: Prepared, ts: str, now: datetime) -> None:
    """Remember where the message went, and queue what must follow it in its thread."""
    with store.session() as session:
        if prepared.root_of is not None:
            session.exec(  # type: ignore[call-overload]
                update(Deal)
                .where(
                    col(Deal.id) == prepared.root_of.id,
                    col(Deal.workspace_id) == row.workspace_id,
                    col(Deal.thread_ts).is_(None),
                )
                .values(thread_ts=ts, channel_id=row.channel_id)
            )
        if row.escalation_id is not None:
            session.exec(  # type: ignore[call-overload]
                update(Escalation)
                .where(
                    col(Escalation.id) == row.escalation_id,
                    col(Escalation.workspace_id) == row.workspace_id,
                )
                .values(message_ts=ts, posted_at=now)
            )
        if prepared.card_of is not None:
            session.exec(  # type: ignore[call-overload]
                update(Draft)
                .where(
                    col(Draft.id) == prepared.card_of, col(Draft.workspace_id) == row.workspace_id
                )
                .values(channel_id=row.channel_id, message_ts=ts)
            )
        if row.kind == "digest":
            session.exec(  # type: ignore[call-overload]
                update(DigestRun)
                .where(
                    col(DigestRun.id) == row.payload["digest_run_id"],
                    col(DigestRun.workspace_id) == row.workspace_id,
                )
                .values(message_ts=ts, posted_at=now)
            )
        for message in prepared.followups:
            session.add(
                Outbox(
                    workspace_id=row.workspace_id,
                    kind="digest_page",
                    channel_id=row.channel_id,
                    payload={"message": message, "thread_ts": ts},
                    not_before=now,
                    created_at=now,
                )
            )


def _failed(store: Store, row: Outbox, token: str, now: datetime, exc: SlackApiError) -> str:
    response = exc.response
    error = str(response.get("error") or f"HTTP {response.status_code}")
    if response.status_code == 429:
        headers = {k.lower(): v for k, v in (response.headers or {}).items()}
        retry_after = headers.get("retry-after", 1)
        wait = int(retry_after[0] if isinstance(retry_after, list) else retry_after)
        _defer(store, row, token, now, timedelta(seconds=max(wait, 1)), "ratelimited")
        return "throttled"
    if error in PERMANENT:
        log.warning("outbox row %s cannot be posted: %s", row.id, error)
        _settle(store, row, token, state=OutboxState.failed, error=error, attempts=row.attempts + 1)
        return "failed"
    _defer(store, row, token, now, _backoff(row.attempts), error)
    return "deferred"


def _defer(store: Store, row: Outbox, token: str, now: datetime, wait: timedelta, why: str) -> None:
    _settle(store, row, token, not_before=now + wait, error=why, attempts=row.attempts + 1)


def _backoff(attempts: int) -> timedelta:
    return min(timedelta(seconds=5 * 2**attempts), MAX_BACKOFF)
