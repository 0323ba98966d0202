"""The Edit button on a deal card opens the form prefilled."""

from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.core.errors import NotFound
from bot.slack.listeners.views.deal_form import open_deal_form
from bot.slack.respond import privately
from bot.slack.services import Services


def register(app: App, services: Services) -> None:
    @app.action("deal_edit")
    def edit(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        ack()
        try:
            deal_id = int(body["actions"][0]["value"])
            open_deal_form(
                client,
                services,
                trigger_id=body["trigger_id"],
                team_id=body["team"]["id"],
                user_id=body["user"]["id"],
                channel_id=(body.get("channel") or {}).get("id"),
                deal_id=deal_id,
            )
        except (NotFound, ValueError):
            privately(respond, "That deal no longer exists in this workspace.")
