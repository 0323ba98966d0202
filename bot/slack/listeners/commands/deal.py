"""`/deal`: ack at once, then run the command and answer the caller only."""

from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.core.commands import (
    CommandContext,
    DigestPreview,
    OpenAddForm,
    OpenSettings,
    run_command,
)
from bot.slack.blocks.digest import preview_pages
from bot.slack.blocks.replies import render
from bot.slack.listeners.binding import bind
from bot.slack.listeners.views.deal_form import open_deal_form
from bot.slack.listeners.views.settings import open_settings
from bot.wiring import Deps


def deal_command(
    ack: Ack, command: dict[str, Any], respond: Respond, client: WebClient, *, deps: Deps
) -> None:
    ack()
    ctx = CommandContext(
        team_id=command["team_id"],
        user_id=command["user_id"],
        channel_id=command.get("channel_id"),
        now=deps.clock.now(),
    )
    result = run_command(deps.store, ctx, command.get("text") or "", deps.defaults, deps.writer)
    if isinstance(result, OpenAddForm):
        open_deal_form(
            client,
            deps,
            trigger_id=command["trigger_id"],
            team_id=ctx.team_id,
            user_id=ctx.user_id,
            channel_id=ctx.channel_id,
        )
    elif isinstance(result, OpenSettings):
        open_settings(
            client,
            deps,
            respond,
            trigger_id=command["trigger_id"],
            team_id=ctx.team_id,
            user_id=ctx.user_id,
        )
    elif isinstance(result, DigestPreview):
        for page in preview_pages(result.digest):
            respond(response_type="ephemeral", replace_original=False, **page)
    else:
        respond(response_type="ephemeral", **render(result, ctx.now))


def register(app: App, deps: Deps) -> None:
    app.command("/deal")(bind(deal_command, deps))
