"""Composition root: settings in, a running bot out."""

import logging

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.config import Settings
from bot.core.clock import Clock, SystemClock
from bot.core.workspaces import WorkspaceDefaults
from bot.http import make_server
from bot.slack.app import build_app, web_client
from bot.slack.services import Services
from bot.store.engine import Store
from bot.store.migrate import upgrade

log = logging.getLogger("bot")


def build_services(settings: Settings, clock: Clock | None = None) -> Services:
    """Open the database and bring its schema up to date."""
    store = Store.from_url(settings.database_url)
    upgrade(store.engine)
    defaults = WorkspaceDefaults(
        channel_id=settings.ghostwatch_channel, timezone=settings.ghostwatch_timezone
    )
    return Services(store=store, clock=clock or SystemClock(), defaults=defaults)


def build_slack(settings: Settings, services: Services) -> App:
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else ""
    secret = settings.slack_signing_secret
    return build_app(
        web_client(token, settings.slack_api_url),
        services,
        signing_secret=secret.get_secret_value() if secret else "",
    )


def run_socket_mode(settings: Settings) -> None:
    services = build_services(settings)
    app = build_slack(settings, services)
    assert settings.slack_app_token is not None
    handler = SocketModeHandler(app, settings.slack_app_token.get_secret_value())
    log.info("ghostwatch is connecting to Slack in Socket Mode")
    handler.start()


def serve_http(settings: Settings, *, host: str, port: int) -> None:
    services = build_services(settings)
    server = make_server(build_slack(settings, services), services.store, host=host, port=port)
    log.info("ghostwatch is listening on http://%s:%s/slack/events", host, server.effective_port)
    try:
        server.run()
    finally:
        server.close()
