"""A deal as a card (`/deal show`, confirmations) and as a line in a list."""

from datetime import date, datetime
from typing import Any, Protocol

from bot.core.locales import country_name
from bot.core.platforms import platform_name
from bot.core.views import DealView
from bot.slack.blocks.text import day, escape, handle_link, mention, moment

DIRECTION = {"in": "from the creator", "out": "from the team"}


class Named(Protocol):
    """A deal as titles and handle lists need it: a view, or a digest entry."""

    @property
    def number(self) -> int: ...
    @property
    def creator_name(self) -> str: ...
    @property
    def handles(self) -> tuple[tuple[str | None, str], ...]: ...


def title(view: Named) -> str:
    return f"#{view.number} · {escape(view.creator_name)}"


def handles(view: Named) -> str:
    return ", ".join(_handle(platform, handle) for platform, handle in view.handles)


def _handle(platform: str | None, handle: str) -> str:
    name, link = platform_name(platform), handle_link(platform, handle)
    return f"{name} {link}" if name else link


def money_line(view: DealView) -> str:
    if view.fee is None:
        return "no fee recorded"
    paid = view.paid.format() if view.paid else "nothing"
    return f"{view.fee.format()} (paid {paid})"


def silence(view: DealView) -> str:
    if not view.active:
        return f"closed {moment(view.closed_at)}" if view.closed_at else "closed"
    if view.awaiting_since is not None:
        return f"waiting for the creator since {moment(view.awaiting_since)}"
    if view.last_creator_reply_at is not None:
        return f"creator replied {moment(view.last_creator_reply_at)}, team to answer"
    return "no contact yet"


def deal_line(view: DealView) -> str:
    """One mrkdwn line: enough to recognise the deal and see where it stands."""
    parts = [f"*{title(view)}*"]
    if view.handles:
        parts.append(handles(view))
    parts.append(view.stage_label)
    if view.fee is not None:
        parts.append(view.fee.format())
    parts.append(mention(view.owner_id))
    parts.append(silence(view))
    return " · ".join(parts)


def _deadlines(view: DealView, today: date | None) -> str:
    out = []
    for label, due in (("draft", view.draft_due), ("publish", view.publish_due)):
        if due is not None:
            late = " — *passed*" if today is not None and due < today else ""
            out.append(f"{label} {day(due)}{late}")
    return ", ".join(out) or "none"


def whereabouts(view: DealView, now: datetime | None) -> str:
    """Country and language on one line, the creator's own time on the next."""
    place = view.locality
    first = " · ".join(
        part
        for part in (place.country and country_name(place.country), place.language_text())
        if part
    )
    local = place.local_time(now) if now else None
    second = f"their time now: {local:%H:%M} ({place.effective_zone})" if local else ""
    return "\n".join(escape(line) for line in (first, second) if line)


def deal_card(
    view: DealView,
    *,
    today: date | None = None,
    headline: str | None = None,
    edit: bool = True,
    now: datetime | None = None,
) -> list[dict[str, Any]]:
    """Blocks for one deal; `headline` is mrkdwn the caller has already escaped."""
    fields = [
        f"*Stage*\n{view.stage_label}",
        f"*Owner*\n{mention(view.owner_id)}",
        f"*Fee*\n{money_line(view)}",
        f"*Deadlines*\n{_deadlines(view, today)}",
        f"*Email*\n{escape(', '.join(view.emails)) or 'none'}",
        f"*Profiles*\n{handles(view) or 'none'}",
    ]
    if where := whereabouts(view, now):
        fields.append(f"*Creator*\n{where}")
    if view.campaign:
        fields.append(f"*Campaign*\n{escape(view.campaign)}")
    if view.snoozed_until is not None:
        fields.append(f"*Snoozed until*\n{moment(view.snoozed_until)}")
    blocks: list[dict[str, Any]] = []
    if headline:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": headline}})
    section: dict[str, Any] = {
        "type": "section",
        "text": {"type": "mrkdwn", "text": f"*{title(view)}*\n{silence(view)}"},
        "fields": [{"type": "mrkdwn", "text": f[:2000]} for f in fields],
    }
    if edit:
        section["accessory"] = {
            "type": "button",
            "action_id": "deal_edit",
            "text": {"type": "plain_text", "text": "Edit"},
            "value": str(view.id),
        }
    blocks.append(section)
    if view.notes:
        blocks.append(_context(f"Notes: {escape(view.notes)}"))
    if view.blacklisted:
        blocks.append(_context(":no_entry: This creator is on the team's blacklist."))
    if view.history:
        lines = [
            f"{moment(t.occurred_at)} · {t.channel} {DIRECTION[t.direction]}"
            + (f" ({t.classification})" if t.classification != "human" else "")
            + (f" — {escape(t.excerpt)}" if t.excerpt else "")
            for t in view.history
        ]
        blocks.append(_context("*History*\n" + "\n".join(lines)))
    return blocks


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:3000]}]}
