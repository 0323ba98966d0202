"""Reminder drafts: written from the playbook's templates, approved by a person, sent once.

A draft moves `pending → sending` by a conditional UPDATE before any mail traffic, so fifty
clicks (or Slack's retries) send one email; `sending → sent | failed` records the outcome.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import update
from sqlmodel import Session, col, select

from bot.core import deals
from bot.core.errors import InputError, NotFound
from bot.core.escalation import close_open_drafts, refresh, restart_after_reminder
from bot.core.ladder import workspace_calendar
from bot.core.money import Money
from bot.core.posts import queue_post
from bot.core.stages import TERMINAL
from bot.core.views import DealView, deal_view
from bot.core.workspaces import is_approver, zone
from bot.store.models import (
    Creator,
    CreatorAddress,
    Deal,
    Draft,
    DraftState,
    Payment,
    Stage,
    Touchpoint,
    Workspace,
)

OPEN = (DraftState.pending, DraftState.sending, DraftState.failed)
_ORDER = list(Stage)
# Ids from other mail systems are kept only when well formed, so one odd header cannot make
# every later reminder to that creator unsendable.
_MESSAGE_ID = re.compile(r"<[^<>\s@]+@[^<>\s@]+>")
# Copy the manager from this level on: the playbook's "other channels" step.
CC_MANAGER_FROM = 3


@dataclass(frozen=True)
class Written:
    subject: str
    body: str
    template: str
    language: str


class Writer(Protocol):
    """Writes the reminder for a level; the mail package provides it (templates, Re: subject)."""

    def __call__(
        self,
        level: int,
        language: str | None,
        context: Mapping[str, Any],
        *,
        country: str | None,
        thread_subject: str | None,
    ) -> Written: ...


@dataclass(frozen=True)
class DraftView:
    """A draft and its deal, for the approval card."""

    id: int
    deal: DealView
    level: int
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    body: str
    state: str
    language: str
    acted_by: str | None
    acted_at: datetime | None
    error: str | None
    uncertain: bool
    sent_via: str | None
    in_reply_to: str | None


def draft_view(session: Session, ws: Workspace, draft: Draft) -> DraftView:
    deal = session.exec(
        select(Deal).where(Deal.id == draft.deal_id, Deal.workspace_id == ws.id)
    ).one()
    return DraftView(
        id=draft.id,
        deal=deal_view(session, ws, deal),
        level=draft.level,
        to=tuple(draft.to_addrs),
        cc=tuple(draft.cc_addrs),
        subject=draft.subject,
        body=draft.body,
        state=draft.state,
        language=draft.language,
        acted_by=draft.acted_by,
        acted_at=draft.acted_at,
        error=draft.error,
        uncertain=draft.uncertain,
        sent_via=draft.sent_via,
        in_reply_to=draft.in_reply_to,
    )


def get_draft(session: Session, ws: Workspace, draft_id: int) -> Draft:
    draft = session.exec(
        select(Draft).where(Draft.id == draft_id, Draft.workspace_id == ws.id)
    ).one_or_none()
    if draft is None:
        raise NotFound("That draft no longer exists in this workspace.")
    return draft


def open_draft(session: Session, deal: Deal) -> Draft | None:
    return session.exec(
        select(Draft).where(Draft.deal_id == deal.id, col(Draft.state).in_(OPEN))
    ).one_or_none()


# --- writing a draft ------------------------------------------------------------------------


def _thread(session: Session, deal: Deal) -> Touchpoint | None:
    """The last email exchanged with this creator: a reminder replies to it."""
    return session.exec(
        select(Touchpoint)
        .where(
            Touchpoint.workspace_id == deal.workspace_id,
            Touchpoint.creator_id == deal.creator_id,
            col(Touchpoint.message_id).is_not(None),
            Touchpoint.classification == "human",
        )
        .order_by(col(Touchpoint.occurred_at).desc())
        .limit(1)
    ).first()


# A firm or formal notice asks for an answer within this many working days.
REPLY_WITHIN = 3


def _context(
    session: Session, ws: Workspace, deal: Deal, view: DealView, days: int | None, now: datetime
) -> dict[str, Any]:
    payments = session.exec(
        select(Payment)
        .where(Payment.deal_id == deal.id, Payment.workspace_id == deal.workspace_id)
        .order_by(col(Payment.paid_at))
    ).all()
    owed = None
    if view.fee is not None:
        rest = view.fee.amount_minor - (view.paid.amount_minor if view.paid else 0)
        owed = Money(rest, view.fee.currency).format() if rest > 0 else None
    name = view.creator_name
    first = name.split()[0] if " " in name else name
    return {
        "creator": {"name": name, "first_name": first},
        "deal": {
            "number": deal.number,
            "campaign": deal.campaign,
            "brand": None,
            "deliverables": deal.deliverables,
            "fee": view.fee.format() if view.fee else None,
            "paid": view.paid.format() if view.paid else None,
            "owed": owed,
            "publish_due": deal.publish_due,
            "draft_due": deal.draft_due,
            "stage": deal.stage,
            "product_received": _ORDER.index(Stage(deal.stage))
            >= _ORDER.index(Stage.product_received),
            "contract_signed_at": deal.contract_signed_at.date()
            if deal.contract_signed_at
            else None,
            "contract_url": deal.contract_url,
        },
        "payments": [
            {
                "amount": Money(p.amount_minor, p.currency).format(),
                "paid_at": p.paid_at.date(),
                "milestone": p.milestone,
            }
            for p in payments
        ],
        "days_silent": days,
        "manager": {"name": None},
        "reply_by": workspace_calendar(ws)
        .add_working_days(now, REPLY_WITHIN)
        .astimezone(zone(ws))
        .date(),
    }


def create_draft(
    session: Session,
    ws: Workspace,
    deal: Deal,
    level: int,
    write: Writer,
    now: datetime,
    *,
    days_silent: int | None = None,
) -> Draft | None:
    """The deal's open draft, or a new one at `level`; None when no address can receive it.

    A waiting draft of a lower level is replaced (its card says so). The caller shows the new
    one: it has no card yet (`message_ts` is None).
    """
    existing = open_draft(session, deal)
    if existing is not None and (
        existing.level >= level or existing.uncertain or existing.state == DraftState.sending
    ):
        return existing
    if existing is not None:
        close_open_drafts(
            session,
            ws,
            deal,
            now,
            keep_uncertain=True,
            why=f"Replaced by the level {level} reminder",
        )
        session.flush()
    addresses = session.exec(
        select(CreatorAddress).where(
            CreatorAddress.creator_id == deal.creator_id, CreatorAddress.workspace_id == ws.id
        )
    ).all()
    to = [a.address for a in addresses if a.role != "manager" and a.bounced_at is None]
    managers = [a.address for a in addresses if a.role == "manager" and a.bounced_at is None]
    if not to and level >= CC_MANAGER_FROM and managers:
        to, managers = managers[:1], managers[1:]
    if not to:
        return None
    creator = session.exec(
        select(Creator).where(Creator.id == deal.creator_id, Creator.workspace_id == ws.id)
    ).one()
    view = deal_view(session, ws, deal)
    thread = _thread(session, deal)
    context = _context(session, ws, deal, view, days_silent, now)
    written = write(
        level,
        creator.language,
        context,
        country=creator.country,
        thread_subject=thread.subject if thread else None,
    )
    references = None
    in_reply_to = (
        thread.message_id if thread and _MESSAGE_ID.fullmatch(thread.message_id or "") else None
    )
    if thread is not None:
        ids = [*(thread.references or "").split(), in_reply_to or ""]
        references = " ".join(dict.fromkeys(i for i in ids if _MESSAGE_ID.fullmatch(i))) or None
    draft = Draft(
        workspace_id=ws.id,
        deal_id=deal.id,
        level=level,
        template=written.template,
        language=written.language,
        to_addrs=to,
        cc_addrs=managers if level >= CC_MANAGER_FROM else [],
        subject=written.subject,
        body=written.body,
        in_reply_to=thread.message_id if thread else None,
        references=references,
        created_at=now,
        updated_at=now,
    )
    session.add(draft)
    session.flush()
    return draft


def queue_card(session: Session, ws: Workspace, deal: Deal, draft: Draft, now: datetime) -> None:
    """Post the draft's approval card in the deal's thread, through the outbox."""
    queue_post(session, ws, deal, "draft_card", {"draft_id": draft.id}, now)


def draft_now(session: Session, ws: Workspace, deal: Deal, write: Writer, now: datetime) -> str:
    """Draft a reminder on request, at the deal's level (at least a friendly nudge); says what
    happened, for the person who asked."""
    if Stage(deal.stage) in TERMINAL:
        raise InputError(f"Deal #{deal.number} is closed: there is nobody to remind.")
    if not (deal.channel_id or ws.channel_id):
        raise InputError(
            "No team channel is set for the approval card: pick one in `/deal settings`."
        )
    waiting = open_draft(session, deal)
    if waiting is not None:
        return "A reminder is already waiting for approval in the deal's thread."
    draft = create_draft(session, ws, deal, max(deal.level, 1), write, now)
    name = session.exec(
        select(Creator.name).where(Creator.id == deal.creator_id, Creator.workspace_id == ws.id)
    ).one()
    if draft is None:
        raise InputError(
            f"No email address of {name} can receive a reminder: add one with Edit, or reach "
            "them on another channel."
        )
    queue_card(session, ws, deal, draft, now)
    return (
        f"Drafted a level {draft.level} reminder to {name}: approve it on the card in the "
        "deal's thread."
    )


# --- who may send ---------------------------------------------------------------------------


def may_send(
    ws: Workspace, deal: Deal, user_id: str, *, is_admin: bool, in_group: Callable[[str], bool]
) -> bool:
    """The workspace's approvers (users or user groups), or by default the deal's owner and the
    workspace's admins."""
    if ws.approvers:
        return is_approver(ws, user_id, in_group)
    return user_id == deal.owner_id or is_admin


def approvers_text(ws: Workspace, deal: Deal) -> list[str]:
    """Who to ask, as Slack ids (users `U…`, groups `S…`)."""
    return list(ws.approvers) or ([deal.owner_id] if deal.owner_id else [])


# --- the state machine ----------------------------------------------------------------------


def claim(
    session: Session,
    ws: Workspace,
    draft_id: int,
    user_id: str,
    now: datetime,
    *,
    resend: bool = False,
) -> Draft | None:
    """Take the draft for sending; None when another click already did (or it is done).

    A failed draft may be retried; an uncertain one only with `resend`, after a person checked.
    """
    allowed = [DraftState.pending, DraftState.failed]
    query = (
        update(Draft)
        .where(
            col(Draft.id) == draft_id,
            col(Draft.workspace_id) == ws.id,
            col(Draft.state).in_(allowed),
            col(Draft.uncertain).is_(resend),
        )
        .values(
            state=DraftState.sending,
            acted_by=user_id,
            acted_at=now,
            updated_at=now,
            sent_message_id=None,
            error=None,
            uncertain=False,
        )
        .execution_options(synchronize_session=False)
    )
    if session.exec(query).rowcount != 1:  # type: ignore[call-overload]
        return None
    draft = get_draft(session, ws, draft_id)
    session.refresh(draft)
    return draft


def assign_message_id(session: Session, draft: Draft, message_id: str) -> None:
    """Recorded before the mail leaves, so a send cut short can be looked up in Sent."""
    draft.sent_message_id = message_id
    session.add(draft)


def mark_sent(
    session: Session, ws: Workspace, draft: Draft, *, message_id: str, via: str, now: datetime
) -> None:
    """Sent: an outbound touchpoint, and the silence clock restarts from now."""
    draft.state, draft.sent_message_id, draft.sent_via = DraftState.sent, message_id, via
    draft.updated_at, draft.error = now, None
    session.add(draft)
    deal = deals.get_deal(session, ws, draft.deal_id)
    session.add(
        Touchpoint(
            workspace_id=ws.id,
            creator_id=deal.creator_id,
            deal_id=deal.id,
            direction="out",
            channel="email",
            occurred_at=now,
            source="bot",
            actor=draft.acted_by,
            message_id=message_id,
            in_reply_to=draft.in_reply_to,
            references=draft.references,
            subject=draft.subject,
            excerpt=draft.body[:280],
            created_at=now,
        )
    )
    session.flush()
    refresh(session, ws, deal, now)
    restart_after_reminder(session, ws, deal, now)


def mark_failed(session: Session, draft: Draft, reason: str, now: datetime) -> None:
    """The text is kept; the card offers Retry."""
    draft.state, draft.error, draft.updated_at = DraftState.failed, reason, now
    session.add(draft)


def close_draft(
    session: Session, ws: Workspace, draft_id: int, user_id: str, now: datetime, *, why: str
) -> Draft:
    """Discard (also after "They replied" or a snooze); a draft being sent cannot be discarded."""
    draft = get_draft(session, ws, draft_id)
    if draft.state not in (DraftState.pending, DraftState.failed):
        raise InputError(f"This draft is already {draft.state}.")
    draft.state, draft.acted_by, draft.acted_at = DraftState.discarded, user_id, now
    draft.error, draft.updated_at = why, now
    session.add(draft)
    return draft


def answer(
    session: Session, ws: Workspace, draft_id: int, action: str, user_id: str, now: datetime
) -> None:
    """The card's other buttons, each one transaction: snooze the deal, log that the creator
    replied (which discards the draft), or discard it."""
    draft = get_draft(session, ws, draft_id)
    deal = deals.get_deal(session, ws, draft.deal_id)
    if action == "snooze":
        close_draft(
            session, ws, draft_id, user_id, now, why=f"Snoozed for {deals.SNOOZE_DAYS} days"
        )
        deals.snooze(session, ws, deal, now + timedelta(days=deals.SNOOZE_DAYS), now)
    elif action == "replied":
        close_draft(session, ws, draft_id, user_id, now, why="They replied — draft discarded")
        deals.replied_elsewhere(
            session, ws, deal, actor=user_id, now=now, where="on the reminder card"
        )
    else:
        close_draft(session, ws, draft_id, user_id, now, why="Discarded")


def save_edit(
    session: Session, ws: Workspace, draft_id: int, *, subject: str, body: str, now: datetime
) -> Draft:
    draft = get_draft(session, ws, draft_id)
    if draft.state not in (DraftState.pending, DraftState.failed):
        raise InputError(f"This draft is already {draft.state}; it can no longer be edited.")
    if not subject.strip() or not body.strip():
        raise InputError("The subject and the text cannot be empty.")
    draft.subject, draft.body, draft.updated_at = subject.strip(), body.rstrip() + "\n", now
    session.add(draft)
    return draft


def stuck_sending(session: Session, older_than: datetime) -> list[Draft]:
    """Drafts left `sending` by a process that stopped before recording the outcome."""
    return list(
        session.exec(
            select(Draft).where(
                Draft.state == DraftState.sending, col(Draft.updated_at) < older_than
            )
        )
    )


def mark_uncertain(
    session: Session,
    draft: Draft,
    now: datetime,
    *,
    reason: str = "The bot stopped while sending: this email may have been sent.",
) -> None:
    """The outcome is unknown: only a person, after checking Sent, may resend."""
    draft.state, draft.uncertain, draft.updated_at = DraftState.failed, True, now
    draft.error = reason
    session.add(draft)
