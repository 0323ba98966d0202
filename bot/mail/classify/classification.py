"""The verdict on an inbound message, apart so that every rule can return one.

Each rule module builds a `Classification` and the package's `__init__` imports the rules to wire
them in order; keeping the type in its own module lets both import it without a cycle. Import it
from `bot.mail.classify`.
"""

from dataclasses import dataclass
from typing import Literal

Kind = Literal["human", "auto_reply", "bounce", "challenge", "list"]


@dataclass(frozen=True)
class Classification:
    """What an inbound message is; `reason` is short and stored on the touchpoint for audits."""

    kind: Kind
    reason: str
    out_of_office: bool = False
    bounce_hard: bool | None = None
    bounced_addresses: tuple[str, ...] = ()
    bounced_message_id: str | None = None
