"""The command journal: each command is written before Slack is told it arrived, claimed with
a lease by whoever processes it, and marked done in the transaction that makes its change.

So a command whose change committed is never run again, and one whose change did not commit
is run again or answered, however the process that took it ended.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, update
from sqlmodel import Session, col, select

from bot.store.engine import Store
from bot.store.models import CommandRecord

RECEIVED, DONE, ANSWERED, ABANDONED = "received", "done", "answered", "abandoned"
# Longer than a command takes (a busy database, then an answer that may take ten seconds);
# a command whose worker died is taken up again once this has passed.
LEASE = timedelta(seconds=30)


class LeaseLost(Exception):
    """Another worker took the command over: this one's change must not be kept."""


@dataclass(frozen=True)
class Taken:
    """A command as a worker holds it."""

    id: int
    token: str
    state: str
    team_id: str
    user_id: str
    channel_id: str | None
    command: str
    text: str
    response_url: str
    trigger_id: str | None
    received_at: datetime


def record(store: Store, now: datetime, **fields: Any) -> int:
    """One small insert, before the acknowledgement (so it goes before queued writers)."""
    with store.session(urgent=True) as session:
        row = CommandRecord(received_at=now, **fields)
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def claim(
    store: Store, record_id: int, token: str, now: datetime, lease: timedelta = LEASE
) -> Taken | None:
    """Take an open command for `lease`, unless another worker holds it."""
    with store.session() as session:
        moved = session.exec(
            update(CommandRecord)
            .where(col(CommandRecord.id) == record_id, _open(now))
            .values(lease_until=now + lease, lease_token=token)
        )
        row = session.get(CommandRecord, record_id) if moved.rowcount == 1 else None
    if row is None:
        return None
    return Taken(
        id=record_id,
        token=token,
        state=row.state,
        team_id=row.team_id,
        user_id=row.user_id,
        channel_id=row.channel_id,
        command=row.command,
        text=row.text,
        response_url=row.response_url,
        trigger_id=row.trigger_id,
        received_at=row.received_at,
    )


def mark_done(session: Session, taken: Taken, now: datetime) -> None:
    """In the command's own transaction: its change and this mark commit together or not at
    all. Raises `LeaseLost` (rolling the change back) when the lease passed to another."""
    moved = session.exec(
        update(CommandRecord)
        .where(
            col(CommandRecord.id) == taken.id,
            col(CommandRecord.lease_token) == taken.token,
            col(CommandRecord.state) == RECEIVED,
        )
        .values(state=DONE, finished_at=now)
    )
    if moved.rowcount != 1:
        raise LeaseLost(f"command {taken.id} was taken over")


def settle(store: Store, taken: Taken, state: str, now: datetime) -> None:
    """The command is answered (or can no longer be): nobody takes it again."""
    with store.session() as session:
        session.exec(
            update(CommandRecord)
            .where(col(CommandRecord.id) == taken.id, col(CommandRecord.lease_token) == taken.token)
            .values(state=state, lease_until=None, lease_token=None, finished_at=now)
        )


def _open(now: datetime) -> Any:
    """Not finished, and held by nobody (or by a worker whose lease ran out)."""
    return and_(
        col(CommandRecord.state).in_((RECEIVED, DONE)),
        or_(col(CommandRecord.lease_until).is_(None), col(CommandRecord.lease_until) <= now),
    )


def left_over(
    store: Store, now: datetime, *, received_before: datetime, limit: int = 100
) -> list[int]:
    """Open commands no live worker holds, oldest first."""
    with store.reading() as session:
        return [
            i
            for i in session.exec(
                select(CommandRecord.id)
                .where(_open(now), col(CommandRecord.received_at) < received_before)
                .order_by(col(CommandRecord.received_at))
                .limit(limit)
            )
            if i is not None
        ]


def abandon(store: Store, now: datetime, *, received_before: datetime) -> int:
    """Commands too old to answer (their response_url has expired) are given up, unheld."""
    with store.session() as session:
        gone = session.exec(
            update(CommandRecord)
            .where(_open(now), col(CommandRecord.received_at) < received_before)
            .values(state=ABANDONED, finished_at=now)
        )
        return int(gone.rowcount or 0)
