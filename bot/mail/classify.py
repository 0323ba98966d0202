"""Telling a creator's real reply from auto-replies, bounces and mailing-list mail.

Only a human reply resets the silence clock (DESIGN §3): an out-of-office pauses the chase, a bounce
flags the address, and list mail is noise. Misreading either way nags someone who answered or lets a
ghost go unnoticed, so every rule records its reason. The IMAP sync feeds in whatever arrives, so
nothing here raises on broken or hostile mail: a part that cannot be read counts as absent.
"""

import html
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email import policy
from email.message import EmailMessage, Message
from email.parser import Parser
from email.utils import collapse_rfc2231_value, parseaddr
from functools import cached_property
from typing import Any, Literal, TypedDict, TypeVar
from zoneinfo import ZoneInfo

from dateutil import parser as dateutil_parser

Kind = Literal["human", "auto_reply", "bounce", "list"]


@dataclass(frozen=True)
class Classification:
    """What an inbound message is; `reason` is short and stored on the touchpoint for audits."""

    kind: Kind
    reason: str
    out_of_office: bool = False
    bounce_hard: bool | None = None
    bounced_addresses: tuple[str, ...] = ()
    bounced_message_id: str | None = None


HEADER_FIELDS: tuple[str, ...] = (
    "From",
    "To",
    "Cc",
    "Reply-To",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    "Return-Path",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Auto-Submitted",
    "X-Autoreply",
    "X-Autorespond",
    "Precedence",
    "X-Auto-Response-Suppress",
    "X-MS-Exchange-Inbox-Rules-Loop",
    "List-Id",
    "List-Unsubscribe",
    "Feedback-ID",
    "X-Failed-Recipients",
)
"""Headers to fetch with `BODY.PEEK[HEADER.FIELDS (...)]`: every one the rules read, plus those the
sync needs to match senders and threads. `Content-Transfer-Encoding` lets a fetched first KB of the
body be decoded."""

MAX_PAUSE = timedelta(days=30)
DEFAULT_PAUSE = timedelta(days=7)

_TEXT_LIMIT = 4000  # an out-of-office says where and until when in its first lines
_SUBJECT_LIMIT = 1000
_PAYLOAD_LIMIT = 65536
_MAX_PARTS = 100
_MAX_DEPTH = 8
_HUMAN_REASON = "no automatic markers"

T = TypeVar("T")
D = TypeVar("D")


def _attempt(action: Callable[..., T], default: D, *args: Any) -> T | D:
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


def _fold(text: str) -> str:
    """Case-, accent- and width-blind form: "RÉPONSE", "reponse" and "１２月" compare equal.

    Hangul is recomposed after stripping marks, so Korean syllables stay intact.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD_EXTRA))
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", stripped)


def _unspaced(char: str) -> bool:
    """Scripts written without spaces between words (Thai, CJK, Hangul): no word boundaries."""
    code = ord(char)
    return (
        0x0E00 <= code <= 0x0EFF
        or 0x1100 <= code <= 0x11FF
        or 0x2E80 <= code <= 0xD7FF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
    )


def _phrase(phrase: str) -> str:
    """A regex for a folded phrase: spaces, hyphens and underscores between words are optional,
    and Latin-script ends must sit on word boundaries (a hyphenated compound is one word). A
    trailing `*` marks a word stem."""
    stem = phrase.endswith("*")
    words = _fold(phrase.rstrip("*")).replace("-", " ").split()
    pattern = r"[\s\-_]*".join(re.escape(word) for word in words)
    first, last = words[0][0], words[-1][-1]
    if first.isalnum() and not _unspaced(first):
        pattern = r"(?<![\w])(?<!\w-)" + pattern
    if last.isalnum() and not _unspaced(last) and not stem:
        pattern += r"(?![\w])(?!-\w)"
    return pattern


def _any_phrase(phrases: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return re.compile("|".join(_phrase(p) for p in ordered))


def _squash(text: str) -> str:
    return re.sub(r"[\s\-_]", "", text)


def _clean(value: object) -> str:
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


def _own_text(text: str) -> str:
    """The sender's own words: stops at a quoted original and skips `>` lines.

    Auto-replies often quote our message, whose dates ("deliver by Dec 20") are not theirs.
    """
    kept: list[str] = []
    lines = text[: _TEXT_LIMIT * 4].splitlines()
    for index, line in enumerate(lines):
        folded = _fold(line)
        following = _fold(lines[index + 1]) if index + 1 < len(lines) else ""
        if _QUOTE_HEADER.match(folded) or _ATTRIBUTION.match(f"{folded} {following}"):
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    return "\n".join(kept)[:_TEXT_LIMIT]


# --- reading a message defensively --------------------------------------------------------------

_MESSAGE_ID = re.compile(r"<[^<>\s]{1,990}>")
_BARE_ID = re.compile(r"[^<>\s@]{1,500}@[^<>\s@]{1,490}")
_ID_HEADER = re.compile(r"(?im)^message-id[ \t]*:[ \t]*(?:\r?\n[ \t]+)?(\S[^\r\n]*)")
_ADDRESS = re.compile(r"[^\s<>;,\"'@]{1,64}@[^\s<>;,\"'@]{1,255}")
_TAG = re.compile(r"<[^<>]{0,2000}>")
_INVISIBLE = re.compile(r"(?i)<(script|style|head)\b")
_BREAK = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/tr|/h\d)\b[^<>]{0,200}>")


def _header(message: Message, name: str) -> str | None:
    """The first `name` header as one line of decoded text, or None when absent."""
    try:
        value = message.get(name)
        return None if value is None else _clean(value)
    except Exception:
        return _raw_header(message, name)


def _raw_header(message: Message, name: str) -> str | None:
    wanted = name.lower()
    for key, value in _attempt(lambda: list(message.raw_items()), []):
        if str(key).lower() == wanted:
            return _clean(value)
    return None


def _headers(message: Message, name: str) -> list[str]:
    try:
        return [_clean(value) for value in message.get_all(name) or []]
    except Exception:
        wanted = name.lower()
        pairs = _attempt(lambda: list(message.raw_items()), [])
        return [_clean(value) for key, value in pairs if str(key).lower() == wanted]


def _content_type(part: Message) -> str:
    return _attempt(part.get_content_type, "text/plain")


def _parts(message: Message) -> list[Message]:
    """The message and its MIME parts in document order, not descending into attached messages."""
    found: list[Message] = []
    stack: list[tuple[Message, int]] = [(message, 0)]
    while stack and len(found) < _MAX_PARTS:
        part, depth = stack.pop()
        found.append(part)
        if depth < _MAX_DEPTH and _content_type(part).startswith("multipart/"):
            payload: object = _attempt(part.get_payload, [])
            children = (
                [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
            )
            stack.extend((child, depth + 1) for child in reversed(children))
    return found


def _part_text(part: Message) -> str:
    """A leaf part's decoded text; an unknown charset falls back to UTF-8 with replacements."""
    payload = _attempt(part.get_payload, None, None, True)
    if not isinstance(payload, bytes):
        raw = _attempt(part.get_payload, None)
        return raw[:_PAYLOAD_LIMIT] if isinstance(raw, str) else ""
    payload = payload[:_PAYLOAD_LIMIT]
    charset = _attempt(part.get_content_charset, None) or "utf-8"
    text = _attempt(payload.decode, None, charset, "replace")
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


def _is_attachment(part: Message) -> bool:
    return _attempt(part.get_content_disposition, None) == "attachment"


def _message_id(value: str) -> str | None:
    """A Message-ID in angle brackets, as the bot stores its own, from a header value."""
    if match := _MESSAGE_ID.search(value):
        return match.group()
    if match := _BARE_ID.search(value):
        return f"<{match.group()}>"
    return None


def _address(value: str) -> str | None:
    """`rfc822; <User@Example.com>` → `user@example.com`."""
    match = _ADDRESS.search(value.rpartition(";")[2] if ";" in value else value)
    return match.group().lower() if match else None


class _Mail:
    """One message read once and defensively; each property is computed only when a rule asks."""

    def __init__(self, message: Message) -> None:
        self.message = message

    def header(self, name: str) -> str | None:
        return _header(self.message, name)

    def has(self, name: str) -> bool:
        return self.header(name) is not None

    @cached_property
    def subject(self) -> str:
        return (self.header("Subject") or "")[:_SUBJECT_LIMIT]

    @cached_property
    def sender_local(self) -> str:
        """The From address's local part, lower-cased (`MAILER-DAEMON@x` → `mailer-daemon`)."""
        address = _attempt(lambda: parseaddr(self.header("From") or "")[1], "")
        return address.rpartition("@")[0].lower() if "@" in address else address.lower()

    @cached_property
    def report_type(self) -> str:
        """`delivery-status`, `disposition-notification`, … for a multipart/report, else ""."""
        if _content_type(self.message) != "multipart/report":
            return ""
        value = _attempt(self.message.get_param, None, "report-type")
        return _attempt(collapse_rfc2231_value, "", value).strip().lower() if value else ""

    @property
    def is_dsn(self) -> bool:
        return self.report_type in ("delivery-status", "global-delivery-status")

    @cached_property
    def parts(self) -> list[Message]:
        return _parts(self.message)

    @cached_property
    def own_text(self) -> str:
        """The first plain-text part (else the first HTML part) without the quoted original."""
        leaves = [p for p in self.parts if not _is_attachment(p)]
        for wanted in ("text/plain", "text/html"):
            for part in leaves:
                if _content_type(part) == wanted:
                    text = _part_text(part)
                    return _own_text(_html_text(text) if wanted == "text/html" else text)
        return ""

    @cached_property
    def full_text(self) -> str:
        """All text parts, quotes included: a bounce quotes the message it returns."""
        texts = [_part_text(p) for p in self.parts if _content_type(p).startswith("text/")]
        return "\n\n".join(texts)[:_PAYLOAD_LIMIT]

    @cached_property
    def report(self) -> "_Report":
        statuses = [_status_text(p) for p in self.parts if _is_status_part(p)]
        recipients = _recipients("\n\n".join(statuses) or self.full_text)
        original = next(filter(None, (_original_id(p) for p in self.parts)), None)
        return _Report(recipients, original or _text_message_id(self.full_text))


# --- delivery reports ---------------------------------------------------------------------------

_FIELD = re.compile(r"(?im)^(action|status|final-recipient|original-recipient)[ \t]*:[ \t]*(.*)$")
_STATUS = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_FAILED_ACTIONS = ("failed", "delayed")
_SUCCESS_ACTIONS = ("delivered", "relayed", "expanded")


@dataclass(frozen=True)
class _Recipient:
    action: str
    status: str
    addresses: tuple[str, ...]

    @property
    def failed(self) -> bool:
        """Anything but a clear success: `delivered`/`relayed`/`expanded` or a 2.x.x status."""
        if self.action in _FAILED_ACTIONS or self.status[:1] in ("4", "5"):
            return True
        return not (self.action in _SUCCESS_ACTIONS or self.status[:1] == "2")

    @property
    def hard(self) -> bool | None:
        if self.status[:1] in ("4", "5"):
            return self.status[0] == "5"
        return {"failed": True, "delayed": False}.get(self.action)


@dataclass(frozen=True)
class _Report:
    """The per-recipient fields of a delivery report and the Message-ID of the returned message."""

    recipients: tuple[_Recipient, ...]
    message_id: str | None

    @property
    def failures(self) -> tuple[_Recipient, ...]:
        return tuple(r for r in self.recipients if r.failed)

    @property
    def delivered(self) -> bool:
        """Every recipient was delivered: a requested success notice, not a bounce."""
        return bool(self.recipients) and not self.failures

    @property
    def hard(self) -> bool | None:
        verdicts = {r.hard for r in self.failures} - {None}
        return True if True in verdicts else (False if verdicts else None)

    @property
    def status(self) -> str | None:
        """The most severe status code (or action word) among the failures, for the reason."""
        ranked = sorted(self.failures, key=lambda r: (r.hard is not True, r.hard is None))
        for recipient in ranked:
            if recipient.status or recipient.action:
                return recipient.status or recipient.action
        return None

    @property
    def addresses(self) -> tuple[str, ...]:
        return tuple(a for r in self.failures for a in r.addresses)


def _is_status_part(part: Message) -> bool:
    return _content_type(part) in ("message/delivery-status", "message/global-delivery-status")


def _status_text(part: Message) -> str:
    """A delivery-status part as text; Python parses its field blocks into header-only messages."""
    payload = _attempt(part.get_payload, None)
    if isinstance(payload, list):
        blocks = [
            "\n".join(f"{key}: {_clean(value)}" for key, value in _attempt(b.raw_items, []))
            for b in payload
            if isinstance(b, Message)
        ]
        return "\n\n".join(blocks)
    return _part_text(part)


def _recipients(text: str) -> tuple[_Recipient, ...]:
    """Per-recipient blocks of a delivery-status text (blocks are separated by blank lines)."""
    found = []
    for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")[:_PAYLOAD_LIMIT]):
        fields: dict[str, str] = {}
        addresses: list[str] = []
        for name, value in _FIELD.findall(block):
            name = name.lower()
            if name.endswith("recipient"):
                if (address := _address(value)) and address not in addresses:
                    addresses.append(address)
            else:
                fields.setdefault(name, value.strip())
        if fields or addresses:
            status = _STATUS.search(fields.get("status", ""))
            action = fields.get("action", "").split()[:1]
            code = ".".join(status.groups()) if status else ""
            found.append(_Recipient(action[0].lower() if action else "", code, tuple(addresses)))
    return tuple(found)


def _original_id(part: Message) -> str | None:
    """The Message-ID of the returned message, from its headers part or attached copy."""
    kind = _content_type(part)
    if kind == "text/rfc822-headers":
        return _text_message_id(_part_text(part))
    if kind in ("message/rfc822", "message/global", "message/global-headers"):
        payload = _attempt(part.get_payload, None)
        inner = payload[0] if isinstance(payload, list) and payload else None
        value = _header(inner, "Message-ID") if isinstance(inner, Message) else None
        return _message_id(value) if value else None
    return None


def _text_message_id(text: str) -> str | None:
    match = _ID_HEADER.search(text)
    return _message_id(match.group(1)) if match else None


# --- rule 1: bounces ----------------------------------------------------------------------------

_DAEMONS = ("mailer-daemon", "mailer_daemon", "mailerdaemon", "postmaster")
_BOUNCE_SUBJECTS: tuple[tuple[str, bool], ...] = (
    # (phrase, permanent)
    ("Undelivered Mail Returned to Sender", True),
    ("Delivery Status Notification (Failure)", True),
    ("Delivery Status Notification (Delay)", False),
    ("Mail delivery failed", True),
    ("Undeliverable", True),
    ("Undelivered Mail", True),
    ("Delivery Failure", True),
    ("Delivery has failed", True),
    ("Delivery failed", True),
    ("Failure notice", True),
    ("Returned mail", True),
    ("Message not delivered", True),
    ("could not be delivered", True),
    ("Delayed Mail", False),
    ("Delivery delayed", False),
    ("Warning: could not send message", False),
    ("Non remis", True),
    ("Non distribuable", True),
    ("Échec de la remise", True),
    ("Remise différée", False),
    ("Unzustellbar", True),
    ("Nicht zustellbar", True),
    ("Zustellung fehlgeschlagen", True),
    ("Zustellung verzögert", False),
    ("No se puede entregar", True),
    ("No se pudo entregar", True),
    ("No entregado", True),
    ("Entrega retrasada", False),
    ("Não é possível entregar", True),
    ("Não entregue", True),
    ("Falha na entrega", True),
    ("Non recapitabile", True),
    ("Impossibile recapitare", True),
    ("Mancato recapito", True),
    ("Onbestelbaar", True),
    ("Kan niet worden bezorgd", True),
    ("Tidak terkirim", True),
    ("Gagal terkirim", True),
    ("Không thể gửi", True),
    ("配信不能", True),
    ("無法傳遞", True),
    ("无法投递", True),
    ("无法传递", True),
    ("退信", True),
    ("배달되지 않음", True),
    ("전달되지 않음", True),
    ("Не доставлено", True),
    ("Недоставленное сообщение", True),
    ("Niedostarczona", True),
    ("Nie można dostarczyć", True),
    ("Teslim edilemedi", True),
)
_BOUNCE_SUBJECT_PATTERNS = tuple(
    (label, permanent, re.compile(_phrase(label))) for label, permanent in _BOUNCE_SUBJECTS
)


def _bounce_subject(subject: str) -> tuple[str, bool] | None:
    folded = _fold(subject)
    for label, permanent, pattern in _BOUNCE_SUBJECT_PATTERNS:
        if pattern.search(folded):
            return label, permanent
    return None


def _failed_recipients(mail: _Mail) -> list[str]:
    values = _headers(mail.message, "X-Failed-Recipients")
    return [a.lower() for v in values for a in _ADDRESS.findall(v)]


def _bounce(mail: _Mail) -> Classification | None:
    """Rule 1. A DSN is read for its status and recipients; the other signs only say "bounce"."""
    failed = _failed_recipients(mail)
    daemon = mail.sender_local if mail.sender_local in _DAEMONS else None
    subject = _bounce_subject(mail.subject)
    if mail.is_dsn:
        if mail.report.delivered:
            return None
        status = mail.report.status
        reason = f"DSN {status} (multipart/report)" if status else "DSN (multipart/report)"
    elif mail.has("X-Failed-Recipients"):
        reason = "X-Failed-Recipients"
    elif daemon and (mail.header("Return-Path") or "").replace(" ", "") == "<>":
        reason = f"Return-Path: <> from {daemon}"
    elif daemon and subject:
        reason = f"From {daemon}, subject {subject[0]!r}"
    else:
        return None
    report = mail.report
    hard = report.hard
    if hard is None and (code := _STATUS.search(mail.full_text)) and code.group(1) != "2":
        hard = code.group(1) == "5"
    if hard is None and subject:
        hard = subject[1]
    addresses = tuple(dict.fromkeys((*report.addresses, *failed)))
    return Classification(
        "bounce",
        reason,
        bounce_hard=hard,
        bounced_addresses=addresses,
        bounced_message_id=report.message_id,
    )


# --- rule 2: automatic replies ------------------------------------------------------------------

_AUTO_SUBJECTS: tuple[tuple[str, bool, bool], ...] = (
    # (phrase, says the person is away, only at the start of the subject)
    ("Out of Office", True, False),
    ("Out of the Office", True, False),
    ("OOO", True, True),
    ("Automatic reply", False, False),
    ("Auto-reply", False, False),
    ("Auto-response", False, False),
    ("Automatic response", False, False),
    ("Respuesta automática", False, False),
    ("Fuera de la oficina", True, False),
    ("Resposta automática", False, False),
    ("Ausente do escritório", True, False),
    ("Fora do escritório", True, False),
    ("Réponse automatique", False, False),
    ("Absence du bureau", True, False),
    ("Absent", True, True),
    ("Automatische Antwort", False, False),
    ("Abwesenheitsnotiz", True, False),
    ("Nicht im Büro", True, False),
    ("Risposta automatica", False, False),
    ("Fuori sede", True, False),
    ("Fuori ufficio", True, False),
    ("Automatisch antwoord", False, False),
    ("Afwezig", True, True),
    ("Balasan otomatis", False, False),
    ("Di luar kantor", True, False),
    ("Trả lời tự động", False, False),
    ("Vắng mặt", True, True),
    ("자동 회신", False, False),
    ("자동 응답", False, False),
    ("부재중", True, True),
    ("自動応答", False, False),
    ("自動返信", False, False),
    ("不在", True, True),
    ("自动回复", False, False),
    ("自動回覆", False, False),
    ("不在办公室", True, False),
    ("不在辦公室", True, False),
    ("Автоматический ответ", False, False),
    ("Automatyczna odpowiedź", False, False),
    ("Poza biurem", True, False),
    ("Otomatik yanıt", False, False),
    ("Otomatik cevap", False, False),
    ("ตอบกลับอัตโนมัติ", False, False),
    ("Autosvar", False, False),
    ("Automaattinen vastaus", False, False),
)
_AUTO_SUBJECT_PATTERNS = tuple(
    (label, away, re.compile(_phrase(label))) for label, away, _ in _AUTO_SUBJECTS
)
_LEADING = frozenset(label for label, _, leading in _AUTO_SUBJECTS if leading)
_SUBJECT_PREFIX = re.compile(
    r"(?:[\s\[\](){}【】〔〕「」『』<>*#:\-–—|]"
    r"|(?:re|aw|sv|vs|antw|rif|r|fw|fwd|wg|tr|rv|enc|回复|答复|回覆|转发|轉寄)"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*:)*"
)
_AWAY = _any_phrase(
    (
        *("out of office", "out of the office", "ooo", "vacation", "on holiday", "on leave"),
        *("annual leave", "parental leave", "maternity leave", "paternity leave", "sick leave"),
        *("travelling", "traveling", "away from", "currently away", "will be away", "i am away"),
        *("i'm away", "absent", "out until", "limited access to email", "limited access to e-mail"),
        *("out of town", "business trip", "day off", "days off", "off work", "sabbatical"),
        *("fuera de la oficina", "fuera de oficina", "vacaciones", "ausente", "de viaje"),
        *("de permiso", "estare fuera", "baja medica"),
        *("fora do escritorio", "ferias", "viajando", "em viagem", "de licenca", "estarei fora"),
        *("absente", "absence", "en conge", "en conges", "vacances", "en deplacement"),
        *("hors du bureau", "abwesend", "abwesenheit*", "urlaub*", "nicht im buro", "ausser haus"),
        *("dienstreise", "elternzeit", "nicht erreichbar", "fuori sede", "fuori ufficio", "ferie"),
        *("assente", "in viaggio", "in vacanza", "in congedo", "afwezig", "vakantie", "ferien"),
        *("niet op kantoor", "verlof", "op reis", "niet aanwezig", "di luar kantor", "cuti"),
        *("liburan", "tidak di kantor", "dinas luar", "perjalanan dinas", "vắng mặt", "nghỉ phép"),
        *("công tác", "ngoài văn phòng", "kỳ nghỉ", "nghỉ lễ", "부재", "휴가", "출장", "외근"),
        *("不在", "休暇", "出張", "外出", "休み", "休業", "休假", "出差", "请假", "請假", "假期"),
        *("отпуск*", "вне офиса", "командировк*", "отсутств*", "urlop*", "poza biurem"),
        *("nieobecn*", "izinde*", "ofis dışında", "tatil*", "ลาพัก", "ไม่อยู่", "นอกสำนักงาน"),
    )
)
_EXCHANGE_PAIR = ("X-Auto-Response-Suppress", "X-MS-Exchange-Inbox-Rules-Loop")


def _auto_subject(subject: str) -> tuple[str, bool] | None:
    """The out-of-office phrase a subject carries. Ambiguous words ("Absent", "不在") only count
    at the start, after reply prefixes and brackets, so "Re: absent-minded vlog" stays human."""
    folded = _fold(subject)
    prefix = _SUBJECT_PREFIX.match(folded)
    lead = folded[prefix.end() :] if prefix else folded
    for label, away, pattern in _AUTO_SUBJECT_PATTERNS:
        if pattern.match(lead) if label in _LEADING else pattern.search(folded):
            return label, away
    return None


def _token(value: str) -> str:
    """The keyword of a header value (`Auto-Replied; x=y` → `auto-replied`), safe for a reason."""
    word = re.match(r"[\w.+-]{1,32}", value.strip().lower())
    return word.group() if word else "(other)"


def _auto_signal(mail: _Mail) -> tuple[str, bool | None] | None:
    """The first automatic marker and whether it already decides `out_of_office` (None: read on).

    `Precedence: bulk|junk` next to list headers is left to rule 3: newsletters set both.
    """
    if mail.is_dsn and mail.report.delivered:
        return "DSN delivered (multipart/report)", False
    if mail.report_type == "disposition-notification":
        return "MDN (multipart/report)", False
    auto_submitted = mail.header("Auto-Submitted")
    if auto_submitted is not None and _token(auto_submitted) != "no":
        return f"Auto-Submitted: {_token(auto_submitted)}", None
    for name in ("X-Autoreply", "X-Autorespond"):
        if mail.has(name):
            return name, None
    precedence = _token(mail.header("Precedence") or "")
    if precedence == "auto_reply" or (precedence in ("bulk", "junk") and not _list_reason(mail)):
        return f"Precedence: {precedence}", None
    if all(mail.has(name) for name in _EXCHANGE_PAIR):
        return " + ".join(reversed(_EXCHANGE_PAIR)), None
    if found := _auto_subject(mail.subject):
        return f"Subject: {found[0]}", True if found[1] else None
    return None


def _auto_reply(mail: _Mail) -> Classification | None:
    """Rule 2 (RFC 3834 and the usual vendor headers); away-ness from the subject or own text."""
    signal = _auto_signal(mail)
    if signal is None:
        return None
    reason, away = signal
    if away is None:
        away = bool(_AWAY.search(_fold(f"{mail.subject}\n{mail.own_text}")))
    return Classification("auto_reply", reason, out_of_office=away)


# --- rule 3: mailing lists ----------------------------------------------------------------------


def _list_reason(mail: _Mail) -> str | None:
    for name in ("List-Id", "List-Unsubscribe", "Feedback-ID"):
        if mail.has(name):
            return name
    return None


def _mailing_list(mail: _Mail) -> Classification | None:
    """Rule 3; `Precedence: list` counts too: a message marked as list traffic is not a reply."""
    reason = _list_reason(mail)
    if reason is None and _token(mail.header("Precedence") or "") == "list":
        reason = "Precedence: list"
    return Classification("list", reason) if reason else None


# --- public classification ----------------------------------------------------------------------


def _classify(message: object) -> Classification:
    if not isinstance(message, Message):
        return Classification("human", f"unreadable: not a message ({type(message).__name__})")
    if not _attempt(message.keys, []):
        return Classification("human", "unreadable: no headers")
    mail = _Mail(message)
    return (
        _bounce(mail)
        or _auto_reply(mail)
        or _mailing_list(mail)
        or Classification("human", _HUMAN_REASON)
    )


def classify(message: EmailMessage) -> Classification:
    """Bounce, auto-reply, list or human, by the first rule that matches (DESIGN §5).

    Never raises: what can be read is classified; a message with nothing readable is `human` with a
    reason starting "unreadable", for the caller to record.
    """
    try:
        return _classify(message)
    except Exception as error:
        return Classification("human", f"unreadable: {type(error).__name__}")


_FIELD_NAME = re.compile(r"[!-9;-~]{1,200}")


def _rebuild(headers: Mapping[str, str] | Message, body: str) -> EmailMessage:
    """A message from fetched headers and (part of) the raw body, parsed like a full one."""
    if isinstance(headers, Message):
        items: Iterable[tuple[Any, Any]] = headers.raw_items()
    else:
        items = headers.items()
    lines: list[str] = []
    for name, value in items:
        values = value if isinstance(value, list | tuple) else (value,)
        if isinstance(name, str) and _FIELD_NAME.fullmatch(name):
            lines.extend(f"{name}: {_clean(v)}" for v in values)
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body or "")
    return Parser(policy=policy.default).parsestr("\n".join(lines) + "\n\n" + text)


def classify_headers(headers: Mapping[str, str] | Message, body: str = "") -> Classification:
    """`classify` when only the headers (a mapping, or a headers-only parse) are fetched.

    `body` is the message body as fetched (raw MIME, possibly cut after the first KB) or plain
    text. It refines `out_of_office` and the bounce details; the kind only changes for a delivery
    report whose body says every recipient got the message (then `auto_reply`, not `bounce`). A
    Message's own body is ignored: pass what was fetched as `body`.
    """
    try:
        message = _rebuild(headers, body)
    except Exception as error:
        return Classification("human", f"unreadable: {type(error).__name__}")
    return classify(message)


def own_words(message: EmailMessage) -> str:
    """What the sender wrote themselves, without the quoted conversation: the text that tells
    the language they write in."""
    try:
        return " ".join(_Mail(message).own_text.split())
    except Exception:
        return ""


def reply_text(message: EmailMessage) -> str:
    """The subject and the sender's own words (quotes removed): the text to give `pause_until`."""
    try:
        mail = _Mail(message)
        return f"{mail.subject}\n{mail.own_text}"
    except Exception:
        return ""


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
_MONTHS = {_fold(name): i + 1 for i, names in enumerate(_MONTH_NAMES) for name in names.split()}
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
    _squash(_fold(name)): day
    for day, names in enumerate(_WEEKDAY_NAMES)
    for name in names.split("|")
}
_WEEKDAY = _any_phrase(name for names in _WEEKDAY_NAMES for name in names.split("|"))

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
            key = _squash(_fold(word))
            known = info.get(key)
            if known is None:
                info[key] = (language, where)
            elif known[1] != where:
                info[key] = (known[0], "both")
    return info


_KEYWORD_INFO = _keyword_info()
_KEYWORD = _any_phrase(_fold(word) for _, _, words in _KEYWORDS for word in words)
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
    return _attempt(lambda: moment.astimezone(tz).date(), moment.date()) if tz else moment.date()


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
        language, where = _KEYWORD_INFO.get(_squash(match.group()), ("", "before"))
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
    day = _WEEKDAYS.get(_squash(match.group()))
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
    folded = _fold(_own_text(text))
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
    latest = _attempt(lambda: start + MAX_PAUSE, datetime.max.replace(tzinfo=UTC))
    day = return_date(text, received=received, tz=tz)
    if day is None:
        resume = _attempt(lambda: start + DEFAULT_PAUSE, latest)
    else:
        zone = tz or start.tzinfo
        resume = _attempt(lambda: datetime.combine(day, time(), tzinfo=zone), latest)
    return max(start, min(resume, latest)).astimezone(UTC)
