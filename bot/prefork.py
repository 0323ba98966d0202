"""`ghostwatch serve --workers N`: N forked processes, each a whole replica of the HTTP bot.

Every worker builds its own database engine, Bolt app, command worker and scheduler after the
fork (no thread, socket or connection crosses it), and serves the same `bot.http` application,
so each keeps what one process keeps: the body cap, the signature check, the replay table and
the command journal all work as they do across replicas, through the shared database. The
journal's leases let any worker finish what a dead one left.
"""

import importlib.util
import sys
from collections.abc import Callable, Iterable
from typing import Any

from bot.http import MAX_BODY

# What a worker runs: its WSGI application, and what stops its threads when it exits.
Replica = tuple[Callable[..., Iterable[bytes]], Callable[[], None]]
THREADS = 8  # per worker, as waitress has in one process


def available() -> bool:
    """Gunicorn forks, so it serves only where there is fork."""
    return sys.platform != "win32" and importlib.util.find_spec("gunicorn") is not None


def serve(build: Callable[[], Replica], *, host: str, port: int, workers: int) -> None:
    """Serve until stopped (SIGTERM or SIGINT), restarting a worker that dies."""
    from gunicorn.app.base import BaseApplication

    stops: list[Callable[[], None]] = []

    def load() -> Callable[..., Iterable[bytes]]:
        application, stop = build()
        stops.append(stop)
        return application

    def worker_exit(_arbiter: Any, _worker: Any) -> None:
        for stop in stops:
            stop()

    options: dict[str, Any] = {
        "bind": [f"[{host}]:{port}" if ":" in host else f"{host}:{port}"],
        "workers": workers,
        "worker_class": "gthread",
        "threads": THREADS,
        "proc_name": "ghostwatch",
        "pre_request": _close_unread,
        "worker_exit": worker_exit,
        "graceful_timeout": 15,
        "accesslog": None,
    }

    class Forked(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Callable[..., Iterable[bytes]]:
            return load()

    Forked().run()


def _close_unread(_worker: Any, request: Any) -> None:
    """A body that may be left unread (declared over the cap, or chunked and cut at it) ends
    its connection after the answer: gunicorn would otherwise read the rest to reach the next
    request on it."""
    for name, value in request.headers:
        oversized = name == "CONTENT-LENGTH" and value.isdigit() and int(value) > MAX_BODY
        if oversized or name == "TRANSFER-ENCODING":
            request.must_close = True
