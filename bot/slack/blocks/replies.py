"""Replies to `/deal`: one pure function from a command result to a Slack message."""

from collections.abc import Iterable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.commands import (
    Added,
    Candidates,
    Card,
    Changed,
    Help,
    Listing,
    Problem,
    Result,
)
from bot.slack.blocks.deal import deal_card, deal_line, title
from bot.slack.blocks.text import escape

Message = dict[str, Any]
SECTION_LIMIT = 3000
MAX_SECTIONS = 45
# Slack refuses messages whose blocks carry much more than about 12,000 characters.
MESSAGE_BUDGET = 11_000
LIST_TITLES = {
    "active": "Active deals",
    "mine": "Your active deals",
    "all": "All deals",
    "silent": "Deals waiting on the creator",
}


def section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def pack_lines(lines: Iterable[str], *, limit: int = SECTION_LIMIT) -> list[str]:
    """Join lines into as few texts as fit Slack's per-section limit."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        line = line if len(line) <= limit else line[: limit - 1] + "…"
        if current and len(current) + 1 + len(line) > limit:
            chunks.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        chunks.append(current)
    return chunks


def fit_lines(lines: Iterable[str], budget: int = MESSAGE_BUDGET) -> list[str]:
    """As many lines as one message can carry, in order."""
    out: list[str] = []
    for line in lines:
        budget -= len(line) + 1
        if budget < 0 or len(out) >= MAX_SECTIONS * 10:
            break
        out.append(line)
    return out


def problem(message: str, usage: str) -> Message:
    blocks = [section(f":warning: {escape(message)}")]
    if usage:
        blocks.append(context(f"Usage: {escape(usage)}"))
    return {"text": escape(message), "blocks": blocks}


def _today(timezone: str, now: datetime | None) -> Any:
    return (now or datetime.now(ZoneInfo("UTC"))).astimezone(ZoneInfo(timezone)).date()


def render(result: Result, now: datetime | None = None) -> Message:
    """The ephemeral reply for a command result (all but OpenAddForm)."""
    match result:
        case Problem(message, usage):
            return problem(message, usage)
        case Help(usage):
            return {
                "text": "How to use /deal",
                "blocks": [section("*Record and follow creator deals*"), section(escape(usage))],
            }
        case Candidates(message, deals):
            lines = fit_lines([escape(message), *(f"• {deal_line(v)}" for v in deals[:20])])
            return {"text": escape(message), "blocks": [section(t) for t in pack_lines(lines)]}
        case Added(view, reused, timezone, warnings):
            whose = "an existing creator" if reused else "a new creator"
            headline = (
                f":white_check_mark: Saved deal #{view.number} for {whose}. "
                "Here is what I understood:"
            )
            blocks = deal_card(view, today=_today(timezone, now), headline=headline, now=now)
            blocks += [section(f":warning: {escape(w)}") for w in warnings]
            return {"text": f"Saved deal {title(view)}", "blocks": blocks}
        case Card(view, timezone):
            return {
                "text": f"Deal {title(view)}",
                "blocks": deal_card(view, today=_today(timezone, now), now=now),
            }
        case Changed(message, view, timezone):
            headline = f":white_check_mark: {escape(message)}"
            return {
                "text": escape(message),
                "blocks": deal_card(view, today=_today(timezone, now), headline=headline, now=now),
            }
        case Listing(scope, deals, total, _):
            return listing(scope, deals, total)
    raise TypeError(f"no reply for {type(result).__name__}")


def listing(scope: str, deals: list[Any], total: int) -> Message:
    heading = LIST_TITLES[scope]
    if not deals:
        empty = (
            "No deals yet. Add one with `/deal add`."
            if scope != "silent"
            else ("Nobody is keeping the team waiting.")
        )
        return {"text": f"{heading}: none", "blocks": [section(f"*{heading}*\n{empty}")]}
    lines = fit_lines(deal_line(v) for v in deals)
    blocks = [{"type": "header", "text": {"type": "plain_text", "text": f"{heading} ({total})"}}]
    blocks += [section(chunk) for chunk in pack_lines(lines)]
    if total > len(lines):
        blocks.append(
            context(
                f"Showing {len(lines)} of {total}. Narrow it with `/deal list mine` or "
                "`/deal list silent`, or open one deal with `/deal show`."
            )
        )
    return {"text": f"{heading} ({total})", "blocks": blocks}
