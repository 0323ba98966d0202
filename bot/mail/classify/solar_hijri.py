"""Solar Hijri (Persian) dates as Gregorian ones, for return dates written in Iran and
Afghanistan ("تا ۱۵ دی ۱۴۰۵").

CLDR's `persian` calendar is not in Babel, so the conversion is the well-known arithmetic one:
a year is leap when its remainder by 33 is 1, 5, 9, 13, 17, 22, 26 or 30, which matches the
astronomical calendar for the years 1178–1634 (1799–2256 CE), far beyond any mail this reads.
"""

from datetime import date, timedelta

_LEAP_REMAINDERS = frozenset((1, 5, 9, 13, 17, 22, 26, 30))
_ANCHOR_YEAR, _ANCHOR_NOWRUZ = 1354, date(1975, 3, 21)  # 1 Farvardin 1354
_FIRST_YEAR, _LAST_YEAR = 1178, 1634
# Farvardin … Shahrivar have 31 days, Mehr … Bahman 30, Esfand 29 (30 in a leap year).
_MONTH_LENGTHS = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29)
# The month names as written in Persian (Iran) and Dari (Afghanistan), with the Arabic letter
# forms some keyboards type ("دي" for "دی").
MONTHS: dict[str, int] = {
    **dict.fromkeys(("فروردین", "فروردين", "حمل"), 1),
    **dict.fromkeys(("اردیبهشت", "ارديبهشت", "ثور"), 2),
    **dict.fromkeys(("خرداد", "جوزا"), 3),
    **dict.fromkeys(("تیر", "تير", "سرطان"), 4),
    **dict.fromkeys(("مرداد", "امرداد", "اسد"), 5),
    **dict.fromkeys(("شهریور", "شهريور", "سنبله"), 6),
    **dict.fromkeys(("مهر", "میزان", "ميزان"), 7),
    **dict.fromkeys(("آبان", "عقرب"), 8),
    **dict.fromkeys(("آذر", "قوس"), 9),
    **dict.fromkeys(("دی", "دي", "جدی", "جدي"), 10),
    **dict.fromkeys(("بهمن", "دلو"), 11),
    **dict.fromkeys(("اسفند", "حوت"), 12),
}


def is_leap(year: int) -> bool:
    return year % 33 in _LEAP_REMAINDERS


def nowruz(year: int) -> date:
    """1 Farvardin of `year`: the Gregorian day the Solar Hijri year starts."""
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        raise ValueError(f"Solar Hijri year {year} is outside {_FIRST_YEAR}–{_LAST_YEAR}")
    low, high = sorted((year, _ANCHOR_YEAR))
    days = sum(366 if is_leap(y) else 365 for y in range(low, high))
    return _ANCHOR_NOWRUZ + timedelta(days=days if year >= _ANCHOR_YEAR else -days)


def to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Solar Hijri one; ValueError when there is no such day."""
    if not 1 <= month <= 12:
        raise ValueError(f"no month {month}")
    length = 30 if month == 12 and is_leap(year) else _MONTH_LENGTHS[month - 1]
    if not 1 <= day <= length:
        raise ValueError(f"month {month} of {year} has no day {day}")
    return nowruz(year) + timedelta(days=sum(_MONTH_LENGTHS[: month - 1]) + day - 1)


def next_on_or_after(month: int, day: int, today: date) -> date | None:
    """The first such Solar Hijri day (no year written) on or after `today`."""
    start = today.year - 622
    for year in range(start, start + 3):
        try:
            found = to_gregorian(year, month, day)
        except ValueError:
            continue
        if found >= today:
            return found
    return None
