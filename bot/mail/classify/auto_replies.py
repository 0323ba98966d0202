"""Rule 2: automatic replies, and whether they say the person is away.

An out-of-office pauses the chase instead of counting as an answer, and other automatic replies
(ticket receipts, read receipts, delivery notices) are no answer either. The markers are RFC 3834's
`Auto-Submitted`, the usual vendor headers and subjects in many languages; whether the sender is
away is read from the subject or the sender's own first lines.
"""

import re

from bot.mail.classify.bounces import delivery_report
from bot.mail.classify.classification import Classification
from bot.mail.classify.lists import list_reason
from bot.mail.classify.reading import Mail, any_phrase, fold, phrase, token

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
    ("Ofis dışında", True, False),
    ("خارج المكتب", True, False),
    ("رد تلقائي", False, False),
    ("מחוץ למשרד", True, False),
    ("תשובה אוטומטית", False, False),
    ("Вне офиса", True, False),
    ("Automatinis atsakymas", False, False),
    ("No longer monitored", False, False),
)
_AUTO_SUBJECT_PATTERNS = tuple(
    (label, away, re.compile(phrase(label))) for label, away, _ in _AUTO_SUBJECTS
)
_LEADING = frozenset(label for label, _, leading in _AUTO_SUBJECTS if leading)
_BRACKETS = " \t[](){}【】〔〕「」『』<>*#:-–—|"
# What a person's mail client puts before a subject they answer or pass on.
_REPLY_PREFIX = re.compile(
    r"(?:re|aw|sv|vs|antw|rif|r|fw|fwd|wg|tr|rv|enc|回复|答复|回覆|转发|轉寄)"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*:"
)
_AWAY = any_phrase(
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
    """The out-of-office phrase a subject carries. A responder puts its label before the
    original subject ("Automatic reply: Re: …"), so a subject that is itself a reply ("Re: Out
    of Office series") never counts; ambiguous words ("Absent", "不在") only count at the start.
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
        if pattern.match(lead) if label in _LEADING else pattern.search(folded):
            return label, away
    return None


def _auto_signal(mail: Mail) -> tuple[str, bool | None] | None:
    """The first automatic marker and whether it already decides `out_of_office` (None: read on).

    `Precedence: bulk|junk` next to list headers is left to rule 3: newsletters set both.
    """
    if mail.is_dsn and delivery_report(mail).delivered:
        return "DSN delivered (multipart/report)", False
    if mail.report_type == "disposition-notification":
        return "MDN (multipart/report)", False
    auto_submitted = mail.header("Auto-Submitted")
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
# Away, said the way only a responder opens a message ("I am out of the office until …"), in
# the languages whose responders we have seen with no automatic header.
_AWAY_OPENING = any_phrase(
    (
        *("i am currently out", "i am out of the office", "i'm out of the office", "i am away"),
        *("i'm currently away", "i am currently away", "i will be out of the office"),
        *("i will be away", "i am on vacation", "i'm on vacation", "i am on leave"),
        *("i am travelling", "i am traveling", "limited access to email", "will return on"),
        *("в отпуске", "нахожусь в командировке", "вне офиса", "jestem na urlopie"),
        *("jestem poza biurem", "ofis disinda", "izindeyim", "atostog*"),
        *("خارج المكتب", "في إجازة", "מחוץ למשרד", "בחופשה", "我在出差", "我在休假", "不在办公室"),
        *("ไม่อยู่", "ลาพักร้อน", "sedang cuti", "sedang di luar kantor", "sedang dinas"),
        *("đang nghỉ phép", "đang đi công tác", "휴가 중", "출장 중", "不在にしております"),
        *("休暇中", "出張中"),
    )
)
_OPENING_CHARS = 300


def _unthreaded_answer(mail: Mail) -> tuple[str, bool | None] | None:
    """An answer that carries no automatic header: a "Re:" subject with no In-Reply-To or
    References (no mail client's Reply does that; a responder that echoes the subject does)
    whose first lines say the sender is away, or speak like a responder."""
    if (
        mail.has("In-Reply-To")
        or mail.has("References")
        or not _REPLY_PREFIX.match(fold(mail.subject).lstrip(_BRACKETS))
    ):
        return None
    opening = fold(mail.own_text[:_OPENING_CHARS])
    if _AWAY_OPENING.search(opening):
        return "away in the first lines of an unthreaded answer", True
    if _RESPONDER.search(opening):
        return "a responder's first lines in an unthreaded answer", False
    return None


def auto_reply(mail: Mail) -> Classification | None:
    """Rule 2 (RFC 3834 and the usual vendor headers); away-ness from the subject or own text."""
    signal = _auto_signal(mail)
    if signal is None:
        return None
    reason, away = signal
    if away is None:
        away = bool(_AWAY.search(fold(f"{mail.subject}\n{mail.own_text}")))
    return Classification("auto_reply", reason, out_of_office=away)
