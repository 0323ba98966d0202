"""creator language source

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 21:40:00.000000

A language typed by the team is never replaced by the one read from the creator's replies.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("creator", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("language_source", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True)
        )
    op.execute("UPDATE creator SET language_source = 'team' WHERE language IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("creator", schema=None) as batch_op:
        batch_op.drop_column("language_source")
