"""What a listener reads from a Slack payload, refused with a clear answer when it is not
there: an old message, an edited copy or a forged click must not end in silence."""

from typing import Any

from bot.core.errors import InputError

OUT_OF_DATE = (
    "This button is out of date: it belongs to an older message. "
    "Use the latest one, or run `/deal` again."
)


class OutOfDate(InputError):
    def __init__(self) -> None:
        super().__init__(OUT_OF_DATE)


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise OutOfDate()
    return value


def team_id(body: dict[str, Any]) -> str:
    team = body.get("team")
    return _text(team.get("id") if isinstance(team, dict) else None)


def user_id(body: dict[str, Any]) -> str:
    user = body.get("user")
    return _text(user.get("id") if isinstance(user, dict) else None)


def button_id(action: dict[str, Any]) -> int:
    """The row id a button carries as its value (digits only)."""
    value = action.get("value")
    if not isinstance(value, str) or not value.isascii() or not value.isdigit():
        raise OutOfDate()
    return int(value)


def kind(action: dict[str, Any]) -> str:
    """`draft_send` of `draft_send:12`."""
    return _text(action.get("action_id")).split(":")[0]
