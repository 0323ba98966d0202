"""Return dates: when the chase may resume after an out-of-office (DESIGN §5).

Apart from the rules because it reads text, not mail: it takes the text a reply carries (see
`reply_text`) and the moment it was received, and knows no email parsing. Dates are read in many
languages and written forms, a keyword like "until" or "まで" telling which date is the return.
"""

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TypedDict
from zoneinfo import ZoneInfo

from babel.dates import get_day_names, get_month_names
from dateutil import parser as dateutil_parser

from bot.core.away import pause_end
from bot.mail.classify import solar_hijri
from bot.mail.classify.day_alone import day_alone
from bot.mail.classify.reading import any_phrase, attempt, fold, own_text, squash, unspaced

# --- return dates -------------------------------------------------------------------------------

_EN_MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
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
# Languages whose month names come from CLDR (Babel): wide names in both contexts (the format
# context is the genitive "grudnia", "декабря"), and abbreviations only where CLDR writes them
# with a period ("дек.", "ธ.ค.", "gruod."), as bare ones ("pro", "ara", "lis") are common words.
_CLDR_MONTH_LOCALES = (
    *("ar", "cs", "pl", "uk", "ru", "tr", "lt", "th", "el", "fi", "sv", "da", "nb", "et", "lv"),
    *("hu", "ro", "sk", "sl", "hr", "sr", "bg", "he"),
    *("fa", "hi", "ms", "sw", "fil", "ca", "gl", "eu", "is", "af", "bn", "ur", "ta", "am", "zu"),
)


# Case endings CLDR does not write, for languages that put a date's month in a case:
# Estonian "17. juunist" (from), "juunini" (until), "augustil" (on).
_CASE_ENDINGS = {"et": ("st", "ni", "l", "ks", "ist", "ini", "il")}
_CASE_MIN_LENGTH = 5  # "mai" + "l" is the word "mail"
# Endings CLDR's nominative takes off for the dative a date after "līdz" (until) is in:
# Latvian "decembris" → "līdz 14. decembrim", "marts" → "martam".
_DATIVES = {"lv": (("is", "im"), ("s", "am"))}


def _datives(locale: str, name: str) -> list[str]:
    for nominative, dative in _DATIVES.get(locale, ()):
        if name.endswith(nominative):
            return [name[: -len(nominative)] + dative]
    return []


def _cldr_month_names() -> list[tuple[str, int, str]]:
    """(name as written, month, the locale's wide name for that month) from CLDR."""
    names = []
    for locale in _CLDR_MONTH_LOCALES:
        wide = get_month_names("wide", context="format", locale=locale)
        endings = _CASE_ENDINGS.get(locale, ())
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for month, name in get_month_names(width, context=context, locale=locale).items():
                    if width == "wide" or "." in name:
                        names.append((str(name), int(month), str(wide[month])))
                    if width == "wide" and len(name) >= _CASE_MIN_LENGTH:
                        names += [(f"{name}{end}", int(month), str(wide[month])) for end in endings]
                    if width == "wide":
                        names += [(n, int(month), str(wide[month])) for n in _datives(locale, name)]
    return names


def _month_tables() -> tuple[dict[str, int], dict[str, str]]:
    """Folded month name → month, and the written names that fold alike for two months (Thai
    "มี.ค." March and "ม.ค." January both fold to "ม.ค.") → a name to read them by instead."""
    written = [(name, i + 1, "") for i, names in enumerate(_MONTH_NAMES) for name in names.split()]
    written += _cldr_month_names()
    months: dict[str, set[int]] = {}
    for name, month, _ in written:
        months.setdefault(fold(name).rstrip("."), set()).add(month)
    table = {name: next(iter(found)) for name, found in months.items() if len(found) == 1}
    aliases = {
        name: wide
        for name, month, wide in written
        if len(months[fold(name).rstrip(".")]) > 1 and table.get(fold(wide)) == month
    }
    return table, aliases


_MONTHS, _MONTH_ALIASES = _month_tables()
_MONTH = "|".join(re.escape(name) for name in sorted(_MONTHS, key=len, reverse=True))
# Weekday names from CLDR (Babel): wide names in both contexts, and the short CJK forms ("周一",
# "週一", "月曜") that are two characters or more; one-letter abbreviations are common words.
_WEEKDAY_LOCALES = (
    *("en", "es", "pt", "fr", "de", "it", "nl", "id", "vi", "zh", "zh_Hant", "ja", "ko", "nb"),
    *_CLDR_MONTH_LOCALES,
)
_CJK_SHORT = frozenset(("zh", "zh_Hant", "ja"))
# "back on Wednesday" puts the weekday in the accusative where CLDR writes the nominative: a
# final -a becomes -u/-у ("в среду", "ve středu"), -ю after -я ("у п'ятницю"), -ę in Polish
# ("w środę"), -o in Slovenian ("v sredo").
_ACCUSATIVE: dict[str, tuple[tuple[str, str], ...]] = {
    **dict.fromkeys(("ru", "uk", "sr"), (("а", "у"), ("я", "ю"))),
    **dict.fromkeys(("cs", "sk", "hr"), (("a", "u"),)),
    "pl": (("a", "ę"),),
    "sl": (("a", "o"),),
}


def _on_the_day(locale: str, name: str) -> str | None:
    """The weekday in the case a language says "on Tuesday" in, when CLDR writes another:
    the Finnish essive ("tiistaina") and the Hungarian superessive ("kedden", "szerdán")."""
    if locale == "fi":
        return None if name.endswith("na") else f"{name}na"
    if locale != "hu" or name.endswith("nap"):
        return None
    if name[-1:] in ("a", "e"):
        return name[:-1] + {"a": "án", "e": "én"}[name[-1]]
    if name[-1:] in ("ő", "ó", "ö", "o"):
        return f"{name}n"
    vowels = [c for c in name if c in "aáoóuúeéiíöőüű"]
    last = vowels[-1] if vowels else "e"
    return name + ("on" if last in "aáoóuú" else "ön" if last in "öőüű" else "en")


def _weekday_table() -> dict[str, int]:
    """Folded weekday name → weekday (Monday 0); a spelling two days share is dropped."""
    days: dict[str, set[int]] = {}
    for locale in _WEEKDAY_LOCALES:
        for context in ("format", "stand-alone"):
            names = [(int(d), str(n)) for d, n in get_day_names("wide", context, locale).items()]
            if locale in _CJK_SHORT:
                short = get_day_names("abbreviated", context, locale).items()
                names += [(int(d), str(n)) for d, n in short if len(n) >= 2]
                names += [(day, name[:-1]) for day, name in names if name.endswith("曜日")]
            names += [
                (day, name[:-1] + accusative)
                for nominative, accusative in _ACCUSATIVE.get(locale, ())
                for day, name in names
                if name[-1:] == nominative
            ]
            names += [(day, on) for day, name in names if (on := _on_the_day(locale, name))]
            for day, name in names:
                days.setdefault(fold(name), set()).add(day)
    return {name: next(iter(found)) for name, found in days.items() if len(found) == 1}


_WEEKDAY_NAMES = _weekday_table()
_WEEKDAYS = {squash(name): day for name, day in _WEEKDAY_NAMES.items()}


def _weekday_pattern(names: list[str]) -> re.Pattern[str]:
    """One pattern for every weekday name, as `any_phrase` would match them, but with the word
    boundaries outside one alternation: hundreds of names, each checking its own, are slow."""

    def body(name: str) -> str:
        return r"[\s\-_]*".join(map(re.escape, name.replace("-", " ").split()))

    ordered = sorted(names, key=len, reverse=True)
    spaced = "|".join(body(name) for name in ordered if not unspaced(name[0]))
    joined = "|".join(body(name) for name in ordered if unspaced(name[0]))
    return re.compile(rf"(?<![\w])(?<!\w-)(?:{spaced})(?![\w])(?!-\w)|{joined}")


_WEEKDAY = _weekday_pattern(list(_WEEKDAY_NAMES))

_UNTIL, _BACK = "until", "back"
_KEYWORDS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # (language, what the date is: the last day away "until" or the day "back", where the date
    # stands: after the keyword "before", before it "after", or "both")
    ("en", _UNTIL, "before", ("until", "till", "til", "untill", "through", "thru")),
    ("en", _BACK, "before", ("back", "return", "returning", "returns", "resume", "resuming")),
    ("en", _BACK, "before", ("reachable again", "available again")),
    ("es", _UNTIL, "before", ("hasta",)),
    ("es", _BACK, "before", ("regreso", "regresare", "vuelvo", "volvere", "de vuelta")),
    ("es", _BACK, "before", ("retorno", "reincorporo", "reincorporare")),
    ("pt", _UNTIL, "before", ("até",)),
    ("pt", _BACK, "before", ("volto", "voltarei", "de volta", "retornarei", "regresso")),
    ("fr", _UNTIL, "before", ("jusqu'au", "jusqu'a", "jusqu au")),
    ("fr", _BACK, "before", ("retour", "de retour", "reviens", "reviendrai", "rentre")),
    ("fr", _BACK, "before", ("rentrerai",)),
    ("de", _UNTIL, "before", ("bis",)),
    ("de", _BACK, "both", ("zurück", "wieder")),
    ("de", _BACK, "before", ("ab", "ab dem", "ab den")),
    ("it", _UNTIL, "before", ("fino al", "fino a", "fino il", "sino al")),
    ("it", _BACK, "before", ("rientro", "rientrerò", "ritorno", "di ritorno", "tornerò", "torno")),
    ("nl", _UNTIL, "before", ("tot", "tot en met", "t/m")),
    ("nl", _BACK, "both", ("terug", "weer")),
    ("id", _UNTIL, "before", ("sampai", "hingga", "s.d.", "s/d")),
    ("id", _BACK, "before", ("kembali",)),
    ("vi", _UNTIL, "before", ("đến",)),
    ("vi", _BACK, "before", ("trở lại", "quay lại", "trở về")),
    ("zh", _UNTIL, "before", ("至", "到", "直到")),
    ("zh", _BACK, "after", ("返回", "回来", "回來", "回到", "返岗", "上班")),
    ("ja", _UNTIL, "after", ("まで",)),
    ("ja", _BACK, "after", ("戻", "復帰", "出社", "帰社", "以降")),
    ("ko", _UNTIL, "after", ("까지",)),
    ("ko", _BACK, "after", ("복귀", "돌아", "출근")),
    ("ar", _UNTIL, "before", ("حتى", "لغاية")),
    ("ar", _BACK, "before", ("سأعود", "العودة", "عودتي", "عند عودتي")),
    ("cs", _UNTIL, "before", ("do",)),
    ("cs", _BACK, "before", ("zpět", "zpátky", "vrátím se", "vracím se")),
    ("pl", _UNTIL, "before", ("do",)),
    ("pl", _BACK, "before", ("wracam", "wrócę", "z powrotem", "powrót", "po powrocie")),
    ("ru", _UNTIL, "before", ("до",)),
    ("ru", _BACK, "before", ("вернусь", "возвращаюсь")),
    ("uk", _UNTIL, "before", ("до",)),
    ("uk", _BACK, "before", ("повернуся", "повернусь", "повертаюся")),
    ("tr", _UNTIL, "after", ("kadar", "tarihine kadar", "tarihe kadar")),
    ("tr", _BACK, "after", ("döneceğim", "dönüyorum")),
    ("lt", _UNTIL, "before", ("iki",)),
    ("lt", _BACK, "before", ("grįšiu", "grįžtu")),
    ("th", _UNTIL, "before", ("ถึง", "ถึงวันที่", "จนถึง")),
    ("th", _BACK, "before", ("กลับมา",)),
    ("el", _UNTIL, "before", ("έως", "εως τις", "μέχρι", "μέχρι τις")),
    ("el", _BACK, "before", ("επιστρέφω", "θα επιστρέψω", "επιστροφή")),
    ("fi", _UNTIL, "before", ("asti",)),
    ("fi", _BACK, "before", ("palaan",)),
    ("sv", _UNTIL, "before", ("till och med", "t.o.m.")),
    ("sv", _BACK, "before", ("tillbaka",)),
    ("hu", _UNTIL, "after", ("ig",)),
    ("ro", _UNTIL, "before", ("pana pe", "până la", "până pe")),
    ("ro", _BACK, "before", ("revin", "mă întorc", "voi reveni", "mă voi întoarce")),
    ("fi", _BACK, "before", ("takaisin", "olen takaisin", "palaan töihin")),
    ("hu", _BACK, "both", ("vissza", "visszatérek", "újra elérhető", "ismét elérhető")),
    ("he", _UNTIL, "before", ("עד",)),
    ("he", _BACK, "before", ("אחזור", "אשוב", "עם חזרתי")),
    ("lv", _UNTIL, "before", ("līdz",)),
    ("lv", _BACK, "before", ("atgriezīšos", "būšu atpakaļ")),
    ("et", _UNTIL, "before", ("kuni",)),
    ("et", _BACK, "both", ("tagasi",)),
    ("sl", _UNTIL, "before", ("do",)),
    ("sl", _BACK, "before", ("vrnem se", "nazaj", "vrnil se bom", "vrnila se bom")),
    ("bg", _UNTIL, "before", ("до",)),
    ("bg", _BACK, "before", ("ще се върна", "връщам се", "завръщането си", "след завръщането")),
    ("da", _UNTIL, "before", ("til og med", "t.o.m.")),
    ("da", _BACK, "before", ("tilbage", "tilbage på", "tilbage igen")),
    ("nb", _UNTIL, "before", ("til og med", "t.o.m.")),
    ("nb", _BACK, "before", ("tilbake", "tilbake på", "tilbake igjen")),
    ("hr", _UNTIL, "before", ("do",)),
    ("hr", _BACK, "before", ("vraćam se", "vratit ću se", "ponovno sam", "ponovno u uredu")),
    ("fa", _UNTIL, "before", ("تا", "تا تاریخ", "تا پایان")),
    ("fa", _BACK, "both", ("برمی‌گردم", "برمیگردم", "باز می‌گردم", "بازمی‌گردم", "بازگشت")),
    ("hi", _UNTIL, "after", ("तक",)),
    ("hi", _BACK, "after", ("वापस", "लौटूँगा", "लौटूंगा", "लौटूँगी", "लौटूंगी", "लौटने")),
    ("ms", _UNTIL, "before", ("sehingga",)),
    ("ms", _BACK, "before", ("kembali bertugas", "akan kembali", "kembali ke pejabat")),
    ("sw", _UNTIL, "before", ("hadi", "mpaka", "hadi tarehe", "mpaka tarehe")),
    ("sw", _BACK, "before", ("nitarudi", "nitarejea", "nitarudi tarehe")),
    ("tl", _UNTIL, "before", ("hanggang",)),
    ("tl", _BACK, "before", ("babalik", "babalik ako")),
    ("ca", _UNTIL, "before", ("fins al", "fins a", "fins el")),
    ("ca", _BACK, "before", ("tornaré", "de tornada", "tornaré el")),
    ("gl", _UNTIL, "before", ("ata o", "ata")),
    ("gl", _BACK, "before", ("volverei", "regresarei")),
    ("bn", _UNTIL, "after", ("পর্যন্ত",)),
    ("ta", _UNTIL, "after", ("வரை",)),
    ("ur", _UNTIL, "after", ("تک",)),
    ("is", _BACK, "before", ("kem aftur", "verð aftur")),
    ("lv", _UNTIL, "before", ("lidz",)),
    ("el", _BACK, "before", ("θα είμαι πίσω", "θα επιστρέψω στο γραφείο")),
    ("ru", _BACK, "before", ("выйду", "выхожу", "буду на месте", "буду в офисе")),
    (
        "pl",
        _BACK,
        "before",
        ("będę z powrotem", "wracam do biura", "będę dostępny", "będę dostępna"),
    ),
)


def _keyword_info() -> dict[str, tuple[str, str, str]]:
    """Squashed folded keyword → (language, what, where); a word listed both ways reads as
    "both"; the first language listed for a word shared by two ("do", "до") is kept."""
    info: dict[str, tuple[str, str, str]] = {}
    for language, what, where, words in _KEYWORDS:
        for word in words:
            key = squash(fold(word))
            known = info.get(key)
            if known is None:
                info[key] = (language, what, where)
            elif known[2] != where:
                info[key] = (known[0], known[1], "both")
    return info


_KEYWORD_INFO = _keyword_info()
_KEYWORD = any_phrase(fold(word) for _, _, _, words in _KEYWORDS for word in words)
_BEFORE_WINDOW = 30


def _script_words(low: int, high: int) -> list[str]:
    """The folded month and weekday names and keywords written in one script's block."""
    words = [*_MONTHS, *_WEEKDAY_NAMES, *(fold(w) for _, _, _, ws in _KEYWORDS for w in ws)]
    return [word for word in words if word and all(low <= ord(c) <= high for c in word[:1])]


# Hebrew ("ב" in, "ל" to, "ו" and, "מ" from, "ה" the) and Arabic ("و" and, "ب" in, "ل" to,
# "ف" so) join these to the next word; before a known word they are read as apart.
_CLITIC_SCRIPTS = re.compile(r"[\u0590-\u06ff]")
_CLITICS = re.compile(
    "|".join(
        rf"(?<!\w){prefixes}(?=(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})"
        r"(?!\w))"
        for prefixes, words in (
            ("[ובלמה]{1,2}", _script_words(0x0590, 0x05FF)),
            ("[وبلف]{1,2}", _script_words(0x0600, 0x06FF)),
        )
    )
)
_AFTER_WINDOW = 8
_ENGLISH = re.compile(r"(?<!\w)(?:the|and|will|office|thank you|regards)(?!\w)")

_ORDINAL = r"(?:st|nd|rd|th|er|e|o)?"
_YEAR = r"(?:,?\s*(?:de\s+|del\s+)?(?P<y>\d{4})(?!\d))?"
_JALALI_MONTHS = {fold(name): month for name, month in solar_hijri.MONTHS.items()}
_AMBIGUITY_WINDOW = timedelta(days=60)  # a numeric date read both ways: the reading due soon wins
_BUDDHIST_ERA = 543  # Thai years: 2569 BE is 2026
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
        # Czech and Slovak "8. 12." and "8. 12. 2026"; "1. 2. 3." is a list, not a date
        "dmsp",
        re.compile(
            r"(?<![\d.])(?<!\d\.\s)(?P<d>\d{1,2})\.\s(?P<m>\d{1,2})\.(?:\s?(?P<y>\d{4}))?(?!\d|\s\d)"
        ),
    ),
    (
        "jalali",
        re.compile(
            r"(?<![\d./-])(?P<d>\d{1,2})\s*(?:ام\s*)?(?P<jmonth>"
            + "|".join(sorted(map(fold, solar_hijri.MONTHS), key=len, reverse=True))
            + r")(?!\w)(?:\s*ماه)?(?:\s*(?:سال\s*)?(?P<y>1[2-6]\d\d)(?!\d))?"
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
    what: str
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
        language, what, where = _KEYWORD_INFO.get(squash(match.group()), ("", _UNTIL, "before"))
        found.append(_Keyword(match.start(), match.end(), language, what, where))
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


def _readings(span: _Span) -> tuple[bool, ...]:
    """How a numeric date can be read: (True,) day first, (False,) month first, or both ways."""
    fields = span.fields
    first, second = int(fields["a"] or 0), int(fields["b"] or 0)
    if not (1 <= first <= 31 and 1 <= second <= 31) or min(first, second) > 12:
        return ()
    if not fields.get("y") and (fields["s"] == "-" or (fields["s"] == "." and not _dotted(fields))):
        return ()
    if fields["s"] == ".":
        # dotted dates are always day first, so "9.30" is a time
        return (True,) if second <= 12 else ()
    if first > 12 or second > 12 or first == second:
        return (first > 12 or first == second,)
    return (True, False)


def _parse_text(span: _Span, day_first: bool) -> tuple[str, _DateOrder] | None:
    """The date as text dateutil reads (month names in English) and its options, or None."""
    fields = span.fields
    year = _year(fields)
    if span.kind == "num":
        readings = _readings(span)
        if not readings:
            return None
        day_first = day_first if len(readings) == 2 else readings[0]
        first, second = int(fields["a"] or 0), int(fields["b"] or 0)
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


def _year(fields: dict[str, str | None]) -> str | None:
    """The year as written, a Buddhist-era year ("2569", Thai) as its Gregorian one."""
    year = fields.get("y")
    if year and 2400 <= int(year) <= 9999:
        return str(int(year) - _BUDDHIST_ERA)
    return year


def _span_date(span: _Span, today: date, day_first: bool) -> date | None:
    """The date a span means; a numeric date that reads both ways ("05/07") is the reading due
    after `today` within 60 days when only one is, else the one `day_first` says."""
    if span.kind == "num" and len(_readings(span)) == 2:
        preferred = _reading_date(span, today, day_first)
        other = _reading_date(span, today, not day_first)
        soon = [
            when
            for when in (preferred, other)
            if when is not None and today <= when <= today + _AMBIGUITY_WINDOW
        ]
        return soon[0] if len(soon) == 1 else preferred
    return _reading_date(span, today, day_first)


def _solar_hijri(span: _Span, today: date) -> date | None:
    """A Persian date ("۱۵ دی ۱۴۰۵", "1405/10/15") as its Gregorian day."""
    fields = span.fields
    month = _JALALI_MONTHS.get(fields.get("jmonth") or "") or int(fields.get("m") or 0)
    day, year = int(fields.get("d") or 0), fields.get("y")
    if not year:
        return solar_hijri.next_on_or_after(month, day, today)
    return attempt(solar_hijri.to_gregorian, None, int(year), month, day)


def _is_solar_hijri(span: _Span) -> bool:
    year = span.fields.get("y")
    return span.kind == "jalali" or (span.kind == "ymd" and bool(year) and int(year or 0) < 1700)


def _reading_date(span: _Span, today: date, day_first: bool) -> date | None:
    """The date a span means: a missing year is the next such day on or after `today`."""
    if _is_solar_hijri(span):
        return _solar_hijri(span, today)
    parsed = _parse_text(span, day_first)
    if parsed is None:
        return None
    text, options = parsed
    if _year(span.fields):
        return _parse(text, datetime(today.year, 1, 1), options)
    for year in range(today.year, min(today.year + 9, 9999)):
        found = _parse(text, datetime(year, 1, 1), options)
        if found is not None and found >= today:
            return found
    return None


def _next_weekday(day: int, after: date) -> date | None:
    """The first such weekday strictly after `after`."""
    if after >= date(9999, 12, 24):
        return None
    return after + timedelta(days=(day - after.weekday() - 1) % 7 + 1)


@dataclass(frozen=True)
class _Dated:
    """A date read from the text, what its keyword says of it, and where it stands."""

    when: date
    what: str | None
    start: int
    end: int


_FOLLOWING_DAYS = timedelta(days=14)  # "until 18 June … answering from 21 June": the day back


def _choose(found: list[_Dated]) -> date | None:
    """The first date a "back" keyword introduces; else the first an "until" keyword introduces,
    unless a later date without a keyword follows it within two weeks (the day back, in words
    the keywords do not know: "until 16.06, I answer from 17 June"); failing that, the latest
    (the end of a range)."""
    for item in found:
        if item.what == _BACK:
            return item.when
    until = next((item for item in found if item.what == _UNTIL), None)
    if until is not None:
        following = (
            item.when
            for item in found
            if item.start > until.start
            and item.what is None
            and until.when < item.when <= until.when + _FOLLOWING_DAYS
        )
        return next(following, until.when)
    return max((item.when for item in found), default=None)


# What may stand between a weekday and the date it names ("Monday, 21 June", "1月5日（水）").
_BESIDE = re.compile(r"[\s,.()（）、/-]*(?:\w{1,5}[\s,.]+)?")


def _names_a_date(
    start: int, end: int, text: str, found: list[_Dated], keywords: list[_Keyword]
) -> bool:
    """Whether a weekday only says which day a date beside it is (no keyword between them)."""
    for item in found:
        if item.start >= end:
            gap = (end, item.start)
        elif item.end <= start:
            gap = (item.end, start)
        else:
            continue
        keyed = any(gap[0] <= key.start < gap[1] for key in keywords)
        if not keyed and _BESIDE.fullmatch(text[gap[0] : gap[1]]):
            return True
    return False


_LONGEST_WEEKDAY = max(map(len, _WEEKDAY_NAMES))


def _weekdays_near(text: str, keywords: list[_Keyword]) -> list[re.Match[str]]:
    """The weekday names a keyword may introduce (or follow), searched only around keywords:
    the names of every language make one long pattern, too slow to run over the whole text."""
    found: dict[int, re.Match[str]] = {}
    for key in keywords:
        if key.where != "after":
            start, end = key.end, key.end + _BEFORE_WINDOW
        else:
            start, end = max(0, key.start - _AFTER_WINDOW - _LONGEST_WEEKDAY), key.start
        for match in _WEEKDAY.finditer(text, start, min(len(text), end + _LONGEST_WEEKDAY + 1)):
            if match.start() <= end:
                found.setdefault(match.start(), match)
        if key.where == "both":
            before = max(0, key.start - _AFTER_WINDOW - _LONGEST_WEEKDAY)
            for match in _WEEKDAY.finditer(text, before, key.start):
                found.setdefault(match.start(), match)
    return [found[start] for start in sorted(found)]


def _weekday_return(
    text: str, today: date, keywords: list[_Keyword], spans: list[_Span], found: list[_Dated]
) -> tuple[date, str] | None:
    """The day a bare weekday after a keyword names ("back on Monday", "revin luni"), and what
    the keyword says of it: the next such day after the last date written before it (the end of
    the time away, "7–11 June … back Monday"), else after the day received."""
    for match in _weekdays_near(text, keywords):
        if _names_a_date(match.start(), match.end(), text, found, keywords):
            continue
        span = _Span(match.start(), match.end(), "weekday", {})
        key = _keyword_for(span, keywords, spans)
        day = _WEEKDAYS.get(squash(match.group()))
        if key is None or day is None:
            continue
        before = [item.when for item in found if item.end <= match.start()]
        when = _next_weekday(day, max((today, *before)))
        if when is not None:
            return when, key.what
    return None


def _unalias(text: str) -> str:
    for name in sorted(_MONTH_ALIASES, key=len, reverse=True):
        text = text.replace(name, _MONTH_ALIASES[name])
    return text


def _normalise(text: str) -> str:
    """Folded text with the one-letter prefixes Hebrew and Arabic join to a word taken off the
    month and weekday names and the keywords ("ביוני" → "יוני", "ואחזור" → "אחזור")."""
    folded = fold(_unalias(own_text(text)))
    return _CLITICS.sub("", folded) if _CLITIC_SCRIPTS.search(folded) else folded


def _return_date(text: str, today: date, day_first: bool | None) -> date | None:
    folded = _normalise(text)
    spans = _spans(folded)
    keywords = _keywords(folded)
    language = keywords[0].language if keywords else ("en" if _ENGLISH.search(folded) else "")
    found: list[_Dated] = []
    for span in spans:
        key = _keyword_for(span, keywords, spans)
        order = (key.language if key else language) != "en" if day_first is None else day_first
        when = _span_date(span, today, order)
        if when is not None and when >= today:
            found.append(_Dated(when, key.what if key else None, span.start, span.end))
    weekday = _weekday_return(folded, today, keywords, spans, found)
    named_back = any(item.what == _BACK for item in found)
    if weekday is not None and (weekday[1] == _BACK or not found) and not named_back:
        return weekday[0]
    if not found and weekday is None:
        keyed = ((k.start, k.end, k.where, k.what) for k in keywords)
        alone = day_alone(folded, today, keyed)
        return alone[0] if alone else None
    return _choose(found)


def return_date(
    text: str, *, received: datetime, tz: ZoneInfo | None = None, day_first: bool | None = None
) -> date | None:
    """The return date an out-of-office states, or None: the first day the person is back.

    Reads month and weekday names of many languages (CLDR, through Babel), digits of any script
    and dates in `2027-06-21`, `21.06.`, `6/21`, `21 June`, `6月21日` and similar forms. A date
    after "back", "volveré", "wieder", … (or before "返回", "戻", …) wins; else one after "until",
    "hasta", "bis", "do", "до", … (or before "まで", "까지", "kadar", …), unless a later date
    without a keyword follows it within two weeks ("until 18 June … answering from 21 June": the
    day back); else the latest date. A weekday after "back" ("tilbage på mandag", "revin luni")
    is the next such day after the last date written before it, else after the day received; it
    beats every date but a "back" one. A date without a year is the next one on or after the day
    received (in `tz`, else in `received`'s own zone); an explicit date before that day is
    ignored. A numeric date that reads both ways ("05/07/2010") is the reading due within 60 days
    of that day when only one is, else day first when `day_first` is true, month first when
    false, and when None day first unless the text is English. Quoted text is skipped.
    """
    if not isinstance(text, str) or not text:
        return None
    return _return_date(text, _local_date(received, tz), day_first)


def pause_until(
    text: str, *, received: datetime, tz: ZoneInfo | None = None, day_first: bool | None = None
) -> datetime:
    """When the chase may resume after an out-of-office, as an aware UTC datetime: the stated
    return date at 00:00 in `tz` (default: `received`'s own zone, UTC when naive), bounded as
    `bot.core.away.pause_end` bounds it."""
    start = received if received.tzinfo else received.replace(tzinfo=UTC)
    day = return_date(text, received=received, tz=tz, day_first=day_first)
    return pause_end(day, start, tz or start.tzinfo or UTC)
