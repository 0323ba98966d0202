"""Tick cost with many active deals of which few are due: it must scale with the due ones.

    uv run python bench/tick.py                 # SQLite and PostgreSQL (TEST_POSTGRES_URL or local)
    uv run python bench/tick.py --postgres postgresql://user:pass@host:5432/db
    uv run python bench/tick.py --db sqlite --sizes 100000 200000 --due 1000 --runs 7

Each run resets the same due deals to "silent 4 working days, level 0", so every tick does the
full work: claim, assess, record an escalation and queue its post, reschedule.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from sqlalchemy import delete, insert, update
from sqlalchemy.engine import make_url
from sqlmodel import col

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core.tick import run_tick
from bot.store.engine import Store, normalise_url
from bot.store.migrate import upgrade
from bot.store.models import Creator, Deal, Escalation, Outbox, Workspace

NOW = datetime(2026, 12, 10, 10, 0, tzinfo=UTC)  # a Thursday
SILENT_SINCE = NOW - timedelta(days=6)  # Friday before: 4 working days
CREATORS = 2000
CHUNK = 20_000


def seed(store: Store, deals: int, due: int) -> list[int]:
    """`deals` active deals; the first `due` are due now, the rest at some point next month."""
    with store.session() as session:
        ws_id = session.execute(
            insert(Workspace).returning(col(Workspace.id)),
            [
                {
                    "team_id": "TBENCH",
                    "timezone": "Europe/Paris",
                    "working_days": [0, 1, 2, 3, 4],
                    "holidays": [],
                    "digest_time": "09:30",
                    "day_first": True,
                    "default_currency": "USD",
                    "thresholds": {},
                    "approvers": [],
                    "settings": {},
                    "deal_seq": deals,
                    "created_at": NOW,
                    "channel_id": "CBENCH",
                }
            ],
        ).scalar_one()
        creator_ids = (
            session.execute(
                insert(Creator).returning(col(Creator.id)),
                [
                    {
                        "workspace_id": ws_id,
                        "name": f"Creator {i}",
                        "name_key": f"creator {i}",
                        "contacts": {},
                        "feeds": [],
                        "created_at": NOW,
                    }
                    for i in range(CREATORS)
                ],
            )
            .scalars()
            .all()
        )
    for start in range(0, deals, CHUNK):
        rows = []
        for i in range(start, min(start + CHUNK, deals)):
            later = NOW + timedelta(days=1 + i % 30, minutes=i % 1440)
            rows.append(
                {
                    "workspace_id": ws_id,
                    "number": i + 1,
                    "creator_id": creator_ids[i % CREATORS],
                    "stage": "product_shipped",
                    "stage_changed_at": SILENT_SINCE,
                    "awaiting_since": SILENT_SINCE,
                    "clock_start": SILENT_SINCE,
                    "clock_credit": 0,
                    "payment_plan": [],
                    "level": 0,
                    "episode": 0,
                    "fee_minor": 100_000,
                    "currency": "USD",
                    "next_check_at": NOW - timedelta(minutes=1) if i < due else later,
                    "channel_id": "CBENCH",
                    "created_at": NOW,
                    "updated_at": NOW,
                }
            )
        with store.session() as session:
            session.execute(insert(Deal), rows)
    with store.session() as session:
        return list(
            session.execute(
                update(Deal).where(col(Deal.number) <= due).values(level=0).returning(col(Deal.id))
            ).scalars()
        )


def reset(store: Store, due_ids: list[int]) -> None:
    with store.session() as session:
        session.execute(delete(Outbox))
        session.execute(delete(Escalation))
        session.execute(
            update(Deal)
            .where(col(Deal.id).in_(due_ids))
            .values(level=0, next_check_at=NOW - timedelta(minutes=1))
        )
    if store.dialect == "postgresql":
        with store.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                "VACUUM ANALYZE deal"
            )


def measure(url: str, deals: int, due: int, runs: int) -> list[float]:
    store = Store.from_url(url)
    upgrade(store.engine)
    due_ids = seed(store, deals, due)
    times = []
    for _ in range(runs):
        reset(store, due_ids)
        started = time.perf_counter()
        report = run_tick(store, NOW)
        times.append(time.perf_counter() - started)
        assert report.checked == due and report.escalated == due, report
    store.engine.dispose()
    return times


def sqlite_url() -> tuple[str, object]:
    folder = tempfile.TemporaryDirectory()
    return f"sqlite:///{Path(folder.name) / 'bench.db'}", folder


def default_postgres() -> str:
    return os.environ.get(
        "TEST_POSTGRES_URL", "postgresql://postgres:postgres@127.0.0.1:5432/postgres"
    )


GOALS = {"sqlite": 50.0, "postgres": 100.0}
RATIO_GOAL = 1.2


class PostgresDatabase:
    """A throwaway database on the server the tests use."""

    def __init__(self, admin: str | None = None) -> None:
        self.admin = admin or default_postgres()
        self.name = f"gw_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(self.admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.name}"')
        url = make_url(normalise_url(self.admin)).set(database=self.name)
        self.url = url.render_as_string(hide_password=False)

    def drop(self) -> None:
        with psycopg.connect(self.admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--sizes", type=int, nargs=2, default=[100_000, 200_000])
    parser.add_argument("--due", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--postgres",
        metavar="URL",
        default=default_postgres(),
        help="server for the PostgreSQL figures (default: TEST_POSTGRES_URL or localhost)",
    )
    args = parser.parse_args()
    engines = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    verdicts = []
    for engine in engines:
        medians = []
        for size in args.sizes:
            if engine == "sqlite":
                url, _folder = sqlite_url()
                times = measure(url, size, args.due, args.runs)
            else:
                pg = PostgresDatabase(args.postgres)
                try:
                    times = measure(pg.url, size, args.due, args.runs)
                finally:
                    pg.drop()
            median = statistics.median(times)
            medians.append(median)
            print(
                f"{engine:8} {size:>7,} active deals, {args.due:,} due: tick median "
                f"{median * 1000:6.1f} ms (min {min(times) * 1000:.1f}, max "
                f"{max(times) * 1000:.1f}, {args.runs} runs)",
                flush=True,
            )
        print(
            f"{engine:8} ratio {args.sizes[1]:,} / {args.sizes[0]:,} deals: "
            f"{medians[1] / medians[0]:.2f}x",
            flush=True,
        )
        verdicts.append(
            f"{engine:8} goal: tick median {medians[0] * 1000:.1f} ms at {args.sizes[0]:,} deals "
            f"(goal <= {GOALS[engine]:.0f} ms), ratio {medians[1] / medians[0]:.2f}x "
            f"(goal <= {RATIO_GOAL}x)"
        )
    for line in verdicts:
        print(line, flush=True)


if __name__ == "__main__":
    main()
