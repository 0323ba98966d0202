"""Who holds the ball: the moment the creator started owing the team an answer."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement
from sqlmodel import Session, col, func, select

from bot.core.stages import TERMINAL, WAITS_ON_CREATOR
from bot.store.models import Deal, Touchpoint


def _for_deal(deal: Deal) -> ColumnElement[bool]:
    """A touchpoint counts for the deal it names, or for all its creator's deals if unnamed."""
    return (
        (col(Touchpoint.workspace_id) == deal.workspace_id)
        & (col(Touchpoint.creator_id) == deal.creator_id)
    ) & ((col(Touchpoint.deal_id) == deal.id) | col(Touchpoint.deal_id).is_(None))


@dataclass(frozen=True)
class SilenceChange:
    new_reply: bool
    started: bool
    level_before: int


def recompute_silence(session: Session, deal: Deal, now: datetime) -> SilenceChange:
    """Derive the deal's silence fields from its touchpoints and stage.

    `awaiting_since` is the first moment after the creator's last human reply at which the ball
    went to them: a team contact, or entering a stage that waits on them. None means the team owes
    the next move. A new reply during a silence closes that episode and drops the level to 0.
    Auto-replies, bounces and lists are not replies.
    """
    last_in = session.exec(
        select(func.max(Touchpoint.occurred_at)).where(
            _for_deal(deal), Touchpoint.direction == "in", Touchpoint.classification == "human"
        )
    ).one()
    outbound = select(func.min(Touchpoint.occurred_at)).where(
        _for_deal(deal), Touchpoint.direction == "out"
    )
    if last_in is not None:
        outbound = outbound.where(col(Touchpoint.occurred_at) > last_in)
    first_out = session.exec(outbound).one()
    last_out = session.exec(
        select(func.max(Touchpoint.occurred_at)).where(
            _for_deal(deal), Touchpoint.direction == "out"
        )
    ).one()

    stage = deal.stage
    candidates = [first_out] if first_out is not None else []
    if stage in WAITS_ON_CREATOR and (last_in is None or deal.stage_changed_at > last_in):
        candidates.append(deal.stage_changed_at)
    awaiting = min(candidates) if candidates and stage not in TERMINAL else None

    new_reply = last_in is not None and (
        deal.last_creator_reply_at is None or last_in > deal.last_creator_reply_at
    )
    change = SilenceChange(new_reply, awaiting != deal.awaiting_since, deal.level)
    if new_reply and deal.awaiting_since is not None:
        deal.episode += 1
    if new_reply or awaiting is None:
        deal.level = 0
    deal.last_creator_reply_at = last_in
    deal.last_team_contact_at = last_out
    deal.awaiting_since = awaiting
    session.add(deal)
    return change
