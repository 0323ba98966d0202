"""Keeping every deal's level and `next_check_at` right as its facts change."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import update
from sqlmodel import Session, col, select

from bot.core.draft_states import Move, starts, target
from bot.core.enums import OutboxKind, Stage
from bot.core.ladder import (
    hold_clock,
    next_check,
    start_clock,
    thresholds_for,
    workspace_calendar,
)
from bot.core.posts import queue_post
from bot.core.silence import recompute_silence
from bot.core.stages import TERMINAL
from bot.store.models import Deal, Draft, Payment, Workspace


def has_payments(session: Session, deal_ids: Sequence[int]) -> set[int]:
    if not deal_ids:
        return set()
    return set(
        session.exec(select(Payment.deal_id).where(col(Payment.deal_id).in_(deal_ids)).distinct())
    )


def schedule(
    session: Session, ws: Workspace, deal: Deal, now: datetime, *, paid: bool | None = None
) -> None:
    """Set when the deal's level could next change; called after every change to it."""
    if paid is None:
        paid = deal.id in has_payments(session, [deal.id or 0])
    thresholds = thresholds_for(ws.thresholds, deal.stage, paid)
    deal.next_check_at = next_check(deal, workspace_calendar(ws), thresholds, now)
    session.add(deal)


def refresh(
    session: Session, ws: Workspace, deal: Deal, now: datetime, *, reschedule: bool = True
) -> None:
    """Re-derive silence, clock and schedule after touchpoints or the stage changed."""
    change = recompute_silence(session, deal, now)
    if change.started or change.new_reply:
        start_clock(deal, now)
    if change.new_reply:
        close_open_drafts(session, ws, deal, now, why="They replied — the reminder was not sent")
    elif deal.stage in TERMINAL:
        close_open_drafts(session, ws, deal, now, why="The deal is closed — not sent")
    if change.new_reply and change.level_before > 0:
        queue_post(session, ws, deal, OutboxKind.reset, {"level_before": change.level_before}, now)
    if reschedule:
        schedule(session, ws, deal, now)


def restart_after_reminder(session: Session, ws: Workspace, deal: Deal, now: datetime) -> None:
    """A reminder went out (its touchpoint is recorded): the clock restarts from it, keeping the
    days that earned the current level, so the next level comes one step of the ladder later."""
    refresh(session, ws, deal, now, reschedule=False)
    paid = deal.id in has_payments(session, [deal.id or 0])
    if deal.awaiting_since is not None:
        thresholds = thresholds_for(ws.thresholds, deal.stage, paid)
        deal.clock_start = now
        deal.clock_credit = thresholds[deal.level - 1] if 0 < deal.level <= len(thresholds) else 0
    schedule(session, ws, deal, now, paid=paid)


def close_open_drafts(
    session: Session,
    ws: Workspace,
    deal: Deal,
    now: datetime,
    *,
    why: str,
    move: Move = Move.close,
) -> None:
    """A reminder waiting for approval is moot once the creator answers or the deal ends: it is
    discarded and its card updated, so nobody sends it by mistake."""
    closed = session.exec(
        update(Draft)
        .where(
            col(Draft.workspace_id) == ws.id,
            col(Draft.deal_id) == deal.id,
            col(Draft.state).in_(starts(move)),
        )
        .values(state=target(move), error=why, acted_at=now, updated_at=now)
        .returning(col(Draft.id), col(Draft.message_ts))
        .execution_options(synchronize_session=False)
    ).all()
    for draft_id, message_ts in closed:
        if message_ts:
            queue_post(session, ws, deal, OutboxKind.draft_update, {"draft_id": draft_id}, now)


def hold(session: Session, ws: Workspace, deal: Deal, until: datetime, now: datetime) -> None:
    """A snooze or pause was set: stop the clock until `until`."""
    hold_clock(deal, workspace_calendar(ws), until, now)
    schedule(session, ws, deal, now)


def mark_all_due(session: Session, ws: Workspace, now: datetime) -> int:
    """After the workspace's calendar or thresholds changed, let the next tick re-check every
    active deal that has something to check."""
    result = session.exec(
        update(Deal)
        .where(
            col(Deal.workspace_id) == ws.id,
            col(Deal.stage).in_([s.value for s in Stage if s not in TERMINAL]),
        )
        .values(next_check_at=now)
    )
    return result.rowcount
