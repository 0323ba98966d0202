"""Block Kit rendered as terminal text, so previews and the demo show what Slack would."""

import re
from typing import Any

_DATE = re.compile(r"<!date\^\d+\^[^|>]*\|([^>]*)>")
_LINK = re.compile(r"<(https?://[^|>]+)\|([^>]+)>")
_BARE_LINK = re.compile(r"<(https?://[^|>]+)>")
_USER = re.compile(r"<@([A-Z0-9]+)>")
_CHANNEL = re.compile(r"<#([A-Z0-9]+)(?:\|[^>]*)?>")
_BOLD = re.compile(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])")
_EMOJI = {
    ":wave:": "👋",
    ":eyes:": "👀",
    ":telephone_receiver:": "📞",
    ":warning:": "⚠️",
    ":rotating_light:": "🚨",
    ":sparkles:": "✨",
    ":speech_balloon:": "💬",
    ":white_check_mark:": "✅",
    ":no_entry:": "⛔",
    ":zzz:": "💤",
    ":email:": "📧",
    ":incoming_envelope:": "📨",
    ":hourglass_flowing_sand:": "⏳",
    ":wastebasket:": "🗑️",
    ":alarm_clock:": "⏰",
}


def mrkdwn_to_text(text: str, users: dict[str, str] | None = None) -> str:
    users = users or {}
    text = _DATE.sub(r"\1", text)
    text = _LINK.sub(r"\2", text)
    text = _BARE_LINK.sub(r"\1", text)
    text = _USER.sub(lambda m: "@" + users.get(m[1], m[1]), text)
    text = _CHANNEL.sub(r"#\1", text)
    text = _BOLD.sub(r"\1", text)
    for code, emoji in _EMOJI.items():
        text = text.replace(code, emoji)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _text(obj: Any, users: dict[str, str] | None) -> str:
    if not isinstance(obj, dict):
        return ""
    raw = obj.get("text", "")
    return mrkdwn_to_text(raw, users) if obj.get("type") == "mrkdwn" else raw


def to_text(message: dict[str, Any], users: dict[str, str] | None = None) -> str:
    """A message (text and blocks) as lines a person can read in a terminal."""
    blocks = message.get("blocks") or []
    if not blocks:
        return mrkdwn_to_text(message.get("text", ""), users)
    lines: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            title = _text(block.get("text"), users)
            lines += [title, "=" * len(title)]
        elif kind == "section":
            if block.get("text"):
                lines.append(_text(block["text"], users))
            for field in block.get("fields", ()):
                lines.append("  " + _text(field, users).replace("\n", ": ", 1))
            accessory = block.get("accessory") or {}
            if accessory.get("type") == "button":
                lines.append(f"  [{_text(accessory.get('text'), users)}]")
        elif kind == "context":
            lines.append("  " + " ".join(_text(e, users) for e in block.get("elements", ())))
        elif kind == "actions":
            buttons = [f"[{_text(e.get('text'), users)}]" for e in block.get("elements", ())]
            lines.append("  " + " ".join(buttons))
        elif kind == "divider":
            lines.append("─" * 40)
    return "\n".join(lines)
