"""App Home shows the team's board, fresh each time it is opened."""

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.core.board import board
from bot.core.workspaces import ensure_workspace
from bot.slack.blocks.home import home_view
from bot.slack.listeners.binding import bind
from bot.wiring import Deps


def home_opened(
    event: dict[str, Any], context: BoltContext, client: WebClient, *, deps: Deps
) -> None:
    if event.get("tab", "home") != "home":
        return
    user_id = event["user"]
    with deps.store.session() as session:
        ws = ensure_workspace(session, context.team_id or "", deps.defaults)
    with deps.store.reading() as session:
        view = home_view(board(session, ws, user_id, deps.clock.now()))
    client.views_publish(user_id=user_id, view=view)


def register(app: App, deps: Deps) -> None:
    app.event("app_home_opened")(bind(home_opened, deps))
