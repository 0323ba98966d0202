"""Block Kit builders are pure: their output is checked against Slack's rules, no Slack needed."""

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from bot.core.board import Board
from bot.core.commands import Added, Listing, Problem
from bot.core.money import Money
from bot.core.views import DealView
from bot.slack.blocks.form import deal_form
from bot.slack.blocks.home import home_view
from bot.slack.blocks.replies import pack_lines, render
from bot.slack.blocks.text import escape
from bot.store.models import Stage
from tests.fakeslack import message_problems, view_problems
from tests.slackbot import message_text

AT = datetime(2026, 12, 1, 10, tzinfo=UTC)


def view(number: int, name: str = "Jane Doe", **extra) -> DealView:
    fields = dict(
        id=number,
        number=number,
        creator_name=name,
        stage=Stage.product_shipped,
        owner_id="UALICE",
        handles=(("youtube", f"creator{number}"),),
        emails=(f"c{number}@example.com",),
        fee=Money(120000, "USD"),
        awaiting_since=AT,
        publish_due=date(2026, 12, 15),
    )
    return DealView(**{**fields, **extra})


def test_a_long_list_stays_within_slacks_limits_and_says_what_it_left_out() -> None:
    deals = [view(n, "Nguyễn Thị Lan " * 3) for n in range(1, 101)]
    message = render(Listing("active", deals, 640, "UTC"))
    assert message_problems(message) is None
    text = message_text(message)
    assert "(640)" in text and "of 640" in text


def test_user_text_cannot_mention_or_link() -> None:
    evil = "<!channel> <@U1|x> <https://evil.example|click> & co"
    message = render(Added(view(1, evil, notes=evil, campaign=evil), False, "UTC"), AT)
    assert message_problems(message) is None
    assert "<!channel>" not in message_text(message)
    assert "<https://evil" not in message_text(message)
    problem = render(Problem(f'"{evil}" is not a stage.', "`/deal stage`"))
    assert "<!channel>" not in message_text(problem)


@given(st.text())
def test_escape_leaves_no_control_characters(text: str) -> None:
    assert not {"<", ">"} & set(escape(text))
    assert escape(text).replace("&amp;", "").count("&") == (
        escape(text).count("&lt;") + escape(text).count("&gt;")
    )


def test_pack_lines_respects_the_limit() -> None:
    chunks = pack_lines(["x" * 1000] * 10 + ["y" * 5000])
    assert all(len(c) <= 3000 for c in chunks)
    assert sum(c.count("x") for c in chunks) == 10_000


def test_forms_and_home_are_valid_views() -> None:
    add = deal_form(metadata="{}", currency="EUR", owner_id="UALICE")
    edit = deal_form(metadata="{}", currency="EUR", owner_id="UALICE", deal=view(7, notes="n"))
    assert view_problems(add) == [] and view_problems(edit) == []
    board = Board(
        mine=[view(n) for n in range(15)],
        silent=[view(n) for n in range(15)],
        silent_total=90,
        by_stage={s: 3 for s in Stage},
        at_stake=[Money(100, "USD"), Money(5, "JPY")],
    )
    home = home_view(board)
    assert view_problems(home) == []
    assert "And 75 more" in message_text(home)
