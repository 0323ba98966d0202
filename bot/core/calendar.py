"""Working days in a workspace's own time zone: silence is counted in them (DESIGN §3).

Each year's working dates are generated once with `dateutil.rrule` and kept as sorted ordinals,
so every query is a bisect or an index step: the scheduler asks these questions for every due
deal on every tick. The weekday rule of a year is shared between calendars, since most
workspaces keep the same week and differ only in holidays.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from operator import index
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, rrule, rruleset

_MIDNIGHT = time(0)
_WEEKDAYS = frozenset(range(7))


class WorkCalendar:
    """Which local dates are working days, and how many have elapsed between two instants.

    The clock runs on local wall time: a count started at 15:00 completes at 15:00 local on a
    later working day, whatever DST, year ends or leap days happen in between.
    """

    __slots__ = ("_holidays", "_last_counter", "_tz", "_weekdays", "_years")

    def __init__(
        self,
        tz: ZoneInfo | str,
        working_days: Iterable[int] = (0, 1, 2, 3, 4),
        holidays: Iterable[date | str] = (),
    ) -> None:
        """`working_days`: weekday numbers (0 = Monday … 6 = Sunday); `holidays`: local dates."""
        self._tz = ZoneInfo(tz) if isinstance(tz, str) else tz
        weekdays = frozenset(index(day) for day in working_days)
        if not weekdays:
            raise ValueError("a calendar needs at least one working day")
        if not weekdays <= _WEEKDAYS:
            raise ValueError("working days are weekday numbers, 0 (Monday) to 6 (Sunday)")
        self._weekdays = tuple(sorted(weekdays))
        by_year: dict[int, list[date]] = {}
        for holiday in holidays:
            day = _as_date(holiday)
            by_year.setdefault(day.year, []).append(day)
        self._holidays = by_year
        self._years: dict[int, list[int]] = {}
        self._last_counter: tuple[datetime, Callable[[datetime], int]] | None = None

    @property
    def tz(self) -> ZoneInfo:
        return self._tz

    def is_working_day(self, day: date) -> bool:
        """Whether a local date is a working day: a working weekday that is not a holiday."""
        ordinals = self._year(day.year)
        ordinal = day.toordinal()
        i = bisect_left(ordinals, ordinal)
        return i < len(ordinals) and ordinals[i] == ordinal

    def add_working_days(self, start: datetime, n: int) -> datetime:
        """The instant (UTC) at which `n` working days have elapsed since `start`.

        From `start`'s local date and wall time (a day off starts the clock at 00:00 of the next
        working day), the result is that wall time on the n-th working day after; n = 0 gives the
        (possibly moved) start. A wall time lost to a DST gap resolves as zoneinfo's fold=0 does;
        results never precede `start` and grow strictly with n.
        """
        n = index(n)
        if n < 0:
            raise ValueError("n must be zero or more working days")
        origin, wall, moved = self._anchor(start)
        if n == 0:
            return self._instant(origin, wall) if moved else start.astimezone(UTC)
        return self._instant(self._nth_after(origin, n), wall)

    def working_days_between(self, start: datetime, end: datetime) -> int:
        """The largest n with `add_working_days(start, n) <= end`; 0 when there is none.

        Estimated from local dates, then settled against `add_working_days` itself so the two
        never disagree, even where clocks fall back across midnight and a local date repeats.
        """
        if _require_aware(end) <= _require_aware(start):
            return 0
        origin, wall, _ = self._anchor(start)
        last = end.astimezone(self._tz).toordinal()
        count = self._count_after(origin, last)
        while count > 0 and self._instant(self._nth_after(origin, count), wall) > end:
            count -= 1
        while self._instant(self._nth_after(origin, count + 1), wall) <= end:
            count += 1
        return count

    def counter(self, end: datetime) -> Callable[[datetime], int]:
        """`working_days_between(start, end)` for many starts and one `end`: the same answers,
        several times faster, for the tick and the digest that count thousands of silences at
        one instant. Kept for the few most recent ends.

        Only a working day on `end`'s own local date can be cut short by the time of day, and
        while the UTC offset holds steady from the day before to the day after, that is a
        comparison of wall times; otherwise each count is settled exactly.
        """
        last = self._last_counter  # asked again for every deal counted at one instant
        if last is not None and last[0] is end:
            return last[1]
        count = _counter(self, _require_aware(end))
        self._last_counter = end, count
        return count

    def _counter(self, end: datetime) -> Callable[[datetime], int]:
        local = end.astimezone(self._tz)
        last = local.toordinal()
        if not self._steady_around(last):
            return lambda start: self.working_days_between(start, end)
        end_wall = local.time()
        cut = self._nth_after(last - 1, 1) == last  # end's date is a working day
        tz = self._tz
        # Working days from each local start date to `end`, and whether that date is one (so
        # the time of day can cut the count short): silences start on a few dozen dates.
        by_date: dict[int, tuple[int, bool]] = {}

        def count(start: datetime) -> int:
            if start.tzinfo is None:
                raise ValueError("a timezone-aware datetime is needed")
            if start >= end:
                return 0
            local = start.astimezone(tz)
            ordinal = local.toordinal()
            known = by_date.get(ordinal)
            if known is None:
                origin = self._first_on_or_after(ordinal, local.year)
                days = self._count_after(origin, last)
                known = by_date[ordinal] = days, bool(days and cut and origin == ordinal)
            days, timed = known
            # A start moved to the next working day runs from midnight, never after end's time.
            if timed and local.time() > end_wall:
                return days - 1
            return days

        return count

    def _steady_around(self, ordinal: int) -> bool:
        """Whether the UTC offset is the same, hour by hour, from the day before a local date to
        the end of the day after it, so wall times there order like the instants they name."""
        first = datetime.combine(date.fromordinal(ordinal - 2), _MIDNIGHT, UTC)
        hours = (first + timedelta(hours=h) for h in range(121))
        return len({moment.astimezone(self._tz).utcoffset() for moment in hours}) == 1

    def start_of_next_day(self, day: date) -> datetime:
        """The instant (UTC) local `day` ends: 00:00 of the next day, or the first instant after it
        when midnight falls in a DST gap. A deadline on `day` has passed from then on."""
        return self._instant(day.toordinal() + 1, _MIDNIGHT)

    def _anchor(self, start: datetime) -> tuple[int, time, bool]:
        """The local working date (ordinal) and wall time a count runs from, and whether a day
        off moved it to the next working midnight."""
        local = _require_aware(start).astimezone(self._tz)
        ordinal = local.toordinal()
        first = self._first_on_or_after(ordinal, local.year)
        if first != ordinal:
            return first, _MIDNIGHT, True
        return ordinal, local.time().replace(fold=0), False

    def _instant(self, ordinal: int, wall: time) -> datetime:
        """A local wall time on a date as a UTC instant (fold=0, as zoneinfo resolves it)."""
        return datetime.combine(date.fromordinal(ordinal), wall, self._tz).astimezone(UTC)

    def _first_on_or_after(self, ordinal: int, year: int) -> int:
        ordinals = self._year(year)
        i = bisect_left(ordinals, ordinal)
        while i == len(ordinals):
            year += 1
            ordinals = self._year(year)
            i = 0
        return ordinals[i]

    def _nth_after(self, ordinal: int, n: int) -> int:
        """The n-th working day (n ≥ 1) strictly after a date, stepping across year lists."""
        year = date.fromordinal(ordinal).year
        ordinals = self._year(year)
        i = bisect_right(ordinals, ordinal) + n - 1
        while i >= len(ordinals):
            i -= len(ordinals)
            year += 1
            ordinals = self._year(year)
        return ordinals[i]

    def _count_after(self, ordinal: int, last: int) -> int:
        """How many working days fall in (ordinal, last]."""
        if last <= ordinal:
            return 0
        year, last_year = date.fromordinal(ordinal).year, date.fromordinal(last).year
        ordinals = self._year(year)
        if year == last_year:
            return bisect_right(ordinals, last) - bisect_right(ordinals, ordinal)
        count = len(ordinals) - bisect_right(ordinals, ordinal)
        count += sum(len(self._year(between)) for between in range(year + 1, last_year))
        return count + bisect_right(self._year(last_year), last)

    def _year(self, year: int) -> list[int]:
        """The sorted ordinals of a year's working dates, generated on first use."""
        ordinals = self._years.get(year)
        if ordinals is None:
            ordinals = self._years[year] = self._generate(year)
        return ordinals

    def _generate(self, year: int) -> list[int]:
        rule = _weekday_rule(self._weekdays, year)
        holidays = self._holidays.get(year)
        if not holidays:
            return [day.toordinal() for day in rule]
        days = rruleset(cache=False)
        days.rrule(rule)
        for holiday in holidays:
            days.exdate(datetime(holiday.year, holiday.month, holiday.day))
        return [day.toordinal() for day in days]


@lru_cache(maxsize=256)
def _weekday_rule(weekdays: tuple[int, ...], year: int) -> rrule:
    """A year's working weekdays, shared and cached: most workspaces have the same week."""
    if not date.min.year <= year <= date.max.year:
        raise OverflowError("working days run past the supported calendar range")
    return rrule(
        DAILY,
        dtstart=datetime(year, 1, 1),
        until=datetime(year, 12, 31),
        byweekday=weekdays,
        cache=True,
    )


@lru_cache(maxsize=16)
def _counter(cal: WorkCalendar, end: datetime) -> Callable[[datetime], int]:
    return cal._counter(end)


@lru_cache(maxsize=512)
def calendar_for(
    tz: str,
    working_days: tuple[int, ...] = (0, 1, 2, 3, 4),
    holidays: tuple[str, ...] = (),
) -> WorkCalendar:
    """One shared calendar per workspace setting, so each year is generated once per process."""
    return WorkCalendar(tz, working_days, holidays)


def _as_date(value: date | str) -> date:
    if isinstance(value, str):
        return date.fromisoformat(value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise TypeError(f"a holiday must be a date or an ISO date string, not {value!r}")


def _require_aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a timezone-aware datetime is needed")
    return moment
