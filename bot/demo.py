"""`ghostwatch demo`: two weeks of a made-up team's channel, in a minute, with no Slack.

A throwaway SQLite file gets a dozen creators in every stage; a simulated clock then walks
day by day through the real tick, digest and outbox, and a printing stand-in for Slack shows
what the channel would have seen.
"""

import itertools
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from bot.core.clock import FixedClock
from bot.core.commands import CommandContext, Problem, run_command
from bot.core.digest import claim_digests
from bot.core.enums import Stage
from bot.core.money import Money
from bot.core.tick import run_tick
from bot.core.workspaces import WorkspaceDefaults
from bot.jobs.outbox import drain
from bot.mail.reminders import make_writer
from bot.slack.blocks.plaintext import to_text
from bot.slack.outbox import slack_posting
from bot.store.engine import Store
from bot.store.migrate import upgrade

TEAM, CHANNEL, TZ = "TDEMO", "C0CREATORS", "Europe/Paris"
USERS = {"UMARIA": "maria", "UTOM": "tom", "UAIKO": "aiko"}
START = date(2026, 11, 30)  # a Monday


class PrintingSlack:
    """Stands in for Slack's Web API: prints each post as the channel would show it.

    `users` names the people mentioned; with `show_channel`, each post says where it goes.
    """

    def __init__(
        self, out: TextIO, users: dict[str, str] | None = None, *, show_channel: bool = False
    ) -> None:
        self.out = out
        self.users = USERS if users is None else users
        self.show_channel = show_channel
        self._ts = itertools.count(1)

    def chat_postMessage(self, *, channel: str, **message: Any) -> dict[str, str]:
        ts = f"{1_790_000_000 + next(self._ts)}.000100"
        text = to_text(message, self.users)
        if self.show_channel and not message.get("thread_ts"):
            text = f"→ #{channel}\n{text}"
        if message.get("thread_ts"):
            where = (
                "in the thread, also sent to the channel"
                if message.get("reply_broadcast")
                else "in the thread"
            )
            text = f"↳ ({where})\n" + "\n".join("   " + line for line in text.splitlines())
        print(text + "\n", file=self.out)
        return {"ok": "true", "channel": channel, "ts": ts}

    def chat_update(self, *, channel: str, ts: str, **message: Any) -> dict[str, str]:
        status = to_text(message, self.users).splitlines()[-1].strip()
        print(f"↻ (a card above now reads) {status}\n", file=self.out)
        return {"ok": "true", "channel": channel, "ts": ts}


@dataclass(frozen=True)
class Seed:
    name: str
    email: str
    handle: str
    platform: str
    country: str
    fee: Money
    stage: Stage
    days_ago: int
    owner: str
    publish_due: date | None = None
    paid_share: float = 0.0
    contacts: dict[str, str] | None = None
    manager: str | None = None


SEEDS = [
    Seed(
        "Jane Doe",
        "jane@janedoe.tv",
        "janedoe",
        "youtube",
        "US",
        Money(120000, "USD"),
        Stage.product_shipped,
        2,
        "UMARIA",
        date(2026, 12, 18),
        0.2,
    ),
    Seed(
        "Ana Souza",
        "ana.souza@gmail.com",
        "anasouza",
        "instagram",
        "BR",
        Money(250000, "BRL"),
        Stage.product_received,
        1,
        "UTOM",
        date(2026, 12, 15),
        0.2,
        {"whatsapp": "+55 11 91234 5678"},
    ),
    Seed(
        "김민지",
        "minji.kim@naver.com",
        "minji.k",
        "instagram",
        "KR",
        Money(1500000, "KRW"),
        Stage.contracted,
        4,
        "UAIKO",
        None,
        0.0,
        {"kakaotalk": "minjik"},
    ),
    Seed(
        "Nguyễn Thị Lan",
        "lan.review@gmail.com",
        "lan.review",
        "tiktok",
        "VN",
        Money(30000000, "VND"),
        Stage.product_shipped,
        0,
        "UTOM",
        date(2026, 12, 20),
        0.0,
        {"zalo": "+84 90 123 4567"},
        "booking@lanagency.vn",
    ),
    Seed(
        "山田太郎",
        "taro@yamada.jp",
        "yamadataro",
        "youtube",
        "JP",
        Money(180000, "JPY"),
        Stage.draft_approved,
        1,
        "UAIKO",
        date(2026, 12, 9),
        0.5,
        {"line": "taro_y"},
    ),
    Seed(
        "José Álvarez",
        "jose@alvarez.mx",
        "josealvarez",
        "tiktok",
        "MX",
        Money(90000, "USD"),
        Stage.negotiating,
        0,
        "UMARIA",
    ),
    Seed(
        "Sari Wulandari",
        "sari.w@yahoo.co.id",
        "sariw",
        "instagram",
        "ID",
        Money(80000, "USD"),
        Stage.draft_submitted,
        0,
        "UTOM",
        date(2026, 12, 22),
    ),
    Seed(
        "Lucas Martin",
        "lucas@lucasmartin.fr",
        "lucasmartin",
        "youtube",
        "FR",
        Money(300000, "EUR"),
        Stage.published,
        0,
        "UMARIA",
        None,
        0.5,
    ),
    Seed(
        "Hannah Becker",
        "hannah@beckerreviews.de",
        "hannahbecker",
        "youtube",
        "DE",
        Money(220000, "EUR"),
        Stage.paid,
        0,
        "UAIKO",
        None,
        1.0,
    ),
    Seed(
        "Priya Sharma",
        "priya@priyasharma.in",
        "priyasharma",
        "instagram",
        "IN",
        Money(60000, "USD"),
        Stage.contracted,
        3,
        "UMARIA",
        date(2026, 12, 30),
    ),
    Seed(
        "Camille Dubois",
        "camille@dubois.fr",
        "camilledubois",
        "tiktok",
        "FR",
        Money(140000, "EUR"),
        Stage.product_received,
        2,
        "UTOM",
        date(2026, 12, 23),
        0.2,
    ),
    Seed(
        "Tom Baker",
        "tom@tombaker.co.uk",
        "tombaker",
        "twitch",
        "GB",
        Money(100000, "GBP"),
        Stage.contracted,
        1,
        "UMARIA",
        date(2026, 11, 27),
        0.2,
    ),
]


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(TZ))


def _say(store: Store, clock: FixedClock, user: str, text: str) -> None:
    """Type `/deal <text>` as `user`, the way the team does; a demo line that fails is a bug."""
    ctx = CommandContext(team_id=TEAM, user_id=user, channel_id=CHANNEL, now=clock.now())
    result = run_command(store, ctx, text, WorkspaceDefaults(CHANNEL, TZ))
    if isinstance(result, Problem):
        raise RuntimeError(f"/deal {text}: {result.message}")


def _add_line(s: Seed) -> str:
    """The quick-syntax line a teammate would type for this creator."""
    words = [s.name, s.email, f"{s.fee.amount} {s.fee.currency}", s.platform, f"@{s.handle}"]
    if s.publish_due:
        words.append(f"due {s.publish_due.isoformat()}")
    words.append(f"country:{s.country}")
    words += [f"{app}:{handle.replace(' ', '')}" for app, handle in (s.contacts or {}).items()]
    if s.manager:
        words.append(f"manager:{s.manager}")
    return "add " + " ".join(words)


def seed(store: Store, clock: FixedClock) -> None:
    """The team's deals as they stand on the demo's first morning, typed as the team would."""
    for number, s in enumerate(SEEDS, start=1):
        clock.set(_at(START - timedelta(days=s.days_ago + 3), 10))
        _say(store, clock, s.owner, _add_line(s))
        if s.paid_share:
            paid = Money(int(s.fee.amount_minor * s.paid_share), s.fee.currency)
            _say(store, clock, s.owner, f"pay #{number} {paid.amount} {paid.currency} deposit")
        _say(store, clock, s.owner, f"heard #{number} via email Sounds great, let's do it!")
        clock.set(_at(START - timedelta(days=s.days_ago), 11))
        if s.stage != Stage.negotiating:
            _say(store, clock, s.owner, f"stage #{number} {s.stage.value}")
        else:
            _say(store, clock, s.owner, f"contacted #{number} via email sent our offer")


# What happens to the team over the two weeks, besides silence: who types what, and why.
STORY: dict[date, list[tuple[str, str, str]]] = {
    START + timedelta(days=1): [
        (
            "Camille Dubois's out-of-office says she is back on 14 December: paused",
            "UTOM",
            "pause Camille Dubois until 2026-12-14",
        ),
    ],
    START + timedelta(days=3): [
        (
            "Ana Souza answers on WhatsApp; Tom logs it with /deal heard",
            "UTOM",
            "heard Ana Souza via whatsapp will send the draft on Friday",
        ),
    ],
}


def run_demo(out: TextIO, days: int = 14) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.from_url(f"sqlite:///{Path(folder) / 'demo.db'}")
        upgrade(store.engine)
        clock = FixedClock(_at(START, 8))
        seed(store, clock)
        posting = slack_posting(PrintingSlack(out))
        writer = make_writer(
            mail_from="Maria Lopez <maria@acme.example>", company="Acme", templates_dir=None
        )
        print(
            f"ghostwatch demo — {len(SEEDS)} creators, {days} days of #creators in {TZ}\n", file=out
        )
        for offset in range(days):
            today = START + timedelta(days=offset)
            print(f"━━━━━━━━━━━━ {today:%A %-d %B %Y} ━━━━━━━━━━━━\n", file=out)
            for hour in (8, 9, 10, 14, 18):
                clock.set(_at(today, hour, 30 if hour == 9 else 0))
                for what, user, text in STORY.get(today, []) if hour == 14 else []:
                    print(f"» {what}\n", file=out)
                    _say(store, clock, user, text)
                run_tick(store, clock.now(), writer=writer)
                claim_digests(store, clock.now())
                while drain(store, posting, clock.now(), per_channel=100).posted:
                    pass
        store.engine.dispose()
