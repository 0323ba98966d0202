from slack_bolt import App

from bot.slack.listeners.events import app_home
from bot.wiring import Deps


def register(app: App, deps: Deps) -> None:
    app_home.register(app, deps)
