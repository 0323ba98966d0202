"""The approval card of a drafted reminder, in each of its states."""

from typing import Any
from zoneinfo import ZoneInfo

from bot.core.drafts import DraftView
from bot.core.enums import DraftState
from bot.core.ladder import LEVELS
from bot.slack.blocks.deal import title
from bot.slack.blocks.replies import context, section
from bot.slack.blocks.text import escape, mention, moment, truncate

SEND, EDIT, SNOOZE, REPLIED, DISCARD = (
    "draft_send",
    "draft_edit",
    "draft_snooze",
    "draft_replied",
    "draft_discard",
)
RETRY, RESEND = "draft_retry", "draft_resend"
SEND_NOW, CANCEL = "draft_send_now", "draft_cancel"
BODY_PREVIEW = 2400


def _button(
    action: str, draft_id: int, label: str, style: str | None = None, confirm: str | None = None
) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "action_id": f"{action}:{draft_id}",
        "text": {"type": "plain_text", "text": label},
        "value": str(draft_id),
    }
    if style:
        button["style"] = style
    if confirm:
        button["confirm"] = {
            "title": {"type": "plain_text", "text": "Are you sure?"},
            "text": {"type": "mrkdwn", "text": confirm},
            "confirm": {"type": "plain_text", "text": label},
            "deny": {"type": "plain_text", "text": "Cancel"},
        }
    return button


def _status(d: DraftView) -> str:
    # The bot itself discards a reminder made moot (a reply, a newer level): no one to name.
    by = mention(d.acted_by) if d.acted_by else ""
    who = ", ".join(part for part in (by, d.acted_at and moment(d.acted_at)) if part) or "nobody"
    reason = escape(d.error or "unknown error")
    if d.state == DraftState.pending:
        return "Waiting for approval — nothing is sent until someone clicks *Send*."
    if d.state == DraftState.scheduled and d.send_after is not None:
        return f":alarm_clock: {scheduled_for(d)} — approved by {who}"
    if d.state == DraftState.sending:
        return f":hourglass_flowing_sand: Sending — approved by {who}"
    if d.state == DraftState.sent:
        via_outbox = (d.sent_via or "").endswith(".eml")
        where = (
            f"written to the outbox folder (`{escape(d.sent_via or '')}`), as no mail server is set"
            if via_outbox
            else f"sent through {escape(d.sent_via or 'the mail server')}"
        )
        return f":white_check_mark: Sent by {who} — {where}"
    if d.state == DraftState.uncertain:
        return (
            ":warning: *May have been sent — check the Sent folder before resending.* "
            f"{escape(d.error or '')}"
        )
    if d.state == DraftState.refused:
        return f":no_entry: *Not sent, and the server will not take it as it is:* {reason}"
    if d.state == DraftState.failed:
        return f":warning: *Not sent:* {reason} — the text is kept; *Retry* when it may pass."
    return f":wastebasket: {escape(d.error or 'Discarded')} — {who}"


def scheduled_for(d: DraftView) -> str:
    """ "Scheduled for Tue 09:00 their time (15:00 yours)": each reader's Slack shows the second
    time in their own zone."""
    assert d.send_after is not None
    theirs = d.send_after.astimezone(ZoneInfo(d.zone)) if d.zone else d.send_after
    epoch = int(d.send_after.timestamp())
    yours = f"<!date^{epoch}^{{time}}|{d.send_after:%H:%M} UTC>"
    return f"*Scheduled for {theirs:%a %H:%M} their time* ({yours} yours), in their working hours"


def _buttons(d: DraftView) -> list[dict[str, Any]]:
    if d.state == DraftState.pending:
        return [
            _button(SEND, d.id, "Send", "primary"),
            _button(EDIT, d.id, "Edit"),
            _button(SNOOZE, d.id, "Snooze 2 days"),
            _button(REPLIED, d.id, "They replied"),
            _button(DISCARD, d.id, "Discard", "danger"),
        ]
    if d.state == DraftState.scheduled:
        return [_button(SEND_NOW, d.id, "Send now", "primary"), _button(CANCEL, d.id, "Cancel")]
    if d.state == DraftState.uncertain:
        return [
            _button(
                RESEND,
                d.id,
                "Resend",
                "danger",
                "Resend only if the Sent folder does not have this email already.",
            ),
            _button(DISCARD, d.id, "Discard"),
        ]
    if d.state == DraftState.refused:
        return [_button(EDIT, d.id, "Edit", "primary"), _button(DISCARD, d.id, "Discard", "danger")]
    if d.state == DraftState.failed:
        return [
            _button(RETRY, d.id, "Retry", "primary"),
            _button(EDIT, d.id, "Edit"),
            _button(DISCARD, d.id, "Discard", "danger"),
        ]
    return []


def approval_card(d: DraftView) -> dict[str, Any]:
    level = LEVELS[d.level]
    heading = f":email: *Reminder for {title(d.deal)}* — level {d.level} · {level.name}"
    to = escape(", ".join(d.to))
    cc = f"\n*Cc:* {escape(', '.join(d.cc))}" if d.cc else ""
    thread = " (in reply to their last email)" if d.in_reply_to else ""
    body = truncate(d.body, BODY_PREVIEW)
    quoted = "\n".join("> " + escape(line) if line else ">" for line in body.splitlines())
    blocks = [
        section(heading),
        section(f"*To:* {to}{cc}\n*Subject:* {escape(d.subject)}{thread}"),
        section(truncate(quoted, 2950)),
        context(_status(d)),
    ]
    buttons = _buttons(d)
    if buttons:
        blocks.append({"type": "actions", "block_id": f"draft:{d.id}", "elements": buttons})
    return {
        "text": f"Reminder for {escape(d.deal.creator_name)}: {escape(d.subject)}",
        "blocks": blocks,
    }
