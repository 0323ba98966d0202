"""App Home's "Needs attention" section, for admins and approvers only."""

from typing import Any

from bot.core.attention import Attention
from bot.slack.blocks.replies import context, section
from bot.slack.blocks.text import escape, truncate


def attention_blocks(found: Attention) -> list[dict[str, Any]]:
    """A header, one section per concern (count, newest rows, what to do); nothing when all
    is well, so the board stays short."""
    if found.empty:
        return []
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": "⚠️ Needs attention"}}
    ]
    for group in found.groups:
        lines = [f"*{group.count} · {escape(group.title)}*"]
        lines += [
            f"• {item.at.strftime('%-d %b %H:%M')} UTC · {escape(item.what)}"
            + (f": {escape(truncate(' '.join(item.detail.split()), 200))}" if item.detail else "")
            for item in group.newest
        ]
        if group.count > len(group.newest):
            lines.append(f"… and {group.count - len(group.newest)} more")
        blocks += [section("\n".join(lines)), context(f"What to do: {escape(group.fix)}")]
    blocks.append(context("Shown to admins and approvers. `ghostwatch doctor` lists the same."))
    blocks.append({"type": "divider"})
    return blocks
