"""The outbox's ports: what a handler makes of a row, and how posting it can fail.

The drain (jobs) knows rows, leases and pacing; a handler per `OutboxKind` (chat adapter) turns
a row into a message and records where it went; a `Poster` puts it in the chat, raising
`PostFailed` with one of three meanings.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from sqlmodel import Session

from bot.core.enums import OutboxKind
from bot.store.models import Outbox


class Failure(StrEnum):
    retryable = "retryable"  # try again later (rate limit, a passing error)
    permanent = "permanent"  # another try cannot help (no such channel, no access)
    uncertain = "uncertain"  # it may have been posted (the answer timed out)


class PostFailed(Exception):
    def __init__(self, reason: str, failure: Failure, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.failure = failure
        self.retry_after = retry_after


@dataclass
class Prepared:
    """What one row becomes: a new message (in a thread or not), or an edit of `update_ts`
    (in `channel` when the message is not in the row's)."""

    message: dict[str, Any]
    channel: str | None = None
    thread_ts: str | None = None
    broadcast: bool = False
    update_ts: str | None = None
    # Anything the handler wants to remember between preparing and recording.
    notes: dict[str, Any] = field(default_factory=dict)


class Poster(Protocol):
    def post(self, channel: str, prepared: Prepared, *, marker: str) -> str:
        """Post or edit; returns the message's ts. `marker` rides along with the message, so
        a post whose answer was lost can be found before it is posted again."""
        ...

    def find(self, channel: str, marker: str, *, thread_ts: str | None = None) -> str | None:
        """The ts of a recent message posted with `marker` (in the thread `thread_ts`, when it
        went to one), if there is one."""
        ...


class Handler(Protocol):
    def prepare(self, session: Session, row: Outbox, now: datetime) -> Prepared | None:
        """The message, or None when there is nothing (left) to post. Reads only."""
        ...

    def record(
        self, session: Session, row: Outbox, prepared: Prepared, ts: str, now: datetime
    ) -> None:
        """Remember where the message went (a thread root, a card), in the row's workspace."""
        ...


class Folder(Protocol):
    """Several rows of one kind and channel posted as one message instead of a flood."""

    kind: OutboxKind
    at_least: int
    at_most: int

    def foldable(self, session: Session, rows: Sequence[Outbox]) -> list[Outbox]: ...

    def prepare(self, session: Session, rows: Sequence[Outbox], now: datetime) -> Prepared: ...

    def record(self, session: Session, rows: Sequence[Outbox], ts: str, now: datetime) -> None: ...


@dataclass(frozen=True)
class Posting:
    """Everything the drain needs from the chat side."""

    poster: Poster
    handlers: Mapping[OutboxKind, Handler]
    folder: Folder | None = None
