"""A reminder's words never contradict its deal: every stage, level, deadline state and payment
state, in every language, checked for facts rather than wording.

The contexts are the ones the bot itself builds (deals saved in SQLite, drafted through
`create_draft`), so the matrix also proves the facts: today in the workspace's time zone, which
dates are still ahead of a stage, what was paid and what the balance waits on. Each language's
phrases below are the few the checks need; the templates' sentences stay free to change around
them.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from babel.dates import format_date

from bot.core import deals
from bot.core.deals import NewDeal
from bot.core.drafts import Written, create_draft
from bot.core.enums import Stage
from bot.core.money import Money
from bot.core.stages import ACTIVE
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace
from bot.mail.reminders import make_writer
from bot.mail.templates import LANGUAGES, TEMPLATE_NAMES, money_text
from bot.store.engine import Store
from bot.store.migrate import upgrade
from bot.store.models import Deal

# 20:00 UTC on 3 December is already 4 December in the workspace (Tokyo): its today.
NOW = datetime(2026, 12, 3, 20, 0, tzinfo=UTC)
TODAY = date(2026, 12, 4)
ZONE = "Asia/Tokyo"
REPLY_BY = date(2026, 12, 9)  # three working days on
FEE = 120_000  # $1,200, in cents
# (draft_due, publish_due) for each deadline state.
DUE = {
    "future": (date(2026, 12, 15), date(2026, 12, 22)),
    "passed": (date(2026, 11, 20), date(2026, 11, 27)),
    "mixed": (date(2026, 11, 20), date(2026, 12, 22)),  # the draft is late, the video not yet
    "none": (None, None),
}
# Payments for each money state: (amount in cents, milestone, when).
PAID = {
    "nothing": (),
    "part": (
        (24_000, "deposit", datetime(2026, 11, 3, 9, tzinfo=UTC)),
        (36_000, "production", datetime(2026, 11, 19, 9, tzinfo=UTC)),
    ),
    "full": ((FEE, None, datetime(2026, 11, 3, 9, tzinfo=UTC)),),
}
STAGES = tuple(s for s in ACTIVE)
LEVELS = tuple(sorted(TEMPLATE_NAMES))
SENDER = "Ana Lima <ana@glow.example>"

# --- what each language must say, or must never say -----------------------------------------

Words = dict[str, tuple[str, ...]]

# A future agreed date, and a passed one, as the friendly levels (1-3) write them.
FUTURE = {
    "en": "is {d}.",
    "es": "es el {d}.",
    "pt": "é {d}.",
    "id": "adalah {d}.",
    "vi": "là ngày {d}.",
    "ko": "은 {d}이에요.",
    "ja": "は{d}です。",
    "fr": "est le {d}.",
    "de": "den {d} vereinbart",
}
PASSED = {
    "en": ", {d}, has passed",
    "es": ", el {d}, ya pasó",
    "pt": ", {d}, já passou",
    "id": ", {d}, sudah lewat",
    "vi": ", ngày {d}, đã qua",
    "ko": "인 {d}이 지났",
    "ja": "（{d}）は過ぎ",
    "fr": ", le {d}, est dépassée",
    "de": ", der {d}, ist inzwischen verstrichen",
}
# The "has passed" family at every level, notices' lists included.
PASSED_STEM = {
    "en": "passed",
    "es": "pasó",
    "pt": "passou",
    "id": "lewat",
    "vi": "đã qua",
    "ko": "지났",
    "ja": "過ぎ",
    "fr": "dépassée",
    "de": "verstrichen",
}
# What the old templates said of any publish date, passed or not ("we're still planning for the
# video to go live on 27 November... does that date still work"): never again.
STILL_ON: Words = {
    "en": ("still planning", "still work"),
    "es": ("seguimos contando", "sigue en pie"),
    "pt": ("continuamos contando", "continua de pé"),
    "id": ("tetap tayang", "masih bisa"),
    "vi": ("vẫn đang lên kế hoạch", "còn phù hợp"),
    "ko": ("기준으로 준비", "여전히 괜찮은지"),
    "ja": ("予定して準備", "その日程で問題ない"),
    "fr": ("prévoyons toujours", "tient toujours"),
    "de": ("planen weiterhin", "noch passt"),
}
# Word families, compared case-insensitively.
OFFER: Words = {
    "en": ("offer",),
    "es": ("propuesta",),
    "pt": ("proposta",),
    "id": ("penawaran",),
    "vi": ("đề xuất",),
    "ko": ("제안",),
    "ja": ("ご提案",),
    "fr": ("proposition",),
    "de": ("angebot",),
}
AGREEMENT: Words = {
    "en": ("agreement", "agreed", "contract"),
    "es": ("acuerdo", "acordamos", "contrato"),
    "pt": ("acordo", "combinamos", "contrato"),
    "id": ("perjanjian", "sepakati", "kontrak"),
    "vi": ("thỏa thuận", "thống nhất", "hợp đồng"),
    "ko": ("계약", "함께 정한"),
    "ja": ("契約", "お約束"),
    "fr": ("accord", "convenu", "contrat"),
    "de": ("vereinbarung", "vereinbart", "vertrag"),
}
DRAFT: Words = {
    "en": ("draft",),
    "es": ("borrador",),
    "pt": ("prévia",),
    "id": ("draf",),
    "vi": ("bản nháp",),
    "ko": ("초안",),
    "ja": ("初稿",),
    "fr": ("première version",),
    "de": ("entwurf",),
}
ADDRESS: Words = {
    "en": ("address",),
    "es": ("dirección",),
    "pt": ("endereço",),
    "id": ("alamat",),
    "vi": ("địa chỉ",),
    "ko": ("주소",),
    "ja": ("住所",),
    "fr": ("adresse",),
    "de": ("adresse",),
}
FEEDBACK: Words = {
    "en": ("feedback",),
    "es": ("comentarios",),
    "pt": ("comentários",),
    "id": ("masukan",),
    "vi": ("góp ý",),
    "ko": ("피드백",),
    "ja": ("フィードバック",),
    "fr": ("retours",),
    "de": ("feedback",),
}
# Asking for the link and the stats only makes sense once the video is live.
STATS: Words = {
    "en": ("stats", "statistics", "link"),
    "es": ("estadísticas", "enlace"),
    "pt": ("métricas", "link"),
    "id": ("statistik", "link", "tautan"),
    "vi": ("số liệu", "đường link", "đường dẫn"),
    "ko": ("성과 지표", "링크"),
    "ja": ("数値", "リンク"),
    "fr": ("statistiques", "lien"),
    "de": ("statistiken", "link"),
}
THANKS: Words = {
    "en": ("thank",),
    "es": ("gracias",),
    "pt": ("agrade",),
    "id": ("terima kasih",),
    "vi": ("cảm ơn",),
    "ko": ("감사",),
    "ja": ("ありがとう",),
    "fr": ("merci",),
    "de": ("dank",),
}
# Claims that money was paid: never made when nothing was.
PAID_CLAIM: Words = {
    "en": ("we have paid", "we paid", "paid so far", "total paid", "paid in full", "settled"),
    "es": ("le hemos pagado", "le pagamos", "pagos realizados", "total pagado", "saldado"),
    "pt": ("pagamos a você", "pagamentos feitos", "total pago", "pago integralmente", "quitado"),
    "id": ("telah membayar", "sudah membayar", "sudah kami bayarkan", "sudah beres"),
    "vi": ("đã thanh toán",),
    "ko": ("지급한 금액", "지급 완료", "전액 지급", "정산도"),
    "ja": (
        "お支払いしております",
        "お支払い済み",
        "をお支払い\n",
        "をお支払い（",
        "支払いもすべて",
    ),
    "fr": ("nous vous avons versé", "paiements effectués", "total versé", "tout est réglé"),
    "de": ("haben wir ihnen", "insgesamt gezahlt", "geleistete zahlungen", "alles erledigt"),
}
# A balance still to pay: only when part of the fee was paid.
REMAINING: Words = {
    "en": ("remaining",),
    "es": ("restante",),
    "pt": ("restante",),
    "id": ("sisa pembayaran",),
    "vi": ("còn lại",),
    "ko": ("잔여", "남은 금액"),
    "ja": ("残りの",),
    "fr": ("solde",),
    "de": ("restbetrag",),
}
# English that must not leak into another language's draft; loanwords those languages really
# use in creator deals ("video", "link", "brief", "feedback", "update") are left out.
ENGLISH = (
    " the ",
    " and ",
    " you ",
    " your ",
    " we ",
    " is ",
    " of ",
    "please",
    "thank",
    "payment",
    "draft",
    "passed",
    "remaining",
    "agreement",
    "offer",
    "deadline",
    "address",
    "statistic",
    "reply",
)
PLACEHOLDERS = ("{{", "}}", "{%", "%}", "None", "undefined", "[", "]", "()", "（）")
# US dollars as each language writes them: the symbol's side, its spacing and the grouping.
USD = {
    "en": "${n}",
    "es": "{n}\u00a0US$",
    "pt": "US$\u00a0{n}",
    "id": "US${n}",
    "vi": "{n}\u00a0US$",
    "ko": "US${n}",
    "ja": "${n}",
    "fr": "{n}\u00a0$US",
    "de": "{n}\u00a0$",
}
GROUPING = {"en": ",", "ko": ",", "ja": ",", "fr": "\u202f"}


def usd(lang: str, cents: int) -> str:
    whole = f"{cents // 100:,}".replace(",", GROUPING.get(lang, "."))
    return USD[lang].format(n=whole)


def long_date(lang: str, day: date) -> str:
    return str(format_date(day, format="long", locale=lang))


# --- the deals, as the bot sees them ---------------------------------------------------------


@dataclass(frozen=True)
class Case:
    stage: Stage
    due: str
    paid: str
    context: dict[str, Any]

    @property
    def deadlines(self) -> list[dict[str, Any]]:
        return list(self.context["deadlines"])


def _capture(into: list[dict[str, Any]]) -> Any:
    """A writer that keeps the context `create_draft` hands it: the facts a reminder gets."""

    def write(level: int, language: str | None, context: Any, **_: Any) -> Written:
        into.append(dict(context))
        return Written(subject="-", body="-", template="-", language="en")

    return write


def _deal(session: Any, ws: Any, n: int, stage: Stage, due: str, paid: str) -> Deal:
    draft_due, publish_due = DUE[due]
    spec = NewDeal(
        name="Jane Doe",
        emails=(f"creator{n}@example.com",),
        fee=Money(FEE, "USD"),
        stage=stage,
        draft_due=draft_due,
        publish_due=publish_due,
        campaign="Lumi 2026",
    )
    deal, _ = deals.add_deal(session, ws, spec, actor="U1", now=NOW)
    deal.deliverables = "1× YouTube, 2× Reels"
    if stage != Stage.negotiating:
        deal.contract_signed_at = datetime(2026, 11, 2, 9, tzinfo=UTC)
        deal.contract_url = "https://example.com/c/1"
    for cents, milestone, when in PAID[paid]:
        amount = Money(cents, "USD")
        deals.record_payment(session, ws, deal, amount, actor="U1", now=when, milestone=milestone)
    return deal


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Case]]:
    store = Store.from_url(f"sqlite:///{tmp_path_factory.mktemp('matrix') / 'matrix.db'}")
    upgrade(store.engine)
    found: list[Case] = []
    with store.session() as session:
        ws = ensure_workspace(session, "TMATRIX", WorkspaceDefaults("C1", ZONE))
        n = 0
        for stage in STAGES:
            for due in DUE:
                for paid in PAID:
                    n += 1
                    deal = _deal(session, ws, n, stage, due, paid)
                    contexts: list[dict[str, Any]] = []
                    create_draft(session, ws, deal, 1, _capture(contexts), NOW, days_silent=12)
                    found.append(Case(stage, due, paid, contexts[0]))
    store.engine.dispose()
    yield found


# --- the checks: each returns what is wrong, in words -----------------------------------------


def _has(text: str, words: tuple[str, ...]) -> bool:
    folded = text.casefold()
    return any(word.casefold() in folded for word in words)


def _shape_problems(lang: str, subject: str, body: str) -> list[str]:
    problems = [f"placeholder {p!r}" for p in PLACEHOLDERS if p in body]
    # Korean subjects tag the campaign in brackets, as Korean email does.
    subject_marks = PLACEHOLDERS if lang != "ko" else PLACEHOLDERS[:6]
    problems += [f"placeholder {p!r} in subject" for p in subject_marks if p in subject]
    if lang != "en":
        text = f" {subject} {body} ".casefold()
        problems += [f"English {w!r}" for w in ENGLISH if w in text]
    return problems


def _date_problems(lang: str, level: int, case: Case, body: str) -> list[str]:
    """Levels 1-3 speak of the next agreed date; notices list every date still ahead. A future
    date is stated as agreed, a passed one as passed, never the other way round."""
    problems = [f"old wording {w!r}" for w in STILL_ON[lang] if w in body]
    spoken = case.deadlines[:1] if level <= 3 else case.deadlines
    for d in spoken:
        text = long_date(lang, d["date"])
        if text not in body:
            problems.append(f"{d['kind']} date {text} missing")
        if level <= 3:
            said, unsaid = (PASSED, FUTURE) if d["passed"] else (FUTURE, PASSED)
            if said[lang].format(d=text) not in body:
                problems.append(f"{text} not said as {'passed' if d['passed'] else 'agreed'}")
            if unsaid[lang].format(d=text) in body:
                problems.append(f"{text} said as {'agreed' if d['passed'] else 'passed'}")
    if (PASSED_STEM[lang] in body) != any(d["passed"] for d in spoken):
        problems.append("a 'has passed' phrase without a passed date, or the other way round")
    for day in (d for d in DUE[case.due] if d):
        if not case.deadlines and long_date(lang, day) in body:
            problems.append(f"date {day} mentioned at {case.stage}, where no date is due")
    return problems


def _stage_problems(lang: str, level: int, case: Case, body: str) -> list[str]:
    stage, problems = case.stage, []
    expect: dict[Stage, Words] = {
        Stage.negotiating: OFFER,
        Stage.contracted: ADDRESS,
        Stage.product_received: DRAFT,
        Stage.draft_submitted: FEEDBACK,
        Stage.published: STATS,
        Stage.paid: THANKS,
    }
    if stage in expect and not _has(body, expect[stage][lang]):
        problems.append(f"nothing about {expect[stage][lang][0]!r}")
    if stage == Stage.negotiating:
        if _has(body, DRAFT[lang]):
            problems.append("asks for a draft while negotiating")
        if _has(body, AGREEMENT[lang]):
            problems.append("speaks of an agreement while negotiating")
        if usd(lang, FEE) not in body:
            problems.append("the offer's fee is missing")
    if stage != Stage.published and _has(body, STATS[lang]):
        problems.append(f"asks for the link or stats at {stage}")
    if stage == Stage.paid and long_date(lang, REPLY_BY) in body:
        problems.append("asks for an answer once everything is done")
    if stage != Stage.paid and level >= 4 and long_date(lang, REPLY_BY) not in body:
        problems.append("a notice without its reply-by date")
    return problems


def _money_problems(lang: str, level: int, case: Case, body: str) -> list[str]:
    problems = []
    if case.paid == "nothing" and _has(body, PAID_CLAIM[lang] + REMAINING[lang]):
        problems.append("claims a payment that was never made")
    if case.paid == "full" and _has(body, REMAINING[lang]):
        problems.append("speaks of a balance on a fee paid in full")
    agreement = case.stage not in (Stage.negotiating, Stage.paid)
    if case.paid == "part" and agreement and level >= 4:
        problems += [
            f"payment {usd(lang, cents)} missing"
            for cents, _, _ in PAID["part"]
            if usd(lang, cents) not in body
        ]
    owes = case.paid != "full" and (case.stage == Stage.published or (agreement and level == 4))
    balance = usd(lang, FEE - sum(cents for cents, _, _ in PAID[case.paid]))
    if owes and balance not in body:
        problems.append(f"what is owed ({balance}) and what it waits on are missing")
    if owes and case.paid == "part" and not _has(body, REMAINING[lang]):
        problems.append(f"{balance} is not said to be the balance")
    return problems


@dataclass(frozen=True)
class Register:
    """How a language addresses the creator: friendly levels (1-3), then notices (4-5)."""

    friendly: tuple[str, ...]
    never_friendly: tuple[str, ...]
    notice: tuple[str, ...]
    never_notice: tuple[str, ...]


REGISTER = {
    "en": Register(("Hi Jane,",), ("Dear",), ("Dear Jane Doe,",), ("Hi ",)),
    "es": Register((), ("usted",), ("Jane Doe",), (" te ", " tu ", "contigo", " ti.", " ti,")),
    "pt": Register((), ("Prezado",), ("Jane Doe",), ("Oi,",)),
    "id": Register(("Kak ",), ("Anda",), ("Anda",), ("Kak ",)),
    "vi": Register(("bạn",), ("Anh/Chị",), ("Anh/Chị",), (" bạn", "mình")),
    "ko": Register(("Jane Doe님",), (), ("Jane Doe님", "습니다"), ("해요", "요.")),
    "ja": Register(("Jane Doeさん",), ("Jane Doe様",), ("Jane Doe様", "申し上げます"), ("さん",)),
    "fr": Register(("vous",), (" tu ", " toi"), ("vous",), (" tu ", " toi", " ton ")),
    "de": Register(
        ("Hallo",), (" Sie ", "Ihnen"), ("Ihnen",), (" du ", " dir ", " dich ", " dein")
    ),
}


def _register_problems(lang: str, level: int, body: str) -> list[str]:
    """Informal at the friendly levels (du, tú, Kak, さん), formal in notices (Sie, usted,
    Anda, 様), as each language's own templates set it."""
    register = REGISTER[lang]
    must, never = (
        (register.friendly, register.never_friendly)
        if level <= 3
        else (register.notice, register.never_notice)
    )
    problems = [f"no {w!r}" for w in must if w not in body]
    return problems + [f"{w!r} at level {level}" for w in never if w in body]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_words_fit_the_deal(cases: list[Case], lang: str) -> None:
    write = make_writer(mail_from=SENDER, company="Glow Labs", templates_dir=None)
    failures = []
    for case in cases:
        for level in LEVELS:
            email = write(level, lang, case.context, country=None, thread_subject=None)
            assert email.language == lang
            problems = (
                _shape_problems(lang, email.subject, email.body)
                + _date_problems(lang, level, case, email.body)
                + _stage_problems(lang, level, case, email.body)
                + _money_problems(lang, level, case, email.body)
                + _register_problems(lang, level, email.body)
            )
            if problems:
                failures.append(f"L{level} {case.stage} {case.due} {case.paid}: {problems}")
    assert not failures, f"{len(failures)} drafts contradict their deal:\n" + "\n".join(
        failures[:15]
    )


def test_the_facts_are_the_workspace_s(cases: list[Case]) -> None:
    """Today is the workspace's date (Tokyo is a day ahead of UTC here), dates still ahead follow
    the stage, and the balance waits on the video going live, then on its link."""
    by_key = {(c.stage, c.due, c.paid): c.context for c in cases}
    ctx = by_key[(Stage.draft_approved, "mixed", "part")]
    assert ctx["today"] == TODAY and ctx["reply_by"] == REPLY_BY
    assert [(d["kind"], d["passed"]) for d in ctx["deadlines"]] == [("publish", False)]
    assert ctx["deal"]["draft_passed"] and not ctx["deal"]["publish_passed"]
    assert ctx["deal"]["owed"] == Money(60_000, "USD")
    assert ctx["deal"]["owed_after"] == "publication"
    assert [p["paid_at"] for p in ctx["payments"]] == [date(2026, 11, 3), date(2026, 11, 19)]
    received = by_key[(Stage.product_received, "mixed", "nothing")]
    assert [(d["kind"], d["passed"]) for d in received["deadlines"]] == [
        ("draft", True),
        ("publish", False),
    ]
    assert by_key[(Stage.negotiating, "passed", "part")]["deadlines"] == []
    assert by_key[(Stage.published, "future", "part")]["deal"]["owed_after"] == "link"
    assert by_key[(Stage.paid, "none", "nothing")]["deal"]["owed_after"] is None
    full = by_key[(Stage.product_received, "none", "full")]["deal"]
    assert full["paid_in_full"] and full["owed"] is None and full["owed_after"] is None


def test_a_passed_publish_date_is_never_still_planned(cases: list[Case]) -> None:
    """The demo's case: the video was due on 27 November, it is 4 December."""
    write = make_writer(mail_from=SENDER, company=None, templates_dir=None)
    ctx = next(c.context for c in cases if (c.stage, c.due) == (Stage.draft_approved, "passed"))
    body = write(3, "en", ctx, country=None, thread_subject=None).body
    assert "The date we agreed for the video to go live, November 27, 2026, has passed" in body
    assert "still planning" not in body and "still work" not in body


@pytest.mark.parametrize(
    ("money", "lang", "expected"),
    [
        (Money(150_000_000, "KRW"), "ko", "₩150,000,000"),
        (Money(1_500_000, "KRW"), "en", "₩1,500,000"),
        (Money(120_000, "JPY"), "ja", "￥120,000"),
        (Money(2_500_000, "VND"), "vi", "2.500.000\u00a0₫"),
        (Money(123_450, "EUR"), "de", "1.234,50\u00a0€"),
        (Money(120_000, "EUR"), "fr", "1\u202f200\u00a0€"),
        (Money(250_000, "BRL"), "pt", "R$\u00a02.500"),
        (Money(1_999, "USD"), "es", "19,99\u00a0US$"),
        (Money(5_000_000_00, "IDR"), "id", "Rp5.000.000"),
    ],
)
def test_amounts_in_each_language_and_currency_own_format(
    money: Money, lang: str, expected: str
) -> None:
    """KRW, JPY and VND have no minor unit: `amount_minor` is whole won, yen and dong."""
    assert money_text(money, lang) == expected
