"""Reading text and mail for the classification rules, without ever raising.

Every rule looks at the same few things: words compared case-, accent- and width-blind, the
sender's own text without the quoted conversation, and headers and MIME parts read so that a
broken or hostile part counts as absent. They live here, apart from the rules, so that each rule
reads a message the same way and the return-date reader can share the text helpers.
"""

import base64
import html
import re
import unicodedata
from collections.abc import Callable, Iterable
from email.message import Message
from email.utils import collapse_rfc2231_value, parseaddr
from functools import cached_property
from typing import Any, TypeVar

_TEXT_LIMIT = 4000  # an out-of-office says where and until when in its first lines
_SUBJECT_LIMIT = 1000
PAYLOAD_LIMIT = 65536
_MAX_PARTS = 100
_MAX_DEPTH = 8

T = TypeVar("T")
D = TypeVar("D")


def attempt(action: Callable[..., T], default: D, *args: Any) -> T | D:
    """`action(*args)`, or `default` when it raises.

    The email package parses headers lazily and still raises on some malformed values, so each
    read is isolated and a broken part reads as absent.
    """
    try:
        return action(*args)
    except Exception:
        return default


# --- text normalisation -------------------------------------------------------------------------

_FOLD_EXTRA = str.maketrans({"ı": "i", "’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def fold(text: str) -> str:
    """Case-, accent- and width-blind form: "RÉPONSE", "reponse" and "１２月" compare equal.

    Hangul is recomposed after stripping marks, so Korean syllables stay intact.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD_EXTRA))
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", stripped)


def unspaced(char: str) -> bool:
    """Scripts written without spaces between words (Thai, CJK, Hangul): no word boundaries."""
    code = ord(char)
    return (
        0x0E00 <= code <= 0x0EFF
        or 0x1100 <= code <= 0x11FF
        or 0x2E80 <= code <= 0xD7FF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
    )


_START = r"(?<![\w])(?<!\w-)"
_END = r"(?![\w])(?!-\w)"


def _parts_of(phrase: str) -> tuple[bool, str, bool]:
    """A folded phrase as (needs a word boundary before, its regex, needs one after)."""
    stem = phrase.endswith("*")
    words = fold(phrase.rstrip("*")).replace("-", " ").split()
    pattern = r"[\s\-_]*".join(re.escape(word) for word in words)
    first, last = words[0][0], words[-1][-1]
    before = first.isalnum() and not unspaced(first)
    after = last.isalnum() and not unspaced(last) and not stem
    return before, pattern, after


def phrase(phrase: str) -> str:
    """A regex for a folded phrase: spaces, hyphens and underscores between words are optional,
    and Latin-script ends must sit on word boundaries (a hyphenated compound is one word). A
    trailing `*` marks a word stem."""
    before, pattern, after = _parts_of(phrase)
    return (_START if before else "") + pattern + (_END if after else "")


def any_phrase(phrases: Iterable[str]) -> re.Pattern[str]:
    """One pattern for many phrases, longest first. Phrases that share their word boundaries
    share one check of them: hundreds of alternatives each checking their own are slow."""
    groups: dict[tuple[bool, bool], list[str]] = {}
    for text in sorted(set(phrases), key=len, reverse=True):
        before, pattern, after = _parts_of(text)
        groups.setdefault((before, after), []).append(pattern)
    return re.compile(
        "|".join(
            (_START if before else "") + f"(?:{'|'.join(patterns)})" + (_END if after else "")
            for (before, after), patterns in groups.items()
        )
    )


def squash(text: str) -> str:
    return re.sub(r"[\s\-_]", "", text)


def clean(value: object) -> str:
    """Header text on one line; bytes from an IMAP library are decoded, not rejected."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return " ".join(str(value).split())


# --- quoted text --------------------------------------------------------------------------------

_QUOTE_HEADER = re.compile(
    r"\s*(?:"
    r"-{2,}\s*(?:original message|mensaje original|message d'origine|urspr\w* nachricht"
    r"|messaggio originale|oorspronkelijk bericht|mensagem original|pesan asli"
    r"|forwarded message|mensaje reenviado|message transfere|weitergeleitete nachricht)"
    r"|_{8,}\s*$"
    r"|(?:from|de|von|da|van|dari|tu|보낸 사람|差出人|发件人|寄件者)\s*:\s+\S"
    r")"
)
_ATTRIBUTION = re.compile(
    r"\s*(?:on|el|le|am|il|op|em|pada|vao)\s.{0,300}"
    r"(?:wrote|escribio|a ecrit|schrieb|ha scritto|schreef|escreveu|menulis|đa viet)\s*:"
)


def own_text(text: str) -> str:
    """The sender's own words: stops at a quoted original and skips `>` lines.

    Auto-replies often quote our message, whose dates ("deliver by Dec 20") are not theirs.
    """
    kept: list[str] = []
    lines = text[: _TEXT_LIMIT * 4].splitlines()
    for index, line in enumerate(lines):
        folded = fold(line)
        following = fold(lines[index + 1]) if index + 1 < len(lines) else ""
        if _QUOTE_HEADER.match(folded) or _ATTRIBUTION.match(f"{folded} {following}"):
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    return "\n".join(kept)[:_TEXT_LIMIT]


# --- reading a message defensively --------------------------------------------------------------

_TAG = re.compile(r"<[^<>]{0,2000}>")
_INVISIBLE = re.compile(r"(?i)<(script|style|head)\b")
_BREAK = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/tr|/h\d)\b[^<>]{0,200}>")


def header(message: Message, name: str) -> str | None:
    """The first `name` header as one line of decoded text, or None when absent."""
    try:
        value = message.get(name)
        return None if value is None else clean(value)
    except Exception:
        return _raw_header(message, name)


def _raw_header(message: Message, name: str) -> str | None:
    wanted = name.lower()
    for key, value in attempt(lambda: list(message.raw_items()), []):
        if str(key).lower() == wanted:
            return clean(value)
    return None


def headers(message: Message, name: str) -> list[str]:
    try:
        return [clean(value) for value in message.get_all(name) or []]
    except Exception:
        wanted = name.lower()
        pairs = attempt(lambda: list(message.raw_items()), [])
        return [clean(value) for key, value in pairs if str(key).lower() == wanted]


def content_type(part: Message) -> str:
    return attempt(part.get_content_type, "text/plain")


def _parts(message: Message) -> list[Message]:
    """The message and its MIME parts in document order, not descending into attached messages."""
    found: list[Message] = []
    stack: list[tuple[Message, int]] = [(message, 0)]
    while stack and len(found) < _MAX_PARTS:
        part, depth = stack.pop()
        found.append(part)
        if depth < _MAX_DEPTH and content_type(part).startswith("multipart/"):
            payload: object = attempt(part.get_payload, [])
            children = (
                [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
            )
            stack.extend((child, depth + 1) for child in reversed(children))
    return found


_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/=]")


def _base64_start(part: Message) -> bytes | None:
    """A base64 body cut anywhere (a fetched first KB ends mid-line) decoded up to its last
    whole group: the email package returns such a body undecoded when the cut leaves one
    character over."""
    if (header(part, "Content-Transfer-Encoding") or "").strip().lower() != "base64":
        return None
    raw = attempt(part.get_payload, None)
    if not isinstance(raw, str):
        return None
    data = _NOT_BASE64.sub(b"", raw[: PAYLOAD_LIMIT * 2].encode("ascii", "ignore"))
    return attempt(base64.b64decode, None, data[: len(data) - len(data) % 4])


def part_text(part: Message) -> str:
    """A leaf part's decoded text; an unknown charset falls back to UTF-8 with replacements."""
    payload = _base64_start(part)
    if payload is None:
        payload = attempt(part.get_payload, None, None, True)
    if not isinstance(payload, bytes):
        raw = attempt(part.get_payload, None)
        return raw[:PAYLOAD_LIMIT] if isinstance(raw, str) else ""
    payload = payload[:PAYLOAD_LIMIT]
    charset = attempt(part.get_content_charset, None) or "utf-8"
    text = attempt(payload.decode, None, charset, "replace")
    return text if isinstance(text, str) else payload.decode("utf-8", "replace")


def _html_text(markup: str) -> str:
    """Visible text of HTML, good enough for keywords and dates (Outlook sends HTML only)."""
    return html.unescape(_TAG.sub(" ", _BREAK.sub("\n", _visible(markup))))


def _visible(markup: str) -> str:
    """Markup without script, style and head elements; found with `find` to stay linear."""
    lowered = markup.lower()
    kept: list[str] = []
    position = 0
    while match := _INVISIBLE.search(markup, position):
        kept.append(markup[position : match.start()])
        close = lowered.find(f"</{match.group(1).lower()}", match.end())
        if close < 0:
            return " ".join(kept)
        end = markup.find(">", close)
        position = len(markup) if end < 0 else end + 1
    kept.append(markup[position:])
    return " ".join(kept)


def is_attachment(part: Message) -> bool:
    return attempt(part.get_content_disposition, None) == "attachment"


class Mail:
    """One message read once and defensively; each property is computed only when a rule asks."""

    def __init__(self, message: Message, *, from_creator: bool = False) -> None:
        self.message = message
        # Sent from a creator's own address: a person, whose signature may link their newsletter.
        self.from_creator = from_creator

    def header(self, name: str) -> str | None:
        return header(self.message, name)

    def has(self, name: str) -> bool:
        return self.header(name) is not None

    @cached_property
    def subject(self) -> str:
        return (self.header("Subject") or "")[:_SUBJECT_LIMIT]

    @cached_property
    def sender_local(self) -> str:
        """The From address's local part, lower-cased (`MAILER-DAEMON@x` → `mailer-daemon`)."""
        address = attempt(lambda: parseaddr(self.header("From") or "")[1], "")
        return address.rpartition("@")[0].lower() if "@" in address else address.lower()

    @cached_property
    def report_type(self) -> str:
        """`delivery-status`, `disposition-notification`, … for a multipart/report, else ""."""
        if content_type(self.message) != "multipart/report":
            return ""
        value = attempt(self.message.get_param, None, "report-type")
        return attempt(collapse_rfc2231_value, "", value).strip().lower() if value else ""

    @property
    def is_dsn(self) -> bool:
        return self.report_type in ("delivery-status", "global-delivery-status")

    @cached_property
    def parts(self) -> list[Message]:
        return _parts(self.message)

    @cached_property
    def own_text(self) -> str:
        """The first plain-text part (else the first HTML part) without the quoted original."""
        leaves = [p for p in self.parts if not is_attachment(p)]
        for wanted in ("text/plain", "text/html"):
            for part in leaves:
                if content_type(part) == wanted:
                    text = part_text(part)
                    return own_text(_html_text(text) if wanted == "text/html" else text)
        return ""

    @cached_property
    def full_text(self) -> str:
        """All text parts, quotes included: a bounce quotes the message it returns."""
        texts = [part_text(p) for p in self.parts if content_type(p).startswith("text/")]
        return "\n\n".join(texts)[:PAYLOAD_LIMIT]


def token(value: str) -> str:
    """The keyword of a header value (`Auto-Replied; x=y` → `auto-replied`), safe for a reason."""
    word = re.match(r"[\w.+-]{1,32}", value.strip().lower())
    return word.group() if word else "(other)"
