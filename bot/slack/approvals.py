"""A click that approves a draft: the core's sending runs on the mail threads, so the click is
acknowledged at once, and only the person who clicked hears why nothing happened."""

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from slack_sdk import WebClient

from bot.core.draft_states import Move
from bot.core.errors import InputError, NotFound
from bot.core.sending import NotAllowed, Result, Taken
from bot.logsafe import clean
from bot.slack.blocks.text import escape, mention
from bot.slack.cards import SlackCards
from bot.slack.permissions import SlackDirectory
from bot.slack.respond import NO_MAIL, privately
from bot.wiring import Deps

log = logging.getLogger(__name__)
TAKEN = "This email is already sent, being sent, or closed."


def approve(
    deps: Deps,
    client: WebClient,
    respond: Callable[..., Any],
    *,
    team_id: str,
    user_id: str,
    draft_id: int,
    move: Move = Move.send,
) -> None:
    """Hand the send to the mail threads; the caller returns at once."""
    if deps.mail is None:
        privately(respond, NO_MAIL)
        return
    sending = deps.mail.sending

    def send() -> None:
        try:
            result = sending.send(
                team_id,
                user_id,
                draft_id,
                move,
                directory=SlackDirectory(client),
                cards=SlackCards(client),
            )
        except (InputError, NotFound) as refused:
            privately(respond, escape(str(refused)))  # another workspace's draft, or gone
            return
        answer = refusal(result)
        if answer:
            privately(respond, answer)

    deps.mail.senders.submit(send).add_done_callback(_log_failure)


def refusal(result: Result) -> str | None:
    """What to tell the clicker when nothing was sent for them; None when the card says it."""
    if isinstance(result, NotAllowed):
        return f"Only approvers can send this email: ask {_who(result.ask)}."
    if isinstance(result, Taken):
        return TAKEN
    return None


def _who(ids: tuple[str, ...]) -> str:
    return " or ".join(f"<!subteam^{i}>" if i.startswith("S") else mention(i) for i in ids)


def _log_failure(future: Future[None]) -> None:
    error = future.exception()
    if error is not None:
        log.error("sending a draft failed: %s", clean(repr(error)))
