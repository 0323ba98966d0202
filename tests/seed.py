"""Many silent deals at once, inserted in bulk, for tests and benchmarks that need volume."""

from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col

from bot.store.models import Creator, Deal, Workspace


def silent_deals(
    session: Session, ws: Workspace, count: int, since: datetime, **deal: Any
) -> list[int]:
    """`count` creators, each with a product_shipped deal silent since `since`; `deal` overrides
    columns (a callable value is called with the deal's index). Returns the deal ids."""
    creators = (
        session.execute(
            insert(Creator).returning(col(Creator.id)),
            [
                {
                    "workspace_id": ws.id,
                    "name": f"Creator {i}",
                    "name_key": f"creator {i}",
                    "contacts": {},
                    "feeds": [],
                    "created_at": since,
                }
                for i in range(count)
            ],
        )
        .scalars()
        .all()
    )
    rows = []
    for i, creator_id in enumerate(creators):
        row = {
            "workspace_id": ws.id,
            "number": ws.deal_seq + i + 1,
            "creator_id": creator_id,
            "stage": "product_shipped",
            "stage_changed_at": since,
            "awaiting_since": since,
            "clock_start": since,
            "clock_credit": 0,
            "payment_plan": [],
            "level": 0,
            "episode": 0,
            "channel_id": ws.channel_id,
            "created_at": since,
            "updated_at": since,
        }
        row.update({k: v(i) if callable(v) else v for k, v in deal.items()})
        rows.append(row)
    ids = session.execute(insert(Deal).returning(col(Deal.id)), rows).scalars().all()
    ws.deal_seq += count
    session.add(ws)
    return list(ids)
