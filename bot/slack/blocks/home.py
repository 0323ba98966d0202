"""App Home: the team's board."""

from typing import Any

from bot.core.attention import Attention
from bot.core.board import Board
from bot.core.digest import level_name
from bot.core.stages import LABELS
from bot.slack.blocks.attention import attention_blocks
from bot.slack.blocks.deal import deal_line
from bot.slack.blocks.digest import entry_text
from bot.slack.blocks.escalation import ICONS
from bot.slack.blocks.replies import context, fit_lines, pack_lines, section


def _header(text: str) -> dict[str, Any]:
    return {"type": "header", "text": {"type": "plain_text", "text": text}}


def home_view(
    board: Board, *, max_entries: int = 25, attention: Attention | None = None
) -> dict[str, Any]:
    """The board; `attention` (given to admins and approvers only) comes first when set."""
    digest = board.digest
    stake = ", ".join(m.format() for m in board.at_stake) or "nothing yet"
    paid = ", ".join(m.format() for m in digest.paid) or "nothing"
    blocks: list[dict[str, Any]] = [
        _header("Creator deals"),
        section(
            f"*{digest.silent_creators}* silent creators (paid to them so far: *{paid}*) · "
            f"fees in active deals: *{stake}*"
        ),
        context(
            "Add a deal with `/deal add` · all deals: `/deal list all` · "
            "today's digest: `/deal digest`"
        ),
        {"type": "divider"},
        *(attention_blocks(attention) if attention else []),
        _header("Your deals"),
    ]
    mine = pack_lines(fit_lines(deal_line(v) for v in board.mine)) or ["You own no active deal."]
    blocks += [section(text) for text in mine[:10]]
    blocks += [{"type": "divider"}, _header("Silent creators by level")]
    shown = 0
    for level, entries in digest.by_level():
        room = max_entries - shown
        if room <= 0:
            break
        lines = [f"{ICONS[level]} *Level {level} · {level_name(level)}* ({len(entries)})"]
        lines += [entry_text(e).replace("\n", " · ", 1) for e in entries[:room]]
        shown += min(len(entries), room)
        blocks += [section(text) for text in pack_lines(fit_lines(lines))[:3]]
    if not digest.entries:
        blocks.append(section("Nobody is keeping the team waiting."))
    elif len(digest.entries) > shown:
        blocks.append(context(f"And {len(digest.entries) - shown} more: `/deal digest`."))
    stages = " · ".join(f"{LABELS[s]} *{n}*" for s, n in board.by_stage.items() if n)
    blocks += [{"type": "divider"}, _header("By stage"), section(stages or "No deals yet.")]
    return {"type": "home", "blocks": blocks}
