"""`/deal`: written down and acknowledged at once, then run from the journal, answering the
caller only."""

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App
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
from bot.slack.command_worker import CommandWorker
from bot.slack.listeners.binding import bind
from bot.slack.listeners.views.deal_form import open_deal_form
from bot.slack.listeners.views.settings import open_settings
from bot.slack.respond import privately
from bot.store.journal import Taken
from bot.wiring import Deps

ADD_AGAIN = "run `/deal add` again."
FORM_TOO_LATE = (
    "The form could not be opened in time (ghostwatch was restarting). "
    "Run the command again to open it."
)


def deal_command(ack: Ack, command: dict[str, Any], *, deps: Deps, worker: CommandWorker) -> None:
    worker.take(command, ack)


def run_deal(
    deps: Deps, client: WebClient, respond: Callable[..., Any], command: Taken, late: bool
) -> None:
    """The command's work, as the worker runs it (`late`: its trigger_id has expired)."""
    ctx = CommandContext(
        team_id=command.team_id,
        user_id=command.user_id,
        channel_id=command.channel_id,
        now=deps.clock.now(),
        smtputf8=deps.smtputf8,
    )
    result = run_command(deps.store, ctx, command.text, deps.defaults, deps.writer)
    if isinstance(result, OpenAddForm | OpenSettings) and (late or not command.trigger_id):
        privately(respond, FORM_TOO_LATE)
    elif isinstance(result, OpenAddForm):
        open_deal_form(
            client,
            deps,
            trigger_id=command.trigger_id or "",
            team_id=ctx.team_id,
            user_id=ctx.user_id,
            channel_id=ctx.channel_id,
            again=ADD_AGAIN,
        )
    elif isinstance(result, OpenSettings):
        open_settings(
            client,
            deps,
            respond,
            trigger_id=command.trigger_id or "",
            team_id=ctx.team_id,
            user_id=ctx.user_id,
        )
    elif isinstance(result, DigestPreview):
        for page in preview_pages(result.digest):
            respond(response_type="ephemeral", replace_original=False, **page)
    else:
        respond(response_type="ephemeral", **render(result, ctx.now))


def register(app: App, deps: Deps, worker: CommandWorker) -> None:
    app.command("/deal")(bind(deal_command, deps, worker=worker))
