"""The workspace row behind a Slack team, created on its first request."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from bot.store.models import Workspace


@dataclass(frozen=True)
class WorkspaceDefaults:
    """Settings a new workspace starts with, from the bot's configuration."""

    channel_id: str | None = None
    timezone: str = "UTC"


def ensure_workspace(session: Session, team_id: str, defaults: WorkspaceDefaults) -> Workspace:
    """The team's workspace; two first requests racing create it once."""
    query = select(Workspace).where(Workspace.team_id == team_id)
    workspace = session.exec(query).one_or_none()
    if workspace is not None:
        return workspace
    try:
        with session.begin_nested():
            workspace = Workspace(
                team_id=team_id, channel_id=defaults.channel_id, timezone=defaults.timezone
            )
            session.add(workspace)
        return workspace
    except IntegrityError:
        return session.exec(query).one()


def find_workspace(session: Session, team_id: str) -> Workspace | None:
    return session.exec(select(Workspace).where(Workspace.team_id == team_id)).one_or_none()


def zone(ws: Workspace) -> ZoneInfo:
    return ZoneInfo(ws.timezone)


def local_today(ws: Workspace, now: datetime) -> date:
    return now.astimezone(zone(ws)).date()


def is_approver(ws: Workspace, user_id: str, in_group: Callable[[str], bool]) -> bool:
    """Named among the workspace's approvers, directly or through a user group (`S…`)."""
    return user_id in ws.approvers or any(in_group(a) for a in ws.approvers if a.startswith("S"))
