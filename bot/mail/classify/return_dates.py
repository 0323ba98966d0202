"""Return dates: when the chase may resume after an out-of-office (DESIGN §5).

Apart from the rules because it reads text, not mail: it takes the text a reply carries (see
`reply_text`) and the moment it was received, and knows no email parsing. Dates are read in many
languages and written forms, a keyword like "until" or "まで" telling which date is the return.
"""

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TypedDict
from zoneinfo import ZoneInfo

from dateutil import parser as dateutil_parser

from bot.mail.classify.reading import any_phrase, attempt, fold, own_text, squash

MAX_PAUSE = timedelta(days=30)
DEFAULT_PAUSE = timedelta(days=7)

# --- return dates -------------------------------------------------------------------------------

_EN_MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = (
    # en, es, pt, fr, de, it, nl and id names, and abbreviations that are not common words
    "january jan enero ene janeiro janvier janv januar jänner gennaio januari",
    "february feb febrero fevereiro fev février févr februar febbraio februari",
    "march mar marzo março mars märz mrz maart mrt maret",
    "april apr abril abr avril avr aprile",
    "may mayo maio mai maggio mag mei",
    "june jun junio junho juin juni giugno giu",
    "july jul julio julho juillet juil juli luglio lug",
    "august aug agosto août augustus agustus agt",
    "september sep sept septiembre setiembre setembro septembre settembre",
    "october oct octubre outubro octobre oktober okt ottobre ott",
    "november nov noviembre novembro novembre",
    "december dec diciembre dic dezembro dez décembre dezember dicembre desember",
)
_MONTHS = {fold(name): i + 1 for i, names in enumerate(_MONTH_NAMES) for name in names.split()}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_NAMES = (
    "monday|lunes|segunda-feira|lundi|montag|lunedì|maandag|senin|thứ hai"
    "|월요일|月曜|星期一|周一|週一",
    "tuesday|martes|terça-feira|mardi|dienstag|martedì|dinsdag|selasa|thứ ba"
    "|화요일|火曜|星期二|周二|週二",
    "wednesday|miércoles|quarta-feira|mercredi|mittwoch|mercoledì|woensdag|rabu|thứ tư"
    "|수요일|水曜|星期三|周三|週三",
    "thursday|jueves|quinta-feira|jeudi|donnerstag|giovedì|donderdag|kamis|thứ năm"
    "|목요일|木曜|星期四|周四|週四",
    "friday|viernes|sexta-feira|vendredi|freitag|venerdì|vrijdag|jumat|thứ sáu"
    "|금요일|金曜|星期五|周五|週五",
    "saturday|sábado|samedi|samstag|sabato|zaterdag|sabtu|thứ bảy|토요일|土曜|星期六|周六|週六",
    "sunday|domingo|dimanche|sonntag|domenica|zondag|chủ nhật|일요일|日曜|星期日|星期天|周日|週日",
)
_WEEKDAYS = {
    squash(fold(name)): day for day, names in enumerate(_WEEKDAY_NAMES) for name in names.split("|")
}
_WEEKDAY = any_phrase(name for names in _WEEKDAY_NAMES for name in names.split("|"))

_KEYWORDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # (language, where the date stands: after the keyword "before", before it "after", or "both")
    ("en", "before", ("until", "till", "til", "untill", "through", "thru", "back", "return")),
    ("en", "before", ("returning", "returns", "resume", "resuming", "reachable again")),
    ("en", "before", ("available again",)),
    ("es", "before", ("hasta", "regreso", "regresare", "vuelvo", "volvere", "de vuelta")),
    ("es", "before", ("retorno", "reincorporo", "reincorporare")),
    ("pt", "before", ("até", "volto", "voltarei", "de volta", "retornarei", "regresso")),
    ("fr", "before", ("jusqu'au", "jusqu'a", "jusqu au", "retour", "de retour", "reviens")),
    ("fr", "before", ("reviendrai", "rentre", "rentrerai")),
    ("de", "before", ("bis",)),
    ("de", "both", ("zurück", "wieder")),
    ("it", "before", ("fino al", "fino a", "fino il", "sino al", "rientro", "rientrerò")),
    ("it", "before", ("ritorno", "di ritorno", "tornerò", "torno")),
    ("nl", "before", ("tot", "tot en met", "t/m")),
    ("nl", "both", ("terug", "weer")),
    ("id", "before", ("sampai", "hingga", "kembali", "s.d.", "s/d")),
    ("vi", "before", ("đến", "trở lại", "quay lại", "trở về")),
    ("zh", "before", ("至", "到", "直到")),
    ("zh", "after", ("返回", "回来", "回來", "回到", "返岗", "上班")),
    ("ja", "after", ("まで", "戻", "復帰", "出社", "帰社")),
    ("ko", "after", ("까지", "복귀", "돌아", "출근")),
)


def _keyword_info() -> dict[str, tuple[str, str]]:
    """Squashed folded keyword → (language, where); a word listed both ways reads as "both"."""
    info: dict[str, tuple[str, str]] = {}
    for language, where, words in _KEYWORDS:
        for word in words:
            key = squash(fold(word))
            known = info.get(key)
            if known is None:
                info[key] = (language, where)
            elif known[1] != where:
                info[key] = (known[0], "both")
    return info


_KEYWORD_INFO = _keyword_info()
_KEYWORD = any_phrase(fold(word) for _, _, words in _KEYWORDS for word in words)
_BEFORE_WINDOW = 30
_AFTER_WINDOW = 8
_ENGLISH = re.compile(r"(?<!\w)(?:the|and|will|office|thank you|regards)(?!\w)")

_ORDINAL = r"(?:st|nd|rd|th|er|e|o)?"
_YEAR = r"(?:,?\s*(?:de\s+|del\s+)?(?P<y>\d{4})(?!\d))?"
_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ymd", re.compile(r"(?<![\d./-])(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d])")),
    (
        "cjk",
        re.compile(
            r"(?:(?P<y>\d{4})\s*[年년]\s*)?(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日号號일]"
        ),
    ),
    (
        "vi",
        re.compile(
            r"(?:ngay\s*)?(?P<d>\d{1,2})\s*thang\s*(?P<m>\d{1,2})(?:\s*(?:nam\s*)?(?P<y>\d{4}))?"
        ),
    ),
    (
        "dm",
        re.compile(
            rf"(?<![\d.])(?P<d>\d{{1,2}}){_ORDINAL}\.?\s*(?:of\s+|de\s+|di\s+)?"
            rf"(?<![\w])(?P<month>{_MONTH})\.?(?![\w]){_YEAR}"
        ),
    ),
    (
        "md",
        re.compile(
            rf"(?<![\w])(?P<month>{_MONTH})\.?\s*(?:the\s+)?(?P<d>\d{{1,2}}){_ORDINAL}(?![\w]){_YEAR}"
        ),
    ),
    (
        "num",
        re.compile(
            r"(?<![\d./:-])(?P<a>\d{1,2})(?P<s>[./-])(?P<b>\d{1,2})"
            r"(?:(?P=s)(?P<y>\d{4}|\d{2})(?!\d)|(?P<dot>\.)(?!\d)|(?![\d:]|[./-]\d))"
            r"(?!\s*(?:h|uhr|am|pm|a\.m|p\.m)(?![\w]))"
        ),
    ),
)


@dataclass(frozen=True)
class _Span:
    """A date as written: where it is and its fields (a textual month already a number)."""

    start: int
    end: int
    kind: str
    fields: dict[str, str | None]


@dataclass(frozen=True)
class _Keyword:
    start: int
    end: int
    language: str
    where: str


def _local_date(received: datetime, tz: ZoneInfo | None) -> date:
    moment = received if received.tzinfo else received.replace(tzinfo=UTC)
    return attempt(lambda: moment.astimezone(tz).date(), moment.date()) if tz else moment.date()


def _spans(text: str) -> list[_Span]:
    """Every written date, the more explicit form winning where two readings overlap."""
    taken: list[_Span] = []
    for kind, pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            span = _Span(match.start(), match.end(), kind, match.groupdict())
            if not any(span.start < t.end and t.start < span.end for t in taken):
                taken.append(span)
    return sorted(taken, key=lambda s: s.start)


def _keywords(text: str) -> list[_Keyword]:
    found = []
    for match in _KEYWORD.finditer(text):
        language, where = _KEYWORD_INFO.get(squash(match.group()), ("", "before"))
        found.append(_Keyword(match.start(), match.end(), language, where))
    return found


def _keyword_for(span: _Span, keywords: list[_Keyword], spans: list[_Span]) -> _Keyword | None:
    """The keyword that introduces (or, in CJK, follows) this date with no other date between."""
    for key in reversed(keywords):
        near = key.end <= span.start <= key.end + _BEFORE_WINDOW
        if near and key.where != "after" and not _between(spans, key.end, span.start):
            return key
    for key in keywords:
        near = span.end <= key.start <= span.end + _AFTER_WINDOW
        if near and key.where != "before" and not _between(spans, span.end, key.start):
            return key
    return None


def _between(spans: list[_Span], start: int, end: int) -> bool:
    return any(start <= s.start < end for s in spans)


def _dotted(fields: dict[str, str | None]) -> bool:
    """`15.12.` or `15.12` reads as a date; `1.5` (a quantity or a version) does not."""
    return bool(fields.get("dot")) or len(fields.get("b") or "") == 2


class _DateOrder(TypedDict, total=False):
    """How dateutil should read an ambiguous date."""

    dayfirst: bool
    yearfirst: bool


def _parse_text(span: _Span, day_first: bool) -> tuple[str, _DateOrder] | None:
    """The date as text dateutil reads (month names in English) and its options, or None."""
    fields = span.fields
    year = fields.get("y")
    if span.kind == "num":
        first, second = int(fields["a"] or 0), int(fields["b"] or 0)
        if not (1 <= first <= 31 and 1 <= second <= 31) or min(first, second) > 12:
            return None
        if not year and (fields["s"] == "-" or (fields["s"] == "." and not _dotted(fields))):
            return None
        if fields["s"] == "." and second > 12:
            return None  # dotted dates are always day first, so this is a time ("9.30")
        day_first = first > 12 or fields["s"] == "." or (second <= 12 and day_first)
        return f"{first}/{second}" + (f"/{year}" if year else ""), {"dayfirst": day_first}
    if span.kind in ("dm", "md"):
        month = _MONTHS.get(fields.get("month") or "", 0)
    else:
        month = int(fields.get("m") or 0)
    day = int(fields.get("d") or 0)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year:
        return f"{year}-{month:02d}-{day:02d}", {"dayfirst": False, "yearfirst": True}
    return f"{day} {_EN_MONTHS[month - 1]}", {"dayfirst": True}


def _parse(text: str, default: datetime, options: _DateOrder) -> date | None:
    try:
        return dateutil_parser.parse(text, default=default, **options).date()
    except (ValueError, OverflowError):
        return None


def _span_date(span: _Span, today: date, day_first: bool) -> date | None:
    """The date a span means: a missing year is the next such day on or after `today`."""
    parsed = _parse_text(span, day_first)
    if parsed is None:
        return None
    text, options = parsed
    if span.fields.get("y"):
        return _parse(text, datetime(today.year, 1, 1), options)
    for year in range(today.year, min(today.year + 9, 9999)):
        found = _parse(text, datetime(year, 1, 1), options)
        if found is not None and found >= today:
            return found
    return None


def _weekday_date(match: re.Match[str], today: date) -> date | None:
    day = _WEEKDAYS.get(squash(match.group()))
    if day is None or today >= date(9999, 12, 24):
        return None
    return _parse(_EN_WEEKDAYS[day], datetime.combine(today + timedelta(days=1), time()), {})


def _choose(candidates: list[tuple[date, bool]]) -> date | None:
    """The first date a keyword introduces; failing that, the latest (the end of a range)."""
    keyed = [when for when, has_key in candidates if has_key]
    if keyed:
        return keyed[0]
    return max((when for when, _ in candidates), default=None)


def _return_date(text: str, today: date) -> date | None:
    folded = fold(own_text(text))
    spans = _spans(folded)
    keywords = _keywords(folded)
    language = keywords[0].language if keywords else ("en" if _ENGLISH.search(folded) else "")
    candidates = []
    for span in spans:
        key = _keyword_for(span, keywords, spans)
        when = _span_date(span, today, (key.language if key else language) != "en")
        if when is not None and when >= today:
            candidates.append((when, key is not None))
    if candidates:
        return _choose(candidates)
    for match in _WEEKDAY.finditer(folded):
        span = _Span(match.start(), match.end(), "weekday", {})
        if _keyword_for(span, keywords, []) and (when := _weekday_date(match, today)):
            return when
    return None


def return_date(text: str, *, received: datetime, tz: ZoneInfo | None = None) -> date | None:
    """The return date an out-of-office states, or None.

    Reads en, es, pt, fr, de, it, nl, id, vi, ko, ja and zh: a date after "until", "back",
    "hasta", "bis", … (or before "まで", "까지", "返回", "wieder", …) wins; else the latest date.
    A date without a year is the next one on or after the day received (in `tz`, else in
    `received`'s own zone); an explicit date before that day is ignored. A bare weekday after a
    keyword ("back on Monday") is the next such day after the day received. Quoted text is skipped.
    """
    if not isinstance(text, str) or not text:
        return None
    return _return_date(text, _local_date(received, tz))


def pause_until(text: str, *, received: datetime, tz: ZoneInfo | None = None) -> datetime:
    """When the chase may resume after an out-of-office, as an aware UTC datetime.

    The stated return date at 00:00 in `tz` (default: `received`'s own zone, UTC when naive),
    never before `received` and at most 30 days after it; one week after `received` when no date
    is stated.
    """
    start = received if received.tzinfo else received.replace(tzinfo=UTC)
    latest = attempt(lambda: start + MAX_PAUSE, datetime.max.replace(tzinfo=UTC))
    day = return_date(text, received=received, tz=tz)
    if day is None:
        resume = attempt(lambda: start + DEFAULT_PAUSE, latest)
    else:
        zone = tz or start.tzinfo
        resume = attempt(lambda: datetime.combine(day, time(), tzinfo=zone), latest)
    return max(start, min(resume, latest)).astimezone(UTC)
