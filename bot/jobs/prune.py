"""The daily prune: old outbox, digest, mail-problem and escalation rows go, in small batches."""

import logging
from datetime import datetime

from bot.store.engine import Store
from bot.store.retention import Retention, prune

log = logging.getLogger(__name__)

EVERY_SECONDS = 24 * 3600


def prune_once(store: Store, now: datetime, retention: Retention) -> dict[str, int]:
    """Run every rule once; replicas may run it together, since a delete is idempotent."""
    deleted = prune(store, now, retention)
    if deleted:
        log.info(
            "prune: deleted %s", ", ".join(f"{n} {table} rows" for table, n in deleted.items())
        )
    else:
        log.debug("prune: nothing old enough")
    return deleted
