"""`ghostwatch run` stays reachable when Slack's Socket Mode connection dies or is refreshed."""

import time
from collections.abc import Callable, Iterator

import pytest

from tests.fakeslack import FakeSlack
from tests.slackbot import ALICE, TEAM_A, message_text
from tests.socketbot import SocketBot

# The goal: a dead connection is noticed and replaced within this.
RECONNECT_SECONDS = 5.0

LOSSES: dict[str, Callable[[FakeSlack], None]] = {
    "dropped": FakeSlack.drop_socket_connections,
    "half_open": FakeSlack.stall_socket,
    "closed": FakeSlack.close_socket,
}


@pytest.fixture(scope="module")
def quiet_fake() -> Iterator[FakeSlack]:
    """A fake Slack that does not ping its clients, so nothing wakes a reader on a dead socket."""
    with FakeSlack(team_id=TEAM_A, socket_ping_interval=None) as fake:
        fake.add_user(ALICE, name="alice", tz="Europe/Paris")
        yield fake


@pytest.fixture(scope="module")
def running(quiet_fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SocketBot]:
    """One `ghostwatch run` for the module: each test leaves it connected."""
    with SocketBot(quiet_fake, tmp_path_factory.mktemp("socket")) as bot:
        yield bot


def connected(fake: FakeSlack) -> None:
    """Start from a live connection, even if an earlier test left the bot reconnecting."""
    assert fake.socket_connected.wait(60), "the bot is not connected"


def answers_help(fake: FakeSlack) -> dict:
    """Send `/deal help` on the newest connection; return its ack once the reply is posted."""
    payload = fake.slash_command("/deal", "help", user_id=ALICE)
    ack = fake.socket_send("slash_commands", payload, timeout=10)
    reply = fake.wait_for("response", where=lambda r: r["url"] == payload["response_url"])
    assert "/deal add" in message_text(reply[0])
    return ack


@pytest.mark.parametrize("loss", LOSSES)
def test_reconnects_within_seconds_after_the_connection_dies(
    quiet_fake: FakeSlack, running: SocketBot, loss: str
) -> None:
    fake = quiet_fake
    connected(fake)
    answers_help(fake)
    opened = fake.sockets_opened
    LOSSES[loss](fake)
    assert fake.wait_sockets_opened(opened + 1, RECONNECT_SECONDS), (
        f"no new connection within {RECONNECT_SECONDS} s after the connection was {loss}:\n"
        + running.log()
    )
    answers_help(fake)
    assert running.running()
    assert fake.invalid_calls() == []


@pytest.mark.parametrize("reason", ["refresh_requested", "warning"])
def test_an_envelope_during_a_refresh_is_acked_on_the_new_socket_at_once(
    quiet_fake: FakeSlack, running: SocketBot, reason: str
) -> None:
    fake = quiet_fake
    connected(fake)
    opened = fake.sockets_opened
    refresh = fake.refresh_socket(grace=2.0, reason=reason)
    assert fake.wait_sockets_opened(opened + 1, 2.0), running.log()
    ack = answers_help(fake)
    closed_by_server = refresh.server_closed_at
    assert closed_by_server is None or fake.ack_at[ack["envelope_id"]] < closed_by_server, (
        "the envelope on the new socket waited until the server closed the old one"
    )
    assert refresh.ended.wait(5), "the old connection is never closed"
    time.sleep(0.5)
    assert fake.sockets_opened == opened + 1, "closing the old socket reconnects once more"
    answers_help(fake)
    assert fake.invalid_calls() == []
