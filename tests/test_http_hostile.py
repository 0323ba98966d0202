"""What an HTTP endpoint meets on the internet, through the real servers and Bolt app (waitress
in one process, and `ghostwatch serve --workers 2` where a test takes `served_bot`): oversized
and forged bodies, malformed requests, replays and retries."""

import hmac
import json
import logging
import os
import socket
import time
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest
from sqlmodel import func, select

from bot.core.clock import FixedClock
from bot.http import EVENTS_PATH, MAX_BODY
from bot.mail.send import SmtpMailer
from bot.store.engine import Store
from bot.store.models import CommandRecord, Deal, SeenRequest, Touchpoint
from tests.fakeslack import FakeSlack
from tests.slackbot import SIGNING_SECRET, TEAM_A, TEAM_B, SlackBot, command_payload, message_text
from tests.smtpserver import SmtpServer
from tests.test_send_outcomes import card_for

FORM = "application/x-www-form-urlencoded"


def count(store: Store, model: type) -> int:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def sign(body: bytes, timestamp: str | None = None) -> dict[str, str]:
    """Slack's signature over the raw bytes (valid UTF-8 or not)."""
    timestamp = timestamp or str(int(time.time()))
    mac = hmac.new(SIGNING_SECRET.encode(), b"v0:" + timestamp.encode() + b":" + body, "sha256")
    return {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": "v0=" + mac.hexdigest()}


def rss_kib(bot: SlackBot) -> int:
    """Resident memory of the processes serving the bot, from /proc/<pid>/statm."""
    pages = 0
    for pid in bot.pids():
        with open(f"/proc/{pid}/statm") as statm:
            pages += int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def logged(bot: SlackBot, logs: pytest.LogCaptureFixture) -> str:
    """This process's log and what a served process wrote."""
    return logs.text + bot.output()


def raw_post(bot: SlackBot, head: bytes, chunks: list[bytes]) -> bytes:
    """Send a request by hand, stopping when the server answers; returns the status line."""
    port = int(bot.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(head)
        conn.settimeout(0.05)
        answer = b""
        for chunk in chunks:
            # Listen before each piece: once the server has answered and closed, a further
            # send would make the kernel reset the connection and drop the answer unread.
            try:
                answer += conn.recv(4096)
            except TimeoutError:
                pass
            except OSError:
                break
            if answer:
                break
            try:
                conn.sendall(chunk)
            except OSError:
                break  # the server gave up on the body, as it should
        conn.settimeout(10)
        try:
            while b"\r\n" not in answer:
                data = conn.recv(4096)
                if not data:
                    break
                answer += data
        except OSError:
            pass
    return answer.split(b"\r\n", 1)[0]


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with SmtpServer(security="none", users=None) as server:
        yield server


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    return caplog


# --- memory and disk before authentication -------------------------------------------------


def test_a_declared_2mb_body_is_refused_unread_and_costs_no_memory(
    served_bot: SlackBot, logs: pytest.LogCaptureFixture
) -> None:
    head = (
        f"POST {EVENTS_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: {FORM}\r\n"
        f"Content-Length: {2 * MAX_BODY}\r\n\r\n"
    ).encode()
    before = rss_kib(served_bot)
    started = time.perf_counter()
    status_line = raw_post(served_bot, head, [b"x" * 65536] * 32)
    assert b" 413 " in status_line + b" ", status_line
    assert time.perf_counter() - started < 1
    assert rss_kib(served_bot) - before < 4 * 1024
    status, _ = served_bot.post(b"token=" + b"y" * (MAX_BODY - 6))
    assert status == 400, "a body of exactly the cap is read (and then refused: not Slack's)"
    assert "xxxxxxxx" not in logged(served_bot, logs) and "yyyyyyyy" not in logged(served_bot, logs)


def test_a_chunked_stream_is_cut_at_the_cap(
    served_bot: SlackBot, logs: pytest.LogCaptureFixture
) -> None:
    head = (
        f"POST {EVENTS_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: {FORM}\r\n"
        "Transfer-Encoding: chunked\r\n\r\n"
    ).encode()
    piece = b"z" * 65536
    chunk = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    for _ in range(4):  # a worker's first answers set up what it keeps (imports, its arenas)
        raw_post(served_bot, head, [chunk] * 20)
    before = rss_kib(served_bot)
    started = time.perf_counter()
    status_line = raw_post(served_bot, head, [chunk] * 320)  # 20 MB if it were all read
    assert b" 413 " in status_line + b" ", status_line
    assert time.perf_counter() - started < 5
    assert rss_kib(served_bot) - before < 4 * 1024
    assert "zzzzzzzz" not in logged(served_bot, logs)


def test_an_unsigned_body_never_reaches_the_log_nor_forges_a_line(
    bot: SlackBot, logs: pytest.LogCaptureFixture
) -> None:
    body = b'{"type": "event_callback", "x": "a\nFORGED admin logged in\nsecret-body-text"}'
    headers = {"X-Slack-Request-Timestamp": str(int(time.time())), "X-Slack-Signature": "v0=00"}
    status, _ = bot.post(body, content_type="application/json", headers=headers)
    assert status == 401
    assert "secret-body-text" not in logs.text
    assert not [line for line in logs.text.splitlines() if line.startswith("FORGED")]


def test_request_text_in_a_log_line_stays_on_its_line(
    bot: SlackBot, logs: pytest.LogCaptureFixture
) -> None:
    """A signed interaction Bolt has no listener for is logged (escaped), not echoed raw."""
    payload = {
        "type": "block_actions",
        "team": {"id": TEAM_A},
        "user": {"id": "U1\nFORGED user line"},
        "actions": [{"action_id": "nothing\nFORGED action line", "value": "1"}],
    }
    status, _ = bot.interact(payload)
    assert status in (200, 404)
    assert not [line for line in logs.text.splitlines() if line.startswith("FORGED")]


# --- malformed requests --------------------------------------------------------------------


def _form(**fields: str) -> bytes:
    return urlencode(fields).encode()


@pytest.mark.parse_only
@pytest.mark.parametrize(
    ("name", "body", "content_type", "headers", "status"),
    [
        ("no signature", _form(command="/deal"), FORM, {"X-Other": "1"}, 401),
        (
            "non-numeric timestamp",
            _form(command="/deal"),
            FORM,
            {"X-Slack-Request-Timestamp": "soon", "X-Slack-Signature": "v0=1"},
            401,
        ),
        ("invalid UTF-8", b"command=/deal&text=\xff\xfe", FORM, None, 400),
        ("payload not JSON", _form(payload="not json"), FORM, None, 400),
        ("payload a list", _form(payload="[1, 2]"), FORM, None, 400),
        ("deeply nested JSON", b"[" * 100_000 + b"]" * 100_000, "application/json", None, 400),
        ("nested payload", _form(payload="[" * 100_000), FORM, None, 400),
        ("JSON list as a form", b'["type", "block_actions"]', FORM, None, 400),
        ("JSON string", b'"hello"', "application/json", None, 400),
        ("a form of nothing Slack sends", _form(hello="world"), FORM, None, 400),
    ],
)
def test_malformed_requests_get_a_4xx_and_no_traceback(
    served_bot: SlackBot,
    store: Store,
    logs: pytest.LogCaptureFixture,
    name: str,
    body: bytes,
    content_type: str,
    headers: dict[str, str] | None,
    status: int,
) -> None:
    got, _ = served_bot.post(
        body, content_type=content_type, headers=sign(body) if headers is None else headers
    )
    assert got == status, name
    assert "Traceback" not in logged(served_bot, logs)
    assert count(store, CommandRecord) == 0


@pytest.mark.parametrize(
    "fields",
    [{}, {"team_domain": "payloadhq"}, {"channel_name": "payload-team"}],
    ids=["text", "team-domain", "channel-name"],
)
def test_a_command_that_says_payload_is_still_a_command(
    served_bot: SlackBot, store: Store, fields: dict[str, str]
) -> None:
    """Bolt takes any form body holding the word for an interaction; the command must not be."""
    text = "add payload studio payload@example.com" if not fields else "add Jane jane@example.com"
    shown = message_text(served_bot.reply_to(text, **fields))
    assert "Saved deal #1" in shown
    assert "reset" in message_text(
        served_bot.reply_to("heard #1 via dm payload of the video is ready", **fields)
    )
    with store.session() as session:
        touch = session.exec(select(Touchpoint)).one()
    assert (touch.channel, touch.excerpt) == ("dm", "payload of the video is ready")


def test_a_nul_in_a_command_is_answered_and_nothing_is_saved(
    served_bot: SlackBot, store: Store
) -> None:
    shown = message_text(served_bot.reply_to("add Jane\x00Doe jane@example.com"))
    assert "NUL" in shown and "nothing was saved" in shown
    assert count(store, Deal) == 0 and count(store, CommandRecord) == 0


def _click(action_id: str, value: str, url: str, *, team: str | None = TEAM_A) -> dict:
    payload: dict = {
        "type": "block_actions",
        "user": {"id": "UALICE"},
        "api_app_id": "AGHOST",
        "trigger_id": "trigger-x",
        "response_url": url,
        "channel": {"id": "CTEAM"},
        "container": {"type": "message", "is_ephemeral": True},
        "actions": [{"type": "button", "action_id": action_id, "block_id": "b", "value": value}],
    }
    if team is not None:
        payload["team"] = {"id": team, "domain": team.lower()}
        payload["user"]["team_id"] = team
    return payload


@pytest.mark.parse_only
@pytest.mark.parametrize(
    ("action_id", "value", "team"),
    [
        ("deal_edit", "abc", TEAM_A),
        ("digest_snooze:1", "1; DROP", TEAM_A),
        ("digest_open:1", "", TEAM_A),
        ("draft_send:1", "x", TEAM_A),
        ("draft_edit:1", "1.5", TEAM_A),
        ("draft_discard:1", "-", TEAM_A),
        ("digest_replied:1", "1", None),
        ("draft_send:1", "1", None),
    ],
)
def test_a_broken_button_gets_a_fast_answer(
    bot: SlackBot,
    fake: FakeSlack,
    logs: pytest.LogCaptureFixture,
    action_id: str,
    value: str,
    team: str | None,
) -> None:
    url = fake.response_url()
    started = time.perf_counter()
    status, _ = bot.interact(_click(action_id, value, url, team=team))
    assert status == 200 and time.perf_counter() - started < 3
    answer = fake.wait_for("response", where=lambda r: r["url"] == url)[0]
    assert answer["response_type"] == "ephemeral"
    assert "out of date" in message_text(answer)
    assert "Traceback" not in logs.text


def test_send_on_another_workspaces_draft_is_answered(
    fake: FakeSlack,
    store: Store,
    clock: FixedClock,
    smtp: SmtpServer,
    logs: pytest.LogCaptureFixture,
) -> None:
    with card_for(fake, store, clock, SmtpMailer(smtp.settings())) as (bot, _c, _t, draft):
        for kind in ("draft_send", "draft_retry", "draft_resend"):
            url = fake.response_url()
            status, _ = bot.interact(_click(f"{kind}:{draft.id}", str(draft.id), url, team=TEAM_B))
            assert status == 200
            answer = fake.wait_for("response", where=lambda r, url=url: r["url"] == url)[0]
            assert "no longer exists" in message_text(answer), kind
    assert "Traceback" not in logs.text


# --- replays and retries -------------------------------------------------------------------


def test_an_exact_replay_of_a_command_is_dropped_quietly(
    served_bot: SlackBot, store: Store
) -> None:
    url = served_bot.fake.response_url()
    body = urlencode(command_payload("add Jane Doe jane@example.com", url=url)).encode()
    headers = sign(body)
    answers = [served_bot.post(body, headers=headers) for _ in range(3)]
    assert answers[0][0] == 200
    assert answers[1:] == [(200, b""), (200, b"")]
    served_bot.fake.wait_for("response", where=lambda r: r["url"] == url)
    assert count(store, Deal) == 1
    assert count(store, CommandRecord) == 1
    assert len([r for r in served_bot.fake.responses if r["url"] == url]) == 1


def test_a_retried_event_is_acknowledged_and_not_run_again(
    served_bot: SlackBot, store: Store
) -> None:
    event = {
        "token": "legacy",
        "team_id": TEAM_A,
        "api_app_id": "AGHOST",
        "type": "event_callback",
        "event_id": "Ev0RETRY01",
        "event_time": int(time.time()),
        "event": {"type": "app_home_opened", "user": "UALICE", "tab": "home"},
        "authorizations": [{"team_id": TEAM_A, "user_id": "UBOT", "is_bot": True}],
    }
    body = json.dumps(event).encode()
    now = int(time.time())
    assert (
        served_bot.post(body, content_type="application/json", headers=sign(body, str(now)))[0]
        == 200
    )
    served_bot.fake.wait_for("views.publish")
    for attempt in (1, 2):
        # A retry is signed anew: here with an earlier second, still inside the window.
        headers = {
            **sign(body, str(now - attempt)),
            "X-Slack-Retry-Num": str(attempt),
            "X-Slack-Retry-Reason": "timeout",
        }
        assert served_bot.post(body, content_type="application/json", headers=headers) == (200, b"")
    assert len(served_bot.fake.calls_to("views.publish")) == 1
    assert count(store, SeenRequest) == 4, "three signatures and one event id"
