"""The Slack fake must behave like Slack for the real slack_sdk and Bolt clients."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from slack_bolt import Ack, App, Respond
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.webhook import WebhookClient

from tests.fakeslack import FakeSlack


def section(text: str, **extra: object) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}, **extra}


def button(action_id: str, text: str = "Go", value: str = "v") -> dict:
    return {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": text},
        "value": value,
    }


def modal(blocks: list[dict], title: str = "Add deal", **extra: object) -> dict:
    return {
        "type": "modal",
        "callback_id": "deal_add",
        "title": {"type": "plain_text", "text": title},
        "blocks": blocks,
        **extra,
    }


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack(users={"U1": {"name": "ana", "tz": "Europe/Berlin"}}) as server:
        yield server


@pytest.fixture
def client(fake: FakeSlack) -> WebClient:
    return WebClient(base_url=fake.api_url, token="xoxb-test")


def api_error(excinfo: pytest.ExceptionInfo[SlackApiError]) -> str:
    return excinfo.value.response["error"]


# -- Web API ------------------------------------------------------------------


def test_post_then_update_round_trip(fake: FakeSlack, client: WebClient) -> None:
    first = client.chat_postMessage(channel="C1", text="hello", blocks=[section("hi")])
    second = client.chat_postMessage(channel="C1", text="again", thread_ts=first["ts"])
    assert first["channel"] == "C1"
    assert first["message"]["text"] == "hello"
    assert float(second["ts"]) > float(first["ts"])

    updated = client.chat_update(
        channel="C1", ts=first["ts"], text="done", blocks=[section("done by <@U1>")]
    )

    assert updated["ts"] == first["ts"]
    message = fake.message("C1", first["ts"])
    assert message is not None
    assert message["text"] == "done"
    assert message["blocks"][0]["text"]["text"] == "done by <@U1>"
    assert [r["text"] for r in fake.replies("C1", first["ts"])] == ["again"]
    assert [c.method for c in fake.calls] == ["chat.postMessage"] * 2 + ["chat.update"]
    assert fake.calls[0].token == "xoxb-test"
    assert fake.invalid_calls() == []


def test_form_encoded_blocks_are_json_decoded(fake: FakeSlack, client: WebClient) -> None:
    client.api_call(
        "chat.postMessage",
        data={"channel": "C1", "text": "t", "blocks": json.dumps([section("form")])},
    )
    assert fake.calls_to("chat.postMessage")[0]["blocks"] == [section("form")]


def test_update_of_unknown_message_fails(client: WebClient) -> None:
    with pytest.raises(SlackApiError) as excinfo:
        client.chat_update(channel="C1", ts="1.000001", text="x")
    assert api_error(excinfo) == "message_not_found"


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        ([section(f"row {i}") for i in range(51)], "no more than 50 items"),
        ([section("x" * 3001)], "must be less than 3001 characters"),
        (
            [{"type": "actions", "elements": [button("snooze"), button("snooze")]}],
            "duplicate action_id: snooze",
        ),
        ([{"type": "section", "txt": "typo"}], "invalid additional property: txt"),
        ([{"text": {"type": "mrkdwn", "text": "no type"}}], "missing required field: type"),
        ([{"type": "sparkles"}], "unsupported type: sparkles"),
        ([section("")], "must be more than 0 characters"),
        ([{"type": "header", "text": {"type": "plain_text", "text": "h" * 151}}], "151"),
        ([section("x", fields=[{"type": "mrkdwn", "text": "f"}] * 11)], "no more than 10"),
        ([{"type": "actions", "elements": [button("a", text="b" * 76)]}], "76 characters"),
        ([section(f"{i}" + "x" * 2999) for i in range(5)], "more than 12000"),
    ],
    ids=[
        "too-many-blocks",
        "section-too-long",
        "duplicate-action-id",
        "unknown-property",
        "missing-type",
        "unknown-type",
        "empty-text",
        "header-too-long",
        "too-many-fields",
        "button-text-too-long",
        "message-too-large",
    ],
)
def test_invalid_blocks_are_rejected(
    fake: FakeSlack, client: WebClient, blocks: list[dict], expected: str
) -> None:
    with pytest.raises(SlackApiError) as excinfo:
        client.chat_postMessage(channel="C1", text="fallback", blocks=blocks)

    assert api_error(excinfo) == "invalid_blocks"
    assert any(expected in e for e in excinfo.value.response["errors"])
    [call] = fake.invalid_calls()
    assert call.method == "chat.postMessage"
    assert any(expected in e for e in call.errors)
    assert fake.calls_to("chat.postMessage") == []


def test_message_needs_text_or_blocks(fake: FakeSlack, client: WebClient) -> None:
    with pytest.raises(SlackApiError) as excinfo, pytest.warns(UserWarning, match="`text`"):
        client.chat_postMessage(channel="C1")
    assert api_error(excinfo) == "no_text"

    with pytest.raises(SlackApiError) as excinfo:
        client.chat_postMessage(channel="C1", text="x" * 40_001)
    assert api_error(excinfo) == "msg_too_long"
    assert [c.error for c in fake.invalid_calls()] == ["no_text", "msg_too_long"]


def test_rate_limit_is_retried_after_retry_after(fake: FakeSlack) -> None:
    handler = RateLimitErrorRetryHandler(max_retry_count=1)
    client = WebClient(base_url=fake.api_url, token="xoxb-test", retry_handlers=[handler])
    fake.fail_next("chat.postMessage", status=429, retry_after=1)

    started = time.monotonic()
    response = client.chat_postMessage(channel="C1", text="hi")

    assert response["ok"]
    assert time.monotonic() - started >= 1
    attempts = [(c.ok, c.error) for c in fake.calls if c.method == "chat.postMessage"]
    assert attempts == [(False, "ratelimited"), (True, None)]
    assert fake.invalid_calls() == []


def test_rate_limit_without_retry_handler_surfaces_429(fake: FakeSlack, client: WebClient) -> None:
    fake.fail_next("users.info", retry_after=7)
    with pytest.raises(SlackApiError) as excinfo:
        client.users_info(user="U1")
    assert excinfo.value.response.status_code == 429
    assert excinfo.value.response.headers["Retry-After"] == "7"
    assert client.users_info(user="U1")["user"]["tz"] == "Europe/Berlin"


def test_injected_errors(fake: FakeSlack, client: WebClient) -> None:
    fake.fail_next("chat.postMessage", error="channel_not_found", times=2)
    fake.fail_next("chat.postMessage", status=500)
    for _ in range(2):
        with pytest.raises(SlackApiError) as excinfo:
            client.chat_postMessage(channel="C404", text="hi")
        assert api_error(excinfo) == "channel_not_found"
        assert excinfo.value.response.status_code == 200
    with pytest.raises(SlackApiError) as excinfo:
        client.chat_postMessage(channel="C1", text="hi")
    assert excinfo.value.response.status_code == 500

    assert client.chat_postMessage(channel="C1", text="hi")["ok"]
    assert fake.invalid_calls() == []
    assert all(c.injected for c in fake.calls if not c.ok)


@pytest.mark.parametrize("method", ["views.open", "views.push", "views.update"])
def test_an_injected_view_error_still_checks_the_view_first(
    fake: FakeSlack, client: WebClient, method: str
) -> None:
    opened = client.views_open(trigger_id=fake.trigger_id(), view=modal([section("x")]))
    target = {"view_id": opened["view"]["id"]} if method == "views.update" else {}
    target |= {} if method == "views.update" else {"trigger_id": fake.trigger_id()}
    error = "not_found" if method == "views.update" else "expired_trigger_id"

    fake.fail_next(method, error=error)
    with pytest.raises(SlackApiError) as excinfo:
        client.api_call(method, json={**target, "view": modal([section("x" * 3001)])})
    assert api_error(excinfo) == "invalid_arguments", "a view Slack refuses is refused first"
    assert [c.method for c in fake.invalid_calls()] == [method]

    fake.fail_next(method, error=error)
    with pytest.raises(SlackApiError) as excinfo:
        client.api_call(method, json={**target, "view": modal([section("fine")])})
    assert api_error(excinfo) == error and excinfo.value.response.status_code == 200
    assert [c.method for c in fake.invalid_calls()] == [method], "asked for, not the bot's fault"
    assert client.api_call(method, json={**target, "view": modal([section("ok")])})["ok"]


def test_auth_and_unknown_methods(fake: FakeSlack) -> None:
    cases = [
        (WebClient(base_url=fake.api_url), "chat.postMessage", "not_authed"),
        (
            WebClient(base_url=fake.api_url, token="xapp-1"),
            "chat.postMessage",
            "not_allowed_token_type",
        ),
        (
            WebClient(base_url=fake.api_url, token="xoxb-1"),
            "apps.connections.open",
            "not_allowed_token_type",
        ),
        (WebClient(base_url=fake.api_url, token="xoxb-1"), "chat.teleport", "unknown_method"),
    ]
    for client, method, error in cases:
        with pytest.raises(SlackApiError) as excinfo:
            client.api_call(method, json={"channel": "C1", "text": "x"})
        assert api_error(excinfo) == error
    assert [c.error for c in fake.invalid_calls()] == [error for _, _, error in cases]


def test_directory_methods(fake: FakeSlack, client: WebClient) -> None:
    fake.add_user("U2", name="bo", is_admin=True)
    fake.add_usergroup("S1", ["U1", "U2"])
    fake.add_channel("C9", name="deals", is_member=False)

    auth = client.auth_test()
    assert (auth["user_id"], auth["team_id"]) == ("UBOT", "T0001")
    assert client.users_info(user="U2")["user"]["is_admin"] is True
    assert client.users_info(user="U1")["user"]["tz_offset"] in (3600, 7200)
    assert client.usergroups_users_list(usergroup="S1")["users"] == ["U1", "U2"]
    with pytest.raises(SlackApiError) as excinfo:
        client.users_info(user="U404")
    assert api_error(excinfo) == "user_not_found"

    with pytest.raises(SlackApiError) as excinfo:
        client.chat_postMessage(channel="C9", text="hi")
    assert api_error(excinfo) == "not_in_channel"
    assert client.conversations_info(channel="C9")["channel"]["is_member"] is False
    client.conversations_join(channel="C9")
    posted = client.chat_postMessage(channel="C9", text="hi")
    link = client.chat_getPermalink(channel="C9", message_ts=posted["ts"])["permalink"]
    assert link.endswith(posted["ts"].replace(".", ""))
    eph = client.chat_postEphemeral(channel="C9", user="U1", text="only you")
    assert float(eph["message_ts"]) > float(posted["ts"])
    client.chat_delete(channel="C9", ts=posted["ts"])
    assert fake.message("C9", posted["ts"]) is None


# -- Views -----------------------------------------------------------------------


def test_views_open_update_publish(fake: FakeSlack, client: WebClient) -> None:
    opened = client.views_open(trigger_id=fake.trigger_id(), view=modal([section("hi")]))
    view_id = opened["view"]["id"]
    updated = client.views_update(
        view_id=view_id, hash=opened["view"]["hash"], view=modal([section("step 2")])
    )
    home = client.views_publish(user_id="U1", view={"type": "home", "blocks": [section("b")]})

    assert updated["view"]["id"] == view_id
    assert fake.views[view_id]["blocks"] == [section("step 2")]
    assert fake.home_views["U1"]["id"] == home["view"]["id"]
    with pytest.raises(SlackApiError) as excinfo:
        client.views_update(view_id=view_id, hash="stale", view=modal([section("x")]))
    assert api_error(excinfo) == "hash_conflict"


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        (modal([section("x")], title="t" * 25), "must be less than 25 characters"),
        (modal([section(str(i)) for i in range(101)]), "no more than 100 items"),
        (modal([section("x")], private_metadata="m" * 3001), "3001 characters"),
        (
            modal(
                [
                    {
                        "type": "input",
                        "label": {"type": "plain_text", "text": "Amount"},
                        "element": {"type": "plain_text_input", "action_id": "amount"},
                    }
                ]
            ),
            "submit is required",
        ),
    ],
    ids=["title-too-long", "too-many-blocks", "metadata-too-long", "input-without-submit"],
)
def test_invalid_views_are_rejected(
    fake: FakeSlack, client: WebClient, view: dict, expected: str
) -> None:
    with pytest.raises(SlackApiError) as excinfo:
        client.views_open(trigger_id=fake.trigger_id(), view=view)

    assert api_error(excinfo) == "invalid_arguments"
    messages = excinfo.value.response["response_metadata"]["messages"]
    assert any(expected in m for m in messages)
    assert [c.method for c in fake.invalid_calls()] == ["views.open"]


def test_trigger_ids_expire_and_work_once(fake: FakeSlack, client: WebClient) -> None:
    trigger = fake.trigger_id()
    client.views_open(trigger_id=trigger, view=modal([section("x")]))
    with pytest.raises(SlackApiError) as excinfo:
        client.views_open(trigger_id=trigger, view=modal([section("x")]))
    assert api_error(excinfo) == "exchanged_trigger_id"

    fake.trigger_ttl = 0.0
    with pytest.raises(SlackApiError) as excinfo:
        client.views_open(trigger_id=fake.trigger_id(), view=modal([section("x")]))
    assert api_error(excinfo) == "expired_trigger_id"


# -- response_url ------------------------------------------------------------------


def test_response_url_posts(fake: FakeSlack, client: WebClient) -> None:
    posted = client.chat_postMessage(channel="C1", text="card", blocks=[section("card")])
    url = fake.response_url(channel="C1", message_ts=posted["ts"])
    webhook = WebhookClient(url)

    ok = webhook.send(text="Sent", blocks=[section("Sent by <@U1>")], replace_original=True)
    bad = webhook.send(text="x", blocks=[section("y" * 3001)])

    assert (ok.status_code, ok.body) == (200, "ok")
    assert (bad.status_code, bad.body) == (400, "invalid_blocks")
    [response] = fake.wait_for("response", where=lambda r: r.get("replace_original"))
    assert response["url"] == url
    assert fake.message("C1", posted["ts"])["blocks"] == [section("Sent by <@U1>")]
    assert len(fake.responses) == 1
    assert fake.rejected_responses[0]["errors"]


def test_response_url_can_be_used_five_times(fake: FakeSlack) -> None:
    webhook = WebhookClient(fake.response_url())
    statuses = [webhook.send(text=str(i)).status_code for i in range(6)]
    assert statuses == [200] * 5 + [404]


# -- wait_for ----------------------------------------------------------------------


def test_wait_for_wakes_on_a_call_from_another_thread(fake: FakeSlack, client: WebClient) -> None:
    timer = threading.Timer(0.1, lambda: client.chat_postMessage(channel="C7", text="later"))
    timer.start()
    try:
        [params] = fake.wait_for("chat.postMessage", where=lambda p: p["channel"] == "C7")
    finally:
        timer.join()
    assert params["text"] == "later"


def test_wait_for_timeout_summarises_what_arrived(fake: FakeSlack, client: WebClient) -> None:
    client.chat_postMessage(channel="C1", text="hi")
    with pytest.raises(AssertionError) as excinfo:
        fake.wait_for("chat.postMessage", where=lambda p: p["channel"] == "C2", timeout=0.2)
    assert "chat.postMessage: ok" in str(excinfo.value)
    assert '"channel": "C1"' in str(excinfo.value)


# -- Socket Mode ---------------------------------------------------------------------


@pytest.fixture
def bolt(fake: FakeSlack) -> App:
    client = WebClient(base_url=fake.api_url, token="xoxb-test")
    return App(token="xoxb-test", client=client, signing_secret="x")


@pytest.fixture
def connected(fake: FakeSlack, bolt: App) -> Iterator[SocketModeHandler]:
    handler = SocketModeHandler(bolt, "xapp-test")
    handler.connect()
    assert fake.socket_connected.wait(5)
    yield handler
    handler.close()


def test_socket_mode_slash_command(fake: FakeSlack, bolt: App) -> None:
    @bolt.command("/ping")
    def ping(ack: Ack, respond: Respond) -> None:
        ack("pong")
        respond("later")

    handler = SocketModeHandler(bolt, "xapp-test")
    handler.connect()
    try:
        ack = fake.socket_send("slash_commands", fake.slash_command("/ping", "now"))
        assert ack["payload"]["text"] == "pong"
        assert fake.wait_for("response")[0]["text"] == "later"
    finally:
        handler.close()

    assert fake.calls_to("apps.connections.open")
    assert fake.calls[-1].token == "xapp-test"
    deadline = time.monotonic() + 5
    while fake.socket_connected.is_set() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not fake.socket_connected.is_set()


def test_socket_mode_button_click_updates_card(
    fake: FakeSlack, bolt: App, connected: SocketModeHandler
) -> None:
    @bolt.action("send")
    def send(ack: Ack, body: dict, client: WebClient) -> None:
        ack()
        client.chat_update(
            channel=body["channel"]["id"],
            ts=body["message"]["ts"],
            text="sent",
            blocks=[section(f"Sent by <@{body['user']['id']}> ({body['actions'][0]['value']})")],
        )

    card = bolt.client.chat_postMessage(
        channel="C1", text="draft", blocks=[{"type": "actions", "elements": [button("send")]}]
    )
    ack = fake.socket_send("interactive", fake.click("C1", card["ts"], "send", user_id="U1"))

    assert "payload" not in ack
    fake.wait_for("chat.update")
    assert fake.message("C1", card["ts"])["blocks"] == [section("Sent by <@U1> (v)")]
    with pytest.raises(AssertionError, match="no element"):
        fake.click("C1", card["ts"], "discard")


def test_socket_mode_view_submission_and_bad_ack(
    fake: FakeSlack, bolt: App, connected: SocketModeHandler
) -> None:
    input_block = {
        "type": "input",
        "block_id": "amount",
        "label": {"type": "plain_text", "text": "Amount"},
        "element": {"type": "plain_text_input", "action_id": "amount"},
    }
    submit = {"type": "plain_text", "text": "Save"}
    opened = bolt.client.views_open(
        trigger_id=fake.trigger_id(), view=modal([input_block], submit=submit)
    )
    seen: list[dict] = []

    @bolt.view("deal_add")
    def save(ack: Ack, view: dict) -> None:
        seen.append(view["state"]["values"])
        ack(response_action="update", view=modal([section("x")], title="t" * 30))

    payload = fake.submit_view(opened["view"]["id"], {"amount": "1200"})
    with pytest.raises(AssertionError, match="must be less than 25 characters"):
        fake.socket_send("interactive", payload)
    assert seen == [{"amount": {"amount": {"type": "plain_text_input", "value": "1200"}}}]


def test_socket_send_without_client_times_out(fake: FakeSlack) -> None:
    with pytest.raises(AssertionError, match="no Socket Mode client"):
        fake.socket_send(
            "events_api", fake.event_callback({"type": "app_home_opened"}), timeout=0.1
        )


def test_stop_releases_threads_and_ports() -> None:
    fake = FakeSlack().start()
    ws_port = int(fake.ws_url.rsplit(":", 1)[1].split("/")[0])
    fake.stop()

    names = {t.name for t in threading.enumerate()}
    assert not names & {"fakeslack-ws", "fakeslack-http"}
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", ws_port), timeout=1):
        pass
