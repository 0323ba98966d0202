"""Socket Mode rides out a network loss: it reconnects, and spaces its tries while Slack is away."""

import logging
import socket
import time

import pytest

from bot.core.clock import FixedClock
from bot.core.workspaces import WorkspaceDefaults
from bot.slack.app import build_app, web_client
from bot.slack.socket_mode import FIRST_WAIT, BackoffSocketModeHandler
from bot.store.engine import Store
from bot.wiring import Deps
from tests.fakeslack import FakeSlack
from tests.slackbot import ALICE, message_text


class Ticking:
    """A monotonic clock that moves only when told to."""

    def __init__(self) -> None:
        self.at = 1000.0

    def __call__(self) -> float:
        return self.at


def handler_for(fake: FakeSlack, store: Store, clock: FixedClock, ticks: Ticking):
    deps = Deps(store, clock, WorkspaceDefaults())
    app = build_app(web_client("xoxb-test", fake.api_url), deps)
    return BackoffSocketModeHandler(app, "xapp-test", clock=ticks, ping_interval=0.2)


def test_reconnects_after_the_connection_is_lost(
    fake: FakeSlack, sqlite_store: Store, clock: FixedClock
) -> None:
    handler = handler_for(fake, sqlite_store, clock, Ticking())
    handler.connect()
    try:
        assert fake.socket_connected.wait(5)
        fake.drop_socket_connections()
        fake.wait_for("apps.connections.open", count=2, timeout=30)
        assert fake.socket_connected.wait(30)
        payload = fake.slash_command("/deal", "add Jane Doe jane@example.com", user_id=ALICE)
        fake.socket_send("slash_commands", payload, timeout=10)
        reply = fake.wait_for("response", where=lambda r: r["url"] == payload["response_url"])
        assert "Saved deal #1" in message_text(reply[0])
    finally:
        handler.close()
    assert fake.invalid_calls() == []


def test_tries_again_later_each_time_slack_stays_away(
    fake: FakeSlack, sqlite_store: Store, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    ticks = Ticking()
    handler = handler_for(fake, sqlite_store, clock, ticks)
    client = handler.client
    try:
        fake.fail_next("apps.connections.open", status=500, times=3)
        opened = len([c for c in fake.calls if c.method == "apps.connections.open"])

        def tries() -> int:
            return len([c for c in fake.calls if c.method == "apps.connections.open"]) - opened

        with caplog.at_level(logging.INFO):
            client.connect_to_new_endpoint()
            assert tries() >= 1 and client.failures == 1
            first = tries()
            ticks.at += FIRST_WAIT / 2
            client.connect_to_new_endpoint()
            client._monitor_current_session()
            assert tries() == first, "no try before the wait is over"
            ticks.at += FIRST_WAIT
            client.connect_to_new_endpoint()
            assert client.failures == 2
            second = tries()
            ticks.at += FIRST_WAIT * 1.5
            client.connect_to_new_endpoint()
            assert tries() == second, "the second wait is twice as long"
            ticks.at += FIRST_WAIT
            while client.failures and tries() < 10:
                client.connect_to_new_endpoint()
                ticks.at += 600
        assert client.failures == 0 and client.is_connected()
        lost = [r for r in caplog.records if "lost the Socket Mode connection" in r.message]
        assert len(lost) == 1, "one line per outage"
        assert any("reconnected to Slack after" in r.message for r in caplog.records)
    finally:
        handler.close()


def test_a_socket_that_will_not_open_is_tried_again_later(
    fake: FakeSlack, sqlite_store: Store, clock: FixedClock
) -> None:
    ticks = Ticking()
    handler = handler_for(fake, sqlite_store, clock, ticks)
    client = handler.client
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        fake.socket_url = f"ws://127.0.0.1:{unused.getsockname()[1]}/link/?ticket=t"
    try:
        handler.connect()
        assert client.failures == 1 and not client.is_connected()
        opened = len(fake.calls_to("apps.connections.open"))
        time.sleep(1.0)
        assert len(fake.calls_to("apps.connections.open")) == opened, "no try before the wait"
        fake.socket_url = None
        ticks.at += FIRST_WAIT
        assert fake.socket_connected.wait(10)
        payload = fake.slash_command("/deal", "help", user_id=ALICE)
        fake.socket_send("slash_commands", payload, timeout=10)
        reply = fake.wait_for("response", where=lambda r: r["url"] == payload["response_url"])
        assert "/deal add" in message_text(reply[0])
        assert client.failures == 0
    finally:
        handler.close()
