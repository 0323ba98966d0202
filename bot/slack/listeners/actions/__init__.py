from slack_bolt import App

from bot.slack.listeners.actions import deal_edit, digest, draft
from bot.wiring import Deps


def register(app: App, deps: Deps) -> None:
    deal_edit.register(app, deps)
    digest.register(app, deps)
    draft.register(app, deps)
