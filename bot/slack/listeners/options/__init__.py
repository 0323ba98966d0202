from slack_bolt import App

from bot.slack.listeners.options import locale_picks
from bot.wiring import Deps


def register(app: App, deps: Deps) -> None:
    locale_picks.register(app, deps)
