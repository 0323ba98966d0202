"""The team's board for App Home: where every deal stands and what is at stake."""

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, func, select

from bot.core.digest import Digest, build_digest
from bot.core.enums import Stage
from bot.core.money import Money
from bot.core.stages import ACTIVE
from bot.core.views import DealView, deal_views
from bot.store.models import Deal, Workspace

_ACTIVE = [s.value for s in ACTIVE]


@dataclass(frozen=True)
class Board:
    mine: list[DealView]
    digest: Digest
    by_stage: dict[Stage, int]
    at_stake: list[Money]


def board(
    session: Session, ws: Workspace, user_id: str, now: datetime, *, limit: int = 15
) -> Board:
    active = select(Deal).where(Deal.workspace_id == ws.id, col(Deal.stage).in_(_ACTIVE))
    mine = session.exec(
        active.where(Deal.owner_id == user_id)
        .order_by(col(Deal.awaiting_since).is_(None), col(Deal.awaiting_since), col(Deal.number))
        .limit(limit)
    ).all()
    by_stage = {
        stage: count
        for stage, count in session.exec(
            select(Deal.stage, func.count())
            .where(Deal.workspace_id == ws.id)
            .group_by(col(Deal.stage))
        )
    }
    stakes = session.exec(
        select(Deal.currency, func.sum(Deal.fee_minor))
        .where(
            Deal.workspace_id == ws.id,
            col(Deal.stage).in_(_ACTIVE),
            col(Deal.fee_minor).is_not(None),
        )
        .group_by(col(Deal.currency))
        .order_by(col(Deal.currency))
    ).all()
    return Board(
        mine=deal_views(session, ws, mine),
        digest=build_digest(session, ws, now),
        by_stage={s: by_stage.get(s, 0) for s in Stage},
        at_stake=[
            Money(int(total), currency)
            for currency, total in stakes
            if currency and total is not None
        ],
    )
