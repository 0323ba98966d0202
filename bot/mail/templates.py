"""Reminder emails from Jinja2 templates: one file per level and language, overridable per team.

Each template renders to a `Subject:` line, a blank line and a plain-text body. Every string in
the context is made single-line first, so text typed into Slack or read from a mailbox (names,
subjects, campaigns) can never add a line to the email or forge a header; the layout belongs to
the template alone.

The context a template may use (optional values are None or empty, and templates read naturally
either way):

    creator.name, creator.first_name
    deal.number, deal.campaign, deal.brand, deal.deliverables, deal.fee, deal.paid, deal.owed,
    deal.publish_due, deal.draft_due, deal.stage, deal.product_received,
    deal.contract_signed_at, deal.contract_url
    payments: [{amount, paid_at, milestone}]
    sender.name, sender.company
    thread_subject, days_silent (working days), manager.name
    reply_by (optional, default None): the date a firm or formal notice asks for an answer by

Money values arrive formatted ("$1,200"); dates are `datetime.date` and are printed with the
`longdate` filter in the template's language; `milestone` names a payment's milestone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

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

LANGUAGES = ("en", "es", "pt", "id", "vi", "ko", "ja", "fr", "de")
TEMPLATE_NAMES = {
    1: "friendly",
    2: "second-reminder",
    3: "reminder-cc-manager",
    4: "firm-notice",
    5: "formal-notice",
}

_ALIASES = {
    **dict.fromkeys(("eng", "english"), "en"),
    **dict.fromkeys(("spa", "spanish", "español", "espanol", "castellano"), "es"),
    **dict.fromkeys(("por", "portuguese", "português", "portugues"), "pt"),
    **dict.fromkeys(("ind", "indonesian", "bahasa", "bahasa indonesia"), "id"),
    **dict.fromkeys(("vie", "vn", "vietnamese", "tiếng việt", "tieng viet"), "vi"),
    **dict.fromkeys(("kor", "kr", "korean", "한국어"), "ko"),
    **dict.fromkeys(("jpn", "jp", "japanese", "日本語"), "ja"),
    **dict.fromkeys(("fra", "fre", "french", "français", "francais"), "fr"),
    **dict.fromkeys(("deu", "ger", "german", "deutsch"), "de"),
}
_BY_COUNTRY = {
    **dict.fromkeys("BR PT AO MZ CV GW ST".split(), "pt"),
    **dict.fromkeys("ES MX AR CO CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY PR GQ".split(), "es"),
    "ID": "id",
    "VN": "vi",
    "KR": "ko",
    "JP": "ja",
    **dict.fromkeys("FR BE MC LU SN CI ML BF NE TG BJ GA CG CD GN CM MG HT".split(), "fr"),
    **dict.fromkeys("DE AT CH LI".split(), "de"),
}

_MONTHS = dict(
    en="January February March April May June July August September October November December",
    es="enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    pt="janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    id="Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    fr="janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    de="Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
)
_MONTH_NAMES = {lang: names.split() for lang, names in _MONTHS.items()}

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
# Whitespace other than the no-break spaces French punctuation relies on, and control characters.
_BREAKING = re.compile(r"(?:[^\S\u00a0\u202f]|[\x00-\x1f\x7f-\x9f])+")
_BLANK_RUN = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    body: str
    template: str
    language: str


def language_for(language: str | None, country: str | None = None) -> str:
    """The template language for a creator: their stated language, else a guess from their
    country, else English.

    A stated language we have no templates for means English, not the country's language: an
    Italian speaker living in Switzerland should not get German.
    """
    if language and language.strip():
        text = unicodedata.normalize("NFKC", language).strip().casefold()
        if text in _ALIASES:
            return _ALIASES[text]
        primary = re.split(r"[-_.@\s]", text, maxsplit=1)[0]
        primary = _ALIASES.get(primary, primary)
        return primary if primary in LANGUAGES else "en"
    if country and country.strip():
        return _BY_COUNTRY.get(country.strip().upper(), "en")
    return "en"


def one_line(value: str) -> str:
    """`value` on one line: line breaks, tabs and control characters become single spaces."""
    return _BREAKING.sub(" ", value).strip()


def longdate(value: date, language: str) -> str:
    """A date as people write it in a letter in `language` (English when unknown)."""
    if not isinstance(value, date):
        raise TypeError(f"longdate expects a date, not {type(value).__name__}")
    d, m, y = value.day, value.month, value.year
    if language == "vi":
        return f"ngày {d} tháng {m} năm {y}"
    if language == "ko":
        return f"{y}년 {m}월 {d}일"
    if language == "ja":
        return f"{y}年{m}月{d}日"
    lang = language if language in _MONTH_NAMES else "en"
    month = _MONTH_NAMES[lang][m - 1]
    if lang == "pt":
        return f"{'1º' if d == 1 else d} de {month} de {y}"
    if lang == "es":
        return f"{d} de {month} de {y}"
    if lang == "fr":
        return f"{'1er' if d == 1 else d} {month} {y}"
    if lang == "de":
        return f"{d}. {month} {y}"
    return f"{d} {month} {y}"


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
    values = {"reply_by": None, **_clean(context)}
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


def _clean(value: Any) -> Any:
    """Strings in `value` made single-line before rendering, so `{% if name %}` and the printed
    name agree (a name that is only a line break counts as missing)."""
    if isinstance(value, str):
        return one_line(value)
    if isinstance(value, Mapping):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(item) for item in value]
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
    return longdate(value, language or _template_language(context))


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
