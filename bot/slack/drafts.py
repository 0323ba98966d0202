"""Sending an approved draft from Slack: who may, the claim, the send, and the card.

Used by the card's buttons, the edit modal and the recovery job.
"""

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.core import deals, drafts
from bot.core.workspaces import ensure_workspace
from bot.mail.deliver import deliver
from bot.slack.blocks.draft import approval_card
from bot.slack.blocks.text import mention
from bot.slack.respond import NO_MAIL, privately
from bot.slack.services import Services
from bot.slack.standing import standing

log = logging.getLogger(__name__)


def refresh_card(client: WebClient, services: Services, team_id: str, draft_id: int) -> None:
    """Show the draft's current state on its card, wherever the card is."""
    with services.store.session() as session:
        ws = ensure_workspace(session, team_id, services.defaults)
        draft = drafts.get_draft(session, ws, draft_id)
        channel, ts = draft.channel_id, draft.message_ts
        card = approval_card(drafts.draft_view(session, ws, draft))
    if channel and ts:
        try:
            client.chat_update(channel=channel, ts=ts, **card)
        except SlackApiError as exc:
            log.warning(
                "could not update the card of draft %s: %s", draft_id, exc.response["error"]
            )


def _may_send(
    client: WebClient, services: Services, team_id: str, user_id: str, draft_id: int
) -> tuple[bool, list[str]]:
    """Whether the user may send, and whom to ask otherwise (Slack knows who is an admin)."""
    with services.store.session() as session:
        ws = ensure_workspace(session, team_id, services.defaults)
        deal = deals.get_deal(session, ws, drafts.get_draft(session, ws, draft_id).deal_id)
    user = standing(client, ws, user_id)
    allowed = drafts.may_send(ws, deal, user_id, is_admin=user.is_admin, in_group=user.in_group)
    return allowed, drafts.approvers_text(ws, deal)


def _who(ids: list[str]) -> str:
    return " or ".join(f"<!subteam^{i}>" if i.startswith("S") else mention(i) for i in ids)


def send_draft(
    client: WebClient,
    services: Services,
    respond: Callable[..., Any],
    *,
    team_id: str,
    user_id: str,
    draft_id: int,
    resend: bool = False,
) -> None:
    """Hand the send to the mail threads; the caller returns at once."""
    if services.mail is None:
        privately(respond, NO_MAIL)
        return
    future = services.mail.senders.submit(
        _send,
        client,
        services,
        respond,
        team_id=team_id,
        user_id=user_id,
        draft_id=draft_id,
        resend=resend,
    )
    future.add_done_callback(_log_failure)


def _log_failure(future: Future[None]) -> None:
    if future.exception() is not None:
        log.error("sending a draft failed", exc_info=future.exception())


def _send(
    client: WebClient,
    services: Services,
    respond: Callable[..., Any],
    *,
    team_id: str,
    user_id: str,
    draft_id: int,
    resend: bool,
) -> None:
    """Check the approver, claim the draft, send it, and show each step on the card."""
    assert services.mail is not None
    allowed, ask = _may_send(client, services, team_id, user_id, draft_id)
    if not allowed:
        privately(respond, f"Only approvers can send this email: ask {_who(ask)}.")
        return
    with services.store.session() as session:
        ws = ensure_workspace(session, team_id, services.defaults)
        claimed = drafts.claim(session, ws, draft_id, user_id, services.clock.now(), resend=resend)
    if claimed is None:
        privately(respond, "This email is already sent, being sent, or closed.")
        return
    refresh_card(client, services, team_id, draft_id)
    deliver(
        services.store,
        team_id,
        draft_id,
        mailer=services.mail.mailer,
        sender=services.mail.sender,
        clock=services.clock.now,
    )
    refresh_card(client, services, team_id, draft_id)
