"""Reading sessions: they never hold up writers, and nothing can write through them."""

import sqlite3

import pytest
from sqlalchemy.exc import DBAPIError
from sqlmodel import select

from bot.core.workspaces import WorkspaceDefaults, ensure_workspace
from bot.store.engine import Store
from bot.store.models import Workspace


def test_a_reading_session_refuses_writes(store: Store) -> None:
    with pytest.raises(DBAPIError, match="read"), store.reading() as session:
        session.add(Workspace(team_id="T1"))
        session.flush()
    with store.session() as session:
        assert session.exec(select(Workspace)).all() == []


def test_writers_work_after_a_reading_session(store: Store) -> None:
    """The pooled connection a reader used writes again for the next unit of work."""
    for i in range(3):
        with store.reading() as session:
            session.exec(select(Workspace)).all()
        with store.session() as session:
            ensure_workspace(session, f"T{i}", WorkspaceDefaults())
    with store.reading() as session:
        assert len(session.exec(select(Workspace)).all()) == 3


def test_sqlite_writers_go_on_while_a_reader_reads(sqlite_store: Store, sqlite_url: str) -> None:
    with sqlite_store.session() as session:
        ensure_workspace(session, "T1", WorkspaceDefaults())
    writer = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), timeout=0.2)
    writer.isolation_level = None
    with sqlite_store.reading() as session:
        before = session.exec(select(Workspace.timezone)).one()
        writer.execute("BEGIN IMMEDIATE")  # would time out if the reader held the write lock
        writer.execute("UPDATE workspace SET timezone = 'Asia/Seoul'")
        writer.execute("COMMIT")
        # The reader keeps the snapshot it started with.
        assert session.exec(select(Workspace.timezone)).one() == before
    with sqlite_store.reading() as session:
        assert session.exec(select(Workspace.timezone)).one() == "Asia/Seoul"
    writer.close()


def test_sqlite_write_sessions_still_take_the_lock_first(
    sqlite_store: Store, sqlite_url: str
) -> None:
    writer = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), timeout=0.2)
    writer.isolation_level = None
    with sqlite_store.session() as session:
        session.exec(select(Workspace)).all()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            writer.execute("BEGIN IMMEDIATE")
    writer.close()
