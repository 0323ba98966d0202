"""Sending an approved draft: claimed first, then one SMTP conversation, then the outcome."""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.utils import make_msgid, parseaddr

from bot.core import drafts
from bot.core.workspaces import find_workspace
from bot.mail.compose import build_message
from bot.mail.send import Mailer, SendError
from bot.store.engine import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Delivery:
    sent: bool
    reason: str | None = None
    via: str | None = None


def deliver(
    store: Store,
    team_id: str,
    draft_id: int,
    *,
    mailer: Mailer,
    sender: str,
    clock: Callable[[], datetime],
) -> Delivery:
    """Send a draft this caller has claimed (state `sending`) and record what happened.

    The Message-ID is saved before the mail leaves, so a send cut short can be found in Sent.
    """
    with store.session() as session:
        ws = find_workspace(session, team_id)
        assert ws is not None
        draft = drafts.get_draft(session, ws, draft_id)
        domain = parseaddr(sender)[1].rpartition("@")[2] or None
        try:
            message = build_message(
                sender=sender,
                to=draft.to_addrs,
                cc=draft.cc_addrs,
                subject=draft.subject,
                body=draft.body,
                in_reply_to=draft.in_reply_to,
                references=(draft.references or "").split(),
                message_id=make_msgid(domain=domain),
            )
        except ValueError as exc:
            drafts.mark_failed(session, draft, str(exc), clock())
            return Delivery(False, str(exc))
        drafts.assign_message_id(session, draft, str(message["Message-ID"]))
    try:
        via = mailer.send(message)
    except SendError as exc:
        log.warning("draft %s was not sent: %s", draft_id, exc.reason)
        with store.session() as session:
            ws = find_workspace(session, team_id)
            assert ws is not None
            drafts.mark_failed(
                session, drafts.get_draft(session, ws, draft_id), exc.reason, clock()
            )
        return Delivery(False, exc.reason)
    with store.session() as session:
        ws = find_workspace(session, team_id)
        assert ws is not None
        draft = drafts.get_draft(session, ws, draft_id)
        drafts.mark_sent(
            session, ws, draft, message_id=str(message["Message-ID"]), via=via, now=clock()
        )
    return Delivery(True, via=via)
