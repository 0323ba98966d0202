"""Socket Mode that rides out a network loss: slack_sdk's client reconnects when the socket
closes or its pings go unanswered, and tries again every few seconds while Slack is away; this
spaces those tries out and says so once per outage instead of once per try."""

import logging
import time
from collections.abc import Callable

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk.socket_mode.builtin import SocketModeClient

log = logging.getLogger(__name__)

FIRST_WAIT = 2.0
MAX_WAIT = 300.0
# How often the client checks its connection (and pings): a dead socket is noticed this fast.
PING_SECONDS = 10.0


class BackoffSocketModeClient(SocketModeClient):
    def __init__(
        self, *args: object, clock: Callable[[], float] = time.monotonic, **kwargs: object
    ):
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._clock = clock
        self.failures = 0
        self.next_try = 0.0

    def waiting(self) -> bool:
        return bool(self.failures) and self._clock() < self.next_try

    def _monitor_current_session(self) -> None:
        """Runs every `ping_interval`: it pings, and reconnects a closed session.

        slack_sdk gives up on a socket only after five failed pings or four intervals without a
        pong; a ping that cannot even be sent means the socket is gone, so this reconnects at
        once. While waiting between tries it stays quiet (the monitor logs each time it runs).
        """
        if self.waiting():
            return
        super()._monitor_current_session()  # type: ignore[no-untyped-call]
        session = self.current_session
        broken = session is not None and session.consecutive_check_state_error_count > 0
        if broken and session is not None and self.auto_reconnect_enabled:
            session.disconnect()
            self.connect_to_new_endpoint()

    def connect_to_new_endpoint(self, force: bool = False) -> None:
        """Reconnect, unless the last try failed moments ago; a failure waits twice as long as
        the one before it, up to five minutes."""
        now = self._clock()
        if self.waiting() and not force:
            return
        try:
            super().connect_to_new_endpoint(force)
        except Exception as exc:
            if self.closed:
                return
            self.failures += 1
            wait = min(FIRST_WAIT * 2 ** (self.failures - 1), MAX_WAIT)
            self.next_try = now + wait
            if self.failures == 1:
                log.warning(
                    "lost the Socket Mode connection to Slack (%s); reconnecting, waiting up to "
                    "%.0f s between tries",
                    type(exc).__name__,
                    MAX_WAIT,
                )
            return
        if self.failures:
            log.info("reconnected to Slack after %s failed tries", self.failures)
        self.failures = 0


class BackoffSocketModeHandler(SocketModeHandler):
    """Bolt's Socket Mode handler on the backing-off client."""

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
