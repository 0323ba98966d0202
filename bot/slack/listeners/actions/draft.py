"""The approval card's buttons. Every click is acknowledged at once; sending happens after."""

import re
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.core import draft_lifecycle, drafts
from bot.core.draft_states import Move
from bot.core.errors import NotFound
from bot.core.workspaces import ensure_workspace, find_workspace
from bot.slack.approvals import approve
from bot.slack.blocks.draft import (
    CANCEL,
    DISCARD,
    EDIT,
    REPLIED,
    RESEND,
    RETRY,
    SEND,
    SEND_NOW,
    SNOOZE,
)
from bot.slack.blocks.draft_edit import edit_modal
from bot.slack.cards import SlackCards
from bot.slack.listeners import payload
from bot.slack.listeners.binding import bind
from bot.slack.modals import CLICK_EDIT, open_modal
from bot.wiring import Deps

SENDS = {SEND: Move.send, RETRY: Move.retry, RESEND: Move.resend, SEND_NOW: Move.send_now}
ANSWERS = {
    SNOOZE: draft_lifecycle.SNOOZE,
    REPLIED: draft_lifecycle.REPLIED,
    DISCARD: draft_lifecycle.DISCARD,
    CANCEL: draft_lifecycle.CANCEL,
}


GONE = "That draft no longer exists in this workspace."


def _pattern(*kinds: str) -> re.Pattern[str]:
    return re.compile(rf"^({'|'.join(kinds)}):\d+$")


def send_clicked(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    respond: Respond,
    *,
    deps: Deps,
) -> None:
    """Send, Retry, Send now (a scheduled one), or Resend (behind a confirm dialog)."""
    ack()
    approve(
        deps,
        client,
        respond,
        team_id=payload.team_id(body),
        user_id=payload.user_id(body),
        draft_id=payload.button_id(action),
        move=SENDS[payload.kind(action)],
    )


def edit_clicked(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, *, deps: Deps
) -> None:
    """The modal opens before anything slow: its trigger lives three seconds."""
    ack()
    team_id, draft_id = payload.team_id(body), payload.button_id(action)
    with deps.store.reading() as session:
        ws = find_workspace(session, team_id)
        if ws is None:
            raise NotFound(GONE)
        view = drafts.draft_view(session, ws, drafts.get_draft(session, ws, draft_id))
    open_modal(client, trigger_id=body["trigger_id"], view=edit_modal(view), again=CLICK_EDIT)


def answer_clicked(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, *, deps: Deps
) -> None:
    """Snooze, They replied, Discard, Cancel: one transaction, then the card shows who did it."""
    ack()
    team_id, draft_id = payload.team_id(body), payload.button_id(action)
    kind = payload.kind(action)
    with deps.store.session() as session:
        ws = ensure_workspace(session, team_id, deps.defaults)
        draft_lifecycle.answer(
            session, ws, draft_id, ANSWERS[kind], payload.user_id(body), deps.clock.now()
        )
        view = drafts.draft_view(session, ws, drafts.get_draft(session, ws, draft_id))
    SlackCards(client).show(team_id, view)


def register(app: App, deps: Deps) -> None:
    app.action(_pattern(*SENDS))(bind(send_clicked, deps))
    app.action(_pattern(EDIT))(bind(edit_clicked, deps))
    app.action(_pattern(*ANSWERS))(bind(answer_clicked, deps))
