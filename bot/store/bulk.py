"""The tick's statements for a whole batch of deals at once.

A thousand due deals cost a handful of statements, not a thousand: one claim, one update, one
insert of escalations and one of their posts. The claim is a conditional UPDATE: on PostgreSQL
its rows are locked with SKIP LOCKED, so concurrent schedulers take disjoint batches; SQLite
has one writer at a time (the session began with BEGIN IMMEDIATE). List parameters go to
PostgreSQL as arrays, one parameter each, not one placeholder per value.
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from bot.core.enums import OutboxKind, OutboxState
from bot.core.ports import DueDeal, Recorded, Rise
from bot.store.models import Deal, Escalation, Outbox, Payment
from bot.store.types import UTCDateTime

_DEAL: Table = Deal.__table__  # type: ignore[attr-defined]
_ESCALATION: Table = Escalation.__table__  # type: ignore[attr-defined]
_OUTBOX: Table = Outbox.__table__  # type: ignore[attr-defined]
_PAYMENT: Table = Payment.__table__  # type: ignore[attr-defined]

_RETURNED = [_DEAL.c[name] for name in DueDeal._fields]

_PG_RESCHEDULE = text(
    "UPDATE deal SET level = v.level, next_check_at = v.next_check_at "
    "FROM unnest(CAST(:ids AS integer[]), CAST(:levels AS integer[]), "
    "CAST(:nexts AS timestamptz[])) AS v(id, level, next_check_at) "
    # The second condition lets the planner reach the rows by the primary key whatever it
    # guesses of the list's length, instead of hashing the whole table.
    "WHERE deal.id = v.id AND deal.id = ANY(CAST(:ids AS integer[]))"
)
# Both rows of a level change in one statement: the escalations not recorded yet, and a post
# queued for each of those only.
_PG_RECORD = text(
    "WITH rises AS ("
    " INSERT INTO escalation (workspace_id, deal_id, episode, from_level, to_level, at, reason,"
    " channel_id)"
    " SELECT w, d, e, f, t, :now, r, c FROM unnest(CAST(:ws AS integer[]),"
    " CAST(:deals AS integer[]), CAST(:episodes AS integer[]), CAST(:froms AS integer[]),"
    " CAST(:tos AS integer[]), CAST(:reasons AS text[]), CAST(:channels AS text[]))"
    " AS v(w, d, e, f, t, r, c)"
    " ON CONFLICT (deal_id, episode, to_level) DO NOTHING"
    " RETURNING id, workspace_id, deal_id, channel_id, to_level"
    "), posts AS ("
    " INSERT INTO outbox (workspace_id, deal_id, escalation_id, kind, channel_id, payload, state,"
    " attempts, maybe_posted, not_before, created_at)"
    " SELECT workspace_id, deal_id, id, :kind, channel_id, json_build_object('level', to_level),"
    " :state, 0, false, :now, :now FROM rises"
    ") SELECT id, workspace_id, deal_id, to_level FROM rises"
).bindparams(bindparam("now", type_=UTCDateTime))
_SQLITE_RESCHEDULE = (
    update(_DEAL)
    .where(_DEAL.c.id == bindparam("b_id"))
    .values(level=bindparam("b_level"), next_check_at=bindparam("b_next"))
)


class BulkTick:
    """`TickRows` on one session of either database."""

    def __init__(self, session: Session, dialect: str) -> None:
        self.session = session
        self.postgres = dialect == "postgresql"

    def _in(self, column: Any, ids: Sequence[int]) -> Any:
        if self.postgres:
            return column == func.any(
                bindparam("ids", list(ids), type_=postgresql.ARRAY(column.type))
            )
        return column.in_(ids)

    def claim(self, now: datetime, lease_until: datetime, limit: int) -> list[DueDeal]:
        due = (
            select(_DEAL.c.id)
            .where(_DEAL.c.next_check_at <= now)
            .order_by(_DEAL.c.next_check_at)
            .limit(limit)
        )
        if self.postgres:
            # The row locks keep other schedulers off these deals until this transaction ends,
            # and the deals are written once, by `reschedule`: a second write of a row in the
            # same transaction would run its foreign-key checks again.
            locked = (
                select(*_RETURNED)
                .where(_DEAL.c.next_check_at <= now)
                .order_by(_DEAL.c.next_check_at)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
            return [DueDeal._make(row) for row in self.session.execute(locked)]
        claimed = self.session.execute(
            update(_DEAL)
            .where(_DEAL.c.id.in_(due.scalar_subquery()))
            .values(next_check_at=lease_until)
            .returning(*_RETURNED)
        )
        return [DueDeal._make(row) for row in claimed]

    def paid(self, deal_ids: Sequence[int]) -> set[int]:
        if not deal_ids:
            return set()
        query = select(_PAYMENT.c.deal_id).where(self._in(_PAYMENT.c.deal_id, deal_ids)).distinct()
        return set(self.session.execute(query).scalars())

    def reschedule(self, changes: Sequence[tuple[int, int, datetime | None]]) -> None:
        if not changes:
            return
        if self.postgres:
            ids, levels, nexts = zip(*changes, strict=True)
            self.session.execute(
                _PG_RESCHEDULE, {"ids": list(ids), "levels": list(levels), "nexts": list(nexts)}
            )
            return
        self.session.execute(
            _SQLITE_RESCHEDULE,
            [{"b_id": i, "b_level": level, "b_next": at} for i, level, at in changes],
        )

    def record(self, rises: Sequence[Rise], now: datetime) -> list[Recorded]:
        if not rises:
            return []
        if self.postgres:
            ws, deals, episodes, froms, tos, reasons, channels = zip(*rises, strict=True)
            recorded = self.session.execute(
                _PG_RECORD,
                {
                    "now": now,
                    "ws": list(ws),
                    "deals": list(deals),
                    "episodes": list(episodes),
                    "froms": list(froms),
                    "tos": list(tos),
                    "reasons": list(reasons),
                    "channels": list(channels),
                    "kind": OutboxKind.escalation.value,
                    "state": OutboxState.pending.value,
                },
            )
            return [Recorded._make(row) for row in recorded]
        insert = postgresql.insert if self.postgres else sqlite.insert
        inserted = self.session.execute(
            insert(_ESCALATION)
            .on_conflict_do_nothing(index_elements=["deal_id", "episode", "to_level"])
            .returning(
                _ESCALATION.c.id,
                _ESCALATION.c.workspace_id,
                _ESCALATION.c.deal_id,
                _ESCALATION.c.channel_id,
                _ESCALATION.c.to_level,
            ),
            [{**rise._asdict(), "at": now} for rise in rises],
        ).all()
        if not inserted:
            return []
        self.session.execute(
            _OUTBOX.insert(),
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
                    "maybe_posted": False,
                    "not_before": now,
                    "created_at": now,
                }
                for row in inserted
            ],
        )
        return [Recorded(row.id, row.workspace_id, row.deal_id, row.to_level) for row in inserted]
