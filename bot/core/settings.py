"""Workspace settings as a form: the team channel, calendar, currency and ladder thresholds."""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core.deals import move_deals_to
from bot.core.escalation import mark_all_due
from bot.core.forms import FormErrors
from bot.core.ladder import DEFAULT_THRESHOLDS, PAID_KEY, STRICT, parse_thresholds
from bot.core.money import ISO_CODES
from bot.core.send_window import workspace_window
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace, is_approver
from bot.store.engine import Store
from bot.store.models import Workspace

QUIET = ("line", "nothing")
THRESHOLD_KEYS = (*(s.value for s in DEFAULT_THRESHOLDS), PAID_KEY)


@dataclass(frozen=True)
class WorkspaceSettings:
    channel_id: str | None
    timezone: str
    working_days: tuple[int, ...]
    holidays: tuple[str, ...]
    day_first: bool
    default_currency: str
    thresholds: dict[str, tuple[int, ...]]
    digest_time: str = "09:30"
    quiet: str = "line"
    approvers: tuple[str, ...] = ()
    send_from: str = "09:00"
    send_until: str = "18:00"
    send_days: tuple[int, ...] = (0, 1, 2, 3, 4)


def current(ws: Workspace) -> WorkspaceSettings:
    thresholds = {
        s.value: tuple(ws.thresholds.get(s.value) or t) for s, t in DEFAULT_THRESHOLDS.items()
    }
    thresholds[PAID_KEY] = tuple(ws.thresholds.get(PAID_KEY) or STRICT)
    window = workspace_window(ws)
    return WorkspaceSettings(
        channel_id=ws.channel_id,
        timezone=ws.timezone,
        working_days=tuple(sorted(ws.working_days)),
        holidays=tuple(sorted(ws.holidays)),
        day_first=ws.day_first,
        default_currency=ws.default_currency,
        thresholds=thresholds,
        digest_time=ws.digest_time,
        quiet=ws.settings.get("quiet", "line"),
        approvers=tuple(ws.approvers),
        send_from=f"{window.start:%H:%M}",
        send_until=f"{window.end:%H:%M}",
        send_days=window.days,
    )


def may_change(
    ws: Workspace, user_id: str, *, is_admin: bool, in_group: Callable[[str], bool]
) -> bool:
    """Settings say who may send email, so only those trusted with that may change them: the
    workspace's Slack admins and owners, and its approvers."""
    return is_admin or is_approver(ws, user_id, in_group)


def load(store: Store, team_id: str, defaults: WorkspaceDefaults) -> WorkspaceSettings:
    with store.session() as session:
        return current(ensure_workspace(session, team_id, defaults))


def save(
    store: Store,
    team_id: str,
    fields: Mapping[str, str | list[str] | None],
    defaults: WorkspaceDefaults,
    now: datetime,
) -> WorkspaceSettings:
    """Validate every field, save them together, and let the next tick re-check every deal."""
    errors: dict[str, str] = {}
    timezone = str(fields.get("timezone") or "").strip()
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        errors["timezone"] = "Use a time zone name such as Europe/Paris or America/New_York."
    days = sorted({int(d) for d in fields.get("working_days") or []})
    if not days:
        errors["working_days"] = "Pick at least one working day."
    holidays: list[str] = []
    for raw in str(fields.get("holidays") or "").replace(",", " ").split():
        try:
            holidays.append(date.fromisoformat(raw).isoformat())
        except ValueError:
            errors["holidays"] = f'"{raw}" is not a date like 2026-12-25.'
    currency = str(fields.get("default_currency") or "").upper()
    if currency not in ISO_CODES:
        errors["default_currency"] = "Pick a currency from the list."
    digest_time = str(fields.get("digest_time") or "09:30")
    if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", digest_time):
        errors["digest_time"] = "Pick a time like 09:30."
    window = {key: str(fields.get(f"send_{key}") or "") for key in ("from", "until")}
    for key, value in window.items():
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value):
            errors[f"send_{key}"] = "Pick a time like 09:00."
    both = not errors.get("send_from") and not errors.get("send_until")
    if both and window["from"] >= window["until"]:
        errors["send_until"] = "The window must end after it starts."
    send_days = sorted({int(d) for d in fields.get("send_days") or []})
    if not send_days:
        errors["send_days"] = "Pick at least one day."
    quiet = str(fields.get("quiet") or "line")
    if quiet not in QUIET:
        errors["quiet"] = "Pick one of the choices."
    users = [u for u in fields.get("approver_users") or [] if re.fullmatch(r"[UW][A-Z0-9]+", u)]
    groups = re.findall(r"S[A-Z0-9]{4,}", str(fields.get("approver_groups") or ""))
    if str(fields.get("approver_groups") or "").strip() and not groups:
        errors["approver_groups"] = "Paste a user group's ID, which starts with S (e.g. S0123ABC)."
    thresholds: dict[str, list[int]] = {}
    for key in THRESHOLD_KEYS:
        try:
            thresholds[key] = list(parse_thresholds(str(fields.get(f"th_{key}") or "")))
        except ValueError as exc:
            errors[f"th_{key}"] = str(exc)
    if errors:
        raise FormErrors(errors)
    with store.session() as session:
        ws = ensure_workspace(session, team_id, defaults)
        channel = str(fields.get("channel_id") or "") or None
        if channel != ws.channel_id:
            move_deals_to(session, ws, channel)
        ws.channel_id = channel
        ws.timezone = timezone
        ws.working_days = days
        ws.holidays = sorted(set(holidays))
        ws.day_first = fields.get("day_first") == "day_first"
        ws.default_currency = currency
        ws.thresholds = thresholds
        ws.digest_time = digest_time
        ws.settings = {
            **ws.settings,
            "quiet": quiet,
            "send_window": {**window, "days": send_days},
        }
        ws.approvers = list(dict.fromkeys([*users, *groups]))
        session.add(ws)
        session.flush()
        mark_all_due(session, ws, now)
        return current(ws)
