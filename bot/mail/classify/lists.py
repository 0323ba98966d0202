"""Rule 3: mailing-list and bulk mail, which is noise to the silence clock.

A newsletter, digest or notification from a creator's address is not a reply to a reminder. It is
recognised by its list headers, and without them by what bulk mail carries and a person's reply
does not: a bulk-sender (ESP) campaign header, a mass mailer's `X-Mailer`, a forum's or code host's
notification header, a no-reply sender, an unsubscribe link or a "you are receiving this because"
footer. Signals a person's mail can carry too (an unsubscribe link in a signature, an ESP relay
header added by a company's mail system, a `notifications@` mailbox) never count alone on a reply
in a conversation (`In-Reply-To`/`References`). Rule 2 asks `list_reason` too, so that
`Precedence: bulk` on bulk mail is left to this rule.
"""

import html
import re
from email.message import Message

from bot.mail.classify.classification import Classification
from bot.mail.classify.reading import Mail, any_phrase, attempt, fold, token

# Headers the rule reads that the IMAP sync must fetch for headers-only mail (see HEADER_FIELDS).
LIST_HEADER_FIELDS: tuple[str, ...] = (
    "X-Mailer",
    "X-Campaign-ID",
    "X-CampaignID",
    "X-Campaign",
    "X-Mailjet-Campaign",
    "X-Mailin-Campaign",
    "X-CSA-Complaints",
    "X-Report-Abuse",
    "X-MarketoID",
    "X-Roving-Campaignid",
    "X-SFMC-Stack",
    "X-GitHub-Reason",
    "X-GitLab-NotificationReason",
    "X-Discourse-Post-Id",
    "X-Forum-Notification",
    "X-SES-Outgoing",
    "X-Mailgun-Sid",
    "X-Mailgun-Tag",
    "X-Mailgun-Variables",
    "X-SG-EID",
    "X-MC-User",
    "X-Mandrill-User",
    "X-MJ-Mid",
    "X-Mailin-EID",
    "X-PM-Message-Id",
    "X-Entity-Ref-ID",
)

# --- headers ------------------------------------------------------------------------------------

# A campaign: only bulk senders set these (checked as exact names, then as name prefixes).
_CAMPAIGN_HEADERS = (
    *("x-campaign-id", "x-campaignid", "x-campaign", "x-mailjet-campaign", "x-mailin-campaign"),
    *("x-csa-complaints", "x-report-abuse", "x-roving-campaignid"),
)
_CAMPAIGN_PREFIXES = ("x-marketo", "x-mkto-", "x-klaviyo", "x-sendinblue", "x-sfmc-")
# Notifications of forums and code hosts; no person's client sets them, so they count on replies.
_NOTIFICATION_PREFIXES = (
    *("x-github-reason", "x-github-sender", "x-gitlab-", "x-discourse-", "x-forum-"),
    *("x-jira-fingerprint", "x-bitbucket-", "x-phabricator-"),
)
# Relays: every message through the service has them, a person's too when their company's mail
# goes that way, so they only count beside another sign of bulk mail.
_RELAY_HEADERS = ("feedback-id", "x-sg-eid", "x-sg-id", "x-mc-user", "x-mandrill-user", "x-mj-mid")
_RELAY_PREFIXES = ("x-ses-", "x-mailgun-", "x-mailin-", "x-sib-", "x-pm-message-id", "x-entity-ref")
_MASS_MAILERS = re.compile(
    r"phplist|sendy|mailchimp|mailjet|campaign\s*monitor|createsend|acumbamail|mailpoet"
    r"|mailerlite|sendinblue|brevo|getresponse|aweber|constant\s*contact|roving|mautic|listmonk"
    r"|acymailing|mailster|newsletter|cleverreach|rapidmail|interspire|mailwizz|sendpulse"
    r"|moosend|klaviyo|emarsys|mail\s*magazine|mailmagazine|bulk\s*mail|mass\s*mail"
)

# --- senders ------------------------------------------------------------------------------------

# A mailbox no one reads: `noreply`, `accounts-no-reply`, `calendar-notification`, `mailer`
# (`mailer-daemon` is a bounce's). The words must stand alone: `juano.reply` is a person.
_NO_REPLY = re.compile(
    r"(?:^|[._+-])(?:no[._-]?reply|do[._-]?not[._-]?reply|notifications?|notify|newsletters?)"
    r"(?:$|[._+-])|^mailer(?:$|[._+-](?!daemon))"
)

# --- text ---------------------------------------------------------------------------------------

_UNSUBSCRIBE = any_phrase(
    (
        *("unsubscribe*", "opt out", "opt-out", "darse de baja", "dar de baja", "date de baja"),
        *("darte de baja", "cancelar suscripción", "cancelar la suscripción", "desuscribir*"),
        *("anular suscripción", "cancelar inscrição", "cancelar a inscrição", "descadastr*"),
        *("cancelar assinatura", "se désinscrire", "désinscri*", "désabonn*", "se désabonner"),
        *("abmelden", "abbestellen", "uitschrijven", "afmelden", "disiscriviti", "disiscriver*"),
        *("annulla iscrizione", "berhenti berlangganan", "hủy đăng ký", "配信停止", "配信解除"),
        *(
            "購読解除",
            "수신 거부",
            "구독 취소",
            "구독 해지",
            "退订",
            "退訂",
            "取消订阅",
            "取消訂閱",
        ),
        *("отписаться", "отписка", "відписатися", "wypisz się", "wypisać się", "odhlásit"),
        *("zrezygnuj z subskrypcji", "abonelikten çık", "إلغاء الاشتراك", "הסרה מרשימת"),
        *("ยกเลิกการรับ", "ยกเลิกการสมัคร"),
    )
)
_PREFERENCES = any_phrase(
    (
        *("manage your preferences", "manage preferences", "update your preferences"),
        *("email preferences", "e-mail preferences", "notification preferences"),
        *("manage email notifications", "manage notifications", "notification settings"),
        *("email settings", "e-mail settings", "subscription preferences", "manage subscription*"),
        *("preferencias de correo", "gestionar preferencias", "gérer vos préférences"),
        *("préférences de notification", "e-mail-einstellungen", "benachrichtigungseinstellungen"),
        *("preferências de e-mail", "gerenciar preferências", "配信設定", "수신 설정", "订阅设置"),
    )
)
# "You are receiving this (email) because…": a footer that says why the message came at all.
_WHY_RECEIVED = re.compile(
    r"(?:you are|you're|you were) (?:receiving|sent) this\b.{0,40}?\bbecause"
    r"|you (?:received|got) this (?:e-?mail|message|notification|digest)\b.{0,20}?\bbecause"
    r"|(?:recibes|recibiste|has recibido|estas recibiendo) este (?:correo|e-?mail|mensaje)"
    r"|vous recevez (?:cet e-?mail|ce message|cette notification)"
    r"|(?:sie erhalten|du erhaltst) diese (?:e-?mail|nachricht|benachrichtigung)"
    r"|voce (?:esta recebendo|recebeu) (?:este|esta) (?:e-?mail|mensagem)"
    r"|(?:je|u) ontvangt deze (?:e-?mail|nieuwsbrief)"
)
_LINK = re.compile(r"https?://|www\.|mailto:")
_TEXT_LIMIT = 65536

# What a mail client puts before a subject it answers (rule 2 has its own copy; no import cycle).
_REPLY_SUBJECT = re.compile(
    r"\s*(?:re|aw|sv|vs|antw|rif|r|fw|fwd|wg|tr|rv|enc|回复|答复|回覆|转发|轉寄)\s*(?:\[\d+\])?\s*:",
    re.IGNORECASE,
)


def _header_names(message: Message) -> list[str]:
    return [str(name).lower() for name in attempt(lambda: list(message.keys()), [])]


def _named(names: list[str], exact: tuple[str, ...], prefixes: tuple[str, ...]) -> str | None:
    for name in names:
        if name in exact or name.startswith(prefixes):
            return name
    return None


def _display(name: str) -> str:
    """A header name in its usual spelling for the reason (`x-ses-outgoing` → `X-SES-Outgoing`)."""
    known = {field.lower(): field for field in LIST_HEADER_FIELDS}
    return known.get(name) or "-".join(part.capitalize() for part in name.split("-"))


def _in_conversation(mail: Mail) -> bool:
    return mail.has("In-Reply-To") or mail.has("References")


def _no_reply_sender(mail: Mail) -> bool:
    return _NO_REPLY.search(mail.sender_local[:200]) is not None


def _footer(mail: Mail) -> str | None:
    """The bulk-mail footer a text part carries: an unsubscribe or preferences phrase on a line
    with a link (or just before one), or a "you are receiving this because" sentence."""
    text = fold(html.unescape(mail.full_text[:_TEXT_LIMIT]))
    lines = text.splitlines()
    for index, line in enumerate(lines):
        following = next((n for n in lines[index + 1 : index + 4] if n.strip()), "")
        linked = bool(_LINK.search(line) or _LINK.search(following))
        if linked and _UNSUBSCRIBE.search(line):
            return "unsubscribe link in the body"
        if linked and _PREFERENCES.search(line):
            return "preferences link in the body"
    flat = " ".join(text.split())
    if _WHY_RECEIVED.search(flat):
        return "'you are receiving this' footer"
    return None


def _precedence_bulk(mail: Mail) -> bool:
    """`Precedence: bulk` on a message that answers nothing: a broadcast with a subject of its
    own. An old-style autoresponder sets it too, but answers our subject or thread (rule 2)."""
    if token(mail.header("Precedence") or "") != "bulk" or _in_conversation(mail):
        return False
    subject = mail.subject.strip()
    return bool(subject) and not _REPLY_SUBJECT.match(subject)


def _bulk_header(mail: Mail, names: list[str]) -> str | None:
    """A campaign header or a mass mailer's `X-Mailer`: what only bulk senders set."""
    if campaign := _named(names, _CAMPAIGN_HEADERS, _CAMPAIGN_PREFIXES):
        return _display(campaign)
    if found := _MASS_MAILERS.search((mail.header("X-Mailer") or "").lower()):
        return f"X-Mailer: {found.group()}"
    return None


def list_reason(mail: Mail) -> str | None:
    """The first sign of list or bulk mail, or None; see the module docstring for the rules."""
    for name in ("List-Id", "List-Unsubscribe"):
        if mail.has(name):
            return name
    names = _header_names(mail.message)
    if notification := _named(names, (), _NOTIFICATION_PREFIXES):
        return _display(notification)
    no_reply = _no_reply_sender(mail)
    if _in_conversation(mail):
        # A reply in a thread: only a no-reply mailbox that also shows bulk mail counts; a
        # person's signature link, company relay header or notifications@ mailbox never does.
        if not no_reply:
            return None
        other = _bulk_header(mail, names) or _footer(mail)
        return f"no-reply sender + {other}" if other else None
    if bulk := _bulk_header(mail, names):
        return bulk
    if "feedback-id" in names:
        return "Feedback-ID"
    if no_reply:
        relay = _named(names, _RELAY_HEADERS, _RELAY_PREFIXES)
        return f"no-reply sender + {_display(relay)}" if relay else "no-reply sender"
    if not mail.from_creator and (footer := _footer(mail)):
        return footer
    if _precedence_bulk(mail):
        return "Precedence: bulk"
    return None


def mailing_list(mail: Mail) -> Classification | None:
    """Rule 3; `Precedence: list` counts too: a message marked as list traffic is not a reply."""
    reason = list_reason(mail)
    if reason is None and token(mail.header("Precedence") or "") == "list":
        reason = "Precedence: list"
    return Classification("list", reason) if reason else None
