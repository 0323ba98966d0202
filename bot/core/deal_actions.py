"""One-click actions on a deal from a button (digest, cards): scoped to the clicking team."""

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlmodel import Session

from bot.core import deal_refs, deals
from bot.core.commands import Card, Changed, Problem
from bot.core.drafts import Writer, draft_now
from bot.core.errors import InputError, NotFound
from bot.core.views import deal_view
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace
from bot.store.engine import Store
from bot.store.models import Deal, Workspace

Outcome = Card | Changed | Problem
Work = Callable[[Session, Workspace, Deal], Outcome]


def _run(
    store: Store, team_id: str, deal_id: int, defaults: WorkspaceDefaults, work: Work
) -> Outcome:
    try:
        with store.session() as session:
            ws = ensure_workspace(session, team_id, defaults)
            deal = deal_refs.get_deal(session, ws, deal_id)
            return work(session, ws, deal)
    except (NotFound, InputError) as exc:
        return Problem(str(exc), "")


def replied(
    store: Store,
    team_id: str,
    user_id: str,
    deal_id: int,
    now: datetime,
    defaults: WorkspaceDefaults,
) -> Outcome:
    """The creator answered somewhere the bot cannot see: log it, the silence ends."""

    def work(session: Session, ws: Workspace, deal: Deal) -> Outcome:
        deals.replied_elsewhere(session, ws, deal, actor=user_id, now=now, where="in Slack")
        view = deal_view(session, ws, deal)
        return Changed(
            f"{view.creator_name} replied — logged, the chase is reset.", view, ws.timezone
        )

    return _run(store, team_id, deal_id, defaults, work)


def snoozed(
    store: Store,
    team_id: str,
    deal_id: int,
    now: datetime,
    defaults: WorkspaceDefaults,
    days: int = deals.SNOOZE_DAYS,
) -> Outcome:
    def work(session: Session, ws: Workspace, deal: Deal) -> Outcome:
        deals.snooze(session, ws, deal, now + timedelta(days=days), now)
        view = deal_view(session, ws, deal)
        return Changed(f"{view.creator_name} is snoozed for {days} days.", view, ws.timezone)

    return _run(store, team_id, deal_id, defaults, work)


def opened(store: Store, team_id: str, deal_id: int, defaults: WorkspaceDefaults) -> Outcome:
    def work(session: Session, ws: Workspace, deal: Deal) -> Outcome:
        return Card(deal_view(session, ws, deal, history=True), ws.timezone)

    return _run(store, team_id, deal_id, defaults, work)


def drafted(
    store: Store,
    team_id: str,
    deal_id: int,
    now: datetime,
    defaults: WorkspaceDefaults,
    writer: Writer,
) -> Outcome:
    def work(session: Session, ws: Workspace, deal: Deal) -> Outcome:
        message = draft_now(session, ws, deal, writer, now)
        return Changed(message, deal_view(session, ws, deal), ws.timezone)

    return _run(store, team_id, deal_id, defaults, work)
