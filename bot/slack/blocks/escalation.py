"""Posts in the team channel when a silent deal climbs the ladder, or when the creator answers."""

from typing import Any

from bot.core.ladder import LEVELS, likely_channel
from bot.core.views import DealView
from bot.slack.blocks.deal import handles, money_line, title
from bot.slack.blocks.replies import context, pack_lines, section
from bot.slack.blocks.text import escape, mention

ICONS = {1: ":wave:", 2: ":eyes:", 3: ":telephone_receiver:", 4: ":warning:", 5: ":rotating_light:"}


def escalation_message(view: DealView, level: int, reason: str, suggestion: str) -> dict[str, Any]:
    """`reason` and `suggestion` are plain text from the domain; they are escaped here."""
    name = LEVELS[level].name
    who = f"*{title(view)}*" + (f" ({handles(view)})" if view.handles else "")
    headline = f"{ICONS[level]} Level {level} · {name} — {who}"
    facts = " · ".join(
        part
        for part in (escape(reason), view.stage_label, money_line(view), mention(view.owner_id))
        if part
    )
    return {
        "text": f"Level {level} · {name}: {escape(view.creator_name)} ({escape(reason)})",
        "blocks": [
            section(f"{headline}\n{facts}"),
            section(f"*Next step:* {escape(suggestion)}"),
            context(
                f"They answered elsewhere? `/deal heard #{view.number} via "
                f"{likely_channel(view.country, view.contacts)}` · "
                f"Give it time: `/deal snooze #{view.number} 3d`"
            ),
        ],
    }


def reset_message(view: DealView, level_before: int) -> dict[str, Any]:
    text = (
        f":speech_balloon: {escape(view.creator_name)} answered — the chase is reset "
        f"(it had reached level {level_before} · {LEVELS[level_before].name})."
    )
    return {"text": text, "blocks": [section(text)]}


def folded_message(items: list[tuple[DealView, int, str, str]]) -> dict[str, Any]:
    """Several creators climbing at once: one message, a line each (view, level, reason, step)."""
    lines = []
    for view, level, reason, step in items:
        who = f"*{title(view)}*" + (f" ({handles(view)})" if view.handles else "")
        lines.append(
            f"{ICONS[level]} {who} — Level {level} · {LEVELS[level].name} · {escape(reason)} · "
            f"{mention(view.owner_id)}\n      *Next:* {escape(step)}"
        )
    heading = f"*{len(items)} creators need a nudge* — each moved up the ladder just now."
    return {
        "text": f"{len(items)} creators moved up the ladder",
        "blocks": [section(heading), *(section(chunk) for chunk in pack_lines(lines))],
    }


def notice_message(text: str) -> dict[str, Any]:
    """What the mailbox revealed about a deal (an out-of-office, a bounce); plain text in."""
    line = f":incoming_envelope: {escape(text)}"
    return {"text": escape(text), "blocks": [section(line)]}
