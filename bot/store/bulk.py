"""The tick's statements for a whole batch of deals at once.

A thousand due deals cost a handful of statements, not a thousand: one claim, one update, one
insert of escalations and one of their posts. On PostgreSQL the claim locks the due rows with
SKIP LOCKED, so concurrent schedulers take disjoint batches, and list parameters go as arrays,
one parameter each, not one placeholder per value. SQLite has one writer at a time (the session
began with BEGIN IMMEDIATE); its claim is an UPDATE ... RETURNING that leases the rows.
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, select, text, update
from sqlalchemy.dialects import postgresql
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
_ESCALATION_COLUMNS = "workspace_id, deal_id, episode, from_level, to_level, at, reason, channel_id"
_OUTBOX_COLUMNS = (
    "workspace_id, deal_id, escalation_id, kind, channel_id, payload, state, attempts,"
    " maybe_posted, not_before, created_at"
)
# Rows a multi-row INSERT takes at once: SQLite allows 32,766 parameters a statement.
_SQLITE_ROWS = 2000


def _sqlite_time(value: datetime | None) -> str | None:
    """The text `UTCDateTime` stores on SQLite (naive UTC), written here without the
    per-value bind processing of a thousand-row statement."""
    if value is None:
        return None
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


_ESCALATION_KIND = OutboxKind.escalation.value
_PENDING = OutboxState.pending.value


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
        self.session.connection().exec_driver_sql(
            "UPDATE deal SET level = ?, next_check_at = ? WHERE id = ?",
            [(level, _sqlite_time(at), i) for i, level, at in changes],
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
        return self._sqlite_record(rises, now)

    def _sqlite_record(self, rises: Sequence[Rise], now: datetime) -> list[Recorded]:
        db = self.session.connection()
        at = _sqlite_time(now)
        recorded: list[Recorded] = []
        for start in range(0, len(rises), _SQLITE_ROWS):
            chunk = rises[start : start + _SQLITE_ROWS]
            values: list[Any] = []
            for rise in chunk:
                values.extend(rise[:5])
                values.extend((at, rise.reason, rise.channel_id))
            rows = db.exec_driver_sql(
                f"INSERT INTO escalation ({_ESCALATION_COLUMNS}) VALUES "
                + ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?)"] * len(chunk))
                + " ON CONFLICT (deal_id, episode, to_level) DO NOTHING"
                " RETURNING id, workspace_id, deal_id, to_level, channel_id",
                tuple(values),
            ).all()
            recorded.extend(Recorded(*row[:4]) for row in rows)
            if rows:
                db.exec_driver_sql(
                    f"INSERT INTO outbox ({_OUTBOX_COLUMNS}) VALUES"
                    " (?, ?, ?, ?, ?, json_object('level', ?), ?, 0, 0, ?, ?)",
                    [
                        (ws, deal, esc, _ESCALATION_KIND, channel, level, _PENDING, at, at)
                        for esc, ws, deal, level, channel in rows
                    ],
                )
        return recorded
