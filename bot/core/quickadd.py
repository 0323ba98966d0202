"""`/deal add` quick syntax: pull the recognisable pieces out of one line, the rest is the name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import unquote, urlsplit

from bot.core.addresses import SmtpUtf8, no_smtputf8, sendable, unsendable_reason
from bot.core.dates import TooFarAhead, is_numeric_date, parse_date
from bot.core.errors import InputError
from bot.core.locales import (
    COUNTRY_FORMS,
    LANGUAGE_FORMS,
    TIMEZONE_FORMS,
    LocaleFields,
    parse_country,
    parse_language,
    parse_timezone,
)
from bot.core.money import Money, find_money
from bot.core.typed import typed

MAX_NAME_LENGTH = 80
EXAMPLE = "/deal add Jane Doe jane@example.com $1,200 due 2026-12-15 youtube country:MX"

PLATFORM_ALIASES: dict[str, str] = {
    **dict.fromkeys(("youtube", "yt"), "youtube"),
    **dict.fromkeys(("tiktok", "tt"), "tiktok"),
    **dict.fromkeys(("instagram", "ig", "insta"), "instagram"),
    "twitch": "twitch",
    **dict.fromkeys(("twitter", "x.com"), "x"),
    **dict.fromkeys(("facebook", "fb"), "facebook"),
    **dict.fromkeys(("snapchat", "snap"), "snapchat"),
    "kick": "kick",
    **dict.fromkeys(("bilibili", "b站"), "bilibili"),
    **dict.fromkeys(("xiaohongshu", "xhs", "rednote", "小红书"), "xiaohongshu"),
}
PLATFORMS = frozenset(PLATFORM_ALIASES.values())
_DOMAINS = {
    "youtube.com": "youtube",
    "tiktok.com": "tiktok",
    "instagram.com": "instagram",
    "twitch.tv": "twitch",
    "x.com": "x",
    "twitter.com": "x",
    "facebook.com": "facebook",
    "snapchat.com": "snapchat",
    "kick.com": "kick",
    "space.bilibili.com": "bilibili",
    "xiaohongshu.com": "xiaohongshu",
}
# First path segments that are pages of the site rather than a profile.
_NOT_PROFILES = frozenset(
    {
        *("p", "reel", "reels", "stories", "explore", "tv", "watch", "video", "videos", "shorts"),
        *("i", "home", "search", "intent", "share", "hashtag", "groups", "pages", "profile.php"),
        *("directory", "discover", "tag", "live", "events"),
    }
)
_PREFIXED_SEGMENTS = frozenset({"c", "user", "channel", "add"})
_KEYWORDS = frozenset({"due", "by", "publish", "deadline", "draft"})

_SLACK_MENTION_RE = re.compile(r"<[@#!][^>]*>")
_URL_RE = re.compile(r"https?://\S+|(?:www\.)?[\w.-]+\.[a-z]{2,}/\S*", re.IGNORECASE)
_ATOM = r"[\w!#$%&'*+/=?^`{|}~-]+"
EMAIL_RE = re.compile(
    rf"(?P<local>{_ATOM}(?:\.{_ATOM})*)@"
    r"(?P<domain>(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+(?:[^\W\d_]{2,63}|xn--[\w-]{1,59}))"
)
HANDLE_RE = re.compile(r"[\w.-]{1,100}")


@dataclass(frozen=True)
class QuickDeal:
    name: str
    emails: tuple[str, ...]
    fee: Money | None
    publish_due: date | None
    draft_due: date | None
    platform: str | None
    handle: str | None
    tagged: Tagged = field(default_factory=lambda: Tagged())


_LOCALE_KEYS = {
    "country": "country",
    "lang": "language",
    "language": "language",
    "tz": "timezone",
    "timezone": "timezone",
}
_PARSERS = {"country": parse_country, "language": parse_language, "timezone": parse_timezone}
# Messaging apps a creator may be reached on, as the ladder's "other channels" step names them.
CONTACT_KEYS = {
    **dict.fromkeys(("whatsapp", "wa"), "whatsapp"),
    "line": "line",
    **dict.fromkeys(("kakaotalk", "kakao"), "kakaotalk"),
    "wechat": "wechat",
    "telegram": "telegram",
    "zalo": "zalo",
    "messenger": "messenger",
}
_CONTACT_RE = re.compile(r"[\w@.+-]{1,100}")
TAG_USAGE = (
    f"country:MX or country:mexico ({COUNTRY_FORMS}), lang:es ({LANGUAGE_FORMS}), "
    f"tz:America/Mexico_City ({TIMEZONE_FORMS}), whatsapp:+5511912345678 (also line:, "
    "kakaotalk:, wechat:, telegram:, zalo:, messenger:), manager:booking@agency.com"
)


@dataclass(frozen=True)
class Tagged:
    """The `key:value` words: where the creator is and how else to reach them."""

    locale: LocaleFields = field(default_factory=LocaleFields)
    contacts: dict[str, str] = field(default_factory=dict)
    managers: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.locale or self.contacts or self.managers)


def take_tagged(tokens: list[str], *, smtputf8: SmtpUtf8 = no_smtputf8) -> tuple[Tagged, list[str]]:
    """Pull `country:…`, `lang:…`, `tz:…`, `whatsapp:…` (and the other apps) and `manager:…`
    out of the words; the rest is left as it was.

    A country name of several words is written with `_` or `-`: `country:united_states`; a
    phone number without spaces: `whatsapp:+5511912345678`.
    """
    locale: dict[str, str] = {}
    contacts: dict[str, str] = {}
    managers: list[str] = []
    rest = []
    for token in tokens:
        key, colon, value = token.rstrip(",;").partition(":")
        name = key.lower()
        known = name in _LOCALE_KEYS or name in CONTACT_KEYS or name == "manager"
        if not colon or not known:
            rest.append(token)
            continue
        if not value:
            raise InputError(f'"{token}" needs a value: {TAG_USAGE}.')
        if name == "manager":
            found = EMAIL_RE.fullmatch(value.removeprefix("mailto:"))
            if found is None:
                raise InputError(f'"{value}" after manager: is not an email address.')
            if not sendable(value, smtputf8):
                raise InputError(unsendable_reason(value.removeprefix("mailto:")))
            managers.append(f"{found['local']}@{found['domain'].lower()}")
        elif name in CONTACT_KEYS:
            if not _CONTACT_RE.fullmatch(value):
                raise InputError(
                    f'"{value}" after {key}: is not a number or an ID: letters, digits and '
                    '"+", ".", "_", "-" only, no spaces.'
                )
            contacts[CONTACT_KEYS[name]] = value
        else:
            parsed = _PARSERS[_LOCALE_KEYS[name]](value)
            if locale.get(_LOCALE_KEYS[name], parsed) != parsed:
                raise InputError(
                    f"You gave two values for {key}:, {locale[_LOCALE_KEYS[name]]} and {parsed}."
                )
            locale[_LOCALE_KEYS[name]] = parsed
    return Tagged(LocaleFields(**locale), contacts, tuple(dict.fromkeys(managers))), rest


@dataclass
class _Found:
    """What has been recognised so far; setters refuse a second, different value."""

    emails: list[str] = field(default_factory=list)
    fee: Money | None = None
    publish_due: date | None = None
    draft_due: date | None = None
    platform: str | None = None
    handle: str | None = None
    smtputf8: SmtpUtf8 = no_smtputf8

    def set_platform(self, platform: str) -> None:
        if self.platform not in (None, platform):
            raise InputError(f"You named two platforms, {self.platform} and {platform}; pick one.")
        self.platform = platform

    def set_handle(self, handle: str) -> None:
        if self.handle is not None and self.handle.lower() != handle.lower():
            raise InputError(f"You gave two handles, @{self.handle} and @{handle}; give one.")
        self.handle = self.handle or handle

    def set_date(self, kind: str, value: date, today: date) -> None:
        label = "draft" if kind == "draft" else "publish"
        if value < today:
            raise InputError(f"The {label} date {_show(value)} is in the past.")
        current = self.draft_due if kind == "draft" else self.publish_due
        if current is not None and current != value:
            raise InputError(
                f"You gave two {label} dates, {_show(current)} and {_show(value)}; give one."
            )
        if kind == "draft":
            self.draft_due = value
        else:
            self.publish_due = value


def parse_quick_add(
    text: str,
    *,
    today: date,
    day_first: bool,
    default_currency: str = "USD",
    smtputf8: SmtpUtf8 = no_smtputf8,
) -> QuickDeal:
    """Read `/deal add` text where every piece may come in any order; raise InputError if unsure.

    `smtputf8`: whether the mail server can take `jöe@example.com` (asked only for such one).
    """
    text = typed(text)
    mention = _SLACK_MENTION_RE.search(text)
    if mention:
        raise InputError(
            f"I can't use the Slack mention \"{mention[0]}\" here; type the creator's handle "
            "as plain text, e.g. @janedoe."
        )
    tagged, tokens = take_tagged(text.split(), smtputf8=smtputf8)
    found = _Found(smtputf8=smtputf8)
    tokens = [t for t in tokens if not _take_url(t, found)]
    tokens = [t for t in tokens if not _take_email(t, found)]
    tokens = [t for t in tokens if not _take_handle(t, found)]
    tokens = _take_keyword_dates(tokens, found, today, day_first)
    tokens = [t for t in tokens if not _take_bare_date(t, found, today, day_first)]
    tokens = [t for t in tokens if not _take_platform(t, found)]
    found.fee, tokens = find_money(tokens, default_currency)
    name = " ".join(tokens).strip(" ,;")
    if not name:
        where = f' in "{_clip(text)}"' if text.strip() else ""
        raise InputError(f"I couldn't find the creator's name{where}. Put it first: {EXAMPLE}")
    if len(name) > MAX_NAME_LENGTH:
        raise InputError(
            f'The name "{_clip(name)}" is {len(name)} characters; keep it to {MAX_NAME_LENGTH}.'
        )
    return QuickDeal(
        name=name,
        emails=tuple(found.emails),
        fee=found.fee,
        publish_due=found.publish_due,
        draft_due=found.draft_due,
        platform=found.platform,
        handle=found.handle,
        tagged=tagged,
    )


def _take_url(token: str, found: _Found) -> bool:
    token = token.rstrip(",;")
    if not _URL_RE.fullmatch(token) or "@" in token.split("/", 1)[0]:
        return False
    try:
        parts = urlsplit(token if "://" in token else f"https://{token}")
    except ValueError:
        parts = urlsplit("")
    host = (parts.hostname or "").lower()
    platform = next((p for d, p in _DOMAINS.items() if host == d or host.endswith(f".{d}")), None)
    if platform is None:
        raise InputError(
            f'I don\'t know the site in "{token}". Use a YouTube, TikTok, Instagram, … profile '
            "link or an @handle."
        )
    segments = [unquote(s) for s in parts.path.split("/") if s]
    found.set_platform(platform)
    if not segments:
        return True
    handle = _handle_from_path(platform, segments)
    if handle is None or not HANDLE_RE.fullmatch(handle):
        raise InputError(
            f'I couldn\'t find a profile in "{token}". Use a link like '
            "https://www.youtube.com/@janedoe or an @handle."
        )
    found.set_handle(handle)
    return True


def _handle_from_path(platform: str, segments: list[str]) -> str | None:
    first = segments[0]
    if platform == "xiaohongshu":
        return segments[2] if segments[:2] == ["user", "profile"] and len(segments) > 2 else None
    if first.startswith("@"):
        return first[1:]
    if first.lower() in _PREFIXED_SEGMENTS and len(segments) > 1:
        return segments[1].removeprefix("@")
    if platform in ("youtube", "tiktok", "snapchat") or first.lower() in _NOT_PROFILES:
        return None
    return first


def _take_email(token: str, found: _Found) -> bool:
    token = token.rstrip(",;.").removeprefix("mailto:")
    if "@" not in token or token.startswith("@"):
        return False
    match = EMAIL_RE.fullmatch(token)
    if match is None:
        raise InputError(f'"{token}" doesn\'t look like an e-mail address.')
    email = f"{match['local']}@{match['domain'].lower()}"
    if not sendable(email, found.smtputf8):
        raise InputError(unsendable_reason(token))
    if email.lower() not in (e.lower() for e in found.emails):
        found.emails.append(email)
    return True


def _take_handle(token: str, found: _Found) -> bool:
    token = token.rstrip(",;")
    if not token.startswith("@"):
        return False
    handle = token[1:]
    if not HANDLE_RE.fullmatch(handle):
        raise InputError(
            f'"{token}" isn\'t a handle I can use: letters, digits, ".", "_" and "-" only.'
        )
    found.set_handle(handle)
    return True


def _take_keyword_dates(
    tokens: list[str], found: _Found, today: date, day_first: bool
) -> list[str]:
    """`due`/`by`/`publish`/`deadline`/`draft` + 1–3 tokens, longest reading first."""
    kept: list[str] = []
    i = 0
    while i < len(tokens):
        if _keyword(tokens[i]) is None:
            kept.append(tokens[i])
            i += 1
            continue
        start, kind = i, "publish"
        while i < len(tokens) and (word := _keyword(tokens[i])) is not None:
            kind = "draft" if word == "draft" else kind
            i += 1
        for size in (3, 2, 1):
            words = tokens[i : i + size]
            if len(words) < size or any(_keyword(w) for w in words):
                continue
            try:
                value = parse_date(" ".join(words), today, day_first)
            except TooFarAhead:
                raise
            except InputError:
                continue
            found.set_date(kind, value, today)
            i += size
            break
        else:
            said = " ".join(tokens[start:i])
            raise InputError(
                f'I couldn\'t read a date after "{said}". Try "{said} 2026-12-15" or '
                f'"{said} Dec 15".'
            )
    return kept


def _keyword(token: str) -> str | None:
    word = token.lower().rstrip(":")
    return word if word in _KEYWORDS else None


def _take_bare_date(token: str, found: _Found, today: date, day_first: bool) -> bool:
    token = token.rstrip(",;")
    if not is_numeric_date(token):
        return False
    found.set_date("publish", parse_date(token, today, day_first), today)
    return True


def _take_platform(token: str, found: _Found) -> bool:
    platform = PLATFORM_ALIASES.get(token.rstrip(",;").lower())
    if platform is None:
        return False
    found.set_platform(platform)
    return True


def _show(value: date) -> str:
    return f"{value:%a} {value.day} {value:%b %Y}"


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else f"{text[: limit - 1]}…"
