"""Setup mistakes and outages answer with one line naming the cause and the fix, never a
traceback or a secret: exit 2 when a setting must change, 1 when a server is away."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakeslack import FakeSlack
from tests.test_entrypoints import clean_env, free_port

PASSWORD = "pw-canary-5b1e"
TOKEN = "xoxb-canary-token-77d0"


def ghostwatch(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=clean_env(LOG_LEVEL="DEBUG", **env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def one_line(result: subprocess.CompletedProcess, *secrets: str) -> str:
    """The failure's one line; nothing else on stderr, and no secret anywhere."""
    lines = [line for line in result.stderr.splitlines() if line.startswith("ghostwatch: ")]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    for secret in secrets:
        assert secret not in result.stderr + result.stdout
    return lines[0]


@pytest.mark.parametrize("command", ["migrate", "tick", "serve", "run"])
def test_an_unreachable_database_is_an_outage(
    command: str, fake: FakeSlack, tmp_path: Path
) -> None:
    url = f"postgresql://ghostwatch:{PASSWORD}@127.0.0.1:{free_port()}/ghostwatch"
    result = ghostwatch(
        command,
        cwd=tmp_path,
        DATABASE_URL=url,
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_APP_TOKEN="xapp-test",
        SLACK_SIGNING_SECRET="signing-secret",
        SLACK_API_URL=fake.api_url,
    )
    line = one_line(result, PASSWORD)
    assert result.returncode == 1
    assert "cannot be reached" in line and "DATABASE_URL" in line and "ghostwatch:***@" in line


def test_doctor_names_an_unreachable_database(tmp_path: Path) -> None:
    url = f"postgresql://ghostwatch:{PASSWORD}@127.0.0.1:{free_port()}/ghostwatch"
    result = ghostwatch("doctor", cwd=tmp_path, DATABASE_URL=url)
    assert "✗ database: the database at postgresql://ghostwatch:***@" in result.stdout
    assert "cannot be reached" in result.stdout and PASSWORD not in result.stdout
    assert "Traceback" not in result.stderr
    assert result.returncode == 2, "the Slack token is missing too, and that is a setting"


def test_a_refused_database_login_and_a_bad_url_are_settings(
    pg_admin_url: str, tmp_path: Path
) -> None:
    from sqlalchemy.engine import make_url

    wrong = make_url(pg_admin_url).set(password=PASSWORD).render_as_string(hide_password=False)
    result = ghostwatch("migrate", cwd=tmp_path, DATABASE_URL=wrong)
    assert result.returncode == 2
    assert "refused the login" in one_line(result, PASSWORD)

    result = ghostwatch("migrate", cwd=tmp_path, DATABASE_URL=f"mysteriousdb://u:{PASSWORD}@h/x")
    assert result.returncode == 2
    assert "not a database URL" in one_line(result, PASSWORD)


def test_run_with_a_wrong_token_says_which_and_where_to_get_it(
    fake: FakeSlack, tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'gw.db'}"
    env = {"DATABASE_URL": db, "SLACK_API_URL": fake.api_url}
    refused = ghostwatch(
        "run", cwd=tmp_path, SLACK_BOT_TOKEN="xoxq-wrong", SLACK_APP_TOKEN="xapp-1", **env
    )
    assert refused.returncode == 2
    line = one_line(refused, "xoxq-wrong")
    assert "Slack refused SLACK_BOT_TOKEN (invalid_auth)" in line and "xoxb-" in line

    app = ghostwatch("run", cwd=tmp_path, SLACK_BOT_TOKEN=TOKEN, SLACK_APP_TOKEN="wrong-app", **env)
    assert app.returncode == 2
    assert "Slack refused SLACK_APP_TOKEN" in one_line(app, TOKEN, "wrong-app")


@pytest.mark.parametrize("command", ["run", "serve", "tick"])
def test_slack_unreachable_is_an_outage(command: str, tmp_path: Path) -> None:
    result = ghostwatch(
        command,
        cwd=tmp_path,
        DATABASE_URL=f"sqlite:///{tmp_path / 'gw.db'}",
        SLACK_BOT_TOKEN=TOKEN,
        SLACK_APP_TOKEN="xapp-test",
        SLACK_SIGNING_SECRET="signing-secret",
        SLACK_API_URL=f"http://127.0.0.1:{free_port()}/api/",
    )
    assert result.returncode == 1
    line = one_line(result, TOKEN)
    assert "Slack cannot be reached (Connection refused)" in line and "SLACK_API_URL" in line
