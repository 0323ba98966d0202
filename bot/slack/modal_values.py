"""A submitted modal's `state.values` as plain values, whatever element each input uses."""

from typing import Any

Value = str | list[str] | None


def view_values(state: dict[str, Any]) -> dict[str, Value]:
    out: dict[str, Value] = {}
    for block_id, actions in state.get("values", {}).items():
        element: dict[str, Any] = next(iter(actions.values()), {})
        kind = element.get("type")
        if kind in ("checkboxes", "multi_static_select"):
            out[block_id] = [o["value"] for o in element.get("selected_options") or []]
        elif kind in ("static_select", "external_select", "radio_buttons"):
            option = element.get("selected_option")
            out[block_id] = option["value"] if option else None
        elif kind == "datepicker":
            out[block_id] = element.get("selected_date")
        elif kind == "multi_users_select":
            out[block_id] = list(element.get("selected_users") or [])
        elif kind == "users_select":
            out[block_id] = element.get("selected_user")
        elif kind == "timepicker":
            out[block_id] = element.get("selected_time")
        elif kind == "conversations_select":
            out[block_id] = element.get("selected_conversation")
        else:
            out[block_id] = element.get("value")
    return out
