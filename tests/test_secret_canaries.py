"""No secret ever leaves the process: the main error paths run with distinctive secrets set,
and no log record (any library's, at DEBUG), command-line output or message sent to Slack
holds one of them."""

import json
import logging
import threading
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest

from bot import cli
from bot.core.clock import FixedClock
from bot.core.outbox import PostFailed, Prepared
from bot.core.workspaces import WorkspaceDefaults
from bot.http import EVENTS_PATH, make_server, stop_server
from bot.mail.imap_sync import SyncError, connect
from bot.mail.send import SendError, SmtpMailer
from bot.slack.app import build_app, stop_app, web_client
from bot.slack.poster import SlackPoster
from bot.store.engine import Store
from bot.wiring import Deps
from tests.fakeslack import FakeSlack
from tests.imapserver import ImapServer
from tests.slackbot import command_payload, signed_headers
from tests.smtpserver import SmtpServer
from tests.test_entrypoints import ENV_NAMES, free_port
from tests.test_mail_send import message
from tests.test_mailbox import dovecot, settings  # noqa: F401  (the Dovecot fixture)

BOT_TOKEN = "xoxb-canary-bot-3f9a1c"
WRONG_TOKEN = "xoxq-canary-wrong-81c2de"
APP_TOKEN = "canary-app-5d7e0b"
SIGNING_SECRET = "canary-signing-a41b77"
DB_PASSWORD = "canary-db-90ce13"
SMTP_PASSWORD = "canary-smtp-2b6f48"
IMAP_PASSWORD = "canary-imap-c3d8e2"
CANARIES = (
    BOT_TOKEN,
    WRONG_TOKEN,
    APP_TOKEN,
    SIGNING_SECRET,
    DB_PASSWORD,
    SMTP_PASSWORD,
    IMAP_PASSWORD,
)
LIBRARIES = ("", "bot", "slack_bolt", "slack_sdk", "urllib3", "sqlalchemy", "alembic", "waitress")


def test_no_secret_reaches_a_log_an_answer_or_slack(
    fake: FakeSlack,
    sqlite_store: Store,
    clock: FixedClock,
    dovecot: ImapServer,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name in LIBRARIES:
        caplog.set_level(logging.DEBUG, logger=name)
    monkeypatch.chdir(tmp_path)
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LOG_LEVEL", "DEBUG")
    monkeypatch.setenv("SLACK_API_URL", fake.api_url)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'gw.db'}")
    monkeypatch.setenv("SLACK_APP_TOKEN", APP_TOKEN)
    shown: list[str] = []

    def command(*args: str, **env: str) -> int:
        with monkeypatch.context() as scoped:
            for name, value in env.items():
                scoped.setenv(name, value)
            return cli.main(list(args))

    # A wrong bot token, then a wrong app token.
    assert command("run", SLACK_BOT_TOKEN=WRONG_TOKEN) == 2
    assert command("run", SLACK_BOT_TOKEN=BOT_TOKEN) == 2
    # A database that cannot be reached, its password in the URL.
    unreachable = f"postgresql://ghostwatch:{DB_PASSWORD}@127.0.0.1:{free_port()}/ghostwatch"
    assert command("migrate", DATABASE_URL=unreachable) == 1
    assert command("doctor", DATABASE_URL=unreachable, SLACK_BOT_TOKEN=BOT_TOKEN) == 2
    # Slack answering 500.
    fake.fail_next("auth.test", status=500)
    assert command("tick", SLACK_BOT_TOKEN=BOT_TOKEN) == 1
    fake.fail_next("chat.postMessage", status=500)
    poster = SlackPoster(web_client(BOT_TOKEN, fake.api_url, wait_on_limits=False))
    with pytest.raises(PostFailed) as post_failed:
        poster.post("CTEAM", Prepared({"text": "hello"}), marker="1")
    shown.append(repr(post_failed.value))

    # A request signed with another secret than the one configured.
    deps = Deps(sqlite_store, clock, WorkspaceDefaults())
    app = build_app(web_client(BOT_TOKEN, fake.api_url), deps)
    server = make_server(
        app, sqlite_store, signing_secret=SIGNING_SECRET, host="127.0.0.1", port=0, threads=2
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        body = urlencode(command_payload("list", url=fake.response_url())).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{server.effective_port}{EVENTS_PATH}",
            data=body,
            headers=signed_headers(body, secret="another-secret"),
            method="POST",
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 401
        shown.append(refused.value.read().decode())
    finally:
        stop_server(server)
        stop_app(app)
        thread.join(5)

    # SMTP and IMAP logins refused.
    with SmtpServer(security="starttls") as smtp, pytest.raises(SendError) as send_failed:
        SmtpMailer(smtp.settings(password=SMTP_PASSWORD)).send(message())
    shown += [repr(send_failed.value), send_failed.value.reason]
    with pytest.raises(SyncError) as sync_failed, connect(settings(dovecot, IMAP_PASSWORD)):
        pass
    shown += [repr(sync_failed.value), sync_failed.value.reason]

    out = capsys.readouterr()
    shown += [out.out, out.err, caplog.text]
    shown += [record.getMessage() for record in caplog.records]
    shown += [json.dumps(call.params, default=str) for call in fake.calls]
    shown += [json.dumps(body, default=str) for body in fake.responses]
    everything = "\n".join(shown)
    debug = {r.name.split(".")[0] for r in caplog.records if r.levelno == logging.DEBUG}
    assert "slack_sdk" in debug, "DEBUG lines were captured"
    assert any(r.name.startswith("bot") for r in caplog.records), "the bot's own lines too"
    assert "Slack refused SLACK_BOT_TOKEN" in everything and "535" in everything
    assert "cannot be reached" in everything and "refused the login" in everything
    for canary in CANARIES:
        assert canary not in everything, f"{canary} leaked"
