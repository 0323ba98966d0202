"""The deal form (Slack's modal) as plain fields: validated into a NewDeal or errors per field."""

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot.core import deal_refs, deals
from bot.core.addresses import SmtpUtf8, no_smtputf8, sendable, unsendable_reason
from bot.core.commands import Added, Changed
from bot.core.dates import check_horizon
from bot.core.deals import NewDeal
from bot.core.enums import Stage
from bot.core.errors import InputError, NotFound
from bot.core.locales import LocaleFields, parse_country, parse_language, parse_timezone
from bot.core.money import parse_money
from bot.core.quickadd import EMAIL_RE, HANDLE_RE, PLATFORMS
from bot.core.typed import typed
from bot.core.views import DealView, deal_view
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace, local_today
from bot.store.engine import Store


class FormErrors(ValueError):
    """Messages keyed by field, shown by Slack under each input."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


def deal_from_form(
    fields: Mapping[str, Any],
    *,
    today: date,
    default_currency: str,
    keep: Collection[date] = (),
    smtputf8: SmtpUtf8 = no_smtputf8,
) -> NewDeal:
    """Check every field at once so the person sees all problems together.

    `keep`: deadlines the deal already has, which may stay even once they have passed.
    `smtputf8`: whether the mail server can take `jöe@example.com` (asked only for such one).
    """
    errors: dict[str, str] = {}

    def clean(key: str) -> str:
        try:
            return typed(fields.get(key) or "")
        except InputError:
            errors[key] = "Remove the control characters (such as NUL or an escape)."
            return ""

    def text(key: str, limit: int) -> str | None:
        value = clean(key).strip()
        if len(value) > limit:
            errors[key] = f"Keep it under {limit} characters."
        return value or None

    name = text("name", 200)
    if not name:
        errors.setdefault("name", "The creator's name is needed.")

    def addresses(key: str) -> list[str]:
        found: list[str] = []
        for raw in re.split(r"[\s,;]+", clean(key)):
            if not raw:
                continue
            if not EMAIL_RE.fullmatch(raw):
                errors[key] = f'"{raw}" is not an email address.'
                break
            if not sendable(raw, smtputf8):
                errors[key] = unsendable_reason(raw)
                break
            local, _, domain = raw.rpartition("@")
            address = f"{local}@{domain.lower()}"
            if address not in found:
                found.append(address)
        return found

    emails, managers = addresses("emails"), addresses("managers")
    handle = None
    if raw_handle := text("handle", 101):
        if HANDLE_RE.fullmatch(raw_handle.removeprefix("@")):
            handle = raw_handle.removeprefix("@")
        else:
            errors["handle"] = "A handle has letters, digits, dots, dashes and underscores."
    platform = fields.get("platform") or None
    if platform is not None and platform not in PLATFORMS:
        errors["platform"] = "Pick a platform from the list."
    fee = None
    if raw_fee := text("fee", 40):
        try:
            fee = parse_money(raw_fee, fields.get("currency") or default_currency)
        except InputError as exc:
            errors["fee"] = str(exc)
    try:
        stage = Stage(fields.get("stage") or Stage.negotiating)
    except ValueError:
        errors["stage"] = "Pick a stage from the list."
        stage = Stage.negotiating
    dues: dict[str, date | None] = {}
    for key in ("publish_due", "draft_due"):
        raw_due = fields.get(key)
        dues[key] = date.fromisoformat(raw_due) if raw_due else None
        due = dues[key]
        if due is not None and due < today and due not in keep and key not in errors:
            errors[key] = "This date is already past."
        elif due is not None and due not in keep:
            try:
                check_horizon(due, today, "This date")
            except InputError as exc:
                errors[key] = str(exc)
    campaign = text("campaign", 200)
    notes = text("notes", 3000)
    chosen: dict[str, str | None] = {}
    for key, parse in (
        ("country", parse_country),
        ("language", parse_language),
        ("timezone", parse_timezone),
    ):
        value = fields.get(key) or None
        try:
            chosen[key] = parse(value) if value else None
        except InputError as exc:
            errors[key] = str(exc)
    if errors:
        raise FormErrors(errors)
    return NewDeal(
        name=name or "",
        emails=tuple(emails),
        managers=tuple(managers),
        handle=handle,
        platform=platform if handle else None,
        fee=fee,
        stage=stage,
        publish_due=dues["publish_due"],
        draft_due=dues["draft_due"],
        owner_id=fields.get("owner") or None,
        notes=notes,
        campaign=campaign,
        locale=LocaleFields(**chosen),
    )


@dataclass(frozen=True)
class FormDefaults:
    currency: str
    deal: DealView | None


@dataclass(frozen=True)
class SavedForm:
    result: Added | Changed


def form_defaults(
    store: Store, team_id: str, defaults: WorkspaceDefaults, deal_id: int | None
) -> FormDefaults:
    """What the form opens with: the workspace currency, or the deal being edited."""
    with store.session() as session:
        ws = ensure_workspace(session, team_id, defaults)
        deal = deal_refs.get_deal(session, ws, deal_id) if deal_id is not None else None
        view = deal_view(session, ws, deal) if deal is not None else None
        return FormDefaults(ws.default_currency, view)


def save_form(
    store: Store,
    *,
    team_id: str,
    user_id: str,
    deal_id: int | None,
    fields: Mapping[str, Any],
    now: datetime,
    defaults: WorkspaceDefaults,
    smtputf8: SmtpUtf8 = no_smtputf8,
) -> SavedForm:
    """Validate and save in one transaction; FormErrors means nothing was written."""
    with store.session() as session:
        ws = ensure_workspace(session, team_id, defaults)
        try:
            current = deal_refs.get_deal(session, ws, int(deal_id)) if deal_id is not None else None
        except NotFound as exc:
            raise FormErrors({"name": str(exc)}) from exc
        keep = [d for d in (current.publish_due, current.draft_due) if d] if current else []
        spec = deal_from_form(
            fields,
            today=local_today(ws, now),
            default_currency=ws.default_currency,
            keep=keep,
            smtputf8=smtputf8,
        )
        if current is None:
            deal, reused = deals.add_deal(session, ws, spec, actor=user_id, now=now)
            view = deal_view(session, ws, deal)
            return SavedForm(Added(view, reused, ws.timezone))
        deals.update_deal(session, ws, current, spec, actor=user_id, now=now)
        view = deal_view(session, ws, current)
        return SavedForm(Changed(f"Deal #{view.number} is updated.", view, ws.timezone))
