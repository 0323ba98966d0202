"""What the Slack listeners are given: the database, the clock, defaults and mail."""

from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field

from bot.core.clock import Clock
from bot.core.drafts import Writer
from bot.core.workspaces import WorkspaceDefaults
from bot.mail.imap_sync import ImapSettings
from bot.mail.send import Mailer
from bot.store.engine import Store


@dataclass(frozen=True)
class Mail:
    """How drafts are written and sent: `sender` is the From header.

    Sends run on their own threads, so a slow mail server never keeps Slack's requests from
    being acknowledged.
    """

    mailer: Mailer
    sender: str
    writer: Writer
    senders: Executor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=16, thread_name_prefix="send")
    )


@dataclass(frozen=True)
class Services:
    store: Store
    clock: Clock
    defaults: WorkspaceDefaults
    mail: Mail | None = None
    mailbox: ImapSettings | None = None
    mailbox_team: str | None = None
