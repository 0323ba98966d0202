"""Answering only the person who clicked or typed, without touching the message they used."""

from collections.abc import Callable
from typing import Any

NO_MAIL = "Email is not set up for this bot."


def privately(respond: Callable[..., Any], text: str = "", **message: Any) -> None:
    """An ephemeral reply; `text` must already be safe mrkdwn (escaped by the caller)."""
    respond(response_type="ephemeral", replace_original=False, text=text, **message)
