"""Builds the Bolt app: one per process, for Socket Mode or HTTP."""

import logging
import weakref
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)

from bot.logsafe import BoltRecords
from bot.slack import listeners
from bot.slack.command_worker import CommandWorker
from bot.slack.listeners.commands.deal import run_deal
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


def build_app(client: WebClient, deps: Deps) -> App:
    """One app for Socket Mode and HTTP. In HTTP mode `bot.http` checks every signature on the
    raw bytes before Bolt sees the request, so Bolt's own check (which logs the body of every
    request it refuses) is off."""
    logger = logging.getLogger("bot.slack")
    if not any(isinstance(f, BoltRecords) for f in logger.filters):
        logger.addFilter(BoltRecords())  # Bolt's loggers copy this one's filters
    app = App(
        client=client,
        process_before_response=False,
        request_verification_enabled=False,
        logger=logger,
        listener_executor=ThreadPoolExecutor(max_workers=16, thread_name_prefix="listener"),
    )
    worker = CommandWorker(deps, client, run_deal)
    listeners.register(app, deps, worker)
    _workers[app] = worker
    worker.start()
    return app


_workers: "weakref.WeakKeyDictionary[App, CommandWorker]" = weakref.WeakKeyDictionary()


def stop_app(app: App) -> None:
    """Let the command workers finish what they hold and stop looking for left-over work."""
    worker = _workers.pop(app, None)
    if worker is not None:
        worker.close()
