"""App Home: the team's board."""

from typing import Any

from bot.core.board import Board
from bot.core.stages import LABELS
from bot.slack.blocks.deal import deal_line
from bot.slack.blocks.replies import context, fit_lines, pack_lines, section


def _header(text: str) -> dict[str, Any]:
    return {"type": "header", "text": {"type": "plain_text", "text": text}}


def home_view(board: Board) -> dict[str, Any]:
    stake = ", ".join(m.format() for m in board.at_stake) or "nothing yet"
    blocks: list[dict[str, Any]] = [
        _header("Creator deals"),
        section(f"*{board.silent_total}* waiting on the creator · fees in active deals: *{stake}*"),
        context("Add a deal with `/deal add`; see them all with `/deal list all`."),
        {"type": "divider"},
        _header("Your deals"),
    ]
    mine = pack_lines(fit_lines(deal_line(v) for v in board.mine)) or ["You own no active deal."]
    blocks += [section(text) for text in mine[:10]]
    blocks += [{"type": "divider"}, _header("Waiting on the creator")]
    silent = pack_lines(fit_lines(deal_line(v) for v in board.silent)) or [
        "Nobody is keeping you waiting."
    ]
    blocks += [section(text) for text in silent[:10]]
    if board.silent_total > len(board.silent):
        blocks.append(
            context(f"And {board.silent_total - len(board.silent)} more: `/deal list silent`.")
        )
    stages = " · ".join(f"{LABELS[s]} *{n}*" for s, n in board.by_stage.items() if n)
    blocks += [{"type": "divider"}, _header("By stage"), section(stages or "No deals yet.")]
    return {"type": "home", "blocks": blocks}
