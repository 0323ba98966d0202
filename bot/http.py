"""HTTP mode: Slack's signed requests on /slack/events and a health check, under waitress."""

from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from sqlalchemy import text
from waitress.server import create_server

from bot.store.engine import Store

EVENTS_PATH = "/slack/events"


def wsgi_app(app: App, store: Store) -> Callable[..., Iterable[bytes]]:
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz":
            return _health(store, start_response)
        return slack(environ, start_response)

    return application


def _health(store: Store, start_response: Callable[..., Any]) -> Iterable[bytes]:
    try:
        with store.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        status, body = "200 OK", b"ok\n"
    except Exception:
        status, body = "503 Service Unavailable", b"database unavailable\n"
    start_response(status, [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]


def make_server(app: App, store: Store, *, host: str, port: int, threads: int = 8) -> Any:
    """A waitress server; `.run()` serves until `.close()`; `.effective_port` is the real port."""
    return create_server(wsgi_app(app, store), host=host, port=port, threads=threads, ident=None)


def stop_server(server: Any, timeout: float = 5.0) -> None:
    """Stop a server running `.run()` in another thread: closed from inside its own loop."""
    server.trigger.pull_trigger(server.close)
    server.task_dispatcher.shutdown(timeout=timeout)
