"""The deal form: opened by `/deal add` or an Edit button, saved on submit."""

import json
from logging import Logger
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.core.forms import FormErrors, SavedForm, form_defaults, save_form
from bot.slack.blocks.form import CALLBACK_ID, deal_form
from bot.slack.blocks.replies import render
from bot.slack.services import Services
from bot.slack.state import view_values


def open_deal_form(
    client: WebClient,
    services: Services,
    *,
    trigger_id: str,
    team_id: str,
    user_id: str,
    channel_id: str | None,
    deal_id: int | None = None,
) -> None:
    """Open the form; `deal_id` prefills it for an edit (scoped to the team, so never another's)."""
    defaults = form_defaults(services.store, team_id, services.defaults, deal_id)
    metadata = json.dumps({"deal_id": deal_id, "channel_id": channel_id})
    client.views_open(
        trigger_id=trigger_id,
        view=deal_form(
            metadata=metadata, currency=defaults.currency, owner_id=user_id, deal=defaults.deal
        ),
    )


def register(app: App, services: Services) -> None:
    @app.view(CALLBACK_ID)
    def submit(ack: Ack, body: dict[str, Any], client: WebClient, logger: Logger) -> None:
        view = body["view"]
        metadata = json.loads(view.get("private_metadata") or "{}")
        user_id = body["user"]["id"]
        try:
            saved = save_form(
                services.store,
                team_id=body["team"]["id"],
                user_id=user_id,
                deal_id=metadata.get("deal_id"),
                fields=view_values(view["state"]),
                now=services.clock.now(),
                defaults=services.defaults,
            )
        except FormErrors as exc:
            ack(response_action="errors", errors=exc.errors)
            return
        ack()
        _confirm(client, logger, saved, user_id, metadata.get("channel_id"))

    def _confirm(
        client: WebClient, logger: Logger, saved: SavedForm, user_id: str, channel: str | None
    ) -> None:
        message = render(saved.result, services.clock.now())
        if channel:
            try:
                client.chat_postEphemeral(channel=channel, user=user_id, **message)
                return
            except Exception:
                logger.info("could not confirm in channel %s; sending a DM instead", channel)
        client.chat_postMessage(channel=user_id, **message)
