"""Block Kit builders are pure: their output is checked against Slack's rules, no Slack needed."""

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import bot.slack.blocks as blocks
from bot.core.board import Board
from bot.core.commands import Added, Listing, Problem
from bot.core.deals import parse_channel
from bot.core.digest import Digest, Entry
from bot.core.enums import Stage
from bot.core.money import Money
from bot.core.views import DealView
from bot.slack.blocks.digest import digest_pages, entry_text, mark_entry
from bot.slack.blocks.escalation import escalation_message
from bot.slack.blocks.form import deal_form
from bot.slack.blocks.home import home_view
from bot.slack.blocks.plaintext import mrkdwn_to_text, to_text
from bot.slack.blocks.replies import pack_lines, render
from bot.slack.blocks.text import escape
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
        digest=digest_of(90),
        by_stage={s: 3 for s in Stage},
        at_stake=[Money(100, "USD"), Money(5, "JPY")],
    )
    home = home_view(board)
    assert view_problems(home) == []
    assert "And 65 more" in message_text(home)


def digest_of(count: int, name: str = "Nguyễn Thị Lan") -> Digest:
    entries = [
        Entry(
            id=n,
            number=n,
            creator_id=n,
            creator_name=f"{name} {n}",
            handles=(("youtube", f"creator{n}"),),
            stage=Stage.product_shipped,
            owner_id="UALICE",
            fee=Money(120000, "USD"),
            paid=Money(24000, "USD"),
            level=1 + n % 5,
            silent_days=3 + n % 12,
            reason="silent",
            next_step="Send a friendly check-in.",
            deadline=("publish", date(2026, 12, 15)),
            deadline_passed=n % 2 == 0,
        )
        for n in range(1, count + 1)
    ]
    return Digest(
        date(2026, 12, 1),
        "UTC",
        entries,
        waiting=4,
        held=2,
        paid=[Money(24000 * count, "USD")],
        at_stake=[Money(120000 * count, "USD")],
    )


def test_a_large_digest_keeps_every_deal_within_slacks_limits() -> None:
    pages = digest_pages(digest_of(600))
    assert len(pages) > 1
    for page in pages:
        assert message_problems(page) is None, message_problems(page)
    shown = "\n".join(message_text(p) for p in pages)
    for n in range(1, 601):
        assert f"#{n} · Nguyễn Thị Lan {n}*" in shown
    first = message_text(pages[0])
    assert "600 silent creators" in first and "$144,000" in first and "$720,000" in first
    assert pages[1]["text"].startswith("Digest continued (2/")


def test_nobody_silent_gets_a_line_or_nothing() -> None:
    empty = Digest(date(2026, 12, 1), "UTC", [], waiting=0, held=0, paid=[], at_stake=[])
    assert "All creators answered" in message_text(digest_pages(empty)[0])
    assert digest_pages(empty, quiet="nothing") == []


def test_an_entry_says_why_it_is_listed_once() -> None:
    entry = next(e for e in digest_of(2).entries if e.deadline_passed)
    assert f"silent {entry.silent_days} working days" in entry_text(entry)
    late = replace(entry, silent_days=0, reason="publish deadline 2026-12-15 passed")
    text = entry_text(late)
    assert "deadline 2026-12-15 passed" not in text
    assert "publish due Tue 15 Dec 2026 — *passed*" in text
    undated = replace(late, deadline=None)
    assert "publish deadline 2026-12-15 passed" in entry_text(undated)


def test_a_click_replaces_only_that_deals_buttons() -> None:
    (page, *_) = digest_pages(digest_of(3))
    marked = mark_entry(page["blocks"], 2, "done by <@U1>")
    assert message_problems({"text": "x", "blocks": marked}) is None
    actions = {b["block_id"]: b["elements"] for b in marked if b["type"] == "actions"}
    assert [e["action_id"] for e in actions["digest_actions:2"]] == ["digest_open:2"]
    assert len(actions["digest_actions:1"]) == len(actions["digest_actions:3"]) == 4
    again = message_text({"blocks": mark_entry(marked, 2, "changed again")})
    assert "changed again" in again and "done by" not in again
    assert len(marked) == len(page["blocks"])


def test_terminal_rendering_reads_like_slack() -> None:
    text = to_text(digest_pages(digest_of(2))[0], {"UALICE": "alice"})
    assert "Silent creators · Tue 1 Dec 2026" in text and "@alice" in text
    assert "[Draft reminder] [They replied] [Snooze 2 days] [Open]" in text
    assert "<" not in text and "*" not in text


def test_every_emoji_the_builders_use_reads_in_the_terminal() -> None:
    """Previews and the demo turn Slack's emoji codes into emoji; none is left as `:code:`."""
    used = {
        code
        for source in Path(blocks.__file__).parent.glob("*.py")
        for code in re.findall(r":[a-z_]+:", source.read_text())
    }
    assert used, "the builders use emoji codes"
    assert {code for code in used if mrkdwn_to_text(code) == code} == set()


def test_a_level_post_suggests_logging_a_reply_where_the_creator_is_likely_to_answer() -> None:
    def heard(**extra) -> str:
        text = message_text(escalation_message(view(7, **extra), 2, "silent 5 days", "DM them."))
        return re.findall(r"`(/deal heard [^`]*)`", text)[0]

    assert heard(country="KR") == "/deal heard #7 via kakaotalk"
    assert heard(country="KR", contacts={"line": "minji"}) == "/deal heard #7 via line"
    assert heard(country="VN") == "/deal heard #7 via zalo"
    assert heard(country="BR") == "/deal heard #7 via whatsapp"
    assert heard() == "/deal heard #7 via whatsapp"
    # Whatever it suggests, the command understands.
    for country in ("KR", "VN", "CN", "JP", "TH", "FR", None):
        assert parse_channel(heard(country=country).rsplit(" ", 1)[1])
