"""A year of a 500-deal team with the daily prune: the database must level off.

    uv run python bench/prune.py                       # SQLite and PostgreSQL
    uv run python bench/prune.py --db sqlite --rises 75 --keep-escalations 730

Rows per table and size (SQLite file after VACUUM, or these tables on PostgreSQL) on days 91,
182, 273 and 364; the goal is month 12 within 5% of month 6 for rows, 15% for size. With the
two-year default, escalations grow for two years before they level off.
"""

import argparse
import logging
import os
import sys
import tempfile
import uuid
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.store.engine import Store, normalise_url
from bot.store.migrate import upgrade
from bot.store.retention import Retention
from tests.yearsim import simulate

PG = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres:postgres@127.0.0.1:5432/postgres")


def run(db: str, rises: int, retention: Retention) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "ghostwatch.db")
        name = f"gw_bench_{uuid.uuid4().hex[:8]}"
        if db == "sqlite":
            url = f"sqlite:///{path}"
        else:
            with psycopg.connect(PG, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            url = make_url(normalise_url(PG)).set(database=name).render_as_string(False)
        store = Store.from_url(url)
        upgrade(store.engine)
        try:
            figures = simulate(
                store,
                days=365,
                measure_on=(91, 182, 273, 364),
                retention=retention,
                rises_per_day=rises,
                sqlite_path=path if db == "sqlite" else None,
            )
        finally:
            store.engine.dispose()
            if db != "sqlite":
                with psycopg.connect(PG, autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    for f in figures:
        print(f"{db}: {f.line()}")
    half, year = figures[1], figures[3]
    rows = sum(year.rows.values()) / sum(half.rows.values())
    print(f"{db}: rows month 12 / month 6 = {rows:.2f} (goal <= 1.05)")
    print(f"{db}: size month 12 / month 6 = {year.size / half.size:.2f} (goal <= 1.15)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--rises", type=int, default=6, help="level changes a day")
    parser.add_argument("--keep-days", type=int, default=30)
    parser.add_argument("--keep-escalations", type=int, default=90)
    args = parser.parse_args()
    logging.getLogger("bot.mail.imap_sync").setLevel(logging.ERROR)
    retention = Retention(days=args.keep_days, escalation_days=args.keep_escalations)
    for db in ("sqlite", "postgres") if args.db == "both" else (args.db,):
        run(db, args.rises, retention)


if __name__ == "__main__":
    main()
