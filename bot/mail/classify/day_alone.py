"""A return day written as a day of the month alone: "until the 14th", "bis zum 14.", "14日まで".

Responders often leave out the month when it is the current one. Only a day right beside a
return keyword counts, and only when it is marked as a day (an ordinal, an article, a CJK day
sign) or ends the clause: "do 3 dni" (within three days) and "until 5 pm" are no dates.
"""

import re
from collections.abc import Iterable
from datetime import date

# What may stand between a keyword and the day it introduces ("back on the 14th", "hasta el 14").
_ARTICLE = (
    r"(?:on\s+the|on|the|el\s+dia|el|le|dem|zum|den|am|al|il|dia|o|a|ngay|tanggal|tarehe"
    r"|den\s+|na|ate\s+o|ate\s+dia|fins\s+al|fins\s+el)"
)
_ORDINAL = r"(?:st|nd|rd|th|er|e|eme|o|a|º|ª|\.|-?(?:го|ого|е|ое|go)|日|일|号|號|hb)"
_CLAUSE_END = r"(?=\s*(?:[,;!?)]|\.(?!\d)|$|\n))"
_AFTER_KEYWORD = re.compile(
    rf"\s*(?:(?P<article>{_ARTICLE})\s+)?(?P<d>\d{{1,2}})(?![\d:/.,]\d)(?P<ord>{_ORDINAL})?(?!\d)"
    r"(?!\s*(?:h|uhr|am|pm|a\.m|p\.m|%)(?!\w))"
)
# A day before a keyword that follows its date (まで, 까지, kadar, तक): "14日まで", "14'une kadar".
_BEFORE_KEYWORD = re.compile(
    r"(?<![\d./-])(?P<d>\d{1,2})\s*(?:日|일|号|號|'?(?:[iu]?n[ae]|[iu]?n?e|[iu]?n?a|[iu]))?\s*$"
)
_LOOK_BACK = 12


def _next_day_of_month(day: int, today: date) -> date | None:
    """The next date on or after `today` whose day of the month is `day`."""
    year, month = today.year, today.month
    for _ in range(3):
        if day >= 1 and not (year, month, day) < (today.year, today.month, today.day):
            try:
                return date(year, month, day)
            except ValueError:
                pass
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def day_alone(
    text: str, today: date, keywords: Iterable[tuple[int, int, str, str]]
) -> tuple[date, str] | None:
    """The date a day of the month alone beside a keyword names, and what the keyword says of it.

    `keywords` are (start, end, where, what) in folded `text`, as the return-date reader finds
    them: `where` says whether the date follows ("before"), precedes ("after") or may do both.
    """
    for start, end, where, what in keywords:
        if where != "after":
            found = _AFTER_KEYWORD.match(text, end)
            if found and (
                found.group("article")
                or found.group("ord")
                or re.match(_CLAUSE_END, text[found.end() :])
            ):
                when = _next_day_of_month(int(found.group("d")), today)
                if when is not None:
                    return when, what
        if where != "before":
            before = _BEFORE_KEYWORD.search(text[max(0, start - _LOOK_BACK) : start])
            if before:
                when = _next_day_of_month(int(before.group("d")), today)
                if when is not None:
                    return when, what
    return None
