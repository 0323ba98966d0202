"""`/deal settings`: the workspace's channel, calendar and ladder."""

from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.core import settings
from bot.core.forms import FormErrors
from bot.slack.blocks.settings import CALLBACK_ID, settings_modal
from bot.slack.services import Services
from bot.slack.state import view_values


def open_settings(client: WebClient, services: Services, *, trigger_id: str, team_id: str) -> None:
    current = settings.load(services.store, team_id, services.defaults)
    client.views_open(trigger_id=trigger_id, view=settings_modal(current))


def register(app: App, services: Services) -> None:
    @app.view(CALLBACK_ID)
    def submit(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        try:
            saved = settings.save(
                services.store,
                body["team"]["id"],
                view_values(body["view"]["state"]),
                services.defaults,
                services.clock.now(),
            )
        except FormErrors as exc:
            ack(response_action="errors", errors=exc.errors)
            return
        ack()
        where = f"<#{saved.channel_id}>" if saved.channel_id else "no channel yet"
        client.chat_postMessage(
            channel=body["user"]["id"],
            text=f"Settings saved. Escalations go to {where}; every deal is re-checked now.",
        )
