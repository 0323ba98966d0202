"""The modal to edit a draft before sending it; saving it sends it."""

import json
from typing import Any

from bot.core.drafts import DraftView
from bot.slack.blocks.text import escape, truncate

CALLBACK_ID = "draft_edit"
# Slack's limit for a text input.
MAX_TEXT = 3000


def edit_modal(d: DraftView) -> dict[str, Any]:
    def text_input(block_id: str, label: str, value: str, **extra: Any) -> dict[str, Any]:
        return {
            "type": "input",
            "block_id": block_id,
            "label": {"type": "plain_text", "text": label},
            "element": {
                "type": "plain_text_input",
                "action_id": block_id,
                "initial_value": value,
                **extra,
            },
        }

    return {
        "type": "modal",
        "callback_id": CALLBACK_ID,
        "private_metadata": json.dumps({"draft_id": d.id}),
        "title": {"type": "plain_text", "text": "Edit the reminder"},
        "submit": {"type": "plain_text", "text": "Save and send"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            {
                "type": "context",
                "elements": [{"type": "mrkdwn", "text": "To: " + escape(", ".join(d.to))}],
            },
            text_input("subject", "Subject", truncate(d.subject, 250), max_length=250),
            text_input(
                "body", "Text", truncate(d.body, MAX_TEXT), multiline=True, max_length=MAX_TEXT
            ),
        ],
    }
