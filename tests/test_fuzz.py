"""Generated text of every kind, into the parsers and through the real HTTP path.

Whatever is typed, the answer is a result or an InputError naming the problem: never another
exception, never a 5xx, never a traceback in the logs. Runs are derandomised with no example
database, so CI sees the same examples every time.
"""

import logging
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.dates import parse_date, parse_snooze
from bot.core.errors import InputError
from bot.core.money import find_money, parse_money
from bot.core.quickadd import parse_quick_add
from bot.core.typed import INVISIBLE
from bot.slack.listeners.errors import FAILURE
from tests.slackbot import SlackBot, message_text

TODAY = date(2026, 12, 1)
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)

# Words that steer the parsers into their corners: keywords, markers, odd numbers and dates.
TRICKY = [
    "due", "by", "draft", "publish", "deadline", "$", "€", "¥", "R$", "KWD", "JPY", "k",
    "$1e309", "1e5", "inf", "$inf", "nan", "NaN€", "-5", "$0", "$0.001", "0.001", "9" * 400,
    "1.2.3", "1,,2", "2026-02-30", "2026-13-01", "9999-12-31", "0000-01-01", "31/02",
    "2027-12-01T10:00", "2027-12-01T25:99", "Feb 29", "Dec 32", "tomorrow", "in 999 weeks",
    "@", "@@", "@jane", "a@b", "jöe@example.com", "jane@bücher.de", "mailto:", "https://",
    "youtube.com/@x", "country:", "country:ZZ", "lang:xx", "tz:Mars/Base", "whatsapp:",
    "manager:", "manager:x@y", "<@U1>", "<!here>", "&lt;", "\x00", "\x1b[31m", "\u202e",
    "\u200b", "\ufeff", "\u2066", "\r\n", "\t", "\u2028", "🧑‍💻", "#", "#0", "#99999999999",
]  # fmt: skip
words = st.one_of(
    st.sampled_from(TRICKY),
    st.text(st.characters(), min_size=1, max_size=12),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.dates().map(str),
)
texts = st.one_of(
    st.text(st.characters(), max_size=200),
    st.lists(words, max_size=12).map(" ".join),
    # Long token lists from the cheap words, so generating them stays fast.
    st.lists(st.sampled_from([*TRICKY, "Jane", "12", "May"]), min_size=100, max_size=300).map(
        " ".join
    ),
)
FUZZ = settings(max_examples=2000, deadline=None, derandomize=True, database=None)


def answered(call, *args, **kwargs) -> None:
    """A result, or an InputError whose message says something."""
    try:
        call(*args, **kwargs)
    except InputError as exc:
        assert str(exc).strip(), f"empty reason for {args!r}"


@FUZZ
@given(texts, st.booleans())
def test_quick_syntax_answers_everything(text: str, day_first: bool) -> None:
    answered(parse_quick_add, text, today=TODAY, day_first=day_first, default_currency="JPY")


@settings(max_examples=600, deadline=None, derandomize=True, database=None)
@given(texts)
def test_amounts_dates_and_snoozes_answer_everything(text: str) -> None:
    answered(parse_money, text, "KWD")
    answered(find_money, text.split(), "USD")
    answered(parse_date, text, TODAY, True)
    answered(parse_snooze, text, NOW, ZoneInfo("Asia/Tokyo"), False)


COMMANDS = ["add", "show", "heard", "contacted", "stage", "snooze", "close", "pause", "pay"]
COMMANDS += ["set", "list", "remind", "help", "digest", "nonsense"]
# Slack carries text as UTF-8 in a form: no lone surrogates.
slack_words = words.filter(lambda w: not any("\ud800" <= c <= "\udfff" for c in w))
slash_texts = st.tuples(st.sampled_from(COMMANDS), st.lists(slack_words, min_size=1, max_size=8))


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(command=slash_texts)
def test_slash_commands_over_http_always_answer_with_a_reason(
    bot: SlackBot, caplog: pytest.LogCaptureFixture, command: tuple[str, list[str]]
) -> None:
    name, args = command
    text = f"{name} {' '.join(args)}"
    seen = "".join(c for c in text if c not in INVISIBLE)
    if not seen.split()[1:] and name == "add":  # an empty add opens the form instead
        text = "add Jane"
    caplog.set_level(logging.DEBUG)
    reply = bot.reply_to(text)
    shown = message_text(reply)
    assert shown.strip() and FAILURE not in shown, text
    assert reply["response_type"] == "ephemeral"
    assert "Traceback" not in caplog.text
