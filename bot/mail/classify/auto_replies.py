"""Rule 2: automatic replies, and whether they say the person is away.

An out-of-office pauses the chase instead of counting as an answer, and other automatic replies
(ticket receipts, read receipts, delivery notices) are no answer either. The markers are RFC 3834's
`Auto-Submitted`, the usual vendor headers and subjects in many languages; whether the sender is
away is read from the subject or the sender's own first lines.
"""

import re

from bot.mail.classify.away_phrases import LANGUAGES
from bot.mail.classify.bounces import delivery_report
from bot.mail.classify.classification import Classification
from bot.mail.classify.lists import list_reason
from bot.mail.classify.reading import Mail, any_phrase, fold, is_attachment, phrase, token

# --- rule 2: automatic replies ------------------------------------------------------------------


def _phrases(kind: str) -> tuple[str, ...]:
    """One kind of phrase of every language, in one tuple (see `away_phrases`)."""
    return tuple(
        dict.fromkeys(p for language in LANGUAGES.values() for p in getattr(language, kind))
    )


_AUTO_SUBJECTS: tuple[tuple[str, bool, bool], ...] = (
    # (phrase, says the person is away, only at the start of the subject)
    *((label, False, False) for label in _phrases("labels")),
    *((label, True, False) for label in _phrases("away_labels")),
    *((label, True, True) for label in _phrases("leading_labels")),
)
_AUTO_SUBJECT_PATTERNS = tuple(
    (label, away, re.compile(phrase(label))) for label, away, _ in _AUTO_SUBJECTS
)
_LEADING = frozenset(label for label, _, leading in _AUTO_SUBJECTS if leading)
_BRACKETS = " \t[](){}【】〔〕「」『』<>*#:：-–—|"
_SEPARATORS = ("", *_BRACKETS.replace(" ", "").replace("\t", ""))
# What a person's mail client puts before a subject they answer or pass on.
_REPLY_PREFIX = re.compile(
    r"(?:re|aw|sv|vs|antw|rif|r|fw|fwd|wg|tr|rv|enc|odp|ynt|va|atb|vl|απ|σχετ|回复|答复|回覆|转发"
    r"|轉寄)\s*(?:\[\d+\]|\(\d+\))?\s*:"
)
_AWAY = any_phrase(_phrases("away_words"))
_EXCHANGE_PAIR = ("X-Auto-Response-Suppress", "X-MS-Exchange-Inbox-Rules-Loop")


def _auto_subject(subject: str) -> tuple[str, bool] | None:
    """The out-of-office phrase a subject carries. A responder puts its label before the
    original subject ("Automatic reply: Re: …"), so a subject that is itself a reply ("Re: Out
    of Office series") never counts; ambiguous words ("Absent", "不在") only count at the start,
    set off like a label ("Absent: …", "【不在】…").
    """
    folded = fold(subject)
    lead = folded.lstrip(_BRACKETS)
    replied = _REPLY_PREFIX.match(lead)
    if replied:
        # "RE: Abwesenheitsnotiz" is a label answered; "Re: Out of Office series" is a topic.
        rest = lead[replied.end() :].strip(_BRACKETS)
        for label, away, pattern in _AUTO_SUBJECT_PATTERNS:
            found = pattern.match(rest)
            if found and not rest[found.end() :].strip(_BRACKETS):
                return label, away
        return None
    for label, away, pattern in _AUTO_SUBJECT_PATTERNS:
        if label not in _LEADING:
            if pattern.search(folded):
                return label, away
        elif (found := pattern.match(lead)) and lead[found.end() :].lstrip()[:1] in _SEPARATORS:
            return label, away
    return None


def _auto_signal(mail: Mail) -> tuple[str, bool | None] | None:
    """The first automatic marker and whether it already decides `out_of_office` (None: read on).

    `Precedence: bulk|junk` next to list headers, and `Auto-Submitted: auto-generated` with a
    `List-Id`, are left to rule 3: newsletters and list digests set both.
    """
    if mail.is_dsn and delivery_report(mail).delivered:
        return "DSN delivered (multipart/report)", False
    if mail.report_type == "disposition-notification":
        return "MDN (multipart/report)", False
    auto_submitted = mail.header("Auto-Submitted")
    if token(auto_submitted or "") == "auto-generated" and mail.has("List-Id"):
        # RFC 3834 asks list digests and notifications to say auto-generated too: the list
        # header tells what they are (rule 3). An auto-reply names itself auto-replied.
        return None
    if auto_submitted is not None and token(auto_submitted) != "no":
        return f"Auto-Submitted: {token(auto_submitted)}", None
    for name in ("X-Autoreply", "X-Autorespond"):
        if mail.has(name):
            return name, None
    precedence = token(mail.header("Precedence") or "")
    if precedence == "auto_reply" or (precedence in ("bulk", "junk") and not list_reason(mail)):
        return f"Precedence: {precedence}", None
    if all(mail.has(name) for name in _EXCHANGE_PAIR):
        return " + ".join(reversed(_EXCHANGE_PAIR)), None
    if found := _auto_subject(mail.subject):
        return f"Subject: {found[0]}", True if found[1] else None
    return _unthreaded_answer(mail)


# What an autoresponder says in its first lines that is not about being away.
_RESPONDER = any_phrase(
    (
        *("this mailbox is no longer monitored", "this address is no longer monitored"),
        *("this email address is no longer in use", "no longer in use", "my new email address"),
        *("i check my email", "i check email", "i only check", "this is an automated"),
        *("this is an automatic", "automatically generated", "do not reply to this"),
        *("thank you for your email. i will", "thanks for your email, i will get back"),
        *("we have received your message", "we received your email", "hemos recibido"),
        *("recebemos sua mensagem", "nous avons bien recu", "wir haben ihre nachricht erhalten"),
    )
)
_AWAY_OPENING = any_phrase(_phrases("away_openings"))
_ABSENCE_SIGNAL = any_phrase(_phrases("absence_signals"))
_OPENING_CHARS = 300
_SIGNAL_CHARS = 600
_RESPONDER_LENGTH = 1200  # a responder says where and until when, not a page of news


def _unthreaded_answer(mail: Mail) -> tuple[str, bool | None] | None:
    """An answer that carries no automatic header: a "Re:" subject with no In-Reply-To or
    References (no mail client's Reply does that; a responder that echoes the subject does)
    whose first lines say the sender is away, or speak like a responder."""
    if (
        mail.has("In-Reply-To")
        or mail.has("References")
        or not _REPLY_PREFIX.match(fold(mail.subject).lstrip(_BRACKETS))
    ):
        return _away_text(mail)
    opening = fold(mail.own_text[:_OPENING_CHARS])
    if _AWAY_OPENING.search(opening) or _ABSENCE_SIGNAL.search(opening):
        return "away in the first lines of an unthreaded answer", True
    if _RESPONDER.search(opening):
        return "a responder's first lines in an unthreaded answer", False
    return None


def _away_text(mail: Mail) -> tuple[str, bool | None] | None:
    """An out-of-office with no header and no label, threaded like a reply: its first lines say
    the person is away ("I am on parental leave") and what only a responder adds follows close
    by ("limited access to email", "I will reply when I return"). A short note with nothing
    attached: a person answering from their holiday writes more, or sends the draft."""
    text = mail.own_text.strip()
    if len(text) > _RESPONDER_LENGTH or any(is_attachment(part) for part in mail.parts):
        return None
    opening = _AWAY_OPENING.search(fold(text[:_OPENING_CHARS]))
    if opening is None or not _ABSENCE_SIGNAL.search(fold(text[:_SIGNAL_CHARS])):
        return None
    return f"away in the first lines: {opening.group()!r}", True


def auto_reply(mail: Mail) -> Classification | None:
    """Rule 2 (RFC 3834 and the usual vendor headers); away-ness from the subject or own text."""
    signal = _auto_signal(mail)
    if signal is None:
        return None
    reason, away = signal
    if away is None:
        away = bool(_AWAY.search(fold(f"{mail.subject}\n{mail.own_text}")))
    return Classification("auto_reply", reason, out_of_office=away)
