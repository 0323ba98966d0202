"""The daily digest: when it is posted, exactly once, complete, and acted on in one click."""

import threading
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import col, func, select, update

from bot.core import deals
from bot.core.clock import FixedClock
from bot.core.deals import NewDeal
from bot.core.digest import build_digest, claim_digests
from bot.core.enums import Stage
from bot.core.ladder import short_suggestion
from bot.core.money import Money
from bot.core.views import deal_views
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace
from bot.jobs.outbox import drain
from bot.slack.app import web_client
from bot.slack.outbox import slack_posting
from bot.store.engine import Store
from bot.store.models import CreatorAddress, Deal, DigestRun, Outbox, Touchpoint
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
        report = drain(store, slack_posting(client), at, per_channel=5)
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


def test_each_entry_agrees_with_the_deal_card(store: Store) -> None:
    """The digest reads thousands of deals its own lean way; what it shows must be what each
    deal's card would show: names, handles, money, and the next step (bounced email, manager)."""
    start = local(2026, 11, 2, 9, 0).astimezone(UTC)
    specs = {
        "Bounced Only": NewDeal("Bounced Only", emails=("b@x.example",), stage=Stage.contracted),
        "Half Bounced": NewDeal(
            "Half Bounced", emails=("h1@x.example", "h2@x.example"), stage=Stage.contracted
        ),
        "With Manager": NewDeal(
            "With Manager",
            emails=("m@x.example",),
            managers=("boss@agency.example",),
            handle="withmanager",
            platform="tiktok",
            stage=Stage.product_received,
            fee=Money(90_000, "USD"),
        ),
        "Paid Deal": NewDeal(
            "Paid Deal",
            emails=("p@x.example",),
            stage=Stage.draft_approved,
            fee=Money(200_000, "USD"),
            publish_due=date(2026, 11, 9),
        ),
        "Snoozed": NewDeal("Snoozed", emails=("s@x.example",), stage=Stage.contracted),
    }
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_A, DEFAULTS)
        saved = {
            name: deals.add_deal(session, ws, spec, actor=ALICE, now=start)[0]
            for name, spec in specs.items()
        }
        session.flush()
        session.exec(  # type: ignore[call-overload]
            update(CreatorAddress)
            .where(col(CreatorAddress.address).in_(["b@x.example", "h1@x.example"]))
            .values(bounced_at=start)
        )
        deals.record_payment(
            session, ws, saved["Paid Deal"], Money(50_000, "USD"), actor=ALICE, now=start
        )
        deals.snooze(session, ws, saved["Snoozed"], start + timedelta(days=30), start)
    at = local(2026, 11, 10, 9, 30).astimezone(UTC)
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_A, DEFAULTS)
        digest = build_digest(session, ws, at)
        cards = {v.id: v for v in deal_views(session, ws, session.exec(select(Deal)).all())}
    assert digest.held == 1
    entries = {e.creator_name: e for e in digest.entries}
    assert set(entries) == set(specs) - {"Snoozed"}
    for entry in digest.entries:
        card = cards[entry.id]
        shown = (entry.number, entry.handles, entry.stage, entry.owner_id, entry.fee, entry.paid)
        assert shown == (card.number, card.handles, card.stage, card.owner_id, card.fee, card.paid)
        assert entry.next_step == short_suggestion(entry.level, card)
    assert entries["Bounced Only"].next_step.startswith("Email bounced.")
    assert not entries["Half Bounced"].next_step.startswith("Email bounced.")
    assert entries["With Manager"].level == 3
    assert "boss@agency.example" in entries["With Manager"].next_step
    assert entries["Paid Deal"].deadline_passed
    assert digest.paid == [Money(50_000, "USD")]
    assert digest.at_stake == [Money(290_000, "USD")]


def test_a_long_preview_fits_the_five_replies_a_command_gets(
    bot: SlackBot, store: Store, fake: FakeSlack
) -> None:
    seed_silent(store, 600, local(2026, 11, 2, 9, 0).astimezone(UTC))
    status, url = bot.slash("digest")
    assert status == 200
    replies = fake.wait_for("response", count=5, where=lambda r: r["url"] == url)
    assert fake.rejected_responses == []
    shown = "\n".join(message_text(r) for r in replies)
    listed = sum(f"#{n} · Creator {n - 1}*" in shown for n in range(1, 601))
    assert 0 < listed < 600
    assert f"…and {600 - listed} more silent deals" in message_text(replies[-1])
