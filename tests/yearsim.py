"""A year of a 500-deal team, for the prune's test and bench: what the jobs write each day.

One deal comes in through the quick syntax (`/deal add …`), the other 499 as tests/seed.py seeds
volume. Driving every reply, tick and post of a year through commands and Slack would take
minutes, so each day's job rows are written by the functions the jobs write with: the tick's
`record` (a level change and its queued post), the digest claim, the outbox queue's claim,
posted and fail, and the mail sync's problem record. The prune then runs as the daily job does.
"""

import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, text
from sqlmodel import Session

from bot.core.commands import Added, CommandContext, run_command
from bot.core.digest import claim_digests
from bot.core.ports import Rise
from bot.core.tick import run_tick
from bot.core.workspaces import WorkspaceDefaults
from bot.jobs import queue
from bot.jobs.prune import prune_once
from bot.mail.imap_sync import _record_problem
from bot.store.engine import Store
from bot.store.models import DigestRun, Escalation, MailProblem, Outbox, Workspace
from bot.store.retention import Retention
from tests.seed import silent_deals

DEFAULTS = WorkspaceDefaults(channel_id="CTEAM", timezone="UTC")
START = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)  # a Monday
DEALS = 500
PROBLEMS_PER_DAY = 1
TABLES = {
    "outbox": Outbox,
    "escalation": Escalation,
    "digest_run": DigestRun,
    "mail_problem": MailProblem,
}


@dataclass(frozen=True)
class Figures:
    day: int
    rows: dict[str, int]
    size: int  # bytes: the SQLite file after VACUUM, or these tables on PostgreSQL

    def line(self) -> str:
        rows = ", ".join(f"{name} {n}" for name, n in self.rows.items())
        return f"day {self.day}: {rows}; {self.size / 1e6:.2f} MB"


def add_team(store: Store, deals: int = DEALS) -> list[int]:
    """The first deal through the quick syntax, the rest in bulk as the volume tests seed them
    (500 commands alone would take longer than the whole year)."""
    ctx = CommandContext("T1", "U1", "CTEAM", START)
    first = run_command(store, ctx, "add Ana Souza ana@example.com $1,200 youtube", DEFAULTS)
    assert isinstance(first, Added), first
    with store.session() as session:
        ws = session.execute(select(Workspace)).scalar_one()
        rest = silent_deals(session, ws, deals - 1, START)
    return [first.deal.id, *rest]


def _day(
    store: Store, ws: Workspace, deal_ids: list[int], day: int, now: datetime, rises_per_day: int
) -> None:
    run_tick(store, now)
    claim_digests(store, now)
    with store.session() as session:
        rises = []
        for j in range(rises_per_day):
            n = day * rises_per_day + j
            cycle = 1 + n // len(deal_ids)
            rises.append(
                Rise(
                    workspace_id=ws.id,
                    deal_id=deal_ids[n % len(deal_ids)],
                    episode=cycle,
                    from_level=0,
                    to_level=1 + cycle % 3,
                    reason="silent",
                    channel_id=ws.channel_id,
                )
            )
        store.ticks(session).record(rises, now)
        for k in range(PROBLEMS_PER_DAY):
            _record_problem(
                session,
                store.dialect,
                ws,
                "INBOX",
                day * 10 + k,
                None,
                "UnicodeDecodeError: a header that is not text",
                now,
            )
    _settle_outbox(store, now)


def _settle_outbox(store: Store, now: datetime) -> None:
    """Post everything queued today; one in fifty fails for good, as a missing channel does."""
    token = uuid.uuid4().hex[:16]
    with store.session() as session:
        rows = queue.claim(session, now, 10_000, token)
    with store.session() as session:
        for i, row in enumerate(rows):
            if i % 50 != 49:
                queue.posted(session, row, token, f"{now.timestamp():.0f}.{i:06d}", now)
    for row in rows[49::50]:
        queue.fail(store, row, token, "channel_not_found")


def measure(store: Store, day: int, path: str | None) -> Figures:
    with store.session() as session:
        rows = {name: _count(session, model) for name, model in TABLES.items()}
    if store.dialect == "sqlite":
        assert path is not None
        raw = store.engine.raw_connection()  # outside the engine's BEGIN IMMEDIATE
        try:
            raw.cursor().execute("VACUUM")
        finally:
            raw.close()
        size = os.path.getsize(path)
    else:
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM " + ", ".join(TABLES))
            size = sum(
                conn.execute(text("SELECT pg_total_relation_size(:t)"), {"t": t}).scalar_one()
                for t in TABLES
            )
    return Figures(day, rows, size)


def _count(session: Session, model: type) -> int:
    return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def simulate(
    store: Store,
    *,
    days: int,
    measure_on: tuple[int, ...],
    retention: Retention,
    rises_per_day: int = 6,
    sqlite_path: str | None = None,
    vacuum_every: int = 30,
) -> list[Figures]:
    """Run `days` days of the team, `rises_per_day` level changes a day (6: each deal climbs a
    level about every twelve weeks, as in a team whose creators mostly answer); figures on the
    given days. PostgreSQL's tables are vacuumed every `vacuum_every` days, as autovacuum would,
    so freed space is used again."""
    deal_ids = add_team(store)
    with store.session() as session:
        ws = session.execute(select(Workspace)).scalar_one()
    figures = []
    for day in range(days):
        now = START + timedelta(days=day)
        _day(store, ws, deal_ids, day, now, rises_per_day)
        prune_once(store, now, retention)
        if day in measure_on:
            figures.append(measure(store, day, sqlite_path))
        elif store.dialect == "postgresql" and day % vacuum_every == 0:
            measure(store, day, None)
    return figures
