"""The daily digest as Slack messages: the first one in the channel, the overflow in its thread."""

from typing import Any

from bot.core.digest import Digest, Entry, level_name
from bot.heap import collector_paused
from bot.slack.blocks.deal import handles, title
from bot.slack.blocks.escalation import ICONS
from bot.slack.blocks.replies import MESSAGE_BUDGET, context, section
from bot.slack.blocks.text import day, escape, mention

Message = dict[str, Any]
MAX_BLOCKS = 50
DRAFT, REPLIED, SNOOZE, OPEN = "digest_draft", "digest_replied", "digest_snooze", "digest_open"
DONE = ":white_check_mark:"

# Paused deals whose deadline is at risk, named in the digest's heading; more stay in the threads.
MAX_RISKS = 5


def _money(entry: Entry) -> str:
    if entry.fee is None:
        return ""
    fee = entry.fee.format()
    return f"{entry.paid.format()} of {fee} paid" if entry.paid else fee


def entry_text(entry: Entry) -> str:
    who = f"*{title(entry)}* {handles(entry)}" if entry.handles else f"*{title(entry)}*"
    days = entry.silent_days
    if days:
        facts = [f"silent {days} working day{'' if days == 1 else 's'}", entry.stage_label]
    elif entry.reason and not entry.deadline:  # a deadline's own fact below says it passed
        facts = [escape(entry.reason), entry.stage_label]
    else:
        facts = [entry.stage_label]
    if entry.fee is not None:
        facts.append(_money(entry))
    facts.append(mention(entry.owner_id))
    if entry.deadline:
        label, due = entry.deadline
        facts.append(f"{label} due {day(due)}" + (" — *passed*" if entry.deadline_passed else ""))
    return f"{who}\n{' · '.join(facts)}\n*Next:* {escape(entry.next_step)}"


def _label(text: str) -> dict[str, str]:
    return {"type": "plain_text", "text": text}


# Labels are shared by every entry's buttons; nothing edits a built block in place.
_DRAFT, _REPLIED, _SNOOZE, _OPEN = map(
    _label, ("Draft reminder", "They replied", "Snooze 2 days", "Open")
)
_BUTTON_CHARS = sum(len(label["text"]) for label in (_DRAFT, _REPLIED, _SNOOZE, _OPEN))


def entry_blocks(entry: Entry) -> list[dict[str, Any]]:
    """The entry and its buttons."""
    value = str(entry.id)
    return [
        {
            "type": "section",
            "block_id": f"digest:{value}",
            "text": {"type": "mrkdwn", "text": entry_text(entry)},
        },
        {
            "type": "actions",
            "block_id": f"digest_actions:{value}",
            "elements": [
                {
                    "type": "button",
                    "action_id": f"{DRAFT}:{value}",
                    "text": _DRAFT,
                    "value": value,
                    "style": "primary",
                },
                {
                    "type": "button",
                    "action_id": f"{REPLIED}:{value}",
                    "text": _REPLIED,
                    "value": value,
                },
                {
                    "type": "button",
                    "action_id": f"{SNOOZE}:{value}",
                    "text": _SNOOZE,
                    "value": value,
                },
                {"type": "button", "action_id": f"{OPEN}:{value}", "text": _OPEN, "value": value},
            ],
        },
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
    return blocks + _risks(digest)


def _risks(digest: Digest) -> list[dict[str, Any]]:
    """Paused deals whose creator is back too late for a deadline: news even on a quiet day."""
    return [
        context(
            f":warning: #{risk.number} · {escape(risk.creator_name)} is away until "
            f"{day(risk.back)}: the {risk.deadline} deadline, {day(risk.due)}, is at risk"
        )
        for risk in digest.away_at_risk[:MAX_RISKS]
    ]


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


@collector_paused()
def digest_pages(digest: Digest, *, quiet: str = "line") -> list[Message]:
    """Messages within Slack's limits (50 blocks, about 12,000 characters each), every deal in
    one of them. `quiet` says what a day with nobody silent gets: a "line", or "nothing"."""
    if not digest.entries:
        if quiet == "nothing" and not digest.away_at_risk:
            return []
        text = ":sparkles: All creators answered — nobody is keeping the team waiting today."
        return [{"text": "All creators answered", "blocks": [section(text), *_risks(digest)]}]
    pages: list[list[dict[str, Any]]] = [_summary(digest)]
    chars = _text_size(pages[0])

    def fit(blocks: int, size: int, continued: str | None) -> None:
        """Start a new page unless this many more blocks and characters fit the current one."""
        nonlocal chars
        if len(pages[-1]) + blocks > MAX_BLOCKS or chars + size > MESSAGE_BUDGET:
            pages.append([section(continued)] if continued else [])
            chars = len(continued or "")
        chars += size

    for level, entries in digest.by_level():
        heading = f"{ICONS[level]} *Level {level} · {level_name(level)}* ({len(entries)})"
        continued = f"{heading} — continued"
        fit(2, len(heading), None)
        pages[-1] += [{"type": "divider"}, section(heading)]
        for entry in entries:
            blocks = entry_blocks(entry)
            fit(2, len(blocks[0]["text"]["text"]) + _BUTTON_CHARS, continued)
            pages[-1] += blocks
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


# A response_url takes five messages, so that is all a preview can be.
PREVIEW_MESSAGES = 5


def preview_pages(digest: Digest) -> list[Message]:
    """Today's digest for the caller alone (`/deal digest`): the most urgent part of a long one,
    and how many deals the rest holds."""
    pages = digest_pages(digest) or [{"text": "Nobody is silent."}]
    if len(pages) <= PREVIEW_MESSAGES:
        return pages
    shown = pages[: PREVIEW_MESSAGES - 1]
    listed = sum(
        block.get("block_id", "").startswith("digest:")
        for page in shown
        for block in page["blocks"]
    )
    rest = len(digest.entries) - listed
    note = (
        f"…and {rest} more silent deal{'' if rest == 1 else 's'}, {len(pages) - len(shown)} "
        "messages more. The posted digest lists every one in its thread; `/deal list silent` "
        "shows them now."
    )
    return [*shown, {"text": note, "blocks": [context(note)]}]


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
