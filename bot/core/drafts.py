"""Reminder drafts: written from the playbook's templates, approved by a person, sent once.

A draft moves `pending → sending` by a conditional UPDATE before any mail traffic, so fifty
clicks (or Slack's retries) send one email; `sending → sent | failed` records the outcome.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlmodel import Session, col, select

from bot.core.draft_states import OPEN, Move, starts
from bot.core.enums import DraftState, OutboxKind, Stage
from bot.core.errors import InputError, NotFound
from bot.core.escalation import close_open_drafts
from bot.core.ladder import workspace_calendar
from bot.core.message_ids import valid_message_id, valid_message_ids
from bot.core.money import Money
from bot.core.posts import queue_post
from bot.core.stages import TERMINAL
from bot.core.views import DealView, deal_view
from bot.core.workspaces import zone
from bot.store.models import (
    Creator,
    CreatorAddress,
    Deal,
    Draft,
    Payment,
    Touchpoint,
    Workspace,
    row_id,
)

_ORDER = list(Stage)
# Ids from other mail systems are kept only when well formed, so one odd header cannot make
# every later reminder to that creator unsendable.
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
    state: DraftState
    language: str
    acted_by: str | None
    acted_at: datetime | None
    error: str | None
    sent_via: str | None
    in_reply_to: str | None
    channel_id: str | None
    message_ts: str | None
    send_after: datetime | None = None

    @property
    def zone(self) -> str | None:
        """The creator's time zone, when it is known."""
        return self.deal.locality.effective_zone


def draft_view(
    session: Session, ws: Workspace, draft: Draft, deal: Deal | None = None
) -> DraftView:
    """For the approval card; `deal` saves a read when the caller has it loaded already."""
    if deal is None:
        deal = session.exec(
            select(Deal).where(Deal.id == draft.deal_id, Deal.workspace_id == ws.id)
        ).one()
    return view_of(draft, deal_view(session, ws, deal))


def view_of(draft: Draft, deal: DealView) -> DraftView:
    """The card's view of a draft whose deal was read already: no database work."""
    return DraftView(
        id=row_id(draft),
        deal=deal,
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
        sent_via=draft.sent_via,
        in_reply_to=draft.in_reply_to,
        channel_id=draft.channel_id,
        message_ts=draft.message_ts,
        send_after=draft.send_after,
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
        select(Draft).where(Draft.deal_id == deal.id, col(Draft.state).in_(sorted(OPEN)))
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
    """The facts a reminder's words must agree with, worked out here so that no template (ours
    or a team's) does date or money arithmetic: see `bot.mail.templates` for the contract.

    Dates are the workspace's calendar dates, compared with its today. Amounts stay `Money`,
    so the writer prints them in the email's language. What the balance waits on follows the
    playbook's advice (nothing more is paid before the video is live) until deals carry a
    payment plan.
    """
    payments = session.exec(
        select(Payment)
        .where(Payment.deal_id == deal.id, Payment.workspace_id == deal.workspace_id)
        .order_by(col(Payment.paid_at))
    ).all()
    local = zone(ws)
    today = now.astimezone(local).date()
    step = _ORDER.index(deal.stage)
    owed = None
    if view.fee is not None:
        rest = view.fee.amount_minor - (view.paid.amount_minor if view.paid else 0)
        owed = Money(rest, view.fee.currency) if rest > 0 else None
    owed_after = None
    if owed is not None and step < _ORDER.index(Stage.paid):
        owed_after = "link" if deal.stage == Stage.published else "publication"
    # The dates still ahead of the stage: none is agreed while negotiating, the draft date is
    # moot once a draft arrived, and the publish date once the video is live.
    still_due = (
        ("draft", deal.draft_due, Stage.draft_submitted),
        ("publish", deal.publish_due, Stage.published),
    )
    deadlines = [
        {"kind": kind, "date": due, "passed": due < today}
        for kind, due, done in still_due
        if due is not None and _ORDER.index(Stage.contracted) <= step < _ORDER.index(done)
    ]
    name = view.creator_name
    first = name.split()[0] if " " in name else name
    return {
        "creator": {"name": name, "first_name": first},
        "deal": {
            "number": deal.number,
            "campaign": deal.campaign,
            "brand": None,
            "deliverables": deal.deliverables,
            "fee": view.fee,
            "paid": view.paid,
            "owed": owed,
            "paid_in_full": view.fee is not None and owed is None,
            "owed_after": owed_after,
            "publish_due": deal.publish_due,
            "draft_due": deal.draft_due,
            "publish_passed": deal.publish_due is not None and deal.publish_due < today,
            "draft_passed": deal.draft_due is not None and deal.draft_due < today,
            "stage": deal.stage,
            "product_received": step >= _ORDER.index(Stage.product_received),
            "contract_signed_at": deal.contract_signed_at.astimezone(local).date()
            if deal.contract_signed_at
            else None,
            "contract_url": deal.contract_url,
        },
        "deadlines": deadlines,
        "deadline": deadlines[0] if deadlines else None,
        "payments": [
            {
                "amount": Money(p.amount_minor, p.currency),
                "paid_at": p.paid_at.astimezone(local).date(),
                "milestone": p.milestone,
            }
            for p in payments
        ],
        "today": today,
        "days_silent": days,
        "manager": {"name": None},
        "reply_by": workspace_calendar(ws)
        .add_working_days(now, REPLY_WITHIN)
        .astimezone(local)
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
        existing.level >= level or existing.state not in starts(Move.supersede)
    ):
        return existing
    if existing is not None:
        close_open_drafts(
            session,
            ws,
            deal,
            now,
            move=Move.supersede,
            why=f"Replaced by the level {level} reminder",
        )
        session.flush()
    addresses = session.exec(
        select(CreatorAddress).where(
            CreatorAddress.creator_id == deal.creator_id, CreatorAddress.workspace_id == ws.id
        )
    ).all()
    usable = [a for a in addresses if a.bounced_at is None]
    to = [a.address for a in usable if a.role != "manager"]
    managers = [a.address for a in usable if a.role == "manager"]
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
    # A creator's odd Message-ID is no thread to reply to: it would stop every reminder.
    in_reply_to = valid_message_id(thread.message_id) if thread else None
    references = (
        " ".join(valid_message_ids([thread.references, in_reply_to])) or None if thread else None
    )
    draft = Draft(
        workspace_id=row_id(ws),
        deal_id=row_id(deal),
        level=level,
        template=written.template,
        language=written.language,
        to_addrs=to,
        cc_addrs=managers if level >= CC_MANAGER_FROM else [],
        subject=written.subject,
        body=written.body,
        in_reply_to=in_reply_to,
        references=references,
        created_at=now,
        updated_at=now,
    )
    session.add(draft)
    session.flush()
    return draft


def queue_card(session: Session, ws: Workspace, deal: Deal, draft: Draft, now: datetime) -> None:
    """Post the draft's approval card in the deal's thread, through the outbox."""
    queue_post(session, ws, deal, OutboxKind.draft_card, {"draft_id": draft.id}, now)


def draft_now(session: Session, ws: Workspace, deal: Deal, write: Writer, now: datetime) -> str:
    """Draft a reminder on request, at the deal's level (at least a friendly nudge); says what
    happened, for the person who asked."""
    if deal.stage in TERMINAL:
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
