"""The ladder's Slack surface: `/deal pause`, `/deal settings`, and `ghostwatch tick`."""

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import select

from bot.core.clock import FixedClock
from bot.store.engine import Store
from bot.store.migrate import upgrade
from bot.store.models import Deal, Workspace
from tests.fakeslack import FakeSlack
from tests.slackbot import ALICE, BOB, TEAM_A, SlackBot, message_text
from tests.test_entrypoints import clean_env
from tests.test_slack_commands import submission


def test_pause_stops_the_clock_until_the_date(bot: SlackBot, store: Store) -> None:
    bot.reply_to("add Ana Souza ana@example.com")
    bot.reply_to("stage #1 shipped")
    shown = message_text(bot.reply_to("pause Ana Souza until 2026-12-20"))
    assert "No chasing Ana Souza (#1) until Sun 20 Dec 2026" in shown
    with store.session() as session:
        deal = session.exec(select(Deal)).one()
    assert deal.paused_until == datetime(2026, 12, 20, tzinfo=UTC)
    assert deal.next_check_at == deal.paused_until
    assert "not in the future" in message_text(bot.reply_to("pause #1 until 2026-01-01"))


def test_settings_form_validates_inline_and_saves(
    bot: SlackBot, store: Store, fake: FakeSlack
) -> None:
    fake.add_user(ALICE, name="alice", is_admin=True)
    bot.reply_to("add Jane Doe jane@example.com")
    status, _ = bot.slash("settings")
    assert status == 200
    view = fake.wait_for("views.open")[0]["view"]
    assert view["callback_id"] == "workspace_settings"

    def submit(**fields: object) -> tuple[int, bytes]:
        return bot.interact(
            submission(
                view,
                **{
                    "timezone": "Asia/Dubai",
                    "default_currency": "AED",
                    "channel_id": "CNEW",
                    "working_days": ["6", "0", "1", "2", "3"],
                    **fields,
                },
            )
        )

    status, body = submit(timezone="Mars/Olympus", th_contracted="5, 3", send_until="08:00")
    assert status == 200
    errors = json.loads(body)["errors"]
    assert set(errors) == {"timezone", "th_contracted", "send_until"}

    status, body = submit(
        th_contracted="2, 4, 6, 9, 14",
        digest_time="08:45",
        quiet="nothing",
        approver_users=["UBOB"],
        approver_groups="S0APPROVE",
        send_from="10:00",
        send_until="19:30",
        send_days=["5", "6"],
    )
    assert status == 200 and body in (b"", b"{}")
    with store.session() as session:
        ws = session.exec(select(Workspace).where(Workspace.team_id == TEAM_A)).one()
        deal = session.exec(select(Deal)).one()
    assert (ws.timezone, ws.working_days, ws.default_currency, ws.channel_id) == (
        "Asia/Dubai",
        [0, 1, 2, 3, 6],
        "AED",
        "CNEW",
    )
    assert ws.thresholds["contracted"] == [2, 4, 6, 9, 14]
    assert (ws.digest_time, ws.settings["quiet"]) == ("08:45", "nothing")
    assert ws.approvers == ["UBOB", "S0APPROVE"]
    assert ws.settings["send_window"] == {"from": "10:00", "until": "19:30", "days": [5, 6]}
    assert deal.next_check_at is not None, "every deal is re-checked with the new settings"
    assert "Settings saved" in message_text(fake.wait_for("chat.postMessage")[0])


def test_only_admins_and_approvers_change_settings(
    bot: SlackBot, store: Store, fake: FakeSlack
) -> None:
    """Settings name who may send email: nobody else may open or save them."""
    refused = message_text(bot.reply_to("settings", user=BOB))
    assert "Only workspace admins and approvers" in refused
    assert fake.calls_to("views.open") == []

    fake.add_user(ALICE, name="alice", is_admin=True)
    bot.slash("settings", user=ALICE)
    view = fake.wait_for("views.open")[0]["view"]
    fields = {"timezone": "UTC", "default_currency": "USD", "working_days": ["0", "1", "2"]}
    forged = submission(view, **fields, approver_users=[BOB])
    forged["user"]["id"] = BOB
    status, body = bot.interact(forged)
    assert status == 200 and "approver_users" in json.loads(body)["errors"]
    with store.session() as session:
        assert session.exec(select(Workspace)).one().approvers == [], "nothing was saved"

    status, body = bot.interact(submission(view, **fields, approver_groups="S0APPROVE"))
    assert status == 200 and body in (b"", b"{}")
    fake.add_usergroup("S0APPROVE", [BOB])
    bot.slash("settings", user=BOB)
    assert len(fake.wait_for("views.open", count=2)) == 2, "an approver may change them"


def test_tick_command_posts_what_is_due(fake: FakeSlack, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'gw.db'}"
    store = Store.from_url(url)
    upgrade(store.engine)
    clock = FixedClock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    bot = SlackBot(fake, store, clock)
    try:
        bot.reply_to("add Lan lan@example.vn ₫15,000,000 tiktok @lan.review")
        bot.reply_to("stage #1 received")
    finally:
        bot.close()
    env = clean_env(
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_API_URL=fake.api_url,
        DATABASE_URL=url,
        GHOSTWATCH_CHANNEL="CTEAM",
    )
    run = [sys.executable, "-m", "bot", "tick", "--force", "--at"]
    early = subprocess.run(
        [*run, "2026-12-02T09:00:00+00:00"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert early.returncode == 0, early.stderr
    assert "0 escalated" in early.stdout
    late = subprocess.run(
        [*run, "2026-12-03T09:00:00+00:00"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "1 escalated, 2 messages posted" in late.stdout, late.stdout + late.stderr
    post, card = fake.calls_to("chat.postMessage")
    assert "Level 1" in message_text(post) and "@lan.review" in message_text(post)
    assert "Reminder for" in message_text(card) and "lan@example.vn" in message_text(card)
    assert fake.invalid_calls() == []
    store.engine.dispose()


def test_suggestions_name_local_channels_managers_and_money() -> None:
    from bot.core.ladder import Situation, suggestion

    vn = suggestion(
        3,
        Situation(
            "Lan", country="VN", managers=("boss@agency.vn",), contacts={"zalo": "+84 90 000 0000"}
        ),
    )
    assert "Zalo, Messenger" in vn and "boss@agency.vn" in vn and "Zalo +84 90 000 0000" in vn
    assert "WhatsApp" in suggestion(3, Situation("Ana", country="BR"))
    assert "LINE" in suggestion(3, Situation("Yui", country="JP"))
    assert "KakaoTalk" in suggestion(3, Situation("Minji", country="KR"))
    assert "WeChat" in suggestion(3, Situation("Wei", country="CN"))
    assert "Hold the next payment" in suggestion(4, Situation("A", paid="$240", fee="$1,200"))
    assert "$240 of $1,200" in suggestion(4, Situation("A", paid="$240", fee="$1,200"))
    five = suggestion(5, Situation("A"))
    assert "lawyer" in five and "dispute" in five and "blacklist" in five
    assert suggestion(2, Situation("A", email_bounced=True)).startswith("Their email address")
