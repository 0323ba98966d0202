"""`/deal` end to end: signed HTTP requests → real Bolt app → fake Slack, on a real database."""

import json
import time
from datetime import date, timedelta

import pytest
from sqlmodel import func, select

from bot.core.clock import FixedClock
from bot.core.enums import Stage
from bot.store.engine import Store
from bot.store.models import Creator, CreatorAddress, CreatorHandle, Deal, Touchpoint
from tests.fakeslack import FakeSlack
from tests.slackbot import ALICE, TEAM_A, TEAM_B, SlackBot, message_text, signed_headers

JANE = "Jane Doe jane@example.com $1,200 due 2026-12-15 youtube @janedoe"


def count(store: Store, model: type) -> int:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def deals(store: Store) -> list[Deal]:
    with store.session() as session:
        return list(session.exec(select(Deal).order_by(Deal.workspace_id, Deal.number)))


def test_quick_add_is_acknowledged_fast_then_saved_and_echoed(bot: SlackBot, store: Store) -> None:
    started = time.perf_counter()
    status, url = bot.slash(f"add {JANE}")
    elapsed = time.perf_counter() - started
    assert status == 200
    assert elapsed < 3
    reply = bot.fake.wait_for("response", where=lambda r: r["url"] == url)[0]
    assert reply["response_type"] == "ephemeral"
    text = message_text(reply)
    assert "Saved deal #1" in text
    assert "Jane Doe" in text and "$1,200" in text and "Tue 15 Dec 2026" in text
    assert "https://www.youtube.com/@janedoe" in text
    edit = [b for b in reply["blocks"] if b.get("accessory", {}).get("action_id") == "deal_edit"]
    assert edit, "the reply offers an Edit button"

    (deal,) = deals(store)
    assert (deal.number, deal.fee_minor, deal.currency) == (1, 120000, "USD")
    assert deal.publish_due == date(2026, 12, 15)
    assert deal.owner_id == ALICE and deal.stage == Stage.negotiating
    with store.session() as session:
        assert session.exec(select(CreatorAddress.address)).all() == ["jane@example.com"]
        handle = session.exec(select(CreatorHandle)).one()
        assert (handle.platform, handle.handle) == ("youtube", "janedoe")

    listed = message_text(bot.reply_to("list"))
    assert "Jane Doe" in listed and "#1" in listed


@pytest.mark.parse_only
@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("add jane@example.com $1,200", "name"),
        ("add Jane Doe $1,200 €900", "fee"),
        ("add Jane Doe jane@ $1,200", "jane@"),
        ("add Jane Doe due 2020-01-01", "past"),
        ("add Jane Doe due someday", 'after "due"'),
        ("frobnicate Jane", "frobnicate"),
        ("list everything", "everything"),
        ("stage", "deal"),
        ("show #99", "#99"),
        ("snooze Jane Doe forever", "forever"),
        ("close Jane Doe maybe", "completed"),
    ],
)
def test_bad_input_names_the_problem_shows_usage_and_saves_nothing(
    bot: SlackBot, store: Store, text: str, problem: str
) -> None:
    if text.startswith(("snooze", "close")):
        bot.reply_to("add Jane Doe jane@example.com")
    before = (count(store, Deal), count(store, Creator), count(store, Touchpoint))
    reply = bot.reply_to(text)
    shown = message_text(reply)
    assert reply["response_type"] == "ephemeral"
    assert ":warning:" in shown and problem in shown
    assert "Usage" in shown and "/deal" in shown
    assert (count(store, Deal), count(store, Creator), count(store, Touchpoint)) == before


@pytest.mark.parametrize("name", ["김민지", "José Álvarez", "Nguyễn Thị Lan", "山田太郎"])
def test_names_in_any_script_are_kept_exactly(bot: SlackBot, store: Store, name: str) -> None:
    bot.reply_to(f"add {name} creator@example.com ¥80000 tiktok")
    with store.session() as session:
        assert session.exec(select(Creator.name)).one() == name
    assert name in message_text(bot.reply_to("list"))
    assert name in message_text(bot.reply_to(f"show {name}"))


def test_user_text_is_escaped_whenever_echoed(bot: SlackBot, store: Store) -> None:
    reply = bot.reply_to("add Tom & Jerry <b>Studio</b> tom@example.com")
    shown = message_text(reply)
    assert "Saved deal #1" in shown
    assert "<b>" not in shown and "Tom &amp; Jerry &lt;b&gt;Studio&lt;/b&gt;" in shown
    with store.session() as session:
        assert session.exec(select(Creator.name)).one() == "Tom & Jerry <b>Studio</b>"
    assert "<b>" not in message_text(bot.reply_to("list"))
    for text in ("add Bob <!channel> bob@example.com", "show <!here>", "heard <@U999> hi"):
        shown = message_text(bot.reply_to(text))
        assert "<!channel>" not in shown and "<!here>" not in shown and "<@U999>" not in shown
    assert count(store, Deal) == 1


def test_heard_contacted_stage_snooze_close(bot: SlackBot, store: Store, clock: FixedClock) -> None:
    bot.reply_to(f"add {JANE}")
    assert "Contracted" in message_text(bot.reply_to("stage @janedoe contracted"))
    (deal,) = deals(store)
    assert deal.awaiting_since == clock.now(), "a contract puts the ball with the creator"

    shown = message_text(bot.reply_to("heard Jane Doe via whatsapp she is filming on Friday"))
    assert "reset" in shown
    (deal,) = deals(store)
    assert deal.awaiting_since is None and deal.last_creator_reply_at == clock.now()
    with store.session() as session:
        touch = session.exec(select(Touchpoint)).one()
    assert (touch.direction, touch.channel, touch.excerpt) == (
        "in",
        "whatsapp",
        "she is filming on Friday",
    )

    from datetime import timedelta

    clock.advance(timedelta(hours=2))
    bot.reply_to("contacted #1 sent the brief")
    (deal,) = deals(store)
    assert deal.awaiting_since == clock.now()

    shown = message_text(bot.reply_to("snooze jane 3d"))
    assert "snoozed until" in shown
    (deal,) = deals(store)
    assert deal.snoozed_until == clock.now() + timedelta(days=3)

    assert "ghosted" in message_text(bot.reply_to("close #1 ghosted"))
    (deal,) = deals(store)
    assert deal.stage == Stage.ghosted and deal.closed_at == clock.now()
    assert "closed" in message_text(bot.reply_to("heard #1"))


def test_an_ambiguous_reference_lists_the_candidates(bot: SlackBot, store: Store) -> None:
    bot.reply_to("add Jane Doe jane@example.com")
    bot.reply_to("add Jane Smith smith@example.com")
    shown = message_text(bot.reply_to("show jane"))
    assert "matches 2 deals" in shown and "#1" in shown and "#2" in shown
    assert "Jane Smith" in message_text(bot.reply_to("show #2"))


def test_workspaces_cannot_see_or_change_each_others_deals(
    bot: SlackBot, store: Store, fake: FakeSlack
) -> None:
    bot.reply_to(f"add {JANE}", team=TEAM_A)
    (deal,) = deals(store)

    assert "no deal #1" in message_text(bot.reply_to("show #1", team=TEAM_B))
    assert "No deal matches" in message_text(bot.reply_to("show Jane Doe", team=TEAM_B))
    bot.reply_to("stage #1 ghosted", team=TEAM_B)
    bot.reply_to("heard #1", team=TEAM_B)
    assert "No deals yet" in message_text(bot.reply_to("list all", team=TEAM_B))

    url = fake.response_url()
    status, _ = bot.interact(edit_click(deal.id, team=TEAM_B, url=url))
    assert status == 200
    refused = fake.wait_for("response", where=lambda r: r["url"] == url)[0]
    assert "no longer exists" in message_text(refused)
    assert fake.calls_to("views.open") == []

    (after,) = deals(store)
    assert after.stage == Stage.negotiating and after.workspace_id == deal.workspace_id
    assert count(store, Touchpoint) == 0
    bot.reply_to(f"add {JANE}", team=TEAM_B)
    assert [d.number for d in deals(store)] == [1, 1], "each workspace numbers its own deals"


def edit_click(deal_id: int | None, *, team: str = TEAM_A, url: str = "") -> dict:
    return {
        "type": "block_actions",
        "team": {"id": team, "domain": team.lower()},
        "user": {"id": ALICE, "team_id": team},
        "api_app_id": "AGHOST",
        "trigger_id": "trigger-edit",
        "response_url": url,
        "channel": {"id": "CTEAM"},
        "container": {"type": "message", "is_ephemeral": True},
        "actions": [
            {"type": "button", "action_id": "deal_edit", "block_id": "b", "value": str(deal_id)}
        ],
    }


def test_forged_and_stale_requests_are_refused(bot: SlackBot, store: Store) -> None:
    from urllib.parse import urlencode

    from tests.slackbot import command_payload

    body = urlencode(command_payload(f"add {JANE}", url=bot.fake.response_url())).encode()
    forged, _ = bot.post(body, headers=signed_headers(body, secret="not-the-secret"))
    stale, _ = bot.post(body, headers=signed_headers(body, age=6 * 60))
    unsigned, _ = bot.post(body, headers={"X-Slack-Request-Timestamp": str(int(time.time()))})
    assert (forged, stale, unsigned) == (401, 401, 401)
    assert count(store, Deal) == 0


def test_health_check_answers_while_the_database_does(bot: SlackBot) -> None:
    assert bot.get("/healthz") == (200, b"ok\n")
    assert bot.get("/nowhere")[0] == 404


def test_add_without_text_opens_the_form_and_submitting_saves(
    bot: SlackBot, store: Store, fake: FakeSlack
) -> None:
    status, _ = bot.slash("add")
    assert status == 200
    opened = fake.wait_for("views.open")[0]
    view = opened["view"]
    assert view["callback_id"] == "deal_form" and opened["trigger_id"].startswith("trigger-")

    bad = submission(view, name="Lan", emails="lan@", fee="-5", publish_due="2020-01-01")
    status, body = bot.interact(bad)
    assert status == 200
    errors = json.loads(body)
    assert errors["response_action"] == "errors"
    assert set(errors["errors"]) == {"emails", "fee", "publish_due"}
    assert count(store, Deal) == 0

    good = submission(
        view,
        name="Nguyễn Thị Lan",
        emails="lan@example.vn",
        managers="Manager@Agency.com",
        handle="@lan.review",
        platform="tiktok",
        fee="15.000.000",
        currency="VND",
        stage="product_shipped",
        publish_due="2026-12-20",
    )
    status, body = bot.interact(good)
    assert status == 200 and body in (b"", b"{}")
    confirm = fake.wait_for("chat.postEphemeral")[0]
    assert confirm["user"] == ALICE and confirm["channel"] == "CTEAM"
    assert "Saved deal #1" in message_text(confirm)
    (deal,) = deals(store)
    assert (deal.fee_minor, deal.currency, deal.stage) == (15_000_000, "VND", "product_shipped")
    assert deal.awaiting_since is not None
    with store.session() as session:
        assert session.exec(select(Creator.name)).one() == "Nguyễn Thị Lan"
        assert sorted(session.exec(select(CreatorAddress.address, CreatorAddress.role))) == [
            ("Manager@agency.com", "manager"),
            ("lan@example.vn", "creator"),
        ]


def test_edit_button_prefills_the_form_and_saves_changes(
    bot: SlackBot, store: Store, fake: FakeSlack
) -> None:
    bot.reply_to(f"add {JANE} jnae@example.com")
    (deal,) = deals(store)
    status, _ = bot.interact(edit_click(deal.id, url=fake.response_url()))
    assert status == 200
    view = fake.wait_for("views.open")[0]["view"]
    name_input = next(b for b in view["blocks"] if b["block_id"] == "name")
    assert name_input["element"]["initial_value"] == "Jane Doe"
    assert json.loads(view["private_metadata"])["deal_id"] == deal.id

    status, _ = bot.interact(
        submission(
            view,
            name="Jane Q. Doe",
            emails="jane@example.com",
            managers="booking@talent.example",
            fee="$1,500",
            currency="USD",
            stage="contracted",
            publish_due="2026-12-18",
        )
    )
    assert status == 200
    assert "updated" in message_text(fake.wait_for("chat.postEphemeral")[0])
    with store.session() as session:
        assert sorted(session.exec(select(CreatorAddress.address))) == [
            "booking@talent.example",
            "jane@example.com",
        ]
    (after,) = deals(store)
    assert (after.fee_minor, after.stage, after.publish_due) == (
        150000,
        "contracted",
        date(2026, 12, 18),
    )


def submission(view: dict, **fields: object) -> dict:
    """A view_submission payload carrying `fields` in the form's state, as Slack builds it.

    Inputs not named keep their initial values, as they would in Slack.
    """
    values: dict = {}
    for block in view["blocks"]:
        if block["type"] != "input":
            continue
        element = block["element"]
        kind = element["type"]
        value = fields.get(block["block_id"])
        if kind in ("static_select", "radio_buttons"):
            chosen = {"value": value} if value else element.get("initial_option")
            state = {"type": kind, "selected_option": chosen}
        elif kind == "checkboxes":
            chosen = [{"value": v} for v in value] if value is not None else None
            state = {"type": kind, "selected_options": chosen or element.get("initial_options")}
        elif kind == "datepicker":
            state = {"type": kind, "selected_date": value}
        elif kind == "timepicker":
            state = {"type": kind, "selected_time": value or element.get("initial_time")}
        elif kind == "users_select":
            state = {"type": kind, "selected_user": value or element.get("initial_user")}
        elif kind == "multi_users_select":
            state = {"type": kind, "selected_users": value or element.get("initial_users", [])}
        elif kind == "conversations_select":
            state = {
                "type": kind,
                "selected_conversation": value or element.get("initial_conversation"),
            }
        else:
            state = {
                "type": kind,
                "value": value if value is not None else element.get("initial_value"),
            }
        values[block["block_id"]] = {block["block_id"]: state}
    return {
        "type": "view_submission",
        "team": {"id": TEAM_A, "domain": "t0001"},
        "user": {"id": ALICE, "team_id": TEAM_A},
        "api_app_id": "AGHOST",
        "trigger_id": "trigger-submit",
        "view": {**view, "id": "V123", "state": {"values": values}},
    }


def test_an_overdue_deal_can_still_be_edited(
    bot: SlackBot, store: Store, fake: FakeSlack, clock: FixedClock
) -> None:
    bot.reply_to("add Jane Doe jane@example.com due 2026-12-15")
    clock.advance(timedelta(days=20))
    (deal,) = deals(store)
    bot.interact(edit_click(deal.id, url=fake.response_url()))
    view = fake.wait_for("views.open")[0]["view"]
    status, body = bot.interact(
        submission(
            view,
            name="Jane Doe",
            emails="jane@example.com",
            currency="USD",
            stage="contracted",
            publish_due="2026-12-15",
        )
    )
    assert status == 200 and body in (b"", b"{}")
    (after,) = deals(store)
    assert after.stage == "contracted" and after.publish_due == date(2026, 12, 15)
