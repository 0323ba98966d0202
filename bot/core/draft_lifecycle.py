"""A draft's moves in the database: each one conditional UPDATE that follows `TRANSITIONS`.

Two clicks, a click and a job, or Slack's retry of a click race on the same row: the WHERE on
the starting states lets exactly one of them make the move.
"""

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from bot.core import deal_refs, deals
from bot.core.draft_states import Move, starts, target
from bot.core.drafts import get_draft
from bot.core.enums import DraftState
from bot.core.errors import InputError
from bot.core.escalation import restart_after_reminder
from bot.store.models import Draft, Touchpoint, Workspace


def make(
    session: Session,
    ws: Workspace,
    draft: Draft | int,
    move: Move,
    now: datetime,
    **values: Any,
) -> bool:
    """Make `move` if the draft is in one of its starting states; False when it is not.

    Given the loaded draft, its attributes take the new values without another read.
    """
    draft_id = draft if isinstance(draft, int) else draft.id
    values |= {"state": target(move), "updated_at": now}
    result = session.exec(
        update(Draft)
        .where(
            col(Draft.id) == draft_id,
            col(Draft.workspace_id) == ws.id,
            col(Draft.state).in_(starts(move)),
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    moved = bool(result.rowcount == 1)
    if moved and isinstance(draft, Draft):
        for key, value in values.items():
            set_committed_value(draft, key, value)
    return moved


def claim(
    session: Session,
    ws: Workspace,
    draft: Draft | int,
    user_id: str,
    now: datetime,
    *,
    move: Move = Move.send,
    message_id: str | None = None,
) -> bool:
    """Take the draft for sending; False when another click already did (or it is done).

    The Message-ID is recorded with the claim, before the mail leaves, so a send cut short can
    be looked up in Sent; a resend keeps the first one, so a copy that did arrive is the same
    message to the creator's mail client.
    """
    values: dict[str, Any] = {"acted_by": user_id, "acted_at": now, "error": None}
    if message_id is not None:
        values["sent_message_id"] = message_id
    return make(session, ws, draft, move, now, **values)


def record_sent(
    session: Session, ws: Workspace, draft: Draft, *, via: str, now: datetime, move: Move
) -> bool:
    """Sent (or found in Sent): an outbound touchpoint, and the silence clock restarts."""
    if not make(session, ws, draft, move, now, sent_via=via, error=None):
        return False
    deal = deal_refs.get_deal(session, ws, draft.deal_id)
    session.add(
        Touchpoint(
            workspace_id=ws.id or 0,
            creator_id=deal.creator_id,
            deal_id=deal.id,
            direction="out",
            channel="email",
            occurred_at=now,
            source="bot",
            actor=draft.acted_by,
            message_id=draft.sent_message_id,
            in_reply_to=draft.in_reply_to,
            references=draft.references,
            subject=draft.subject,
            excerpt=draft.body[:280],
            created_at=now,
        )
    )
    session.flush()
    restart_after_reminder(session, ws, deal, now)
    return True


def record_unsent(
    session: Session, ws: Workspace, draft: Draft | int, move: Move, reason: str, now: datetime
) -> bool:
    """Failed, refused or maybe sent: the reason is kept for the card, and so is the text."""
    return make(session, ws, draft, move, now, error=reason)


def discard(
    session: Session, ws: Workspace, draft_id: int, user_id: str, now: datetime, *, why: str
) -> Draft:
    """A person threw the draft away (also after "They replied" or a snooze)."""
    by = {"acted_by": user_id, "acted_at": now, "error": why}
    if not make(session, ws, draft_id, Move.discard, now, **by):
        raise InputError(f"This draft is already {get_draft(session, ws, draft_id).state}.")
    return get_draft(session, ws, draft_id)


SNOOZE, REPLIED, DISCARD, CANCEL = "snooze", "replied", "discard", "cancel"


def answer(
    session: Session, ws: Workspace, draft_id: int, action: str, user_id: str, now: datetime
) -> None:
    """The card's other buttons, each one transaction: take back a scheduled approval, snooze
    the deal, log that the creator replied (which discards the draft), or discard it."""
    draft = get_draft(session, ws, draft_id)
    deal = deal_refs.get_deal(session, ws, draft.deal_id)
    if action == CANCEL:
        taken_back = {"acted_by": user_id, "acted_at": now, "send_after": None, "error": None}
        if not make(session, ws, draft, Move.cancel, now, **taken_back):
            raise InputError(f"This draft is already {draft.state}.")
    elif action == SNOOZE:
        discard(session, ws, draft_id, user_id, now, why=f"Snoozed for {deals.SNOOZE_DAYS} days")
        deals.snooze(session, ws, deal, now + timedelta(days=deals.SNOOZE_DAYS), now)
    elif action == REPLIED:
        discard(session, ws, draft_id, user_id, now, why="They replied — draft discarded")
        deals.replied_elsewhere(
            session, ws, deal, actor=user_id, now=now, where="on the reminder card"
        )
    else:
        discard(session, ws, draft_id, user_id, now, why="Discarded")


def save_edit(
    session: Session, ws: Workspace, draft_id: int, *, subject: str, body: str, now: datetime
) -> Draft:
    """New words make a refused or failed draft worth sending again: it waits for approval."""
    if not subject.strip() or not body.strip():
        raise InputError("The subject and the text cannot be empty.")
    text = {"subject": subject.strip(), "body": body.rstrip() + "\n", "error": None}
    if not make(session, ws, draft_id, Move.edit, now, **text):
        state = get_draft(session, ws, draft_id).state
        raise InputError(f"This draft is already {state}; it can no longer be edited.")
    draft = get_draft(session, ws, draft_id)
    session.refresh(draft)
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


STOPPED = "The bot stopped while sending: this email may have been sent."
