"""Reminder emails from Jinja2 templates: one file per level and language, overridable per team.

Each template renders to a `Subject:` line, a blank line and a plain-text body. Every string in
the context is made single-line first, so text typed into Slack or read from a mailbox (names,
subjects, campaigns) can never add a line to the email or forge a header; the layout belongs to
the template alone.

A reminder's words follow the deal's facts, so the context carries the facts already worked out
(a template never computes a date or an amount). What a template may use; optional values are
None or empty, and templates read naturally either way:

    creator.name, creator.first_name
    sender.name, sender.company
    thread_subject, days_silent (working days), manager.name
    today                     the date the reminder is written, in the workspace's time zone
    reply_by                  (may be None) the date a firm or formal notice asks an answer by
    deal.number, deal.campaign, deal.brand, deal.deliverables, deal.contract_url,
    deal.contract_signed_at
    deal.stage                negotiating, contracted, product_shipped, product_received,
                              draft_submitted, draft_approved, published or paid: what the
                              reminder is about (an answer on the offer, the brief and the
                              address, the parcel, the draft, our feedback, the publish date,
                              the link and stats, a thank-you)
    deal.product_received     the product is with the creator (product_received and later)
    deal.draft_due, deal.publish_due          the agreed dates, as recorded
    deal.draft_passed, deal.publish_passed    whether that date is before `today`
    deadlines                 the agreed dates still ahead of the deal's stage, in order, each
                              {kind: "draft" | "publish", date, passed}; none while negotiating
                              (nothing is agreed yet) or once the video is live
    deadline                  the first of `deadlines` (the one a reminder talks about), or None
    deal.fee                  the agreed fee (the offer, while negotiating)
    deal.paid                 the total paid so far; None when nothing was paid
    deal.owed                 what is left to pay; None when nothing is
    deal.paid_in_full         the fee is known and fully paid
    deal.owed_after           what paying `deal.owed` waits on: "publication" (the video going
                              live) before it is live, "link" (its link and stats) once it is;
                              None when nothing is owed or the deal is marked paid
    payments                  [{amount, paid_at, milestone}], oldest first

Amounts are `Money` (or text already formatted, printed as given) and print in the template's
language, with its own symbol, grouping and decimal mark ("1.200 US$", "₩1,500,000"). Dates are
`datetime.date`; the `longdate` filter prints one as a letter in the template's language writes
it, and `milestone` names a payment's milestone. Babel (CLDR) provides both conventions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pycountry
from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency
from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    pass_context,
)
from jinja2.runtime import Context

from bot.core.locales import language_for_country
from bot.core.money import Money

LANGUAGES = ("en", "es", "pt", "id", "vi", "ko", "ja", "fr", "de")
TEMPLATE_NAMES = {
    1: "friendly",
    2: "second-reminder",
    3: "reminder-cc-manager",
    4: "firm-notice",
    5: "formal-notice",
}

# What people type for a language that no standard lists: a country code in its place ("jp";
# "kr" is Kanuri in ISO 639, but nobody here means Kanuri) or an everyday name.
_COLLOQUIAL = {
    "jp": "ja",
    "kr": "ko",
    "vn": "vi",
    "castellano": "es",
    "bahasa": "id",
    "bahasa indonesia": "id",
}

# Payment milestones as recorded by `/deal pay`; "other" says nothing worth printing.
_MILESTONES = {
    "en": ("deposit", "production payment", "publication payment", "bonus"),
    "es": ("anticipo", "pago de producción", "pago de publicación", "bono"),
    "pt": ("adiantamento", "pagamento da produção", "pagamento da publicação", "bônus"),
    "id": ("uang muka", "pembayaran produksi", "pembayaran setelah tayang", "bonus"),
    "vi": ("đặt cọc", "đợt sản xuất", "đợt đăng video", "tiền thưởng"),
    "ko": ("선금", "중도금", "잔금", "보너스"),
    "ja": ("着手金", "中間金", "公開時のお支払い", "ボーナス"),
    "fr": ("acompte", "paiement à la production", "paiement à la publication", "prime"),
    "de": ("Anzahlung", "Zahlung bei Produktion", "Zahlung bei Veröffentlichung", "Bonus"),
}
_MILESTONE_KEYS = ("deposit", "production", "publish", "bonus")

_TEMPLATE_RE = re.compile(r"level[0-9]+\.(?P<lang>[a-z]{2})\.j2")
# Whitespace other than the no-break spaces French punctuation (and CLDR's number formats) rely
# on, and control characters.
_BREAKING = re.compile(r"(?:[^\S\u00a0\u202f]|[\x00-\x1f\x7f-\x9f])+")
_BLANK_RUN = re.compile(r"\n{3,}")
_SUBTAG = re.compile(r"[-_.@\s(]")
_FRACTION = re.compile(r"\.0+")


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    body: str
    template: str
    language: str


def language_for(language: str | None, country: str | None = None) -> str:
    """The template language for a creator: their stated language, else their country's, else
    English.

    A stated language we have no templates for means English, not the country's language: an
    Italian speaker living in Switzerland should not get German. A country's language is the
    first of its official and de facto languages (CLDR, most spoken first) that has templates:
    Belgium writes French (there are no Dutch ones), Switzerland German, Senegal French.
    """
    if language and language.strip():
        return _stated_language(language)
    if country and country.strip():
        return _country_language(country.strip().upper())
    return "en"


def _stated_language(text: str) -> str:
    """A code, a locale (`pt-BR`, `es_419`) or a name in English or in the language itself."""
    names = _language_names()
    key = _plain(text)
    if key in names:
        return names[key]
    return names.get(_SUBTAG.split(key, maxsplit=1)[0], "en")


def _country_language(territory: str) -> str:
    return language_for_country(territory, among=LANGUAGES) or "en"


@cache
def _language_names() -> dict[str, str]:
    """Every way of writing one of our languages that a person may type, to its code: ISO 639
    codes (pycountry), and its English and native names (CLDR)."""
    english = Locale("en")
    names = {_plain(key): code for key, code in _COLLOQUIAL.items()}
    for code in LANGUAGES:
        keys = [code, english.languages[code], Locale(code).languages[code]]
        iso = pycountry.languages.get(alpha_2=code)
        if iso is not None:
            keys += [iso.alpha_3, getattr(iso, "bibliographic", None), iso.name]
        for key in keys:
            if key:
                names.setdefault(_plain(str(key)), code)
    return names


def _plain(text: str) -> str:
    """`Español`, `espanol` and ` ESPAÑOL ` are the same name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())


def one_line(value: str) -> str:
    """`value` on one line: line breaks, tabs and control characters become single spaces."""
    return _BREAKING.sub(" ", value).strip()


def longdate(value: date, language: str) -> str:
    """A date as a letter in `language` writes it (CLDR's long format; English when unknown)."""
    if not isinstance(value, date):
        raise TypeError(f"longdate expects a date, not {type(value).__name__}")
    day = value.date() if isinstance(value, datetime) else value
    return str(format_date(day, format="long", locale=_locale(language)))


def money_text(value: Money, language: str) -> str:
    """An amount as people write it in `language`: its symbol, grouping and decimal mark, and
    the currency's own minor unit (none for KRW, JPY, VND); a whole amount has no `.00`."""
    locale = _locale(language)
    amount = value.amount
    if amount == amount.to_integral_value():
        whole = _FRACTION.sub("", _currency_pattern(locale))
        text = format_currency(
            amount, value.currency, format=whole, locale=locale, currency_digits=False
        )
    else:
        text = format_currency(amount, value.currency, locale=locale)
    return str(text)


def _currency_pattern(locale: Locale) -> str:
    return str(locale.currency_formats["standard"].pattern)


@cache
def _locale(identifier: str) -> Locale:
    """`en`, or a regional form such as `en_GB` or `pt_PT` when the creator's country has one."""
    try:
        locale = Locale.parse(identifier)
    except (ValueError, UnknownLocaleError):
        return Locale("en")
    return locale if locale.language in LANGUAGES else Locale("en")


@cache
def regional(language: str, country: str | None) -> str:
    """The CLDR locale for dates and money: the language as written in the creator's country
    (British dates for a UK creator, euros the Portuguese way in Portugal), when CLDR has it."""
    if country:
        try:
            return str(Locale.parse(f"{language}_{country.strip().upper()}"))
        except (ValueError, UnknownLocaleError):
            pass
    return language


def milestone_label(milestone: str | None, language: str) -> str:
    """What a payment was for, in `language`; empty when there is nothing useful to say."""
    if milestone is None:
        return ""
    key = milestone.strip().lower()
    if not key or key == "other":
        return ""
    labels = _MILESTONES.get(language, _MILESTONES["en"])
    return labels[_MILESTONE_KEYS.index(key)] if key in _MILESTONE_KEYS else one_line(milestone)


def render_reminder(
    level: int,
    language: str | None,
    context: Mapping[str, Any],
    *,
    override_dir: str | Path | None = None,
    country: str | None = None,
) -> RenderedEmail:
    """The reminder email for an escalation level, in the creator's language.

    A template in `override_dir` with the packaged name (e.g. `level1.en.j2`) wins over the
    packaged one. `context` follows the contract in this module's docstring; a key it lacks fails
    loudly (StrictUndefined) rather than leaving a gap in an email someone will send.
    """
    if isinstance(level, bool) or level not in TEMPLATE_NAMES:
        raise ValueError(f"Unknown reminder level {level!r}; expected one of 1-5.")
    lang = language_for(language, country)
    name = f"level{level}.{lang}.j2"
    env = _environment(_override_key(override_dir))
    where = regional(lang, country)
    values = {"reply_by": None, **_clean(context, where), "locale": where}
    subject, body = _split(env.get_template(name).render(values), name)
    return RenderedEmail(subject=subject, body=body, template=name, language=lang)


def _override_key(override_dir: str | Path | None) -> str | None:
    if override_dir is None or str(override_dir) == "":
        return None
    path = Path(override_dir).expanduser().resolve()
    if not path.is_dir():
        raise FileNotFoundError(f"Template override directory not found: {path}")
    return str(path)


@lru_cache(maxsize=32)
def _environment(override_dir: str | None) -> Environment:
    """One environment per override directory, so compiled templates are reused across drafts;
    FileSystemLoader still notices a team editing its override files."""
    loaders: list[BaseLoader] = [FileSystemLoader(override_dir)] if override_dir else []
    loaders.append(PackageLoader("bot.mail", "templates"))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        finalize=_finalize,
    )
    env.filters["longdate"] = _longdate_filter
    env.filters["milestone"] = _milestone_filter
    return env


def _clean(value: Any, language: str) -> Any:
    """Strings in `value` made single-line before rendering, so `{% if name %}` and the printed
    name agree (a name that is only a line break counts as missing); amounts written out in
    the email's language."""
    if isinstance(value, str):
        return one_line(value)
    if isinstance(value, Money):
        return money_text(value, language)
    if isinstance(value, Mapping):
        return {key: _clean(item, language) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(item, language) for item in value]
    return value


def _finalize(value: Any) -> Any:
    """What `{{ ... }}` prints: an optional value left empty prints nothing, never "None"."""
    if value is None:
        return ""
    return one_line(value) if isinstance(value, str) else value


def _template_language(context: Context) -> str:
    match = _TEMPLATE_RE.fullmatch(Path(context.name or "").name)
    return match["lang"] if match else "en"


@pass_context
def _longdate_filter(context: Context, value: date, language: str | None = None) -> str:
    return longdate(value, language or context.get("locale") or _template_language(context))


@pass_context
def _milestone_filter(context: Context, value: str | None, language: str | None = None) -> str:
    return milestone_label(value, language or _template_language(context))


def _split(text: str, template: str) -> tuple[str, str]:
    """Subject and body from a rendered template; a template that breaks the shape fails here,
    before anything reaches a person or a mail server."""
    lines = [line.rstrip() for line in text.splitlines()]
    if not lines or not lines[0].startswith("Subject:"):
        raise ValueError(f"{template} must start with a 'Subject:' line.")
    subject = one_line(lines[0].removeprefix("Subject:"))
    body = _BLANK_RUN.sub("\n\n", "\n".join(lines[1:]).strip("\n"))
    if not subject:
        raise ValueError(f"{template} rendered an empty subject.")
    if not body.strip():
        raise ValueError(f"{template} rendered an empty body.")
    return subject, body + "\n"
