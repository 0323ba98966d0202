"""The one error handler: a problem a person can fix is said to them in their words; anything
else is logged in one escaped line (where it broke, never a stack trace or the request) and
answered with an apology."""

import logging
import traceback
from typing import Any

from slack_bolt import BoltContext
from slack_sdk import WebClient

from bot.core.errors import InputError, NotFound
from bot.logsafe import clean
from bot.slack.blocks.text import escape

log = logging.getLogger("bot.slack")
FAILURE = "Something went wrong on our side and nothing was changed. Please try again in a minute."


def on_error(
    error: Exception, body: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    expected = isinstance(error, InputError | NotFound)
    if not expected:
        kind = body.get("type") or body.get("command") or "request"
        log.error(
            "%s failed for team %s: %s at %s",
            clean(kind),
            clean(context.team_id),
            clean(repr(error)),
            _where(error),
        )
    text = escape(str(error)) if expected else FAILURE
    try:
        if context.respond is not None:
            context.respond(response_type="ephemeral", replace_original=False, text=text)
        elif context.user_id:
            client.chat_postMessage(channel=context.user_id, text=text)
    except Exception:
        log.warning(
            "could not tell %s in team %s what went wrong",
            clean(context.user_id),
            clean(context.team_id),
        )


def _where(error: BaseException) -> str:
    """The innermost frame of ours the error passed through: enough to find the bug."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "/bot/" in f.filename] or frames
    return f"{ours[-1].filename.rsplit('/bot/', 1)[-1]}:{ours[-1].lineno}" if ours else "?"
