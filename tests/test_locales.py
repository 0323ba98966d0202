"""A creator's country, language and time zone: typed in Slack, shown back, and the language
their reminders are written in."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from bot.core.clock import FixedClock
from bot.core.errors import InputError
from bot.core.locales import (
    language_for_country,
    parse_country,
    parse_language,
    parse_timezone,
    zone_for_country,
)
from bot.mail.reminders import make_writer
from bot.mail.send import OutboxMailer
from bot.store.engine import Store
from bot.store.models import Creator, Deal, Draft
from tests.fakeslack import FakeSlack
from tests.slackbot import ALICE, SlackBot, make_mail, message_text

SENDER = "Maria at Acme <maria@acme.example>"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("MX", "MX"), ("mx", "MX"), ("mexico", "MX"), ("MEX", "MX"), ("south_korea", "KR"),
     ("United-States", "US"), ("vietnam", "VN"), ("Brazil", "BR")],
)  # fmt: skip
def test_countries_by_code_or_english_name(typed: str, code: str) -> None:
    assert parse_country(typed) == code


@pytest.mark.parametrize("typed", ["atlantis", "xx", "", "Korea"])
def test_an_unknown_or_ambiguous_country_names_the_accepted_forms(typed: str) -> None:
    with pytest.raises(InputError, match=r"MX|KR"):
        parse_country(typed)


def test_languages_and_time_zones() -> None:
    assert [parse_language(t) for t in ("es", "spanish", "spa", "Japanese", "PT")] == [
        "es", "es", "es", "ja", "pt"
    ]  # fmt: skip
    assert parse_timezone("america/mexico_city") == "America/Mexico_City"
    for bad in ("klingon", "zz"):
        with pytest.raises(InputError, match="ISO 639-1"):
            parse_language(bad)
    with pytest.raises(InputError, match="IANA"):
        parse_timezone("Mars/Olympus")


def test_defaults_follow_the_country() -> None:
    assert [language_for_country(c) for c in ("MX", "BR", "JP", "KR", "VN", "ID", "FR")] == [
        "es", "pt", "ja", "ko", "vi", "id", "fr"
    ]  # fmt: skip
    assert zone_for_country("JP") == "Asia/Tokyo" and zone_for_country("VN") == "Asia/Ho_Chi_Minh"
    assert zone_for_country("MX") is None, "several zones: unknown"


@pytest.fixture
def mailbot(fake: FakeSlack, store: Store, clock: FixedClock, tmp_path: Path) -> SlackBot:
    writer = make_writer(mail_from=SENDER, company="Acme", templates_dir=None)
    mail = make_mail(store, clock, OutboxMailer(tmp_path), sender=SENDER, writer=writer)
    bot = SlackBot(fake, store, clock, mail=mail)
    yield bot
    bot.close()
    assert fake.invalid_calls() == []


def creator(store: Store, name: str) -> Creator:
    with store.session() as session:
        return session.exec(select(Creator).where(Creator.name == name)).one()


def draft_language(store: Store, name: str) -> str:
    with store.session() as session:
        found = session.exec(
            select(Draft)
            .join(Deal, Deal.id == Draft.deal_id)
            .join(Creator)
            .where(Creator.name == name)
        ).one()
    return found.language


def test_quick_syntax_sets_them_and_reminders_follow(mailbot: SlackBot, store: Store) -> None:
    shown = message_text(mailbot.reply_to("add Ana Ruiz ana@example.com $900 country:MX"))
    assert "Mexico · Spanish (from their country)" in shown
    mailbot.reply_to("add Kenji Sato kenji@example.jp lang:ja tz:asia/tokyo")
    mailbot.reply_to("add Bo Lee bo@example.com")
    for name in ("Ana Ruiz", "Kenji Sato", "Bo Lee"):
        assert "Drafted a level 1 reminder" in message_text(mailbot.reply_to(f"remind {name}"))
    assert [draft_language(store, n) for n in ("Ana Ruiz", "Kenji Sato", "Bo Lee")] == [
        "es", "ja", "en"
    ]  # fmt: skip
    kenji = creator(store, "Kenji Sato")
    assert (kenji.language, kenji.language_source, kenji.timezone) == ("ja", "team", "Asia/Tokyo")


def test_set_changes_them_and_the_card_shows_their_time(
    mailbot: SlackBot, store: Store, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 12, 1, 14, 40, tzinfo=UTC))
    mailbot.reply_to("add Ana Ruiz ana@example.com country:MX")
    shown = message_text(mailbot.reply_to("set Ana Ruiz tz:America/Mexico_City lang:pt"))
    assert "their time now: 08:40 (America/Mexico_City)" in shown
    assert "Portuguese" in shown and "from their country" not in shown
    card = message_text(mailbot.reply_to("show Ana Ruiz"))
    assert "Mexico · Portuguese" in card and "their time now: 08:40" in card


@pytest.mark.parse_only
@pytest.mark.parametrize(
    ("command", "problem"),
    [
        ("add Ana Ruiz ana@example.com country:atlantis", '"atlantis" is not a country'),
        ("add Ana Ruiz ana@example.com lang:klingon", "ISO 639-1"),
        ("add Ana Ruiz ana@example.com tz:Mars/Olympus", "IANA time zone"),
        ("add Ana Ruiz country:MX country:BR", "two values for country"),
        ("set Ana Ruiz", "at least one of country:, lang:, tz:, manager:"),
        ("set country:MX", "Say which deal"),
    ],
)
def test_bad_values_are_named_with_the_usage_and_nothing_is_saved(
    mailbot: SlackBot, store: Store, command: str, problem: str
) -> None:
    reply = mailbot.reply_to(command)
    assert reply["response_type"] == "ephemeral"
    shown = message_text(reply)
    assert problem in shown and "/deal" in shown
    with store.session() as session:
        assert session.exec(select(Creator)).all() == []


def test_the_form_searches_countries_languages_and_zones_and_saves_them(
    bot: SlackBot, store: Store, fake: FakeSlack, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 12, 1, 14, 40, tzinfo=UTC))
    bot.slash("add")
    fake.wait_for("views.open")
    (view_id,) = fake.views
    typed = {"country_pick": "mex", "language_pick": "span", "timezone_pick": "mexico"}
    found = {}
    for action_id, text in typed.items():
        status, body = bot.interact(fake.suggest(view_id, action_id, text, user_id=ALICE))
        assert status == 200
        found[action_id] = [o["value"] for o in json.loads(body)["options"]]
    assert found["country_pick"] == ["MX"] and found["language_pick"][0] == "es"
    assert "America/Mexico_City" in found["timezone_pick"]
    status, body = bot.interact(fake.suggest(view_id, "country_pick", "", user_id=ALICE))
    assert len(json.loads(body)["options"]) == 100, "Slack's limit, the usual markets first"

    picked = {"name": "Ana Ruiz", "emails": "ana@example.com", "country_pick": "MX",
              "language_pick": "es", "timezone_pick": "America/Mexico_City"}  # fmt: skip
    status, _ = bot.interact(fake.submit_view(view_id, picked, user_id=ALICE))
    assert status == 200
    fake.wait_for("chat.postEphemeral")
    ana = creator(store, "Ana Ruiz")
    assert (ana.country, ana.language, ana.language_source, ana.timezone) == (
        "MX", "es", "team", "America/Mexico_City"
    )  # fmt: skip
    card = message_text(bot.reply_to("show Ana Ruiz"))
    assert "Mexico · Spanish" in card and "their time now: 08:40" in card


def test_a_forged_form_value_is_refused_by_field(
    bot: SlackBot, store: Store, fake: FakeSlack
) -> None:
    bot.slash("add")
    fake.wait_for("views.open")
    (view_id,) = fake.views
    forged = {"name": "Ana Ruiz", "country_pick": "ZZ", "timezone_pick": "Mars/Olympus"}
    _, body = bot.interact(fake.submit_view(view_id, forged, user_id=ALICE))
    errors = json.loads(body)["errors"]
    assert set(errors) == {"country", "timezone"}
    with store.session() as session:
        assert session.exec(select(Creator)).all() == []


def test_messaging_apps_and_a_manager_are_typed_the_same_way(
    mailbot: SlackBot, store: Store
) -> None:
    mailbot.reply_to("add Lan Nguyen lan@example.vn country:vn zalo:+84901234567")
    shown = message_text(
        mailbot.reply_to("set Lan Nguyen wa:+84-90-123-4567 manager:Booking@LanAgency.vn")
    )
    assert "zalo +84901234567" in shown and "whatsapp +84-90-123-4567" in shown
    assert "manager Booking@lanagency.vn" in shown
    lan = creator(store, "Lan Nguyen")
    assert lan.contacts == {"zalo": "+84901234567", "whatsapp": "+84-90-123-4567"}
    assert lan.timezone is None and lan.country == "VN"
    bad = message_text(mailbot.reply_to("set Lan Nguyen whatsapp:+84 manager:nobody"))
    assert '"nobody" after manager: is not an email address' in bad
