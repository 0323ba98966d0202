"""Small interfaces the domain's jobs need from the outside, filled in by the composition root."""

from collections.abc import Sequence
from datetime import date, datetime
from typing import NamedTuple, Protocol

from bot.core.enums import Stage


class MailboxUnavailable(Exception):
    """The team mailbox could not be read now; `reason` is safe to log (never a password)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Mailbox(Protocol):
    def read(self, now: datetime) -> str:
        """Read what is new and record it; a line saying what was found. Raises
        `MailboxUnavailable` when the mailbox cannot be reached or logged into."""
        ...

    def in_sent(self, message_id: str) -> bool:
        """Whether the Sent folder holds this Message-ID (a send cut short)."""
        ...


class DueDeal(NamedTuple):
    """What the tick reads of a claimed deal: the clock's fields and where its post goes."""

    id: int
    workspace_id: int
    stage: Stage
    level: int
    episode: int
    clock_start: datetime | None
    clock_credit: int
    snoozed_until: datetime | None
    paused_until: datetime | None
    draft_due: date | None
    publish_due: date | None
    channel_id: str | None


class Rise(NamedTuple):
    """A level change the tick found, to be recorded once per deal, episode and level."""

    workspace_id: int
    deal_id: int
    episode: int
    from_level: int
    to_level: int
    reason: str
    channel_id: str | None


class Recorded(NamedTuple):
    """A level change newly recorded by this tick, its post queued."""

    escalation_id: int
    workspace_id: int
    deal_id: int
    to_level: int


class TickRows(Protocol):
    """The tick's statements, each one for a whole batch: claiming due deals so no other
    scheduler takes them, rescheduling them, and recording their level changes once."""

    def claim(self, now: datetime, lease_until: datetime, limit: int) -> list[DueDeal]:
        """Up to `limit` deals due at `now`, kept from other schedulers until `lease_until`."""
        ...

    def paid(self, deal_ids: Sequence[int]) -> set[int]:
        """Those of the deals with a payment recorded."""
        ...

    def reschedule(self, changes: Sequence[tuple[int, int, datetime | None]]) -> None:
        """Set each deal's (id, level, next_check_at)."""
        ...

    def record(self, rises: Sequence[Rise], now: datetime) -> list[Recorded]:
        """Insert the level changes not recorded yet and queue a post for each of those only."""
        ...
