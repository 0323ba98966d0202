"""APScheduler is only the clock: each job claims its work in the database."""

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler
from slack_sdk import WebClient

from bot.core.digest import claim_digests
from bot.core.escalation import run_tick
from bot.jobs.drafts import recover_drafts
from bot.jobs.mailbox import read_mailbox
from bot.jobs.outbox import drain
from bot.mail.imap_sync import SyncError, in_sent_folder
from bot.slack.services import Services

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


def jobs(services: Services, client: WebClient) -> dict[str, Callable[[], None]]:
    """Each scheduled job as a plain function; every one handles its own failures."""
    backoff = Backoff()

    def escalate() -> None:
        report = run_tick(services.store, services.clock.now())
        if report.escalated:
            log.info("tick: %s deals checked, %s escalated", report.checked, report.escalated)

    def digest() -> None:
        claim_digests(services.store, services.clock.now())

    def outbox() -> None:
        writer = services.mail.writer if services.mail else None
        drain(services.store, client, services.clock.now(), writer=writer)

    def drafts() -> None:
        mailbox = services.mailbox
        lookup = None
        if mailbox is not None:
            lookup = lambda message_id: in_sent_folder(mailbox, message_id)  # noqa: E731
        recover_drafts(services, client, lookup)

    def mailbox() -> None:
        if services.mailbox is None or not backoff.ready(services.clock.now()):
            return
        try:
            read_mailbox(services)
            backoff.succeeded()
        except SyncError as exc:
            wait = backoff.failed(services.clock.now())
            log.warning("mailbox not read: %s; next try in %s", exc.reason, wait)

    return {
        "escalate": escalate,
        "digest": digest,
        "outbox": outbox,
        "drafts": drafts,
        "mailbox": mailbox,
    }


EVERY = {
    "escalate": TICK_SECONDS,
    "digest": 60,
    "outbox": DRAIN_SECONDS,
    "drafts": 300,
    "mailbox": MAILBOX_MINUTES * 60,
}


def start_scheduler(services: Services, client: WebClient) -> BackgroundScheduler:
    """Run every job in background threads; each claims its work in the database, so replicas
    may run the same schedule."""
    scheduler = BackgroundScheduler(
        timezone=UTC,
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 60},
    )
    started = datetime.now(UTC)
    for name, job in jobs(services, client).items():
        scheduler.add_job(job, "interval", seconds=EVERY[name], id=name, next_run_time=started)
    scheduler.start()
    return scheduler
