"""The one error handler: a problem a person can fix is said to them in their words; anything
else is logged with the team and answered with an apology, never a stack trace."""

import logging
from typing import Any

from slack_bolt import BoltContext
from slack_sdk import WebClient

from bot.core.errors import InputError, NotFound
from bot.slack.blocks.text import escape

log = logging.getLogger("bot.slack")
FAILURE = "Something went wrong on our side and nothing was changed. Please try again in a minute."


def on_error(
    error: Exception, body: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    expected = isinstance(error, InputError | NotFound)
    if not expected:
        kind = body.get("type") or body.get("command") or "request"
        log.error("%s failed for team %s", kind, context.team_id, exc_info=error)
    text = escape(str(error)) if expected else FAILURE
    try:
        if context.respond is not None:
            context.respond(response_type="ephemeral", replace_original=False, text=text)
        elif context.user_id:
            client.chat_postMessage(channel=context.user_id, text=text)
    except Exception:
        log.warning(
            "could not tell %s in team %s what went wrong", context.user_id, context.team_id
        )
