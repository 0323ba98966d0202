"""The daily digest: when it is posted, exactly once, complete, and acted on in one click."""

import threading
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import col, func, select

from bot.core import deals
from bot.core.clock import FixedClock
from bot.core.deals import NewDeal
from bot.core.digest import claim_digests
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace
from bot.jobs.outbox import drain
from bot.slack.app import web_client
from bot.store.engine import Store
from bot.store.models import Deal, DigestRun, Outbox, Stage, Touchpoint
from tests.fakeslack import FakeSlack
from tests.seed import silent_deals
from tests.slackbot import ALICE, CHANNEL, TEAM_A, SlackBot, message_text

NEW_YORK = ZoneInfo("America/New_York")
DEFAULTS = WorkspaceDefaults(channel_id=CHANNEL, timezone="America/New_York")


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=NEW_YORK)


def workspace(store: Store) -> None:
    with store.session() as session:
        ensure_workspace(session, TEAM_A, DEFAULTS)


def posted_days(store: Store) -> list[tuple[date, datetime]]:
    with store.session() as session:
        runs = session.exec(select(DigestRun).order_by(col(DigestRun.local_date))).all()
    return [(r.local_date, r.claimed_at.astimezone(NEW_YORK)) for r in runs]


def test_digest_at_0930_local_on_working_days_across_a_dst_change(store: Store) -> None:
    workspace(store)
    now = local(2026, 3, 6, 0, 0)  # Friday; clocks go forward on Sunday 8 March
    while now < local(2026, 3, 11, 0, 0):
        claim_digests(store, now.astimezone(UTC))
        now = (now.astimezone(UTC) + timedelta(minutes=15)).astimezone(NEW_YORK)
    days = posted_days(store)
    assert [d for d, _ in days] == [date(2026, 3, 6), date(2026, 3, 9), date(2026, 3, 10)]
    assert all((at.hour, at.minute) == (9, 30) for _, at in days), days
    assert days[0][1].utcoffset() != days[1][1].utcoffset(), "the change happened in between"


def test_fall_back_weekend_does_not_repeat_or_skip(store: Store) -> None:
    workspace(store)
    now = local(2026, 10, 30, 0, 0)  # Friday; clocks go back on Sunday 1 November
    while now < local(2026, 11, 3, 12, 0):
        claim_digests(store, now.astimezone(UTC))
        now = (now.astimezone(UTC) + timedelta(minutes=10)).astimezone(NEW_YORK)
    assert [d for d, _ in posted_days(store)] == [
        date(2026, 10, 30),
        date(2026, 11, 2),
        date(2026, 11, 3),
    ]


def test_a_bot_down_at_0930_posts_once_when_it_starts(store: Store) -> None:
    workspace(store)
    assert claim_digests(store, local(2026, 12, 1, 9, 29).astimezone(UTC)) == []
    started = local(2026, 12, 1, 11, 0).astimezone(UTC)
    assert len(claim_digests(store, started)) == 1
    assert claim_digests(store, started + timedelta(minutes=5)) == []
    assert claim_digests(store, local(2026, 12, 1, 23, 59).astimezone(UTC)) == []


def test_two_replicas_post_once(store: Store, db_url: str) -> None:
    workspace(store)
    at = local(2026, 12, 1, 9, 30).astimezone(UTC)
    barrier = threading.Barrier(2)
    results: list[list[int]] = []

    def replica() -> None:
        own = Store.from_url(db_url)
        barrier.wait()
        results.append(claim_digests(own, at))
        own.engine.dispose()

    threads = [threading.Thread(target=replica) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(len(r) for r in results) == [0, 1]
    with store.session() as session:
        assert session.exec(select(func.count()).select_from(Outbox)).one() == 1


def seed_silent(store: Store, count: int, since: datetime) -> None:
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_A, DEFAULTS)
        silent_deals(
            session,
            ws,
            count,
            since,
            level=lambda i: 1 + i % 5,
            owner_id=ALICE,
            fee_minor=lambda i: 50_000 + i,
            currency="USD",
        )


def post_digest(store: Store, fake: FakeSlack, at: datetime) -> list[dict]:
    assert claim_digests(store, at)
    client = web_client("xoxb-test", fake.api_url, wait_on_limits=False)
    for _ in range(100):
        report = drain(store, client, at, per_channel=5)
        if not report.posted and not report.busy:
            break
    return fake.calls_to("chat.postMessage")


def test_six_hundred_silent_deals_all_appear_in_valid_messages(
    store: Store, fake: FakeSlack
) -> None:
    seed_silent(store, 600, local(2026, 11, 2, 9, 0).astimezone(UTC))
    posts = post_digest(store, fake, local(2026, 12, 1, 9, 30).astimezone(UTC))
    assert fake.invalid_calls() == []
    assert len(posts) > 1
    root = posts[0]
    assert "thread_ts" not in root and "600 silent creators" in message_text(root)
    root_ts = next(ts for (ch, ts), m in fake.messages.items() if m["text"] == root["text"])
    assert all(p["thread_ts"] == root_ts for p in posts[1:]), "the overflow goes in the thread"
    shown = "\n".join(message_text(p) for p in posts)
    for n in range(1, 601):
        assert f"#{n} · Creator {n - 1}*" in shown
    with store.session() as session:
        run = session.exec(select(DigestRun)).one()
    assert run.message_ts == root_ts and run.posted_at is not None


def test_buttons_act_on_the_deal_and_update_the_message(
    bot: SlackBot, store: Store, fake: FakeSlack, clock: FixedClock
) -> None:
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_A, DEFAULTS)
        for name in ("Jane Doe", "Ana Souza"):
            deals.add_deal(
                session,
                ws,
                NewDeal(name=name, stage=Stage.contracted),
                actor=ALICE,
                now=clock.now() - timedelta(days=7),
            )
    posts = post_digest(store, fake, local(2026, 12, 1, 9, 30).astimezone(UTC))
    (root,) = posts
    ((channel, ts),) = [key for key, m in fake.messages.items() if m["text"] == root["text"]]
    with store.session() as session:
        jane, ana = session.exec(select(Deal).order_by(Deal.number)).all()

    status, _ = bot.interact(fake.click(channel, ts, f"digest_replied:{jane.id}", user_id=ALICE))
    assert status == 200
    updated = fake.wait_for("response", where=lambda r: r.get("replace_original"))[0]
    assert "Jane Doe replied" in message_text(updated)
    buttons = {
        e["action_id"]
        for b in fake.message(channel, ts)["blocks"]
        for e in b.get("elements", ())
        if "action_id" in e
    }
    assert f"digest_replied:{jane.id}" not in buttons and f"digest_open:{jane.id}" in buttons
    assert f"digest_replied:{ana.id}" in buttons
    with store.session() as session:
        jane = session.exec(select(Deal).where(Deal.id == jane.id)).one()
        touch = session.exec(select(Touchpoint)).one()
    assert jane.awaiting_since is None and touch.direction == "in"

    bot.interact(fake.click(channel, ts, f"digest_snooze:{ana.id}", user_id=ALICE))
    fake.wait_for("response", count=2, where=lambda r: r.get("replace_original"))
    with store.session() as session:
        ana = session.exec(select(Deal).where(Deal.id == ana.id)).one()
    assert ana.snoozed_until == clock.now() + timedelta(days=2)
    assert "snoozed for 2 days" in message_text(fake.message(channel, ts))

    url_count = len(fake.responses)
    bot.interact(fake.click(channel, ts, f"digest_open:{ana.id}", user_id=ALICE))
    card = fake.wait_for("response", count=url_count + 1)[-1]
    assert card["response_type"] == "ephemeral" and "Ana Souza" in message_text(card)


def test_preview_shows_the_digest_to_the_caller_only(bot: SlackBot, store: Store) -> None:
    bot.reply_to("add Jane Doe jane@example.com")
    bot.reply_to("stage #1 shipped")
    reply = bot.reply_to("digest")
    assert reply["response_type"] == "ephemeral" and "All creators answered" in message_text(reply)
