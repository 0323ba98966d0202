"""Real parts for the tests: SQLite files, a PostgreSQL server, a fake Slack, a fixed clock."""

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy.engine import make_url

from bot.core.clock import FixedClock
from bot.store.engine import Store, normalise_url
from bot.store.migrate import upgrade
from tests.fakeslack import FakeSlack
from tests.slackbot import ALICE, BOB, TEAM_A, SlackBot

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PG_CANDIDATES = [
    os.environ.get("TEST_POSTGRES_URL", ""),
    "postgresql://postgres:postgres@127.0.0.1:5432/postgres",
    "postgresql://postgres@/postgres?host=/var/run/postgresql",
]


def missing_server(what: str) -> None:
    """Outside CI a missing server skips its tests; in CI it fails them."""
    if IN_CI:
        pytest.fail(f"{what} is not available, and CI must run every test", pytrace=False)
    pytest.skip(f"{what} is not available")


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    errors = []
    for url in filter(None, PG_CANDIDATES):
        try:
            with psycopg.connect(url, connect_timeout=3):
                return url
        except psycopg.Error as exc:
            errors.append(f"{make_url(url).render_as_string(hide_password=True)}: {exc}")
    missing_server("PostgreSQL (" + "; ".join(errors) + ")")
    raise AssertionError("unreachable")


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A fresh, empty database for one test, dropped afterwards."""
    name = f"gw_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(normalise_url(pg_admin_url)).set(database=name)
    yield url.render_as_string(hide_password=False)
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'ghostwatch.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each test using it runs once on SQLite and once on PostgreSQL."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    store = Store.from_url(db_url)
    upgrade(store.engine)
    yield store
    store.engine.dispose()


@pytest.fixture
def sqlite_store(sqlite_url: str) -> Iterator[Store]:
    store = Store.from_url(sqlite_url)
    upgrade(store.engine)
    yield store
    store.engine.dispose()


@pytest.fixture
def clock() -> FixedClock:
    """Tuesday 1 December 2026, 10:00 UTC."""
    return FixedClock(datetime(2026, 12, 1, 10, 0, tzinfo=UTC))


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack(team_id=TEAM_A) as fake:
        fake.add_user(ALICE, name="alice", tz="Europe/Paris")
        fake.add_user(BOB, name="bob")
        yield fake


@pytest.fixture
def bot(fake: FakeSlack, store: Store, clock: FixedClock) -> Iterator[SlackBot]:
    """The bot behind its HTTP server; at the end, Slack must have accepted every payload."""
    bot = SlackBot(fake, store, clock)
    yield bot
    bot.close()
    assert fake.invalid_calls() == []
    assert fake.rejected_responses == []
