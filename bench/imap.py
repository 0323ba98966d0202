"""Reading the team mailbox: a first sync of a large mailbox, then a poll with nothing new.

    uv run python bench/imap.py                  # 10,000 messages on a local Dovecot
    uv run python bench/imap.py --messages 10000 --polls 21

Fills a local Dovecot (Debian's dovecot-imapd) with messages — most from people who are not
creators, some replies from creators, some of the team's own mail in Sent — and prints the time
and peak memory of the first sync, and the median time of a sync that finds nothing new.
"""

import argparse
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from imapclient import IMAPClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core import deals
from bot.core.deals import NewDeal
from bot.core.enums import Stage
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace
from bot.mail.imap_settings import ImapSettings
from bot.mail.imap_sync import sync_mailbox
from bot.store.engine import Store
from bot.store.migrate import upgrade
from tests.imapserver import ImapServer

TEAM = "team@acme.example"
START = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)
CREATORS = 200


def message(i: int) -> tuple[str, bytes, datetime]:
    """Message i: every tenth from a creator, every twentieth sent by the team."""
    at = START + timedelta(minutes=13 * i)
    m = EmailMessage()
    creator = f"creator{i % CREATORS}@creators.example"
    if i % 20 == 0:
        folder, m["From"], m["To"] = "Sent", TEAM, creator
    elif i % 10 == 0:
        folder, m["From"], m["To"] = "INBOX", creator, TEAM
    else:
        folder, m["From"], m["To"] = "INBOX", f"someone{i}@elsewhere.example", TEAM
    m["Subject"] = f"Message {i} about the spring campaign"
    m["Date"] = format_datetime(at)
    m["Message-ID"] = make_msgid(idstring=str(i), domain="bench.example")
    m.set_content(f"Hello,\n\nThis is message {i}.\n" + "Some text. " * 40)
    return folder, m.as_bytes(), at


def fill(server: ImapServer, count: int) -> None:
    with IMAPClient(
        server.host, port=server.ssl_port, ssl=True, ssl_context=server.ssl_context
    ) as client:
        client.login(TEAM, "s3cret")
        batches: dict[str, list] = {"INBOX": [], "Sent": []}
        for i in range(count):
            folder, raw, at = message(i)
            batches[folder].append({"msg": raw, "date": at})
            if len(batches[folder]) == 500:
                client.multiappend(folder, batches[folder])
                batches[folder] = []
        for folder, rest in batches.items():
            if rest:
                client.multiappend(folder, rest)


def fresh_store(path: Path) -> Store:
    store = Store.from_url(f"sqlite:///{path}")
    upgrade(store.engine)
    seed(store)
    return store


def seed(store: Store) -> None:
    with store.session() as session:
        ws = ensure_workspace(session, "TBENCH", WorkspaceDefaults("CBENCH", "UTC"))
        for n in range(CREATORS):
            deals.add_deal(
                session,
                ws,
                NewDeal(
                    name=f"Creator {n}",
                    emails=(f"creator{n}@creators.example",),
                    stage=Stage.product_shipped,
                ),
                actor="U1",
                now=START,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--polls", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, ImapServer(users={TEAM: "s3cret"}) as server:
        fill(server, args.messages)
        store, spare = (fresh_store(Path(folder) / name) for name in ("bench.db", "memory.db"))
        settings = ImapSettings(
            host=server.host,
            port=server.ssl_port,
            username=TEAM,
            password="s3cret",
            security="ssl",
            ssl_context=server.ssl_context,
        )
        now = START + timedelta(days=120)
        started = time.perf_counter()
        report = sync_mailbox(store, settings, "TBENCH", now, team_addresses=[TEAM])
        first = time.perf_counter() - started
        assert sum(report.fetched.values()) == args.messages, report.fetched
        # Memory is traced in a first sync of its own: tracing slows every allocation, so the
        # timed sync above runs untraced.
        tracemalloc.start()
        sync_mailbox(spare, settings, "TBENCH", now, team_addresses=[TEAM])
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        spare.engine.dispose()
        polls = []
        for _ in range(args.polls):
            started = time.perf_counter()
            again = sync_mailbox(store, settings, "TBENCH", now, team_addresses=[TEAM])
            polls.append(time.perf_counter() - started)
            assert sum(again.fetched.values()) == 0
        store.engine.dispose()
    a = report.applied
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"first sync of {args.messages:,} messages: {first:.1f} s; peak memory of the sync "
        f"{peak / 1e6:.0f} MB (Python allocations), process peak {rss:.0f} MB; "
        f"{a.replies} creator replies and {a.outbound} team messages recorded"
    )
    print(
        f"poll with nothing new: median {statistics.median(polls) * 1000:.0f} ms "
        f"(min {min(polls) * 1000:.0f}, max {max(polls) * 1000:.0f}, {args.polls} polls)"
    )


if __name__ == "__main__":
    main()
