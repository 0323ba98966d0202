"""Small interfaces the domain's jobs need from the outside, filled in by the composition root."""

from datetime import datetime
from typing import Protocol


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
