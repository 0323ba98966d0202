"""Telling a creator's real reply from auto-replies, bounces, challenges and mailing-list mail.

Only a human reply resets the silence clock (DESIGN §3): an out-of-office pauses the chase, a bounce
flags the address, a challenge/response request ("confirm you are human") is told to the team, and
list mail is noise. Misreading either way nags someone who answered or lets a
ghost go unnoticed, so every rule records its reason. The IMAP sync feeds in whatever arrives, so
nothing here raises on broken or hostile mail: a part that cannot be read counts as absent.
"""

import re
from collections.abc import Iterable, Mapping
from email import policy
from email.message import EmailMessage, Message
from email.parser import Parser
from typing import Any

from bot.mail.classify.auto_replies import auto_reply
from bot.mail.classify.bounces import bounce, is_mail_system
from bot.mail.classify.challenges import challenge, may_be_challenge
from bot.mail.classify.classification import Classification, Kind
from bot.mail.classify.lists import LIST_HEADER_FIELDS, mailing_list
from bot.mail.classify.reading import Mail, attempt, clean
from bot.mail.classify.return_dates import pause_until, return_date

__all__ = [
    "HEADER_FIELDS",
    "Classification",
    "Kind",
    "classify",
    "classify_headers",
    "is_mail_system",
    "may_be_challenge",
    "own_words",
    "pause_until",
    "reply_text",
    "return_date",
]

# What the sync fetches of mail whose body it does not read: every header a rule looks at.
HEADER_FIELDS: tuple[str, ...] = tuple(
    dict.fromkeys(
        (
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
            "X-Delivery-Agent",
            *LIST_HEADER_FIELDS,
        )
    )
)
"""Headers to fetch with `BODY.PEEK[HEADER.FIELDS (...)]`: every one the rules read, plus those the
sync needs to match senders and threads. `Content-Transfer-Encoding` lets a fetched first KB of the
body be decoded; `X-Delivery-Agent` tells TMDA's challenges."""

_HUMAN_REASON = "no automatic markers"

# --- public classification ----------------------------------------------------------------------


def _classify(message: object, from_creator: bool) -> Classification:
    if not isinstance(message, Message):
        return Classification("human", f"unreadable: not a message ({type(message).__name__})")
    if not attempt(message.keys, []):
        return Classification("human", "unreadable: no headers")
    mail = Mail(message, from_creator=from_creator)
    # A challenge first: it often carries bounce and auto-reply markers but is neither.
    return (
        challenge(mail)
        or bounce(mail)
        or auto_reply(mail)
        or mailing_list(mail)
        or Classification("human", _HUMAN_REASON)
    )


def classify(message: EmailMessage, *, from_creator: bool = False) -> Classification:
    """Challenge, bounce, auto-reply, list or human, by the first rule that matches (DESIGN §5).

    `from_creator`: the sender is a creator's own address, a person: an unsubscribe or
    preferences link in the body (their newsletter, in a signature) does not make it list mail;
    only bulk headers do. Never raises: what can be read is classified; a message with nothing
    readable is `human` with a reason starting "unreadable", for the caller to record.
    """
    try:
        return _classify(message, from_creator)
    except Exception as error:
        return Classification("human", f"unreadable: {type(error).__name__}")


_FIELD_NAME = re.compile(r"[!-9;-~]{1,200}")


def _rebuild(headers: Mapping[str, str] | Message, body: str | bytes) -> EmailMessage:
    """A message from fetched headers and (part of) the raw body, parsed like a full one."""
    if isinstance(headers, Message):
        items: Iterable[tuple[Any, Any]] = headers.raw_items()
    else:
        items = headers.items()
    lines: list[str] = []
    for name, value in items:
        values = value if isinstance(value, list | tuple) else (value,)
        if isinstance(name, str) and _FIELD_NAME.fullmatch(name):
            lines.extend(f"{name}: {clean(v)}" for v in values)
    # Raw bytes keep each part's own charset: an 8bit Shift_JIS or KOI8-R body is decoded by
    # the part's charset later, as `BytesParser` would, instead of as UTF-8 here.
    text = body.decode("ascii", "surrogateescape") if isinstance(body, bytes) else str(body or "")
    return Parser(policy=policy.default).parsestr("\n".join(lines) + "\n\n" + text)


def classify_headers(
    headers: Mapping[str, str] | Message, body: str | bytes = ""
) -> Classification:
    """`classify` when only the headers (a mapping, or a headers-only parse) are fetched.

    `body` is the message body as fetched (`BODY.PEEK[TEXT]<0.4096>`: raw MIME, possibly cut
    mid-part) or plain text; pass the fetched bytes as they are, so 8bit parts in their own
    charsets read right. It refines `out_of_office` and the bounce details; the kind only
    changes for a delivery report whose body says every recipient got the message (then
    `auto_reply`, not `bounce`). A Message's own body is ignored: pass what was fetched as `body`.
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
        return " ".join(Mail(message).own_text.split())
    except Exception:
        return ""


def reply_text(message: EmailMessage) -> str:
    """The subject and the sender's own words (quotes removed): the text to give `pause_until`."""
    try:
        mail = Mail(message)
        return f"{mail.subject}\n{mail.own_text}"
    except Exception:
        return ""
