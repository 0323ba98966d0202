"""How long an out-of-office holds the chase: until the start of the day the creator is back, in
their own time zone (else the workspace's), never longer than a month; a week when they give
no date. And whether that return leaves an agreed deadline within reach."""

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from bot.core.enums import Stage
from bot.core.ladder import workspace_calendar
from bot.store.models import Deal, Workspace

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


def deadline_at_risk(ws: Workspace, deal: Deal, back: datetime) -> tuple[str, date] | None:
    """The next deadline of the deal's stage ("draft" or "publish") that falls before the
    creator can catch up after coming back, if there is one."""
    step = _ORDER.index(deal.stage)
    ahead = (
        ("draft", deal.draft_due, Stage.draft_submitted),
        ("publish", deal.publish_due, Stage.published),
    )
    ready = workspace_calendar(ws).add_working_days(back, CATCH_UP_DAYS).date()
    for kind, due, done in ahead:
        if due is not None and step < _ORDER.index(done) and due < ready:
            return kind, due
    return None
