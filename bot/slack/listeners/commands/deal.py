"""`/deal`: ack at once, then run the command and answer the caller only."""

from logging import Logger
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
from bot.slack.listeners.views.deal_form import open_deal_form
from bot.slack.listeners.views.settings import open_settings
from bot.slack.services import Services

FAILURE = "Something went wrong on our side and nothing was saved. Please try again in a minute."


def register(app: App, services: Services) -> None:
    @app.command("/deal")
    def deal_command(
        ack: Ack, command: dict[str, Any], respond: Respond, client: WebClient, logger: Logger
    ) -> None:
        ack()
        ctx = CommandContext(
            team_id=command["team_id"],
            user_id=command["user_id"],
            channel_id=command.get("channel_id"),
            now=services.clock.now(),
        )
        try:
            writer = services.mail.writer if services.mail else None
            result = run_command(
                services.store, ctx, command.get("text") or "", services.defaults, writer
            )
            if isinstance(result, OpenAddForm):
                open_deal_form(
                    client,
                    services,
                    trigger_id=command["trigger_id"],
                    team_id=ctx.team_id,
                    user_id=ctx.user_id,
                    channel_id=ctx.channel_id,
                )
                return
            if isinstance(result, OpenSettings):
                open_settings(
                    client,
                    services,
                    respond,
                    trigger_id=command["trigger_id"],
                    team_id=ctx.team_id,
                    user_id=ctx.user_id,
                )
                return
            if isinstance(result, DigestPreview):
                for page in preview_pages(result.digest):
                    respond(response_type="ephemeral", replace_original=False, **page)
                return
            respond(response_type="ephemeral", **render(result, ctx.now))
        except Exception:
            logger.exception("/deal failed for team %s", ctx.team_id)
            respond(response_type="ephemeral", text=FAILURE)
