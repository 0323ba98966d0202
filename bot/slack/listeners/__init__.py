"""Listeners by Slack surface; each package's `register(app, deps)` binds its own."""

from slack_bolt import App

from bot.slack.command_worker import CommandWorker
from bot.slack.listeners import actions, commands, errors, events, options, views
from bot.wiring import Deps


def register(app: App, deps: Deps, worker: CommandWorker) -> None:
    commands.register(app, deps, worker)
    for package in (actions, views, events, options):
        package.register(app, deps)
    app.error(errors.on_error)
