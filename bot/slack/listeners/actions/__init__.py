from slack_bolt import App

from bot.slack.listeners.actions import deal_edit, digest, draft
from bot.slack.services import Services


def register(app: App, services: Services) -> None:
    deal_edit.register(app, services)
    digest.register(app, services)
    draft.register(app, services)
