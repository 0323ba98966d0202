"""Building the daily digest for a workspace with thousands of silent deals.

    uv run python bench/digest.py                  # 5,000 silent deals, SQLite and PostgreSQL
    uv run python bench/digest.py --db sqlite --deals 5000 --runs 15 --no-memory
    uv run python bench/digest.py --postgres postgresql://user:pass@host:5432/db

Prints the median time to build the digest (`build_digest`: read, rank, next steps, totals; the
target is 100 ms), to render it as the Block Kit messages that post it, both, and to open App
Home, which builds the digest on every open; then peak memory at several sizes, to show it
grows linearly.
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import col, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tick import PostgresDatabase, default_postgres

from bot.core.board import board
from bot.core.digest import build_digest
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace
from bot.heap import settle_heap
from bot.slack.blocks.digest import digest_pages
from bot.slack.blocks.home import home_view
from bot.store.engine import Store
from bot.store.migrate import upgrade
from bot.store.models import Creator, CreatorAddress, CreatorHandle, Deal, Payment, Workspace

NOW = datetime(2026, 12, 10, 9, 30, tzinfo=UTC)


COUNTRIES = ("BR", "MX", "ID", "VN", "KR", "JP", "FR", "DE", "US", "PH")


def seed(store: Store, count: int) -> None:
    """A team's book of silent deals as it really looks: every creator has an email address, one
    in five a second platform, one in ten a manager and one in twenty a bounced address; half
    the deals are part-paid and one in eight has a deadline this week or just past."""
    since = NOW - timedelta(days=20)
    with store.session() as session:
        ws = ensure_workspace(session, "TBENCH", WorkspaceDefaults("CBENCH", "Europe/Paris"))
        ids = (
            session.execute(
                insert(Creator).returning(col(Creator.id)),
                [
                    {
                        "workspace_id": ws.id,
                        "name": f"Creator {i}",
                        "name_key": f"creator {i}",
                        "contacts": {"whatsapp": "+55 11 91234 5678"} if i % 3 == 0 else {},
                        "feeds": [],
                        "created_at": since,
                        "country": COUNTRIES[i % len(COUNTRIES)],
                    }
                    for i in range(count)
                ],
            )
            .scalars()
            .all()
        )
        handles = [
            {"creator_id": cid, "platform": "instagram", "handle": f"creator{i}"}
            for i, cid in enumerate(ids)
        ] + [
            {"creator_id": cid, "platform": "youtube", "handle": f"creator{i}tv"}
            for i, cid in enumerate(ids)
            if i % 5 == 0
        ]
        session.execute(
            insert(CreatorHandle),
            [{"workspace_id": ws.id, "handle_key": h["handle"], **h} for h in handles],
        )
        addresses = [
            {
                "creator_id": cid,
                "address": f"creator{i}@example.com",
                "role": "creator",
                "bounced_at": since if i % 20 == 0 else None,
            }
            for i, cid in enumerate(ids)
        ] + [
            {
                "creator_id": cid,
                "address": f"manager{i}@agency.example",
                "role": "manager",
                "bounced_at": None,
            }
            for i, cid in enumerate(ids)
            if i % 10 == 0
        ]
        session.execute(
            insert(CreatorAddress),
            [{"workspace_id": ws.id, "address_key": a["address"], **a} for a in addresses],
        )
        deal_ids = (
            session.execute(
                insert(Deal).returning(col(Deal.id)),
                [
                    {
                        "workspace_id": ws.id,
                        "number": i + 1,
                        "creator_id": cid,
                        "stage": "product_shipped",
                        "stage_changed_at": since - timedelta(hours=i % 200),
                        "awaiting_since": since - timedelta(hours=i % 200),
                        "clock_start": since - timedelta(hours=i % 200),
                        "clock_credit": 0,
                        "payment_plan": [],
                        "level": 0,
                        "episode": 0,
                        "fee_minor": 100_000 + i,
                        "currency": "USD",
                        "publish_due": NOW.date() + timedelta(days=i % 16 - 8)
                        if i % 8 == 0
                        else None,
                        "owner_id": f"UOWNER{i % 7}",
                        "channel_id": "CBENCH",
                        "created_at": since,
                        "updated_at": since,
                    }
                    for i, cid in enumerate(ids)
                ],
            )
            .scalars()
            .all()
        )
        session.execute(
            insert(Payment),
            [
                {
                    "workspace_id": ws.id,
                    "deal_id": did,
                    "amount_minor": 50_000,
                    "currency": "USD",
                    "paid_at": since,
                    "created_at": since,
                }
                for i, did in enumerate(deal_ids)
                if i % 2 == 0
            ],
        )


def workspace(store: Store) -> Workspace:
    with store.session() as session:
        return session.exec(select(Workspace)).one()


def timed(store: Store, ws: Workspace, count: int) -> tuple[float, float, float]:
    """One digest, dropped once built, as the bot drops it once its pages are queued; then one
    App Home view."""
    started = time.perf_counter()
    with store.reading() as session:
        digest = build_digest(session, ws, NOW)
    built = time.perf_counter()
    pages = digest_pages(digest)
    done = time.perf_counter()
    assert len(digest.entries) == count and pages
    del digest, pages
    opened = time.perf_counter()
    with store.reading() as session:
        view = home_view(board(session, ws, "UOWNER1", NOW))
    shown = time.perf_counter()
    assert view["blocks"]
    return built - started, done - built, shown - opened


Times = tuple[list[float], list[float], list[float], int]


def run(url: str, count: int, runs: int) -> Times:
    """Times of `build_digest`, of its Block Kit pages and of App Home; and peak memory."""
    store = Store.from_url(url)
    upgrade(store.engine)
    seed(store, count)
    ws = workspace(store)
    settle_heap()  # as the bot does once it has started
    read: list[float] = []
    builder: list[float] = []
    home: list[float] = []
    for _ in range(runs):
        took = timed(store, ws, count)
        read.append(took[0])
        builder.append(took[1])
        home.append(took[2])
    tracemalloc.start()
    with store.reading() as session:
        digest_pages(build_digest(session, ws, NOW))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    store.engine.dispose()
    return read, builder, home, peak


def on_sqlite(count: int, runs: int) -> Times:
    with tempfile.TemporaryDirectory() as folder:
        return run(f"sqlite:///{Path(folder) / 'bench.db'}", count, runs)


def on_postgres(count: int, runs: int, admin: str | None = None) -> Times:
    database = PostgresDatabase(admin)
    try:
        return run(database.url, count, runs)
    finally:
        database.drop()


GOAL_MS = 100


def report(name: str, count: int, runs: int, admin: str) -> None:
    if name == "sqlite":
        read, builder, home, _ = on_sqlite(count, runs)
    else:
        read, builder, home, _ = on_postgres(count, runs, admin)
    whole = [a + b for a, b in zip(read, builder, strict=True)]
    print(f"{name}: {count:,} silent deals, median of {runs} runs:")
    for label, times in (
        ("build the digest (target 100)", read),
        ("Block Kit pages to post it", builder),
        ("both", whole),
        ("open App Home", home),
    ):
        print(f"  {label:<30} {statistics.median(times) * 1000:5.0f} ms", flush=True)
    for label, times in (("read + rank + next steps + pages", whole), ("App Home", home)):
        print(
            f"  goal: {label} median {statistics.median(times) * 1000:.0f} ms "
            f"(goal <= {GOAL_MS} ms)",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--deals", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-memory", action="store_true", help="times only")
    parser.add_argument(
        "--postgres",
        metavar="URL",
        default=default_postgres(),
        help="server for the PostgreSQL figures (default: TEST_POSTGRES_URL or localhost)",
    )
    args = parser.parse_args()
    if args.db == "both":
        # Each database in a fresh process, as the bot is: the heap one run leaves behind would
        # slow the next.
        for name in ("sqlite", "postgres"):
            sizes = ["--deals", str(args.deals), "--runs", str(args.runs), "--no-memory"]
            sizes += ["--postgres", args.postgres]
            subprocess.run([sys.executable, __file__, "--db", name, *sizes], check=True)
    else:
        report(args.db, args.deals, args.runs, args.postgres)
    if args.no_memory:
        return
    print("peak memory while building, SQLite (tracemalloc):")
    for size in (args.deals // 4, args.deals // 2, args.deals, args.deals * 2):
        *_, peak = on_sqlite(size, 1)
        print(f"  {size:>6,} deals: {peak / 1e6:6.1f} MB  ({peak / size / 1000:.1f} kB per deal)")


if __name__ == "__main__":
    main()
