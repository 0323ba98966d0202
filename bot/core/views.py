"""Deals as read models: everything a reply, card or post shows, read with few queries."""

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import ColumnElement, Connection, Row, true
from sqlalchemy import select as sa_select
from sqlalchemy.orm import Mapped
from sqlmodel import Session, col, func, or_, select

from bot.core.enums import Stage
from bot.core.locales import Locality
from bot.core.money import Money
from bot.core.stages import LABELS, TERMINAL
from bot.store.models import (
    Creator,
    CreatorAddress,
    CreatorHandle,
    Deal,
    Payment,
    Touchpoint,
    Workspace,
)


@dataclass(frozen=True)
class TouchpointView:
    direction: str
    channel: str
    occurred_at: datetime
    source: str
    actor: str | None
    classification: str
    excerpt: str | None


@dataclass(slots=True)
class DealView:
    """A deal with its creator, read in one go, for builders that must not touch the database."""

    id: int
    number: int
    creator_name: str
    stage: Stage
    owner_id: str | None
    handles: tuple[tuple[str | None, str], ...] = ()
    emails: tuple[str, ...] = ()
    fee: Money | None = None
    paid: Money | None = None
    campaign: str | None = None
    publish_due: date | None = None
    draft_due: date | None = None
    awaiting_since: datetime | None = None
    last_creator_reply_at: datetime | None = None
    last_team_contact_at: datetime | None = None
    snoozed_until: datetime | None = None
    paused_until: datetime | None = None
    level: int = 0
    notes: str | None = None
    created_at: datetime | None = None
    closed_at: datetime | None = None
    blacklisted: bool = False
    country: str | None = None
    locality: Locality = field(default_factory=lambda: Locality(None, None, None, None))
    contacts: dict[str, str] = field(default_factory=dict)
    managers: tuple[str, ...] = ()
    email_bounced: bool = False
    history: tuple[TouchpointView, ...] = field(default=())

    @property
    def stage_label(self) -> str:
        return LABELS[self.stage]

    @property
    def active(self) -> bool:
        return self.stage not in TERMINAL


# Past this many ids, reading the workspace's rows whole is cheaper than a long IN list.
_IN_LIMIT = 500


def _among(column: Mapped[int | None], ids: Collection[int]) -> ColumnElement[bool]:
    """`column IN ids`, or no filter for many ids (the caller also filters by workspace)."""
    return column.in_(ids) if len(ids) <= _IN_LIMIT else true()


Handles = tuple[tuple[str | None, str], ...]


class CreatorRow(NamedTuple):
    name: str
    contacts: dict[str, str] | None
    blacklisted_at: datetime | None
    locality: Locality


@dataclass(slots=True)
class Related:
    """What views show of many deals' creators and payments, read with a few queries.

    Keyed by creator id, except `paid`, keyed by deal id and currency.
    """

    creators: dict[int, CreatorRow]
    handles: dict[int, Handles]
    emails: dict[int, tuple[str, ...]]
    managers: dict[int, tuple[str, ...]]
    bounced: set[int]  # creators whose own addresses all bounced
    paid: dict[tuple[int, str], int]

    def paid_money(self, deal_id: int, currency: str) -> Money | None:
        total = self.paid.get((deal_id, currency))
        return Money(total, currency) if total else None


# The readers below go through the session's connection and unpack plain rows: the digest reads
# thousands, and this is several times cheaper per row than the ORM's results.


def read_related(
    session: Session, ws: Workspace, creator_ids: Collection[int], deal_ids: Collection[int]
) -> Related:
    db = session.connection()
    creators: dict[int, CreatorRow] = {}
    # SQLModel's `select` takes up to four columns; SQLAlchemy's builds the same statement.
    for cid, name, on_file, blacklisted_at, country, language, source, zone in db.execute(
        sa_select(
            col(Creator.id),
            col(Creator.name),
            col(Creator.contacts),
            col(Creator.blacklisted_at),
            col(Creator.country),
            col(Creator.language),
            col(Creator.language_source),
            col(Creator.timezone),
        ).where(col(Creator.workspace_id) == ws.id, _among(col(Creator.id), creator_ids))
    ).all():
        assert cid is not None  # a primary key
        locality = Locality(country, language, source, zone)
        creators[cid] = CreatorRow(name, on_file, blacklisted_at, locality)
    emails: dict[int, list[str]] = {}
    managers: dict[int, list[str]] = {}
    deliverable: set[int] = set()
    for cid, address, role, bounced_at in _addresses(db, ws, creator_ids):
        if role == "manager":
            managers.setdefault(cid, []).append(address)
        else:
            emails.setdefault(cid, []).append(address)
            if bounced_at is None:
                deliverable.add(cid)
    return Related(
        creators=creators,
        handles=read_handles(db, ws, creator_ids),
        emails={cid: tuple(found) for cid, found in emails.items()},
        managers={cid: tuple(found) for cid, found in managers.items()},
        bounced=emails.keys() - deliverable,
        paid=read_paid(db, ws, deal_ids),
    )


def read_handles(db: Connection, ws: Workspace, creator_ids: Collection[int]) -> dict[int, Handles]:
    """Each creator's handles, in the order they were added."""
    handles: dict[int, Handles] = {}
    for cid, platform, handle in db.execute(
        select(
            col(CreatorHandle.creator_id), col(CreatorHandle.platform), col(CreatorHandle.handle)
        )
        .where(
            CreatorHandle.workspace_id == ws.id,
            _among(col(CreatorHandle.creator_id), creator_ids),
        )
        .order_by(col(CreatorHandle.id))
    ).all():
        handles[cid] = (*handles.get(cid, ()), (platform, handle))
    return handles


def _addresses(
    db: Connection, ws: Workspace, creator_ids: Collection[int], *where: ColumnElement[bool]
) -> Sequence[Row[int, str, str, datetime | None]]:
    return db.execute(
        select(
            col(CreatorAddress.creator_id),
            col(CreatorAddress.address),
            col(CreatorAddress.role),
            col(CreatorAddress.bounced_at),
        )
        .where(
            CreatorAddress.workspace_id == ws.id,
            _among(col(CreatorAddress.creator_id), creator_ids),
            *where,
        )
        .order_by(col(CreatorAddress.id))
    ).all()


def read_managers(
    db: Connection, ws: Workspace, creator_ids: Collection[int]
) -> dict[int, tuple[str, ...]]:
    managers: dict[int, tuple[str, ...]] = {}
    for cid, address, _, _ in _addresses(
        db, ws, creator_ids, col(CreatorAddress.role) == "manager"
    ):
        managers[cid] = (*managers.get(cid, ()), address)
    return managers


def read_bounced(db: Connection, ws: Workspace, creator_ids: Collection[int]) -> set[int]:
    """Creators whose own addresses all bounced, counted by the database."""
    return set(
        db.execute(
            select(CreatorAddress.creator_id)
            .where(
                CreatorAddress.workspace_id == ws.id,
                _among(col(CreatorAddress.creator_id), creator_ids),
                CreatorAddress.role != "manager",
            )
            .group_by(col(CreatorAddress.creator_id))
            .having(func.count(col(CreatorAddress.bounced_at)) == func.count())
        ).scalars()
    )


def read_paid(
    db: Connection, ws: Workspace, deal_ids: Collection[int]
) -> dict[tuple[int, str], int]:
    """What has been paid on each deal, per currency."""
    return {
        (deal_id, currency): int(total)
        for deal_id, currency, total in db.execute(
            select(col(Payment.deal_id), col(Payment.currency), func.sum(col(Payment.amount_minor)))
            .where(Payment.workspace_id == ws.id, _among(col(Payment.deal_id), deal_ids))
            .group_by(col(Payment.deal_id), col(Payment.currency))
        ).all()
    }


def _saved_id(deal: Deal) -> int:
    assert deal.id is not None, "the deal is not flushed yet"
    return deal.id


def deal_views(
    session: Session, ws: Workspace, deals: Sequence[Deal], *, history: bool = False
) -> list[DealView]:
    """Views of many deals with a fixed number of queries, whatever their count."""
    if not deals:
        return []
    creator_ids = {d.creator_id for d in deals}
    deal_ids = [_saved_id(d) for d in deals]
    related = read_related(session, ws, creator_ids, deal_ids)
    histories: dict[int, list[TouchpointView]] = {}
    if history:
        by_creator: dict[int, list[int]] = {}
        for d, deal_id in zip(deals, deal_ids, strict=True):
            by_creator.setdefault(d.creator_id, []).append(deal_id)
        for t in session.exec(
            select(Touchpoint)
            .where(
                Touchpoint.workspace_id == ws.id,
                or_(
                    col(Touchpoint.deal_id).in_(deal_ids),
                    col(Touchpoint.deal_id).is_(None) & col(Touchpoint.creator_id).in_(creator_ids),
                ),
            )
            .order_by(col(Touchpoint.occurred_at).desc(), col(Touchpoint.id).desc())
            .limit(10 * len(deal_ids))
        ):
            seen = TouchpointView(
                t.direction, t.channel, t.occurred_at, t.source, t.actor, t.classification,
                t.excerpt or t.subject,
            )  # fmt: skip
            owners = [t.deal_id] if t.deal_id else by_creator.get(t.creator_id, [])
            for owner in owners:
                histories.setdefault(owner, []).append(seen)
    views = []
    for d, deal_id in zip(deals, deal_ids, strict=True):
        name, on_file, blacklisted_at, locality = related.creators[d.creator_id]
        currency = d.currency or ws.default_currency
        views.append(
            DealView(
                id=deal_id,
                number=d.number,
                creator_name=name,
                stage=d.stage,
                owner_id=d.owner_id,
                handles=related.handles.get(d.creator_id, ()),
                emails=related.emails.get(d.creator_id, ()),
                fee=Money(d.fee_minor, currency) if d.fee_minor is not None else None,
                paid=related.paid_money(deal_id, currency),
                campaign=d.campaign,
                publish_due=d.publish_due,
                draft_due=d.draft_due,
                awaiting_since=d.awaiting_since,
                last_creator_reply_at=d.last_creator_reply_at,
                last_team_contact_at=d.last_team_contact_at,
                snoozed_until=d.snoozed_until,
                paused_until=d.paused_until,
                level=d.level,
                notes=d.notes,
                created_at=d.created_at,
                closed_at=d.closed_at,
                blacklisted=blacklisted_at is not None,
                country=locality.country,
                locality=locality,
                contacts=dict(on_file or {}),
                managers=related.managers.get(d.creator_id, ()),
                email_bounced=d.creator_id in related.bounced,
                history=tuple(histories.get(deal_id, ())[:10]),
            )
        )
    return views


def deal_view(session: Session, ws: Workspace, deal: Deal, *, history: bool = False) -> DealView:
    return deal_views(session, ws, [deal], history=history)[0]
