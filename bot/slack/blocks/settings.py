"""The workspace settings modal (`/deal settings`)."""

from typing import Any

from bot.core.enums import Stage
from bot.core.ladder import PAID_KEY
from bot.core.settings import WorkspaceSettings
from bot.core.stages import LABELS
from bot.slack.blocks.form import CURRENCIES

CALLBACK_ID = "workspace_settings"
LADDER_HINT = (
    "Working days of silence before each level: 1 Nudge, 2 Catch them online, "
    "3 Other channels, 4 Firm notice, 5 Formal."
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text}


def _input(block_id: str, label: str, element: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "type": "input",
        "block_id": block_id,
        "label": _plain(label),
        "element": {"action_id": block_id, **element},
        **extra,
    }


def _option(value: str, label: str) -> dict[str, Any]:
    return {"text": _plain(label), "value": value}


def settings_modal(current: WorkspaceSettings) -> dict[str, Any]:
    channel: dict[str, Any] = {
        "type": "conversations_select",
        "filter": {"include": ["public", "private"]},
    }
    if current.channel_id:
        channel["initial_conversation"] = current.channel_id
    days = [_option(str(i), name) for i, name in enumerate(WEEKDAYS)]
    order = [
        _option("day_first", "Day first (15/12/2026)"),
        _option("month_first", "Month first (12/15/2026)"),
    ]
    quiet = [
        _option("line", "Post a short “all creators answered” line"),
        _option("nothing", "Post nothing"),
    ]
    people: dict[str, Any] = {"type": "multi_users_select"}
    chosen = [a for a in current.approvers if not a.startswith("S")]
    if chosen:
        people["initial_users"] = chosen
    approvers = _input(
        "approver_users",
        "Who may send reminders",
        people,
        optional=True,
        hint=_plain("Nobody chosen: each deal's owner and the workspace admins."),
    )
    currencies = [_option(c, c) for c in dict.fromkeys([current.default_currency, *CURRENCIES])]
    blocks = [
        _input(
            "channel_id",
            "Team channel",
            channel,
            optional=True,
            hint=_plain("Where escalations and the digest are posted. Invite the bot there."),
        ),
        _input(
            "timezone", "Time zone", {"type": "plain_text_input", "initial_value": current.timezone}
        ),
        _input(
            "working_days",
            "Working days",
            {
                "type": "checkboxes",
                "options": days,
                "initial_options": [days[i] for i in current.working_days],
            },
        ),
        _input(
            "holidays",
            "Holidays",
            {
                "type": "plain_text_input",
                "initial_value": " ".join(current.holidays),
                "placeholder": _plain("2026-12-25 2027-01-01"),
            },
            optional=True,
        ),
        _input(
            "day_first",
            "Dates typed as",
            {
                "type": "radio_buttons",
                "options": order,
                "initial_option": order[0 if current.day_first else 1],
            },
        ),
        _input(
            "default_currency",
            "Default currency",
            {"type": "static_select", "options": currencies, "initial_option": currencies[0]},
        ),
        _input(
            "digest_time",
            "Daily digest at",
            {"type": "timepicker", "initial_time": current.digest_time},
            hint=_plain("Local time, on working days."),
        ),
        _input(
            "send_from",
            "Reminders reach creators from",
            {"type": "timepicker", "initial_time": current.send_from},
            hint=_plain("Their local time, when their time zone is known."),
        ),
        _input("send_until", "until", {"type": "timepicker", "initial_time": current.send_until}),
        _input(
            "send_days",
            "on their",
            {
                "type": "checkboxes",
                "options": days,
                "initial_options": [days[i] for i in current.send_days],
            },
        ),
        _input(
            "quiet",
            "When nobody is silent",
            {
                "type": "radio_buttons",
                "options": quiet,
                "initial_option": quiet[0 if current.quiet == "line" else 1],
            },
        ),
        approvers,
        _input(
            "approver_groups",
            "Approver user groups",
            {
                "type": "plain_text_input",
                "initial_value": " ".join(a for a in current.approvers if a.startswith("S")),
                "placeholder": _plain("S0123ABC"),
            },
            optional=True,
            hint=_plain("Members of these groups may send too (the group's ID, from its page)."),
        ),
        {"type": "header", "text": _plain("Escalation ladder")},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": LADDER_HINT}]},
    ]
    for key, value in current.thresholds.items():
        label = "Once money was paid" if key == PAID_KEY else LABELS[Stage(key)]
        text = ", ".join(str(v) for v in value)
        blocks.append(
            _input(f"th_{key}", label, {"type": "plain_text_input", "initial_value": text})
        )
    return {
        "type": "modal",
        "callback_id": CALLBACK_ID,
        "title": _plain("ghostwatch settings"),
        "submit": _plain("Save"),
        "close": _plain("Cancel"),
        "blocks": blocks,
    }
