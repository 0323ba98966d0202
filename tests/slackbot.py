"""The bot under test: the real Bolt app behind the real HTTP server, talking to FakeSlack.

Requests are signed the way Slack signs them, so they go through Bolt's real verification.
"""

import json
import os
import threading
import time
import urllib.error
import urllib.request
import uuid
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

from bot.core.clock import Clock
from bot.core.drafts import Writer
from bot.core.sending import Sending, SentLookup
from bot.core.workspaces import WorkspaceDefaults
from bot.http import EVENTS_PATH, make_server, stop_server
from bot.mail.deliver import ReminderMailer
from bot.mail.send import Transport
from bot.slack.app import build_app, stop_app, web_client
from bot.store.engine import Store
from bot.wiring import Deps, Mail
from tests.fakeslack import FakeSlack

SIGNING_SECRET = "test-signing-secret"
TEAM_A, TEAM_B = "T0001", "T0002"
ALICE, BOB = "UALICE", "UBOB"
CHANNEL = "CTEAM"


def signed_headers(body: bytes, *, secret: str = SIGNING_SECRET, age: int = 0) -> dict[str, str]:
    timestamp = str(int(time.time()) - age)
    signature = SignatureVerifier(secret).generate_signature(
        timestamp=timestamp, body=body.decode()
    )
    return {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": signature}


class SlackBot:
    def __init__(
        self,
        fake: FakeSlack,
        store: Store,
        clock: Clock,
        timezone: str = "UTC",
        mail: Mail | None = None,
        channel: str = CHANNEL,
    ) -> None:
        self.fake = fake
        self.store = store
        defaults = WorkspaceDefaults(channel_id=channel, timezone=timezone)
        self.deps = deps = Deps(store, clock, defaults, mail)
        self.app = build_app(web_client("xoxb-test", fake.api_url), deps)
        self.server = make_server(
            self.app, store, signing_secret=SIGNING_SECRET, host="127.0.0.1", port=0, threads=4
        )
        self.url = f"http://127.0.0.1:{self.server.effective_port}"
        self._thread = threading.Thread(target=self.server.run, daemon=True)
        self._thread.start()

    def pids(self) -> list[int]:
        """The processes serving it: this one."""
        return [os.getpid()]

    def output(self) -> str:
        """What the server wrote beside this process's log: nothing, it logs here."""
        return ""

    def close(self) -> None:
        stop_server(self.server)
        self._thread.join(timeout=5)
        stop_app(self.app)

    # --- raw requests ---------------------------------------------------------------------

    def post(
        self,
        body: bytes,
        *,
        content_type: str = "application/x-www-form-urlencoded",
        headers: dict[str, str] | None = None,
        path: str = EVENTS_PATH,
    ) -> tuple[int, bytes]:
        request = urllib.request.Request(
            self.url + path,
            data=body,
            method="POST",
            headers={"Content-Type": content_type, **(headers or signed_headers(body))},
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=10) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    # --- what Slack sends -----------------------------------------------------------------

    def slash(
        self,
        text: str,
        *,
        team: str = TEAM_A,
        user: str = ALICE,
        channel: str = CHANNEL,
        **fields: str,
    ) -> tuple[int, str]:
        """Send `/deal <text>`; returns the HTTP status and the command's response_url.
        `fields` override other form fields (`team_domain`, `channel_name`)."""
        response_url = self.fake.response_url()
        payload = command_payload(text, team=team, user=user, channel=channel, url=response_url)
        body = urlencode(payload | fields).encode()
        status, _ = self.post(body)
        return status, response_url

    def reply_to(self, text: str, **kwargs: Any) -> dict[str, Any]:
        """Send `/deal <text>` and wait for the ephemeral reply Bolt posts to its response_url."""
        status, url = self.slash(text, **kwargs)
        assert status == 200
        return self.fake.wait_for("response", where=lambda r: r["url"] == url)[0]

    def interact(self, payload: dict[str, Any]) -> tuple[int, bytes]:
        body = urlencode({"payload": json.dumps(payload)}).encode()
        return self.post(body)

    def event(self, event: dict[str, Any], *, team: str = TEAM_A) -> tuple[int, bytes]:
        body = json.dumps(
            {
                "token": "legacy",
                "team_id": team,
                "api_app_id": "AGHOST",
                "type": "event_callback",
                "event_id": f"Ev{uuid.uuid4().hex[:10]}",
                "event_time": int(time.time()),
                "event": event,
                "authorizations": [{"team_id": team, "user_id": "UBOT", "is_bot": True}],
            }
        ).encode()
        return self.post(body, content_type="application/json")


def make_mail(
    store: Store,
    clock: Clock,
    transport: Transport,
    *,
    sender: str,
    writer: Writer,
    in_sent: SentLookup | None = None,
) -> Mail:
    """Mail wired as the composition root wires it, through the given transport."""
    sending = Sending(store, ReminderMailer(transport, sender), clock.now, in_sent)
    return Mail(sending=sending, writer=writer, address=sender, smtputf8=transport.offers_smtputf8)


def command_payload(
    text: str, *, team: str = TEAM_A, user: str = ALICE, channel: str = CHANNEL, url: str = ""
) -> dict[str, str]:
    return {
        "token": "legacy",
        "team_id": team,
        "team_domain": team.lower(),
        "channel_id": channel,
        "channel_name": "creators",
        "user_id": user,
        "user_name": user.lower(),
        "command": "/deal",
        "text": text,
        "api_app_id": "AGHOST",
        "response_url": url,
        "trigger_id": f"trigger-{uuid.uuid4().hex[:8]}",
    }


def message_text(message: dict[str, Any]) -> str:
    """Everything a person would read in a message: its text and every block's text."""
    parts = [message.get("text") or ""]

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("text"), str):
                parts.append(value["text"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(message.get("blocks") or [])
    return "\n".join(parts)
