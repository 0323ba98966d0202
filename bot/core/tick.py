"""The tick that raises levels: it claims due deals, records each level change once, and
queues its post and its reminder draft.

The database coordinates: a tick claims due deals inside its transaction (row locks on
PostgreSQL, the write lock on SQLite), and an Escalation row is unique per deal, silence episode
and level, so any number of schedulers post each level change once.
"""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from bot.core.drafts import Writer, create_draft, open_draft, queue_card
from bot.core.enums import Stage
from bot.core.ladder import assess, next_check, thresholds_for, workspace_calendar
from bot.core.ports import Rise, TickRows
from bot.store.engine import Store
from bot.store.models import Deal, Workspace

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
            rows = store.ticks(session)
            checked, escalated = _tick_batch(session, rows, now, batch, writer)
        report.checked += checked
        report.escalated += escalated
        if checked < batch:
            break
    return report


def _tick_batch(
    session: Session, rows: TickRows, now: datetime, limit: int, writer: Writer | None
) -> tuple[int, int]:
    """Claim, assess and reschedule a batch from plain rows: the ORM is not needed to read
    a thousand deals, only to draft the reminders of those that climbed."""
    deals = rows.claim(now, now + LEASE, limit)
    if not deals:
        return 0, 0
    workspaces = {
        ws.id: ws
        for ws in session.exec(
            select(Workspace).where(col(Workspace.id).in_({d.workspace_id for d in deals}))
        )
    }
    calendars = {ws_id: workspace_calendar(ws) for ws_id, ws in workspaces.items()}
    paid = rows.paid([deal.id for deal in deals])
    ladders: dict[tuple[int, Stage, bool], tuple[int, ...]] = {}
    rises: list[Rise] = []
    changes: list[tuple[int, int, datetime | None]] = []
    silent: dict[int, int | None] = {}
    for deal in deals:
        ws = workspaces[deal.workspace_id]
        cal = calendars[deal.workspace_id]
        key = (deal.workspace_id, deal.stage, deal.id in paid)
        thresholds = ladders.get(key)
        if thresholds is None:
            thresholds = ladders[key] = thresholds_for(ws.thresholds, deal.stage, key[2])
        found = assess(deal, cal, thresholds, now)
        silent[deal.id] = found.silent_days
        if found.level > deal.level:
            rises.append(
                Rise(
                    workspace_id=deal.workspace_id,
                    deal_id=deal.id,
                    episode=deal.episode,
                    from_level=deal.level,
                    to_level=found.level,
                    reason=found.reason,
                    channel_id=deal.channel_id or ws.channel_id,
                )
            )
            deal = deal._replace(level=found.level)
        changes.append((deal.id, deal.level, next_check(deal, cal, thresholds, now)))
    rows.reschedule(changes)
    inserted = rows.record(rises, now)
    if writer is not None and inserted:
        by_id = {
            deal.id: deal
            for deal in session.exec(
                select(Deal).where(col(Deal.id).in_([row.deal_id for row in inserted]))
            )
        }
        for row in inserted:
            ws, found_deal = workspaces[row.workspace_id], by_id[row.deal_id]
            _draft(session, ws, found_deal, row.to_level, writer, now, silent.get(row.deal_id))
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
