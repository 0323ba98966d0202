"""Approval cards updated in place: the core's `Cards`, through the Web API."""

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.core.drafts import DraftView
from bot.slack.blocks.draft import approval_card

log = logging.getLogger(__name__)


class SlackCards:
    def __init__(self, client: WebClient) -> None:
        self.client = client

    def show(self, team_id: str, draft: DraftView) -> None:
        """A card that cannot be updated leaves the draft as it is: the state is in the
        database, and the next update shows it."""
        if not (draft.channel_id and draft.message_ts):
            return
        try:
            self.client.chat_update(
                channel=draft.channel_id, ts=draft.message_ts, **approval_card(draft)
            )
        except SlackApiError as exc:
            log.warning(
                "could not update the card of draft %s in team %s: %s",
                draft.id,
                team_id,
                exc.response.get("error"),
            )
