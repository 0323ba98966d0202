"""What needs a person: posts that failed for good or are stuck, sends that never finished,
mail the sync could not read. One query for `doctor` and App Home, per workspace."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlmodel import Session, col, func, select

from bot.core.enums import DraftState, OutboxState
from bot.store.models import Deal, Draft, MailProblem, Outbox, Workspace

# The drafts job settles a send cut short within minutes; one still `sending` this long after
# means that job is not running.
SENDING_STUCK_AFTER = timedelta(minutes=15)
# Mail problems are pruned after 30 days; these are the ones worth a look.
RECENT_PROBLEMS = timedelta(days=7)
NEWEST = 3


class Concern(StrEnum):
    failed_posts = "failed_posts"
    stuck_posts = "stuck_posts"
    stuck_sends = "stuck_sends"
    uncertain_sends = "uncertain_sends"
    mail_problems = "mail_problems"


# What each concern is, and what to do about it: shared by `doctor` and App Home.
TITLES = {
    Concern.failed_posts: "Slack posts that failed for good",
    Concern.stuck_posts: "Slack posts stuck past their lease",
    Concern.stuck_sends: "Reminders stuck while sending",
    Concern.uncertain_sends: "Reminders that may have been sent",
    Concern.mail_problems: "Messages the mailbox sync could not read (last 7 days)",
}
FIXES = {
    Concern.failed_posts: "Check the reason: invite the bot to the channel or pick another "
    "with /deal settings. Deals are not lost: the next digest shows them.",
    Concern.stuck_posts: "No outbox drain is running: check that the bot is up.",
    Concern.stuck_sends: "The drafts job is not settling them: check that the bot is up and "
    "its mailbox (IMAP) settings with `ghostwatch doctor`.",
    Concern.uncertain_sends: "Look for them in the mailbox's Sent folder, then use Resend or "
    "Discard on each card.",
    Concern.mail_problems: "They were skipped: read them in the mailbox and log replies with "
    "/deal heard.",
}


@dataclass(frozen=True)
class Item:
    at: datetime
    what: str
    detail: str


@dataclass(frozen=True)
class Group:
    concern: Concern
    count: int
    newest: tuple[Item, ...]

    @property
    def title(self) -> str:
        return TITLES[self.concern]

    @property
    def fix(self) -> str:
        return FIXES[self.concern]


@dataclass(frozen=True)
class Attention:
    team_id: str
    groups: tuple[Group, ...]

    @property
    def empty(self) -> bool:
        return not self.groups


def _group(concern: Concern, count: int, rows: Sequence[Item]) -> list[Group]:
    return [Group(concern, count, tuple(rows))] if count else []


def _count(session: Session, model: Any, *where: Any) -> int:
    return int(session.exec(select(func.count()).select_from(model).where(*where)).one())


def _posts(session: Session, ws_id: int, *where: Any, newest: int) -> tuple[int, list[Item]]:
    scope = (col(Outbox.workspace_id) == ws_id, *where)
    rows = session.exec(
        select(Outbox.created_at, Outbox.kind, Deal.number, Outbox.error)
        .outerjoin(Deal, col(Deal.id) == col(Outbox.deal_id))
        .where(*scope)
        .order_by(col(Outbox.id).desc())
        .limit(newest)
    ).all()
    items = [
        Item(at, f"{kind.replace('_', ' ')}" + (f" of deal #{n}" if n else ""), error or "")
        for at, kind, n, error in rows
    ]
    return _count(session, Outbox, *scope), items


def _drafts(session: Session, ws_id: int, *where: Any, newest: int) -> tuple[int, list[Item]]:
    scope = (col(Draft.workspace_id) == ws_id, *where)
    rows = session.exec(
        select(Draft.updated_at, Draft.level, Deal.number, Draft.error)
        .join(Deal, col(Deal.id) == col(Draft.deal_id))
        .where(*scope)
        .order_by(col(Draft.updated_at).desc())
        .limit(newest)
    ).all()
    items = [
        Item(at, f"level {level} reminder of deal #{n}", error or "")
        for at, level, n, error in rows
    ]
    return _count(session, Draft, *scope), items


def attention(session: Session, ws: Workspace, now: datetime, *, newest: int = NEWEST) -> Attention:
    """Every concern of one workspace with its count and its `newest` rows."""
    ws_id = int(ws.id or 0)
    failed = _posts(session, ws_id, Outbox.state == OutboxState.failed, newest=newest)
    stuck = _posts(
        session,
        ws_id,
        Outbox.state == OutboxState.pending,
        col(Outbox.lease_until) < now,
        newest=newest,
    )
    sending = _drafts(
        session,
        ws_id,
        Draft.state == DraftState.sending,
        col(Draft.updated_at) < now - SENDING_STUCK_AFTER,
        newest=newest,
    )
    uncertain = _drafts(session, ws_id, Draft.state == DraftState.uncertain, newest=newest)
    recent = (
        col(MailProblem.workspace_id) == ws_id,
        col(MailProblem.at) >= now - RECENT_PROBLEMS,
    )
    problems = session.exec(
        select(MailProblem.at, MailProblem.folder, MailProblem.uid, MailProblem.reason)
        .where(*recent)
        .order_by(col(MailProblem.at).desc(), col(MailProblem.id).desc())
        .limit(newest)
    ).all()
    mail = [Item(at, f"message {uid} in {folder}", reason) for at, folder, uid, reason in problems]
    return Attention(
        ws.team_id,
        tuple(
            _group(Concern.failed_posts, *failed)
            + _group(Concern.stuck_posts, *stuck)
            + _group(Concern.stuck_sends, *sending)
            + _group(Concern.uncertain_sends, *uncertain)
            + _group(Concern.mail_problems, _count(session, MailProblem, *recent), mail)
        ),
    )


def every_workspace(session: Session, now: datetime, *, newest: int = NEWEST) -> list[Attention]:
    """The workspaces that have something to look at, for `ghostwatch doctor`."""
    workspaces = session.exec(select(Workspace).order_by(col(Workspace.id))).all()
    found = [attention(session, ws, now, newest=newest) for ws in workspaces]
    return [a for a in found if not a.empty]
