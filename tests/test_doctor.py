"""`ghostwatch doctor` and the team channel: every scope the features use, the channel the bot
must post in (given as a link, `#name` or id), and nothing created when it only checks."""

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from sqlmodel import select

from bot import app
from bot import doctor as doctor_checks
from bot.config import Settings
from bot.core.clock import FixedClock
from bot.failures import Stop
from bot.slack import checks
from bot.slack.checks import SCOPES
from bot.store.engine import Store
from bot.store.models import Workspace
from tests.fakeslack import FakeSlack
from tests.slackbot import SlackBot
from tests.smtpserver import SmtpServer
from tests.test_entrypoints import clean_env

MANIFEST = Path(__file__).resolve().parent.parent / "app.yaml"
TEAM_CHANNEL = "C0CREATORS"


def doctor(cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "doctor"],
        cwd=cwd,
        env=clean_env(**env),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_manifest_asks_for_every_scope_doctor_checks() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text())
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == set(SCOPES)
    assert "usergroups:read" in SCOPES


def test_doctor_checks_scopes_and_channel_and_creates_nothing(
    fake: FakeSlack, tmp_path: Path
) -> None:
    fake.scopes = sorted(set(SCOPES) - {"usergroups:read"})
    fake.add_channel(TEAM_CHANNEL, name="creators", is_member=False)
    env = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": fake.api_url}
    link = f"https://acme.slack.com/archives/{TEAM_CHANNEL}"

    found = doctor(tmp_path, GHOSTWATCH_CHANNEL=link, **env)

    out = found.stdout
    assert found.returncode == 2, found.stderr
    assert "✗ scopes: the app lacks usergroups:read (approvers named by user group)" in out
    assert "✗ channel: the bot is not in #creators: type /invite @ghostwatch there" in out
    assert "✗ database: no database at" in out and "ghostwatch migrate" in out
    assert "(created on the first send)" in out
    assert list(tmp_path.iterdir()) == [], "no ghostwatch.db, no outbox/"
    assert fake.calls_to("chat.postMessage") == [], "checked without posting"

    fake.scopes = sorted(SCOPES)
    fake.add_channel(TEAM_CHANNEL, name="creators", is_member=True)
    good = doctor(tmp_path, GHOSTWATCH_CHANNEL="#creators", **env)
    assert "✓ scopes: all 8 the features use" in good.stdout
    assert f"✓ channel: {TEAM_CHANNEL}: the bot is a member" in good.stdout
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "written",
    [
        TEAM_CHANNEL,
        f"https://acme.slack.com/archives/{TEAM_CHANNEL}",
        f"https://acme.slack.com/archives/{TEAM_CHANNEL}/p1764633600000100",
        f"https://app.slack.com/client/T0001/{TEAM_CHANNEL}",
        "#creators",
        "creators",
    ],
)
def test_a_channel_link_name_or_id_is_stored_as_its_id(
    written: str, fake: FakeSlack, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checks, "PAGE", 2)  # the name is found on a later page
    for n in range(5):
        fake.add_channel(f"C0OTHER{n}", name=f"other-{n}")
    fake.add_channel(TEAM_CHANNEL, name="creators")
    settings = Settings(
        _env_file=None,
        slack_bot_token="xoxb-test",
        slack_api_url=fake.api_url,
        database_url=sqlite_url,
        ghostwatch_channel=written,
    )
    ready = app.slack_ready(settings)
    assert ready.ghostwatch_channel == TEAM_CHANNEL
    deps = app.build_deps(ready)
    assert deps.defaults.channel_id == TEAM_CHANNEL
    deps.store.engine.dispose()


def test_an_unknown_or_unreadable_channel_is_refused_with_the_forms(
    fake: FakeSlack, tmp_path: Path
) -> None:
    env = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": fake.api_url}
    settings = Settings(_env_file=None, ghostwatch_channel="#nowhere", **env)
    with pytest.raises(Stop) as stopped:
        app.slack_ready(settings)
    assert stopped.value.code == 2 and "no channel #nowhere that the bot can see" in str(
        stopped.value
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot", "serve"],
        cwd=tmp_path,
        env=clean_env(
            GHOSTWATCH_CHANNEL="https://example.com/C0CREATORS",
            SLACK_SIGNING_SECRET="s",
            **env,
        ),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "GHOSTWATCH_CHANNEL" in result.stderr
    assert "a channel link (https://acme.slack.com/archives/C0123ABC), #name or an id" in (
        result.stderr
    )
    assert list(tmp_path.iterdir()) == []


def test_an_install_without_the_channel_scopes_is_told_to_reinstall(fake: FakeSlack) -> None:
    fake.fail_next("conversations.list", error="missing_scope")
    settings = Settings(
        _env_file=None,
        slack_bot_token="xoxb-test",
        slack_api_url=fake.api_url,
        ghostwatch_channel="#creators",
    )
    with pytest.raises(Stop) as stopped:
        app.slack_ready(settings)
    assert stopped.value.code == 2 and "reinstall it from app.yaml" in stopped.value.line


def test_a_workspace_that_stored_a_link_gets_its_id(
    fake: FakeSlack, sqlite_store: Store, clock: FixedClock
) -> None:
    """Only SQLite could keep such a link: PostgreSQL refused it (the column holds 32)."""
    store = sqlite_store
    link = f"https://acme.slack.com/archives/{TEAM_CHANNEL}"
    bot = SlackBot(fake, store, clock, channel=link)
    try:
        bot.reply_to("add Jane Doe jane@example.com")
    finally:
        bot.close()
    assert app.adopt_channel_links(store) == 1
    with store.session() as session:
        assert session.exec(select(Workspace)).one().channel_id == TEAM_CHANNEL
    assert app.adopt_channel_links(store) == 0


@pytest.mark.parametrize("smtputf8", [False, True], ids=["plain server", "SMTPUTF8 server"])
def test_doctor_says_whether_the_mail_server_takes_utf8_addresses(smtputf8: bool) -> None:
    with SmtpServer(security="none", users=None, smtputf8=smtputf8) as server:
        check = doctor_checks._smtp(
            Settings(
                smtp_host=server.host, smtp_port=server.port, smtp_security="none", _env_file=None
            )
        )
    assert check.ok and "no login" in check.detail
    assert ("SMTPUTF8 offered" in check.detail) is smtputf8
    assert ("no SMTPUTF8" in check.detail) is not smtputf8
