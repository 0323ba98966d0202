"""The daily digest: who is silent, how long, what is at stake, and the next step for each.

The digest is posted once a day per channel at the workspace's local time on working days; a
DigestRun row, unique per workspace, channel and local date, is claimed before anything is
queued, so replicas and restarts never post it twice.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from sqlalchemy import Result
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, or_, select

from bot.core.away import deadline_at_risk
from bot.core.enums import OutboxKind, Stage
from bot.core.ladder import (
    CHASED,
    LEVELS,
    assess,
    due_date,
    hold_end,
    next_step,
    thresholds_for,
    workspace_calendar,
)
from bot.core.money import Money
from bot.core.stages import LABELS
from bot.core.views import read_bounced, read_handles, read_managers, read_paid
from bot.core.workspaces import zone
from bot.heap import collector_paused
from bot.store.engine import Store
from bot.store.models import Creator, Deal, DigestRun, Outbox, Workspace

NEAR_DEADLINE = timedelta(days=3)


class _DealRow(NamedTuple):
    """What the digest reads of each deal and its creator: a named tuple's fields are far
    cheaper to read than a Row's or an ORM object's, and the digest reads thousands of deals."""

    id: int
    number: int
    creator_id: int
    stage: Stage
    owner_id: str | None
    fee_minor: int | None
    currency: str | None
    publish_due: date | None
    draft_due: date | None
    awaiting: bool  # whether the creator owes an answer; the digest needs no more of it
    snoozed_until: datetime | None
    paused_until: datetime | None
    level: int
    clock_start: datetime | None
    clock_credit: int
    creator_name: str
    country: str | None


_CREATOR_FIELDS = ("creator_name", "country")
_DEAL_TABLE = Deal.__table__  # type: ignore[attr-defined]
# The columns in `_DealRow`'s order: the deal's first, then its creator's.
_COLUMNS = [
    *(
        _DEAL_TABLE.c.awaiting_since.is_not(None).label("awaiting")
        if name == "awaiting"
        else _DEAL_TABLE.c[name]
        for name in _DealRow._fields
        if name not in _CREATOR_FIELDS
    ),
    Creator.__table__.c.name.label("creator_name"),  # type: ignore[attr-defined]
    Creator.__table__.c.country,  # type: ignore[attr-defined]
]


@dataclass(slots=True)
class Entry:
    """One silent deal, with what the digest shows of it and its creator."""

    id: int
    number: int
    creator_id: int
    creator_name: str
    handles: tuple[tuple[str | None, str], ...]
    stage: Stage
    owner_id: str | None
    fee: Money | None
    paid: Money | None
    level: int
    silent_days: int | None
    reason: str
    next_step: str
    deadline: tuple[str, date] | None
    deadline_passed: bool

    @property
    def stage_label(self) -> str:
        return LABELS[self.stage]


@dataclass(frozen=True)
class AwayRisk:
    """A paused deal whose creator comes back too close to its next deadline."""

    number: int
    creator_name: str
    back: date
    deadline: str  # "draft" or "publish"
    due: date


@dataclass(frozen=True)
class Digest:
    local_date: date
    timezone: str
    entries: list[Entry]
    waiting: int
    held: int
    paid: list[Money]
    at_stake: list[Money]
    away_at_risk: tuple[AwayRisk, ...] = ()

    @property
    def silent_creators(self) -> int:
        return len({e.creator_id for e in self.entries})

    def by_level(self) -> list[tuple[int, list[Entry]]]:
        """Most urgent level first."""
        groups: dict[int, list[Entry]] = defaultdict(list)
        for entry in self.entries:
            groups[entry.level].append(entry)
        return sorted(groups.items(), reverse=True)


def _totals(amounts: dict[str, int]) -> list[Money]:
    return [Money(total, currency) for currency, total in sorted(amounts.items()) if total]


@collector_paused()
def build_digest(session: Session, ws: Workspace, now: datetime) -> Digest:
    """Every deal waiting on its creator, at the level it has earned by `now`, most urgent first."""
    cal = workspace_calendar(ws)
    local_day = now.astimezone(zone(ws)).date()
    db = session.connection()
    # Creators are reached only through the workspace's own deals. Filtering them by workspace
    # too would say nothing new, and on tables not yet analyzed it leads PostgreSQL to a join
    # that scans every creator once per deal.
    chased = (
        select(*_COLUMNS)
        .join(Creator, col(Creator.id) == col(Deal.creator_id))
        .where(
            Deal.workspace_id == ws.id,
            col(Deal.stage).in_([s.value for s in CHASED]),
            or_(col(Deal.awaiting_since).is_not(None), col(Deal.level) > 0),
        )
    )
    rows = list(map(_DealRow._make, db.execute(chased).all()))
    creator_ids = {row.creator_id for row in rows}
    all_handles = read_handles(db, ws, creator_ids)
    managers = read_managers(db, ws, creator_ids)
    bounced = read_bounced(db, ws, creator_ids)
    paid_by_deal = read_paid(db, ws, [row.id for row in rows])
    paid_ids = {deal_id for deal_id, _ in paid_by_deal}
    ladders: dict[tuple[Stage, bool], tuple[int, ...]] = {}
    entries: list[Entry] = []
    waiting = held = 0
    away_at_risk: list[AwayRisk] = []
    paid: dict[str, int] = defaultdict(int)
    at_stake: dict[str, int] = defaultdict(int)
    for row in rows:
        if hold_end(row, now) is not None:
            held += 1
            away = row.paused_until
            risk = deadline_at_risk(ws, row, away, local_day) if away and away > now else None
            if away is not None and risk is not None:
                back = away.astimezone(zone(ws)).date()
                away_at_risk.append(AwayRisk(row.number, row.creator_name, back, *risk))
            continue
        key = (row.stage, row.id in paid_ids)
        ladder = ladders.get(key)
        if ladder is None:
            ladder = ladders[key] = thresholds_for(ws.thresholds, row.stage, key[1])
        found = assess(row, cal, ladder, now)
        if found.level == 0:
            waiting += row.awaiting
            continue
        currency = row.currency or ws.default_currency
        fee = paid_so_far = None
        if row.fee_minor is not None:
            fee = Money(row.fee_minor, currency)
            at_stake[currency] += row.fee_minor
        if amount := paid_by_deal.get((row.id, currency)):
            paid_so_far = Money(amount, currency)
            paid[currency] += amount
        handles = all_handles.get(row.creator_id, ())
        due = due_date(row)
        entries.append(
            Entry(
                id=row.id,
                number=row.number,
                creator_id=row.creator_id,
                creator_name=row.creator_name,
                handles=handles,
                stage=row.stage,
                owner_id=row.owner_id,
                fee=fee,
                paid=paid_so_far,
                level=found.level,
                silent_days=found.silent_days,
                reason=found.reason,
                next_step=next_step(
                    found.level,
                    row.country,
                    managers.get(row.creator_id, ()),
                    handles,
                    row.creator_id in bounced,
                ),
                deadline=due if due and due[1] - local_day <= NEAR_DEADLINE else None,
                deadline_passed=bool(due and due[1] < local_day),
            )
        )
    entries.sort(key=lambda e: (-e.level, -(e.silent_days or 0), e.number))
    return Digest(
        local_date=local_day,
        timezone=ws.timezone,
        entries=entries,
        waiting=waiting,
        held=held,
        paid=_totals(paid),
        at_stake=_totals(at_stake),
        away_at_risk=tuple(away_at_risk),
    )


# --- when to post ---------------------------------------------------------------------------


def digest_moment(ws: Workspace, day: date) -> datetime:
    """The instant of the workspace's digest time on a local day (DST-safe wall time)."""
    hour, minute = (int(part) for part in ws.digest_time.split(":"))
    return datetime.combine(day, time(hour, minute), tzinfo=zone(ws))


def is_digest_due(ws: Workspace, now: datetime) -> bool:
    """Due from the digest time until the end of the local day, on working days only.

    A bot that was down at 09:30 and starts at 11:00 still posts that day's digest, once.
    """
    day = now.astimezone(zone(ws)).date()
    return workspace_calendar(ws).is_working_day(day) and now >= digest_moment(ws, day)


def claim_digests(store: Store, now: datetime) -> list[int]:
    """Claim today's digest for every workspace whose time has come; returns DigestRun ids.

    The claim and the queued post are one transaction: a digest is queued once or not at all.
    """
    claimed: list[int] = []
    with store.session() as session:
        workspaces = session.exec(
            select(Workspace).where(col(Workspace.channel_id).is_not(None))
        ).all()
        insert = postgresql.insert if store.dialect == "postgresql" else sqlite.insert
        for ws in workspaces:
            if not is_digest_due(ws, now):
                continue
            assert ws.id is not None  # read from the database
            # SQLModel types `execute` as returning rows of anything, which makes the scalar
            # read as None; the statement returns the new run's id.
            claim: Result[int] = session.execute(
                insert(DigestRun)
                .values(
                    workspace_id=ws.id,
                    channel_id=ws.channel_id,
                    local_date=now.astimezone(zone(ws)).date(),
                    claimed_at=now,
                )
                .on_conflict_do_nothing(index_elements=["workspace_id", "channel_id", "local_date"])
                .returning(col(DigestRun.id))
            )
            run_id = claim.scalar_one_or_none()
            if run_id is None:
                continue
            session.add(
                Outbox(
                    workspace_id=ws.id,
                    kind=OutboxKind.digest,
                    channel_id=ws.channel_id,
                    payload={"digest_run_id": run_id},
                    not_before=now,
                    created_at=now,
                )
            )
            claimed.append(run_id)
    return claimed


def level_name(level: int) -> str:
    return LEVELS[level].name
