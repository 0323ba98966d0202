"""A note set above a reply, such as why it comes late."""

from typing import Any

from bot.slack.blocks.replies import Message, context


def noted(message: Message, note: str) -> Message:
    """`message` with `note` (safe mrkdwn) first, in its text and at the top of its blocks
    (replies stay well under the 50-block limit: at most 45 sections)."""
    out: dict[str, Any] = dict(message)
    out["text"] = f"{note}\n{message.get('text') or ''}".strip()
    blocks = message.get("blocks")
    if blocks:
        out["blocks"] = [context(note), *blocks]
    return out
