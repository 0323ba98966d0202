"""The daily prune: old rows go, in batches; what is open, queued or needed by a live deal
stays; and a year of a 500-deal team levels off."""

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import func, select
from sqlmodel import col

from bot.app import build_deps
from bot.config import Settings
from bot.core.clock import FixedClock
from bot.core.commands import CommandContext, run_command
from bot.core.digest import claim_digests
from bot.core.tick import run_tick
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace
from bot.jobs.outbox import drain
from bot.jobs.prune import prune_once
from bot.mail.imap_sync import _record_problem
from bot.slack.app import web_client
from bot.slack.outbox import slack_posting
from bot.store import journal
from bot.store.engine import Store
from bot.store.models import (
    CommandRecord,
    Deal,
    DigestRun,
    Escalation,
    MailProblem,
    Outbox,
    SeenRequest,
)
from bot.store.retention import Retention, prune
from bot.store.seen import SeenRequests
from tests.fakeslack import FakeSlack
from tests.yearsim import simulate

DEFAULTS = WorkspaceDefaults(channel_id="CTEAM", timezone="UTC")
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


class Team:
    """Commands and jobs of one team on a clock that we move."""

    def __init__(self, store: Store, fake: FakeSlack) -> None:
        self.store, self.fake = store, fake
        self.clock = FixedClock(NOW)
        self.client = web_client("xoxb-test", fake.api_url, wait_on_limits=False)

    def at(self, when: datetime) -> "Team":
        self.clock.set(when)
        return self

    def say(self, *commands: str) -> None:
        ctx = CommandContext("T1", "U1", "CTEAM", self.clock.now())
        for text in commands:
            result = run_command(self.store, ctx, text, DEFAULTS)
            assert "Problem" not in type(result).__name__, result

    def jobs(self, *, post: bool = True) -> None:
        run_tick(self.store, self.clock.now())
        claim_digests(self.store, self.clock.now())
        if post:
            drain(self.store, slack_posting(self.client), self.clock.now(), per_channel=20)

    def problem(self, uid: int) -> None:
        with self.store.session() as session:
            ws = ensure_workspace(session, "T1", DEFAULTS)
            _record_problem(
                session, self.store.dialect, ws, "INBOX", uid, None, "unreadable", self.clock.now()
            )

    def escalations(self) -> set[tuple[int, int, int]]:
        """(deal number, episode, level) of every escalation kept."""
        with self.store.session() as session:
            rows = session.exec(
                select(Deal.number, Escalation.episode, Escalation.to_level).join(
                    Deal, col(Deal.id) == col(Escalation.deal_id)
                )
            ).all()
        return {tuple(r) for r in rows}

    def count(self, model: type, *where) -> int:
        with self.store.session() as session:
            return session.exec(select(func.count()).select_from(model).where(*where)).one()[0]


def _history(store: Store, fake: FakeSlack) -> Team:
    team = Team(store, fake)
    old = datetime(2024, 6, 3, 10, 0, tzinfo=UTC)  # two and a half years ago, a Monday
    team.at(old).say(
        "add Ana Souza ana@example.com $500",
        "add Bo Kim bo@example.com $500",
        "add Cy Park cy@example.com $500",
        "contacted #1",
        "contacted #2",
        "contacted #3",
    )
    team.problem(1)
    team.at(old + timedelta(days=3)).jobs()  # three working days: level 1, and a digest
    team.at(old + timedelta(days=4)).say("heard #1")  # that silence of Ana is over
    team.say("close #3 completed")
    # Bo has stayed silent ever since: the level change of the silence he is in stays.
    recent = NOW - timedelta(days=40)
    team.at(recent).say("contacted #1", "add Di Lee di@example.com $500", "contacted #4")
    team.at(recent + timedelta(days=1)).say("add Ed Wu ed@example.com $500", "contacted #5")
    team.fake.fail_next("chat.postMessage", status=200, error="channel_not_found")
    team.at(recent + timedelta(days=7)).jobs()  # Ana's post fails for good, Di's is posted
    team.at(recent + timedelta(days=8)).jobs(post=False)  # Ed's post stays queued
    team.at(NOW - timedelta(days=20)).say("heard #4")
    team.at(NOW - timedelta(days=1)).jobs(post=False)
    team.problem(2)
    return team.at(NOW)


def test_the_prune_keeps_what_is_open_or_needed_and_deletes_the_rest(
    store: Store, fake: FakeSlack, caplog
) -> None:
    team = _history(store, fake)
    assert team.count(Outbox, Outbox.state == "failed") == 1
    before = team.escalations()
    assert {(1, 0, 1), (2, 0, 1), (3, 0, 1), (1, 1, 2), (4, 0, 2), (5, 0, 1)} <= before
    month_ago = NOW - timedelta(days=30)
    old_done = team.count(
        Outbox, col(Outbox.created_at) < month_ago, col(Outbox.state).in_(["sent", "failed"])
    )
    caplog.set_level(logging.INFO, logger="bot")

    deleted = prune_once(store, NOW, Retention())

    assert deleted["escalation"] == 2 and deleted["digest_run"] >= 1
    assert deleted["mail_problem"] == 1 and deleted["outbox"] == old_done
    assert caplog.messages[-1].startswith("prune: deleted ")
    # Ana's and Cy's level changes of 2024 go; Bo is still in that silence, so his stays.
    assert before - team.escalations() == {(1, 0, 1), (3, 0, 1)}
    # Posts still queued wait for the outbox however old (Ed's level change among them).
    queued = store_rows(store, Outbox, col(Outbox.created_at) < month_ago)
    assert queued and {row.state for row in queued} == {"pending"}
    assert "escalation" in {row.kind for row in queued}
    assert team.count(DigestRun, col(DigestRun.claimed_at) < month_ago) == 0
    assert team.count(DigestRun) >= 1 and team.count(MailProblem) == 1
    assert prune_once(store, NOW, Retention()) == {}, "a second run finds nothing"

    # Kept 30 days instead of two years, Di's finished silence goes; Ana's current one stays.
    assert prune(store, NOW, Retention(escalation_days=30), batch=1) == {"escalation": 1}
    assert (4, 0, 2) not in team.escalations() and (1, 1, 2) in team.escalations()


def store_rows(store: Store, model: type, *where) -> list:
    with store.session() as session:
        return list(session.exec(select(model).where(*where)).scalars())


def test_old_rows_are_deleted_in_batches(store: Store, fake: FakeSlack) -> None:
    team = Team(store, fake)
    start = NOW - timedelta(days=60)
    for uid in range(7):
        team.at(start).problem(uid)
    assert prune(store, NOW, Retention(), batch=3) == {"mail_problem": 7}
    assert team.count(MailProblem) == 0


def test_a_year_of_a_500_deal_team_levels_off(store: Store, db_url: str) -> None:
    """Row counts and size on day 182 and day 364 are about the same.

    Escalations are kept 90 days here: at the two-year default they grow for two years, then
    level off the same way. See tests/yearsim.py for how the year's rows are written.
    """
    path = db_url.removeprefix("sqlite:///") if store.dialect == "sqlite" else None
    logging.getLogger("bot.mail.imap_sync").setLevel(logging.ERROR)
    month6, month12 = simulate(
        store,
        days=365,
        measure_on=(182, 364),
        retention=Retention(escalation_days=90),
        sqlite_path=path,
    )
    for table, rows in month12.rows.items():
        assert 0 < rows <= month6.rows[table] * 1.05, (table, month6.line(), month12.line())
    assert month12.rows["escalation"] < 6 * 100, "three months of level changes, not a year"
    assert month12.size <= month6.size * 1.15, (month6.line(), month12.line())
    assert Path(path).exists() if path else True


def test_retention_is_read_from_the_environment(monkeypatch, sqlite_url: str) -> None:
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.setenv("GHOSTWATCH_KEEP_DAYS", "14")
    monkeypatch.setenv("GHOSTWATCH_KEEP_ESCALATIONS_DAYS", "365")
    deps = build_deps(Settings(_env_file=None))
    assert deps.retention == Retention(days=14, escalation_days=365)
    deps.store.engine.dispose()
    with pytest.raises(ValidationError, match="greater than or equal to 1"):
        Settings(_env_file=None, ghostwatch_keep_days=0)


def test_request_signatures_go_once_expired_and_commands_once_answered(store: Store) -> None:
    """A remembered signature is kept only while a replay could still be accepted; a command is
    kept while a restart may still have to finish or answer it."""
    seen = SeenRequests(store)
    assert seen.first_time("v0=old", NOW - timedelta(minutes=1), NOW - timedelta(minutes=6))
    assert seen.first_time("v0=live", NOW + timedelta(minutes=4), NOW - timedelta(minutes=1))
    old = NOW - timedelta(days=31)
    fields = {"team_id": "T1", "user_id": "U1", "command": "/deal", "response_url": "http://x"}
    answered = journal.record(store, old, text="list", **fields)
    waiting = journal.record(store, old, text="add Jane", **fields)
    recent = journal.record(store, NOW - timedelta(days=1), text="show 1", **fields)
    for record_id in (answered, recent):
        taken = journal.claim(store, record_id, "lease", old)
        assert taken is not None
        journal.settle(store, taken, journal.ANSWERED, old)

    assert prune(store, NOW, Retention()) == {"seen_request": 1, "command_record": 1}
    assert [row.key for row in store_rows(store, SeenRequest)] == ["v0=live"]
    left = {row.id for row in store_rows(store, CommandRecord)}
    assert left == {waiting, recent}
