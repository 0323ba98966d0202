from slack_bolt import App

from bot.slack.listeners.events import app_home
from bot.slack.services import Services


def register(app: App, services: Services) -> None:
    app_home.register(app, services)
