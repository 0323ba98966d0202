"""The mail side of sending a reminder: a `Mailer` for the core's use case.

It builds the message (From, threading headers, the Message-ID the claim recorded) and hands it
to the transport, SMTP or the outbox folder.
"""

from email.utils import make_msgid, parseaddr

from bot.core.message_ids import valid_message_id, valid_message_ids
from bot.core.sending import Outcome, Outgoing, SendFailed
from bot.mail.compose import build_message
from bot.mail.send import Transport


class ReminderMailer:
    """Sends as `sender` (the From header) through `transport`."""

    def __init__(self, transport: Transport, sender: str) -> None:
        self.transport = transport
        self.sender = sender
        self._domain = parseaddr(sender)[1].rpartition("@")[2] or None

    def __repr__(self) -> str:
        return f"ReminderMailer({self.transport!r})"

    def new_message_id(self) -> str:
        return make_msgid(domain=self._domain)

    def send(self, outgoing: Outgoing) -> str:
        try:
            message = build_message(
                sender=self.sender,
                to=outgoing.to,
                cc=outgoing.cc,
                subject=outgoing.subject,
                body=outgoing.body,
                # A draft written before ids were checked may hold a creator's odd one: the
                # reminder goes out unthreaded on it rather than not at all.
                in_reply_to=valid_message_id(outgoing.in_reply_to),
                references=valid_message_ids(outgoing.references),
                message_id=outgoing.message_id or None,
            )
        except ValueError as exc:
            # Nothing left: the message cannot be written as it is, so another try cannot help.
            raise SendFailed(str(exc), Outcome.refused) from None
        return self.transport.send(message)
