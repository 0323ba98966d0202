from slack_bolt import App

from bot.slack.listeners.views import deal_form, draft_edit, settings
from bot.wiring import Deps


def register(app: App, deps: Deps) -> None:
    deal_form.register(app, deps)
    settings.register(app, deps)
    draft_edit.register(app, deps)
