"""What the Slack listeners are given: the database, the clock, defaults and mail."""

from dataclasses import dataclass

from bot.core.clock import Clock
from bot.core.drafts import Writer
from bot.core.workspaces import WorkspaceDefaults
from bot.mail.send import Mailer
from bot.store.engine import Store


@dataclass(frozen=True)
class Mail:
    """How drafts are written and sent: `sender` is the From header."""

    mailer: Mailer
    sender: str
    writer: Writer


@dataclass(frozen=True)
class Services:
    store: Store
    clock: Clock
    defaults: WorkspaceDefaults
    mail: Mail | None = None
