"""Tables. Every row but Workspace carries ``workspace_id``: all queries are scoped by it."""

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from bot.core.draft_states import open_states_sql
from bot.core.enums import DraftState, OutboxKind, OutboxState, Stage
from bot.store.types import EnumText, UTCDateTime

SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def row_id(row: Any) -> int:
    """The primary key of a row that has been flushed; an unsaved row is a programming error."""
    if row.id is None:
        raise ValueError(f"this {type(row).__name__} has not been saved yet")
    return int(row.id)


def _fk(target: str, *, nullable: bool = False, index: bool = True) -> Any:
    return Field(
        default=None if nullable else ...,
        sa_column_args=[ForeignKey(target, ondelete="CASCADE")],
        nullable=nullable,
        index=index,
    )


def _when(*, nullable: bool = True, index: bool = False) -> Any:
    if nullable:
        return Field(default=None, sa_type=UTCDateTime, nullable=True, index=index)
    return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False, index=index)


def _json(default: Any) -> Any:
    return Field(default_factory=lambda: type(default)(default), sa_type=JSON, nullable=False)


class Workspace(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    team_id: str = Field(max_length=32, unique=True)
    name: str | None = Field(default=None, max_length=200)
    channel_id: str | None = Field(default=None, max_length=32)
    timezone: str = Field(default="UTC", max_length=64)
    working_days: list[int] = _json([0, 1, 2, 3, 4])
    holidays: list[str] = _json([])
    digest_time: str = Field(default="09:30", max_length=5)
    day_first: bool = True
    default_currency: str = Field(default="USD", max_length=3)
    thresholds: dict[str, Any] = _json({})
    approvers: list[str] = _json([])
    settings: dict[str, Any] = _json({})
    deal_seq: int = 0
    created_at: datetime = _when(nullable=False)


class Creator(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _fk("workspace.id")
    name: str = Field(max_length=200)
    name_key: str = Field(max_length=200)
    contacts: dict[str, str] = _json({})
    country: str | None = Field(default=None, max_length=2)
    language: str | None = Field(default=None, max_length=16)
    # "team" when a person set the language, "replies" when it was read from their mail.
    language_source: str | None = Field(default=None, max_length=16)
    timezone: str | None = Field(default=None, max_length=64)
    feeds: list[str] = _json([])
    notes: str | None = Field(default=None, sa_type=Text)
    blacklisted_at: datetime | None = _when()
    blacklist_reason: str | None = Field(default=None, sa_type=Text)
    blacklisted_by: str | None = Field(default=None, max_length=32)
    created_at: datetime = _when(nullable=False)

    __table_args__ = (Index(None, "workspace_id", "name_key"),)


class CreatorAddress(SQLModel, table=True):
    """An e-mail address of a creator or of their manager; `address_key` is the normalised form."""

    __tablename__ = "creator_address"

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _fk("workspace.id", index=False)
    creator_id: int = _fk("creator.id")
    address: str = Field(max_length=320)
    address_key: str = Field(max_length=320)
    role: str = Field(default="creator", max_length=16)
    bounced_at: datetime | None = _when()
    bounce_reason: str | None = Field(default=None, sa_type=Text)

    __table_args__ = (
        UniqueConstraint("creator_id", "address_key"),
        Index(None, "workspace_id", "address_key"),
    )


class CreatorHandle(SQLModel, table=True):
    __tablename__ = "creator_handle"

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _fk("workspace.id", index=False)
    creator_id: int = _fk("creator.id")
    platform: str | None = Field(default=None, max_length=32)
    handle: str = Field(max_length=200)
    handle_key: str = Field(max_length=200)

    __table_args__ = (
        UniqueConstraint("creator_id", "platform", "handle_key"),
        Index(None, "workspace_id", "handle_key"),
    )


class Deal(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _fk("workspace.id", index=False)
    number: int
    creator_id: int = _fk("creator.id")
    campaign: str | None = Field(default=None, max_length=200)
    owner_id: str | None = Field(default=None, max_length=32)
    fee_minor: int | None = Field(default=None, sa_type=BigInteger)
    currency: str | None = Field(default=None, max_length=3)
    deliverables: str | None = Field(default=None, sa_type=Text)
    stage: Stage = Field(default=Stage.negotiating, sa_type=EnumText(Stage, 32))
    stage_changed_at: datetime = _when(nullable=False)
    draft_due: date | None = None
    publish_due: date | None = None
    contract_signed_at: datetime | None = _when()
    contract_url: str | None = Field(default=None, max_length=2000)
    payment_plan: list[dict[str, Any]] = _json([])
    awaiting_since: datetime | None = _when()
    last_creator_reply_at: datetime | None = _when()
    last_team_contact_at: datetime | None = _when()
    snoozed_until: datetime | None = _when()
    paused_until: datetime | None = _when()
    pause_reason: str | None = Field(default=None, sa_type=Text)
    level: int = 0
    episode: int = 0
    # The silence clock: working days counted from `clock_start`, plus `clock_credit` days
    # counted before a snooze or pause moved the start.
    clock_start: datetime | None = _when()
    clock_credit: int = 0
    next_check_at: datetime | None = _when()
    channel_id: str | None = Field(default=None, max_length=32)
    thread_ts: str | None = Field(default=None, max_length=32)
    notes: str | None = Field(default=None, sa_type=Text)
    created_by: str | None = Field(default=None, max_length=32)
    created_at: datetime = _when(nullable=False)
    updated_at: datetime = _when(nullable=False)
    closed_at: datetime | None = _when()

    __table_args__ = (
        UniqueConstraint("workspace_id", "number"),
        Index(None, "workspace_id", "stage"),
        Index(None, "workspace_id", "owner_id"),
        # Closed deals have nothing to check: the tick's index holds only the active ones.
        Index(
            "ix_deal_next_check_at",
            "next_check_at",
            sqlite_where=text("next_check_at IS NOT NULL"),
            postgresql_where=text("next_check_at IS NOT NULL"),
        ),
    )


class Touchpoint(SQLModel, table=True):
    """One contact event; `direction` "in" is the creator's side, "out" the team's."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _fk("workspace.id", index=False)
    creator_id: int = _fk("creator.id", index=False)
    deal_id: int | None = _fk("deal.id", nullable=True)
    direction: str = Field(max_length=3)
    channel: str = Field(default="email", max_length=16)
    occurred_at: datetime = _when(nullable=False)
    source: str = Field(default="slack", max_length=16)
    actor: str | None = Field(default=None, max_length=320)
    classification: str = Field(default="human", max_length=16)
    reason: str | None = Field(default=None, max_length=200)
    message_id: str | None = Field(default=None, max_length=998)
    in_reply_to: str | None = Field(default=None, max_length=998)
    references: str | None = Field(default=None, sa_type=Text)
    subject: str | None = Field(default=None, max_length=998)
    excerpt: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = _when(nullable=False)

    __table_args__ = (
        UniqueConstraint("workspace_id", "creator_id", "message_id"),
        Index(None, "creator_id", "occurred_at"),
    )


class Payment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _fk("workspace.id", index=False)
    deal_id: int = _fk("deal.id")
    amount_minor: int = Field(sa_type=BigInteger)
    currency: str = Field(max_length=3)
    paid_at: datetime = _when(nullable=False)
    milestone: str | None = Field(default=None, max_length=32)
    method: str | None = Field(default=None, max_length=32)
    note: str | None = Field(default=None, sa_type=Text)
    created_by: str | None = Field(default=None, max_length=32)
    created_at: datetime = _when(nullable=False)


class Draft(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _fk("workspace.id", index=False)
    deal_id: int = _fk("deal.id")
    level: int
    template: str = Field(max_length=100)
    language: str = Field(default="en", max_length=16)
    to_addrs: list[str] = _json([])
    cc_addrs: list[str] = _json([])
    subject: str = Field(max_length=998)
    body: str = Field(sa_type=Text)
    in_reply_to: str | None = Field(default=None, max_length=998)
    references: str | None = Field(default=None, sa_type=Text)
    state: DraftState = Field(default=DraftState.pending, sa_type=EnumText(DraftState, 16))
    channel_id: str | None = Field(default=None, max_length=32)
    message_ts: str | None = Field(default=None, max_length=32)
    acted_by: str | None = Field(default=None, max_length=32)
    acted_at: datetime | None = _when()
    send_after: datetime | None = _when()
    sent_message_id: str | None = Field(default=None, max_length=998)
    sent_via: str | None = Field(default=None, max_length=500)
    error: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = _when(nullable=False)
    updated_at: datetime = _when(nullable=False)

    __table_args__ = (
        # One open draft per deal at a time.
        Index(
            "uq_draft_open_deal",
            "deal_id",
            unique=True,
            sqlite_where=text(open_states_sql()),
            postgresql_where=text(open_states_sql()),
        ),
        # The send job looks only at approved reminders waiting for the working hours.
        Index(
            "ix_draft_scheduled",
            "send_after",
            sqlite_where=text("state = 'scheduled'"),
            postgresql_where=text("state = 'scheduled'"),
        ),
        # The recovery job looks only at sends that began and never finished.
        Index(
            "ix_draft_sending",
            "updated_at",
            sqlite_where=text("state = 'sending'"),
            postgresql_where=text("state = 'sending'"),
        ),
    )


class Escalation(SQLModel, table=True):
    """A level change; unique per deal, silence episode and level so it is posted once."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _fk("workspace.id", index=False)
    deal_id: int = _fk("deal.id", index=False)
    episode: int
    from_level: int
    to_level: int
    at: datetime = _when(nullable=False)
    reason: str | None = Field(default=None, sa_type=Text)
    channel_id: str | None = Field(default=None, max_length=32)
    message_ts: str | None = Field(default=None, max_length=32)
    posted_at: datetime | None = _when()

    __table_args__ = (UniqueConstraint("deal_id", "episode", "to_level"),)


class DigestRun(SQLModel, table=True):
    """Claimed before a digest is posted: one per workspace, channel and local date."""

    __tablename__ = "digest_run"

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _fk("workspace.id", index=False)
    channel_id: str = Field(max_length=32)
    local_date: date
    claimed_at: datetime = _when(nullable=False)
    posted_at: datetime | None = _when()
    message_ts: str | None = Field(default=None, max_length=32)

    __table_args__ = (UniqueConstraint("workspace_id", "channel_id", "local_date"),)


class Outbox(SQLModel, table=True):
    """A message a job wants posted; drained at Slack's pace, retried, never lost or doubled."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _fk("workspace.id", index=False)
    deal_id: int | None = _fk("deal.id", nullable=True)
    escalation_id: int | None = _fk("escalation.id", nullable=True, index=False)
    kind: OutboxKind = Field(sa_type=EnumText(OutboxKind, 32))
    channel_id: str | None = Field(default=None, max_length=32)
    payload: dict[str, Any] = _json({})
    state: OutboxState = Field(default=OutboxState.pending, sa_type=EnumText(OutboxState, 16))
    attempts: int = 0
    not_before: datetime = _when(nullable=False)
    lease_until: datetime | None = _when()
    lease_token: str | None = Field(default=None, max_length=32)
    # The last post's answer was lost: it may be in the channel, so look before posting again.
    maybe_posted: bool = False
    message_ts: str | None = Field(default=None, max_length=32)
    error: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = _when(nullable=False)
    sent_at: datetime | None = _when()

    __table_args__ = (
        Index(
            "ix_outbox_due",
            "not_before",
            sqlite_where=text("state = 'pending'"),
            postgresql_where=text("state = 'pending'"),
        ),
    )


class MailFolder(SQLModel, table=True):
    """How far the mailbox sync has read a folder: reset when the server's UIDVALIDITY changes."""

    __tablename__ = "mail_folder"

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _fk("workspace.id", index=False)
    account: str = Field(max_length=320)
    name: str = Field(max_length=500)
    role: str = Field(max_length=16)
    uidvalidity: int = Field(default=0, sa_type=BigInteger)
    last_uid: int = Field(default=0, sa_type=BigInteger)
    synced_at: datetime | None = _when()

    __table_args__ = (UniqueConstraint("workspace_id", "account", "name"),)


class MailProblem(SQLModel, table=True):
    """A message the sync could not read: recorded, skipped, never blocking the rest."""

    __tablename__ = "mail_problem"

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _fk("workspace.id", index=False)
    folder: str = Field(max_length=500)
    uid: int = Field(sa_type=BigInteger)
    message_id: str | None = Field(default=None, max_length=998)
    reason: str = Field(sa_type=Text)
    at: datetime = _when(nullable=False)

    __table_args__ = (UniqueConstraint("workspace_id", "folder", "uid"),)


class SeenRequest(SQLModel, table=True):
    """A signed request already taken: a replay of it, on any replica, is dropped.

    The key is the request's signature (or, for events, the event id Slack retries with);
    the row is needed only while Slack's five-minute window would still accept the request.
    """

    __tablename__ = "seen_request"

    key: str = Field(primary_key=True, max_length=100)
    expires_at: datetime = _when(nullable=False, index=True)


_OPEN_COMMANDS = text("state IN ('received', 'done')")


class CommandRecord(SQLModel, table=True):
    """A command taken from Slack, written before it is acknowledged and processed from here,
    so a restart finishes or answers it instead of losing it.

    `state`: received → done (its change committed, in the same transaction) → answered; or
    abandoned when its response_url expired before anyone could answer.
    """

    __tablename__ = "command_record"

    id: int | None = Field(default=None, primary_key=True)
    team_id: str = Field(max_length=32)
    user_id: str = Field(max_length=32)
    channel_id: str | None = Field(default=None, max_length=32)
    command: str = Field(max_length=32)
    text: str = Field(sa_type=Text)
    response_url: str = Field(sa_type=Text)
    trigger_id: str | None = Field(default=None, max_length=100)
    received_at: datetime = _when(nullable=False, index=True)
    state: str = Field(default="received", max_length=16)
    lease_until: datetime | None = _when()
    lease_token: str | None = Field(default=None, max_length=32)
    finished_at: datetime | None = _when()

    __table_args__ = (
        Index(
            "ix_command_record_open",
            "received_at",
            sqlite_where=_OPEN_COMMANDS,
            postgresql_where=_OPEN_COMMANDS,
        ),
    )
