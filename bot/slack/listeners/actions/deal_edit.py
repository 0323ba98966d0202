"""The Edit button on a deal card opens the form prefilled."""

from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.slack.listeners import payload
from bot.slack.listeners.binding import bind
from bot.slack.listeners.views.deal_form import open_deal_form
from bot.wiring import Deps


def edit_clicked(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, *, deps: Deps
) -> None:
    ack()
    open_deal_form(
        client,
        deps,
        trigger_id=body["trigger_id"],
        team_id=payload.team_id(body),
        user_id=payload.user_id(body),
        channel_id=(body.get("channel") or {}).get("id"),
        deal_id=payload.button_id(action),
    )


def register(app: App, deps: Deps) -> None:
    app.action("deal_edit")(bind(edit_clicked, deps))
