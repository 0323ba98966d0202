from slack_bolt import App

from bot.slack.listeners.views import deal_form, draft_edit, settings
from bot.slack.services import Services


def register(app: App, services: Services) -> None:
    deal_form.register(app, services)
    settings.register(app, services)
    draft_edit.register(app, services)
