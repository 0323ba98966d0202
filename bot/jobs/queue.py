"""The outbox as a lease queue: claim due rows, then settle each while the lease is still ours.

A row is claimed with a lease before it is posted, so replicas never post it twice; a drain
that dies leaves rows that come due again when the lease runs out.
"""

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, update
from sqlmodel import Session, col, select

from bot.core.enums import OutboxState
from bot.store.engine import Store
from bot.store.models import Outbox

LEASE = timedelta(seconds=60)
MAX_BACKOFF = timedelta(minutes=30)


def claim(session: Session, now: datetime, limit: int, token: str) -> list[Outbox]:
    """Lease up to `limit` due rows, oldest first (`SKIP LOCKED` where the database has it)."""
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
    ids = session.exec(
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


def settle(session: Session, row: Outbox, token: str, **values: Any) -> None:
    """Write the outcome only while this drain still holds the row's lease."""
    session.exec(
        update(Outbox)
        .where(col(Outbox.id) == row.id, col(Outbox.lease_token) == token)
        .values(lease_until=None, lease_token=None, **values)
    )


def settle_now(store: Store, row: Outbox, token: str, **values: Any) -> None:
    with store.session() as session:
        settle(session, row, token, **values)


def posted(session: Session, row: Outbox, token: str, ts: str | None, now: datetime) -> None:
    values: dict[str, Any] = {"state": OutboxState.sent, "sent_at": now, "maybe_posted": False}
    if ts is not None:
        values |= {"message_ts": ts, "attempts": row.attempts + 1}
    settle(session, row, token, **values)


def release(store: Store, row: Outbox, token: str) -> None:
    """Give the row back untouched: it goes out on a later drain."""
    settle_now(store, row, token)


def fail(store: Store, row: Outbox, token: str, reason: str) -> None:
    """Given up: the reason stays on the row for whoever looks."""
    settle_now(store, row, token, state=OutboxState.failed, error=reason, attempts=row.attempts + 1)


def defer(
    store: Store,
    row: Outbox,
    token: str,
    now: datetime,
    why: str,
    wait: timedelta | None = None,
    *,
    counts: bool = True,
    **values: Any,
) -> None:
    """Try again after `wait` (by default a backoff that grows with each attempt). A try that
    does not `count` (the chat asked us to wait) leaves the backoff where it was."""
    wait = wait if wait is not None else backoff(row.attempts)
    attempts = row.attempts + 1 if counts else row.attempts
    settle_now(store, row, token, not_before=now + wait, error=why, attempts=attempts, **values)


def backoff(attempts: int) -> timedelta:
    return min(timedelta(seconds=5 * 2**attempts), MAX_BACKOFF)
