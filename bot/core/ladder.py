"""The escalation ladder: when a silent deal climbs a level, and what the team should do then.

Thresholds are working days of silence, per stage; a passed deadline climbs by itself.
"""

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple, Protocol

from bot.core.calendar import WorkCalendar, calendar_for
from bot.core.enums import Stage
from bot.core.platforms import platform_name
from bot.core.stages import TERMINAL
from bot.core.views import DealView
from bot.store.models import Deal, Workspace


@dataclass(frozen=True)
class Level:
    number: int
    name: str


LEVELS = {
    1: Level(1, "Nudge"),
    2: Level(2, "Catch them online"),
    3: Level(3, "Other channels"),
    4: Level(4, "Firm notice"),
    5: Level(5, "Formal"),
}

STANDARD = (3, 5, 7, 10, 15)
# Product in hand or money paid: the creator has what they wanted, so silence is riskier.
STRICT = (2, 4, 6, 8, 12)

# Without a contract there is nothing to hold or cite: a negotiation stops at level 3.
DEFAULT_THRESHOLDS: dict[Stage, tuple[int, ...]] = {
    Stage.negotiating: (3, 5, 7),
    Stage.contracted: STANDARD,
    Stage.product_shipped: STANDARD,
    Stage.product_received: STRICT,
    Stage.draft_submitted: STANDARD,
    Stage.draft_approved: STRICT,
    Stage.published: STANDARD,
}
PAID_KEY = "paid"
CHASED = frozenset(DEFAULT_THRESHOLDS)


def thresholds_for(overrides: Mapping[str, Any], stage: Stage, paid: bool) -> tuple[int, ...]:
    """The stage's thresholds, the workspace's own where set; money paid makes them stricter."""
    base = tuple(overrides.get(stage.value) or DEFAULT_THRESHOLDS.get(stage, ()))
    if paid and base:
        strict = tuple(overrides.get(PAID_KEY) or STRICT)
        base = tuple(min(a, b) for a, b in zip(base, strict, strict=False)) + base[len(strict) :]
    return base


def parse_thresholds(text: str, *, max_levels: int = 5) -> tuple[int, ...]:
    """`3, 5, 7, 10, 15` → (3, 5, 7, 10, 15); rising working days, one per level."""
    try:
        values = tuple(int(part) for part in text.replace(",", " ").split())
    except ValueError:
        raise ValueError("Use whole numbers of working days, e.g. 3, 5, 7, 10, 15.") from None
    if not values or len(values) > max_levels:
        raise ValueError(f"Give 1 to {max_levels} numbers, one per level.")
    if values[0] < 1 or any(b <= a for a, b in pairwise(values)):
        raise ValueError("Each level needs more working days than the one before, from 1 up.")
    if values[-1] > 250:
        raise ValueError("Keep every threshold under 250 working days.")
    return values


def workspace_calendar(ws: Workspace) -> WorkCalendar:
    return calendar_for(ws.timezone, tuple(sorted(ws.working_days)), tuple(sorted(ws.holidays)))


# --- the clock ------------------------------------------------------------------------------


class DealState(Protocol):
    """What the clock reads of a deal: a Deal, or a row of the deal table read without the ORM
    (the digest reads thousands)."""

    @property
    def stage(self) -> Stage: ...
    @property
    def level(self) -> int: ...
    @property
    def clock_start(self) -> datetime | None: ...
    @property
    def clock_credit(self) -> int: ...
    @property
    def snoozed_until(self) -> datetime | None: ...
    @property
    def paused_until(self) -> datetime | None: ...
    @property
    def draft_due(self) -> date | None: ...
    @property
    def publish_due(self) -> date | None: ...


def hold_end(deal: DealState, now: datetime) -> datetime | None:
    """The end of a snooze or out-of-office pause still running at `now`."""
    snoozed, paused = deal.snoozed_until, deal.paused_until
    if snoozed is None and paused is None:
        return None
    ends = [t for t in (snoozed, paused) if t is not None and t > now]
    return max(ends) if ends else None


def start_clock(deal: Deal, now: datetime) -> None:
    """A new silence: the clock starts when it began, or when a running hold ends."""
    if deal.awaiting_since is None:
        deal.clock_start, deal.clock_credit = None, 0
        return
    held = hold_end(deal, now)
    deal.clock_start = max(deal.awaiting_since, held) if held else deal.awaiting_since
    deal.clock_credit = 0


def hold_clock(deal: Deal, cal: WorkCalendar, until: datetime, now: datetime) -> None:
    """Stop the clock until `until`, keeping the working days already counted."""
    if deal.clock_start is None:
        return
    if deal.clock_start < now:
        deal.clock_credit += cal.working_days_between(deal.clock_start, now)
        deal.clock_start = now
    deal.clock_start = max(deal.clock_start, until)


def silent_days(deal: DealState, cal: WorkCalendar, now: datetime) -> int | None:
    if deal.clock_start is None:
        return None
    return deal.clock_credit + cal.counter(now)(deal.clock_start)


_ORDER = {stage.value: i for i, stage in enumerate(Stage)}


def due_date(deal: DealState) -> tuple[str, date] | None:
    """The deadline that still binds at this stage: the draft's, then the publication's."""
    at = _ORDER[deal.stage]
    if deal.draft_due and at < _ORDER[Stage.draft_submitted]:
        return "draft", deal.draft_due
    if deal.publish_due and at < _ORDER[Stage.published]:
        return "publish", deal.publish_due
    return None


class Assessment(NamedTuple):
    level: int
    reason: str
    silent_days: int | None


def assess(
    deal: DealState, cal: WorkCalendar, thresholds: tuple[int, ...], now: datetime
) -> Assessment:
    """The level the deal has earned at `now`; never below the level it already has.

    Thresholds rise, so the levels reached are found by bisection.
    """
    days = silent_days(deal, cal, now)
    if deal.stage in TERMINAL or not thresholds or hold_end(deal, now):
        return Assessment(deal.level, "", days)
    silence_level = 0 if days is None else bisect_right(thresholds, days)
    deadline_level, late = 0, None
    due = due_date(deal)
    if due is not None:
        passed_at = cal.start_of_next_day(due[1])
        if now >= passed_at:
            late = cal.counter(now)(passed_at)  # many deadlines are counted at one instant
            deadline_level = bisect_right(thresholds, thresholds[0] + late)
    level = max(silence_level, deadline_level, deal.level)
    if deadline_level > silence_level and due is not None:
        reason = f"{due[0]} deadline {due[1].isoformat()} passed"
        if late:
            reason += f" {late} working day{'s' if late != 1 else ''} ago"
    elif days is not None:
        reason = f"silent {days} working day{'s' if days != 1 else ''}"
    else:
        reason = ""
    return Assessment(level, reason, days)


def next_check(
    deal: DealState, cal: WorkCalendar, thresholds: tuple[int, ...], now: datetime
) -> datetime | None:
    """When the deal's level could next change: a threshold, a deadline, or a hold ending."""
    if deal.stage in TERMINAL or not thresholds:
        return None
    held = hold_end(deal, now)
    if held is not None:
        return held
    level = deal.level
    if level >= len(thresholds):
        return None
    moments = []
    if deal.clock_start is not None:
        need = max(thresholds[level] - deal.clock_credit, 0)
        moments.append(cal.add_working_days(deal.clock_start, need))
    due = due_date(deal)
    if due is not None:
        passed_at = cal.start_of_next_day(due[1])
        moments.append(cal.add_working_days(passed_at, max(thresholds[level] - thresholds[0], 0)))
    return min(moments) if moments else None


# --- what to do -----------------------------------------------------------------------------

_WHATSAPP = frozenset(
    [
        "ES",
        "MX",
        "AR",
        "CO",
        "CL",
        "PE",
        "VE",
        "EC",
        "GT",
        "CU",
        "BO",
        "DO",
        "HN",
        "PY",
        "SV",
        "NI",
        "CR",
        "PA",
        "UY",
        "PR",
        "GQ",
        "BR",
        "PT",
        "AO",
        "MZ",
        "CV",
        "ID",
    ]
)
_BY_COUNTRY: dict[str, tuple[str, ...]] = {
    **{country: ("WhatsApp",) for country in _WHATSAPP},
    "JP": ("LINE",),
    "TH": ("LINE",),
    "TW": ("LINE",),
    "KR": ("KakaoTalk", "LINE"),
    "VN": ("Zalo", "Messenger"),
    "CN": ("WeChat",),
}
_CONTACT_NAMES = {
    "whatsapp": "WhatsApp",
    "line": "LINE",
    "kakaotalk": "KakaoTalk",
    "wechat": "WeChat",
    "telegram": "Telegram",
    "zalo": "Zalo",
    "messenger": "Messenger",
}


_CONTACT_KEYS = {name: key for key, name in _CONTACT_NAMES.items()}


def channels_for(country: str | None) -> tuple[str, ...]:
    """The messaging apps people in that country actually answer on."""
    return _BY_COUNTRY.get((country or "").upper(), ("WhatsApp", "Telegram"))


def likely_channel(country: str | None, contacts: Mapping[str, str] | None) -> str:
    """Where a creator silent on email most likely answered (a channel `/deal heard` takes):
    an app on file, else the one people in their country use."""
    on_file = [key for key in contacts or {} if key in _CONTACT_NAMES]
    return on_file[0] if on_file else _CONTACT_KEYS[channels_for(country)[0]]


@dataclass(frozen=True)
class Situation:
    """What a suggestion may mention about the deal and creator; plain text, not yet escaped."""

    creator_name: str
    country: str | None = None
    contacts: Mapping[str, str] | None = None
    managers: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    paid: str | None = None
    fee: str | None = None
    email_bounced: bool = False


def situation(view: DealView) -> Situation:
    """What the playbook's suggestion may name about this deal's creator."""
    return Situation(
        creator_name=view.creator_name,
        country=view.country,
        contacts=view.contacts,
        managers=view.managers,
        platforms=tuple(map(platform_name, platforms_of(view.handles))),
        paid=view.paid.format() if view.paid else None,
        fee=view.fee.format() if view.fee else None,
        email_bounced=view.email_bounced,
    )


def suggestion(level: int, s: Situation) -> str:
    """The next step from the playbook for this level, specific to the creator where we can be."""
    if level <= 1:
        text = (
            "Send a friendly check-in: ask how the video is coming along and whether they need "
            "anything from you. Mention something from one of their recent posts."
        )
    elif level == 2:
        where = " or ".join(s.platforms) if s.platforms else "their main platform"
        text = (
            f"Catch them while they are online: creators who ignore email often keep posting. "
            f"Send a DM on {where}, or leave a friendly comment under their newest post — a "
            "public, timely nudge usually gets an answer."
        )
    elif level == 3:
        apps = channels_for(s.country)
        on_file = [f"{_CONTACT_NAMES.get(k, k)} {v}" for k, v in (s.contacts or {}).items() if v]
        text = f"Try other channels: {', '.join(apps)}"
        text += f" (on file: {', '.join(on_file)})." if on_file else "."
        if s.managers:
            text += f" Write to their manager ({', '.join(s.managers)})."
        text += (
            " Reach someone close to them seen on their profiles — a partner, a friend, their"
            " manager — and ask them to pass the message on."
        )
    elif level == 4:
        money = f" You have paid {s.paid} of {s.fee}." if s.paid and s.fee else ""
        text = (
            "Send a firm notice that cites the contract: what was agreed, what was paid and what "
            f"is still owed.{money} Hold the next payment. Say that a breach is shared with the "
            "brands you work with and costs their standing among creators in their niche, and "
            "that you still hope to finish the collaboration."
        )
    else:
        text = (
            "Send a formal letter (from a lawyer if you can) citing the agreement, to their email "
            "and every other channel. If you paid through a method with buyer protection, open a "
            "payment dispute while the window is open. Propose adding them to the team's "
            "blacklist."
        )
    if s.email_bounced:
        text = "Their email address bounced, so skip email. " + text
    return text


def short_suggestion(level: int, view: DealView) -> str:
    """The next step in one line, for the digest."""
    return next_step(level, view.country, view.managers, view.handles, view.email_bounced)


def next_step(
    level: int,
    country: str | None,
    managers: tuple[str, ...],
    handles: Iterable[tuple[str | None, str]],
    email_bounced: bool,
) -> str:
    """The next step in one line. Only what the level's advice names is looked at, so thousands
    of silent deals share a few dozen lines, each written once."""
    return _step_line(
        level,
        country if level == 3 else None,
        managers if level == 3 else (),
        platforms_of(handles) if level == 2 else (),
        email_bounced,
    )


def platforms_of(handles: Iterable[tuple[str | None, str]]) -> tuple[str, ...]:
    """The platforms a creator is on, once each, in the order their handles were added."""
    return tuple(dict.fromkeys(platform for platform, _ in handles if platform))


@lru_cache(maxsize=4096)
def _step_line(
    level: int,
    country: str | None,
    managers: tuple[str, ...],
    platforms: tuple[str, ...],
    email_bounced: bool,
) -> str:
    if level <= 1:
        text = "Send a friendly check-in."
    elif level == 2:
        where = " or ".join(map(platform_name, platforms)) if platforms else "their main platform"
        text = f"DM them or comment under their newest post on {where}."
    elif level == 3:
        text = f"Try {' or '.join(channels_for(country))}"
        text += f", or their manager ({', '.join(managers)})." if managers else ", or their circle."
    elif level == 4:
        text = "Firm notice citing the contract; hold the next payment."
    else:
        text = "Formal letter; open a payment dispute; propose the blacklist."
    return ("Email bounced. " + text) if email_bounced else text
