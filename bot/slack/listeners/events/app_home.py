"""App Home shows the team's board, fresh each time it is opened."""

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.core.attention import attention
from bot.core.board import board
from bot.core.workspaces import ensure_workspace, is_approver
from bot.slack.blocks.home import home_view
from bot.slack.listeners.binding import bind
from bot.slack.permissions import SlackDirectory
from bot.store.models import Workspace
from bot.wiring import Deps


def home_opened(
    event: dict[str, Any], context: BoltContext, client: WebClient, *, deps: Deps
) -> None:
    if event.get("tab", "home") != "home":
        return
    user_id = event["user"]
    with deps.store.session() as session:
        ws = ensure_workspace(session, context.team_id or "", deps.defaults)
    now = deps.clock.now()
    with deps.store.reading() as session:
        found = attention(session, ws, now)
        shown = board(session, ws, user_id, now)
    # Nothing to show costs no lookup of who the user is.
    admin = not found.empty and _may_see_attention(ws, user_id, SlackDirectory(client))
    client.views_publish(user_id=user_id, view=home_view(shown, attention=found if admin else None))


def _may_see_attention(ws: Workspace, user_id: str, directory: SlackDirectory) -> bool:
    """Failures are for whoever can act on them: the workspace's admins and approvers."""
    team_id = ws.team_id
    return is_approver(
        ws, user_id, lambda group: directory.in_group(team_id, group, user_id)
    ) or directory.is_admin(team_id, user_id)


def register(app: App, deps: Deps) -> None:
    app.event("app_home_opened")(bind(home_opened, deps))
