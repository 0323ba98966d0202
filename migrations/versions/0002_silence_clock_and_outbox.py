"""silence clock and outbox

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 10:28:31.667366
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bot.store.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=True),
        sa.Column("escalation_id", sa.Integer(), nullable=True),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("channel_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("not_before", bot.store.types.UTCDateTime(), nullable=False),
        sa.Column("lease_until", bot.store.types.UTCDateTime(), nullable=True),
        sa.Column("lease_token", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("message_ts", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", bot.store.types.UTCDateTime(), nullable=False),
        sa.Column("sent_at", bot.store.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deal.id"], name=op.f("fk_outbox_deal_id_deal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["escalation_id"],
            ["escalation.id"],
            name=op.f("fk_outbox_escalation_id_escalation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_outbox_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_deal_id"), ["deal_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_outbox_state_not_before"), ["state", "not_before"], unique=False
        )

    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("clock_start", bot.store.types.UTCDateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("clock_credit", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.drop_column("clock_credit")
        batch_op.drop_column("clock_start")

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_state_not_before"))
        batch_op.drop_index(batch_op.f("ix_outbox_deal_id"))

    op.drop_table("outbox")
