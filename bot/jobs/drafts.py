"""Drafts left `sending` by a process that stopped mid-way: never re-sent blindly."""

import logging
from collections.abc import Callable
from datetime import timedelta

from slack_sdk import WebClient

from bot.core import drafts
from bot.slack.drafts import refresh_card
from bot.slack.services import Services
from bot.store.models import Workspace

log = logging.getLogger(__name__)

# Longer than any SMTP conversation (its timeout is 30 s), so a send in progress elsewhere is
# never mistaken for one that was cut short.
STUCK_AFTER = timedelta(minutes=2)

# Looks for a Message-ID in the mailbox's Sent folder; None when no mailbox is configured.
SentLookup = Callable[[str], bool]


def recover_drafts(services: Services, client: WebClient, in_sent: SentLookup | None = None) -> int:
    """Resolve stuck drafts: sent when the Sent folder has them, else shown as "may have been
    sent" with an explicit Resend button. Returns how many were resolved.

    The mailbox is asked outside any transaction; an unreachable mailbox leaves the outcome
    unknown, which is what the card then says.
    """
    now = services.clock.now()
    with services.store.session() as session:
        stuck = [
            (d.id, d.workspace_id, d.sent_message_id)
            for d in drafts.stuck_sending(session, now - STUCK_AFTER)
        ]
    resolved = []
    for draft_id, workspace_id, message_id in stuck:
        found = False
        if in_sent is not None and message_id:
            try:
                found = in_sent(message_id)
            except Exception as exc:
                log.warning("could not look for draft %s in Sent: %s", draft_id, exc)
        with services.store.session() as session:
            ws = session.get(Workspace, workspace_id)
            assert ws is not None
            draft = drafts.get_draft(session, ws, draft_id)
            if draft.state != "sending":
                continue
            if found:
                drafts.mark_sent(
                    session,
                    ws,
                    draft,
                    message_id=message_id or "",
                    via="found in the Sent folder",
                    now=now,
                )
            else:
                drafts.mark_uncertain(session, draft, now)
            resolved.append((ws.team_id, draft_id))
    for team_id, draft_id in resolved:
        log.warning("draft %s was left sending; resolved for a person to check", draft_id)
        refresh_card(client, services, team_id, draft_id)
    return len(resolved)
