from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.dates import is_numeric_date, parse_date, parse_snooze
from bot.core.errors import InputError

TODAY = date(2026, 3, 10)  # a Tuesday


@pytest.mark.parametrize("day_first", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-15", date(2026, 12, 15)),
        ("2026-12-05", date(2026, 12, 5)),
        ("2026/12/05", date(2026, 12, 5)),
        ("Dec 15", date(2026, 12, 15)),
        ("15 Dec", date(2026, 12, 15)),
        ("December 15th", date(2026, 12, 15)),
        ("Dec 15 2026", date(2026, 12, 15)),
        ("15 Dec 2027", date(2027, 12, 15)),
        ("Dec 15, 2026", date(2026, 12, 15)),
        ("Mar 10", TODAY),
        ("Mar 9", date(2027, 3, 9)),
        ("Feb 29", date(2028, 2, 29)),
        ("today", TODAY),
        ("tomorrow", date(2026, 3, 11)),
        ("Tomorrow", date(2026, 3, 11)),
        ("fri", date(2026, 3, 13)),
        ("Friday", date(2026, 3, 13)),
        ("tue", date(2026, 3, 17)),
        ("next monday", date(2026, 3, 16)),
        ("in 3 days", date(2026, 3, 13)),
        ("in 2 weeks", date(2026, 3, 24)),
        ("in a week", date(2026, 3, 17)),
        ("in 1 month", date(2026, 4, 10)),
        ("15/12/2026", date(2026, 12, 15)),
        ("12/15/2026", date(2026, 12, 15)),
        ("15/12", date(2026, 12, 15)),
        ("15.12.2026", date(2026, 12, 15)),
        ("15-12-26", date(2026, 12, 15)),
    ],
)
def test_parse_date(text: str, expected: date, day_first: bool) -> None:
    assert parse_date(text, TODAY, day_first) == expected


def test_ambiguous_numeric_follows_day_first() -> None:
    assert parse_date("05/06/2026", TODAY, day_first=True) == date(2026, 6, 5)
    assert parse_date("05/06/2026", TODAY, day_first=False) == date(2026, 5, 6)


def test_past_dates_are_returned_as_typed() -> None:
    assert parse_date("2025-01-01", TODAY, day_first=True) == date(2025, 1, 1)


@pytest.mark.parametrize(
    "text",
    [
        *("", "1", "15", "2026", "may", "June", "32/13/2026", "2026-02-30", "15 12 2026"),
        *("Dec 15 12", "15 Dec 500", "soon", "and", "am", "12.15", "Jane", "Dec 15 youtube"),
        "fri 1200",
    ],
)
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(InputError, match="as a date"):
        parse_date(text, TODAY, day_first=True)


def test_error_names_the_text() -> None:
    with pytest.raises(InputError, match='I couldn\'t read "32/13/2026" as a date'):
        parse_date("32/13/2026", TODAY, day_first=False)


def test_is_numeric_date() -> None:
    assert all(map(is_numeric_date, ["2026-12-15", "15/12/2026", "15/12", "1.2.26"]))
    assert not any(map(is_numeric_date, ["1200", "1.200", "12.15", "12-15", "$1,200", "Dec"]))


# Dates more than HORIZON_YEARS ahead are refused (see test_input_limits).
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2036, 3, 10))


@given(dates, st.booleans())
def test_iso_is_year_first_regardless_of_setting(d: date, day_first: bool) -> None:
    assert parse_date(d.isoformat(), TODAY, day_first) == d


@given(dates)
def test_numeric_dates_follow_the_setting(d: date) -> None:
    assert parse_date(f"{d.day}/{d.month}/{d.year}", TODAY, day_first=True) == d
    assert parse_date(f"{d.month}/{d.day}/{d.year}", TODAY, day_first=False) == d


@given(dates.filter(lambda d: d.day > 12), st.booleans())
def test_unambiguous_numeric_dates_work_either_way(d: date, day_first: bool) -> None:
    assert parse_date(f"{d.day}/{d.month}/{d.year}", TODAY, day_first) == d
    assert parse_date(f"{d.month}/{d.day}/{d.year}", TODAY, day_first) == d


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), dates)
def test_yearless_dates_are_the_next_occurrence(today: date, d: date) -> None:
    result = parse_date(f"{d:%b} {d.day}", today, day_first=True)
    assert (result.month, result.day) == (d.month, d.day)
    assert today <= result
    assert result - today < timedelta(days=366 * 8)
    if (d.month, d.day) != (2, 29):
        assert result - today < timedelta(days=366)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_weekday_is_strictly_after_today(today: date) -> None:
    result = parse_date("fri", today, day_first=True)
    assert result.weekday() == 4
    assert timedelta(days=1) <= result - today <= timedelta(days=7)


NOW = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
TOKYO = ZoneInfo("Asia/Tokyo")
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3d", NOW + timedelta(days=3)),
        ("3 days", NOW + timedelta(days=3)),
        ("in 3 days", NOW + timedelta(days=3)),
        ("2w", NOW + timedelta(weeks=2)),
        ("2 weeks", NOW + timedelta(weeks=2)),
        ("1m", datetime(2026, 4, 10, 15, 0, tzinfo=UTC)),
        ("1 month", datetime(2026, 4, 10, 15, 0, tzinfo=UTC)),
        ("12 months", datetime(2027, 3, 10, 15, 0, tzinfo=UTC)),
    ],
)
def test_snooze_durations(text: str, expected: datetime) -> None:
    assert parse_snooze(text, NOW, TOKYO, day_first=True) == expected


def test_snooze_to_a_date_is_local_midnight_in_utc() -> None:
    result = parse_snooze("Dec 15", NOW, TOKYO, day_first=True)
    assert result == datetime(2026, 12, 14, 15, 0, tzinfo=UTC)
    assert result.tzinfo is UTC


def test_snooze_tomorrow_uses_the_local_day() -> None:
    # 15:00 UTC is already 00:00 on the 11th in Tokyo, so tomorrow there is the 12th.
    assert parse_snooze("tomorrow", NOW, TOKYO, True) == datetime(2026, 3, 11, 15, tzinfo=UTC)
    assert parse_snooze("tomorrow", NOW, BERLIN, True) == datetime(2026, 3, 10, 23, tzinfo=UTC)


def test_snooze_across_dst() -> None:
    # Berlin moves to summer time on 2026-03-29: midnight after that is 22:00 UTC.
    assert parse_snooze("2026-03-30", NOW, BERLIN, True) == datetime(2026, 3, 29, 22, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("today", "not in the future"),
        ("0d", "not in the future"),
        ("2025-01-01", "not in the future"),
        ("2027-06-01", "more than a year"),
        ("13 months", "more than a year"),
        ("60w", "more than a year"),
        ("nonsense", 'read "nonsense" as a snooze time'),
        ("3x", 'read "3x" as a snooze time'),
        ("", "snooze time"),
    ],
)
def test_snooze_rejects(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_snooze(text, NOW, TOKYO, day_first=True)


def test_snooze_needs_an_aware_now() -> None:
    with pytest.raises(ValueError, match="aware"):
        parse_snooze("3d", datetime(2026, 3, 10), TOKYO, day_first=True)


@given(st.text(max_size=30), st.booleans())
def test_any_text_is_a_date_or_an_input_error(text: str, day_first: bool) -> None:
    for attempt in (
        lambda: parse_date(text, TODAY, day_first),
        lambda: parse_snooze(text, NOW, BERLIN, day_first),
    ):
        try:
            attempt()
        except InputError as error:
            assert str(error)
