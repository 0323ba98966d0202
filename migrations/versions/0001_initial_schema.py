"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26 10:11:30.604336
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bot.store.types

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "workspace",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("channel_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("timezone", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("working_days", sa.JSON(), nullable=False),
        sa.Column("holidays", sa.JSON(), nullable=False),
        sa.Column("digest_time", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("day_first", sa.Boolean(), nullable=False),
        sa.Column("default_currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("thresholds", sa.JSON(), nullable=False),
        sa.Column("approvers", sa.JSON(), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("deal_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", bot.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspace")),
        sa.UniqueConstraint("team_id", name=op.f("uq_workspace_team_id")),
    )
    op.create_table(
        "creator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("name_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("contacts", sa.JSON(), nullable=False),
        sa.Column("country", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=True),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
        sa.Column("timezone", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("feeds", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("blacklisted_at", bot.store.types.UTCDateTime(), nullable=True),
        sa.Column("blacklist_reason", sa.Text(), nullable=True),
        sa.Column("blacklisted_by", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("created_at", bot.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_creator_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_creator")),
    )
    with op.batch_alter_table("creator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_creator_workspace_id"), ["workspace_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_creator_workspace_id_name_key"),
            ["workspace_id", "name_key"],
            unique=False,
        )

    op.create_table(
        "digest_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("claimed_at", bot.store.types.UTCDateTime(), nullable=False),
        sa.Column("posted_at", bot.store.types.UTCDateTime(), nullable=True),
        sa.Column("message_ts", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_digest_run_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_digest_run")),
        sa.UniqueConstraint(
            "workspace_id",
            "channel_id",
            "local_date",
            name=op.f("uq_digest_run_workspace_id_channel_id_local_date"),
        ),
    )
    op.create_table(
        "creator_address",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("creator_id", sa.Integer(), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
        sa.Column("address_key", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("bounced_at", bot.store.types.UTCDateTime(), nullable=True),
        sa.Column("bounce_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["creator_id"],
            ["creator.id"],
            name=op.f("fk_creator_address_creator_id_creator"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_creator_address_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_creator_address")),
        sa.UniqueConstraint(
            "creator_id", "address_key", name=op.f("uq_creator_address_creator_id_address_key")
        ),
    )
    with op.batch_alter_table("creator_address", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_creator_address_creator_id"), ["creator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_creator_address_workspace_id_address_key"),
            ["workspace_id", "address_key"],
            unique=False,
        )

    op.create_table(
        "creator_handle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("creator_id", sa.Integer(), nullable=False),
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("handle", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("handle_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["creator_id"],
            ["creator.id"],
            name=op.f("fk_creator_handle_creator_id_creator"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_creator_handle_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_creator_handle")),
        sa.UniqueConstraint(
            "creator_id",
            "platform",
            "handle_key",
            name=op.f("uq_creator_handle_creator_id_platform_handle_key"),
        ),
    )
    with op.batch_alter_table("creator_handle", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_creator_handle_creator_id"), ["creator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_creator_handle_workspace_id_handle_key"),
            ["workspace_id", "handle_key"],
            unique=False,
        )

    op.create_table(
        "deal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("creator_id", sa.Integer(), nullable=False),
        sa.Column("campaign", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("owner_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("fee_minor", sa.BigInteger(), nullable=True),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=True),
        sa.Column("deliverables", sa.Text(), nullable=True),
        sa.Column("stage", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("stage_changed_at", bot.store.types.UTCDateTime(), nullable=False),
        sa.Column("draft_due", sa.Date(), nullable=True),
        sa.Column("publish_due", sa.Date(), nullable=True),
        sa.Column("contract_signed_at", bot.store.types.UTCDateTime(), nullable=True),
        sa.Column("contract_url", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
        sa.Column("payment_plan", sa.JSON(), nullable=False),
        sa.Column("awaiting_since", bot.store.types.UTCDateTime(), nullable=True),
        sa.Column("last_creator_reply_at", bot.store.types.UTCDateTime(), nullable=True),
        sa.Column("last_team_contact_at", bot.store.types.UTCDateTime(), nullable=True),
        sa.Column("snoozed_until", bot.store.types.UTCDateTime(), nullable=True),
        sa.Column("paused_until", bot.store.types.UTCDateTime(), nullable=True),
        sa.Column("pause_reason", sa.Text(), nullable=True),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("episode", sa.Integer(), nullable=False),
        sa.Column("next_check_at", bot.store.types.UTCDateTime(), nullable=True),
        sa.Column("channel_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("thread_ts", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("created_at", bot.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", bot.store.types.UTCDateTime(), nullable=False),
        sa.Column("closed_at", bot.store.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["creator_id"],
            ["creator.id"],
            name=op.f("fk_deal_creator_id_creator"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_deal_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal")),
        sa.UniqueConstraint("workspace_id", "number", name=op.f("uq_deal_workspace_id_number")),
    )
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deal_creator_id"), ["creator_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deal_next_check_at"), ["next_check_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_deal_workspace_id_owner_id"), ["workspace_id", "owner_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_deal_workspace_id_stage"), ["workspace_id", "stage"], unique=False
        )

    op.create_table(
        "draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("template", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("to_addrs", sa.JSON(), nullable=False),
        sa.Column("cc_addrs", sa.JSON(), nullable=False),
        sa.Column("subject", sqlmodel.sql.sqltypes.AutoString(length=998), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("in_reply_to", sqlmodel.sql.sqltypes.AutoString(length=998), nullable=True),
        sa.Column("references", sa.Text(), nullable=True),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("channel_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("message_ts", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("acted_by", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("acted_at", bot.store.types.UTCDateTime(), nullable=True),
        sa.Column("sent_message_id", sqlmodel.sql.sqltypes.AutoString(length=998), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", bot.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", bot.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deal.id"], name=op.f("fk_draft_deal_id_deal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_draft_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft")),
    )
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_deal_id"), ["deal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_draft_state"), ["state"], unique=False)

    op.create_table(
        "escalation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("episode", sa.Integer(), nullable=False),
        sa.Column("from_level", sa.Integer(), nullable=False),
        sa.Column("to_level", sa.Integer(), nullable=False),
        sa.Column("at", bot.store.types.UTCDateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("channel_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("message_ts", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("posted_at", bot.store.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deal.id"], name=op.f("fk_escalation_deal_id_deal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_escalation_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation")),
        sa.UniqueConstraint(
            "deal_id", "episode", "to_level", name=op.f("uq_escalation_deal_id_episode_to_level")
        ),
    )
    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("paid_at", bot.store.types.UTCDateTime(), nullable=False),
        sa.Column("milestone", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("method", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("created_at", bot.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deal.id"], name=op.f("fk_payment_deal_id_deal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_payment_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_deal_id"), ["deal_id"], unique=False)

    op.create_table(
        "touchpoint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("creator_id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=True),
        sa.Column("direction", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("occurred_at", bot.store.types.UTCDateTime(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
        sa.Column("classification", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("message_id", sqlmodel.sql.sqltypes.AutoString(length=998), nullable=True),
        sa.Column("in_reply_to", sqlmodel.sql.sqltypes.AutoString(length=998), nullable=True),
        sa.Column("references", sa.Text(), nullable=True),
        sa.Column("subject", sqlmodel.sql.sqltypes.AutoString(length=998), nullable=True),
        sa.Column("excerpt", sa.Text(), nullable=True),
        sa.Column("created_at", bot.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["creator_id"],
            ["creator.id"],
            name=op.f("fk_touchpoint_creator_id_creator"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deal.id"], name=op.f("fk_touchpoint_deal_id_deal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_touchpoint_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_touchpoint")),
        sa.UniqueConstraint(
            "workspace_id",
            "creator_id",
            "message_id",
            name=op.f("uq_touchpoint_workspace_id_creator_id_message_id"),
        ),
    )
    with op.batch_alter_table("touchpoint", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_touchpoint_creator_id_occurred_at"),
            ["creator_id", "occurred_at"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_touchpoint_deal_id"), ["deal_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("touchpoint", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_touchpoint_deal_id"))
        batch_op.drop_index(batch_op.f("ix_touchpoint_creator_id_occurred_at"))

    op.drop_table("touchpoint")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_deal_id"))

    op.drop_table("payment")
    op.drop_table("escalation")
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_state"))
        batch_op.drop_index(batch_op.f("ix_draft_deal_id"))

    op.drop_table("draft")
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deal_workspace_id_stage"))
        batch_op.drop_index(batch_op.f("ix_deal_workspace_id_owner_id"))
        batch_op.drop_index(batch_op.f("ix_deal_next_check_at"))
        batch_op.drop_index(batch_op.f("ix_deal_creator_id"))

    op.drop_table("deal")
    with op.batch_alter_table("creator_handle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_creator_handle_workspace_id_handle_key"))
        batch_op.drop_index(batch_op.f("ix_creator_handle_creator_id"))

    op.drop_table("creator_handle")
    with op.batch_alter_table("creator_address", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_creator_address_workspace_id_address_key"))
        batch_op.drop_index(batch_op.f("ix_creator_address_creator_id"))

    op.drop_table("creator_address")
    op.drop_table("digest_run")
    with op.batch_alter_table("creator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_creator_workspace_id_name_key"))
        batch_op.drop_index(batch_op.f("ix_creator_workspace_id"))

    op.drop_table("creator")
    op.drop_table("workspace")
