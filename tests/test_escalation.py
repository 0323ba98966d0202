"""The silence clock and the ladder against a real database and the fake Slack."""

import re
import threading
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from slack_sdk import WebClient
from sqlmodel import func, select

from bot.core import deal_refs, deals
from bot.core.clock import FixedClock
from bot.core.deals import NewDeal
from bot.core.enums import Stage
from bot.core.tick import run_tick
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace
from bot.jobs.outbox import drain
from bot.slack.app import web_client
from bot.slack.outbox import slack_posting
from bot.store.engine import Store
from bot.store.models import Deal, Escalation, Outbox
from tests.fakeslack import FakeSlack
from tests.seed import silent_deals
from tests.slackbot import message_text

PARIS = ZoneInfo("Europe/Paris")
DEFAULTS = WorkspaceDefaults(channel_id="CTEAM", timezone="Europe/Paris")


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS).astimezone(UTC)


@pytest.fixture
def client(fake: FakeSlack):
    return web_client("xoxb-test", fake.api_url, wait_on_limits=False)


def new_deal(store: Store, clock: FixedClock, name: str = "Jane Doe", **fields) -> int:
    with store.session() as session:
        ws = ensure_workspace(session, "T1", DEFAULTS)
        deal, _ = deals.add_deal(
            session, ws, NewDeal(name=name, **fields), actor="U1", now=clock.now()
        )
        return deal.id


def act(store: Store, deal_id: int, fn) -> Deal:
    with store.session() as session:
        ws = ensure_workspace(session, "T1", DEFAULTS)
        deal = deal_refs.get_deal(session, ws, deal_id)
        fn(session, ws, deal)
        return deal


class Channel:
    """Runs ticks and drains against the fake Slack and tells what reached the channel."""

    def __init__(self, store: Store, client, fake: FakeSlack) -> None:
        self.store, self.client, self.fake = store, client, fake

    def tick(self, clock: FixedClock) -> list[dict]:
        run_tick(self.store, clock.now())
        before = len(self.fake.calls_to("chat.postMessage"))
        for _ in range(20):
            report = drain(self.store, slack_posting(self.client), clock.now(), per_channel=100)
            if not report.posted and not report.busy:
                break
        return self.fake.calls_to("chat.postMessage")[before:]

    def ts_of(self, post: dict) -> str:
        return next(
            ts
            for (channel, ts), message in self.fake.messages.items()
            if channel == post["channel"] and message.get("text") == post["text"]
        )


@pytest.fixture
def team(store: Store, client, fake: FakeSlack) -> Channel:
    return Channel(store, client, fake)


def test_three_working_days_over_a_weekend_post_level_one_once(
    store: Store, team: Channel, fake: FakeSlack
) -> None:
    clock = FixedClock(paris(2026, 12, 4, 15, 0))  # a Friday afternoon
    deal_id = new_deal(store, clock, stage=Stage.product_shipped)
    assert team.tick(clock) == []

    clock.set(paris(2026, 12, 9, 14, 59))  # Wednesday: 2 working days and 23:59
    assert team.tick(clock) == []
    clock.set(paris(2026, 12, 9, 15, 0))
    (post,) = team.tick(clock)
    assert post["channel"] == "CTEAM" and "thread_ts" not in post
    shown = message_text(post)
    assert "Level 1" in shown and "Nudge" in shown and "silent 3 working days" in shown
    assert "friendly check-in" in shown
    clock.advance(timedelta(hours=3))
    assert team.tick(clock) == [], "a level is posted once"

    clock.set(paris(2026, 12, 11, 15, 0))  # 5 working days: level 2 in the thread, broadcast
    (second,) = team.tick(clock)
    assert second["thread_ts"] == team.ts_of(post) and second["reply_broadcast"] is True
    assert "Level 2" in message_text(second)
    with store.session() as session:
        levels = session.exec(select(Escalation.to_level).order_by(Escalation.id)).all()
        assert levels == [1, 2]
        assert session.exec(select(Deal.level).where(Deal.id == deal_id)).one() == 2
    assert fake.invalid_calls() == []


def test_a_reply_resets_the_episode_and_says_so_in_the_thread(
    store: Store, team: Channel, fake: FakeSlack
) -> None:
    clock = FixedClock(paris(2026, 12, 1, 10, 0))
    deal_id = new_deal(store, clock, stage=Stage.product_received)
    clock.set(paris(2026, 12, 3, 10, 0))  # product received: 2 working days is level 1
    assert len(team.tick(clock)) == 1

    clock.advance(timedelta(hours=2))
    deal = act(
        store,
        deal_id,
        lambda s, ws, d: deals.log_touchpoint(
            s, ws, d, direction="in", channel="whatsapp", actor="U1", now=clock.now()
        ),
    )
    assert (deal.level, deal.episode, deal.awaiting_since, deal.next_check_at) == (0, 1, None, None)
    (reset,) = team.tick(clock)
    assert "answered" in message_text(reset) and "thread_ts" in reset
    assert "reply_broadcast" not in reset or reset["reply_broadcast"] is False

    clock.advance(timedelta(hours=1))
    act(
        store,
        deal_id,
        lambda s, ws, d: deals.log_touchpoint(
            s, ws, d, direction="out", channel="email", actor="U1", now=clock.now()
        ),
    )
    clock.advance(timedelta(days=2))  # Saturday: 1 working day into the new episode
    assert team.tick(clock) == []
    clock.set(paris(2026, 12, 8, 13, 0))
    (again,) = team.tick(clock)
    assert "Level 1" in message_text(again), "a new episode climbs from level 1 again"
    with store.session() as session:
        rows = session.exec(select(Escalation.episode, Escalation.to_level)).all()
    assert sorted(rows) == [(0, 1), (1, 1)]


def test_an_out_of_office_pause_holds_the_chase_until_the_return_date(
    store: Store, team: Channel
) -> None:
    clock = FixedClock(paris(2026, 12, 1, 9, 0))  # Tuesday
    deal_id = new_deal(store, clock, stage=Stage.contracted)
    clock.set(paris(2026, 12, 3, 9, 0))  # 2 working days of silence counted
    back = paris(2026, 12, 14, 0, 0)
    deal = act(
        store, deal_id, lambda s, ws, d: deals.pause(s, ws, d, back, "out of office", clock.now())
    )
    assert deal.next_check_at == back and deal.clock_credit == 2

    clock.set(paris(2026, 12, 11, 18, 0))
    assert team.tick(clock) == []
    clock.set(paris(2026, 12, 14, 8, 0))  # back, but only 2 days counted so far
    assert team.tick(clock) == []
    clock.set(paris(2026, 12, 15, 0, 0))  # one more working day after the return: 3
    (post,) = team.tick(clock)
    assert "silent 3 working days" in message_text(post)


def test_a_snoozed_deal_stays_quiet(store: Store, team: Channel) -> None:
    clock = FixedClock(paris(2026, 12, 1, 9, 0))
    deal_id = new_deal(store, clock, stage=Stage.product_shipped)
    clock.set(paris(2026, 12, 3, 12, 0))
    act(
        store,
        deal_id,
        lambda s, ws, d: deals.snooze(s, ws, d, clock.now() + timedelta(days=7), clock.now()),
    )
    for day in range(4, 10):
        clock.set(paris(2026, 12, day, 12, 0))
        assert team.tick(clock) == []


def test_a_passed_publish_deadline_escalates_without_any_silence(
    store: Store, team: Channel
) -> None:
    clock = FixedClock(paris(2026, 12, 1, 9, 0))
    deal_id = new_deal(store, clock, stage=Stage.negotiating, publish_due=date(2026, 12, 10))
    deal = act(store, deal_id, lambda s, ws, d: None)
    assert deal.awaiting_since is None and deal.next_check_at == paris(2026, 12, 11, 0, 0)
    clock.set(paris(2026, 12, 10, 23, 59))
    assert team.tick(clock) == []
    clock.set(paris(2026, 12, 11, 0, 0))
    (post,) = team.tick(clock)
    assert "publish deadline 2026-12-10 passed" in message_text(post)


def test_slack_rate_limit_then_success_posts_once(store: Store, client, fake: FakeSlack) -> None:
    clock = FixedClock(paris(2026, 12, 1, 9, 0))
    new_deal(store, clock, stage=Stage.product_shipped)
    clock.set(paris(2026, 12, 4, 9, 0))
    run_tick(store, clock.now())
    fake.fail_next("chat.postMessage", status=429, retry_after=30)
    first = drain(store, slack_posting(client), clock.now())
    assert (first.posted, first.deferred) == (0, 1)
    clock.advance(timedelta(seconds=10))
    assert drain(store, slack_posting(client), clock.now()).posted == 0, "Retry-After is honoured"
    clock.advance(timedelta(seconds=21))
    assert drain(store, slack_posting(client), clock.now()).posted == 1
    assert drain(store, slack_posting(client), clock.now()).posted == 0
    assert len(fake.calls_to("chat.postMessage")) == 1
    with store.session() as session:
        row = session.exec(select(Outbox).where(Outbox.kind == "escalation")).one()
    assert (row.state, row.attempts) == ("sent", 1), "waiting out a rate limit is no try"


def first_answer_lost(store: Store, fake: FakeSlack) -> tuple[FixedClock, WebClient]:
    """A level change posted by a client that gives up before Slack's answer comes."""
    clock = FixedClock(paris(2026, 12, 1, 9, 0))
    new_deal(store, clock, stage=Stage.product_shipped)
    clock.set(paris(2026, 12, 4, 9, 0))
    run_tick(store, clock.now())
    impatient = WebClient(token="xoxb-test", base_url=fake.api_url, timeout=0.5)
    fake.delay_answer("chat.postMessage", 1.5)
    lost = drain(store, slack_posting(impatient), clock.now())
    assert (lost.posted, lost.deferred) == (0, 1)
    return clock, impatient


def test_a_post_whose_answer_was_lost_is_found_and_never_posted_twice(
    store: Store, fake: FakeSlack
) -> None:
    clock, impatient = first_answer_lost(store, fake)
    (posted,) = fake.calls_to("chat.postMessage")
    assert posted["metadata"]["event_type"] == "ghostwatch_outbox"
    clock.advance(timedelta(minutes=1))
    assert drain(store, slack_posting(impatient), clock.now()).posted == 1
    assert len(fake.calls_to("chat.postMessage")) == 1, "looked up, not posted again"
    with store.session() as session:
        row = session.exec(select(Outbox).where(Outbox.kind == "escalation")).one()
        deal = session.exec(select(Deal)).one()
    assert row.state == "sent" and not row.maybe_posted
    assert row.message_ts == deal.thread_ts and row.message_ts is not None


def test_without_history_access_a_lost_post_is_posted_again_rather_than_never(
    store: Store, fake: FakeSlack
) -> None:
    clock, impatient = first_answer_lost(store, fake)
    fake.fail_next("conversations.history", status=200, error="missing_scope")
    clock.advance(timedelta(minutes=1))
    assert drain(store, slack_posting(impatient), clock.now()).posted == 1
    assert len(fake.calls_to("chat.postMessage")) == 2
    with store.session() as session:
        row = session.exec(select(Outbox).where(Outbox.kind == "escalation")).one()
    assert row.state == "sent"


def test_a_missing_channel_is_recorded_not_retried_forever(
    store: Store, client, fake: FakeSlack
) -> None:
    clock = FixedClock(paris(2026, 12, 1, 9, 0))
    new_deal(store, clock, stage=Stage.product_shipped)
    clock.set(paris(2026, 12, 4, 9, 0))
    run_tick(store, clock.now())
    fake.fail_next("chat.postMessage", status=200, error="channel_not_found")
    assert drain(store, slack_posting(client), clock.now()).failed == 1
    with store.session() as session:
        row = session.exec(select(Outbox).where(Outbox.kind == "escalation")).one()
    assert (row.state, row.error) == ("failed", "channel_not_found")


@pytest.mark.postgres
def test_four_schedulers_racing_post_each_level_change_once(
    migrated_pg_url: str, fake: FakeSlack
) -> None:
    pg_url = migrated_pg_url
    setup = Store.from_url(pg_url)
    start = paris(2026, 11, 30, 9, 0)
    with setup.session() as session:
        ws = ensure_workspace(session, "T1", DEFAULTS)
        silent_deals(
            session, ws, 500, start, next_check_at=start, channel_id=lambda i: f"C{i % 25:03d}"
        )
    setup.engine.dispose()

    now = paris(2026, 12, 8, 10, 0)  # 6 working days: every deal has earned level 2
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def scheduler() -> None:
        store = Store.from_url(pg_url)
        client = web_client("xoxb-test", fake.api_url, wait_on_limits=False)
        try:
            barrier.wait()
            run_tick(store, now, batch=100)
            for _ in range(60):
                report = drain(store, slack_posting(client), now, per_channel=5, limit=40)
                if report.posted == 0 and not report.busy:
                    break
        except BaseException as exc:
            errors.append(exc)
        finally:
            store.engine.dispose()

    threads = [threading.Thread(target=scheduler) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []

    check = Store.from_url(pg_url)
    with check.session() as session:
        assert session.exec(select(func.count()).select_from(Escalation)).one() == 500
        # One post per level change; these deals have no address, so no reminder is drafted.
        assert session.exec(select(func.count()).where(Outbox.state == "sent")).one() == 500
        assert set(session.exec(select(Deal.level))) == {2}
    check.engine.dispose()
    mentioned = Counter(
        int(number)
        for post in fake.calls_to("chat.postMessage")
        for number in re.findall(r"\*#(\d+) · Creator", message_text(post))
    )
    assert len(mentioned) == 500 and set(mentioned.values()) == {1}
