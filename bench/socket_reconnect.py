"""Socket Mode outages: how long `ghostwatch run` is unreachable, and acks across a refresh.

    uv run python bench/socket_reconnect.py            # 3 runs of each
    uv run python bench/socket_reconnect.py --runs 7

Runs the real `ghostwatch run` process against the local Slack stand-in, whose Socket Mode
server, silent between envelopes as Slack is, loses the connection in three ways: dropped
without a close frame, half-open (no pongs, nothing read) and closed with a close frame. It
times each from the loss until the bot's new connection is greeted. Then it asks the bot to
refresh (Slack's `disconnect` envelope), sends `/deal help` on the new socket as soon as it
opens, and times the ack, while the old socket is still open.
"""

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fakeslack import FakeSlack
from tests.socketbot import SocketBot

RECONNECT_GOAL = 5.0  # seconds
ACK_GOAL = 100.0  # milliseconds
GIVE_UP = 120.0

LOSSES: dict[str, Callable[[FakeSlack], None]] = {
    "dropped": FakeSlack.drop_socket_connections,
    "half-open": FakeSlack.stall_socket,
    "closed": FakeSlack.close_socket,
}


def answer_help(fake: FakeSlack) -> float:
    """Send `/deal help`; the seconds until its ack."""
    ack = fake.socket_send("slash_commands", fake.slash_command("/deal", "help"), timeout=30)
    envelope_id = ack["envelope_id"]
    return fake.ack_at[envelope_id] - fake.sent_at[envelope_id]


def reconnect_time(fake: FakeSlack, lose: Callable[[FakeSlack], None]) -> float:
    opened = fake.sockets_opened
    started = time.monotonic()
    lose(fake)
    if not fake.wait_sockets_opened(opened + 1, GIVE_UP):
        raise SystemExit(f"no reconnect within {GIVE_UP:.0f} s")
    took = time.monotonic() - started
    answer_help(fake)
    return took


def refresh_ack_time(fake: FakeSlack) -> float:
    opened = fake.sockets_opened
    refresh = fake.refresh_socket(grace=GIVE_UP)
    if not fake.wait_sockets_opened(opened + 1, GIVE_UP):
        raise SystemExit("no new connection after a refresh")
    took = answer_help(fake)
    refresh.ended.wait(GIVE_UP)
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory() as workdir,
        FakeSlack(socket_ping_interval=None) as fake,
        SocketBot(fake, Path(workdir)),
    ):
        answer_help(fake)
        for name, lose in LOSSES.items():
            times = [reconnect_time(fake, lose) for _ in range(args.runs)]
            print(
                f"reconnect {name} median {statistics.median(times):.1f} s "
                f"(max {max(times):.1f} s, goal ≤ {RECONNECT_GOAL:.0f} s)"
            )
        acks = [refresh_ack_time(fake) * 1000 for _ in range(args.runs)]
        print(
            f"ack across refresh median {statistics.median(acks):.0f} ms "
            f"(max {max(acks):.0f} ms, goal ≤ {ACK_GOAL:.0f} ms)"
        )


if __name__ == "__main__":
    main()
