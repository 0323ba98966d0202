"""App Home shows the team's board, fresh each time it is opened."""

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.core.board import board
from bot.core.workspaces import ensure_workspace
from bot.slack.blocks.home import home_view
from bot.slack.services import Services


def register(app: App, services: Services) -> None:
    @app.event("app_home_opened")
    def home_opened(event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        user_id = event["user"]
        with services.store.session() as session:
            ws = ensure_workspace(session, context.team_id or "", services.defaults)
        with services.store.reading() as session:
            view = home_view(board(session, ws, user_id, services.clock.now()))
        client.views_publish(user_id=user_id, view=view)
