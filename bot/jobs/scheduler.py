"""APScheduler is only the clock: each job claims its work in the database."""

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler

from bot.core.digest import claim_digests
from bot.core.outbox import Posting
from bot.core.ports import MailboxUnavailable
from bot.core.sending import Cards
from bot.core.tick import run_tick
from bot.jobs.outage import OutageGuard
from bot.jobs.outbox import drain
from bot.jobs.prune import EVERY_SECONDS as PRUNE_SECONDS
from bot.jobs.prune import prune_once
from bot.wiring import Deps

log = logging.getLogger(__name__)

TICK_SECONDS = 120
MAILBOX_MINUTES = 3


class Backoff:
    """Waits longer after each failure (connection lost, login refused), up to half an hour."""

    def __init__(self) -> None:
        self.failures = 0
        self.next_try: datetime | None = None

    def ready(self, now: datetime) -> bool:
        return self.next_try is None or now >= self.next_try

    def failed(self, now: datetime) -> timedelta:
        self.failures += 1
        wait = min(timedelta(minutes=2**self.failures), timedelta(minutes=30))
        self.next_try = now + wait
        return wait

    def succeeded(self) -> None:
        self.failures, self.next_try = 0, None


DRAIN_SECONDS = 1
# Longer than any SMTP conversation (its timeout is 30 s), so a send in progress elsewhere is
# never mistaken for one that was cut short.
STUCK_AFTER = timedelta(minutes=2)


def jobs(deps: Deps, posting: Posting, cards: Cards) -> dict[str, Callable[[], None]]:
    """Each scheduled job as a plain function; every one handles its own failures.

    `posting` and `cards` are the chat's side of the outbox and of the approval cards. Each run
    that did something logs one summary line (an idle run logs at DEBUG only), and a database
    outage is logged once per job, not once per run.
    """
    backoff = Backoff()

    def escalate() -> None:
        report = run_tick(deps.store, deps.clock.now(), writer=deps.writer)
        _summary(
            bool(report.escalated),
            "tick: %s deals checked, %s escalated",
            report.checked,
            report.escalated,
        )

    def digest() -> None:
        queued = claim_digests(deps.store, deps.clock.now())
        _summary(bool(queued), "digest: %s queued", len(queued))

    def outbox() -> None:
        r = drain(deps.store, posting, deps.clock.now())
        _summary(
            bool(r.posted or r.deferred or r.failed),
            "outbox: %s posted, %s deferred, %s failed",
            r.posted,
            r.deferred,
            r.failed,
        )

    def drafts() -> None:
        if deps.mail is not None:
            settled = deps.mail.sending.recover(deps.clock.now() - STUCK_AFTER, cards)
            _summary(bool(settled), "drafts: %s sends cut short settled", settled)

    def scheduled() -> None:
        if deps.mail is not None:
            sent = deps.mail.sending.send_due(cards)
            _summary(bool(sent), "scheduled: %s reminders sent in their working hours", sent)

    def mailbox() -> None:
        if deps.mailbox is None or not backoff.ready(deps.clock.now()):
            return
        try:
            found = deps.mailbox.read(deps.clock.now())
            backoff.succeeded()
        except MailboxUnavailable as exc:
            wait = backoff.failed(deps.clock.now())
            log.warning("mailbox not read: %s; next try in %s", exc.reason, wait)
            return
        _summary(" 0 new messages" not in found, "%s", found)

    def prune() -> None:
        prune_once(deps.store, deps.clock.now(), deps.retention)

    plain = {
        "escalate": escalate,
        "digest": digest,
        "outbox": outbox,
        "drafts": drafts,
        "scheduled": scheduled,
        "mailbox": mailbox,
        "prune": prune,
    }
    return {name: _guarded(name, job, deps) for name, job in plain.items()}


def _summary(busy: bool, line: str, *args: object) -> None:
    log.log(logging.INFO if busy else logging.DEBUG, line, *args)


def _guarded(name: str, job: Callable[[], None], deps: Deps) -> Callable[[], None]:
    guard = OutageGuard(name, deps.clock.now, timedelta(seconds=EVERY[name]))
    return lambda: guard.run(job)


EVERY = {
    "escalate": TICK_SECONDS,
    "digest": 60,
    "outbox": DRAIN_SECONDS,
    "drafts": 300,
    "scheduled": 60,
    "mailbox": MAILBOX_MINUTES * 60,
    "prune": PRUNE_SECONDS,
}


def start_scheduler(deps: Deps, posting: Posting, cards: Cards) -> BackgroundScheduler:
    """Run every job in background threads; each claims its work in the database, so replicas
    may run the same schedule."""
    scheduler = BackgroundScheduler(
        timezone=UTC,
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 60},
    )
    started = datetime.now(UTC)
    for name, job in jobs(deps, posting, cards).items():
        scheduler.add_job(job, "interval", seconds=EVERY[name], id=name, next_run_time=started)
    scheduler.start()
    return scheduler
