"""Reminder templates: every level and language renders from a full and a bare context, reads
cleanly, and no value typed by a person can break the subject line or the layout."""

import copy
import os
import re
import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2 import UndefinedError

from bot.mail.templates import (
    LANGUAGES,
    TEMPLATE_NAMES,
    RenderedEmail,
    language_for,
    longdate,
    milestone_label,
    one_line,
    render_reminder,
)

ALL = [(level, lang) for level in TEMPLATE_NAMES for lang in LANGUAGES]
# A word every language's `longdate` prints for a December date.
DECEMBER = {
    "en": "December",
    "es": "diciembre",
    "pt": "dezembro",
    "id": "Desember",
    "vi": "tháng 12",
    "ko": "12월",
    "ja": "年",
    "fr": "décembre",
    "de": "Dezember",
}
# Languages whose templates address the creator by the full name at every level: the first word
# of a Korean, Japanese or Vietnamese name is usually the family name.
FULL_NAME_ALWAYS = ("ko", "ja", "vi")


# The full context's agreed dates, both still ahead on its `today`.
DEADLINES = (
    {"kind": "draft", "date": date(2026, 12, 1), "passed": False},
    {"kind": "publish", "date": date(2026, 12, 15), "passed": False},
)


def full_context() -> dict[str, Any]:
    return {
        "creator": {"name": "Jane Doe", "first_name": "Jane"},
        "deal": {
            "number": 12,
            "campaign": "Summer Glow",
            "brand": "Lumi Skin",
            "deliverables": "1 YouTube video and 2 Instagram stories",
            "fee": "$1,200",
            "paid": "$600",
            "owed": "$600",
            "paid_in_full": False,
            "owed_after": "publication",
            "publish_due": date(2026, 12, 15),
            "draft_due": date(2026, 12, 1),
            "publish_passed": False,
            "draft_passed": False,
            "stage": "product_received",
            "product_received": True,
            "contract_signed_at": date(2026, 11, 2),
            "contract_url": "https://example.com/contracts/12",
        },
        "deadlines": DEADLINES,
        "deadline": DEADLINES[0],
        "payments": [
            {"amount": "$240", "paid_at": date(2026, 11, 3), "milestone": "deposit"},
            {"amount": "$360", "paid_at": date(2026, 11, 20), "milestone": "production"},
        ],
        "today": date(2026, 11, 25),
        "sender": {"name": "Ana Lima", "company": "Glow Labs"},
        "thread_subject": None,
        "days_silent": 12,
        "manager": {"name": "Carlos Ruiz"},
        "reply_by": date(2026, 12, 18),
    }


def minimal_context() -> dict[str, Any]:
    return {
        "creator": {"name": "Jane", "first_name": "Jane"},
        "deal": {
            "number": 3,
            "campaign": None,
            "brand": None,
            "deliverables": None,
            "fee": None,
            "paid": None,
            "owed": None,
            "paid_in_full": False,
            "owed_after": None,
            "publish_due": None,
            "draft_due": None,
            "publish_passed": False,
            "draft_passed": False,
            "stage": "contracted",
            "product_received": False,
            "contract_signed_at": None,
            "contract_url": None,
        },
        "deadlines": [],
        "deadline": None,
        "payments": [],
        "today": date(2026, 11, 25),
        "sender": {"name": "Ana Lima", "company": None},
        "thread_subject": None,
        "days_silent": None,
        "manager": {"name": None},
    }


def variant(name: str) -> dict[str, Any]:
    """Full-context variations that take other branches of the templates."""
    ctx = full_context()
    deal = ctx["deal"]
    if name == "shipped":
        deal.update(stage="product_shipped", product_received=False)
    elif name == "approved":
        deal.update(stage="draft_approved")
        ctx.update(deadlines=list(DEADLINES[1:]), deadline=DEADLINES[1])
    elif name == "published":
        deal.update(stage="published", draft_due=None, owed_after="link")
        ctx.update(deadlines=[], deadline=None)
    elif name == "paid_in_full":
        deal.update(paid="$1,200", owed=None, paid_in_full=True, owed_after=None)
        ctx["payments"] = [{"amount": "$1,200", "paid_at": date(2026, 11, 3), "milestone": None}]
    elif name == "paid_no_list":
        ctx["payments"] = []
        deal.update(paid="$300", owed="$900")
    elif name == "no_manager":
        ctx["manager"] = {"name": None}
    elif name == "manager_none":
        ctx["manager"] = None
    elif name == "one_day":
        ctx["days_silent"] = 1
        ctx["reply_by"] = None
        deal.update(contract_signed_at=date(2026, 12, 1))
    elif name == "thread":
        ctx["thread_subject"] = "Re: Summer Glow x Jane"
    return ctx


VARIANTS = (
    "shipped",
    "approved",
    "published",
    "paid_in_full",
    "paid_no_list",
    "no_manager",
    "manager_none",
    "one_day",
    "thread",
)


def assert_well_formed(email: RenderedEmail) -> None:
    """What every reminder must look like, whatever branch the template took."""
    assert email.subject and email.subject == email.subject.strip()
    assert not any(unicodedata.category(c) == "Cc" for c in email.subject)
    body = email.body
    assert body.endswith("\n") and not body.endswith("\n\n")
    assert not body.startswith(("\n", " "))
    assert "\n\n\n" not in body and "\r" not in body
    for text in (email.subject, body):
        for bad in ("None", "{{", "{%", "()", "（）", " ,", " .", ",,", "..", "  ", "、、"):
            assert bad not in text, (bad, text)
    for line in body.split("\n"):
        assert line == line.rstrip()
        assert not line.startswith(" ")


@pytest.mark.parametrize(("level", "lang"), ALL)
def test_full_context_renders_every_fact(level: int, lang: str) -> None:
    email = render_reminder(level, lang, full_context())
    assert_well_formed(email)
    assert (email.template, email.language) == (f"level{level}.{lang}.j2", lang)
    body = email.body
    assert "Jane" in body
    assert "Ana Lima" in body and "Glow Labs" in body
    assert "Summer Glow" in email.subject
    if level >= 2:
        assert DECEMBER[lang] in body
    if level == 3:
        assert "Carlos Ruiz" in body
    if level >= 4:
        assert "Jane Doe" in body
        for amount in ("$240", "$360"):
            assert amount in body
        assert "1 YouTube video and 2 Instagram stories" in body
        assert "https://example.com/contracts/12" in body
    if level == 4:
        assert "$600" in body  # the total paid and the balance on hold


@pytest.mark.parametrize(("level", "lang"), ALL)
def test_minimal_context_reads_without_gaps(level: int, lang: str) -> None:
    email = render_reminder(level, lang, minimal_context())
    assert_well_formed(email)
    assert "Jane" in email.body and "Ana Lima" in email.body
    assert "\n" not in email.subject


@pytest.mark.parametrize("name", VARIANTS)
@pytest.mark.parametrize(("level", "lang"), ALL)
def test_every_branch_is_well_formed(level: int, lang: str, name: str) -> None:
    assert_well_formed(render_reminder(level, lang, variant(name)))


@pytest.mark.parametrize(("level", "lang"), ALL)
def test_informal_levels_reuse_the_thread_subject_and_notices_are_labelled(
    level: int, lang: str
) -> None:
    email = render_reminder(level, lang, variant("thread"))
    if level <= 3:
        assert email.subject == "Re: Summer Glow x Jane"
    else:
        assert email.subject != "Re: Summer Glow x Jane"
        assert "Summer Glow" in email.subject


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang not in FULL_NAME_ALWAYS])
def test_first_name_in_informal_levels_full_name_in_notices(lang: str) -> None:
    for level in (1, 2, 3):
        greeting = render_reminder(level, lang, full_context()).body.split("\n")[0]
        assert "Jane" in greeting and "Jane Doe" not in greeting
    for level in (4, 5):
        assert "Jane Doe" in render_reminder(level, lang, full_context()).body


def test_korean_and_japanese_honorifics_and_register() -> None:
    for level in TEMPLATE_NAMES:
        assert "Jane Doe님" in render_reminder(level, "ko", full_context()).body
    for level in (1, 2, 3):
        assert "Jane Doeさん" in render_reminder(level, "ja", full_context()).body
    for level in (4, 5):
        ja = render_reminder(level, "ja", full_context()).body
        assert "Jane Doe様" in ja and "申し上げます" in ja and "さん" not in ja
        ko = render_reminder(level, "ko", full_context()).body
        assert "습니다" in ko and "해요" not in ko


def test_manager_is_addressed_only_when_named() -> None:
    named = render_reminder(3, "en", full_context()).body
    assert named.startswith("Hi Jane and Carlos Ruiz,")
    assert "Carlos Ruiz, I'm copying you" in named
    unnamed = render_reminder(3, "en", variant("no_manager")).body
    assert unnamed.startswith("Hi Jane,")
    assert "whoever handles your partnerships" in unnamed


def test_firm_notice_says_what_the_balance_waits_on_or_notes_full_payment() -> None:
    held = render_reminder(4, "en", full_context()).body
    assert "The remaining $600 will be paid once the video is live." in held
    assert "Please reply by December 18, 2026 with the date you will deliver the draft." in held
    paid = render_reminder(4, "en", variant("paid_in_full")).body
    assert "The fee has been paid in full" in paid
    bare = render_reminder(4, "en", minimal_context()).body
    assert "paid" not in bare and "payment" not in bare, "no fee, no payment: nothing to say"
    assert "within the next few days" in bare


def test_formal_notice_offers_a_dispute_only_when_money_was_paid() -> None:
    assert "payment dispute" in render_reminder(5, "en", full_context()).body
    assert "payment dispute" not in render_reminder(5, "en", minimal_context()).body


def test_singular_working_day() -> None:
    assert "for 1 working day." in render_reminder(4, "en", variant("one_day")).body
    assert "desde hace 1 día hábil" in render_reminder(4, "es", variant("one_day")).body
    assert "seit 1 Werktag " in render_reminder(4, "de", variant("one_day")).body


def test_french_punctuation_keeps_its_no_break_space() -> None:
    email = render_reminder(2, "fr", full_context())
    assert email.subject == "Un petit point sur Summer Glow\u00a0?"
    assert "l'avancement de la vidéo\u00a0?" in email.body


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "December 15, 2026"),
        ("es", "15 de diciembre de 2026"),
        ("pt", "15 de dezembro de 2026"),
        ("id", "15 Desember 2026"),
        ("vi", "15 tháng 12, 2026"),
        ("ko", "2026년 12월 15일"),
        ("ja", "2026年12月15日"),
        ("fr", "15 décembre 2026"),
        ("de", "15. Dezember 2026"),
        ("xx", "December 15, 2026"),
    ],
)
def test_longdate(lang: str, expected: str) -> None:
    assert longdate(date(2026, 12, 15), lang) == expected


def test_longdate_first_of_month_and_datetimes() -> None:
    assert longdate(date(2026, 3, 1), "fr") == "1 mars 2026"
    assert longdate(date(2026, 3, 1), "pt") == "1 de março de 2026"
    assert longdate(date(2026, 3, 1), "es") == "1 de marzo de 2026"
    assert longdate(datetime(2026, 8, 4, 23, 59), "de") == "4. August 2026"
    with pytest.raises(TypeError):
        longdate("2026-12-15", "en")  # type: ignore[arg-type]


def test_milestone_labels() -> None:
    assert milestone_label("deposit", "es") == "anticipo"
    assert milestone_label("PUBLISH", "de") == "Zahlung bei Veröffentlichung"
    assert milestone_label("other", "en") == milestone_label(" Other ", "fr") == ""
    assert milestone_label(None, "ja") == ""
    assert milestone_label("kickoff\nfee", "en") == "kickoff fee"


@pytest.mark.parametrize(
    ("language", "country", "expected"),
    [
        ("pt-BR", None, "pt"),
        ("pt_br", None, "pt"),
        ("PT", "US", "pt"),
        ("es-419", None, "es"),
        (" ja ", None, "ja"),
        ("jp", None, "ja"),
        ("kr", None, "ko"),
        ("Español", None, "es"),
        ("Bahasa Indonesia", None, "id"),
        ("日本語", None, "ja"),
        ("espanol", None, "es"),
        ("Tiếng Việt", None, "vi"),
        ("Deutsch", None, "de"),
        ("fre", None, "fr"),
        ("ger", "AT", "de"),
        ("Vietnamese", None, "vi"),
        ("English (UK)", "JP", "en"),
        ("zh-TW", None, "en"),
        ("it", "CH", "en"),
        (None, "BR", "pt"),
        (None, "mx", "es"),
        (None, "CO", "es"),
        ("", "ID", "id"),
        (None, "VN", "vi"),
        (None, "KR", "ko"),
        (None, "JP", "ja"),
        (None, "BE", "fr"),
        (None, "AT", "de"),
        (None, "CH", "de"),
        (None, "US", "en"),
        # A country's first official or de facto language (CLDR) that has templates.
        (None, "SN", "fr"),  # Wolof, then French
        (None, "PY", "es"),  # Guaraní, then Spanish
        (None, "LU", "fr"),
        (None, "CA", "en"),
        (None, "IN", "en"),  # Hindi has no templates; English is India's second
        (None, "MA", "fr"),  # Arabic has none either
        (None, "ZZ", "en"),
        (None, None, "en"),
        ("  ", " ", "en"),
    ],
)
def test_language_for(language: str | None, country: str | None, expected: str) -> None:
    assert language_for(language, country) == expected


def test_render_falls_back_and_normalises_the_language() -> None:
    assert render_reminder(1, "pt-BR", full_context()).template == "level1.pt.j2"
    unknown = render_reminder(1, "tlh", full_context())
    assert (unknown.language, unknown.template) == ("en", "level1.en.j2")
    guessed = render_reminder(2, None, full_context(), country="AR")
    assert guessed.language == "es" and "diciembre" in guessed.body


@pytest.mark.parametrize("level", [0, 6, -1, True])
def test_unknown_level(level: int) -> None:
    with pytest.raises(ValueError, match="level"):
        render_reminder(level, "en", full_context())


def test_a_missing_context_key_fails_loudly() -> None:
    ctx = full_context()
    del ctx["sender"]
    with pytest.raises(UndefinedError):
        render_reminder(1, "en", ctx)
    ctx = full_context()
    del ctx["deal"]["owed"]
    with pytest.raises(UndefinedError):
        render_reminder(4, "en", ctx)


def test_override_wins_and_other_templates_come_from_the_package(tmp_path: Path) -> None:
    (tmp_path / "level1.en.j2").write_text(
        "Subject: Hey {{ creator.first_name }}\n\nOur own words, {{ sender.name }}.\n"
        "Due {{ deal.publish_due|longdate }}.\n",
        encoding="utf-8",
    )
    (tmp_path / "level1.de.j2").write_text(
        "Subject: Hallo\n\nBis {{ deal.publish_due|longdate }}.\n", encoding="utf-8"
    )
    own = render_reminder(1, "en", full_context(), override_dir=tmp_path)
    assert own.subject == "Hey Jane"
    assert own.body == "Our own words, Ana Lima.\nDue December 15, 2026.\n"
    assert render_reminder(1, "de", full_context(), override_dir=str(tmp_path)).body == (
        "Bis 15. Dezember 2026.\n"
    )
    packaged = render_reminder(2, "en", full_context(), override_dir=tmp_path)
    assert packaged == render_reminder(2, "en", full_context())
    assert render_reminder(1, "en", full_context()).subject == "Checking in on Summer Glow"


def test_override_directories_do_not_leak_into_each_other(tmp_path: Path) -> None:
    for team in ("a", "b"):
        (tmp_path / team).mkdir()
        (tmp_path / team / "level1.en.j2").write_text(
            f"Subject: Team {team}\n\nBody\n", encoding="utf-8"
        )
    assert render_reminder(1, "en", full_context(), override_dir=tmp_path / "a").subject == (
        "Team a"
    )
    assert render_reminder(1, "en", full_context(), override_dir=tmp_path / "b").subject == (
        "Team b"
    )


def test_override_edits_are_picked_up(tmp_path: Path) -> None:
    path = tmp_path / "level1.en.j2"
    path.write_text("Subject: First\n\nBody\n", encoding="utf-8")
    assert render_reminder(1, "en", full_context(), override_dir=tmp_path).subject == "First"
    path.write_text("Subject: Second version\n\nBody\n", encoding="utf-8")
    stat = path.stat()
    os.utime(path, (stat.st_atime + 5, stat.st_mtime + 5))
    assert render_reminder(1, "en", full_context(), override_dir=tmp_path).subject == (
        "Second version"
    )


def test_broken_overrides_fail_before_anything_is_sent(tmp_path: Path) -> None:
    (tmp_path / "level1.en.j2").write_text("Hello {{ creator.name }}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Subject"):
        render_reminder(1, "en", full_context(), override_dir=tmp_path)
    (tmp_path / "level2.en.j2").write_text(
        "Subject: Hi\n\n{{ creator.nickname }}\n", encoding="utf-8"
    )
    with pytest.raises(UndefinedError):
        render_reminder(2, "en", full_context(), override_dir=tmp_path)
    (tmp_path / "level3.en.j2").write_text("Subject: {{ thread_subject }}\n\nx\n", "utf-8")
    with pytest.raises(ValueError, match="empty subject"):
        render_reminder(3, "en", full_context(), override_dir=tmp_path)
    with pytest.raises(FileNotFoundError):
        render_reminder(1, "en", full_context(), override_dir=tmp_path / "missing")


def test_body_is_normalised(tmp_path: Path) -> None:
    (tmp_path / "level1.en.j2").write_text(
        "Subject:   Spaced   out  \r\n\r\n\r\nLine one   \r\n\r\n\r\n\r\nLine two\t\n\n\n",
        encoding="utf-8",
    )
    email = render_reminder(1, "en", full_context(), override_dir=tmp_path)
    assert email.subject == "Spaced out"
    assert email.body == "Line one\n\nLine two\n"


def test_one_line() -> None:
    assert one_line(" a\r\nb\tc\x00d\x1b[0m\u2028e\x85f  ") == "a b c d [0m e f"
    assert one_line("Où\u00a0?") == "Où\u00a0?"


SPECIALS = ["\r\n", "\r", "\n", "\n\n", "\x00", "\x1b[31m", "\u2028", "\u2029", "\x85", "\x0b"]
SPECIALS += ["\f", "\t", "Bcc: x@example.com", "{{ sender }}", "{% if %}", "Ünïcødé", "김민지"]
SPECIALS += ["山田 花子", "Nguyễn Thị Linh", " ", ""]
nasty = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(SPECIALS)), max_size=5).map(
    "".join
)


# Context values from a fixed vocabulary, not typed by anyone: templates branch on them.
VOCABULARY = frozenset({"stage", "kind", "owed_after", "milestone"})


def _shape(ctx: dict[str, Any]) -> dict[str, Any]:
    """The context with every typed text replaced by a plain word (or nothing, if it cleans to
    nothing): the layout the template should produce for `ctx`."""
    out = copy.deepcopy(ctx)

    def walk(node: Any) -> Any:
        if isinstance(node, str):
            return "word" if one_line(node) else ""
        if isinstance(node, dict):
            return {k: v if k in VOCABULARY else walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    shaped: dict[str, Any] = walk(out)
    return shaped


@settings(max_examples=300, deadline=None)
@given(
    level=st.sampled_from(sorted(TEMPLATE_NAMES)),
    lang=st.sampled_from(LANGUAGES),
    name=nasty,
    subject=st.one_of(st.none(), nasty),
    campaign=st.one_of(st.none(), nasty),
    manager=st.one_of(st.none(), nasty),
    sender=nasty,
    deliverables=st.one_of(st.none(), nasty),
)
def test_typed_text_never_breaks_the_subject_or_the_layout(
    level: int,
    lang: str,
    name: str,
    subject: str | None,
    campaign: str | None,
    manager: str | None,
    sender: str,
    deliverables: str | None,
) -> None:
    ctx = full_context()
    ctx["creator"] = {"name": name, "first_name": (name.split() or [name])[0]}
    ctx["thread_subject"] = subject
    ctx["deal"].update(campaign=campaign, deliverables=deliverables)
    ctx["manager"] = {"name": manager}
    ctx["sender"] = {"name": sender, "company": campaign}
    email = render_reminder(level, lang, ctx)
    assert "\r" not in email.subject and "\n" not in email.subject
    assert not any(unicodedata.category(c) == "Cc" for c in email.subject)
    assert email.subject
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]", email.body)
    reference = render_reminder(level, lang, _shape(ctx))
    assert email.body.count("\n") == reference.body.count("\n")
