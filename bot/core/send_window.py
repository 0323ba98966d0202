"""When a reminder may land: in the creator's working hours, in their own time zone.

A reminder approved at 20:00 their time waits for 09:00 on their next working day; one approved
inside the window goes at once. Without a known time zone there is no window.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.store.models import Workspace

DEFAULT_FROM, DEFAULT_UNTIL = time(9, 0), time(18, 0)
DEFAULT_DAYS = (0, 1, 2, 3, 4)


@dataclass(frozen=True)
class SendWindow:
    start: time = DEFAULT_FROM
    end: time = DEFAULT_UNTIL
    days: tuple[int, ...] = DEFAULT_DAYS  # Monday is 0

    def opens(self, now: datetime, zone: str) -> datetime | None:
        """None when `now` is inside the window; else the next moment it opens (UTC)."""
        tz = ZoneInfo(zone)
        local = now.astimezone(tz)
        if local.weekday() in self.days and self.start <= local.time() < self.end:
            return None
        for ahead in range(8):
            day = local.date() + timedelta(days=ahead)
            opening = datetime.combine(day, self.start, tzinfo=tz)
            # A start that falls in a DST gap is read as the first valid instant after it.
            opening = opening.astimezone(ZoneInfo("UTC")).astimezone(tz)
            if day.weekday() in self.days and opening > local:
                return opening.astimezone(ZoneInfo("UTC"))
        return None


def _time(text: object, default: time) -> time:
    try:
        return time.fromisoformat(str(text)) if text else default
    except ValueError:
        return default


def workspace_window(ws: Workspace) -> SendWindow:
    """The workspace's setting (`/deal settings`), 09:00–18:00 Monday–Friday by default."""
    saved = ws.settings.get("send_window") or {}
    days = tuple(sorted(int(d) for d in saved.get("days") or DEFAULT_DAYS))
    return SendWindow(
        start=_time(saved.get("from"), DEFAULT_FROM),
        end=_time(saved.get("until"), DEFAULT_UNTIL),
        days=days or DEFAULT_DAYS,
    )
