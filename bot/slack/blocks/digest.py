"""The daily digest as Slack messages: the first one in the channel, the overflow in its thread."""

from typing import Any

from bot.core.digest import Digest, Entry, level_name
from bot.slack.blocks.deal import handles, title
from bot.slack.blocks.escalation import ICONS
from bot.slack.blocks.replies import MESSAGE_BUDGET, context, section
from bot.slack.blocks.text import day, escape, mention

Message = dict[str, Any]
MAX_BLOCKS = 50
DRAFT, REPLIED, SNOOZE, OPEN = "digest_draft", "digest_replied", "digest_snooze", "digest_open"
DONE = ":white_check_mark:"


def _money(entry: Entry) -> str:
    view = entry.deal
    if view.fee is None:
        return ""
    return f"{view.paid.format()} of {view.fee.format()} paid" if view.paid else view.fee.format()


def entry_text(entry: Entry) -> str:
    view = entry.deal
    who = f"*{title(view)}*" + (f" {handles(view)}" if view.handles else "")
    silence = (
        f"silent {entry.silent_days} working day{'s' if entry.silent_days != 1 else ''}"
        if entry.silent_days
        else escape(entry.reason)
    )
    facts = [silence, view.stage_label, _money(entry), mention(view.owner_id)]
    if entry.deadline:
        label, due = entry.deadline
        facts.append(f"{label} due {day(due)}" + (" — *passed*" if entry.deadline_passed else ""))
    return f"{who}\n{' · '.join(f for f in facts if f)}\n*Next:* {escape(entry.next_step)}"


def entry_blocks(entry: Entry) -> list[dict[str, Any]]:
    deal_id = entry.deal.id
    buttons = [
        (DRAFT, "Draft reminder", "primary"),
        (REPLIED, "They replied", None),
        (SNOOZE, "Snooze 2 days", None),
        (OPEN, "Open", None),
    ]
    elements = []
    for action, label, style in buttons:
        button: dict[str, Any] = {
            "type": "button",
            "action_id": f"{action}:{deal_id}",
            "text": {"type": "plain_text", "text": label},
            "value": str(deal_id),
        }
        if style:
            button["style"] = style
        elements.append(button)
    return [
        {
            "type": "section",
            "block_id": f"digest:{deal_id}",
            "text": {"type": "mrkdwn", "text": entry_text(entry)},
        },
        {"type": "actions", "block_id": f"digest_actions:{deal_id}", "elements": elements},
    ]


def _summary(digest: Digest) -> list[dict[str, Any]]:
    paid = ", ".join(m.format() for m in digest.paid) or "nothing"
    stake = ", ".join(m.format() for m in digest.at_stake) or "no fees recorded"
    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": f"Silent creators · {day(digest.local_date)}"},
        },
        section(
            f"*{digest.silent_creators}* silent creator"
            f"{'s' if digest.silent_creators != 1 else ''} · paid to them so far *{paid}* · "
            f"fees at stake *{stake}*"
        ),
    ]
    notes = []
    if digest.waiting:
        notes.append(f"{digest.waiting} more waiting, not overdue yet")
    if digest.held:
        notes.append(f"{digest.held} snoozed or paused")
    if notes:
        blocks.append(context(" · ".join(notes)))
    return blocks


def _text_size(blocks: list[dict[str, Any]]) -> int:
    """The characters Slack counts against a message: the text of each block."""
    size = 0
    for block in blocks:
        text = block.get("text")
        if isinstance(text, dict):
            size += len(text.get("text", ""))
        for element in block.get("elements", ()):
            inner = element.get("text")
            size += len(inner.get("text", "") if isinstance(inner, dict) else inner or "")
    return size


def digest_pages(digest: Digest, *, quiet: str = "line") -> list[Message]:
    """Messages within Slack's limits (50 blocks, about 12,000 characters each), every deal in
    one of them. `quiet` says what a day with nobody silent gets: a "line", or "nothing"."""
    if not digest.entries:
        if quiet == "nothing":
            return []
        text = ":sparkles: All creators answered — nobody is keeping the team waiting today."
        return [{"text": "All creators answered", "blocks": [section(text)]}]
    pages: list[list[dict[str, Any]]] = [_summary(digest)]
    chars = _text_size(pages[0])

    def add(blocks: list[dict[str, Any]], continued: str | None) -> None:
        nonlocal chars
        size = _text_size(blocks)
        if len(pages[-1]) + len(blocks) > MAX_BLOCKS or chars + size > MESSAGE_BUDGET:
            pages.append([section(continued)] if continued else [])
            chars = len(continued or "")
        pages[-1].extend(blocks)
        chars += size

    for level, entries in digest.by_level():
        heading = f"{ICONS[level]} *Level {level} · {level_name(level)}* ({len(entries)})"
        add([{"type": "divider"}, section(heading)], None)
        for entry in entries:
            add(entry_blocks(entry), f"{heading} — continued")
    total = len(pages)
    return [
        {
            "text": f"Daily digest: {digest.silent_creators} silent creators"
            if number == 1
            else f"Digest continued ({number}/{total})",
            "blocks": blocks,
        }
        for number, blocks in enumerate(pages, start=1)
    ]


def mark_entry(blocks: list[dict[str, Any]], deal_id: int, note: str) -> list[dict[str, Any]]:
    """The message's blocks with what was done to one deal written under it (mrkdwn `note`).

    Its buttons go, except Open; the block count stays the same, so the message stays valid.
    """
    out = []
    for block in blocks:
        block_id = block.get("block_id", "")
        if block_id == f"digest:{deal_id}":
            kept = [line for line in block["text"]["text"].split("\n") if not line.startswith(DONE)]
            text = "\n".join([*kept, f"{DONE} {note}"])
            out.append({**block, "text": {**block["text"], "text": text}})
        elif block_id == f"digest_actions:{deal_id}":
            elements = [e for e in block["elements"] if e["action_id"].startswith(OPEN)]
            out.append({**block, "elements": elements})
        else:
            out.append(block)
    return out
