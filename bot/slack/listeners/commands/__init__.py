from slack_bolt import App

from bot.slack.listeners.commands import deal
from bot.wiring import Deps


def register(app: App, deps: Deps) -> None:
    deal.register(app, deps)
