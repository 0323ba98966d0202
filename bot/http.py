"""HTTP mode: Slack's signed requests on /slack/events and a health check, under waitress.

What a stranger can send is refused before it costs memory, a log line or a database write: a
body over `MAX_BODY` is refused unread (waitress stops reading it too), the signature is checked
on the raw bytes, and only a well-formed, signed request seen for the first time reaches Bolt.
"""

import hashlib
import hmac
import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl

from slack_bolt import App
from slack_bolt.request import BoltRequest
from sqlalchemy import text
from waitress.server import create_server
from waitress.wasyncore import close_all

from bot.logsafe import clean
from bot.store.engine import Store
from bot.store.seen import SeenRequests

EVENTS_PATH = "/slack/events"
MAX_BODY = 1024 * 1024
# Slack's own window: a request signed longer ago than this (or ahead by it) is refused.
WINDOW = 5 * 60
# A signature is remembered for as long as the window could still accept it.
SIGNATURE_KEPT = timedelta(seconds=2 * WINDOW)
# Slack retries an event for about an hour (at once, after a minute, after five).
EVENT_KEPT = timedelta(hours=1)
_TIMESTAMP = re.compile(r"[0-9]{1,12}")

log = logging.getLogger(__name__)
StartResponse = Callable[..., Any]


class Refused(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


_STATUS = {
    200: "200 OK",
    400: "400 Bad Request",
    401: "401 Unauthorized",
    404: "404 Not Found",
    405: "405 Method Not Allowed",
    413: "413 Content Too Large",
    500: "500 Internal Server Error",
    503: "503 Service Unavailable",
}


def wsgi_app(app: App, store: Store, *, signing_secret: str) -> Callable[..., Iterable[bytes]]:
    seen = SeenRequests(store)
    secret = signing_secret.encode()

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO")
        if path == "/healthz":
            return _health(store, start_response)
        if path != EVENTS_PATH:
            return _answer(start_response, 404, "not found\n")
        if environ.get("REQUEST_METHOD") != "POST":
            return _answer(start_response, 405, "POST only\n")
        now = time.time()
        try:
            raw = _read_body(environ)
            headers = _headers(environ)
            signature = _verify(secret, raw, headers, now)
            body_text, payload = _parse(raw, str(headers.get("content-type", "")))
        except Refused as refused:
            return _answer(start_response, refused.status, refused.reason + "\n")
        if not _first_time(seen, signature, payload, now):
            return _answer(start_response, 200, "")
        try:
            request = BoltRequest(
                body=body_text, query=environ.get("QUERY_STRING", ""), headers=headers
            )
            response = app.dispatch(request)
        except Exception as error:
            log.error("a signed request could not be handled: %s", clean(repr(error)))
            return _answer(start_response, 500, "")
        out = [(k, v) for k, values in response.headers.items() for v in values]
        body = (response.body or "").encode()
        start_response(_STATUS.get(response.status, str(response.status)), out)
        return [body]

    return application


def _read_body(environ: dict[str, Any]) -> bytes:
    """At most `MAX_BODY` bytes: a longer declared length is refused unread, and a chunked body
    is read only one byte past the cap."""
    declared = environ.get("CONTENT_LENGTH") or ""
    if declared:
        if not declared.isdigit():
            raise Refused(400, "bad Content-Length")
        if int(declared) > MAX_BODY:
            raise Refused(413, f"a request body may be at most {MAX_BODY} bytes")
    stream = environ.get("wsgi.input")
    if stream is None:
        return b""
    raw: bytes = stream.read(int(declared) if declared else MAX_BODY + 1)
    if len(raw) > MAX_BODY:
        raise Refused(413, f"a request body may be at most {MAX_BODY} bytes")
    return raw


def _headers(environ: dict[str, Any]) -> dict[str, str | Sequence[str]]:
    """Header names as Bolt expects them (lower case, dashes)."""
    out: dict[str, str | Sequence[str]] = {}
    for key, value in environ.items():
        if key in ("CONTENT_LENGTH", "CONTENT_TYPE"):
            out[key.lower().replace("_", "-")] = value
        elif key.startswith("HTTP_"):
            out[key[5:].lower().replace("_", "-")] = value
    return out


def _verify(secret: bytes, raw: bytes, headers: dict[str, Any], now: float) -> str:
    """The request's signature once it is known to be Slack's, on the bytes as they came."""
    timestamp = str(headers.get("x-slack-request-timestamp", ""))
    signature = str(headers.get("x-slack-signature", ""))
    if not timestamp or not signature:
        raise Refused(401, "unsigned request")
    if not _TIMESTAMP.fullmatch(timestamp) or abs(now - int(timestamp)) > WINDOW:
        raise Refused(401, "stale or malformed request timestamp")
    mac = hmac.new(secret, b"v0:" + timestamp.encode() + b":" + raw, hashlib.sha256)
    # WSGI gives header values as latin-1 text; compared as bytes, any of them is just wrong.
    given = signature.encode("latin-1", "replace")
    if not hmac.compare_digest(b"v0=" + mac.hexdigest().encode(), given):
        raise Refused(401, "invalid request signature")
    return signature


def _parse(raw: bytes, content_type: str) -> tuple[str, dict[str, Any]]:
    """The body as Bolt will read it (JSON, or a form with a JSON `payload`, or a slash
    command's form); anything else is not a request from Slack."""
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(400, "the body is not UTF-8") from None
    if content_type.split(";")[0].strip() == "application/json" or body.startswith("{"):
        return body, _json_object(body)
    form = dict(parse_qsl(body, keep_blank_values=True))
    if "payload" in form:
        return body, _json_object(form["payload"])
    if "command" in form or "ssl_check" in form:
        # Bolt reads any form whose text holds "payload" as an interaction: spell it so that
        # only the decoded command has the word (the signature was checked on the original).
        return body.replace("payload", "%70ayload"), form
    raise Refused(400, "not a Slack request")


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        raise Refused(400, "the body is not valid JSON") from None
    if not isinstance(value, dict):
        raise Refused(400, "the body must be a JSON object")
    return value


def _first_time(seen: SeenRequests, signature: str, payload: dict[str, Any], now: float) -> bool:
    """False for a replay of a signed request, or for Slack's retry of an event already taken
    (a retry is signed afresh, so the event id is what repeats)."""
    at = datetime.fromtimestamp(now, UTC)
    if not seen.first_time(f"sig:{signature}"[:100], at + SIGNATURE_KEPT, at):
        return False
    event_id = payload.get("event_id") if payload.get("type") == "event_callback" else None
    if isinstance(event_id, str) and event_id:
        team = payload.get("team_id") if isinstance(payload.get("team_id"), str) else ""
        return seen.first_time(f"event:{team}:{event_id}"[:100], at + EVENT_KEPT, at)
    return True


def _answer(start_response: StartResponse, status: int, body: str) -> Iterable[bytes]:
    data = body.encode()
    start_response(
        _STATUS[status],
        [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(data)))],
    )
    return [data]


def _health(store: Store, start_response: StartResponse) -> Iterable[bytes]:
    try:
        with store.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception:
        return _answer(start_response, 503, "database unavailable\n")
    return _answer(start_response, 200, "ok\n")


def make_server(
    app: App, store: Store, *, signing_secret: str, host: str, port: int, threads: int = 8
) -> Any:
    """A waitress server; `.run()` serves until `.close()`; `.effective_port` is the real port.

    Waitress refuses a body of `max_request_body_size` or more itself, chunked ones included,
    so an oversized request is never buffered."""
    return create_server(
        wsgi_app(app, store, signing_secret=signing_secret),
        host=host,
        port=port,
        threads=threads,
        ident=None,
        max_request_body_size=MAX_BODY + 1,
    )


def stop_server(server: Any, timeout: float = 5.0) -> None:
    """Stop a server running `.run()` in another thread.

    The workers finish first, since each one pulls the loop's trigger when its answer is ready
    and a closed trigger would fail it; then the loop closes every socket it holds and ends."""
    server.task_dispatcher.shutdown(timeout=timeout)
    server.trigger.pull_trigger(lambda: close_all(server._map, ignore_all=True))
