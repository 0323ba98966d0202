from slack_bolt import App

from bot.slack.listeners.commands import deal
from bot.slack.services import Services


def register(app: App, services: Services) -> None:
    deal.register(app, services)
