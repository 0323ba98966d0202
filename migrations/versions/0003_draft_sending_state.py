"""draft sending state

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 10:57:15.319730
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("sent_via", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True)
        )
        batch_op.add_column(
            sa.Column("uncertain", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index(
            "uq_draft_open_deal",
            ["deal_id"],
            unique=True,
            sqlite_where=sa.text("state IN ('pending', 'sending', 'failed')"),
            postgresql_where=sa.text("state IN ('pending', 'sending', 'failed')"),
        )


def downgrade() -> None:
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_draft_open_deal",
            sqlite_where=sa.text("state IN ('pending', 'sending', 'failed')"),
            postgresql_where=sa.text("state IN ('pending', 'sending', 'failed')"),
        )
        batch_op.drop_column("uncertain")
        batch_op.drop_column("sent_via")
