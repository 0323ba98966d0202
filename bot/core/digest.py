"""The daily digest: who is silent, how long, what is at stake, and the next step for each.

The digest is posted once a day per channel at the workspace's local time on working days; a
DigestRun row, unique per workspace, channel and local date, is claimed before anything is
queued, so replicas and restarts never post it twice.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, or_, select

from bot.core.ladder import (
    CHASED,
    LEVELS,
    assess,
    due_date,
    short_suggestion,
    silent_days,
    situation,
    thresholds_for,
    workspace_calendar,
)
from bot.core.money import Money
from bot.core.views import DealView, deal_views
from bot.core.workspaces import zone
from bot.store.engine import Store
from bot.store.models import Deal, DigestRun, Outbox, Payment, Stage, Workspace

NEAR_DEADLINE = timedelta(days=3)


@dataclass(frozen=True)
class Entry:
    deal: DealView
    level: int
    silent_days: int | None
    reason: str
    next_step: str
    deadline: tuple[str, date] | None
    deadline_passed: bool


@dataclass(frozen=True)
class Digest:
    local_date: date
    timezone: str
    entries: list[Entry]
    waiting: int
    held: int
    paid: list[Money]
    at_stake: list[Money]

    @property
    def silent_creators(self) -> int:
        return len({e.deal.creator_name for e in self.entries})

    def by_level(self) -> list[tuple[int, list[Entry]]]:
        """Most urgent level first."""
        groups: dict[int, list[Entry]] = defaultdict(list)
        for entry in self.entries:
            groups[entry.level].append(entry)
        return sorted(groups.items(), reverse=True)


def _totals(amounts: list[Money]) -> list[Money]:
    sums: dict[str, int] = defaultdict(int)
    for money in amounts:
        sums[money.currency] += money.amount_minor
    return [Money(total, currency) for currency, total in sorted(sums.items())]


def build_digest(session: Session, ws: Workspace, now: datetime) -> Digest:
    """Every deal waiting on its creator, at the level it has earned by `now`."""
    cal = workspace_calendar(ws)
    local_day = now.astimezone(zone(ws)).date()
    deals = session.exec(
        select(Deal).where(
            Deal.workspace_id == ws.id,
            col(Deal.stage).in_([s.value for s in CHASED]),
            or_(col(Deal.awaiting_since).is_not(None), col(Deal.level) > 0),
        )
    ).all()
    paid_ids = set(
        session.exec(
            select(Payment.deal_id)
            .where(Payment.workspace_id == ws.id, col(Payment.deal_id).in_([d.id for d in deals]))
            .distinct()
        )
    )
    chosen: list[tuple[Deal, int, str]] = []
    waiting = held = 0
    for deal in deals:
        if any(t is not None and t > now for t in (deal.snoozed_until, deal.paused_until)):
            held += 1
            continue
        thresholds = thresholds_for(ws.thresholds, Stage(deal.stage), deal.id in paid_ids)
        found = assess(deal, cal, thresholds, now)
        if found.level == 0:
            waiting += deal.awaiting_since is not None
            continue
        chosen.append((deal, found.level, found.reason))
    views = {v.id: v for v in deal_views(session, ws, [d for d, _, _ in chosen])}
    entries = []
    for deal, level, reason in chosen:
        view = views[deal.id]
        due = due_date(deal)
        entries.append(
            Entry(
                deal=view,
                level=level,
                silent_days=silent_days(deal, cal, now),
                reason=reason,
                next_step=short_suggestion(level, situation(view)),
                deadline=due if due and due[1] - local_day <= NEAR_DEADLINE else None,
                deadline_passed=bool(due and due[1] < local_day),
            )
        )
    entries.sort(key=lambda e: (-e.level, -(e.silent_days or 0), e.deal.number))
    return Digest(
        local_date=local_day,
        timezone=ws.timezone,
        entries=entries,
        waiting=waiting,
        held=held,
        paid=_totals([e.deal.paid for e in entries if e.deal.paid]),
        at_stake=_totals([e.deal.fee for e in entries if e.deal.fee]),
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
            run_id = session.execute(
                insert(DigestRun)
                .values(
                    workspace_id=ws.id,
                    channel_id=ws.channel_id,
                    local_date=now.astimezone(zone(ws)).date(),
                    claimed_at=now,
                )
                .on_conflict_do_nothing(index_elements=["workspace_id", "channel_id", "local_date"])
                .returning(col(DigestRun.id))
            ).scalar_one_or_none()
            if run_id is None:
                continue
            session.add(
                Outbox(
                    workspace_id=ws.id,
                    kind="digest",
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
