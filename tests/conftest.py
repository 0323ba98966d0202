"""Real parts for the tests: SQLite files, a PostgreSQL server, a fake Slack, a fixed clock."""

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from bot.core.clock import FixedClock
from bot.store.engine import Store
from bot.store.migrate import upgrade
from tests.fakeslack import FakeSlack
from tests.pgclones import PgClones, database_url, run_tag
from tests.servedbot import ServedBot
from tests.slackbot import ALICE, BOB, TEAM_A, SlackBot

RUN_TAG = run_tag()
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
    yield database_url(pg_admin_url, name)
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_clones(pg_admin_url: str) -> Iterator[PgClones]:
    """This worker's migrated template database, and copies of it made ahead of the tests."""
    with PgClones(pg_admin_url, f"gw_tpl_{RUN_TAG}") as clones:
        yield clones


@pytest.fixture
def migrated_pg_url(pg_clones: PgClones) -> Iterator[str]:
    """A fresh database with the schema from the migrations (a copy of one migrated once)."""
    with pg_clones.clone() as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """Where a test's SQLite file goes; nothing is there yet."""
    return f"sqlite:///{tmp_path / 'ghostwatch.db'}"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This worker's SQLite file migrated once; each test gets a copy of it."""
    path = tmp_path_factory.mktemp("template") / "ghostwatch.db"
    store = Store.from_url(f"sqlite:///{path}")
    upgrade(store.engine)
    store.engine.dispose()  # the last connection to close folds the WAL into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path


def _migrated_sqlite(sqlite_url: str, template: Path) -> str:
    shutil.copyfile(template, sqlite_url.removeprefix("sqlite:///"))
    return sqlite_url


DATABASES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=DATABASES)
def db_url(request: pytest.FixtureRequest) -> str:
    """A database with the schema from the migrations; each test using it runs once on SQLite
    and once on PostgreSQL (on SQLite alone when it is marked `parse_only`)."""
    if request.param == "postgres":
        return request.getfixturevalue("migrated_pg_url")
    url = request.getfixturevalue("sqlite_url")
    return _migrated_sqlite(url, request.getfixturevalue("sqlite_template"))


@pytest.fixture(params=DATABASES)
def empty_db_url(request: pytest.FixtureRequest) -> str:
    """An empty database on each of SQLite and PostgreSQL, for the tests of the migrations."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


@pytest.hookimpl(tryfirst=True)
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test that only parses text runs once: its database is SQLite alone. (A parametrize
    mark, added before pytest reads them, takes the place of the fixture's two databases.)"""
    if metafunc.definition.get_closest_marker("parse_only") and "db_url" in metafunc.fixturenames:
        metafunc.definition.add_marker(pytest.mark.parametrize("db_url", ["sqlite"], indirect=True))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    store = Store.from_url(db_url)
    yield store
    store.engine.dispose()


@pytest.fixture
def sqlite_store(sqlite_url: str, sqlite_template: Path) -> Iterator[Store]:
    store = Store.from_url(_migrated_sqlite(sqlite_url, sqlite_template))
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


@pytest.fixture(params=["waitress", "workers-2"])
def served_bot(
    request: pytest.FixtureRequest,
    fake: FakeSlack,
    store: Store,
    clock: FixedClock,
    db_url: str,
    tmp_path: Path,
) -> Iterator[SlackBot]:
    """The bot under waitress in this process, or `ghostwatch serve --workers 2` (gunicorn's
    forked workers) as a process of its own; the same requests must meet the same answers."""
    if request.param == "waitress":
        bot = SlackBot(fake, store, clock)
    else:
        bot = ServedBot(fake, store, db_url, tmp_path, workers=2)
    yield bot
    bot.close()
    assert fake.invalid_calls() == []
    assert fake.rejected_responses == []


@pytest.fixture
def bot(fake: FakeSlack, store: Store, clock: FixedClock) -> Iterator[SlackBot]:
    """The bot behind its HTTP server; at the end, Slack must have accepted every payload."""
    bot = SlackBot(fake, store, clock)
    yield bot
    bot.close()
    assert fake.invalid_calls() == []
    assert fake.rejected_responses == []
