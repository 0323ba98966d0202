"""A store whose every unit of work is undone: what a preview runs the real code against."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection
from sqlmodel import Session

from bot.store.engine import Store


class RolledBackStore(Store):
    """Every session shares one connection inside one transaction that is never committed.

    A session's commit only releases its savepoint, so the code under preview reads what it
    wrote a moment before (the escalation rows, the queued posts, the drafts), exactly as in
    a real run; `rolled_back` then throws all of it away. On SQLite the transaction holds the
    write lock, on PostgreSQL the row locks of what it claimed, until it ends.
    """

    def __init__(self, connection: Connection) -> None:
        super().__init__(connection.engine)
        self._connection = connection

    def _joined(self) -> Session:
        return Session(
            bind=self._connection, join_transaction_mode="create_savepoint", expire_on_commit=False
        )

    @contextmanager
    def session(self, *, urgent: bool = False) -> Iterator[Session]:
        with self._joined() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._joined() as session:
            yield session


@contextmanager
def rolled_back(store: Store) -> Iterator[Store]:
    """A store on one transaction of `store`'s database, rolled back when the block ends."""
    with store.engine.connect() as connection:
        transaction = connection.begin()
        try:
            yield RolledBackStore(connection)
        finally:
            transaction.rollback()
