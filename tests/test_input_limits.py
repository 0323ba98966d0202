"""Quick syntax, form and command text at their limits: misreads, sub-minor and absurd amounts,
far-off dates, and characters a database refuses or that make a name spoof another."""

import json
from datetime import date

import pytest
from sqlmodel import select

from bot.core.dates import parse_date
from bot.core.errors import InputError
from bot.core.money import Money, parse_money
from bot.core.quickadd import parse_quick_add
from bot.core.typed import typed
from bot.store.engine import Store
from bot.store.models import Creator, Deal
from tests.fakeslack import FakeSlack
from tests.slackbot import SlackBot, message_text
from tests.test_slack_commands import count, submission

TODAY = date(2026, 12, 1)


def quick(text: str):
    return parse_quick_add(text, today=TODAY, day_first=True)


@pytest.mark.parametrize(
    "text",
    ["Jane due 2027-12-01T10:00", "Jane due 2027-12-01 10:00", "Jane 2027-12-01T10:00:30+02:00"],
)
def test_iso_date_times_are_their_date(text: str) -> None:
    deal = quick(text)
    assert (deal.name, deal.publish_due) == ("Jane", date(2027, 12, 1))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Jane $0.001", "less than the smallest USD amount, 0.01"),
        ("Jane 0.5 JPY", "less than the smallest JPY amount, 1"),
        ("Jane KWD 0.0005", "less than the smallest KWD amount, 0.001"),
        ("Jane $1e309", "no exponents, infinity or NaN"),
        ("Jane 2E5 EUR", "no exponents, infinity or NaN"),
        ("Jane $inf", "no exponents, infinity or NaN"),
        ("Jane NaN€", "no exponents, infinity or NaN"),
        ("Jane $" + "9" * 400, "fees go up to 1,000,000,000,000 USD"),
        ("Jane due 9999-12-31", '"9999-12-31" is more than 10 years ahead; give one by 2036-12-01'),
        ("Jane due Dec 31 2099", "more than 10 years ahead"),
        ("Jane 2040-01-01", "more than 10 years ahead"),
    ],
)
def test_amounts_and_dates_out_of_bounds_are_refused_with_the_reason(
    text: str, reason: str
) -> None:
    with pytest.raises(InputError, match=reason.replace("$", r"\$")):
        quick(text)


def test_minor_units_follow_cldr() -> None:
    assert parse_money("KWD 1.250") == Money(1250, "KWD")
    assert parse_money("¥1,500") == Money(1500, "JPY")
    assert parse_money("$0.01") == Money(1, "USD")
    assert quick("Nan Li $1,200").name == "Nan Li"  # a bare word that spells NaN is a name


def test_dates_within_the_horizon_still_read() -> None:
    assert parse_date("2036-12-01", TODAY, True) == date(2036, 12, 1)


def test_invisible_characters_are_dropped_and_controls_refused() -> None:
    assert typed("Ja\u200bne\u202e \u2066Doe\u2069\ufeff\u200d\u2060\u200c") == "Jane Doe"
    assert quick("Ja\u200bne \u202eDoe").name == "Jane Doe"
    for control in ("\x00", "\x1b", "\x7f", "\x85"):
        with pytest.raises(InputError, match="control characters"):
            typed(f"Ja{control}ne")


# --- through Slack and the database (SQLite and PostgreSQL) -------------------------------


def test_quick_syntax_limits_over_http(bot: SlackBot, store: Store) -> None:
    shown = message_text(bot.reply_to("add Jane jane@example.com due 2027-12-01T10:00"))
    assert "Saved deal #1" in shown
    with store.session() as session:
        assert session.exec(select(Deal.publish_due)).one() == date(2027, 12, 1)
    for text, reason in [
        ("add Lee $0.001", "less than the smallest USD amount"),
        ("add Lee $1e309", "no exponents"),
        ("add Lee due 9999-12-31", "more than 10 years ahead"),
        ("pay #1 $0.001", "less than the smallest USD amount"),
    ]:
        shown = message_text(bot.reply_to(text))
        assert ":warning:" in shown and reason in shown, text
    assert count(store, Deal) == 1


def test_names_lose_invisible_characters_when_saved(bot: SlackBot, store: Store) -> None:
    shown = message_text(bot.reply_to("add Ja\u200bne \u202eDoe\u2069 jane@example.com"))
    assert "Saved deal #1" in shown and "Jane Doe" in shown
    with store.session() as session:
        assert session.exec(select(Creator.name)).one() == "Jane Doe"
    assert "Jane Doe" in message_text(bot.reply_to("show Ja\u200bne\ufeff"))


@pytest.mark.parametrize("text", ["show Ja\x00ne", "show Ja\x1bne", "heard #1 hi\x00there"])
def test_a_control_character_in_a_reference_is_named(
    bot: SlackBot, store: Store, text: str
) -> None:
    bot.reply_to("add Jane jane@example.com")
    shown = message_text(bot.reply_to(text))
    assert "control characters" in shown and "nothing was saved" in shown
    assert "went wrong" not in shown


def test_the_form_applies_the_same_rules(bot: SlackBot, store: Store, fake: FakeSlack) -> None:
    bot.slash("add")
    view = fake.wait_for("views.open")[0]["view"]
    bad = submission(
        view,
        name="Ja\x00ne",
        emails="jane@example.com",
        fee="$0.001",
        currency="USD",
        publish_due="2099-01-01",
    )
    status, body = bot.interact(bad)
    errors = json.loads(body)["errors"]
    assert status == 200 and count(store, Deal) == 0
    assert "control characters" in errors["name"]
    assert "less than the smallest USD amount" in errors["fee"]
    assert "more than 10 years ahead" in errors["publish_due"]
    good = submission(view, name="\u202eJa\u200bne Doe", emails="jane@example.com", fee="1e3")
    status, body = bot.interact(good)
    assert "no exponents" in json.loads(body)["errors"]["fee"]
    good = submission(view, name="\u202eJa\u200bne Doe", emails="jane@example.com", fee="$1,200")
    status, body = bot.interact(good)
    assert status == 200 and body in (b"", b"{}")
    with store.session() as session:
        assert session.exec(select(Creator.name)).one() == "Jane Doe"
