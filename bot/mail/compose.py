"""Building outgoing messages so that nothing a person typed can add or change a header.

Every piece of user text goes through `clean_header` (or is rejected), and addresses are parsed
into validated `email.headerregistry.Address` objects, which the email package quotes and encodes.
Subjects and message ids are folded here instead: the package can lose a space between
encoded-words, and an encoded message id breaks threading in every mail client.
"""

import base64
import email.policy
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from email.headerregistry import Address, BaseHeader, UnstructuredHeader
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

Mailbox = str | Address
"""`"Name <addr>"`, `"addr"`, or an `Address` (the safest way to pass a name someone typed)."""

# C0, DEL, C1 (NEL included), line/paragraph separators, and lone surrogates (unencodable).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_REPLY_PREFIX = re.compile(
    r"(?:re|aw|sv|antw|rif|r|ré|回复|答复)(?:\[\d+\]|\(\d+\))?\s*[:：]\s*", re.IGNORECASE
)
_NAME_ADDR = re.compile(r"(?P<name>.*?)\s*<(?P<addr>[^<>]*)>\s*\Z", re.DOTALL)
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDR_SPEC = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@{_LABEL}(?:\.{_LABEL})*\Z")
# RFC 6532: with SMTPUTF8 a local part may also hold any non-ASCII character.
_UTF8_ATOM = r"(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[^\x00-\x7f])+"
_UTF8_LOCAL = re.compile(rf"{_UTF8_ATOM}(?:\.{_UTF8_ATOM})*\Z")
_MSG_ID = re.compile(r"<[!-;=?-~]+>\Z")
_OWN_MSG_ID = re.compile(r"<[!-;=?-~]+@[!-;=?-~]+>\Z")
_PLAIN_WORD = 66  # longer words go encoded, so no line passes 78 characters
_CHUNK_BYTES = 39  # base64 of 39 bytes + "=?utf-8?b??=" is 64 characters


def clean_header(value: str) -> str:
    """Header-safe text: control characters become spaces, whitespace runs collapse, ends trim.

    CR and LF are how a header value turns into a new header; the rest can hide text or break
    encoding. Never raises, so it can wrap any user input.
    """
    if not isinstance(value, str):
        value = "" if value is None else str(value)
    return " ".join(_CONTROL.sub(" ", value).split())


def reply_subject(thread_subject: str | None, subject: str) -> str:
    """`Re: <thread subject>` in a thread (any stack of reply prefixes becomes one), else `subject`.

    Idempotent: a reply to the result gets the same subject, so long threads never grow
    `Re: Re: AW: ...`.
    """
    if thread_subject is None:
        return clean_header(subject)
    rest = clean_header(thread_subject)
    while match := _REPLY_PREFIX.match(rest):
        rest = rest[match.end() :]
    return clean_header(f"Re: {rest}")


def parse_mailbox(value: Mailbox) -> Address:
    """One validated mailbox; the display name is cleaned, a bad address is a `ValueError`."""
    if isinstance(value, Address):
        name, addr = value.display_name, value.addr_spec
    elif isinstance(value, str):
        match = _NAME_ADDR.match(value)
        name, addr = (match["name"], match["addr"]) if match else ("", value)
    else:
        raise ValueError(f"not a valid email address: {value!r}")
    local, _, domain = _addr_spec(addr, value).rpartition("@")
    # By parts: the email package's own parser refuses a UTF-8 local part (RFC 6532).
    return Address(display_name=_unquote(clean_header(name)), username=local, domain=domain)


def build_message(
    *,
    sender: Mailbox,
    to: Sequence[Mailbox],
    cc: Sequence[Mailbox] = (),
    subject: str,
    body: str,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    message_id: str | None = None,
    date: datetime | None = None,
) -> EmailMessage:
    """A plain-text UTF-8 message ready for SMTP or the outbox.

    `references` items may each hold several space-separated ids. `date` (aware) defaults to now;
    it exists so callers with an injected clock get reproducible messages.
    """
    from_ = parse_mailbox(sender)
    recipients = _mailboxes(to, "to")
    copies = _mailboxes(cc, "cc")
    if not recipients:
        raise ValueError("a message needs at least one To address")
    msg = EmailMessage(policy=email.policy.default)
    msg["From"] = from_
    msg["To"] = recipients
    if copies:
        msg["Cc"] = copies
    msg["Subject"] = _TextHeader("Subject", clean_header(subject))
    msg["Date"] = format_datetime(_utc(date))
    msg["Message-ID"] = _IdsHeader("Message-ID", _own_message_id(message_id, from_.domain))
    if in_reply_to is not None:
        msg["In-Reply-To"] = _IdsHeader("In-Reply-To", _message_id(in_reply_to))
    ids = list(dict.fromkeys(_message_ids(references)))
    if ids:
        msg["References"] = _IdsHeader("References", " ".join(ids))
    msg.set_content(body, cte=_body_encoding(body))
    return msg


class _IdsHeader(UnstructuredHeader, BaseHeader):
    """Message ids verbatim, folded only at the spaces between them (never encoded-words)."""

    def fold(self, *, policy: email.policy.Policy) -> str:
        return _fold_words(self.name, str(self).split(), policy)


class _TextHeader(UnstructuredHeader, BaseHeader):
    """Text that survives exactly: plain words as they are, anything else as base64 words.

    The email package's own folder can leave a space between two encoded-words, where decoders
    must drop it, so long non-ASCII subjects lost spaces. Here every space is inside a word.
    """

    @classmethod
    def parse(cls, value: str, kwds: dict[str, Any]) -> None:
        super().parse(value, kwds)
        kwds["decoded"] = value  # text that merely looks like an encoded-word stays literal

    def fold(self, *, policy: email.policy.Policy) -> str:
        text = str(self)
        words = text.split(" ")
        if text.isascii() and "=?" not in text and all(0 < len(w) <= _PLAIN_WORD for w in words):
            return _fold_words(self.name, words, policy)
        chunks = _utf8_chunks(text, _CHUNK_BYTES)
        return _fold_words(self.name, [_b_word(chunk) for chunk in chunks], policy)


def _fold_words(name: str, words: Iterable[str], policy: email.policy.Policy) -> str:
    """`Name: w1 w2`, starting a continuation line whenever the next word would not fit."""
    limit = policy.max_line_length or 998
    lines, line = [], f"{name}:"
    for word in words:
        if len(line) + 1 + len(word) > limit and line != f"{name}:":
            lines.append(line)
            line = ""
        line += f" {word}"
    lines.append(line)
    return policy.linesep.join(lines) + policy.linesep


def _utf8_chunks(text: str, size: int) -> list[bytes]:
    """UTF-8 pieces of at most `size` bytes, never splitting a character."""
    chunks, current = [], b""
    for char in text:
        encoded = char.encode("utf-8")
        if current and len(current) + len(encoded) > size:
            chunks.append(current)
            current = b""
        current += encoded
    return [*chunks, current] if current else chunks


def _b_word(chunk: bytes) -> str:
    return f"=?utf-8?b?{base64.b64encode(chunk).decode('ascii')}?="


def _mailboxes(values: Sequence[Mailbox], field: str) -> list[Address]:
    if isinstance(values, str | Address):
        raise TypeError(f"{field} must be a list of addresses, not one {type(values).__name__}")
    return [parse_mailbox(value) for value in values]


def _addr_spec(addr: str, original: object) -> str:
    """The address as ASCII (IDNA domain), or a `ValueError` naming what was given."""
    error = f"not a valid email address: {original!r}"
    if _CONTROL.search(addr) or any(c.isspace() for c in addr):
        raise ValueError(error)
    local, at, domain = addr.rpartition("@")
    if not at:
        raise ValueError(error)
    try:
        domain = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError:
        raise ValueError(error) from None
    spec = f"{local}@{domain}"
    # A UTF-8 local part is checked as its ASCII stand-in, then by the extended atom rule.
    plain = spec if local.isascii() else f"x@{domain}"
    if len(spec.encode()) > 254 or not _ADDR_SPEC.match(plain):
        raise ValueError(error)
    if not local.isascii() and (len(local.encode()) > 64 or not _UTF8_LOCAL.match(local)):
        raise ValueError(error)
    return spec


def _unquote(name: str) -> str:
    """`"Doe, Jane"` → `Doe, Jane`: Address quotes it again, once, when serialised."""
    if len(name) >= 2 and name[0] == name[-1] == '"':
        return re.sub(r"\\(.)", r"\1", name[1:-1])
    return name


def _message_id(value: str) -> str:
    if "\r" in value or "\n" in value:
        raise ValueError(f"message id contains a line break: {value!r}")
    cleaned = clean_header(value)
    if not _MSG_ID.match(cleaned):
        raise ValueError(f"not a message id like <id@host>: {value!r}")
    return cleaned


def _message_ids(references: Iterable[str]) -> Iterable[str]:
    if isinstance(references, str):
        references = [references]
    for item in references:
        if "\r" in item or "\n" in item:
            raise ValueError(f"message id contains a line break: {item!r}")
        yield from (_message_id(token) for token in clean_header(item).split())


def _own_message_id(value: str | None, domain: str) -> str:
    if value is None:
        return make_msgid(domain=domain)
    cleaned = _message_id(value)
    if not _OWN_MSG_ID.match(cleaned):
        raise ValueError(f"not a message id like <id@host>: {value!r}")
    return cleaned


def _utc(date: datetime | None) -> datetime:
    if date is None:
        return datetime.now(UTC)
    if date.tzinfo is None:
        raise ValueError("the message date must be timezone-aware")
    return date.astimezone(UTC)


def _body_encoding(body: str) -> str | None:
    """A 7-bit transfer encoding for non-ASCII text: smtplib never declares BODY=8BITMIME."""
    if body.isascii():
        return None
    non_ascii = sum(not c.isascii() for c in body)
    return "base64" if non_ascii * 3 > len(body) else "quoted-printable"
