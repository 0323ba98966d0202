"""A local fake of Slack: Web API, response_url endpoint and Socket Mode websocket.

The bot talks to it over real HTTP and a real websocket, so the production code paths
(slack_sdk's WebClient, Bolt's respond(), the builtin Socket Mode client) run unchanged.
Payloads are validated the way Slack validates them, so a message Slack would reject fails
the test instead of failing in production.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import itertools
import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl
from zoneinfo import ZoneInfo

from slack_sdk.models.basic_objects import JsonObject
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

__all__ = ["Call", "FakeSlack"]

MESSAGE_MAX_BLOCKS = 50
VIEW_MAX_BLOCKS = 100
MESSAGE_TEXT_MAX = 40_000
MESSAGE_BLOCK_CHARS_MAX = 12_000
RESPONSE_URL_MAX_USES = 5
TEXT_OBJECT_TYPES = frozenset({"plain_text", "mrkdwn"})
JSON_STRING_FIELDS = ("blocks", "attachments", "view", "metadata")
# Errors that mean "the bot sent something Slack rejects", as opposed to runtime conditions.
VALIDATION_ERRORS = frozenset(
    {
        "invalid_blocks",
        "invalid_arguments",
        "invalid_json",
        "no_text",
        "msg_too_long",
        "not_authed",
        "invalid_auth",
        "not_allowed_token_type",
        "unknown_method",
        "expired_trigger_id",
        "exchanged_trigger_id",
    }
)
INPUT_VALUE_KEYS = {
    "plain_text_input": "value",
    "email_text_input": "value",
    "url_text_input": "value",
    "number_input": "value",
    "rich_text_input": "rich_text_value",
    "datepicker": "selected_date",
    "timepicker": "selected_time",
    "datetimepicker": "selected_date_time",
    "users_select": "selected_user",
    "multi_users_select": "selected_users",
    "conversations_select": "selected_conversation",
    "multi_conversations_select": "selected_conversations",
    "channels_select": "selected_channel",
    "multi_channels_select": "selected_channels",
}
SINGLE_OPTION_TYPES = frozenset({"static_select", "external_select", "radio_buttons"})
MULTI_OPTION_TYPES = frozenset({"multi_static_select", "multi_external_select", "checkboxes"})


@dataclass
class Call:
    """One Web API request as the fake saw it; `errors` holds validation details."""

    method: str
    params: dict
    token: str | None
    ok: bool
    error: str | None
    errors: list[str] = field(default_factory=list)
    injected: bool = False


class SlackApiFailure(Exception):
    """An error answer from the fake Web API, carried up to the dispatcher."""

    def __init__(
        self,
        error: str,
        errors: list[str] | None = None,
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        injected: bool = False,
    ) -> None:
        super().__init__(error)
        self.error = error
        self.errors = errors or []
        self.status = status
        self.headers = headers or {}
        self.injected = injected

    def body(self) -> dict:
        body: dict[str, Any] = {"ok": False, "error": self.error}
        if self.errors:
            body["errors"] = self.errors
            body["response_metadata"] = {"messages": [f"[ERROR] {m}" for m in self.errors]}
        return body


@dataclass
class _Failure:
    status: int
    retry_after: int
    error: str | None
    times: int


# ---------------------------------------------------------------------------
# Block Kit validation
# ---------------------------------------------------------------------------


class PayloadChecker:
    """Collects the Block Kit violations of one message or view, worded like Slack's errors."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.chars = 0
        self._action_ids: set[str] = set()
        self._block_ids: set[str] = set()

    def fail(self, message: str, pointer: str) -> None:
        self.errors.append(f"{message} [json-pointer:{pointer}]")

    def check_length(self, value: Any, limit: int, pointer: str) -> None:
        if isinstance(value, str) and len(value) > limit:
            self.fail(f"must be less than {limit + 1} characters", pointer)

    def check_text(self, obj: Any, limit: int, pointer: str, *, plain: bool = False) -> None:
        if not isinstance(obj, dict):
            self.fail("must be a text object", pointer)
            return
        if plain and obj.get("type") != "plain_text":
            self.fail("must be plain_text", f"{pointer}/type")
        self.check_length(obj.get("text"), limit, f"{pointer}/text")

    def check_message(self, body: dict, *, require_content: bool) -> tuple[str, list[str]] | None:
        """Return (error code, details) if Slack would refuse this message body."""
        text, blocks = body.get("text"), body.get("blocks")
        if text is not None and not isinstance(text, str):
            return "invalid_arguments", ["must be a string [json-pointer:/text]"]
        if text is not None and len(text) > MESSAGE_TEXT_MAX:
            return "msg_too_long", [f"text must be at most {MESSAGE_TEXT_MAX} characters"]
        if blocks is not None:
            self.check_blocks(blocks, MESSAGE_MAX_BLOCKS, "/blocks")
            if self.chars > MESSAGE_BLOCK_CHARS_MAX:
                self.fail(
                    f"total text of all blocks is {self.chars} characters, "
                    f"more than {MESSAGE_BLOCK_CHARS_MAX}",
                    "/blocks",
                )
        if self.errors:
            return "invalid_blocks", self.errors
        if require_content and not text and not blocks and not body.get("attachments"):
            return "no_text", ["must provide text, blocks or attachments"]
        return None

    def check_view(self, view: Any) -> list[str]:
        if not isinstance(view, dict):
            self.fail("must be an object", "/view")
            return self.errors
        kind = view.get("type")
        if kind not in ("modal", "home"):
            self.fail("must be one of: modal, home", "/view/type")
            return self.errors
        try:
            View(**view).validate_json()
        except Exception as exc:
            self.fail(str(exc), "/view")
        if "blocks" not in view:
            self.fail("missing required field: blocks", "/view")
        else:
            self.check_blocks(view["blocks"], VIEW_MAX_BLOCKS, "/view/blocks")
        if kind == "modal":
            self._check_modal_chrome(view)
        self.check_length(view.get("private_metadata"), 3000, "/view/private_metadata")
        self.check_length(view.get("callback_id"), 255, "/view/callback_id")
        self.check_length(view.get("external_id"), 255, "/view/external_id")
        return self.errors

    def _check_modal_chrome(self, view: dict) -> None:
        if "title" not in view:
            self.fail("missing required field: title", "/view")
        else:
            self.check_text(view["title"], 24, "/view/title", plain=True)
        for key in ("submit", "close"):
            if key in view:
                self.check_text(view[key], 24, f"/view/{key}", plain=True)
        blocks = view.get("blocks") if isinstance(view.get("blocks"), list) else []
        has_input = any(isinstance(b, dict) and b.get("type") == "input" for b in blocks)
        if has_input and "submit" not in view:
            self.fail("submit is required when the view has input blocks", "/view")

    def check_blocks(self, blocks: Any, max_blocks: int, pointer: str) -> None:
        if not isinstance(blocks, list):
            self.fail("must be an array", pointer)
            return
        if len(blocks) > max_blocks:
            self.fail(f"no more than {max_blocks} items allowed", pointer)
        for index, block in enumerate(blocks):
            self._check_block(block, f"{pointer}/{index}")

    def _check_block(self, block: Any, pointer: str) -> None:
        if not isinstance(block, dict):
            self.fail("must be an object", pointer)
            return
        if "type" not in block:
            self.fail("missing required field: type", pointer)
            return
        parsed = self._parse(block, pointer)
        if parsed is None:
            return
        self._sdk_validate(parsed, pointer)
        self._unknown_properties(block, parsed, pointer)
        self._check_block_id(block, pointer)
        rule = BLOCK_RULES.get(block["type"])
        if rule is not None:
            rule(self, block, pointer)
        self._walk(block, pointer)

    def _parse(self, block: dict, pointer: str) -> Block | None:
        try:
            parsed = Block.parse(copy.deepcopy(block))
        except Exception as exc:
            self.fail(f"invalid block: {type(exc).__name__}: {exc}", pointer)
            return None
        if parsed is None:
            self.fail(f"unsupported type: {block['type']}", f"{pointer}/type")
        return parsed

    def _sdk_validate(self, obj: JsonObject, pointer: str) -> None:
        try:
            obj.validate_json()
        except Exception as exc:
            self.fail(str(exc), pointer)
        for name, child in sorted(vars(obj).items()):
            if isinstance(child, JsonObject):
                self._sdk_validate(child, f"{pointer}/{name}")
            elif isinstance(child, list | tuple):
                for index, item in enumerate(child):
                    if isinstance(item, JsonObject):
                        self._sdk_validate(item, f"{pointer}/{name}/{index}")

    def _unknown_properties(self, raw: dict, obj: JsonObject, pointer: str) -> None:
        """Slack rejects properties it does not know; slack_sdk only logs them."""
        allowed = obj.attributes
        if allowed:
            for key in raw:
                if key not in allowed and key != "type":
                    self.fail(f"invalid additional property: {key}", pointer)
        for key, value in raw.items():
            child = vars(obj).get(key)
            if isinstance(value, dict) and isinstance(child, JsonObject):
                self._unknown_properties(value, child, f"{pointer}/{key}")
            elif isinstance(value, list) and isinstance(child, list | tuple):
                for index, (item, parsed) in enumerate(zip(value, child, strict=False)):
                    if isinstance(item, dict) and isinstance(parsed, JsonObject):
                        self._unknown_properties(item, parsed, f"{pointer}/{key}/{index}")

    def _check_block_id(self, block: dict, pointer: str) -> None:
        block_id = block.get("block_id")
        if block_id is None:
            return
        self.check_length(block_id, 255, f"{pointer}/block_id")
        if block_id in self._block_ids:
            self.fail(f"duplicate block_id: {block_id}", f"{pointer}/block_id")
        self._block_ids.add(block_id)

    def _walk(self, value: Any, pointer: str) -> None:
        """Visit nested objects: text counts toward the size limit, elements get checked."""
        if isinstance(value, list):
            for index, item in enumerate(value):
                self._walk(item, f"{pointer}/{index}")
            return
        if not isinstance(value, dict):
            return
        if value.get("type") in TEXT_OBJECT_TYPES or value.get("type") == "text":
            self._count_text(value, pointer)
        if "action_id" in value or value.get("type") == "button":
            self._check_element(value, pointer)
        for key, child in value.items():
            self._walk(child, f"{pointer}/{key}")

    def _count_text(self, obj: dict, pointer: str) -> None:
        text = obj.get("text")
        if not isinstance(text, str):
            self.fail("must be a string", f"{pointer}/text")
            return
        if not text and obj.get("type") in TEXT_OBJECT_TYPES:
            self.fail("must be more than 0 characters", f"{pointer}/text")
        self.chars += len(text)

    def _check_element(self, element: dict, pointer: str) -> None:
        action_id = element.get("action_id")
        if action_id is not None:
            self.check_length(action_id, 255, f"{pointer}/action_id")
            if action_id in self._action_ids:
                self.fail(f"duplicate action_id: {action_id}", f"{pointer}/action_id")
            self._action_ids.add(action_id)
        if element.get("type") == "button":
            self.check_text(element.get("text"), 75, f"{pointer}/text", plain=True)
            self.check_length(element.get("value"), 2000, f"{pointer}/value")
            self.check_length(element.get("url"), 3000, f"{pointer}/url")
        if "placeholder" in element:
            self.check_text(element["placeholder"], 150, f"{pointer}/placeholder")
        options = element.get("options")
        if isinstance(options, list):
            if len(options) > 100:
                self.fail("no more than 100 items allowed", f"{pointer}/options")
            for index, option in enumerate(options):
                self._check_option(option, f"{pointer}/options/{index}")

    def _check_option(self, option: Any, pointer: str) -> None:
        if not isinstance(option, dict):
            self.fail("must be an object", pointer)
            return
        self.check_text(option.get("text"), 75, f"{pointer}/text")
        self.check_length(option.get("value"), 150, f"{pointer}/value")


def _section_rule(checker: PayloadChecker, block: dict, pointer: str) -> None:
    if "text" not in block and "fields" not in block:
        checker.fail("must provide text or fields", pointer)
    if "text" in block:
        checker.check_text(block["text"], 3000, f"{pointer}/text")
    fields = block.get("fields")
    if fields is None:
        return
    if not isinstance(fields, list):
        checker.fail("must be an array", f"{pointer}/fields")
        return
    if len(fields) > 10:
        checker.fail("no more than 10 items allowed", f"{pointer}/fields")
    for index, item in enumerate(fields):
        checker.check_text(item, 2000, f"{pointer}/fields/{index}")


def _header_rule(checker: PayloadChecker, block: dict, pointer: str) -> None:
    checker.check_text(block.get("text"), 150, f"{pointer}/text", plain=True)


def _elements_rule(limit: int) -> Callable[[PayloadChecker, dict, str], None]:
    def rule(checker: PayloadChecker, block: dict, pointer: str) -> None:
        elements = block.get("elements")
        if not isinstance(elements, list) or not elements:
            checker.fail("must be a non-empty array", f"{pointer}/elements")
        elif len(elements) > limit:
            checker.fail(f"no more than {limit} items allowed", f"{pointer}/elements")

    return rule


def _input_rule(checker: PayloadChecker, block: dict, pointer: str) -> None:
    checker.check_text(block.get("label"), 2000, f"{pointer}/label", plain=True)
    if "hint" in block:
        checker.check_text(block["hint"], 2000, f"{pointer}/hint", plain=True)
    if not isinstance(block.get("element"), dict):
        checker.fail("missing required field: element", pointer)


BLOCK_RULES: dict[str, Callable[[PayloadChecker, dict, str], None]] = {
    "section": _section_rule,
    "header": _header_rule,
    "actions": _elements_rule(25),
    "context": _elements_rule(10),
    "input": _input_rule,
}


def message_problems(body: dict, *, require_content: bool = True) -> tuple[str, list[str]] | None:
    """(error code, details) if Slack would reject this message, else None."""
    return PayloadChecker().check_message(body, require_content=require_content)


def view_problems(view: Any) -> list[str]:
    """Details of everything Slack would reject in this view; empty when valid."""
    return PayloadChecker().check_view(view)


def _decode_json_fields(params: dict) -> None:
    """Form-encoded requests carry blocks/view as JSON strings; Slack decodes them."""
    for key in JSON_STRING_FIELDS:
        value = params.get(key)
        if not isinstance(value, str):
            continue
        try:
            params[key] = json.loads(value)
        except json.JSONDecodeError as exc:
            code = "invalid_arguments" if key == "view" else "invalid_blocks"
            raise SlackApiFailure(code, [f"{key} is not valid JSON: {exc}"]) from exc


def _find_element(blocks: list, action_id: str) -> tuple[dict, dict] | None:
    """The (block, element) holding an interactive element with this action_id."""
    for block in blocks:
        for element in _iter_elements(block):
            if element.get("action_id") == action_id:
                return block, element
    return None


def _iter_elements(value: Any) -> Iterator[dict]:
    if isinstance(value, list):
        for item in value:
            yield from _iter_elements(item)
    elif isinstance(value, dict):
        if "action_id" in value:
            yield value
        for child in value.values():
            yield from _iter_elements(child)


def _all_options(element: dict) -> list[dict]:
    options = list(element.get("options") or [])
    for group in element.get("option_groups") or []:
        options.extend(group.get("options") or [])
    return options


def _input_state(element: dict, value: Any) -> dict:
    """The state.values entry Slack would send for an input element holding `value`."""
    kind = element.get("type", "")
    state: dict[str, Any] = {"type": kind}
    if kind == "external_select":
        # Its options came from the app as the person typed; the value is what they picked.
        picked = {"text": {"type": "plain_text", "text": value}, "value": value}
        state["selected_option"] = picked if value is not None else None
    elif kind in SINGLE_OPTION_TYPES:
        state["selected_option"] = _pick_option(element, value) if value is not None else None
    elif kind in MULTI_OPTION_TYPES:
        state["selected_options"] = [_pick_option(element, v) for v in value or []]
    else:
        state[INPUT_VALUE_KEYS.get(kind, "value")] = value
    return state


def _pick_option(element: dict, value: str) -> dict:
    for option in _all_options(element):
        if option.get("value") == value:
            return option
    raise AssertionError(f"{element.get('action_id')!r} has no option with value {value!r}")


# ---------------------------------------------------------------------------
# HTTP side
# ---------------------------------------------------------------------------


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fake: FakeSlack) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fake = fake


class _Handler(BaseHTTPRequestHandler):
    server: _HttpServer

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet; the fake records everything in FakeSlack.calls."""

    def do_GET(self) -> None:
        self._route()

    def do_POST(self) -> None:
        self._route()

    def _route(self) -> None:
        path, _, query = self.path.partition("?")
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        fake = self.server.fake
        if path.startswith("/api/"):
            method = path.removeprefix("/api/")
            status, body, headers = fake.handle_api(method, query, raw, self.headers)
            hold = fake.take_answer_delay(method)
            if hold:
                time.sleep(hold)  # done, but the answer comes after the client gave up
            with contextlib.suppress(OSError):
                self._send(status, json.dumps(body).encode(), "application/json", headers)
        elif path.startswith("/response/"):
            status, text = fake.handle_response_post(f"{fake.base_url}{path}", raw)
            self._send(status, text.encode(), "text/plain", {})
        else:
            self._send(404, b"not_found", "text/plain", {})

    def _send(self, status: int, data: bytes, content_type: str, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def _request_params(query: str, raw: bytes, content_type: str) -> dict:
    params: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    if not raw:
        return params
    if content_type.startswith("application/json"):
        try:
            body = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise SlackApiFailure("invalid_json", [str(exc)]) from exc
        if not isinstance(body, dict):
            raise SlackApiFailure("invalid_json", ["body must be a JSON object"])
        params.update(body)
    else:
        params.update(parse_qsl(raw.decode(), keep_blank_values=True))
    return params


# ---------------------------------------------------------------------------
# Socket Mode side
# ---------------------------------------------------------------------------


@dataclass
class Refresh:
    """A connection asked to refresh: when it ended, and whether the server had to close it."""

    ended: threading.Event = field(default_factory=threading.Event)
    server_closed_at: float | None = None


class _SocketModeServer:
    """A websocket endpoint on its own asyncio loop thread, like wss-primary.slack.com."""

    # Frequent pings make the builtin client's blocking recv() return often, so closing
    # the client does not wait for its 3 s receive timeout.
    PING_INTERVAL = 0.25

    def __init__(
        self,
        hello: Callable[[int], dict],
        on_count: Callable[[int], None],
        on_frame: Callable[[str | bytes], None],
        ping_interval: float | None = PING_INTERVAL,
    ) -> None:
        self._hello = hello
        self._on_count = on_count
        self._on_frame = on_frame
        self._ping_interval = ping_interval
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._connections: list[ServerConnection] = []
        self._stalled: list[ServerConnection] = []
        self._refreshes: dict[ServerConnection, Refresh] = {}
        self._tasks: set[asyncio.Task] = set()
        self._startup_error: BaseException | None = None
        self.opened = 0
        self.opened_changed = threading.Condition()
        self.port = 0

    def start(self) -> None:
        ready = threading.Event()
        self._thread = threading.Thread(
            target=lambda: asyncio.run(self._main(ready)), name="fakeslack-ws", daemon=True
        )
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fake Socket Mode server did not start")
        if self._startup_error is not None:
            raise RuntimeError("fake Socket Mode server failed") from self._startup_error

    def stop(self) -> None:
        if self._loop is not None and self._stopping is not None and not self._loop.is_closed():
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._stopping.set)
        if self._thread is not None:
            self._thread.join(10)
        self._thread = None

    def send(self, text: str, timeout: float) -> None:
        """Send to the newest connection, as Slack spreads envelopes across them."""
        if not self._connections or self._loop is None:
            raise AssertionError("no Socket Mode client is connected")
        future = asyncio.run_coroutine_threadsafe(self._connections[-1].send(text), self._loop)
        future.result(timeout)

    def drop(self, timeout: float = 5.0) -> None:
        """Cut every connection without a close handshake, as a network loss does."""
        if self._loop is None:
            return

        async def cut() -> None:
            for connection in list(self._connections):
                connection.transport.abort()

        asyncio.run_coroutine_threadsafe(cut(), self._loop).result(timeout)

    def _on_newest(self, act: Callable[[ServerConnection], Any], timeout: float = 5.0) -> Any:
        if not self._connections or self._loop is None:
            raise AssertionError("no Socket Mode client is connected")
        loop = self._loop

        async def run() -> Any:
            return act(self._connections[-1])

        return asyncio.run_coroutine_threadsafe(run(), loop).result(timeout)

    def stall(self) -> None:
        """Go half-open on the newest connection: read nothing, answer no ping, send nothing."""

        def stall(connection: ServerConnection) -> None:
            connection.transport.pause_reading()
            if connection.keepalive_task is not None:
                connection.keepalive_task.cancel()
            self._connections.remove(connection)
            self._stalled.append(connection)
            self._on_count(len(self._connections))

        self._on_newest(stall)

    def close_newest(self) -> None:
        """Send a plain close frame on the newest connection, as Slack does when it goes away."""
        self._on_newest(lambda connection: self._spawn(connection.close()))

    def refresh(self, grace: float, reason: str) -> Refresh:
        """Ask the newest connection's client to reconnect (Slack's `disconnect` envelope) and
        close that connection `grace` seconds later unless the client has closed it first."""

        def refresh(connection: ServerConnection) -> Refresh:
            refresh = Refresh()
            self._refreshes[connection] = refresh
            envelope = {
                "type": "disconnect",
                "reason": reason,
                "debug_info": {"host": "applink-fake-1"},
            }
            self._spawn(connection.send(json.dumps(envelope)))
            self._spawn(self._close_later(connection, refresh, grace))
            return refresh

        return self._on_newest(refresh)

    async def _close_later(
        self, connection: ServerConnection, refresh: Refresh, grace: float
    ) -> None:
        await asyncio.sleep(grace)
        if not refresh.ended.is_set():
            refresh.server_closed_at = time.monotonic()
            await connection.close()

    def _spawn(self, coroutine: Any) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _main(self, ready: threading.Event) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        try:
            server: Server = await serve(
                self._serve_connection,
                "127.0.0.1",
                0,
                ping_interval=self._ping_interval,
                ping_timeout=None,
                close_timeout=1,
                max_size=None,
                compression=None,
            )
        except BaseException as exc:
            self._startup_error = exc
            ready.set()
            raise
        async with server:
            self.port = server.sockets[0].getsockname()[1]
            ready.set()
            await self._stopping.wait()
            for connection in self._stalled:
                connection.transport.abort()

    async def _serve_connection(self, connection: ServerConnection) -> None:
        """Say hello first, then count the client as connected, so envelopes follow the hello."""
        try:
            await connection.send(json.dumps(self._hello(len(self._connections) + 1)))
            self._connections.append(connection)
            self._on_count(len(self._connections))
            with self.opened_changed:
                self.opened += 1
                self.opened_changed.notify_all()
            async for frame in connection:
                self._on_frame(frame)
        except ConnectionClosed:
            pass
        finally:
            if connection in self._connections:
                self._connections.remove(connection)
            self._on_count(len(self._connections))
            refresh = self._refreshes.pop(connection, None)
            if refresh is not None:
                refresh.ended.set()


# ---------------------------------------------------------------------------
# The fake
# ---------------------------------------------------------------------------


class FakeSlack:
    """Slack's Web API, response_url endpoint and Socket Mode endpoint on 127.0.0.1.

    Every request is recorded; payloads Slack would reject are answered with Slack's
    error and recorded as failed calls (see invalid_calls()).
    """

    trigger_ttl: float = 3.0

    def __init__(
        self,
        team_id: str = "T0001",
        bot_user_id: str = "UBOT",
        users: dict[str, dict] | None = None,
        socket_ping_interval: float | None = _SocketModeServer.PING_INTERVAL,
    ) -> None:
        self.team_id = team_id
        self.bot_user_id = bot_user_id
        self.bot_id = "B0001"
        self.app_id = "A0001"
        # The bot token's scopes, sent as Slack sends them (`X-OAuth-Scopes` on every answer);
        # None sends no header.
        self.scopes: list[str] | None = None
        self.calls: list[Call] = []
        self.responses: list[dict] = []
        self.rejected_responses: list[dict] = []
        self.envelopes: list[dict] = []
        self.acks: list[dict] = []
        self.messages: dict[tuple[str, str], dict] = {}
        self.views: dict[str, dict] = {}
        self.home_views: dict[str, dict] = {}
        self.socket_connected = threading.Event()
        # The URL apps.connections.open hands out, if not the fake's own Socket Mode server.
        self.socket_url: str | None = None
        self._cond = threading.Condition(threading.RLock())
        self._users: dict[str, dict] = {}
        self._usergroups: dict[str, list[str]] = {}
        self._channels: dict[str, dict] = {}
        self._failures: dict[str, list[_Failure]] = {}
        self._delays: dict[str, list[float]] = {}
        self._response_uses: dict[str, int] = {}
        self._response_targets: dict[str, tuple[str, str]] = {}
        self._triggers: dict[str, float] = {}
        self._used_triggers: set[str] = set()
        self._acks_by_id: dict[str, dict] = {}
        self._ts = itertools.count(100, 100)
        self._ids = itertools.count(1)
        self._http: _HttpServer | None = None
        self._http_thread: threading.Thread | None = None
        self._ws = _SocketModeServer(
            self._hello, self._on_socket_count, self._on_frame, socket_ping_interval
        )
        self.sent_at: dict[str, float] = {}
        self.ack_at: dict[str, float] = {}
        self.add_user(bot_user_id, name="ghostwatch", is_bot=True)
        for user_id, fields in (users or {}).items():
            self.add_user(user_id, **fields)
        self._methods: dict[str, Callable[[dict], dict]] = {
            "auth.test": self._auth_test,
            "chat.postMessage": self._chat_post_message,
            "chat.postEphemeral": self._chat_post_ephemeral,
            "chat.update": self._chat_update,
            "chat.delete": self._chat_delete,
            "chat.getPermalink": self._chat_get_permalink,
            "views.open": self._views_open,
            "views.push": self._views_push,
            "views.update": self._views_update,
            "views.publish": self._views_publish,
            "users.info": self._users_info,
            "usergroups.users.list": self._usergroups_users_list,
            "conversations.info": self._conversations_info,
            "conversations.list": self._conversations_list,
            "conversations.history": self._conversations_history,
            "conversations.replies": self._conversations_replies,
            "conversations.join": self._conversations_join,
            "apps.connections.open": self._apps_connections_open,
        }

    # -- lifecycle ---------------------------------------------------------

    def start(self) -> FakeSlack:
        self._ws.start()
        self._http = _HttpServer(self)
        self._http_thread = threading.Thread(
            target=self._http.serve_forever,
            kwargs={"poll_interval": 0.005},  # stop() waits up to one poll
            name="fakeslack-http",
            daemon=True,
        )
        self._http_thread.start()
        return self

    def stop(self) -> None:
        """Stop both servers. Close Socket Mode clients first, or they will try to reconnect."""
        self._ws.stop()
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
        if self._http_thread is not None:
            self._http_thread.join(10)
        self._http = None
        self._http_thread = None

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._http is None:
            raise RuntimeError("FakeSlack is not started")
        return f"http://127.0.0.1:{self._http.server_address[1]}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    @property
    def ws_url(self) -> str:
        if not self._ws.port:
            raise RuntimeError("FakeSlack is not started")
        return f"ws://127.0.0.1:{self._ws.port}/link"

    # -- fixtures ------------------------------------------------------------

    def add_user(
        self,
        user_id: str,
        *,
        name: str | None = None,
        tz: str = "UTC",
        is_admin: bool = False,
        **extra: Any,
    ) -> None:
        """Register a user for users.info; `extra` overrides top-level user fields."""
        name = name or user_id.lower()
        offset = datetime.now(ZoneInfo(tz)).utcoffset()
        record = {
            "id": user_id,
            "team_id": self.team_id,
            "name": name,
            "real_name": name.title(),
            "deleted": False,
            "is_bot": False,
            "is_admin": is_admin,
            "is_owner": False,
            "tz": tz,
            "tz_label": tz,
            "tz_offset": int(offset.total_seconds()) if offset is not None else 0,
            "profile": {"real_name": name.title(), "display_name": name},
        }
        record.update(extra)
        with self._cond:
            self._users[user_id] = record

    def add_usergroup(self, group_id: str, users: list[str]) -> None:
        with self._cond:
            self._usergroups[group_id] = list(users)

    def add_channel(
        self, channel_id: str, *, name: str | None = None, is_member: bool = True, **extra: Any
    ) -> None:
        """Register a channel; unregistered channels get a generic conversations.info answer."""
        with self._cond:
            self._channels[channel_id] = self._channel_record(
                channel_id, name=name, is_member=is_member, **extra
            )

    def add_message(
        self, channel: str, *, text: str = "", blocks: list | None = None, ts: str | None = None
    ) -> str:
        """Seed a message (e.g. one posted before the test) so chat.update can find it."""
        with self._cond:
            ts = ts or self._next_ts()
            self.messages[(channel, ts)] = self._message_record(
                channel, ts, {"text": text, "blocks": blocks or []}
            )
        return ts

    def response_url(self, *, channel: str | None = None, message_ts: str | None = None) -> str:
        """A fresh response_url; bound to a message, replace/delete_original act on it."""
        url = f"{self.base_url}/response/{uuid.uuid4()}"
        if channel is not None and message_ts is not None:
            with self._cond:
                self._response_targets[url] = (channel, message_ts)
        return url

    def trigger_id(self) -> str:
        """A trigger_id that expires after trigger_ttl seconds and works once, like Slack's."""
        trigger = f"{next(self._ids)}.{uuid.uuid4().hex[:12]}"
        with self._cond:
            self._triggers[trigger] = time.monotonic()
        return trigger

    def fail_next(
        self,
        method: str,
        *,
        status: int = 429,
        retry_after: int = 1,
        error: str | None = None,
        times: int = 1,
    ) -> None:
        """Make the next `times` calls to `method` ("response" for response_url posts) fail.

        status 429 without error: HTTP 429 + Retry-After, error "ratelimited". An error with the
        default status: HTTP 200 {"ok": false, "error": error}, such as "expired_trigger_id" for
        views.open, given only to a payload Slack would accept. Status 500: HTTP 500.
        """
        with self._cond:
            queue = self._failures.setdefault(method, [])
            queue.append(_Failure(status, retry_after, error, times))

    def delay_answer(self, method: str, seconds: float, *, times: int = 1) -> None:
        """Do the next `times` calls to `method`, but answer only after `seconds`: a client
        with a shorter timeout sees no answer for a request that succeeded."""
        with self._cond:
            self._delays.setdefault(method, []).extend([seconds] * times)

    def take_answer_delay(self, method: str) -> float:
        with self._cond:
            queue = self._delays.get(method)
            return queue.pop(0) if queue else 0.0

    # -- inspection ----------------------------------------------------------

    def calls_to(self, method: str) -> list[dict]:
        with self._cond:
            return [c.params for c in self.calls if c.method == method and c.ok]

    def invalid_calls(self) -> list[Call]:
        """Calls Slack refused because of what the bot sent (bad blocks, auth, unknown method);
        an error the test asked for with fail_next is not the bot's doing."""
        with self._cond:
            return [
                c
                for c in self.calls
                if not c.ok and c.error in VALIDATION_ERRORS and not c.injected
            ]

    def message(self, channel: str, ts: str) -> dict | None:
        """The message as it stands now, after updates; None if deleted or never posted."""
        with self._cond:
            return copy.deepcopy(self.messages.get((channel, ts)))

    def replies(self, channel: str, thread_ts: str) -> list[dict]:
        with self._cond:
            return [
                copy.deepcopy(m)
                for (chan, ts), m in self.messages.items()
                if chan == channel and m.get("thread_ts") == thread_ts and ts != thread_ts
            ]

    def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 5.0,
        where: Callable[[dict], bool] | None = None,
    ) -> list[dict]:
        """Block until `count` successful calls (or response_url posts for "response") match."""

        def matches() -> list[dict]:
            source = self.responses if method == "response" else self.calls_to(method)
            return [p for p in source if where is None or where(p)]

        with self._cond:
            if self._cond.wait_for(lambda: len(matches()) >= count, timeout):
                return matches()
            raise AssertionError(self._wait_summary(method, count, timeout, len(matches())))

    def _wait_summary(self, method: str, count: int, timeout: float, got: int) -> str:
        lines = [f"waited {timeout}s for {count} matching {method!r}, got {got}. Received:"]
        for call in self.calls[-40:]:
            status = "ok" if call.ok else f"{call.error} {call.errors}"
            lines.append(f"  {call.method}: {status} {_short(call.params)}")
        for body in self.responses[-20:]:
            lines.append(f"  response: {_short(body)}")
        for body in self.rejected_responses[-20:]:
            lines.append(f"  response REJECTED: {_short(body)}")
        if len(lines) == 1:
            lines.append("  nothing")
        return "\n".join(lines)

    # -- Web API dispatch -------------------------------------------------------

    def handle_api(
        self, method: str, query: str, raw: bytes, headers: Message
    ) -> tuple[int, dict, dict]:
        """Answer one Web API request: (HTTP status, JSON body, extra headers)."""
        params: dict = {}
        token = _bearer(headers.get("Authorization"))
        with self._cond:
            try:
                params = _request_params(query, raw, headers.get("Content-Type") or "")
                token = token or params.pop("token", None)
                handler = self._methods.get(method)
                if handler is None:
                    raise SlackApiFailure("unknown_method")
                _check_token(method, token)
                failure = self._take_failure(method)
                if failure is not None and _before_payload(failure):
                    raise _injected(failure)
                _decode_json_fields(params)
                if failure is not None:
                    _check_payload(method, params)  # what Slack refuses is refused first
                    raise _injected(failure)
                body = handler(params)
            except SlackApiFailure as failure:
                return self._fail(method, params, token, failure)
            except Exception as exc:
                failure = SlackApiFailure("internal_error", [repr(exc)], status=500)
                return self._fail(method, params, token, failure)
            self._record(Call(method, params, token, True, None))
            headers = {} if self.scopes is None else {"X-OAuth-Scopes": ",".join(self.scopes)}
            return 200, {"ok": True, **body}, headers

    def _fail(
        self, method: str, params: dict, token: str | None, failure: SlackApiFailure
    ) -> tuple[int, dict, dict]:
        self._record(
            Call(method, params, token, False, failure.error, failure.errors, failure.injected)
        )
        return failure.status, failure.body(), failure.headers

    def _record(self, call: Call) -> None:
        self.calls.append(call)
        self._cond.notify_all()

    def _take_failure(self, method: str) -> _Failure | None:
        queue = self._failures.get(method)
        if not queue:
            return None
        failure = queue[0]
        failure.times -= 1
        if failure.times <= 0:
            queue.pop(0)
        return failure

    # -- Web API methods --------------------------------------------------------

    def _auth_test(self, params: dict) -> dict:
        return {
            "url": "https://fake-team.slack.com/",
            "team": "Fake Team",
            "user": "ghostwatch",
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _chat_post_message(self, params: dict) -> dict:
        channel = self._writable_channel(params)
        _raise_message_problems(params, require_content=True)
        ts = self._next_ts()
        message = self._message_record(channel, ts, params)
        self.messages[(channel, ts)] = message
        return {"channel": channel, "ts": ts, "message": copy.deepcopy(message)}

    def _chat_post_ephemeral(self, params: dict) -> dict:
        self._writable_channel(params)
        if not params.get("user"):
            raise SlackApiFailure("user_not_found")
        _raise_message_problems(params, require_content=True)
        return {"message_ts": self._next_ts()}

    def _chat_update(self, params: dict) -> dict:
        channel, ts = self._existing_message(params, "ts")
        _raise_message_problems(params, require_content=True)
        message = self.messages[(channel, ts)]
        for key in ("text", "blocks", "attachments", "metadata"):
            if key in params:
                message[key] = params[key]
        message["edited"] = {"user": self.bot_user_id, "ts": self._next_ts()}
        return {
            "channel": channel,
            "ts": ts,
            "text": message.get("text", ""),
            "message": copy.deepcopy(message),
        }

    def _chat_delete(self, params: dict) -> dict:
        channel, ts = self._existing_message(params, "ts")
        del self.messages[(channel, ts)]
        return {"channel": channel, "ts": ts}

    def _chat_get_permalink(self, params: dict) -> dict:
        channel, ts = self._existing_message(params, "message_ts")
        link = f"https://fake-team.slack.com/archives/{channel}/p{ts.replace('.', '')}"
        return {"channel": channel, "permalink": link}

    def _views_open(self, params: dict) -> dict:
        view = _checked_view(params)
        self._use_trigger(params)
        return {"view": self._store_view(view)}

    def _views_push(self, params: dict) -> dict:
        view = _checked_view(params)
        self._use_trigger(params)
        return {"view": self._store_view(view)}

    def _views_update(self, params: dict) -> dict:
        view = _checked_view(params)
        view_id = params.get("view_id") or self._view_id_for_external(params.get("external_id"))
        if not view_id:
            raise SlackApiFailure("invalid_arguments", ["missing required field: view_id"])
        current = self.views.get(view_id)
        if current is None:
            raise SlackApiFailure("not_found")
        if params.get("hash") and params["hash"] != current["hash"]:
            raise SlackApiFailure("hash_conflict")
        return {"view": self._store_view(view, view_id=view_id)}

    def _views_publish(self, params: dict) -> dict:
        user_id = params.get("user_id")
        if not user_id:
            raise SlackApiFailure("invalid_arguments", ["missing required field: user_id"])
        view = _checked_view(params)
        if view.get("type") != "home":
            raise SlackApiFailure("invalid_arguments", ["must be home [json-pointer:/view/type]"])
        current = self.home_views.get(user_id)
        if current is not None and params.get("hash") and params["hash"] != current["hash"]:
            raise SlackApiFailure("hash_conflict")
        stored = self._store_view(view, view_id=current["id"] if current else None)
        self.home_views[user_id] = stored
        return {"view": stored}

    def _users_info(self, params: dict) -> dict:
        user = self._users.get(params.get("user", ""))
        if user is None:
            raise SlackApiFailure("user_not_found")
        return {"user": copy.deepcopy(user)}

    def _usergroups_users_list(self, params: dict) -> dict:
        users = self._usergroups.get(params.get("usergroup", ""))
        if users is None:
            raise SlackApiFailure("no_such_subteam")
        return {"users": list(users)}

    def _conversations_info(self, params: dict) -> dict:
        channel = params.get("channel")
        if not channel:
            raise SlackApiFailure("channel_not_found")
        return {"channel": copy.deepcopy(self._channel(channel))}

    def _conversations_list(self, params: dict) -> dict:
        """The registered channels, a page at a time (`cursor` is where the next page starts)."""
        channels = [c for _, c in sorted(self._channels.items())]
        if str(params.get("exclude_archived", "")).lower() in ("1", "true"):
            channels = [c for c in channels if not c.get("is_archived")]
        start = int(params.get("cursor") or 0)
        limit = int(params.get("limit") or 100)
        page = channels[start : start + limit]
        more = start + limit < len(channels)
        return {
            "channels": copy.deepcopy(page),
            "response_metadata": {"next_cursor": str(start + limit) if more else ""},
        }

    def _conversations_join(self, params: dict) -> dict:
        channel = params.get("channel")
        if not channel:
            raise SlackApiFailure("channel_not_found")
        record = self._channels.setdefault(channel, self._channel_record(channel))
        record["is_member"] = True
        return {"channel": copy.deepcopy(record)}

    def _conversations_history(self, params: dict) -> dict:
        """Newest first: messages in the channel itself and replies broadcast to it; metadata
        only when asked for, as Slack does."""
        channel = params.get("channel") or ""
        if not channel:
            raise SlackApiFailure("channel_not_found")
        oldest = float(params.get("oldest") or 0)
        with_metadata = str(params.get("include_all_metadata", "")).lower() in ("1", "true")
        found = []
        for (chan, ts), message in self.messages.items():
            in_channel = "thread_ts" not in message or message["thread_ts"] == ts
            if chan != channel or float(ts) < oldest:
                continue
            if not (in_channel or message.get("reply_broadcast")):
                continue
            shown = copy.deepcopy(message)
            if not with_metadata:
                shown.pop("metadata", None)
            found.append(shown)
        found.sort(key=lambda m: float(m["ts"]), reverse=True)
        limit = int(params.get("limit") or 100)
        return {"messages": found[:limit], "has_more": len(found) > limit}

    def _conversations_replies(self, params: dict) -> dict:
        """Oldest first: the thread's parent and its replies; metadata only when asked for."""
        channel, ts = params.get("channel") or "", params.get("ts") or ""
        parent = self.messages.get((channel, ts))
        if parent is None:
            raise SlackApiFailure("thread_not_found")
        with_metadata = str(params.get("include_all_metadata", "")).lower() in ("1", "true")
        found = [parent] + [
            m for (chan, t), m in self.messages.items()
            if chan == channel and t != ts and m.get("thread_ts") == ts
        ]  # fmt: skip
        shown = [copy.deepcopy(m) for m in sorted(found, key=lambda m: float(m["ts"]))]
        if not with_metadata:
            for message in shown:
                message.pop("metadata", None)
        limit = int(params.get("limit") or 1000)
        return {"messages": shown[:limit], "has_more": len(shown) > limit}

    def _apps_connections_open(self, params: dict) -> dict:
        return {"url": self.socket_url or self.ws_url}

    # -- Web API helpers ----------------------------------------------------------

    def _next_ts(self) -> str:
        micros = next(self._ts)
        return f"{1_700_000_000 + micros // 1_000_000}.{micros % 1_000_000:06d}"

    def _message_record(self, channel: str, ts: str, params: dict) -> dict:
        message = {
            "type": "message",
            "channel": channel,
            "user": self.bot_user_id,
            "bot_id": self.bot_id,
            "app_id": self.app_id,
            "team": self.team_id,
            "text": params.get("text") or "",
            "blocks": copy.deepcopy(params.get("blocks") or []),
            "ts": ts,
        }
        for key in ("thread_ts", "attachments", "metadata"):
            if params.get(key):
                message[key] = copy.deepcopy(params[key])
        if str(params.get("reply_broadcast", "")).lower() in ("1", "true"):
            message["reply_broadcast"] = True
        return message

    def _channel_record(
        self, channel_id: str, *, name: str | None = None, is_member: bool = True, **extra: Any
    ) -> dict:
        is_im = channel_id.startswith("D")
        record = {
            "id": channel_id,
            "name": name or f"channel-{channel_id.lower()}",
            "is_channel": not is_im,
            "is_im": is_im,
            "is_private": False,
            "is_archived": False,
            "is_member": is_member,
            "context_team_id": self.team_id,
        }
        record.update(extra)
        return record

    def _channel(self, channel_id: str) -> dict:
        return self._channels.get(channel_id) or self._channel_record(channel_id)

    def _writable_channel(self, params: dict) -> str:
        channel = params.get("channel")
        if not channel:
            raise SlackApiFailure("channel_not_found")
        record = self._channels.get(channel)
        if record is not None and record.get("is_archived"):
            raise SlackApiFailure("is_archived")
        if record is not None and not record.get("is_member"):
            raise SlackApiFailure("not_in_channel")
        return channel

    def _existing_message(self, params: dict, ts_key: str) -> tuple[str, str]:
        channel, ts = params.get("channel"), params.get(ts_key)
        if not channel:
            raise SlackApiFailure("channel_not_found")
        if not ts or (channel, ts) not in self.messages:
            raise SlackApiFailure("message_not_found")
        return channel, ts

    def _use_trigger(self, params: dict) -> None:
        trigger = params.get("trigger_id")
        if not trigger:
            raise SlackApiFailure("invalid_arguments", ["missing required field: trigger_id"])
        if trigger in self._used_triggers:
            raise SlackApiFailure("exchanged_trigger_id")
        issued = self._triggers.get(trigger)
        if issued is not None and time.monotonic() - issued > self.trigger_ttl:
            raise SlackApiFailure("expired_trigger_id")
        self._used_triggers.add(trigger)

    def _view_id_for_external(self, external_id: str | None) -> str | None:
        if not external_id:
            return None
        for view_id, view in self.views.items():
            if view.get("external_id") == external_id:
                return view_id
        raise SlackApiFailure("not_found")

    def _store_view(self, view: dict, *, view_id: str | None = None) -> dict:
        view_id = view_id or f"V{next(self._ids):08d}"
        previous = self.views.get(view_id, {})
        stored = {
            **copy.deepcopy(view),
            "id": view_id,
            "team_id": self.team_id,
            "app_id": self.app_id,
            "bot_id": self.bot_id,
            "state": {"values": {}},
            "hash": f"{int(time.time())}.{uuid.uuid4().hex[:8]}",
            "root_view_id": previous.get("root_view_id", view_id),
            "previous_view_id": None,
        }
        self.views[view_id] = stored
        return copy.deepcopy(stored)

    # -- response_url -------------------------------------------------------------

    def handle_response_post(self, url: str, raw: bytes) -> tuple[int, str]:
        """Answer a POST to a response_url: (HTTP status, text body) as Slack does."""
        with self._cond:
            failure = self._take_failure("response")
            if failure is not None:
                return _response_failure(failure)
            try:
                body = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                return self._reject_response(
                    url, {"raw": raw.decode(errors="replace")}, ["body is not JSON"]
                )
            if not isinstance(body, dict):
                return self._reject_response(url, {"raw": body}, ["body must be an object"])
            uses = self._response_uses.get(url, 0) + 1
            self._response_uses[url] = uses
            if uses > RESPONSE_URL_MAX_USES:
                self.rejected_responses.append({**body, "url": url, "errors": ["used_url"]})
                self._cond.notify_all()
                return 404, "used_url"
            problems = message_problems(body, require_content=not body.get("delete_original"))
            if problems is not None:
                return self._reject_response(url, body, problems[1], status_text=problems[0])
            self._apply_to_original(url, body)
            self.responses.append({**body, "url": url})
            self._cond.notify_all()
            return 200, "ok"

    def _reject_response(
        self, url: str, body: dict, errors: list[str], *, status_text: str = "invalid_blocks"
    ) -> tuple[int, str]:
        self.rejected_responses.append({**body, "url": url, "errors": errors})
        self._cond.notify_all()
        return 400, status_text

    def _apply_to_original(self, url: str, body: dict) -> None:
        target = self._response_targets.get(url)
        if target is None or target not in self.messages:
            return
        if body.get("delete_original"):
            del self.messages[target]
        elif body.get("replace_original"):
            message = self.messages[target]
            message["text"] = body.get("text") or ""
            message["blocks"] = copy.deepcopy(body.get("blocks") or [])

    # -- Socket Mode --------------------------------------------------------------

    def drop_socket_connections(self) -> None:
        """Lose every Socket Mode connection at once, like a network outage."""
        self._ws.drop()

    def stall_socket(self) -> None:
        """The newest Socket Mode connection goes half-open: no pongs, nothing read."""
        self._ws.stall()

    def close_socket(self) -> None:
        """Close the newest Socket Mode connection with a plain close frame."""
        self._ws.close_newest()

    def refresh_socket(self, grace: float = 10.0, reason: str = "refresh_requested") -> Refresh:
        """Send `disconnect` on the newest connection (`reason`: refresh_requested, or warning
        a few seconds before); close it after `grace` seconds if the client has not."""
        return self._ws.refresh(grace, reason)

    @property
    def sockets_opened(self) -> int:
        """Socket Mode connections opened (and greeted) since the start."""
        return self._ws.opened

    def wait_sockets_opened(self, count: int, timeout: float = 10.0) -> bool:
        """Wait until `count` Socket Mode connections have been opened since the start."""
        with self._ws.opened_changed:
            return self._ws.opened_changed.wait_for(lambda: self._ws.opened >= count, timeout)

    def socket_send(self, envelope_type: str, payload: dict, *, timeout: float = 5.0) -> dict:
        """Deliver an envelope to the connected Socket Mode client and return its ack frame.

        Raises AssertionError if no client connects or acks in time, or if the ack carries a
        payload (blocks, view) Slack would reject.
        """
        deadline = time.monotonic() + timeout
        if not self.socket_connected.wait(timeout):
            raise AssertionError(f"no Socket Mode client connected within {timeout}s")
        envelope_id = str(uuid.uuid4())
        envelope = {
            "envelope_id": envelope_id,
            "type": envelope_type,
            "payload": payload,
            "accepts_response_payload": True,
            "retry_attempt": 0,
            "retry_reason": "",
        }
        with self._cond:
            self.envelopes.append(envelope)
            self.sent_at[envelope_id] = time.monotonic()
        self._ws.send(json.dumps(envelope), max(deadline - time.monotonic(), 0.1))
        with self._cond:
            acked = self._cond.wait_for(
                lambda: envelope_id in self._acks_by_id, max(deadline - time.monotonic(), 0)
            )
            if not acked:
                raise AssertionError(
                    f"no ack for {envelope_type} envelope within {timeout}s: {_short(payload)}"
                )
            ack = self._acks_by_id[envelope_id]
        _raise_ack_problems(ack)
        return ack

    def slash_command(
        self,
        command: str,
        text: str = "",
        *,
        user_id: str = "U0001",
        channel_id: str = "C0001",
    ) -> dict:
        """A slash_commands payload as Slack sends it, with a live response_url and trigger_id."""
        return {
            "token": "fake-verification-token",
            "team_id": self.team_id,
            "team_domain": "fake-team",
            "channel_id": channel_id,
            "channel_name": self._channel(channel_id)["name"],
            "user_id": user_id,
            "user_name": self._users.get(user_id, {}).get("name", user_id.lower()),
            "command": command,
            "text": text,
            "api_app_id": self.app_id,
            "is_enterprise_install": "false",
            "response_url": self.response_url(),
            "trigger_id": self.trigger_id(),
        }

    def click(
        self,
        channel: str,
        ts: str,
        action_id: str,
        *,
        user_id: str = "U0001",
        value: Any = None,
    ) -> dict:
        """A block_actions payload for clicking `action_id` in a message the fake holds.

        Raises AssertionError when the message or the element is not there, which is what a
        user would see. `value` picks an option of a select; buttons send their own value.
        """
        message = self.message(channel, ts)
        if message is None:
            raise AssertionError(f"no message {channel}/{ts} to click in")
        found = _find_element(message.get("blocks") or [], action_id)
        if found is None:
            raise AssertionError(f"message {channel}/{ts} has no element {action_id!r}")
        payload = self._interaction("block_actions", user_id)
        payload.update(
            {
                "container": {
                    "type": "message",
                    "message_ts": ts,
                    "channel_id": channel,
                    "is_ephemeral": False,
                },
                "channel": {"id": channel, "name": self._channel(channel)["name"]},
                "message": message,
                "response_url": self.response_url(channel=channel, message_ts=ts),
                "actions": [_action(*found, value)],
            }
        )
        return payload

    def click_in_view(
        self, view_id: str, action_id: str, *, user_id: str = "U0001", value: Any = None
    ) -> dict:
        """A block_actions payload for an element inside an open modal or home tab."""
        view = self._view_copy(view_id)
        found = _find_element(view.get("blocks") or [], action_id)
        if found is None:
            raise AssertionError(f"view {view_id} has no element {action_id!r}")
        payload = self._interaction("block_actions", user_id)
        payload.update(
            {
                "container": {"type": "view", "view_id": view_id},
                "view": view,
                "actions": [_action(*found, value)],
            }
        )
        return payload

    def submit_view(
        self, view_id: str, values: dict[str, Any] | None = None, *, user_id: str = "U0001"
    ) -> dict:
        """A view_submission payload; `values` maps input action_ids to what the user entered."""
        view = self._view_copy(view_id)
        remaining = dict(values or {})
        state: dict[str, dict] = {}
        for index, block in enumerate(view.get("blocks") or []):
            element = block.get("element") if block.get("type") == "input" else None
            if not isinstance(element, dict) or "action_id" not in element:
                continue
            block_id = block.get("block_id") or f"input-{index}"
            entered = remaining.pop(element["action_id"], None)
            state[block_id] = {element["action_id"]: _input_state(element, entered)}
        if remaining:
            raise AssertionError(f"view {view_id} has no inputs {sorted(remaining)}")
        view["state"] = {"values": state}
        payload = self._interaction("view_submission", user_id)
        payload.update({"view": view, "response_urls": []})
        return payload

    def suggest(self, view_id: str, action_id: str, typed: str, *, user_id: str = "U0001") -> dict:
        """The block_suggestion payload Slack sends while a person types in an external select."""
        view = self._view_copy(view_id)
        block_id = next(
            (b.get("block_id") for b in view.get("blocks") or []
             if (b.get("element") or {}).get("action_id") == action_id),
            None,
        )  # fmt: skip
        if block_id is None:
            raise AssertionError(f"view {view_id} has no element {action_id!r}")
        payload = self._interaction("block_suggestion", user_id)
        payload.pop("trigger_id")
        view["state"] = {"values": {}}
        payload.update(
            {"action_id": action_id, "block_id": block_id, "value": typed, "view": view,
             "container": {"type": "view", "view_id": view_id}}
        )  # fmt: skip
        return payload

    def event_callback(self, event: dict) -> dict:
        """An events_api payload wrapping `event` (e.g. app_home_opened)."""
        return {
            "token": "fake-verification-token",
            "team_id": self.team_id,
            "api_app_id": self.app_id,
            "event": event,
            "type": "event_callback",
            "event_id": f"Ev{next(self._ids):08d}",
            "event_time": int(time.time()),
            "authorizations": [
                {
                    "team_id": self.team_id,
                    "user_id": self.bot_user_id,
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
        }

    def _interaction(self, kind: str, user_id: str) -> dict:
        user = self._users.get(user_id, {})
        return {
            "type": kind,
            "token": "fake-verification-token",
            "api_app_id": self.app_id,
            "team": {"id": self.team_id, "domain": "fake-team"},
            "user": {
                "id": user_id,
                "username": user.get("name", user_id.lower()),
                "team_id": self.team_id,
            },
            "trigger_id": self.trigger_id(),
            "is_enterprise_install": False,
        }

    def _view_copy(self, view_id: str) -> dict:
        with self._cond:
            view = self.views.get(view_id)
            if view is None:
                raise AssertionError(f"no open view {view_id}")
            return copy.deepcopy(view)

    def _hello(self, num_connections: int) -> dict:
        return {
            "type": "hello",
            "num_connections": num_connections,
            "debug_info": {
                "host": "applink-fake-1",
                "build_number": 1,
                "approximate_connection_time": 18060,
            },
            "connection_info": {"app_id": self.app_id},
        }

    def _on_socket_count(self, count: int) -> None:
        if count:
            self.socket_connected.set()
        else:
            self.socket_connected.clear()

    def _on_frame(self, frame: str | bytes) -> None:
        try:
            message = json.loads(frame)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return
        if not isinstance(message, dict) or "envelope_id" not in message:
            return
        with self._cond:
            self.acks.append(message)
            self.ack_at[message["envelope_id"]] = time.monotonic()
            self._acks_by_id[message["envelope_id"]] = message
            self._cond.notify_all()


def _bearer(header: str | None) -> str | None:
    if header and header.lower().startswith("bearer "):
        return header[7:].strip() or None
    return None


def _check_token(method: str, token: str | None) -> None:
    if not token:
        raise SlackApiFailure("not_authed")
    is_app_token = token.startswith("xapp-")
    if method == "apps.connections.open" and not is_app_token:
        raise SlackApiFailure("not_allowed_token_type")
    if method != "apps.connections.open" and is_app_token:
        raise SlackApiFailure("not_allowed_token_type")
    if not token.startswith(("xoxb-", "xoxp-", "xapp-")):
        raise SlackApiFailure("invalid_auth")


def _raise_message_problems(params: dict, *, require_content: bool) -> None:
    problems = message_problems(params, require_content=require_content)
    if problems is not None:
        raise SlackApiFailure(*problems)


def _checked_view(params: dict) -> dict:
    view = params.get("view")
    if view is None:
        raise SlackApiFailure("invalid_arguments", ["missing required field: view"])
    errors = view_problems(view)
    if errors:
        raise SlackApiFailure("invalid_arguments", errors)
    return view


def _before_payload(failure: _Failure) -> bool:
    """A rate limit or a server error comes before Slack reads the payload; an error answer
    (`expired_trigger_id`, `channel_not_found`) comes after it was found valid."""
    return (failure.error is None and failure.status == 429) or failure.status >= 500


def _injected(failure: _Failure) -> SlackApiFailure:
    if failure.error is None and failure.status == 429:
        return SlackApiFailure(
            "ratelimited",
            status=429,
            headers={"Retry-After": str(failure.retry_after)},
            injected=True,
        )
    if failure.status >= 500:
        return SlackApiFailure(
            failure.error or "internal_error", status=failure.status, injected=True
        )
    status = 200 if failure.status == 429 else failure.status
    return SlackApiFailure(failure.error or "fatal_error", status=status, injected=True)


_VIEW_METHODS = frozenset({"views.open", "views.push", "views.update", "views.publish"})
_MESSAGE_METHODS = frozenset({"chat.postMessage", "chat.postEphemeral", "chat.update"})


def _check_payload(method: str, params: dict) -> None:
    if method in _VIEW_METHODS:
        _checked_view(params)
    elif method in _MESSAGE_METHODS:
        _raise_message_problems(params, require_content=True)


def _raise_ack_problems(ack: dict) -> None:
    """An ack Slack cannot render fails the interaction for the user; fail the test instead."""
    payload = ack.get("payload")
    if not isinstance(payload, dict):
        return
    errors: list[str] = []
    if "view" in payload:
        errors = view_problems(payload["view"])
    elif "blocks" in payload or "text" in payload:
        problems = message_problems(payload, require_content=False)
        errors = problems[1] if problems else []
    if errors:
        raise AssertionError(f"Slack would reject this ack payload: {errors}")


def _response_failure(failure: _Failure) -> tuple[int, str]:
    if failure.error is None and failure.status == 429:
        return 429, "rate_limited"
    if failure.status >= 500:
        return failure.status, failure.error or "internal_error"
    if failure.error in ("expired_url", "used_url", "no_active_hooks"):
        return 404, failure.error
    return (400 if failure.status == 429 else failure.status), failure.error or "invalid_payload"


def _action(block: dict, element: dict, value: Any) -> dict:
    action: dict[str, Any] = {
        "type": element.get("type"),
        "action_id": element["action_id"],
        "block_id": block.get("block_id", ""),
        "action_ts": f"{time.time():.6f}",
    }
    if "text" in element:
        action["text"] = element["text"]
    kind = element.get("type")
    if kind in SINGLE_OPTION_TYPES or kind == "overflow":
        action["selected_option"] = _pick_option(element, value)
    elif kind in MULTI_OPTION_TYPES:
        action["selected_options"] = [_pick_option(element, v) for v in value or []]
    elif value is not None:
        action["value"] = value
    elif "value" in element:
        action["value"] = element["value"]
    return action


def _short(value: Any, limit: int = 300) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= limit else f"{text[:limit]}…"
