"""Requests already taken, remembered across replicas until Slack's window for them closes."""

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col

from bot.store.engine import Store
from bot.store.models import SeenRequest

# Expired rows are also swept in-line, once every this many first sightings in a process.
SWEEP_EVERY = 500


class SeenRequests:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._insert = postgresql.insert if store.dialect == "postgresql" else sqlite.insert
        self._since_sweep = 0

    def first_time(self, key: str, expires_at: datetime, now: datetime) -> bool:
        """True the first time `key` is offered; one insert that the primary key settles, so two
        replicas given the same request at once take it once between them."""
        statement = (
            self._insert(SeenRequest)
            .values(key=key, expires_at=expires_at)
            .on_conflict_do_nothing(index_elements=["key"])
            .returning(col(SeenRequest.key))
        )
        with self._store.urgent.begin() as connection:  # a request waits on it
            new = connection.execute(statement).first() is not None
        if new:
            self._since_sweep += 1
            if self._since_sweep >= SWEEP_EVERY:
                self._since_sweep = 0
                self.sweep(now)
        return new

    def sweep(self, now: datetime) -> int:
        """Delete what expired before `now`."""
        with self._store.engine.begin() as connection:
            gone = delete(SeenRequest).where(col(SeenRequest.expires_at) < now)
            return int(connection.execute(gone).rowcount or 0)
