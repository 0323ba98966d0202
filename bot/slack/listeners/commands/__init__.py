from slack_bolt import App

from bot.slack.command_worker import CommandWorker
from bot.slack.listeners.commands import deal
from bot.wiring import Deps


def register(app: App, deps: Deps, worker: CommandWorker) -> None:
    deal.register(app, deps, worker)
