"""Builds the Bolt app: one per process, for Socket Mode or HTTP."""

import logging
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)

from bot.slack import listeners
from bot.wiring import Deps

log = logging.getLogger(__name__)


def web_client(
    token: str, base_url: str | None = None, *, wait_on_limits: bool = True
) -> WebClient:
    """A Web API client that retries dropped connections.

    Listeners wait out rate limits in place; background jobs pass `wait_on_limits=False` and
    defer the work instead, so a job never sleeps on Slack.
    """
    client = WebClient(token=token, base_url=base_url or WebClient.BASE_URL, timeout=15)
    client.retry_handlers.append(ConnectionErrorRetryHandler())
    if wait_on_limits:
        client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    return client


def build_app(client: WebClient, deps: Deps, *, signing_secret: str = "") -> App:
    """`signing_secret` is needed for HTTP mode; Socket Mode requests are not signed."""
    app = App(
        client=client,
        signing_secret=signing_secret,
        process_before_response=False,
        logger=logging.getLogger("bot.slack"),
        listener_executor=ThreadPoolExecutor(max_workers=16, thread_name_prefix="listener"),
    )
    listeners.register(app, deps)
    return app
