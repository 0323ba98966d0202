"""Opening a modal on a trigger_id, which Slack honours once and for three seconds only.

A trigger that expired (a slow network, a click answered late) is the person's to retry, so it
is said to them in their words, with what to click or type again, and logged as nothing worse.
"""

from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.core.errors import InputError

CLICK_EDIT = "click Edit again."
EXPIRED = "That form expired before it could open — {again}"


class FormExpired(InputError):
    def __init__(self, again: str) -> None:
        super().__init__(EXPIRED.format(again=again))


def open_modal(client: WebClient, *, trigger_id: str, view: dict[str, Any], again: str) -> None:
    """`views.open`; `again` tells the person how to get the form when the trigger expired."""
    try:
        client.views_open(trigger_id=trigger_id, view=view)
    except SlackApiError as error:
        if error.response.get("error") == "expired_trigger_id":
            raise FormExpired(again) from None
        raise
