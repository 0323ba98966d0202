"""Dates and snooze times as people type them, read strictly so a stray word is never a date."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil import parser as dateutil_parser
from dateutil.relativedelta import relativedelta

from bot.core.errors import InputError

_WEEKDAYS = {
    **dict.fromkeys(("mon", "monday"), 0),
    **dict.fromkeys(("tue", "tues", "tuesday"), 1),
    **dict.fromkeys(("wed", "weds", "wednesday"), 2),
    **dict.fromkeys(("thu", "thur", "thurs", "thursday"), 3),
    **dict.fromkeys(("fri", "friday"), 4),
    **dict.fromkeys(("sat", "saturday"), 5),
    **dict.fromkeys(("sun", "sunday"), 6),
}
_DURATION_RE = re.compile(
    r"(?:in\s+)?(?:(?P<n>[0-9]{1,3})\s*|(?:an?|one)\s+)"
    r"(?P<unit>d|days?|w|wks?|weeks?|m|mos?|months?)"
)
_YEAR_FIRST_RE = re.compile(r"(?P<y>[0-9]{4})(?P<s>[-/.])(?P<m>[0-9]{1,2})(?P=s)(?P<d>[0-9]{1,2})")
_NUMERIC_RE = re.compile(
    r"[0-9]{1,2}/[0-9]{1,2}(?:/(?:[0-9]{2}|[0-9]{4}))?"
    r"|[0-9]{1,2}(?P<s>[.-])[0-9]{1,2}(?P=s)(?:[0-9]{2}|[0-9]{4})"
)
# An ISO date-time (`2027-12-01T10:00`, `2027-12-01 10:00:30Z`): the day is the date part.
_ISO_DATETIME_RE = re.compile(
    r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})[T ]"
    r"[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?",
    re.IGNORECASE,
)
_HINT = "Try 2026-12-15, Dec 15, friday or in 2 weeks."
# How far ahead a deal's date may be: further is a typo, not a plan.
HORIZON_YEARS = 10


def is_numeric_date(text: str) -> bool:
    """Whether a lone token is written as a date (`2026-12-15`, `15/12/2026`, `15/12`)."""
    return bool(
        _YEAR_FIRST_RE.fullmatch(text)
        or _NUMERIC_RE.fullmatch(text)
        or _ISO_DATETIME_RE.fullmatch(text)
    )


class TooFarAhead(InputError):
    """A readable date beyond the horizon: said as such, never retried as another reading."""


def check_horizon(value: date, today: date, what: str) -> date:
    """Refuse a date more than HORIZON_YEARS ahead, saying so (`what` is how it was written)."""
    limit = today + relativedelta(years=HORIZON_YEARS)
    if value > limit:
        raise TooFarAhead(
            f"{what} is more than {HORIZON_YEARS} years ahead; give one by {limit.isoformat()}."
        )
    return value


def parse_date(text: str, today: date, day_first: bool) -> date:
    """Read a calendar date; a missing year means the next such day on or after `today`.

    A date more than HORIZON_YEARS ahead is refused with that reason.
    """
    return check_horizon(_read_date(text, today, day_first), today, f'"{text.strip()}"')


def _read_date(text: str, today: date, day_first: bool) -> date:
    cleaned = " ".join(text.split()).strip(" ,;")
    lowered = cleaned.lower()
    if lowered == "today":
        return today
    if lowered in ("tomorrow", "tmr", "tmrw"):
        return today + timedelta(days=1)
    weekday = _WEEKDAYS.get(lowered.removeprefix("next ").removeprefix("this "))
    if weekday is not None:
        return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    duration = _DURATION_RE.fullmatch(lowered)
    if duration:
        return today + _delta(duration)
    iso = _YEAR_FIRST_RE.fullmatch(cleaned) or _ISO_DATETIME_RE.fullmatch(cleaned)
    if iso:
        return _make_date(text, int(iso["y"]), int(iso["m"]), int(iso["d"]))
    numeric = bool(_NUMERIC_RE.fullmatch(cleaned))
    if not numeric and not any(c.isalpha() for c in cleaned):
        raise InputError(f'I couldn\'t read "{text.strip()}" as a date. {_HINT}')
    return _parse_with_dateutil(text, cleaned, today, day_first, numeric)


def parse_snooze(text: str, now: datetime, tz: ZoneInfo, day_first: bool) -> datetime:
    """When a snooze ends: `now` plus a duration, or local midnight of a date, as aware UTC."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    lowered = " ".join(text.split()).lower()
    duration = _DURATION_RE.fullmatch(lowered)
    if duration:
        until = now + _delta(duration)
    else:
        try:
            day = parse_date(text, now.astimezone(tz).date(), day_first)
        except InputError:
            raise InputError(
                f'I couldn\'t read "{text.strip()}" as a snooze time. Try 3d, 2w, 1m or Dec 15.'
            ) from None
        until = datetime.combine(day, time(), tzinfo=tz)
    if until <= now:
        raise InputError(f'"{text.strip()}" is not in the future; pick a later time.')
    if until > now + relativedelta(years=1):
        raise InputError(f'"{text.strip()}" is more than a year away; snooze for a year at most.')
    return until.astimezone(UTC)


def _delta(match: re.Match[str]) -> relativedelta:
    n = int(match["n"]) if match["n"] else 1
    unit = match["unit"][0]
    if unit == "d":
        return relativedelta(days=n)
    if unit == "w":
        return relativedelta(weeks=n)
    return relativedelta(months=n)


def _parse_with_dateutil(
    original: str, cleaned: str, today: date, day_first: bool, numeric: bool
) -> date:
    """Parse twice with different defaults to learn which parts were actually typed.

    dateutil silently fills gaps from its default, which would turn "May" or "15" into a date.
    Numeric dates retry the other day/month order, so an unambiguous `15/12` works either way.
    """
    orders = (day_first, not day_first) if numeric else (day_first,)
    for order in orders:
        try:
            a = dateutil_parser.parse(cleaned, dayfirst=order, default=datetime(2000, 1, 1))
            b = dateutil_parser.parse(cleaned, dayfirst=order, default=datetime(2004, 3, 2))
        except (ValueError, OverflowError):
            continue
        if a.day != b.day or a.month != b.month:
            break
        if a.year != b.year:
            return _next_occurrence(original, a.month, a.day, today)
        if not numeric and not re.search(rf"(?<![0-9]){a.year}(?![0-9])", cleaned):
            break
        return _make_date(original, a.year, a.month, a.day)
    raise InputError(f'I couldn\'t read "{original.strip()}" as a date. {_HINT}')


def _next_occurrence(original: str, month: int, day: int, today: date) -> date:
    for year in range(today.year, today.year + 9):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    raise InputError(f'I couldn\'t read "{original.strip()}" as a date. {_HINT}')


def _make_date(original: str, year: int, month: int, day: int) -> date:
    """Build a date, refusing years nobody means for a deal deadline (far-future ones are
    refused by `check_horizon`, with their own reason)."""
    try:
        if year < 1900:
            raise ValueError(year)
        return date(year, month, day)
    except ValueError:
        raise InputError(f'I couldn\'t read "{original.strip()}" as a date. {_HINT}') from None
