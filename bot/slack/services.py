"""What the Slack listeners are given: the database, the clock and new-workspace defaults."""

from dataclasses import dataclass

from bot.core.clock import Clock
from bot.core.workspaces import WorkspaceDefaults
from bot.store.engine import Store


@dataclass(frozen=True)
class Services:
    store: Store
    clock: Clock
    defaults: WorkspaceDefaults
