"""Slash command text as Slack sends it, read back as typed."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.slack.blocks.text import escape
from bot.slack.typed_text import as_typed


@given(st.text())
def test_whatever_was_typed_comes_back_once_decoded(typed: str) -> None:
    assert as_typed(escape(typed)) == typed


@pytest.mark.parametrize(
    ("sent", "typed"),
    [
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("&lt;3 &gt; 2", "<3 > 2"),
        ("&amp;lt;b&amp;gt;", "&lt;b&gt;"),
        ("Jane <mailto:jane@example.com|jane@example.com>", "Jane jane@example.com"),
        ("<mailto:a@b.co?subject=hi|a@b.co>", "a@b.co"),
        ("<https://x.com/a?b=1&amp;c=2|x.com/a?b=1&amp;c=2> &amp;", "https://x.com/a?b=1&c=2 &"),
        ("<https://www.youtube.com/@jd>", "https://www.youtube.com/@jd"),
        ("talked to <@U123|bob> in <#C42|general> &amp; <!here>", None),
        ("&lt;@U999&gt;", "<@U999>"),
    ],
)
def test_links_unwrap_mentions_stay_and_entities_decode(sent: str, typed: str | None) -> None:
    expected = typed if typed is not None else "talked to <@U123|bob> in <#C42|general> & <!here>"
    assert as_typed(sent) == expected
