"""The tick that raises levels: it claims due deals, records each level change once, and
queues its post and its reminder draft.

The database coordinates: a tick claims due deals inside its transaction (row locks on
PostgreSQL, the write lock on SQLite), and an Escalation row is unique per deal, silence episode
and level, so any number of schedulers post each level change once.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from bot.core.drafts import Writer, create_draft, open_draft, queue_card
from bot.core.enums import OutboxKind, OutboxState
from bot.core.escalation import has_payments
from bot.core.ladder import assess, next_check, thresholds_for, workspace_calendar
from bot.store.engine import Store
from bot.store.models import Deal, Escalation, Outbox, Workspace

log = logging.getLogger(__name__)

BATCH = 1000
# How long a claim keeps other schedulers off a deal if its transaction never ends.
LEASE = timedelta(minutes=5)


@dataclass
class TickReport:
    checked: int = 0
    escalated: int = 0


def run_tick(
    store: Store,
    now: datetime,
    *,
    writer: Writer | None = None,
    batch: int = BATCH,
    max_batches: int = 20,
) -> TickReport:
    """Check every due deal, in batches; each batch is one transaction.

    With a `writer`, each level change also drafts its reminder and queues its approval card.
    """
    report = TickReport()
    for _ in range(max_batches):
        with store.session() as session:
            checked, escalated = _tick_batch(session, store.dialect, now, batch, writer)
        report.checked += checked
        report.escalated += escalated
        if checked < batch:
            break
    return report


def _claim(session: Session, now: datetime, limit: int) -> list[int]:
    due = (
        select(Deal.id)
        .where(col(Deal.next_check_at) <= now)
        .order_by(col(Deal.next_check_at))
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    claimed = session.exec(
        update(Deal)
        .where(col(Deal.id).in_(due.scalar_subquery()))
        .values(next_check_at=now + LEASE)
        .returning(col(Deal.id))
        .execution_options(synchronize_session=False)
    )
    return [row[0] for row in claimed]


def _tick_batch(
    session: Session, dialect: str, now: datetime, limit: int, writer: Writer | None
) -> tuple[int, int]:
    ids = _claim(session, now, limit)
    if not ids:
        return 0, 0
    deals = session.exec(select(Deal).where(col(Deal.id).in_(ids))).all()
    workspaces = {
        ws.id: ws
        for ws in session.exec(
            select(Workspace).where(col(Workspace.id).in_({d.workspace_id for d in deals}))
        )
    }
    paid = has_payments(session, ids)
    rises: list[dict[str, Any]] = []
    silent: dict[int | None, int | None] = {}
    for deal in deals:
        ws = workspaces[deal.workspace_id]
        cal = workspace_calendar(ws)
        thresholds = thresholds_for(ws.thresholds, deal.stage, deal.id in paid)
        found = assess(deal, cal, thresholds, now)
        silent[deal.id] = found.silent_days
        if found.level > deal.level:
            rises.append(
                {
                    "workspace_id": ws.id,
                    "deal_id": deal.id,
                    "episode": deal.episode,
                    "from_level": deal.level,
                    "to_level": found.level,
                    "at": now,
                    "reason": found.reason,
                    "channel_id": deal.channel_id or ws.channel_id,
                }
            )
            deal.level = found.level
        deal.next_check_at = next_check(deal, cal, thresholds, now)
    session.flush()
    inserted = _record(session, dialect, rises, now)
    if writer is not None:
        by_id = {deal.id: deal for deal in deals}
        for row in inserted:
            ws, deal = workspaces[row.workspace_id], by_id[row.deal_id]
            _draft(session, ws, deal, row.to_level, writer, now, silent.get(deal.id))
    return len(deals), len(rises)


def _draft(
    session: Session,
    ws: Workspace,
    deal: Deal,
    level: int,
    writer: Writer,
    now: datetime,
    days_silent: int | None,
) -> None:
    """The level's reminder, with its card queued after the level's post; a template that
    cannot be rendered costs this reminder only, never the tick."""
    before = open_draft(session, deal)
    try:
        with session.begin_nested():
            draft = create_draft(session, ws, deal, level, writer, now, days_silent=days_silent)
    except Exception:
        log.exception("the level %s reminder of deal %s could not be written", level, deal.id)
        return
    if draft is not None and draft is not before:
        queue_card(session, ws, deal, draft, now)


def _record(
    session: Session, dialect: str, rises: list[dict[str, Any]], now: datetime
) -> Sequence[Row[Any]]:
    """Insert the level changes not recorded yet, and queue a post for each of those only."""
    if not rises:
        return []
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    inserted = session.execute(
        insert(Escalation)
        .on_conflict_do_nothing(index_elements=["deal_id", "episode", "to_level"])
        .returning(
            col(Escalation.id),
            col(Escalation.workspace_id),
            col(Escalation.deal_id),
            col(Escalation.channel_id),
            col(Escalation.to_level),
        ),
        rises,
    ).all()
    if inserted:
        session.execute(
            Outbox.__table__.insert(),  # type: ignore[attr-defined]
            [
                {
                    "workspace_id": row.workspace_id,
                    "deal_id": row.deal_id,
                    "escalation_id": row.id,
                    "kind": OutboxKind.escalation,
                    "channel_id": row.channel_id,
                    "payload": {"level": row.to_level},
                    "state": OutboxState.pending,
                    "attempts": 0,
                    "not_before": now,
                    "created_at": now,
                }
                for row in inserted
            ],
        )
    return inserted
