"""Finding a deal from what a person typed or a button carries, in one workspace only."""

import re
from collections.abc import Sequence

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from bot.core.creators import text_key
from bot.core.errors import Ambiguous, InputError, NotFound
from bot.core.stages import ACTIVE, TERMINAL
from bot.core.views import DealView, deal_views
from bot.store.models import (
    Creator,
    CreatorHandle,
    Deal,
    Workspace,
)


def get_deal(session: Session, ws: Workspace, deal_id: int) -> Deal:
    """A deal by database id, as a button carries it; another workspace's id is not found."""
    deal = session.exec(
        select(Deal).where(Deal.id == deal_id, Deal.workspace_id == ws.id).with_for_update()
    ).one_or_none()
    if deal is None:
        raise NotFound("That deal no longer exists in this workspace.")
    return deal


def resolve_deal(session: Session, ws: Workspace, ref: str, *, loose: bool = True) -> Deal:
    """A deal from `#12`, `12`, `@handle`, a handle, or the creator's name.

    Exact matches win over partial ones, and active deals over finished ones.
    """
    ref = ref.strip()
    if not ref:
        raise InputError("Say which deal: its number (#12), the creator's handle or name.")
    number = re.fullmatch(r"#?(\d{1,9})", ref)
    if number:
        deal = session.exec(
            select(Deal)
            .where(Deal.workspace_id == ws.id, Deal.number == int(number[1]))
            .with_for_update()
        ).one_or_none()
        if deal is None:
            raise NotFound(f"There is no deal #{number[1]} in this workspace.")
        return deal
    key = text_key(ref.removeprefix("@"))
    exact = or_(
        col(Creator.id).in_(
            select(CreatorHandle.creator_id).where(
                CreatorHandle.workspace_id == ws.id, CreatorHandle.handle_key == key
            )
        ),
        col(Creator.name_key) == key,
    )
    searches = [exact]
    if loose:
        partial = or_(
            col(Creator.name_key).contains(key, autoescape=True),
            col(Creator.id).in_(
                select(CreatorHandle.creator_id).where(
                    CreatorHandle.workspace_id == ws.id,
                    col(CreatorHandle.handle_key).contains(key, autoescape=True),
                )
            ),
        )
        searches.append(partial)
    for condition in searches:
        deals = session.exec(
            select(Deal)
            .join(Creator, col(Creator.id) == Deal.creator_id)
            .where(Deal.workspace_id == ws.id, Creator.workspace_id == ws.id, condition)
            .order_by(col(Deal.number))
            .limit(50)
            .with_for_update(of=Deal)
        ).all()
        active = [d for d in deals if d.stage not in TERMINAL]
        chosen = active or list(deals)
        if len(chosen) == 1:
            return chosen[0]
        if chosen:
            views = deal_views(session, ws, chosen)
            raise Ambiguous(f'"{ref}" matches {len(chosen)} deals.', views)
    raise NotFound(f'No deal matches "{ref}". Try `/deal list` to see the deal numbers.')


def split_ref(session: Session, ws: Workspace, words: Sequence[str]) -> tuple[Deal, list[str]]:
    """The deal named by the first words, and the words after it.

    Names have spaces, so the longest run of leading words that names a deal exactly wins;
    failing that, the first word is searched for loosely.
    """
    if not words:
        raise InputError("Say which deal: its number (#12), the creator's handle or name.")
    for size in range(min(len(words), 6), 0, -1):
        try:
            return resolve_deal(session, ws, " ".join(words[:size]), loose=False), list(
                words[size:]
            )
        except NotFound:
            continue
    return resolve_deal(session, ws, words[0]), list(words[1:])


LIST_SCOPES = ("active", "mine", "all", "silent")


def list_deals(
    session: Session, ws: Workspace, scope: str, user_id: str, *, limit: int = 100
) -> tuple[list[DealView], int]:
    """Deals for `/deal list`, silent ones first, and how many there are in all."""
    query = select(Deal).where(Deal.workspace_id == ws.id)
    if scope != "all":
        query = query.where(col(Deal.stage).in_([s.value for s in ACTIVE]))
    if scope == "mine":
        query = query.where(Deal.owner_id == user_id)
    if scope == "silent":
        query = query.where(col(Deal.awaiting_since).is_not(None))
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    deals = session.exec(
        query.order_by(
            col(Deal.awaiting_since).is_(None), col(Deal.awaiting_since), col(Deal.number)
        ).limit(limit)
    ).all()
    return deal_views(session, ws, deals), total
