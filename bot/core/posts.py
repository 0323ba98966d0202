"""Queuing a post about a deal: it goes through the outbox, to the deal's channel and thread."""

from datetime import datetime
from typing import Any

from sqlmodel import Session

from bot.core.enums import OutboxKind
from bot.store.models import Deal, Outbox, Workspace


def queue_post(
    session: Session,
    ws: Workspace,
    deal: Deal,
    kind: OutboxKind,
    payload: dict[str, Any],
    now: datetime,
) -> None:
    """Posted by the outbox drain at Slack's pace, in the same transaction as the change."""
    session.add(
        Outbox(
            workspace_id=ws.id or 0,
            deal_id=deal.id,
            kind=kind,
            channel_id=deal.channel_id or ws.channel_id,
            payload=payload,
            not_before=now,
            created_at=now,
        )
    )
