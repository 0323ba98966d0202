"""The dependency container every adapter and job is given: built once by the composition root
(`bot.app`), it holds only the domain's own types and the ports core defines."""

from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta

from bot.core.addresses import SmtpUtf8, no_smtputf8
from bot.core.clock import Clock
from bot.core.drafts import Writer
from bot.core.ports import Mailbox
from bot.core.sending import Sending
from bot.core.workspaces import WorkspaceDefaults
from bot.store.engine import Store
from bot.store.journal import LEASE
from bot.store.retention import Retention


@dataclass(frozen=True)
class Mail:
    """How reminders are written and sent; `address` is the team's own (the From address).

    Sends run on their own threads, so a slow mail server never keeps Slack's requests from
    being acknowledged.
    """

    sending: Sending
    writer: Writer
    address: str
    smtputf8: SmtpUtf8 = no_smtputf8
    senders: Executor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=16, thread_name_prefix="send")
    )


@dataclass(frozen=True)
class Deps:
    store: Store
    clock: Clock
    defaults: WorkspaceDefaults
    mail: Mail | None = None
    mailbox: Mailbox | None = None
    retention: Retention = field(default_factory=Retention)
    # How long a command's worker holds it before another may take it up (a dead worker's).
    command_lease: timedelta = LEASE

    @property
    def writer(self) -> Writer | None:
        return self.mail.writer if self.mail else None

    @property
    def smtputf8(self) -> SmtpUtf8:
        return self.mail.smtputf8 if self.mail else no_smtputf8
