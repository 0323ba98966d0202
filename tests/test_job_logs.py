"""What the scheduled jobs log: one summary line when a run did something, one line per
database outage (no traceback, no secret) and one when the database is back."""

import logging
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from bot.core import deals
from bot.core.clock import FixedClock
from bot.core.deals import NewDeal
from bot.core.enums import Stage
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace
from bot.jobs.outage import OutageGuard
from bot.jobs.scheduler import EVERY, jobs
from bot.mail.reminders import make_writer
from bot.mail.send import OutboxMailer
from bot.slack.app import web_client
from bot.slack.cards import SlackCards
from bot.slack.outbox import slack_posting
from bot.store.engine import Store
from bot.wiring import Deps
from tests.fakeslack import FakeSlack
from tests.slackbot import make_mail

DEFAULTS = WorkspaceDefaults(channel_id="CTEAM", timezone="UTC")
SENDER = "Maria at Acme <maria@acme.example>"


def _deps(store: Store, clock: FixedClock, tmp_path: Path) -> Deps:
    writer = make_writer(mail_from=SENDER, company="Acme", templates_dir=None)
    mail = make_mail(store, clock, OutboxMailer(tmp_path / "outbox"), sender=SENDER, writer=writer)
    return Deps(store, clock, DEFAULTS, mail)


def _jobs(deps: Deps, fake: FakeSlack):
    client = web_client("xoxb-test", fake.api_url, wait_on_limits=False)
    return jobs(deps, slack_posting(client), SlackCards(client))


def _add_silent_deal(store: Store, clock: FixedClock) -> None:
    with store.session() as session:
        ws = ensure_workspace(session, "T1", DEFAULTS)
        deals.add_deal(
            session,
            ws,
            NewDeal(name="Jane Doe", stage=Stage.product_shipped),
            actor="U1",
            now=clock.now(),
        )


def _lines(caplog: pytest.LogCaptureFixture, level: int = logging.INFO) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= level]


def test_each_job_run_that_did_something_logs_one_summary_line(
    store: Store, clock: FixedClock, fake: FakeSlack, tmp_path: Path, caplog
) -> None:
    caplog.set_level(logging.DEBUG, logger="bot")
    run = _jobs(_deps(store, clock, tmp_path), fake)
    _add_silent_deal(store, clock)
    clock.advance(timedelta(days=3))
    run["escalate"]()
    assert _lines(caplog) == ["tick: 1 deals checked, 1 escalated"]
    caplog.clear()
    run["outbox"]()
    assert _lines(caplog) == ["outbox: 1 posted, 0 deferred, 0 failed"]
    caplog.clear()
    fake.fail_next("chat.postMessage", status=200, error="channel_not_found")
    run["digest"]()
    run["outbox"]()
    assert _lines(caplog) == [
        "digest: 1 queued",
        "outbox row 2 cannot be posted: channel_not_found",
        "outbox: 0 posted, 0 deferred, 1 failed",
    ]
    caplog.clear()
    for name in ("escalate", "digest", "outbox", "drafts", "scheduled", "prune"):
        run[name]()
    assert _lines(caplog) == [], "an idle bot's log stays quiet"
    assert any(r.levelno == logging.DEBUG for r in caplog.records)


def _refuse_connections(admin_url: str, name: str, *, refuse: bool) -> None:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {"false" if refuse else "true"}')
        if refuse:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (name,),
            )


@pytest.mark.postgres
def test_a_database_outage_is_one_line_per_job_then_backoff_then_one_line_back(
    migrated_pg_url: str,
    pg_admin_url: str,
    clock: FixedClock,
    fake: FakeSlack,
    tmp_path: Path,
    caplog,
) -> None:
    store = Store.from_url(migrated_pg_url)
    name = make_url(migrated_pg_url).database
    assert name
    run = _jobs(_deps(store, clock, tmp_path), fake)
    _add_silent_deal(store, clock)
    for job in run.values():
        job()
    caplog.clear()
    caplog.set_level(logging.DEBUG)
    _refuse_connections(pg_admin_url, name, refuse=True)
    try:
        for _ in range(600):  # ten minutes, each job at its own interval
            clock.advance(timedelta(seconds=1))
            for job_name, job in run.items():
                if clock.now().timestamp() % EVERY[job_name] == 0:
                    job()
    finally:
        _refuse_connections(pg_admin_url, name, refuse=False)
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    for job_name in ("escalate", "digest", "outbox", "drafts", "scheduled"):
        (line,) = [r.getMessage() for r in warnings if r.getMessage().startswith(f"{job_name}:")]
        assert "database unreachable (database not accepting connections); retrying " in line
    assert len(warnings) == 5, [r.getMessage() for r in warnings]
    assert all(r.exc_info is None for r in caplog.records), "no traceback"
    assert name not in caplog.text, "the driver's text (host, database, user) is not logged"
    outbox_tries = [r for r in caplog.records if r.getMessage().startswith("outbox: database")]
    assert 5 <= len(outbox_tries) <= 10, "2 s, 4 s, … up to 5 min: not once a second"

    caplog.clear()
    clock.advance(timedelta(minutes=6))
    for job in run.values():
        job()
    back = [m for m in _lines(caplog) if "reachable again" in m]
    assert len(back) == 5 and back[0].startswith("escalate: database reachable again after")
    store.engine.dispose()


@pytest.mark.parametrize("where", ["closed port", "missing folder"])
def test_the_cause_is_named_and_no_secret_is_logged(
    where: str, clock: FixedClock, fake: FakeSlack, tmp_path: Path, caplog
) -> None:
    if where == "closed port":
        url, cause = (
            "postgresql://ghost:pw-canary-4711@127.0.0.1:1/ghostwatch",
            "connection refused",
        )
    else:
        url = f"sqlite:///{tmp_path / 'pw-canary-4711' / 'ghostwatch.db'}"
        cause = "database file cannot be opened"
    store = Store.from_url(url)
    run = _jobs(_deps(store, clock, tmp_path), fake)
    caplog.set_level(logging.DEBUG)
    for _ in range(3):
        run["outbox"]()
        clock.advance(timedelta(seconds=2))
    assert _lines(caplog, logging.WARNING) == [
        f"outbox: database unreachable ({cause}); retrying in 2 s, 4 s, … up to every 5 min"
    ]
    assert "pw-canary-4711" not in caplog.text
    assert all(r.exc_info is None for r in caplog.records)


def test_a_bug_is_not_mistaken_for_an_outage(clock: FixedClock) -> None:
    guard = OutageGuard("digest", clock.now, timedelta(seconds=60))
    with pytest.raises(ZeroDivisionError):
        guard.run(lambda: print(1 / 0))
