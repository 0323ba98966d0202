from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bot.core.errors import InputError
from bot.core.money import Money
from bot.core.quickadd import PLATFORM_ALIASES, QuickDeal, parse_quick_add
from bot.slack.typed_text import as_typed

TODAY = date(2026, 3, 10)


def parse(text: str, day_first: bool = True, currency: str = "USD") -> QuickDeal:
    return parse_quick_add(text, today=TODAY, day_first=day_first, default_currency=currency)


def test_the_documented_example() -> None:
    deal = parse("Jane Doe jane@example.com $1,200 due 2026-12-15 youtube @janedoe")
    assert deal == QuickDeal(
        name="Jane Doe",
        emails=("jane@example.com",),
        fee=Money(120000, "USD"),
        publish_due=date(2026, 12, 15),
        draft_due=None,
        platform="youtube",
        handle="janedoe",
    )


def test_pieces_in_any_order() -> None:
    deal = parse("@janedoe youtube due 2026-12-15 $1,200 Jane jane@example.com Doe")
    assert deal == parse("Jane Doe jane@example.com $1,200 due 2026-12-15 youtube @janedoe")


def test_name_only() -> None:
    assert parse("Jane Doe") == QuickDeal("Jane Doe", (), None, None, None, None, None)


@pytest.mark.parametrize(
    "name", ["김민지", "José", "Nguyễn Thị Lan", "山田太郎", "O'Brien", "Zoë-Ann", "محمد علي"]
)
def test_names_in_any_script_are_kept_exactly(name: str) -> None:
    assert parse(f"{name} minji@example.com ₩1,500,000 tiktok").name == name


def test_whitespace_in_names_is_collapsed() -> None:
    assert parse("  Jane \t  Doe  jane@example.com ").name == "Jane Doe"


@pytest.mark.parametrize("name", ["June", "May Tan", "April Lee", "Sun Li", "Jan Novak"])
def test_month_and_weekday_words_without_a_keyword_are_names(name: str) -> None:
    deal = parse(f"{name} $500")
    assert (deal.name, deal.publish_due) == (name, None)


def test_emails_are_normalised_and_deduplicated() -> None:
    deal = parse(
        "Jane Jane.Doe@Example.COM mgr@agency.co.uk jane.doe@example.com, mgr@AGENCY.co.uk"
    )
    assert deal.emails == ("Jane.Doe@example.com", "mgr@agency.co.uk")


def test_slack_formatting_is_unwrapped() -> None:
    text = (
        "Jane <mailto:jane@example.com|jane@example.com> "
        "<https://www.youtube.com/@janedoe|youtube.com/@janedoe> Tom &amp; Co &lt;3"
    )
    deal = parse(as_typed(text))
    assert deal.emails == ("jane@example.com",)
    assert (deal.platform, deal.handle) == ("youtube", "janedoe")
    assert deal.name == "Jane Tom & Co <3"
    assert parse(as_typed("Jane <https://www.tiktok.com/@jd>")).handle == "jd"


@pytest.mark.parametrize(
    ("url", "platform", "handle"),
    [
        ("https://www.youtube.com/@janedoe", "youtube", "janedoe"),
        ("https://youtube.com/@janedoe/videos", "youtube", "janedoe"),
        ("https://m.youtube.com/c/JaneDoe", "youtube", "JaneDoe"),
        ("https://www.youtube.com/channel/UCabc123", "youtube", "UCabc123"),
        ("https://www.youtube.com/@%EA%B9%80%EB%AF%BC%EC%A7%80", "youtube", "김민지"),
        ("tiktok.com/@x", "tiktok", "x"),
        ("https://www.tiktok.com/@jane.doe?lang=en", "tiktok", "jane.doe"),
        ("instagram.com/x/", "instagram", "x"),
        ("https://www.instagram.com/jane_doe/?hl=en", "instagram", "jane_doe"),
        ("https://twitch.tv/janedoe", "twitch", "janedoe"),
        ("https://x.com/janedoe", "x", "janedoe"),
        ("https://twitter.com/janedoe", "x", "janedoe"),
        ("https://www.facebook.com/jane.doe", "facebook", "jane.doe"),
        ("https://www.snapchat.com/add/janedoe", "snapchat", "janedoe"),
        ("https://kick.com/janedoe", "kick", "janedoe"),
        ("https://space.bilibili.com/123456", "bilibili", "123456"),
        ("https://www.xiaohongshu.com/user/profile/5f1a2b", "xiaohongshu", "5f1a2b"),
    ],
)
def test_profile_urls(url: str, platform: str, handle: str) -> None:
    deal = parse(f"Jane {url}")
    assert (deal.name, deal.platform, deal.handle) == ("Jane", platform, handle)


def test_bare_site_link_gives_platform_only() -> None:
    deal = parse(as_typed("Jane <http://youtube.com|youtube.com>"))
    assert (deal.platform, deal.handle) == ("youtube", None)


@pytest.mark.parametrize("alias", sorted(PLATFORM_ALIASES))
def test_platform_aliases(alias: str) -> None:
    deal = parse(f"Jane {alias.upper()}")
    assert (deal.name, deal.platform) == ("Jane", PLATFORM_ALIASES[alias])


def test_a_lone_x_is_part_of_the_name() -> None:
    deal = parse("Malcolm X")
    assert (deal.name, deal.platform) == ("Malcolm X", None)


def test_handle_matching_the_url_is_fine() -> None:
    deal = parse("Jane https://www.tiktok.com/@JaneDoe @janedoe tiktok")
    assert (deal.platform, deal.handle) == ("tiktok", "JaneDoe")


@pytest.mark.parametrize(
    ("text", "publish", "draft"),
    [
        ("Jane due Dec 15 2026", date(2026, 12, 15), None),
        ("Jane due 15 Dec", date(2026, 12, 15), None),
        ("Jane due 2026-12-15", date(2026, 12, 15), None),
        ("Jane by fri", date(2026, 3, 13), None),
        ("Jane deadline in 2 weeks", date(2026, 3, 24), None),
        ("Jane publish tomorrow", date(2026, 3, 11), None),
        ("Jane due: 15/12/2026", date(2026, 12, 15), None),
        ("Jane 15/12/2026", date(2026, 12, 15), None),
        ("Jane 2026-12-15", date(2026, 12, 15), None),
        ("Jane draft Dec 1 due Dec 15", date(2026, 12, 15), date(2026, 12, 1)),
        ("Jane draft due Dec 1", None, date(2026, 12, 1)),
        ("Jane Draft by 2026-06-01 2026-12-15", date(2026, 12, 15), date(2026, 6, 1)),
        ("Jane due Dec 15 1200", date(2026, 12, 15), None),
        ("Jane due Dec 15 2026 youtube", date(2026, 12, 15), None),
        ("Jane due Dec 15, $500", date(2026, 12, 15), None),
    ],
)
def test_dates(text: str, publish: date | None, draft: date | None) -> None:
    deal = parse(text)
    assert (deal.name, deal.publish_due, deal.draft_due) == ("Jane", publish, draft)


def test_numeric_date_follows_day_first() -> None:
    assert parse("Jane 05/06/2026", day_first=True).publish_due == date(2026, 6, 5)
    assert parse("Jane 05/06/2026", day_first=False).publish_due == date(2026, 5, 6)


def test_keyword_date_leaves_the_rest_alone() -> None:
    deal = parse("Jane due Dec 15 1200")
    assert deal.fee == Money(120000, "USD")


def test_fee_variants() -> None:
    assert parse("Ana R$ 2.500").fee == Money(250000, "BRL")
    assert parse("Ana 1,5k €").fee == Money(150000, "EUR")
    assert parse("Ana 900", currency="GBP").fee == Money(90000, "GBP")
    assert parse("Studio 54 $1,200").name == "Studio 54"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "couldn't find the creator's name"),
        ("jane@example.com $1,200 due 2026-12-15", "couldn't find the creator's name"),
        ("@janedoe youtube", "couldn't find the creator's name"),
        ("Jane jane@", '"jane@" doesn\'t look like an e-mail'),
        ("Jane a@b", '"a@b" doesn\'t look like an e-mail'),
        ("Jane jane@@example.com", "doesn't look like an e-mail"),
        ("Jane $100 €200", 'two different fees, "\\$100" and "€200"'),
        ("Jane due 2026-12-15 2026-12-20", "two publish dates"),
        ("Jane due Dec 15 by Dec 20", "two publish dates"),
        ("Jane draft Dec 1 draft Dec 2", "two draft dates"),
        ("Jane due", 'date after "due"'),
        ("Jane due soon", 'date after "due"'),
        ("Jane draft due next-ish", 'date after "draft due"'),
        ("Jane by May", 'date after "by"'),
        ("Jane due 2025-12-15", "publish date Mon 15 Dec 2025 is in the past"),
        ("Jane draft 1/1/2026", "draft date Thu 1 Jan 2026 is in the past"),
        ("Jane 32/13/2026", 'I couldn\'t read "32/13/2026" as a date'),
        ("J" * 81, "81 characters; keep it to 80"),
        ("Jane\x00Doe", "control characters"),
        ("Jane\x1b[31m", "control characters"),
        ("Jane @a @b", "two handles, @a and @b"),
        ("Jane @jane! ", "isn't a handle"),
        ("Jane @", "isn't a handle"),
        ("Jane youtube tiktok", "two platforms, youtube and tiktok"),
        ("Jane https://example.com/jane", 'know the site in "https://example.com/jane"'),
        ("Jane https://www.youtube.com/watch?v=abc", "couldn't find a profile"),
        ("Jane https://www.instagram.com/p/abc/", "couldn't find a profile"),
        ("Jane ¥10.5", "JPY takes no decimals"),
        ("Jane -500", "negative"),
        ("Jane <@U123ABC|jane>", 'Slack mention "<@U123ABC|jane>"'),
    ],
)
def test_errors(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse(text)


def test_name_of_exactly_80_characters_is_fine() -> None:
    assert parse("J" * 80).name == "J" * 80


def test_newlines_and_tabs_count_as_spaces() -> None:
    assert parse("Jane\tDoe\njane@example.com").name == "Jane Doe"


words = st.text(
    alphabet=st.characters(categories=("Lu", "Ll", "Lo"), min_codepoint=0x80),
    min_size=1,
    max_size=10,
)
emails = st.from_regex(
    r"[A-Za-z0-9]{1,8}([._+-][A-Za-z0-9]{1,8}){0,2}@[a-z0-9]{1,10}\.(com|org|co\.uk|io)",
    fullmatch=True,
)


@given(st.lists(words, min_size=1, max_size=4), emails, st.data())
def test_non_ascii_names_survive_any_order(
    parts: list[str], email: str, data: st.DataObject
) -> None:
    assume(not any(p.lower() in PLATFORM_ALIASES for p in parts))
    name = " ".join(parts)
    assume(len(name) <= 80)
    tokens = [*parts]
    tokens.insert(data.draw(st.integers(0, len(tokens))), email)
    deal = parse(" ".join(tokens))
    assert deal.name == name
    assert deal.emails == (email,)


@given(
    st.lists(words, min_size=1, max_size=3),
    st.permutations(["jane@example.com", "€900", "due 2026-12-15", "ig", "@jane_d"]),
)
def test_every_piece_is_found_wherever_it_sits(parts: list[str], pieces: list[str]) -> None:
    assume(not any(p.lower() in PLATFORM_ALIASES for p in parts))
    name = " ".join(parts)
    deal = parse(" ".join([name, *pieces]))
    assert deal == QuickDeal(
        name=name,
        emails=("jane@example.com",),
        fee=Money(90000, "EUR"),
        publish_due=date(2026, 12, 15),
        draft_due=None,
        platform="instagram",
        handle="jane_d",
    )


tricky = st.sampled_from(
    [
        *("https://[::1", "HTTP://[", "<https://x.com/|", "<mailto:|x>", "$", "1,5k", "€", "due"),
        *("by", "Dec", "15", "2026-13-45", "99/99/9999", "@", "a@b.c", "１２００", "$١٢٠٠", "&lt;"),
    ]
)


@given(
    st.one_of(st.text(max_size=40), st.lists(st.one_of(tricky, words), max_size=8).map(" ".join))
)
def test_any_text_either_parses_or_says_why(text: str) -> None:
    for typed in (text, as_typed(text)):
        try:
            parse(typed)
        except InputError as error:
            assert str(error)
