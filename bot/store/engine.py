"""Engine and sessions: SQLite (WAL, foreign keys on) by default, PostgreSQL by URL."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlmodel import Session

from bot.store.bulk import BulkTick


def normalise_url(url: str) -> str:
    """Accept the usual spellings of a PostgreSQL URL and pick the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_engine(url: str, **kwargs: Any) -> Engine:
    url = normalise_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        writers = _Writers()
        event.listen(engine, "begin", writers.begin)
        event.listen(engine, "commit", writers.end)
        event.listen(engine, "rollback", writers.end)
        event.listen(engine, "checkin", writers.checkin)
        return engine
    engine = create_engine(url, pool_pre_ping=True, **kwargs)
    event.listen(engine, "connect", _postgres_utc)
    event.listen(engine, "begin", _postgres_begin)
    return engine


def _reading(connection: Any) -> bool:
    return bool(connection.get_execution_options().get(READ_ONLY))


def _postgres_utc(dbapi_connection: Any, _record: Any) -> None:
    """Sessions speak UTC, so timestamps arrive as the UTC the bot keeps and are not converted
    again one by one (the digest reads thousands)."""
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET TIME ZONE 'UTC'")
    dbapi_connection.commit()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# A writer that waits longer than this for the others in its process goes on to SQLite's own
# lock, which refuses it after the busy timeout as before (a thread holding two writers).
WRITER_QUEUE_SECONDS = 10.0


class _Writers:
    """Take SQLite's write lock when a transaction starts, not at its first write.

    A transaction that reads a deal and then writes it can otherwise act on what another
    writer changed in between; PostgreSQL gets the same guarantee from row locks. A reading
    session takes no lock: WAL gives it a snapshot while writers go on, and `query_only`
    refuses any write it attempts.

    The writers of one process queue for it here first: SQLite's busy handler retries a
    waiting writer after sleeps that grow to 100 ms, so under load a short write would sleep
    behind many others, where this queue hands the lock on the moment it is free, and lets an
    urgent write (what an acknowledgement waits on) go before the writers already waiting.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._holder: Any = None  # the connection in the write transaction, and its thread
        self._thread: int | None = None
        self._urgent = 0

    def begin(self, connection: Any) -> None:
        reading = _reading(connection)
        connection.exec_driver_sql(f"PRAGMA query_only={int(reading)}")
        if not reading and self._thread != threading.get_ident():
            self._acquire(connection, bool(connection.get_execution_options().get(URGENT)))
        try:
            connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")
        except BaseException:
            self.end(connection)
            raise

    def end(self, connection: Any) -> None:
        if self._holder is connection:
            self._release()

    def checkin(self, _dbapi_connection: Any, _record: Any) -> None:
        """A connection the holder's thread gives back, however its transaction ended (a
        connection dropped unclosed ends without a rollback event)."""
        if self._thread == threading.get_ident():
            self._release()

    def _acquire(self, connection: Any, urgent: bool) -> None:
        """A thread that already writes goes straight on to SQLite's lock, as before."""
        with self._cond:
            self._urgent += urgent
            try:
                free = self._cond.wait_for(
                    lambda: self._holder is None and (urgent or not self._urgent),
                    timeout=WRITER_QUEUE_SECONDS,
                )
            finally:
                self._urgent -= urgent
            if free:
                self._holder, self._thread = connection, threading.get_ident()

    def _release(self) -> None:
        with self._cond:
            self._holder = self._thread = None
            self._cond.notify_all()


def _postgres_begin(connection: Any) -> None:
    if _reading(connection):
        connection.exec_driver_sql("SET TRANSACTION READ ONLY")


READ_ONLY = "ghostwatch_read_only"
URGENT = "ghostwatch_urgent"


class Store:
    """The database handle the rest of the bot is given."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = engine.execution_options(**{READ_ONLY: True})
        # A short write someone is waiting on: it goes before queued writers (on SQLite).
        self.urgent = engine.execution_options(**{URGENT: True})

    @classmethod
    def from_url(cls, url: str) -> "Store":
        return cls(make_engine(url))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def ticks(self, session: Session) -> BulkTick:
        """The tick's batch statements on this session."""
        return BulkTick(session, self.dialect)

    @contextmanager
    def session(self, *, urgent: bool = False) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises. An urgent
        one is short and waited on (what an acknowledgement needs)."""
        bind = self.urgent if urgent else self.engine
        with Session(bind, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session that only reads (a digest, App Home): it never holds up writers, and a
        write in it fails."""
        with Session(self._reader, expire_on_commit=False) as session:
            yield session
