"""Deal changes: adding and editing deals, logging contact, stages, holds, payments, closing.

Every function takes the workspace and touches only its rows.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import update
from sqlmodel import Session, col, select

from bot.core.creators import attach_contacts, find_creator, text_key
from bot.core.enums import Stage
from bot.core.errors import InputError
from bot.core.escalation import hold, refresh
from bot.core.locales import LocaleFields, apply_locale
from bot.core.money import Money
from bot.core.quickadd import Tagged
from bot.core.stages import LABELS, TERMINAL
from bot.store.models import (
    Creator,
    Deal,
    Payment,
    Touchpoint,
    Workspace,
    row_id,
)

CHANNELS = (
    "email",
    "whatsapp",
    "line",
    "kakaotalk",
    "wechat",
    "telegram",
    "zalo",
    "messenger",
    "dm",
    "comment",
    "call",
    "other",
)
_CHANNEL_ALIASES = {
    "wa": "whatsapp",
    "kakao": "kakaotalk",
    "phone": "call",
    "mail": "email",
    "instagram": "dm",
    "ig": "dm",
    "fb": "messenger",
    "facebook": "messenger",
}


def parse_channel(word: str) -> str:
    key = word.strip().lower()
    key = _CHANNEL_ALIASES.get(key, key)
    if key not in CHANNELS:
        raise InputError(f'"{word}" is not a channel I know. Try one of: {", ".join(CHANNELS)}.')
    return key


@dataclass(frozen=True)
class NewDeal:
    """What a person asked for, from quick syntax or the modal, before it is saved."""

    name: str
    emails: tuple[str, ...] = ()
    managers: tuple[str, ...] = ()
    handle: str | None = None
    platform: str | None = None
    fee: Money | None = None
    stage: Stage = Stage.negotiating
    publish_due: date | None = None
    draft_due: date | None = None
    owner_id: str | None = None
    notes: str | None = None
    campaign: str | None = None
    contacts: dict[str, str] = field(default_factory=dict)
    locale: LocaleFields = field(default_factory=LocaleFields)


def _next_number(session: Session, ws: Workspace) -> int:
    """The workspace's next short deal number, taken atomically so concurrent adds never clash."""
    return session.exec(
        update(Workspace)
        .where(col(Workspace.id) == ws.id)
        .values(deal_seq=Workspace.deal_seq + 1)
        .returning(col(Workspace.deal_seq))
    ).scalar_one()


def validate_new_deal(spec: NewDeal, today: date) -> None:
    if not spec.name.strip():
        raise InputError("The creator's name is missing.")
    if len(spec.name) > 200:
        raise InputError("The creator's name is longer than 200 characters.")
    if spec.fee is not None and spec.fee.amount_minor <= 0:
        raise InputError("The fee must be more than zero.")
    for label, due in (("publish", spec.publish_due), ("draft", spec.draft_due)):
        if due is not None and due < today:
            raise InputError(f"The {label} deadline {due.isoformat()} is already past.")


def add_deal(
    session: Session, ws: Workspace, spec: NewDeal, *, actor: str, now: datetime
) -> tuple[Deal, bool]:
    """Save a deal, reusing the creator when an address or handle is already known.

    Returns the deal and whether its creator was already on file.
    """
    creator = find_creator(session, ws, spec)
    reused = creator is not None
    if creator is None:
        creator = Creator(
            workspace_id=row_id(ws),
            name=spec.name.strip(),
            name_key=text_key(spec.name),
            created_at=now,
        )
    apply_locale(creator, spec.locale)
    creator.contacts = {**creator.contacts, **spec.contacts}
    session.add(creator)
    session.flush()
    attach_contacts(session, ws, creator, spec)
    deal = Deal(
        workspace_id=row_id(ws),
        number=_next_number(session, ws),
        creator_id=row_id(creator),
        campaign=spec.campaign,
        owner_id=spec.owner_id or actor,
        fee_minor=spec.fee.amount_minor if spec.fee else None,
        currency=spec.fee.currency if spec.fee else ws.default_currency,
        stage=spec.stage,
        stage_changed_at=now,
        publish_due=spec.publish_due,
        draft_due=spec.draft_due,
        notes=spec.notes,
        channel_id=ws.channel_id,
        created_by=actor,
        created_at=now,
        updated_at=now,
    )
    session.add(deal)
    session.flush()
    refresh(session, ws, deal, now)
    return deal, reused


def update_deal(
    session: Session, ws: Workspace, deal: Deal, spec: NewDeal, *, actor: str, now: datetime
) -> Deal:
    """Apply an edit from the modal: the deal's fields, the creator's name and contacts."""
    creator = session.exec(
        select(Creator).where(Creator.id == deal.creator_id, Creator.workspace_id == ws.id)
    ).one()
    creator.name = spec.name.strip()
    creator.name_key = text_key(spec.name)
    apply_locale(creator, spec.locale, replace=True)
    attach_contacts(session, ws, creator, spec, replace=True)
    deal.owner_id = spec.owner_id or deal.owner_id
    deal.fee_minor = spec.fee.amount_minor if spec.fee else None
    deal.currency = spec.fee.currency if spec.fee else deal.currency
    deal.publish_due = spec.publish_due
    deal.draft_due = spec.draft_due
    deal.notes = spec.notes
    deal.campaign = spec.campaign
    if spec.stage != deal.stage:
        _change_stage(deal, spec.stage, now)
    deal.updated_at = now
    session.add_all([creator, deal])
    session.flush()
    refresh(session, ws, deal, now)
    return deal


def log_touchpoint(
    session: Session,
    ws: Workspace,
    deal: Deal,
    *,
    direction: str,
    channel: str,
    actor: str,
    now: datetime,
    note: str | None = None,
) -> None:
    """Record a contact made outside the mailbox and let the silence clock react to it."""
    session.add(
        Touchpoint(
            workspace_id=row_id(ws),
            creator_id=deal.creator_id,
            deal_id=deal.id,
            direction=direction,
            channel=channel,
            occurred_at=now,
            source="slack",
            actor=actor,
            classification="human",
            excerpt=(note or None),
            created_at=now,
        )
    )
    session.flush()
    refresh(session, ws, deal, now)
    deal.updated_at = now
    session.add(deal)


def replied_elsewhere(
    session: Session, ws: Workspace, deal: Deal, *, actor: str, now: datetime, where: str
) -> None:
    """A teammate says the creator answered somewhere the bot cannot see (`where` says how)."""
    log_touchpoint(
        session,
        ws,
        deal,
        direction="in",
        channel="other",
        actor=actor,
        now=now,
        note=f"marked as replied {where}",
    )


def _change_stage(deal: Deal, stage: Stage, now: datetime) -> None:
    deal.stage = stage
    deal.stage_changed_at = now
    deal.closed_at = now if stage in TERMINAL else None


def set_stage(session: Session, ws: Workspace, deal: Deal, stage: Stage, now: datetime) -> None:
    if deal.stage == stage:
        raise InputError(f"Deal #{deal.number} is already at {LABELS[stage]}.")
    _change_stage(deal, stage, now)
    deal.updated_at = now
    session.add(deal)
    session.flush()
    refresh(session, ws, deal, now)


def snooze(session: Session, ws: Workspace, deal: Deal, until: datetime, now: datetime) -> None:
    if deal.stage in TERMINAL:
        raise InputError(f"Deal #{deal.number} is {LABELS[deal.stage].lower()}.")
    deal.snoozed_until = until
    deal.updated_at = now
    hold(session, ws, deal, until, now)


def pause(
    session: Session, ws: Workspace, deal: Deal, until: datetime, reason: str, now: datetime
) -> None:
    """Hold the chase until the creator is back (an out-of-office, a holiday they announced)."""
    if deal.stage in TERMINAL:
        raise InputError(f"Deal #{deal.number} is {LABELS[deal.stage].lower()}.")
    deal.paused_until = until
    deal.pause_reason = reason
    deal.updated_at = now
    hold(session, ws, deal, until, now)


def move_deals_to(session: Session, ws: Workspace, channel_id: str | None) -> None:
    """The team channel changed: active deals post there from now on, in new threads."""
    session.exec(
        update(Deal)
        .where(
            col(Deal.workspace_id) == ws.id,
            col(Deal.stage).not_in([s.value for s in TERMINAL]),
        )
        .values(channel_id=channel_id, thread_ts=None)
    )


# How long the Snooze buttons (digest, reminder card) hold a deal.
SNOOZE_DAYS = 2

MILESTONES = ("deposit", "production", "publish", "bonus", "other")


def record_payment(
    session: Session,
    ws: Workspace,
    deal: Deal,
    amount: Money,
    *,
    actor: str,
    now: datetime,
    milestone: str | None = None,
) -> None:
    """Money sent to the creator; paid money makes the ladder stricter (the risk is real now)."""
    currency = deal.currency or ws.default_currency
    if amount.currency != currency:
        raise InputError(
            f"Deal #{deal.number} is in {currency}; record the payment in {currency} too."
        )
    session.add(
        Payment(
            workspace_id=row_id(ws),
            deal_id=row_id(deal),
            amount_minor=amount.amount_minor,
            currency=currency,
            paid_at=now,
            milestone=milestone,
            created_by=actor,
            created_at=now,
        )
    )
    session.flush()
    refresh(session, ws, deal, now)


CLOSE_OUTCOMES = {"completed": Stage.closed, "cancelled": Stage.cancelled, "ghosted": Stage.ghosted}


def close(session: Session, ws: Workspace, deal: Deal, outcome: str, now: datetime) -> Stage:
    stage = CLOSE_OUTCOMES[outcome]
    if deal.stage in TERMINAL:
        raise InputError(f"Deal #{deal.number} is already {LABELS[deal.stage].lower()}.")
    set_stage(session, ws, deal, stage, now)
    return stage


def set_details(session: Session, ws: Workspace, deal: Deal, given: Tagged) -> Creator:
    """`/deal set`: the creator's country, language, time zone, messaging apps and manager,
    as the team knows them; what is not named stays."""
    creator = session.exec(
        select(Creator).where(Creator.id == deal.creator_id, Creator.workspace_id == ws.id)
    ).one()
    apply_locale(creator, given.locale)
    creator.contacts = {**creator.contacts, **given.contacts}
    session.add(creator)
    session.flush()
    attach_contacts(session, ws, creator, NewDeal(name=creator.name, managers=given.managers))
    session.flush()
    return creator
