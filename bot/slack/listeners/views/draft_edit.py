"""Saving an edited draft sends it (when the editor may send)."""

import json
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.core import draft_lifecycle, drafts
from bot.core.errors import InputError, NotFound
from bot.core.workspaces import ensure_workspace
from bot.slack.approvals import approve
from bot.slack.blocks.draft_edit import CALLBACK_ID
from bot.slack.cards import SlackCards
from bot.slack.listeners import payload
from bot.slack.listeners.binding import bind
from bot.wiring import Deps


def edited(ack: Ack, body: dict[str, Any], client: WebClient, *, deps: Deps) -> None:
    view = body["view"]
    draft_id = int(json.loads(view["private_metadata"])["draft_id"])
    values = view["state"]["values"]
    subject = values["subject"]["subject"].get("value") or ""
    text = values["body"]["body"].get("value") or ""
    team_id, user_id = payload.team_id(body), payload.user_id(body)
    try:
        with deps.store.session() as session:
            ws = ensure_workspace(session, team_id, deps.defaults)
            draft = draft_lifecycle.save_edit(
                session, ws, draft_id, subject=subject, body=text, now=deps.clock.now()
            )
            shown = drafts.draft_view(session, ws, draft)
    except (InputError, NotFound) as exc:
        ack(response_action="errors", errors={"body": str(exc)})
        return
    ack()
    SlackCards(client).show(team_id, shown)

    def tell(**message: Any) -> None:
        client.chat_postMessage(
            channel=user_id, **{k: v for k, v in message.items() if k in ("text", "blocks")}
        )

    approve(deps, client, tell, team_id=team_id, user_id=user_id, draft_id=draft_id)


def register(app: App, deps: Deps) -> None:
    app.view(CALLBACK_ID)(bind(edited, deps))
