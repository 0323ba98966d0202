"""Fees as people type them in chat: symbols, codes, `k`, and either decimal convention."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel.numbers import get_currency_precision

from bot.core.errors import InputError

ISO_CODES = frozenset(
    [
        "USD",
        "EUR",
        "GBP",
        "JPY",
        "KRW",
        "CNY",
        "HKD",
        "TWD",
        "SGD",
        "MYR",
        "THB",
        "IDR",
        "PHP",
        "VND",
        "INR",
        "AUD",
        "NZD",
        "CAD",
        "MXN",
        "BRL",
        "ARS",
        "CLP",
        "COP",
        "PEN",
        "CHF",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "CZK",
        "HUF",
        "RON",
        "TRY",
        "ILS",
        "AED",
        "SAR",
        "ZAR",
        "NGN",
        "KES",
        "EGP",
        "ISK",
        "UGX",
        "PYG",
        "XOF",
        "XAF",
        "KWD",
        "BHD",
        "OMR",
        "JOD",
        "TND",
    ]
)
# Amounts in these were stored in hundredths before the minor unit came from CLDR (which says
# whole units); changing that would rescale every fee already saved.
_STORED_IN_HUNDREDTHS = frozenset(["HUF", "COP", "IDR"])
MAX_AMOUNT = Decimal(10) ** 12
MAX_SHOWN = "1,000,000,000,000"

# Markers people put before or after a number. `$` and `¥` mean USD and JPY whatever the default.
_MARKERS: dict[str, str] = {
    "US$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "S$": "SGD",
    "HK$": "HKD",
    "NT$": "TWD",
    "MX$": "MXN",
    "R$": "BRL",
    "CN¥": "CNY",
    "RMB": "CNY",
    "Rp": "IDR",
    "RM": "MYR",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "￥": "JPY",
    "円": "JPY",
    "₩": "KRW",
    "원": "KRW",
    "₫": "VND",
    "₹": "INR",
    "₱": "PHP",
    "฿": "THB",
    "₺": "TRY",
    "₪": "ILS",
    "₦": "NGN",
    **{code: code for code in ISO_CODES},
}
_BY_UPPER = {marker.upper(): code for marker, code in _MARKERS.items()}
_FORMAT_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩", "BRL": "R$"}

_MARKER_RE = "|".join(re.escape(m) for m in sorted(_MARKERS, key=len, reverse=True))
_SEP = ".,' \u00a0\u202f"
_MONEY_RE = re.compile(
    rf"(?P<sign>[-−])?(?:(?P<pre>{_MARKER_RE})\s*)?(?P<sign2>[-−])?"
    rf"(?P<num>[0-9](?:[0-9{_SEP}]*[0-9])?)(?P<k>[kK])?(?:\s*(?P<post>{_MARKER_RE}))?",
    re.IGNORECASE,
)
_BARE_NUMBER_RE = re.compile(rf"[0-9](?:[0-9{_SEP}]*[0-9])?[kK]?")
# Shaped like a number but not one a fee is written as: exponents, infinity, not-a-number.
# Bare `inf`/`nan` are words (a name may hold "Nan"), so they count only beside a currency.
_ODD_NUMBER_RE = re.compile(
    rf"[-−+]?(?:(?:{_MARKER_RE})\s*)?[-−+]?(?:[0-9][0-9.,]*e[-+]?[0-9]+[kK]?)(?:\s*(?:{_MARKER_RE}))?"
    rf"|[-−+]?(?:{_MARKER_RE})\s*[-−+]?(?:inf(?:inity)?|nan)"
    rf"|[-−+]?(?:inf(?:inity)?|nan)\s*(?:{_MARKER_RE})",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def currency_exponent(code: str) -> int:
    """Digits after the decimal point in `code`'s minor unit: JPY 0, USD 2, KWD 3 (CLDR)."""
    code = code.upper()
    return 2 if code in _STORED_IN_HUNDREDTHS else get_currency_precision(code)


@lru_cache(maxsize=64)
def _style(currency: str) -> tuple[int, int, str, str]:
    """How amounts in a currency are written: minor units per unit, their digits, and what goes
    before and after the number."""
    exp = currency_exponent(currency)
    symbol = _FORMAT_SYMBOLS.get(currency)
    return 10**exp, exp, symbol or "", "" if symbol else f" {currency}"


@dataclass(frozen=True, slots=True)
class Money:
    amount_minor: int
    currency: str

    @property
    def amount(self) -> Decimal:
        return Decimal(self.amount_minor).scaleb(-currency_exponent(self.currency))

    def format(self) -> str:
        """English grouping, symbol where one is unambiguous, no `.00` on whole amounts."""
        unit, exp, before, after = _style(self.currency)
        whole, minor = divmod(abs(self.amount_minor), unit)
        sign = "-" if self.amount_minor < 0 else ""
        if minor:
            return f"{before}{sign}{whole:,}.{minor:0{exp}d}{after}"
        return f"{before}{sign}{whole:,}{after}"

    def __str__(self) -> str:
        return self.format()


def parse_money(text: str, default_currency: str = "USD") -> Money:
    """Read one amount such as `$1,200`, `1.2k EUR` or `R$ 2.500`; bare numbers use the default."""
    money = _parse(text, default_currency)
    if money is None:
        raise InputError(f'I couldn\'t read "{text.strip()}" as an amount. Try $1,200 or 900 EUR.')
    return money[0]


def find_money(tokens: list[str], default_currency: str = "USD") -> tuple[Money | None, list[str]]:
    """Pick the fee out of free text and return the tokens that are not part of it.

    A bare number only counts as the fee when no amount carries a currency, so a name like
    "Studio 54" survives next to "$1,200". The same fee written twice is fine; two different
    fees are an error.
    """
    spans: list[tuple[int, int, Money, bool, str]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i].rstrip(",;")
        if i + 1 < len(tokens) and _is_pair(token, tokens[i + 1].rstrip(",;")):
            text = f"{token} {tokens[i + 1].rstrip(',;')}"
            found = _parse(text, default_currency)
            if found is not None:
                spans.append((i, i + 2, found[0], True, text))
                i += 2
                continue
        found = _parse(token, default_currency)
        if found is not None:
            spans.append((i, i + 1, found[0], found[1], token))
        i += 1
    explicit = [s for s in spans if s[3]]
    chosen = explicit or spans
    fees: dict[Money, str] = {}
    for _, _, money, _, text in chosen:
        fees.setdefault(money, text)
    if len(fees) > 1:
        first, second = list(fees.values())[:2]
        raise InputError(f'I found two different fees, "{first}" and "{second}". Give just one.')
    used = {j for start, end, *_ in chosen for j in range(start, end)}
    remaining = [t for j, t in enumerate(tokens) if j not in used]
    return (next(iter(fees), None), remaining)


def _is_pair(first: str, second: str) -> bool:
    """A standalone currency marker next to a bare number, in either order."""
    return (first.upper() in _BY_UPPER and bool(_BARE_NUMBER_RE.fullmatch(second))) or (
        bool(_BARE_NUMBER_RE.fullmatch(first)) and second.upper() in _BY_UPPER
    )


def _parse(text: str, default_currency: str) -> tuple[Money, bool] | None:
    """None when the text is not shaped like an amount; InputError when it is but is unusable."""
    text = text.strip()
    if _ODD_NUMBER_RE.fullmatch(text):
        raise InputError(
            f'"{text}" is not an amount I can use: write the digits out, e.g. $1,200 or 1.5k EUR '
            "(no exponents, infinity or NaN)."
        )
    match = _MONEY_RE.fullmatch(text)
    if match is None:
        return None
    pre, post = match["pre"], match["post"]
    codes = {_BY_UPPER[m.upper()] for m in (pre, post) if m}
    if len(codes) > 1:
        raise InputError(f'"{text}" names two currencies; give just one.')
    currency = codes.pop() if codes else default_currency.upper()
    value = _number(match["num"], bool(match["k"]), currency_exponent(currency))
    if value is None:
        return None
    if match["sign"] or match["sign2"]:
        raise InputError(f'The fee "{text}" can\'t be negative.')
    if value == 0:
        raise InputError(f'The fee "{text}" can\'t be zero.')
    if value > MAX_AMOUNT:
        raise InputError(
            f'"{_clip(text)}" is more than I can believe for one deal: fees go up to {MAX_SHOWN} '
            f"{currency}; check the amount."
        )
    places = currency_exponent(currency)
    smallest = Decimal(1).scaleb(-places)
    if value < smallest:
        raise InputError(
            f'"{text}" is less than the smallest {currency} amount, {smallest}; check the amount.'
        )
    minor = value.scaleb(places)
    if minor != minor.to_integral_value():
        allowed = "no decimals" if places == 0 else f"at most {places} decimals"
        raise InputError(f'"{_clip(text)}" has too many decimals: {currency} takes {allowed}.')
    return Money(int(minor), currency), bool(pre or post)


def _number(raw: str, thousand: bool, places: int = 2) -> Decimal | None:
    """Decide which separator is the decimal point by shape, since chat mixes conventions.

    `1,200` and `1.200.000` are grouped thousands, `1,50` and `1.5` are decimals, the last of
    `,` and `.` wins when both appear, and `k` makes a single separator a decimal (`1,5k`).
    In a currency of three decimals (KWD), `1.500` is one and a half, as it is written there.
    """
    text = raw.replace("\u00a0", " ").replace("\u202f", " ")
    marks = [c for c in text if c in ".,"]
    decimal_mark: str | None = None
    if len(set(marks)) == 2:
        decimal_mark = marks[-1]
    elif len(marks) == 1:
        before, after = text.rsplit(marks[0], 1)
        # `0.001` is a fraction: no grouped thousands start with a zero.
        fils = places == 3 and marks[0] == "."
        if thousand or len(after) != 3 or not before.strip(" '0") or fils:
            decimal_mark = marks[0]
    if decimal_mark is not None and text.count(decimal_mark) > 1:
        return None
    whole, _, fraction = text.partition(decimal_mark) if decimal_mark else (text, "", "")
    if not fraction.isdigit() and fraction:
        return None
    groups = re.split(r"[.,' ]", whole)
    if len(groups) > 1 and not (
        1 <= len(groups[0]) <= 3 and groups[0].lstrip("0") and all(len(g) == 3 for g in groups[1:])
    ):
        return None
    if not all(g.isdigit() for g in groups):
        return None
    value = Decimal(f"{''.join(groups)}.{fraction or '0'}")
    return value * 1000 if thousand else value


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else f"{text[: limit - 1]}…"
