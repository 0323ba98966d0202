"""What the daily prune deletes: one rule per table, so nothing the bot writes piles up.

Each rule names a table, the timestamp its age is read from, how long rows are kept, and what
else must hold before a row may go (done, not open, not needed by a live deal). Adding a table
is adding a `Rule` to `RULES`.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Table, and_, delete, exists, select, true

from bot.core.enums import OutboxState
from bot.store.engine import Store
from bot.store.models import (
    CommandRecord,
    Deal,
    DigestRun,
    Escalation,
    MailProblem,
    Outbox,
    SeenRequest,
)

BATCH = 1000


@dataclass(frozen=True)
class Retention:
    """How many days rows are kept: escalations feed reports over years, the rest a month."""

    days: int = 30
    escalation_days: int = 730


@dataclass(frozen=True)
class Rule:
    table: Table
    column: str
    keep: Callable[[Retention], int]
    # Rows that must stay however old they are; by default any old row may go.
    removable: Callable[[], ColumnElement[bool]] = true


def _table(model: object) -> Table:
    table = getattr(model, "__table__")  # noqa: B009 - SQLModel declares it untyped
    assert isinstance(table, Table)
    return table


OUTBOX, ESCALATION = _table(Outbox), _table(Escalation)
DEAL, COMMANDS = _table(Deal), _table(CommandRecord)


def _outbox_done() -> ColumnElement[bool]:
    """Posted or given up; a row still pending is a post someone waits for."""
    return OUTBOX.c.state.in_([OutboxState.sent.value, OutboxState.failed.value])


def _escalation_settled() -> ColumnElement[bool]:
    """Not the current silence of an open deal, and no post of it still queued (deleting the
    escalation would take its queued post with it)."""
    live = exists().where(
        DEAL.c.id == ESCALATION.c.deal_id,
        DEAL.c.episode == ESCALATION.c.episode,
        DEAL.c.closed_at.is_(None),
    )
    queued = exists().where(
        OUTBOX.c.escalation_id == ESCALATION.c.id,
        OUTBOX.c.state == OutboxState.pending.value,
    )
    return and_(~live, ~queued)


def _command_settled() -> ColumnElement[bool]:
    """Answered or abandoned; one still received or done is a command a restart must finish."""
    return COMMANDS.c.state.in_(["answered", "abandoned"])


RULES: list[Rule] = [
    Rule(OUTBOX, "created_at", lambda r: r.days, _outbox_done),
    Rule(_table(DigestRun), "claimed_at", lambda r: r.days),
    # A skipped message is settled when it is recorded: the sync has already moved past it.
    Rule(_table(MailProblem), "at", lambda r: r.days),
    Rule(ESCALATION, "at", lambda r: r.escalation_days, _escalation_settled),
    # A remembered signature is useless once Slack would refuse the request as stale.
    Rule(_table(SeenRequest), "expires_at", lambda r: 0),
    Rule(COMMANDS, "received_at", lambda r: r.days, _command_settled),
]


def prune(
    store: Store,
    now: datetime,
    retention: Retention,
    *,
    rules: list[Rule] | None = None,
    batch: int = BATCH,
) -> dict[str, int]:
    """Delete what every rule allows, `batch` rows per transaction so no lock is held long.

    Returns the rows deleted per table.
    """
    deleted: dict[str, int] = {}
    for rule in rules if rules is not None else RULES:
        table = rule.table
        (key,) = table.primary_key.columns
        cutoff = now - timedelta(days=rule.keep(retention))
        doomed = (
            select(key)
            .where(table.c[rule.column] < cutoff, rule.removable())
            .order_by(key)
            .limit(batch)
        )
        total = 0
        while True:
            with store.session() as session:
                count = (
                    session.connection()
                    .execute(delete(table).where(key.in_(doomed.scalar_subquery())))
                    .rowcount
                )
            total += count
            if count < batch:
                break
        if total:
            deleted[table.name] = total
    return deleted
