"""Socket Mode that notices a dead connection within seconds and never stalls on a refresh.

slack_sdk's builtin client reads an end of stream as "nothing yet" (a connection lost without
a close frame went unnoticed until pings had failed for 40 s), reconnects after a close frame
only on its next check, and on Slack's `disconnect` envelope waits for the old socket's reader
to time out (3 s) before it reads the new one. This client ends a session the moment its
socket ends, is closed or stops answering pings, reconnects at once, swaps to the new socket
before closing the old, and spaces its tries out while Slack is away, saying so once per outage.
(slack_sdk's websocket-client based client, measured beside it, reconnects after a drop or a
close in 0.5 s but never notices a half-open connection, needs one more dependency, and is
without a connection for a moment on every refresh.)
"""

import contextlib
import errno
import logging
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk.errors import SlackClientNotConnectedError
from slack_sdk.socket_mode.builtin import SocketModeClient
from slack_sdk.socket_mode.builtin.connection import Connection, ConnectionState

log = logging.getLogger(__name__)

FIRST_WAIT = 2.0
MAX_WAIT = 300.0
# How often the client pings and checks its connection.
PING_SECONDS = 1.0
# A connection whose last answered ping is older than this is dead (half-open): Slack answers
# pings within a fraction of a second.
PONG_TIMEOUT = 3.0


class _WatchedSocket:
    """The socket under a session. An end of stream means the peer is gone, which the builtin
    reader would take for silence forever; shutting down wakes a reader blocked in recv()."""

    def __init__(self, sock: Any) -> None:
        self._sock = sock

    def recv(self, size: int) -> bytes:
        data: bytes = self._sock.recv(size)
        if not data:
            raise ConnectionResetError(errno.ECONNRESET, "the connection ended without a close")
        return data

    def shutdown(self, how: int) -> None:
        self._sock.shutdown(how)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


class _Session(Connection):
    """One websocket to Slack; closing it never waits for its reader."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.closing = False

    def connect(self) -> None:
        super().connect()
        if self.sock is not None:
            self.sock = _WatchedSocket(self.sock)  # type: ignore[assignment]

    def disconnect(self) -> None:
        self.closing = True
        sock = self.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        super().disconnect()

    def pong_age(self) -> float | None:
        """Seconds since the last ping Slack answered was sent (or since the first ping)."""
        since = self.last_ping_pong_time or getattr(self, "_first_ping_time", None)
        return None if since is None else time.time() - since


class BackoffSocketModeClient(SocketModeClient):
    current_session: _Session | None
    closed = False  # read by the session runner, which starts before __init__ sets it

    def __init__(
        self, *args: Any, clock: Callable[[], float] = time.monotonic, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._clock = clock
        self._swap_lock = threading.Lock()
        self._trying = threading.Lock()
        self.failures = 0
        self.next_try = 0.0

    def waiting(self) -> bool:
        return bool(self.failures) and self._clock() < self.next_try

    def start_monitor(self) -> None:
        if not self.current_app_monitor_started:
            self.current_app_monitor_started = True
            self.current_app_monitor.start()

    def connect(self) -> None:
        """Open a new session and make it current before closing the old one, so envelopes on
        the new socket are read (and acked) at once. Raises if the socket cannot be opened."""
        if self.wss_uri is None:
            self.wss_uri = self.issue_new_wss_url()
        session = _Session(
            url=self.wss_uri,
            logger=self.logger,
            ping_interval=self.ping_interval,
            trace_enabled=self.trace_enabled,
            all_message_trace_enabled=self.all_message_trace_enabled,
            ping_pong_trace_enabled=self.ping_pong_trace_enabled,
            receive_buffer_size=self.receive_buffer_size,
            proxy=self.proxy,
            proxy_headers=self.proxy_headers,
            on_message_listener=self._on_message,
            ssl_context=self.web_client.ssl,
        )
        session.on_error_listener = lambda e: self._session_error(session, e)
        session.on_close_listener = lambda code, reason: self._closed_by_slack(session, code)
        session.connect()
        if not session.is_active():
            raise SlackClientNotConnectedError("could not open the Socket Mode connection")
        with self._swap_lock:
            old, old_state = self.current_session, self.current_session_state
            self.current_session = session
            self.current_session_state = ConnectionState()  # type: ignore[no-untyped-call]
            self.auto_reconnect_enabled = self.default_auto_reconnect_enabled
            old_state.terminated = True
            if old is not None:
                old.close()
        self.logger.info(f"A new session has been established (session id: {session.session_id})")
        self.start_monitor()

    def _session_error(self, session: _Session, error: Exception) -> None:
        """A closing session's reader wakes with an error, and a session that never opened is
        reported by the backoff: neither is worth a line. A lost network is a warning, as the
        session is replaced at once; anything else, the SDK's error."""
        if session.closing or session.sock is None:
            return
        if isinstance(error, OSError):
            log.warning(
                "the Socket Mode connection to Slack was lost (%s); reconnecting",
                type(error).__name__,
            )
            return
        self._on_error(error)

    def _closed_by_slack(self, session: _Session, code: int) -> None:
        """The reader ends the session after a close frame; _run_current_session reconnects."""
        session.closing = True
        log.info("Slack closed the Socket Mode connection (code %s)", code)

    def _run_current_session(self) -> None:
        """Read the current session until it ends; if it ended by itself, reconnect at once and
        read the new one without a pause."""
        while not self.closed:
            session, state = self.current_session, self.current_session_state
            if session is None or not session.is_active() or state.terminated:
                return
            session.run_until_completion(state)
            ended_by_itself = session is self.current_session
            if ended_by_itself and self.auto_reconnect_enabled and not self.closed:
                self.connect_to_new_endpoint()

    def _monitor_current_session(self) -> None:
        """Runs every `ping_interval`: pings, drops a session Slack stopped answering, and
        reconnects a closed one. While waiting between tries it stays quiet."""
        if self.waiting():
            return
        session = self.current_session
        try:
            if session is not None and session.is_active():
                session.check_state()
                age = session.pong_age()
                if session.consecutive_check_state_error_count or (
                    age is not None and age > PONG_TIMEOUT
                ):
                    log.warning(
                        "Slack stopped answering on the Socket Mode connection; reconnecting"
                    )
                    session.disconnect()  # its reader wakes and reconnects
            elif self.auto_reconnect_enabled:
                self.connect_to_new_endpoint()
        except Exception as exc:
            log.warning("could not check the Socket Mode connection (%s)", type(exc).__name__)

    def connect_to_new_endpoint(self, force: bool = False) -> None:
        """Reconnect, unless the last try failed moments ago; a failure waits twice as long as
        the one before it, up to five minutes."""
        if self.waiting() and not force:
            return
        # One try at a time: the reader and the monitor can both find the session dead.
        if not self._trying.acquire(blocking=force):
            return
        try:
            now = self._clock()
            if self.waiting() and not force:
                return
            super().connect_to_new_endpoint(force)
        except Exception as exc:
            self.note_failure(exc, now)
            return
        finally:
            self._trying.release()
        if self.failures:
            log.info("reconnected to Slack after %s failed tries", self.failures)
        self.failures = 0

    def note_failure(self, exc: Exception, at: float | None = None) -> None:
        """Wait before the next try; say so on the first failure of an outage."""
        if self.closed:
            return
        self.failures += 1
        wait = min(FIRST_WAIT * 2 ** (self.failures - 1), MAX_WAIT)
        self.next_try = (self._clock() if at is None else at) + wait
        if self.failures == 1:
            log.warning(
                "lost the Socket Mode connection to Slack (%s); reconnecting, waiting up to "
                "%.0f s between tries",
                type(exc).__name__,
                MAX_WAIT,
            )


class BackoffSocketModeHandler(SocketModeHandler):
    """Bolt's Socket Mode handler on the fast-reconnecting, backing-off client."""

    client: BackoffSocketModeClient

    def __init__(
        self,
        app: App,
        app_token: str,
        *,
        clock: Callable[[], float] = time.monotonic,
        ping_interval: float = PING_SECONDS,
    ) -> None:
        self.app = app
        self.app_token = app_token
        self.client = BackoffSocketModeClient(
            app_token=app_token,
            logger=app.logger,
            web_client=app.client,
            proxy=app.client.proxy,
            ping_interval=ping_interval,
            clock=clock,
        )
        self.client.socket_mode_request_listeners.append(self.handle)  # type: ignore[arg-type]

    def connect(self) -> None:
        """A token Slack refuses stops the start; a socket that will not open is tried again."""
        try:
            self.client.connect()
        except SlackClientNotConnectedError as exc:
            self.client.note_failure(exc)
        finally:
            self.client.start_monitor()
