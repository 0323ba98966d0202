"""Keeping every deal's level and `next_check_at` right, and the tick that raises levels.

The database coordinates: a tick claims due deals inside its transaction (row locks on
PostgreSQL, the write lock on SQLite), and an Escalation row is unique per deal, silence episode
and level, so any number of schedulers post each level change once.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from bot.core.ladder import (
    assess,
    hold_clock,
    next_check,
    start_clock,
    thresholds_for,
    workspace_calendar,
)
from bot.core.posts import queue_post
from bot.core.silence import recompute_silence
from bot.core.stages import TERMINAL
from bot.store.engine import Store
from bot.store.models import (
    Deal,
    Draft,
    DraftState,
    Escalation,
    Outbox,
    Payment,
    Stage,
    Workspace,
)

BATCH = 1000
# How long a claim keeps other schedulers off a deal if its transaction never ends.
LEASE = timedelta(minutes=5)


def has_payments(session: Session, deal_ids: Sequence[int]) -> set[int]:
    if not deal_ids:
        return set()
    return set(
        session.exec(select(Payment.deal_id).where(col(Payment.deal_id).in_(deal_ids)).distinct())
    )


def schedule(session: Session, ws: Workspace, deal: Deal, now: datetime) -> None:
    """Set when the deal's level could next change; called after every change to it."""
    paid = deal.id in has_payments(session, [deal.id])
    thresholds = thresholds_for(ws.thresholds, Stage(deal.stage), paid)
    deal.next_check_at = next_check(deal, workspace_calendar(ws), thresholds, now)
    session.add(deal)


def refresh(session: Session, ws: Workspace, deal: Deal, now: datetime) -> None:
    """Re-derive silence, clock and schedule after touchpoints or the stage changed."""
    change = recompute_silence(session, deal, now)
    if change.started or change.new_reply:
        start_clock(deal, now)
    if change.new_reply:
        close_open_drafts(session, ws, deal, now, why="They replied — the reminder was not sent")
    elif Stage(deal.stage) in TERMINAL:
        close_open_drafts(session, ws, deal, now, why="The deal is closed — not sent")
    if change.new_reply and change.level_before > 0:
        queue_post(session, ws, deal, "reset", {"level_before": change.level_before}, now)
    schedule(session, ws, deal, now)


def restart_after_reminder(session: Session, ws: Workspace, deal: Deal, now: datetime) -> None:
    """A reminder went out: the clock restarts from it, keeping the days that earned the current
    level, so the next level comes one step of the ladder after the reminder."""
    if deal.awaiting_since is None:
        return
    paid = deal.id in has_payments(session, [deal.id])
    thresholds = thresholds_for(ws.thresholds, Stage(deal.stage), paid)
    deal.clock_start = now
    deal.clock_credit = thresholds[deal.level - 1] if 0 < deal.level <= len(thresholds) else 0
    schedule(session, ws, deal, now)


def close_open_drafts(
    session: Session,
    ws: Workspace,
    deal: Deal,
    now: datetime,
    *,
    why: str,
    keep_uncertain: bool = False,
) -> None:
    """A reminder waiting for approval is moot once the creator answers or the deal ends: it is
    discarded and its card updated, so nobody sends it by mistake."""
    closed = session.exec(  # type: ignore[call-overload]
        update(Draft)
        .where(
            col(Draft.workspace_id) == ws.id,
            col(Draft.deal_id) == deal.id,
            col(Draft.state).in_([DraftState.pending, DraftState.failed]),
            *([col(Draft.uncertain).is_(False)] if keep_uncertain else []),
        )
        .values(state=DraftState.discarded, error=why, acted_at=now, updated_at=now)
        .returning(col(Draft.id), col(Draft.message_ts))
        .execution_options(synchronize_session=False)
    ).all()
    for draft_id, message_ts in closed:
        if message_ts:
            queue_post(session, ws, deal, "draft_update", {"draft_id": draft_id}, now)


def hold(session: Session, ws: Workspace, deal: Deal, until: datetime, now: datetime) -> None:
    """A snooze or pause was set: stop the clock until `until`."""
    hold_clock(deal, workspace_calendar(ws), until, now)
    schedule(session, ws, deal, now)


def mark_all_due(session: Session, ws: Workspace, now: datetime) -> int:
    """After the workspace's calendar or thresholds changed, let the next tick re-check every
    active deal that has something to check."""
    result = session.exec(  # type: ignore[call-overload]
        update(Deal)
        .where(
            col(Deal.workspace_id) == ws.id,
            col(Deal.stage).in_([s.value for s in Stage if s not in TERMINAL]),
        )
        .values(next_check_at=now)
    )
    return result.rowcount


# --- the tick -------------------------------------------------------------------------------


@dataclass
class TickReport:
    checked: int = 0
    escalated: int = 0


def run_tick(
    store: Store, now: datetime, *, batch: int = BATCH, max_batches: int = 20
) -> TickReport:
    """Check every due deal, in batches; each batch is one transaction."""
    report = TickReport()
    for _ in range(max_batches):
        with store.session() as session:
            checked, escalated = _tick_batch(session, store.dialect, now, batch)
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
    claimed = session.exec(  # type: ignore[call-overload]
        update(Deal)
        .where(col(Deal.id).in_(due.scalar_subquery()))
        .values(next_check_at=now + LEASE)
        .returning(col(Deal.id))
        .execution_options(synchronize_session=False)
    )
    return [row[0] for row in claimed]


def _tick_batch(session: Session, dialect: str, now: datetime, limit: int) -> tuple[int, int]:
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
    for deal in deals:
        ws = workspaces[deal.workspace_id]
        cal = workspace_calendar(ws)
        thresholds = thresholds_for(ws.thresholds, Stage(deal.stage), deal.id in paid)
        found = assess(deal, cal, thresholds, now)
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
    _record(session, dialect, rises, now)
    return len(deals), len(rises)


def _record(session: Session, dialect: str, rises: list[dict[str, Any]], now: datetime) -> None:
    """Insert the level changes not recorded yet; for each of those only, queue its post and
    the reminder draft that goes with it."""
    if not rises:
        return
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
                    "escalation_id": row.id if kind == "escalation" else None,
                    "kind": kind,
                    "channel_id": row.channel_id,
                    "payload": {"level": row.to_level},
                    "state": "pending",
                    "attempts": 0,
                    "not_before": now,
                    "created_at": now,
                }
                for row in inserted
                for kind in ("escalation", "draft")
            ],
        )
