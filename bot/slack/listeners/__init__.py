"""Listeners by Slack surface; each package registers its own."""

from slack_bolt import App

from bot.slack.listeners import actions, commands, events, views
from bot.slack.services import Services


def register(app: App, services: Services) -> None:
    for package in (commands, actions, views, events):
        package.register(app, services)
