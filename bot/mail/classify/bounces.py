"""Rule 1: bounces, and the delivery reports (RFC 3464) they carry.

A bounce flags the creator's address instead of resetting the silence clock, so it is told apart
from a reply first. A delivery report is read for each recipient's action and status (hard or
soft), the failed addresses and the Message-ID of the returned message; without one, the usual
MTA markers (`X-Failed-Recipients`, mailer-daemon senders, non-DSN subjects in many languages)
only say "bounce".
"""

import re
from dataclasses import dataclass
from email.message import Message
from email.utils import parseaddr

from bot.mail.classify.classification import Classification
from bot.mail.classify.reading import (
    PAYLOAD_LIMIT,
    Mail,
    attempt,
    clean,
    content_type,
    fold,
    header,
    headers,
    part_text,
    phrase,
)

# --- delivery reports ---------------------------------------------------------------------------

_FIELD = re.compile(r"(?im)^(action|status|final-recipient|original-recipient)[ \t]*:[ \t]*(.*)$")
_STATUS = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_FAILED_ACTIONS = ("failed", "delayed")
_SUCCESS_ACTIONS = ("delivered", "relayed", "expanded")
_MESSAGE_ID = re.compile(r"<[^<>\s]{1,990}>")
_BARE_ID = re.compile(r"[^<>\s@]{1,500}@[^<>\s@]{1,490}")
_ID_HEADER = re.compile(r"(?im)^message-id[ \t]*:[ \t]*(?:\r?\n[ \t]+)?(\S[^\r\n]*)")
_ADDRESS = re.compile(r"[^\s<>;,\"'@]{1,64}@[^\s<>;,\"'@]{1,255}")


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
    return content_type(part) in ("message/delivery-status", "message/global-delivery-status")


def _status_text(part: Message) -> str:
    """A delivery-status part as text; Python parses its field blocks into header-only messages."""
    payload = attempt(part.get_payload, None)
    if isinstance(payload, list):
        blocks = [
            "\n".join(f"{key}: {clean(value)}" for key, value in attempt(b.raw_items, []))
            for b in payload
            if isinstance(b, Message)
        ]
        return "\n\n".join(blocks)
    return part_text(part)


def _recipients(text: str) -> tuple[_Recipient, ...]:
    """Per-recipient blocks of a delivery-status text (blocks are separated by blank lines)."""
    found = []
    for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")[:PAYLOAD_LIMIT]):
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
    kind = content_type(part)
    if kind == "text/rfc822-headers":
        return _text_message_id(part_text(part))
    if kind in ("message/rfc822", "message/global", "message/global-headers"):
        payload = attempt(part.get_payload, None)
        inner = payload[0] if isinstance(payload, list) and payload else None
        value = header(inner, "Message-ID") if isinstance(inner, Message) else None
        return _message_id(value) if value else None
    return None


def _text_message_id(text: str) -> str | None:
    match = _ID_HEADER.search(text)
    return _message_id(match.group(1)) if match else None


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


def delivery_report(mail: Mail) -> _Report:
    """The delivery report a message carries: its status parts, else whatever its text says."""
    statuses = [_status_text(p) for p in mail.parts if _is_status_part(p)]
    recipients = _recipients("\n\n".join(statuses) or mail.full_text)
    original = next(filter(None, (_original_id(p) for p in mail.parts)), None)
    return _Report(recipients, original or _text_message_id(mail.full_text))


# --- rule 1: bounces ----------------------------------------------------------------------------

# Mail system senders, however each MTA or carrier spells them.
_DAEMON = re.compile(r"(?:mailer|mail)[-_.]?daemon|post[-_.]?master")
# List servers answer for their lists: a post refused or held is a bounce of that post. They
# write as the list software, the list's owner or bounce address, or a `lists@`-like mailbox,
# often from a `lists.` host.
_LIST_SERVER = re.compile(
    r"listserv|majordomo|mailman|sympa|lists?|listas?|listes?|listy|liste|.+-(?:owner|bounces"
    r"|request)"
)
_LIST_HOST = re.compile(r"(?:lists?|listas?|listes?|listy|liste|ml)\.")
_LIST_REFUSALS: tuple[tuple[str, bool], ...] = (
    # (phrase, permanent): refused for good, or held for a moderator
    *(("not a member", True), ("not subscribed", True), ("not a subscriber", True)),
    *(("only accepts messages from", True), ("only members may post", True)),
    *(("non-member", False), ("members-only list", False), ("awaits moderator approval", False)),
    *(("held until the list moderator", False), ("message rejected", True)),
    ("posting rejected", True),
    # es, pt, fr, de, it, nl, ru
    *(("no esta suscrito", True), ("no estas suscrito", True), ("no es miembro", True)),
    *(("solo acepta mensajes de", True), ("mensaje rechazado", True), ("ha sido rechazado", True)),
    *(("espera la aprobacion del moderador", False), ("nao e assinante", True)),
    *(("nao esta inscrito", True), ("nao e membro", True), ("mensagem rejeitada", True)),
    *(("aguarda aprovacao do moderador", False), ("n'etes pas abonne", True)),
    *(("n'etes pas membre", True), ("message rejete", True), ("en attente de moderation", False)),
    *(("kein mitglied", True), ("nicht abonniert", True), ("nachricht abgelehnt", True)),
    *(("wartet auf freigabe", False), ("non sei iscritto", True), ("non e iscritto", True)),
    *(("messaggio rifiutato", True), ("geen lid", True), ("niet geabonneerd", True)),
    *(("bericht geweigerd", True), ("не являетесь подписчиком", True)),
    *(("не подписаны на", True), ("сообщение отклонено", True)),
    # pt-BR group services: "você não tem permissão para postar neste grupo"
    *(("nao tem permissao para postar", True), ("nao tem permissao para publicar", True)),
    *(("somente membros podem", True), ("apenas membros podem", True)),
    *(("sua mensagem foi rejeitada", True), ("sua mensagem foi recusada", True)),
    *(("nao foi possivel entregar sua mensagem ao grupo", True), ("aguardando moderacao", False)),
    *(("only members can post", True), ("you do not have permission to post", True)),
    *(("no tienes permiso para publicar", True), ("solo los miembros pueden", True)),
)
# A group service may refuse a post from a no-reply mailbox, not the list's own address; then
# the notice must also name the group or list it refused the post for.
_NO_REPLY = re.compile(
    r"(?:^|[._+-])(?:no[._-]?reply|nao[._-]?respond[ae]|no[._-]?responder|ne[._-]?pas[._-]?"
    r"repondre)(?:$|[._+-])"
)
_LOOSE_REFUSALS = frozenset(
    ("non-member", "members-only list", "message rejected", "ha sido rechazado", "posting rejected")
)
_GROUP_WORD = re.compile(r"(?<!\w)(?:group|grupo|grupos|groupe|gruppe|list|lista|liste)(?!\w)")
# A post held for a moderator is read first: the notice often says why ("only members may post").
_LIST_REFUSAL_PATTERNS = tuple(
    (p, permanent, re.compile(phrase(p)))
    for p, permanent in sorted(_LIST_REFUSALS, key=lambda refusal: refusal[1])
)
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
    ("Delivery error report", True),
    ("Mail System Error", True),
    ("メール送信エラー", True),
    ("送信エラー", True),
    ("配信エラー", True),
    ("宛先不明", True),
    ("Notificación de estado de entrega (error)", True),
    ("Notificación de estado de entrega (retraso)", False),
    ("Notificação de status de entrega", True),
    ("Error de entrega", True),
    ("Falha de entrega", True),
    ("Mensagem não entregue", True),
    ("Mensaje no entregado", True),
    ("Nedoručitelné", True),
    ("Nedoručiteľné", True),
    ("Kézbesítés sikertelen", True),
    ("Nu s-a putut livra", True),
    ("Levering mislykkedes", True),
    ("Leverans misslyckades", True),
    ("Toimitus epäonnistui", True),
    ("Αδυναμία παράδοσης", True),
    ("לא ניתן למסור", True),
    ("فشل التسليم", True),
    ("ส่งไม่สำเร็จ", True),
)
# What a plain notice (no delivery report) says in its first lines, for a mail system sender or
# one that sends with a null Return-Path: the message failed for good, or is still being retried.
_FAILURE_TEXTS: tuple[tuple[str, bool], ...] = (
    # (phrase, permanent)
    *(("could not be delivered", True), ("couldn't be delivered", True)),
    *(("was not delivered", True), ("delivery to the following recipient", True)),
    *(("delivery has failed", True), ("permanent error", True), ("undeliverable", True)),
    *(("has been delayed", False), ("not yet been delivered", False), ("will retry", False)),
    *(("still trying", False), ("will continue trying", False), ("no se pudo entregar", True)),
    *(("no se ha podido entregar", True), ("no ha podido ser entregado", True)),
    *(("se ha retrasado", False), ("nao foi possivel entregar", True)),
    *(("nao pode ser entregue", True), ("esta atrasada", False)),
    *(("n'a pas pu etre remis", True), ("n'a pas pu etre distribue", True)),
    *(("konnte nicht zugestellt werden", True), ("verzogert", False)),
    *(("non e stato possibile recapitare", True), ("non puo essere recapitato", True)),
    *(("kon niet worden bezorgd", True), ("kon niet worden afgeleverd", True)),
    *(("nie mogl zostac dostarczony", True), ("nie zostala dostarczona", True)),
    *(("не может быть доставлено", True), ("не удалось доставить", True)),
    *(("配信できませんでした", True), ("届きませんでした", True), ("送信できませんでした", True)),
    *(("无法投递", True), ("无法送达", True), ("無法傳遞", True), ("전달할 수 없습니다", True)),
    *(("teslim edilemedi", True), ("tidak dapat dikirim", True), ("khong the gui", True)),
)
_FAILURE_TEXT_PATTERNS = tuple(
    (label, permanent, re.compile(phrase(label))) for label, permanent in _FAILURE_TEXTS
)
_NOTICE_CHARS = 1500
_BOUNCE_SUBJECT_PATTERNS = tuple(
    (label, permanent, re.compile(phrase(label))) for label, permanent in _BOUNCE_SUBJECTS
)


def _bounce_subject(subject: str) -> tuple[str, bool] | None:
    folded = fold(subject)
    for label, permanent, pattern in _BOUNCE_SUBJECT_PATTERNS:
        if pattern.search(folded):
            return label, permanent
    return None


def _failure_text(mail: Mail) -> tuple[str, bool] | None:
    text = fold(mail.full_text[:_NOTICE_CHARS])
    for label, permanent, pattern in _FAILURE_TEXT_PATTERNS:
        if pattern.search(text):
            return label, permanent
    return None


def is_mail_system(local_part: str) -> bool:
    """A sender's local part that a mail system writes as (`MAILER-DAEMON`, `post_master`)."""
    return _DAEMON.fullmatch(local_part.lower()) is not None


def _text_addresses(mail: Mail) -> list[str]:
    """Addresses a notice names in its text, other than the mail system's own."""
    own = f"{mail.header('From') or ''} {mail.header('To') or ''}".lower()
    found = (a.lower().strip(".:()[]") for a in _ADDRESS.findall(mail.full_text))
    return list(dict.fromkeys(a for a in found if a not in own))


def _list_host_notice(mail: Mail) -> bool:
    """A machine's notice from a `lists.` host: a member's post passed on by the list may come
    from that host too (a list rewrites From), but carries no mark of automatic mail."""
    sender = attempt(lambda: parseaddr(mail.header("From") or "")[1], "").lower()
    if not _LIST_HOST.match(sender.rpartition("@")[2]):
        return False
    null_path = (mail.header("Return-Path") or "").replace(" ", "") == "<>"
    auto = (mail.header("Auto-Submitted") or "no").strip().lower()[:2] != "no"
    return null_path or auto


def _list_refusal(mail: Mail) -> Classification | None:
    """A list server refusing or holding a post: a bounce of that post, the list's address."""
    text = fold(f"{mail.subject}\n{mail.full_text[:2000]}")
    group_no_reply = bool(_NO_REPLY.search(mail.sender_local) and _GROUP_WORD.search(text))
    list_server = _LIST_SERVER.fullmatch(mail.sender_local) or _list_host_notice(mail)
    if not (list_server or group_no_reply):
        return None
    for label, permanent, pattern in _LIST_REFUSAL_PATTERNS:
        if not list_server and label in _LOOSE_REFUSALS:
            continue  # "non-member prices" in a no-reply newsletter
        if pattern.search(text):
            lists = [a for a in _text_addresses(mail) if "@" in a]
            return Classification(
                "bounce",
                f"list server: {label!r}",
                bounce_hard=permanent,
                bounced_addresses=tuple(lists[:1]),
            )
    return None


def _failed_recipients(mail: Mail) -> list[str]:
    values = headers(mail.message, "X-Failed-Recipients")
    return [a.lower() for v in values for a in _ADDRESS.findall(v)]


def bounce(mail: Mail) -> Classification | None:
    """Rule 1. A DSN is read for its status and recipients; the other signs only say "bounce"."""
    failed = _failed_recipients(mail)
    daemon = mail.sender_local if is_mail_system(mail.sender_local) else None
    subject = _bounce_subject(mail.subject)
    if daemon is None and (refused := _list_refusal(mail)) is not None:
        return refused
    null_path = (mail.header("Return-Path") or "").replace(" ", "") == "<>"
    dsn = delivery_report(mail) if mail.is_dsn else None
    if dsn is not None:
        if dsn.delivered:
            return None
        status = dsn.status
        reason = f"DSN {status} (multipart/report)" if status else "DSN (multipart/report)"
    elif mail.has("X-Failed-Recipients"):
        reason = "X-Failed-Recipients"
    elif daemon and null_path:
        reason = f"Return-Path: <> from {daemon}"
    elif daemon and subject:
        reason = f"From {daemon}, subject {subject[0]!r}"
    elif (daemon or null_path) and (said := _failure_text(mail)):
        reason = f"From {daemon or 'a null Return-Path'}, text {said[0]!r}"
    elif null_path and subject:
        reason = f"Return-Path: <>, subject {subject[0]!r}"
    else:
        return None
    report = dsn if dsn is not None else delivery_report(mail)
    if not report.addresses and not failed:
        # Notices that are no RFC 3464 report name the address in their text only.
        failed = _text_addresses(mail)
    hard = report.hard
    if hard is None and (code := _STATUS.search(mail.full_text)) and code.group(1) != "2":
        hard = code.group(1) == "5"
    if hard is None and (said := _failure_text(mail)):
        hard = said[1]
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
