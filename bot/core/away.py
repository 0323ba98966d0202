"""How long an out-of-office holds the chase: until the start of the day the creator is back, in
their own time zone (else the workspace's), never longer than a month; a week when they give
no date. And whether that return leaves an agreed deadline within reach."""

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Protocol

from bot.core.enums import Stage
from bot.core.ladder import workspace_calendar
from bot.store.models import Workspace

MAX_PAUSE = timedelta(days=30)
DEFAULT_PAUSE = timedelta(days=7)
# A creator back from a trip needs this many working days before a deadline can be kept.
CATCH_UP_DAYS = 2
_ORDER = list(Stage)


def pause_end(day: date | None, received: datetime, zone: tzinfo) -> datetime:
    """The instant the chase resumes, as aware UTC."""
    start = received if received.tzinfo else received.replace(tzinfo=UTC)
    latest = start + MAX_PAUSE
    if day is None:
        resume = start + DEFAULT_PAUSE
    else:
        try:
            resume = datetime.combine(day, time(), tzinfo=zone)
        except (OverflowError, ValueError):
            resume = latest
    return max(start, min(resume, latest)).astimezone(UTC)


class Dated(Protocol):
    """A deal's stage and agreed dates: a Deal, or the digest's row of one."""

    @property
    def stage(self) -> Stage: ...

    @property
    def draft_due(self) -> date | None: ...

    @property
    def publish_due(self) -> date | None: ...


def deadline_at_risk(
    ws: Workspace, deal: Dated, back: datetime, today: date
) -> tuple[str, date] | None:
    """The next deadline of the deal's stage ("draft" or "publish"), not passed by `today`, that
    falls before the creator can catch up after coming back, if there is one."""
    step = _ORDER.index(deal.stage)
    ahead = (
        ("draft", deal.draft_due, Stage.draft_submitted),
        ("publish", deal.publish_due, Stage.published),
    )
    ready = workspace_calendar(ws).add_working_days(back, CATCH_UP_DAYS).date()
    for kind, due, done in ahead:
        if due is not None and step < _ORDER.index(done) and today <= due < ready:
            return kind, due
    return None
