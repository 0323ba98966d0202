"""The deal form: opened by `/deal add` or an Edit button, saved on submit."""

import json
from logging import Logger
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.core.forms import FormErrors, form_defaults, save_form
from bot.slack.blocks.form import CALLBACK_ID, deal_form
from bot.slack.blocks.replies import render
from bot.slack.listeners import payload
from bot.slack.listeners.binding import bind
from bot.slack.modal_values import view_values
from bot.slack.modals import CLICK_EDIT, open_modal
from bot.wiring import Deps


def open_deal_form(
    client: WebClient,
    deps: Deps,
    *,
    trigger_id: str,
    team_id: str,
    user_id: str,
    channel_id: str | None,
    deal_id: int | None = None,
    again: str = CLICK_EDIT,
) -> None:
    """Open the form; `deal_id` prefills it for an edit (scoped to the team, so never another's).
    `again` says how to get the form back if its trigger expired."""
    defaults = form_defaults(deps.store, team_id, deps.defaults, deal_id)
    metadata = json.dumps({"deal_id": deal_id, "channel_id": channel_id})
    view = deal_form(
        metadata=metadata, currency=defaults.currency, owner_id=user_id, deal=defaults.deal
    )
    open_modal(client, trigger_id=trigger_id, view=view, again=again)


def submit(
    ack: Ack, body: dict[str, Any], client: WebClient, logger: Logger, *, deps: Deps
) -> None:
    view = body["view"]
    metadata = json.loads(view.get("private_metadata") or "{}")
    user_id = payload.user_id(body)
    try:
        saved = save_form(
            deps.store,
            team_id=payload.team_id(body),
            user_id=user_id,
            deal_id=metadata.get("deal_id"),
            fields=view_values(view["state"]),
            now=deps.clock.now(),
            defaults=deps.defaults,
            smtputf8=deps.smtputf8,
        )
    except FormErrors as exc:
        ack(response_action="errors", errors=exc.errors)
        return
    ack()
    message = render(saved.result, deps.clock.now())
    channel = metadata.get("channel_id")
    if channel:
        try:
            client.chat_postEphemeral(channel=channel, user=user_id, **message)
            return
        except Exception:
            logger.info("could not confirm in channel %s; sending a DM instead", channel)
    client.chat_postMessage(channel=user_id, **message)


def register(app: App, deps: Deps) -> None:
    app.view(CALLBACK_ID)(bind(submit, deps))
