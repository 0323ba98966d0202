"""Slack sends `&`, `<` and `>` as entities in slash command text: every command reads what was
typed, stores it once decoded and shows it escaped exactly once."""

import pytest
from sqlmodel import select

from bot.store.engine import Store
from bot.store.models import Creator, Deal, Touchpoint
from tests.fakeslack import FakeSlack
from tests.slackbot import SlackBot, message_text
from tests.test_slack_commands import submission

# What Slack sends for `/deal add Tom & Jerry <Studio> tom@example.com`.
ADD = "add Tom &amp; Jerry &lt;Studio&gt; <mailto:tom@example.com|tom@example.com>"
NAME = "Tom & Jerry <Studio>"
SENT_NAME = "Tom &amp; Jerry &lt;Studio&gt;"


def added(bot: SlackBot) -> None:
    assert "Saved deal #1" in message_text(bot.reply_to(ADD))


def test_a_name_with_entities_is_stored_as_typed(bot: SlackBot, store: Store) -> None:
    added(bot)
    with store.session() as session:
        assert session.exec(select(Creator.name)).one() == NAME


@pytest.mark.parametrize("ref", [SENT_NAME, "tom &amp; jerry", "Jerry &lt;Studio&gt;"])
def test_show_finds_the_deal_by_its_name_as_slack_sends_it(bot: SlackBot, ref: str) -> None:
    added(bot)
    shown = message_text(bot.reply_to(f"show {ref}"))
    assert "No deal matches" not in shown and "#1" in shown
    assert SENT_NAME in shown, "the name is escaped once"
    assert "&amp;amp;" not in shown and "&amp;lt;" not in shown and "<Studio>" not in shown


def test_snooze_stage_and_close_take_the_name(bot: SlackBot, store: Store) -> None:
    added(bot)
    assert "snoozed until" in message_text(bot.reply_to(f"snooze {SENT_NAME} 3d"))
    assert "Contracted" in message_text(bot.reply_to(f"stage {SENT_NAME} contracted"))
    assert "cancelled" in message_text(bot.reply_to(f"close {SENT_NAME} cancelled"))
    with store.session() as session:
        deal = session.exec(select(Deal)).one()
    assert deal.snoozed_until is not None and deal.stage == "cancelled"


@pytest.mark.parametrize(
    ("command", "direction"),
    [("heard", "in"), ("contacted", "out")],
)
def test_a_note_is_stored_once_decoded_and_shown_escaped_once(
    bot: SlackBot, store: Store, command: str, direction: str
) -> None:
    added(bot)
    # `/deal heard Tom & Jerry <Studio> via dm "A & B" <3 -> see &lt; it`
    note_sent = "&quot;A &amp; B&quot; &lt;3 -&gt; see &amp;lt; it"
    reply = message_text(bot.reply_to(f"{command} {SENT_NAME} via dm {note_sent}"))
    assert "Logged" in reply and "Tom &amp; Jerry &lt;Studio&gt;" in reply
    with store.session() as session:
        touch = session.exec(select(Touchpoint).where(Touchpoint.channel == "dm")).one()
    assert touch.direction == direction
    assert touch.excerpt == "&quot;A & B&quot; <3 -> see &lt; it"
    shown = message_text(bot.reply_to("show #1"))
    assert "&amp;quot;A &amp; B&amp;quot; &lt;3 -&gt; see &amp;lt; it" in shown
    assert "&amp;amp;" not in shown and "<3" not in shown


def test_a_note_without_via_is_decoded_too(bot: SlackBot, store: Store) -> None:
    added(bot)
    bot.reply_to("heard #1 she&#39;s in &amp; filming")
    with store.session() as session:
        touch = session.exec(select(Touchpoint).where(Touchpoint.direction == "in")).one()
    assert touch.excerpt == "she&#39;s in & filming"


def test_a_slack_mention_is_still_refused_as_a_handle(bot: SlackBot, store: Store) -> None:
    shown = message_text(bot.reply_to("add Bob <@U123ABC|bob> bob@example.com"))
    assert "Slack mention" in shown and "<@U123ABC" not in shown
    with store.session() as session:
        assert session.exec(select(Creator)).all() == []


def test_links_in_quick_syntax_still_unwrap(bot: SlackBot, store: Store) -> None:
    reply = bot.reply_to(
        "add Ana &amp; Co <https://www.youtube.com/@anaco|youtube.com/@anaco> "
        "<mailto:ana@example.com|ana@example.com>"
    )
    assert "Saved deal #1" in message_text(reply)
    with store.session() as session:
        assert session.exec(select(Creator.name)).one() == "Ana & Co"


def test_form_inputs_arrive_unescaped_and_are_kept_as_they_are(
    bot: SlackBot, store: Store, fake: FakeSlack
) -> None:
    """Slack does not escape what is typed into a modal: `&amp;` typed there stays `&amp;`."""
    assert bot.slash("add")[0] == 200
    view = fake.wait_for("views.open")[0]["view"]
    status, _ = bot.interact(
        submission(view, name="Tom & Jerry &amp; <Co>", emails="tom@example.com")
    )
    assert status == 200
    fake.wait_for("chat.postEphemeral")
    with store.session() as session:
        assert session.exec(select(Creator.name)).one() == "Tom & Jerry &amp; <Co>"
    shown = message_text(bot.reply_to("show #1"))
    assert "Tom &amp; Jerry &amp;amp; &lt;Co&gt;" in shown
