"""Drafts left `sending` by a process that stopped mid-way: never re-sent blindly."""

import logging
from collections.abc import Callable
from datetime import timedelta

from slack_sdk import WebClient

from bot.core import drafts
from bot.slack.listeners.actions.draft import refresh_card
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
    sent" with an explicit Resend button. Returns how many were resolved."""
    now = services.clock.now()
    with services.store.session() as session:
        stuck = drafts.stuck_sending(session, now - STUCK_AFTER)
        found = []
        for draft in stuck:
            ws = session.get(Workspace, draft.workspace_id)
            assert ws is not None
            message_id = draft.sent_message_id
            if in_sent is not None and message_id and in_sent(message_id):
                drafts.mark_sent(
                    session,
                    ws,
                    draft,
                    message_id=message_id,
                    via="found in the Sent folder",
                    now=now,
                )
            else:
                drafts.mark_uncertain(session, draft, now)
            found.append((ws.team_id, draft.id))
    for team_id, draft_id in found:
        log.warning("draft %s was left sending; resolved for a person to check", draft_id)
        refresh_card(client, services, team_id, draft_id)
    return len(found)
