"""Approving reminders: the click is acknowledged at once, the mail goes out after.

    uv run python bench/send.py                 # 200 drafts, SMTP answering in 500 ms each

Runs the real bot behind its HTTP server, the local Slack stand-in and a local SMTP server
(aiosmtpd) that waits `--latency` seconds before accepting each message; clicks Send on every
draft's card the way Slack delivers a click, and prints the acknowledgement times and how long
the mail took to be delivered.
"""

import argparse
import logging
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core import deals, drafts
from bot.core.clock import FixedClock
from bot.core.deals import NewDeal
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace
from bot.jobs.outbox import drain
from bot.mail.reminders import make_writer
from bot.mail.send import SmtpMailer
from bot.slack.app import web_client
from bot.slack.outbox import slack_posting
from bot.store.engine import Store
from bot.store.migrate import upgrade
from bot.store.models import Draft
from tests.fakeslack import FakeSlack
from tests.slackbot import ALICE, CHANNEL, TEAM_A, SlackBot, make_mail
from tests.smtpserver import SmtpServer

SENDER = "Maria at Acme <maria@acme.example>"


def prepare(store: Store, clock: FixedClock, fake: FakeSlack, count: int) -> list[tuple]:
    """`count` pending drafts, each with its approval card posted."""
    writer = make_writer(mail_from=SENDER, company="Acme", templates_dir=None)
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_A, WorkspaceDefaults(CHANNEL, "UTC"))
        for i in range(count):
            deal, _ = deals.add_deal(
                session,
                ws,
                NewDeal(name=f"Creator {i}", emails=(f"c{i}@example.com",), owner_id=ALICE),
                actor=ALICE,
                now=clock.now(),
            )
            draft = drafts.create_draft(session, ws, deal, 1, writer, clock.now())
            assert draft is not None
            drafts.queue_card(session, ws, deal, draft, clock.now())
    client = web_client("xoxb-test", fake.api_url, wait_on_limits=False)
    while drain(store, slack_posting(client), clock.now(), per_channel=count, limit=count).posted:
        pass
    with store.session() as session:
        return [(d.id, d.channel_id, d.message_ts) for d in session.exec(select(Draft))]


def main() -> None:
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.5)
    parser.add_argument("--clickers", type=int, default=8, help="clicks in flight at once")
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory() as folder,
        FakeSlack() as fake,
        SmtpServer(security="starttls", users={"bot": "s3cret"}, latency=args.latency) as smtp,
    ):
        fake.add_user(ALICE, name="alice")
        store = Store.from_url(f"sqlite:///{Path(folder) / 'bench.db'}")
        upgrade(store.engine)
        clock = FixedClock(datetime(2026, 12, 1, 10, tzinfo=UTC))
        cards = prepare(store, clock, fake, args.drafts)
        mail = make_mail(
            store,
            clock,
            SmtpMailer(smtp.settings()),
            sender=SENDER,
            writer=make_writer(mail_from=SENDER, company=None, templates_dir=None),
        )
        bot = SlackBot(fake, store, clock, mail=mail)
        acks: list[float] = []
        lock = threading.Lock()
        queue = list(cards)

        def clicker() -> None:
            while True:
                with lock:
                    if not queue:
                        return
                    draft_id, channel, ts = queue.pop()
                payload = fake.click(channel, ts, f"draft_send:{draft_id}", user_id=ALICE)
                started = time.perf_counter()
                status, _ = bot.interact(payload)
                elapsed = time.perf_counter() - started
                assert status == 200
                with lock:
                    acks.append(elapsed)

        started = time.perf_counter()
        threads = [threading.Thread(target=clicker) for _ in range(args.clickers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        smtp.wait_for(args.drafts, timeout=120)
        delivered = time.perf_counter() - started
        fake.wait_for("chat.update", count=2 * args.drafts, timeout=60)
        bot.close()
        store.engine.dispose()
    acks.sort()
    p99 = acks[max(0, int(len(acks) * 0.99) - 1)]
    print(
        f"Send clicks acknowledged ({len(acks)} clicks, {args.clickers} at a time, SMTP "
        f"{args.latency * 1000:.0f} ms per message): median {statistics.median(acks) * 1000:.1f} "
        f"ms, p99 {p99 * 1000:.1f} ms, max {acks[-1] * 1000:.1f} ms"
    )
    print(f"{args.drafts} approved drafts delivered to the local SMTP server in {delivered:.1f} s")


if __name__ == "__main__":
    main()
