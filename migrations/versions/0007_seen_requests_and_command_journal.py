"""seen requests and the command journal

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 00:30:00.000000

Signed requests already taken are remembered until Slack's window for them closes, so a replay
is dropped on every replica; commands are written before they are acknowledged, so a restart
finishes or answers them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bot.store.types

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = "state IN ('received', 'done')"


def upgrade() -> None:
    op.create_table(
        "seen_request",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("expires_at", bot.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_seen_request")),
    )
    with op.batch_alter_table("seen_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_seen_request_expires_at"), ["expires_at"])
    op.create_table(
        "command_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("channel_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("command", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("response_url", sa.Text(), nullable=False),
        sa.Column("trigger_id", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("received_at", bot.store.types.UTCDateTime(), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("lease_until", bot.store.types.UTCDateTime(), nullable=True),
        sa.Column("lease_token", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("finished_at", bot.store.types.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_command_record")),
    )
    with op.batch_alter_table("command_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_command_record_received_at"), ["received_at"])
        batch_op.create_index(
            "ix_command_record_open",
            ["received_at"],
            sqlite_where=sa.text(OPEN),
            postgresql_where=sa.text(OPEN),
        )


def downgrade() -> None:
    with op.batch_alter_table("command_record", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_command_record_open", sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN)
        )
        batch_op.drop_index(batch_op.f("ix_command_record_received_at"))
    op.drop_table("command_record")
    with op.batch_alter_table("seen_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seen_request_expires_at"))
    op.drop_table("seen_request")
