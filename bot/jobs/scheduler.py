"""APScheduler is only the clock: each job claims its work in the database."""

import logging
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler
from slack_sdk import WebClient

from bot.core.digest import claim_digests
from bot.core.escalation import run_tick
from bot.jobs.drafts import recover_drafts
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


def start_scheduler(
    services: Services,
    client: WebClient,
    *,
    tick_seconds: int = TICK_SECONDS,
    drain_seconds: int = DRAIN_SECONDS,
) -> BackgroundScheduler:
    """Start the escalation tick and the outbox drain in background threads."""
    scheduler = BackgroundScheduler(
        timezone=UTC,
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 60},
    )

    def tick() -> None:
        report = run_tick(services.store, services.clock.now())
        if report.escalated:
            log.info("tick: %s deals checked, %s escalated", report.checked, report.escalated)

    def digests() -> None:
        claim_digests(services.store, services.clock.now())

    def post() -> None:
        writer = services.mail.writer if services.mail else None
        drain(services.store, client, services.clock.now(), writer=writer)

    def unstick() -> None:
        lookup = None
        if services.mailbox is not None:
            mailbox = services.mailbox
            lookup = lambda message_id: in_sent_folder(mailbox, message_id)  # noqa: E731
        recover_drafts(services, client, lookup)

    backoff = Backoff()

    def read_mailbox() -> None:
        if services.mailbox is None or not backoff.ready(services.clock.now()):
            return
        try:
            read_mailbox(services)
            backoff.succeeded()
        except SyncError as exc:
            wait = backoff.failed(services.clock.now())
            log.warning("mailbox not read: %s; next try in %s", exc.reason, wait)

    started = datetime.now(UTC)
    scheduler.add_job(tick, "interval", seconds=tick_seconds, id="escalate", next_run_time=started)
    scheduler.add_job(digests, "interval", seconds=60, id="digest", next_run_time=started)
    scheduler.add_job(post, "interval", seconds=drain_seconds, id="outbox")
    scheduler.add_job(unstick, "interval", minutes=5, id="drafts", next_run_time=started)
    scheduler.add_job(
        read_mailbox, "interval", minutes=MAILBOX_MINUTES, id="mailbox", next_run_time=started
    )
    scheduler.start()
    return scheduler
