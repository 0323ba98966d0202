from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.calendar import WorkCalendar, calendar_for

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
DUBAI = ZoneInfo("Asia/Dubai")
SANTIAGO = ZoneInfo("America/Santiago")
EVERY_DAY = (0, 1, 2, 3, 4, 5, 6)
SUN_THU = (6, 0, 1, 2, 3)
US = timedelta(microseconds=1)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --- examples ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (datetime(2026, 1, 9, 15, tzinfo=PARIS), 1, datetime(2026, 1, 12, 15, tzinfo=PARIS)),
        (datetime(2026, 1, 9, 15, tzinfo=PARIS), 3, datetime(2026, 1, 14, 15, tzinfo=PARIS)),
        (datetime(2026, 1, 10, 10, tzinfo=PARIS), 3, datetime(2026, 1, 15, 0, tzinfo=PARIS)),
        (datetime(2026, 1, 10, 10, tzinfo=PARIS), 0, datetime(2026, 1, 12, 0, tzinfo=PARIS)),
        (datetime(2026, 1, 12, 9, tzinfo=PARIS), 0, datetime(2026, 1, 12, 9, tzinfo=PARIS)),
    ],
)
def test_paris_week(start: datetime, n: int, expected: datetime) -> None:
    cal = WorkCalendar("Europe/Paris")
    result = cal.add_working_days(start, n)
    assert result == expected
    assert result.tzinfo is UTC
    assert cal.working_days_between(start, result) == n


def test_sunday_to_thursday_week() -> None:
    cal = WorkCalendar(DUBAI, SUN_THU)
    thursday = datetime(2026, 1, 8, 16, tzinfo=DUBAI)
    assert cal.add_working_days(thursday, 1) == datetime(2026, 1, 11, 16, tzinfo=DUBAI)
    friday = datetime(2026, 1, 9, 10, tzinfo=DUBAI)
    assert cal.add_working_days(friday, 0) == datetime(2026, 1, 11, tzinfo=DUBAI)
    assert not cal.is_working_day(date(2026, 1, 10))
    assert cal.is_working_day(date(2026, 1, 11))
    assert cal.working_days_between(thursday, datetime(2026, 1, 15, 16, tzinfo=DUBAI)) == 5


def test_holidays_are_skipped() -> None:
    cal = WorkCalendar(PARIS, holidays=("2026-12-25", date(2027, 1, 1)))
    assert not cal.is_working_day(date(2026, 12, 25))
    start = datetime(2026, 12, 24, 10, tzinfo=PARIS)
    assert cal.add_working_days(start, 1) == datetime(2026, 12, 28, 10, tzinfo=PARIS)
    assert cal.working_days_between(start, datetime(2026, 12, 28, 10, tzinfo=PARIS)) == 1
    on_holiday = datetime(2026, 12, 25, 12, tzinfo=PARIS)
    assert cal.add_working_days(on_holiday, 0) == datetime(2026, 12, 28, tzinfo=PARIS)


def test_year_end() -> None:
    cal = WorkCalendar(PARIS, holidays=("2026-01-01", "2027-01-01"))
    new_years_eve = datetime(2025, 12, 31, 9, tzinfo=PARIS)
    assert cal.add_working_days(new_years_eve, 1) == datetime(2026, 1, 2, 9, tzinfo=PARIS)
    assert cal.add_working_days(datetime(2026, 12, 31, 9, tzinfo=PARIS), 1) == datetime(
        2027, 1, 4, 9, tzinfo=PARIS
    )
    monday = datetime(2025, 12, 29, 9, tzinfo=PARIS)
    assert cal.working_days_between(monday, datetime(2026, 1, 5, 9, tzinfo=PARIS)) == 4


def test_long_spans_cross_many_years() -> None:
    spec = Spec(PARIS, frozenset(range(5)), frozenset({date(2027, 1, 1), date(2030, 5, 1)}))
    cal = spec.calendar()
    start = datetime(2026, 3, 2, 9, 30, tzinfo=PARIS)
    for n in (250, 600, 2600):
        assert cal.add_working_days(start, n) == ref_add(spec, start, n)
    end = datetime(2036, 1, 7, 9, tzinfo=PARIS)
    assert cal.working_days_between(start, end) == ref_between(spec, start, end)


def test_leap_day() -> None:
    cal = WorkCalendar(PARIS)
    assert cal.is_working_day(date(2028, 2, 29))
    monday = datetime(2028, 2, 28, 12, tzinfo=PARIS)
    assert cal.add_working_days(monday, 1) == datetime(2028, 2, 29, 12, tzinfo=PARIS)
    friday = datetime(2028, 2, 25, 12, tzinfo=PARIS)
    assert cal.add_working_days(friday, 3) == datetime(2028, 3, 1, 12, tzinfo=PARIS)
    assert cal.working_days_between(friday, datetime(2028, 3, 1, 12, tzinfo=PARIS)) == 3
    every_day = WorkCalendar(PARIS, EVERY_DAY)
    assert every_day.add_working_days(monday, 2) == datetime(2028, 3, 1, 12, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("tz", "start", "expected"),
    [
        ("Europe/Paris", datetime(2026, 3, 27, 15, tzinfo=PARIS), utc(2026, 3, 30, 13)),
        ("Europe/Paris", datetime(2026, 10, 23, 15, tzinfo=PARIS), utc(2026, 10, 26, 14)),
        ("America/New_York", datetime(2026, 3, 6, 9, tzinfo=NEW_YORK), utc(2026, 3, 9, 13)),
        ("America/New_York", datetime(2026, 10, 30, 9, tzinfo=NEW_YORK), utc(2026, 11, 2, 14)),
    ],
)
def test_a_weekend_dst_change_keeps_the_wall_time(
    tz: str, start: datetime, expected: datetime
) -> None:
    cal = WorkCalendar(tz)
    assert cal.add_working_days(start, 1) == expected
    assert cal.working_days_between(start, expected - US) == 0
    assert cal.working_days_between(start, expected) == 1


def test_start_before_a_spring_forward_gap() -> None:
    cal = WorkCalendar(PARIS, EVERY_DAY)
    start = datetime(2026, 3, 28, 2, 30, tzinfo=PARIS)  # 02:30 does not exist on Mar 29
    assert cal.add_working_days(start, 1) == utc(2026, 3, 29, 1, 30)  # 03:30 CEST, fold=0
    assert cal.add_working_days(start, 2) == datetime(2026, 3, 30, 2, 30, tzinfo=PARIS)
    assert cal.working_days_between(start, utc(2026, 3, 29, 1, 30) - US) == 0
    assert cal.working_days_between(start, utc(2026, 3, 29, 1, 30)) == 1
    assert cal.working_days_between(start, utc(2026, 3, 30, 0, 30)) == 2

    new_york = WorkCalendar(NEW_YORK, EVERY_DAY)
    start = datetime(2026, 3, 7, 2, 30, tzinfo=NEW_YORK)
    assert new_york.add_working_days(start, 1) == utc(2026, 3, 8, 7, 30)  # 03:30 EDT


def test_fall_back_days() -> None:
    cal = WorkCalendar(PARIS, EVERY_DAY)
    start = datetime(2026, 10, 24, 2, 30, tzinfo=PARIS)
    assert cal.add_working_days(start, 1) == utc(2026, 10, 25, 0, 30)  # the first 02:30
    assert cal.add_working_days(start, 2) == utc(2026, 10, 26, 1, 30)
    second = datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NEW_YORK)  # 01:30 EST, 06:30Z
    new_york = WorkCalendar(NEW_YORK, EVERY_DAY)
    assert new_york.add_working_days(second, 0) == utc(2026, 11, 1, 6, 30)  # not the first 01:30
    assert new_york.add_working_days(second, 1) == utc(2026, 11, 2, 6, 30)
    assert WorkCalendar(NEW_YORK).add_working_days(second, 0) == utc(2026, 11, 2, 5)


def test_a_fall_back_across_midnight_repeats_a_local_date() -> None:
    st_johns = ZoneInfo("America/St_Johns")  # until 2011 clocks fell back from 00:01 to 23:01
    cal = WorkCalendar(st_johns, EVERY_DAY)
    start = datetime(2010, 11, 5, tzinfo=st_johns)
    second = cal.add_working_days(start, 2)  # Nov 7 00:00, a minute before the change
    end = second + timedelta(minutes=11)
    assert end.astimezone(st_johns).date() == date(2010, 11, 6)
    assert cal.working_days_between(start, end) == 2


def test_counts_are_not_additive_over_an_arbitrary_split() -> None:
    cal = WorkCalendar(NEW_YORK, EVERY_DAY)
    start = datetime(2026, 10, 31, 1, 30, tzinfo=NEW_YORK)
    middle = datetime(2026, 11, 1, 1, 20, fold=1, tzinfo=NEW_YORK)  # after the first 01:30
    end = cal.add_working_days(middle, 1)
    assert cal.working_days_between(start, middle) == 1
    assert cal.working_days_between(middle, end) == 1
    assert cal.working_days_between(start, end) == 1  # 01:30 EST on Nov 2 is still ahead


def test_start_of_next_day() -> None:
    cal = WorkCalendar(PARIS)
    assert cal.start_of_next_day(date(2026, 3, 28)) == utc(2026, 3, 28, 23)
    assert cal.start_of_next_day(date(2026, 3, 29)) == utc(2026, 3, 29, 22)
    assert cal.start_of_next_day(date(2026, 12, 31)) == utc(2026, 12, 31, 23)
    santiago = WorkCalendar(SANTIAGO)
    assert santiago.start_of_next_day(date(2026, 9, 5)) == utc(2026, 9, 6, 4)  # 00:00 skipped


def test_bad_input() -> None:
    cal = WorkCalendar(PARIS)
    naive = datetime(2026, 1, 9, 15)
    aware = datetime(2026, 1, 9, 15, tzinfo=PARIS)
    with pytest.raises(ValueError):
        cal.add_working_days(naive, 1)
    with pytest.raises(ValueError):
        cal.add_working_days(aware, -1)
    with pytest.raises(ValueError):
        cal.working_days_between(naive, aware)
    with pytest.raises(ValueError):
        cal.working_days_between(aware, naive)
    with pytest.raises(ValueError):
        WorkCalendar(PARIS, ())
    with pytest.raises(ValueError):
        WorkCalendar(PARIS, (0, 7))
    with pytest.raises(ValueError):
        WorkCalendar(PARIS, holidays=("not a date",))


def test_calendar_for_is_shared() -> None:
    first = calendar_for("Europe/Paris", (0, 1, 2, 3, 4), ("2026-12-25",))
    assert calendar_for("Europe/Paris", (0, 1, 2, 3, 4), ("2026-12-25",)) is first
    assert not first.is_working_day(date(2026, 12, 25))


# --- a plain day-by-day reference -------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    tz: ZoneInfo
    weekdays: frozenset[int]
    holidays: frozenset[date]

    def calendar(self) -> WorkCalendar:
        return WorkCalendar(self.tz, self.weekdays, self.holidays)

    def working(self, day: date) -> bool:
        return day.weekday() in self.weekdays and day not in self.holidays


def ref_anchor(spec: Spec, start: datetime) -> tuple[date, time, bool]:
    local = start.astimezone(spec.tz)
    day, wall, moved = local.date(), local.time().replace(fold=0), False
    while not spec.working(day):
        day, wall, moved = day + timedelta(days=1), time(0), True
    return day, wall, moved


def at(spec: Spec, day: date, wall: time) -> datetime:
    return datetime.combine(day, wall, tzinfo=spec.tz).astimezone(UTC)


def ref_add(spec: Spec, start: datetime, n: int) -> datetime:
    day, wall, moved = ref_anchor(spec, start)
    if n == 0 and not moved:
        return start.astimezone(UTC)
    for _ in range(n):
        day += timedelta(days=1)
        while not spec.working(day):
            day += timedelta(days=1)
    return at(spec, day, wall)


def ref_between(spec: Spec, start: datetime, end: datetime) -> int:
    """Walk day by day until a working day's wall time is still ahead of `end`."""
    if end <= start:
        return 0
    day, wall, _ = ref_anchor(spec, start)
    count = 0
    while True:
        day += timedelta(days=1)
        if spec.working(day):
            if at(spec, day, wall) > end:
                return count
            count += 1


def wall_exists(tz: ZoneInfo, day: date, wall: time) -> bool:
    local = datetime.combine(day, wall, tzinfo=tz)
    return local.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == local.replace(tzinfo=None)


# --- strategies -------------------------------------------------------------------------------

ZONES = [
    "Europe/Paris",
    "America/New_York",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Pacific/Chatham",
    "America/Santiago",
    "UTC",
]
DST_ZONES = [zone for zone in ZONES if zone not in ("Asia/Kolkata", "UTC")]
FIRST, LAST = utc(2020, 1, 1), utc(2035, 12, 31, 23, 59)


@cache
def transitions(zone: str) -> tuple[datetime, ...]:
    """Every UTC-offset change of a zone in the test years, to the second."""
    tz = ZoneInfo(zone)

    def offset(second: int) -> timedelta | None:
        return datetime.fromtimestamp(second, tz).utcoffset()

    found = []
    second, stop = int(utc(2019, 12, 1).timestamp()), int(utc(2036, 2, 1).timestamp())
    while second < stop:
        lo, hi = second, second + 86400
        if offset(lo) != offset(hi):
            while hi - lo > 1:
                mid = (lo + hi) // 2
                lo, hi = (mid, hi) if offset(mid) == offset(lo) else (lo, mid)
            found.append(datetime.fromtimestamp(hi, UTC))
        second += 86400
    return tuple(found)


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[Spec, datetime]:
    """A calendar and a start; half the starts sit near a DST change or a few weeks before one."""
    zone = draw(st.sampled_from(ZONES))
    tz = ZoneInfo(zone)
    start_zones = st.sampled_from([tz, ZoneInfo("UTC"), ZoneInfo("Asia/Tokyo")])
    changes = transitions(zone)
    if changes and draw(st.booleans()):
        pivot = draw(st.sampled_from(changes))
        back = timedelta(days=draw(st.integers(0, 40)), hours=draw(st.integers(-3, 3)))
        jitter = timedelta(minutes=draw(st.sampled_from([-30, -15, 0, 15])))
        start = (pivot - back + jitter).astimezone(draw(start_zones))
    else:
        moment = draw(st.integers(int(FIRST.timestamp()), int(LAST.timestamp())))
        start = datetime.fromtimestamp(moment, draw(start_zones))
    weekdays = draw(st.frozensets(st.integers(0, 6), min_size=1))
    first_day = start.astimezone(tz).date()
    offsets = draw(st.frozensets(st.integers(-3, 120), max_size=8))
    holidays = frozenset(first_day + timedelta(days=k) for k in offsets)
    return Spec(tz, weekdays, holidays), start


@st.composite
def dst_landings(draw: st.DrawFn) -> tuple[Spec, datetime, int]:
    """A start and the count that lands on a DST change day (or the working day before it), at
    a wall time inside, at or just after the gap or the repeated hour."""
    zone = draw(st.sampled_from(DST_ZONES))
    tz = ZoneInfo(zone)
    change = draw(st.sampled_from(transitions(zone))).astimezone(tz)
    pivot = change.replace(tzinfo=None, fold=0)
    minutes = draw(st.sampled_from([-30, -1, 0, 15, 59]))
    wall = (pivot + timedelta(minutes=minutes)).time().replace(fold=draw(st.sampled_from([0, 1])))
    start = datetime.combine(pivot.date() - timedelta(days=draw(st.integers(1, 40))), wall, tz)
    weekdays = draw(st.frozensets(st.integers(0, 6))) | {start.weekday(), pivot.weekday()}
    offsets = draw(st.frozensets(st.integers(1, 45), max_size=6))
    spec = Spec(tz, weekdays, frozenset(start.date() + timedelta(days=k) for k in offsets))
    first, _, _ = ref_anchor(spec, start)
    days = (pivot.date() - first).days
    return spec, start, sum(spec.working(first + timedelta(days=k)) for k in range(1, days + 1))


COUNTS = st.integers(0, 60)
PROPERTY = settings(max_examples=300, deadline=None)


# --- properties -------------------------------------------------------------------------------


def assert_on_wall_time(spec: Spec, wall: time, moment: datetime) -> None:
    """A count ends on a working day at the start's wall time, unless a DST gap removed it."""
    local = moment.astimezone(spec.tz)
    assert spec.working(local.date())
    if wall_exists(spec.tz, local.date(), wall):
        assert local.time().replace(fold=0) == wall
    else:
        assert local.time() > wall  # a gap pushes the wall clock forward, never back


@PROPERTY
@given(scenarios(), st.lists(COUNTS, min_size=2, max_size=2, unique=True))
def test_add_working_days(scenario: tuple[Spec, datetime], pair: list[int]) -> None:
    spec, start = scenario
    cal = spec.calendar()
    n, m = sorted(pair)
    first, second = cal.add_working_days(start, n), cal.add_working_days(start, m)
    assert first.tzinfo is UTC
    assert start <= first < second
    assert first == ref_add(spec, start, n)
    assert second == ref_add(spec, start, m)
    _, wall, _ = ref_anchor(spec, start)
    for count, moment in ((n, first), (m, second)):
        assert cal.working_days_between(start, moment) == count
        assert_on_wall_time(spec, wall, moment)
        if count:
            assert cal.working_days_between(start, moment - US) == count - 1


@PROPERTY
@given(
    scenarios(),
    COUNTS,
    st.sampled_from([-1, 0, 1]),
    st.integers(-2 * 86400, 200 * 86400),
    st.integers(0, 30 * 86400),
)
def test_working_days_between(
    scenario: tuple[Spec, datetime], n: int, micro: int, offset: int, further: int
) -> None:
    spec, start = scenario
    cal = spec.calendar()
    near = ref_add(spec, start, n) + micro * US
    early = start + timedelta(seconds=offset)
    late = early + timedelta(seconds=further)
    for end in (near, early, late):
        assert cal.working_days_between(start, end) == ref_between(spec, start, end)
    assert cal.working_days_between(start, early) <= cal.working_days_between(start, late)


@PROPERTY
@given(scenarios(), COUNTS, st.sampled_from([-1, 0, 1]), st.integers(-3 * 86400, 90 * 86400))
def test_counter_agrees_with_working_days_between(
    scenario: tuple[Spec, datetime], n: int, micro: int, offset: int
) -> None:
    """The digest's batch count gives the same answers, on and around DST changes too."""
    spec, start = scenario
    cal = spec.calendar()
    for end in (ref_add(spec, start, n) + micro * US, start + timedelta(seconds=offset)):
        count = cal.counter(end)
        for moved in (start, start + micro * US, end - timedelta(hours=1), end, end + US):
            assert count(moved) == ref_between(spec, moved, end)


def assert_counts_add_up(spec: Spec, start: datetime, a: int, b: int, seconds: int) -> None:
    cal = spec.calendar()
    middle = cal.add_working_days(start, a)
    # middle keeps the start's wall time (or a gap-pushed one), so b more days never reach a+b+1.
    assert cal.working_days_between(start, cal.add_working_days(middle, b)) == a + b
    end = middle + timedelta(seconds=seconds)
    whole = cal.working_days_between(start, end)
    parts = a + cal.working_days_between(middle, end)
    _, wall, _ = ref_anchor(spec, start)
    if middle.astimezone(spec.tz).time().replace(fold=0) == wall:
        assert whole == parts  # same wall clock, so both counts step at the same instants
    else:
        assert whole >= parts  # a gap moved middle's clock later, so its steps come later


@PROPERTY
@given(scenarios(), COUNTS, COUNTS, st.integers(0, 120 * 86400))
def test_counts_add_up_from_a_counted_instant(
    scenario: tuple[Spec, datetime], a: int, b: int, seconds: int
) -> None:
    spec, start = scenario
    assert_counts_add_up(spec, start, a, b, seconds)


@PROPERTY
@given(dst_landings(), COUNTS, st.integers(0, 30 * 86400))
def test_counting_onto_a_dst_change_day(
    landing: tuple[Spec, datetime, int], b: int, seconds: int
) -> None:
    spec, start, n = landing
    cal = spec.calendar()
    result = cal.add_working_days(start, n)
    assert result == ref_add(spec, start, n)
    assert cal.working_days_between(start, result) == n
    if n:
        assert cal.working_days_between(start, result - US) == n - 1
        assert_on_wall_time(spec, ref_anchor(spec, start)[1], result)
    assert cal.add_working_days(start, n + 1) > result
    assert_counts_add_up(spec, start, n, b, seconds)


@PROPERTY
@given(scenarios(), st.integers(0, 400))
def test_working_days_and_day_ends(scenario: tuple[Spec, datetime], days: int) -> None:
    spec, start = scenario
    cal = spec.calendar()
    day = start.astimezone(spec.tz).date() + timedelta(days=days - 3)
    assert cal.is_working_day(day) == spec.working(day)
    end = cal.start_of_next_day(day)
    assert end.astimezone(spec.tz).date() == day + timedelta(days=1)
    assert (end - US).astimezone(spec.tz).date() == day
