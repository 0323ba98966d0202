"""A creator's country, language and time zone: read from what people type, each filled in from
the others when it can be, and shown in words.

Countries are ISO 3166 alpha-2 codes and languages ISO 639-1 codes, from pycountry; which
languages a country speaks and which time zones it spans come from the CLDR data in Babel.
"""

import unicodedata
import zoneinfo
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

import pycountry
from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.languages import get_official_languages

from bot.core.errors import InputError
from bot.store.models import Creator

COUNTRY_FORMS = "a two-letter ISO code such as MX, or an English name such as mexico"
LANGUAGE_FORMS = "a two-letter ISO 639-1 code such as es, or an English name such as spanish"
TIMEZONE_FORMS = "an IANA time zone such as America/Mexico_City"
# Where a creator's language came from: typed by the team, or read from their own replies.
BY_TEAM, FROM_REPLIES = "team", "replies"
_ENGLISH = Locale("en")


def _words(text: str) -> str:
    """`united_states`, `United-States` and `united states` are the same name."""
    text = unicodedata.normalize("NFKC", text).replace("_", " ").replace("-", " ")
    return " ".join(text.split())


@cache
def _countries_by_name() -> dict[str, str]:
    """CLDR's everyday English names ("South Korea", "Vietnam"), beside ISO's formal ones."""
    return {
        _words(name).lower(): code
        for code, name in _ENGLISH.territories.items()
        if len(code) == 2 and code.isalpha() and pycountry.countries.get(alpha_2=code)
    }


def parse_country(text: str) -> str:
    """An ISO 3166 alpha-2 code from a code (alpha-2 or -3) or an English name."""
    words = _words(text)
    code = _countries_by_name().get(words.lower())
    if code is not None:
        return code
    try:
        return str(pycountry.countries.lookup(words).alpha_2)
    except LookupError:
        pass
    try:
        close = pycountry.countries.search_fuzzy(words) if len(words) > 2 else []
    except LookupError:
        close = []
    if 1 < len(close) <= 4:
        options = " or ".join(f"{c.alpha_2} ({country_name(c.alpha_2)})" for c in close)
        raise InputError(f'"{text}" could be {options}: give the code.')
    if len(close) == 1:
        return str(close[0].alpha_2)
    raise InputError(f'"{text}" is not a country I know: use {COUNTRY_FORMS}.')


def parse_language(text: str) -> str:
    """An ISO 639-1 code from a code (two or three letters) or an English name."""
    words = _words(text).lower()
    try:
        language = pycountry.languages.lookup(words) if words else None
    except LookupError:
        language = None
    code = getattr(language, "alpha_2", None)
    if code is None:
        raise InputError(f'"{text}" is not a language I know: use {LANGUAGE_FORMS}.')
    return str(code)


@cache
def _zones_by_key() -> dict[str, str]:
    return {zone.lower(): zone for zone in zoneinfo.available_timezones()}


def parse_timezone(text: str) -> str:
    """An IANA zone name, matched without regard to case (`america/mexico_city` works)."""
    zone = _zones_by_key().get(text.strip().lower())
    if zone is None or zone.lower() in ("localtime", "factory"):
        raise InputError(f'"{text}" is not a time zone I know: use {TIMEZONE_FORMS}.')
    return zone


@cache
def timezones() -> list[str]:
    """Every zone a person may pick: CLDR's canonical zone of each place, without the legacy
    aliases (`US/Eastern`, `Mexico/BajaNorte`) that zoneinfo also knows."""
    known = _zones_by_key().values()
    listed = {z for zones in get_global("territory_zones").values() for z in zones}
    return sorted(listed & set(known))


def language_for_country(country: str | None, among: Collection[str] = ()) -> str | None:
    """The language most of the country's people use (CLDR's official and de facto ones, most
    spoken first): Mexico → es, Brazil → pt, the Philippines → en. With `among`, the first of
    those in it: Belgium among the languages reminders are written in → fr."""
    if not country:
        return None
    for language in get_official_languages(country.upper(), de_facto=True):
        if not among or language in among:
            return str(language)
    return None


def zone_for_country(country: str | None) -> str | None:
    """The country's time zone when it has only one (Japan, Vietnam), else None (Mexico, Spain)."""
    zones = get_global("territory_zones").get(country or "", [])
    return str(zones[0]) if len(zones) == 1 else None


def country_name(code: str) -> str:
    return str(_ENGLISH.territories.get(code, code))


def language_name(code: str) -> str:
    return str(_ENGLISH.languages.get(code, code))


@dataclass(frozen=True)
class LocaleFields:
    """`country:`, `lang:` and `tz:` as typed, each already checked."""

    country: str | None = None
    language: str | None = None
    timezone: str | None = None

    def __bool__(self) -> bool:
        return any((self.country, self.language, self.timezone))


def apply_locale(creator: Creator, given: LocaleFields, *, replace: bool = False) -> None:
    """Set what the team gave; with `replace` (the form, which shows all three) an empty field
    clears its value. A language the team sets is theirs: replies never overwrite it."""
    for name in ("country", "language", "timezone"):
        value = getattr(given, name)
        if value is not None or replace:
            setattr(creator, name, value)
    if given.language is not None or replace:
        creator.language_source = BY_TEAM if given.language else None


@dataclass(frozen=True)
class Locality:
    """What the bot knows of where a creator is and what they read, and how it knows."""

    country: str | None
    language: str | None
    language_source: str | None
    timezone: str | None

    @property
    def effective_language(self) -> str | None:
        return self.language or language_for_country(self.country)

    @property
    def effective_zone(self) -> str | None:
        return self.timezone or zone_for_country(self.country)

    def language_text(self) -> str | None:
        """ "Spanish", "Spanish (from their replies)", "Spanish (from their country)"."""
        if self.language:
            name = language_name(self.language)
            return f"{name} (from their replies)" if self.language_source == FROM_REPLIES else name
        guessed = language_for_country(self.country)
        return f"{language_name(guessed)} (from their country)" if guessed else None

    def local_time(self, now: datetime) -> datetime | None:
        zone = self.effective_zone
        return now.astimezone(zoneinfo.ZoneInfo(zone)) if zone else None

    def describe(self, now: datetime) -> list[str]:
        """What is known, in words: `country Mexico`, `language Spanish (from their country)`,
        `their time now: 08:40 (America/Mexico_City)`."""
        parts = []
        if self.country:
            parts.append(f"country {country_name(self.country)}")
        if language := self.language_text():
            parts.append(f"language {language}")
        local = self.local_time(now)
        if local is not None:
            parts.append(f"their time now: {local:%H:%M} ({self.effective_zone})")
        return parts


# What the pickers offer before anything is typed: the markets most deals are with.
_FIRST_COUNTRIES = "US GB MX BR ES FR DE ID VN KR JP PH TH IN".split()
_FIRST_LANGUAGES = "en es pt fr de id vi ko ja th hi tl".split()
MAX_OPTIONS = 100  # Slack shows at most this many options in a menu


def _matching(
    query: str, choices: list[tuple[str, str]], first: list[str]
) -> list[tuple[str, str]]:
    """Choices whose code or name starts with the query (then contain it); the usual ones
    first when nothing is typed."""
    key = _words(query).lower()
    if not key:
        order = {code: i for i, code in enumerate(first)}
        return sorted(choices, key=lambda c: (order.get(c[0], len(order)), c[1]))[:MAX_OPTIONS]
    starts = [c for c in choices if c[0].lower() == key or c[1].lower().startswith(key)]
    inside = [c for c in choices if key in c[1].lower() and c not in starts]
    return (starts + inside)[:MAX_OPTIONS]


@cache
def _country_choices() -> list[tuple[str, str]]:
    return sorted(
        ((code, name) for name, code in _countries_by_name().items()),
        key=lambda c: c[1],
    )


def country_options(query: str) -> list[tuple[str, str]]:
    """(code, label) pairs for a country picker: "MX", "Mexico"."""
    return _matching(query, [(c, country_name(c)) for c, _ in _country_choices()], _FIRST_COUNTRIES)


@cache
def _language_choices() -> list[tuple[str, str]]:
    codes = {str(lang.alpha_2) for lang in pycountry.languages if hasattr(lang, "alpha_2")}
    return sorted(((c, language_name(c)) for c in codes), key=lambda c: c[1])


def language_options(query: str) -> list[tuple[str, str]]:
    return _matching(query, _language_choices(), _FIRST_LANGUAGES)


def timezone_options(query: str, country: str | None = None) -> list[tuple[str, str]]:
    """Zones matching the query by name (`tokyo`, `america/`) or by country (`mexico`); with
    no query, the creator's country's zones first."""
    territory_zones = get_global("territory_zones")
    key = query.strip().lower().replace(" ", "_")
    if not key:
        first = list(territory_zones.get(country or "", []))
        return _matching("", [(z, _zone_label(z)) for z in timezones()], first)
    by_country = [
        z for code, _ in country_options(query)[:3] for z in territory_zones.get(code, [])
    ]
    by_name = [z for z in timezones() if key in z.lower()]
    return [(z, _zone_label(z)) for z in dict.fromkeys(by_country + by_name)][:MAX_OPTIONS]


def _zone_label(zone: str) -> str:
    return zone.replace("_", " ")


# A reply shorter than this says too little to tell its language ("ok thanks!").
MIN_LETTERS = 20
MIN_CONFIDENCE = 0.7


@cache
def _identifier() -> Any:
    """py3langid's model, mapped on first use (unpacked once, about a second), then kept."""
    from bot.core.language_model import load_identifier

    return load_identifier()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 language of the creator's own words, or None when unsure."""
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return None
    language, confidence = _identifier().classify(text)
    if confidence < MIN_CONFIDENCE or pycountry.languages.get(alpha_2=language) is None:
        return None
    return str(language)


def learn_language(creator: Creator, text: str) -> bool:
    """A creator with no language takes that of their first reply that says enough; a language
    the team set, or one already learned, stays."""
    if creator.language is not None:
        return False
    language = detect_language(text)
    if language is None:
        return False
    creator.language, creator.language_source = language, FROM_REPLIES
    return True


def day_first(country: str | None) -> bool | None:
    """Whether people in the country write the day before the month in numeric dates (CLDR's
    short date pattern: 07/12 is 7 December in Britain, July 12 in the United States); None
    when unknown or when the year comes first."""
    language = language_for_country(country)
    if not country or not language:
        return None
    try:
        pattern = str(Locale.parse(f"{language}_{country.upper()}").date_formats["short"].pattern)
    except (ValueError, UnknownLocaleError):
        return None
    order = [c for c in pattern.lower() if c in "dmy"]
    if not order or order[0] == "y":
        return None
    return order[0] == "d"
