"""Saving an edited draft sends it (when the editor may send)."""

import json
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.core import drafts
from bot.core.errors import InputError, NotFound
from bot.core.workspaces import ensure_workspace
from bot.slack.blocks.draft_edit import CALLBACK_ID
from bot.slack.drafts import refresh_card, send_draft
from bot.slack.services import Services


def register(app: App, services: Services) -> None:
    @app.view(CALLBACK_ID)
    def edited(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        view = body["view"]
        draft_id = int(json.loads(view["private_metadata"])["draft_id"])
        values = view["state"]["values"]
        subject = values["subject"]["subject"].get("value") or ""
        text = values["body"]["body"].get("value") or ""
        team_id, user_id = body["team"]["id"], body["user"]["id"]
        try:
            with services.store.session() as session:
                ws = ensure_workspace(session, team_id, services.defaults)
                drafts.save_edit(
                    session, ws, draft_id, subject=subject, body=text, now=services.clock.now()
                )
        except (InputError, NotFound) as exc:
            ack(response_action="errors", errors={"body": str(exc)})
            return
        ack()
        refresh_card(client, services, team_id, draft_id)

        def tell(**message: Any) -> None:
            client.chat_postMessage(
                channel=user_id, **{k: v for k, v in message.items() if k in ("text", "blocks")}
            )

        send_draft(client, services, tell, team_id=team_id, user_id=user_id, draft_id=draft_id)
