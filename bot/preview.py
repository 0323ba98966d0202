"""`ghostwatch preview`: what a tick at a given moment would post and draft, changing nothing.

The real tick, digest claim and outbox drain run against a store whose transaction is rolled
back, and post to a printer instead of Slack: the same decisions as a real run, no write kept
and no Slack call made.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import TextIO

from bot.core.digest import claim_digests
from bot.core.drafts import Writer
from bot.core.tick import run_tick
from bot.demo import PrintingSlack
from bot.jobs.outbox import drain
from bot.slack.outbox import slack_posting
from bot.store.engine import Store
from bot.store.rollback import rolled_back

# A drain posts at least one message a round while anything is left; this bounds a broken one.
MAX_ROUNDS = 10_000


@dataclass(frozen=True)
class Preview:
    checked: int
    escalated: int
    digests: int
    messages: int

    def line(self, at: datetime) -> str:
        return (
            f"preview at {at.isoformat(timespec='seconds')}: {self.checked} deals checked, "
            f"{self.escalated} would escalate, {self.digests} digest(s) due, {self.messages} "
            "message(s) would be posted. Nothing was saved or sent; the mailbox was not read."
        )


def preview(store: Store, now: datetime, writer: Writer | None, out: TextIO) -> Preview:
    """Print each message the tick at `now` would post (drafts show as their approval cards)."""
    printer = PrintingSlack(out, users={}, show_channel=True)
    with rolled_back(store) as scratch:
        report = run_tick(scratch, now, writer=writer)
        digests = claim_digests(scratch, now)
        posting = slack_posting(printer)
        messages = 0
        for _ in range(MAX_ROUNDS):
            drained = drain(scratch, posting, now, per_channel=MAX_ROUNDS)
            messages += drained.posted
            if not drained.posted and not drained.busy:
                break
    return Preview(report.checked, report.escalated, len(digests), messages)
