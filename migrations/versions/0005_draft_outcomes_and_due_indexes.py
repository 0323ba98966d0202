"""draft outcomes and partial indexes on the due columns

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 21:20:00.000000

A failed send is now one of three outcomes (failed, refused, uncertain) kept in `state`; the
`uncertain` flag it replaces becomes the `uncertain` state. A reminder approved outside the
creator's working hours is `scheduled` until `send_after`. An outbox row remembers that its last
post may have landed. The indexes the jobs scan hold only the rows they look for.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.store.types

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_OPEN = "state IN ('pending', 'sending', 'failed')"
OPEN = "state IN ('failed', 'pending', 'refused', 'scheduled', 'sending', 'uncertain')"
SCHEDULED = "state = 'scheduled'"
SENDING = "state = 'sending'"
PENDING = "state = 'pending'"
CHECKED = "next_check_at IS NOT NULL"


def _partial(predicate: str) -> dict[str, sa.TextClause]:
    return {"sqlite_where": sa.text(predicate), "postgresql_where": sa.text(predicate)}


def upgrade() -> None:
    op.execute("UPDATE draft SET state = 'uncertain' WHERE state = 'failed' AND uncertain")
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_index("uq_draft_open_deal", **_partial(OLD_OPEN))
        batch_op.drop_index("ix_draft_state")
        batch_op.drop_column("uncertain")
        batch_op.add_column(sa.Column("send_after", bot.store.types.UTCDateTime(), nullable=True))
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.create_index("uq_draft_open_deal", ["deal_id"], unique=True, **_partial(OPEN))
        batch_op.create_index("ix_draft_sending", ["updated_at"], **_partial(SENDING))
        batch_op.create_index("ix_draft_scheduled", ["send_after"], **_partial(SCHEDULED))
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("maybe_posted", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.drop_index("ix_outbox_state_not_before")
        batch_op.create_index("ix_outbox_due", ["not_before"], **_partial(PENDING))
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.drop_index("ix_deal_next_check_at")
        batch_op.create_index("ix_deal_next_check_at", ["next_check_at"], **_partial(CHECKED))


def downgrade() -> None:
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.drop_index("ix_deal_next_check_at", **_partial(CHECKED))
        batch_op.create_index("ix_deal_next_check_at", ["next_check_at"], unique=False)
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_due", **_partial(PENDING))
        batch_op.create_index("ix_outbox_state_not_before", ["state", "not_before"], unique=False)
        batch_op.drop_column("maybe_posted")
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_index("ix_draft_scheduled", **_partial(SCHEDULED))
        batch_op.drop_index("ix_draft_sending", **_partial(SENDING))
        batch_op.drop_index("uq_draft_open_deal", **_partial(OPEN))
        batch_op.drop_column("send_after")
        batch_op.add_column(
            sa.Column("uncertain", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    # The older schema knew only failed: refused and uncertain sends go back to it.
    op.execute("UPDATE draft SET uncertain = TRUE, state = 'failed' WHERE state = 'uncertain'")
    op.execute("UPDATE draft SET state = 'failed' WHERE state = 'refused'")
    op.execute("UPDATE draft SET state = 'pending' WHERE state = 'scheduled'")
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.create_index("ix_draft_state", ["state"], unique=False)
        batch_op.create_index("uq_draft_open_deal", ["deal_id"], unique=True, **_partial(OLD_OPEN))
