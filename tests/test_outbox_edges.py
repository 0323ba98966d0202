"""The outbox when Slack is slow or busy: a lost answer never doubles a post, a rate limit is
waited out without growing the backoff."""

from datetime import UTC, datetime, timedelta

from slack_sdk import WebClient
from sqlmodel import select

from bot.core import deals
from bot.core.clock import FixedClock
from bot.core.deals import NewDeal
from bot.core.digest import claim_digests
from bot.core.enums import Stage
from bot.core.tick import run_tick
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace
from bot.jobs.outbox import DrainReport, drain
from bot.mail.reminders import make_writer
from bot.slack.app import web_client
from bot.slack.outbox import slack_posting
from bot.store.engine import Store
from bot.store.models import DigestRun, Draft, Outbox
from tests.fakeslack import FakeSlack
from tests.seed import silent_deals
from tests.slackbot import ALICE, CHANNEL, TEAM_A

DEFAULTS = WorkspaceDefaults(channel_id=CHANNEL, timezone="UTC")
START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def impatient(fake: FakeSlack) -> WebClient:
    """The jobs' own client, giving up on an answer sooner than the fake Slack sends it."""
    client = web_client("xoxb-test", fake.api_url, wait_on_limits=False)
    client.timeout = 0.5
    return client


def drain_once(store: Store, client: WebClient, clock: FixedClock) -> DrainReport:
    return drain(store, slack_posting(client), clock.now(), per_channel=5)


def shipped_deal(store: Store, clock: FixedClock, name: str = "Jane Doe") -> int:
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_A, DEFAULTS)
        deal, _ = deals.add_deal(
            session,
            ws,
            NewDeal(name=name, emails=("jane@example.com",), owner_id=ALICE,
                    stage=Stage.product_shipped),
            actor=ALICE,
            now=clock.now(),
        )  # fmt: skip
        return deal.id


def rows(store: Store, kind: str) -> list[Outbox]:
    with store.session() as session:
        return list(session.exec(select(Outbox).where(Outbox.kind == kind)))


def test_an_approval_card_whose_answer_was_lost_is_posted_once(
    store: Store, fake: FakeSlack
) -> None:
    clock = FixedClock(START)
    shipped_deal(store, clock)
    clock.advance(timedelta(days=3))
    writer = make_writer(mail_from="maria@acme.example", company="Acme", templates_dir=None)
    run_tick(store, clock.now(), writer=writer)
    client = impatient(fake)
    assert drain_once(store, client, clock).posted == 1, "the level change roots the thread"
    fake.delay_answer("chat.postMessage", 1.5)
    lost = drain_once(store, client, clock)
    assert (lost.posted, lost.deferred) == (0, 1)
    clock.advance(timedelta(minutes=1))
    assert drain_once(store, client, clock).posted == 1
    assert drain_once(store, client, clock).posted == 0
    cards = [c for c in fake.calls_to("chat.postMessage") if "draft_send" in str(c["blocks"])]
    assert len(cards) == 1, "looked up in the thread, not posted again"
    (card_row,) = rows(store, "draft_card")
    with store.session() as session:
        draft = session.exec(select(Draft)).one()
    assert card_row.state == "sent" and card_row.message_ts == draft.message_ts
    assert fake.message(CHANNEL, draft.message_ts)["thread_ts"] == cards[0]["thread_ts"]


def test_a_digest_whose_answer_was_lost_is_posted_once(store: Store, fake: FakeSlack) -> None:
    clock = FixedClock(datetime(2026, 12, 1, 9, 30, tzinfo=UTC))
    with store.session() as session:
        ws = ensure_workspace(session, TEAM_A, DEFAULTS)
        silent_deals(session, ws, 3, clock.now() - timedelta(days=10), level=lambda i: 2,
                     owner_id=ALICE, fee_minor=lambda i: 50_000, currency="USD")  # fmt: skip
    assert claim_digests(store, clock.now())
    client = impatient(fake)
    fake.delay_answer("chat.postMessage", 1.5)
    lost = drain_once(store, client, clock)
    assert (lost.posted, lost.deferred) == (0, 1)
    clock.advance(timedelta(minutes=1))
    assert drain_once(store, client, clock).posted == 1
    assert drain_once(store, client, clock).posted == 0
    assert len(fake.calls_to("chat.postMessage")) == 1
    (row,) = rows(store, "digest")
    with store.session() as session:
        run = session.exec(select(DigestRun)).one()
    assert row.state == "sent" and row.message_ts == run.message_ts is not None
    assert fake.message(CHANNEL, run.message_ts) is not None


def not_before(store: Store, kind: str = "escalation") -> datetime:
    (row,) = rows(store, kind)
    return row.not_before.replace(tzinfo=UTC) if row.not_before.tzinfo is None else row.not_before


def test_a_rate_limit_is_waited_out_without_growing_the_backoff(
    store: Store, fake: FakeSlack
) -> None:
    clock = FixedClock(START)
    shipped_deal(store, clock)
    clock.advance(timedelta(days=3))
    run_tick(store, clock.now())
    client = web_client("xoxb-test", fake.api_url, wait_on_limits=False)
    fake.fail_next("chat.postMessage", status=429, retry_after=5, times=5)
    for _ in range(5):  # a 25 s rate limit, each answer saying when to come back
        assert drain_once(store, client, clock).deferred == 1
        assert not_before(store) == clock.now() + timedelta(seconds=5), "Retry-After, exactly"
        clock.advance(timedelta(seconds=5))
    fake.fail_next("chat.postMessage", status=500)
    assert drain_once(store, client, clock).deferred == 1
    wait = not_before(store) - clock.now()
    assert wait == timedelta(seconds=5), f"the first passing error waits the first backoff: {wait}"
    clock.advance(wait)
    assert drain_once(store, client, clock).posted == 1
    (row,) = rows(store, "escalation")
    assert (row.state, row.attempts) == ("sent", 2), "the rate limits were not tries"


def test_tick_says_what_it_deferred_and_why(
    sqlite_url: str, sqlite_store: Store, fake: FakeSlack, tmp_path
) -> None:
    from bot.app import tick_once
    from bot.config import Settings

    clock = FixedClock(START)
    shipped_deal(sqlite_store, clock)
    settings = Settings(
        slack_bot_token="xoxb-test",
        slack_api_url=fake.api_url,
        database_url=sqlite_url,
        ghostwatch_channel=CHANNEL,
        outbox_dir=str(tmp_path / "outbox"),
        _env_file=None,
    )
    fake.fail_next("chat.postMessage", status=429, retry_after=30)
    out = tick_once(settings, START + timedelta(days=3))
    # The level change waits out the limit; the reminder's card went out.
    assert "1 messages posted, 1 deferred (ratelimited: 1), 0 failed" in out, out
    (row,) = rows(sqlite_store, "escalation")
    assert (row.state, row.error) == ("pending", "ratelimited")
