"""The drafts' writer: the playbook's templates in the creator's language, as a reply."""

from collections.abc import Mapping
from email.utils import parseaddr
from typing import Any

from bot.core.drafts import Writer, Written
from bot.mail.compose import reply_subject
from bot.mail.templates import render_reminder

DEFAULT_SENDER = "The partnerships team"
NOTICE_LEVEL = 4


def sender_name(mail_from: str | None) -> str:
    name, address = parseaddr(mail_from or "")
    return name or address or DEFAULT_SENDER


def make_writer(*, mail_from: str | None, company: str | None, templates_dir: str | None) -> Writer:
    sender = {"name": sender_name(mail_from), "company": company}

    def write(
        level: int,
        language: str | None,
        context: Mapping[str, Any],
        *,
        country: str | None,
        thread_subject: str | None,
    ) -> Written:
        full = {**context, "sender": sender, "thread_subject": thread_subject}
        email = render_reminder(level, language, full, override_dir=templates_dir, country=country)
        # A notice keeps its label; the earlier levels read as a reply in the conversation.
        subject = (
            email.subject if level >= NOTICE_LEVEL else reply_subject(thread_subject, email.subject)
        )
        return Written(
            subject=subject,
            body=email.body,
            template=email.template,
            language=email.language,
        )

    return write
