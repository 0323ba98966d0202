"""A job that cannot reach the database says so once, waits longer after each failure, and
says when the database is back: no traceback every second while it is down."""

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.store.outage import outage_cause

log = logging.getLogger(__name__)

FIRST_WAIT = timedelta(seconds=2)
MAX_WAIT = timedelta(minutes=5)


def _span(wait: timedelta) -> str:
    seconds = int(wait.total_seconds())
    if seconds < 120:
        return f"{seconds} s"
    return f"{seconds // 60} min" + (f" {seconds % 60} s" if seconds % 60 else "")


class OutageGuard:
    """Runs one job; while the database is down, skips runs until the next try is due.

    The wait starts at the job's own interval (at least 2 s) and doubles up to five minutes (or
    the interval, if longer), so a down database costs a few quiet attempts an hour.
    """

    def __init__(self, name: str, clock: Callable[[], datetime], every: timedelta) -> None:
        self.name = name
        self.clock = clock
        self.first = max(FIRST_WAIT, every)
        self.cap = max(MAX_WAIT, every)
        self.since: datetime | None = None
        self.failures = 0
        self.next_try: datetime | None = None

    def run(self, job: Callable[[], None]) -> None:
        now = self.clock()
        if self.next_try is not None and now < self.next_try:
            return
        try:
            job()
        except Exception as exc:
            cause = outage_cause(exc)
            if cause is None:
                raise
            self._failed(cause, now)
            return
        if self.since is not None:
            log.info(
                "%s: database reachable again after %s (%d failed tries)",
                self.name,
                _span(now - self.since),
                self.failures,
            )
        self.since, self.failures, self.next_try = None, 0, None

    def _failed(self, cause: str, now: datetime) -> None:
        wait = min(self.first * 2**self.failures, self.cap)
        self.failures += 1
        self.next_try = now + wait
        if self.since is None:
            self.since = now
            then = min(wait * 2, self.cap)
            plan = (
                f"retrying in {_span(wait)}, {_span(then)}, … up to every {_span(self.cap)}"
                if wait < self.cap
                else f"retrying every {_span(wait)}"
            )
            log.warning("%s: database unreachable (%s); %s", self.name, cause, plan)
        else:
            log.debug(
                "%s: database still unreachable (%s); next try in %s", self.name, cause, _span(wait)
            )
