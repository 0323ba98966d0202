"""The approval card's buttons. Every click is acknowledged at once; sending happens after."""

import logging
import re
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.core import drafts
from bot.core.errors import InputError, NotFound
from bot.core.workspaces import ensure_workspace
from bot.slack.blocks.draft import (
    DISCARD,
    EDIT,
    REPLIED,
    RESEND,
    RETRY,
    SEND,
    SNOOZE,
)
from bot.slack.blocks.draft_edit import edit_modal
from bot.slack.blocks.text import escape
from bot.slack.drafts import refresh_card, send_draft
from bot.slack.respond import privately
from bot.slack.services import Services

log = logging.getLogger(__name__)
BUTTONS = re.compile(rf"^({SEND}|{EDIT}|{SNOOZE}|{REPLIED}|{DISCARD}|{RETRY}|{RESEND}):\d+$")
ANSWERS = {SNOOZE: "snooze", REPLIED: "replied", DISCARD: "discard"}
FAILURE = "Something went wrong on our side; nothing was sent. Please try again in a minute."


def register(app: App, services: Services) -> None:
    @app.action(BUTTONS)
    def clicked(
        ack: Ack,
        body: dict[str, Any],
        action: dict[str, Any],
        client: WebClient,
        respond: Respond,
    ) -> None:
        ack()
        kind = action["action_id"].split(":")[0]
        draft_id = int(action["value"])
        team_id, user_id = body["team"]["id"], body["user"]["id"]
        now = services.clock.now()
        try:
            if kind in (SEND, RETRY, RESEND):
                send_draft(
                    client,
                    services,
                    respond,
                    team_id=team_id,
                    user_id=user_id,
                    draft_id=draft_id,
                    resend=kind == RESEND,
                )
                return
            if kind == EDIT:
                with services.store.session() as session:
                    ws = ensure_workspace(session, team_id, services.defaults)
                    view = drafts.draft_view(session, ws, drafts.get_draft(session, ws, draft_id))
                client.views_open(trigger_id=body["trigger_id"], view=edit_modal(view))
                return
            with services.store.session() as session:
                ws = ensure_workspace(session, team_id, services.defaults)
                drafts.answer(session, ws, draft_id, ANSWERS[kind], user_id, now)
            refresh_card(client, services, team_id, draft_id)
        except (InputError, NotFound) as exc:
            privately(respond, escape(str(exc)))
        except Exception:
            log.exception("the %s button failed for draft %s", kind, draft_id)
            privately(respond, FAILURE)
