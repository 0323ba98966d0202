"""The `/deal` command language: parse the text, run the use case, return a result to render.

Each command runs in one transaction, so a command that fails part-way saves nothing.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from sqlmodel import Session

from bot.core import deal_refs, deals
from bot.core.addresses import SmtpUtf8, no_smtputf8
from bot.core.dates import parse_snooze
from bot.core.deals import NewDeal
from bot.core.digest import Digest, build_digest
from bot.core.drafts import Writer, draft_now
from bot.core.enums import Stage
from bot.core.errors import Ambiguous, InputError, NotFound
from bot.core.locales import COUNTRY_FORMS, LANGUAGE_FORMS, TIMEZONE_FORMS
from bot.core.money import parse_money
from bot.core.quickadd import parse_quick_add, take_tagged
from bot.core.stages import LABELS, TERMINAL, parse_stage
from bot.core.typed import typed
from bot.core.views import DealView, deal_view
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace, local_today, zone
from bot.store.engine import Store
from bot.store.models import Workspace

DEAL_REF = "<deal> is a number (#12), the creator's @handle or name."
USAGE = {
    "add": "`/deal add` opens a form, or in one line:\n"
    "`/deal add <name> [email] [fee] [due <date>] [platform] [@handle] [country:MX] [lang:es] "
    "[tz:America/Mexico_City] [whatsapp:+5511912345678] [manager:booking@agency.com]`\n"
    "e.g. `/deal add Jane Doe jane@example.com $1,200 due 2026-12-15 youtube @janedoe`",
    "set": "`/deal set <deal> [country:MX] [lang:es] [tz:America/Mexico_City] "
    "[whatsapp:+5511912345678] [manager:booking@agency.com]` — where the creator is, the "
    "language their reminders are written in, their time zone, their messaging apps (also "
    "line:, kakaotalk:, wechat:, telegram:, zalo:, messenger:) and their manager. Countries: "
    f"{COUNTRY_FORMS}; languages: {LANGUAGE_FORMS}; time zones: {TIMEZONE_FORMS}. {DEAL_REF}",
    "list": "`/deal list [mine|all|silent]` (active deals when nothing is given)",
    "show": f"`/deal show <deal>` — {DEAL_REF}",
    "heard": "`/deal heard <deal> [via whatsapp|line|dm|comment|call|email] [note]` — log a reply "
    f"from the creator. {DEAL_REF}",
    "contacted": "`/deal contacted <deal> [via whatsapp|line|dm|comment|call|email] [note]` — log "
    f"that the team reached out. {DEAL_REF}",
    "stage": "`/deal stage <deal> <stage>` — stages: "
    + ", ".join(f"`{s.value}`" for s in LABELS)
    + f". {DEAL_REF}",
    "snooze": f"`/deal snooze <deal> <3d|2w|date>` — pause the chase until then. {DEAL_REF}",
    "close": f"`/deal close <deal> completed|cancelled|ghosted`. {DEAL_REF}",
    "pause": f"`/deal pause <deal> until <date>` — the creator is away (out of office, a trip): "
    f"no chasing until then. {DEAL_REF}",
    "remind": f"`/deal remind <deal>` — draft a reminder email to approve. {DEAL_REF}",
    "pay": "`/deal pay <deal> <amount> [deposit|production|publish|bonus|other]` — record a "
    f"payment to the creator. {DEAL_REF}",
    "settings": "`/deal settings` — team channel, time zone, working days, ladder thresholds, "
    "approvers (for workspace admins and approvers)",
    "digest": "`/deal digest` — today's digest of silent creators, shown only to you",
    "help": "`/deal help`",
}
T = TypeVar("T")

ALL_USAGE = "\n".join(usage for name, usage in USAGE.items() if name != "help")


@dataclass(frozen=True)
class CommandContext:
    team_id: str
    user_id: str
    channel_id: str | None
    now: datetime
    # Whether the mail server can take an address such as jöe@example.com.
    smtputf8: SmtpUtf8 = no_smtputf8


# --- results -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """The input was wrong; nothing was saved."""

    message: str
    usage: str


@dataclass(frozen=True)
class Candidates:
    message: str
    deals: list[DealView]


@dataclass(frozen=True)
class Added:
    deal: DealView
    reused_creator: bool
    timezone: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Listing:
    scope: str
    deals: list[DealView]
    total: int
    timezone: str


@dataclass(frozen=True)
class Card:
    deal: DealView
    timezone: str


@dataclass(frozen=True)
class Changed:
    message: str
    deal: DealView
    timezone: str


@dataclass(frozen=True)
class Help:
    usage: str = ALL_USAGE


@dataclass(frozen=True)
class OpenAddForm:
    """`/deal add` with no text: the caller opens the form (it must, within 3 s)."""


@dataclass(frozen=True)
class OpenSettings:
    """`/deal settings`: the caller opens the settings form."""


@dataclass(frozen=True)
class DigestPreview:
    digest: Digest


Result = (
    Problem
    | Candidates
    | Added
    | Listing
    | Card
    | Changed
    | Help
    | OpenAddForm
    | OpenSettings
    | DigestPreview
)


@dataclass(frozen=True)
class _Call:
    session: Session
    ws: Workspace
    ctx: CommandContext
    words: list[str]
    text: str = field(default="")
    writer: Writer | None = None


def run_command(
    store: Store,
    ctx: CommandContext,
    text: str,
    defaults: WorkspaceDefaults,
    writer: Writer | None = None,
) -> Result:
    try:
        text = typed(text)
    except InputError as exc:
        return Problem(str(exc), ALL_USAGE)
    words = text.split()
    if not words or words[0].lower() == "help":
        return Help()
    name, args = words[0].lower(), words[1:]
    handler = _HANDLERS.get(name)
    if handler is None:
        return Problem(f'"{words[0]}" is not a /deal command.', ALL_USAGE)
    if name == "add" and not args:
        return OpenAddForm()
    if name == "settings":
        return (
            OpenSettings() if not args else Problem("`/deal settings` takes no words.", USAGE[name])
        )
    rest = text.strip()[len(words[0]) :].strip()
    try:
        with store.session() as session:
            ws = ensure_workspace(session, ctx.team_id, defaults)
            return handler(_Call(session, ws, ctx, args, rest, writer))
    except Ambiguous as exc:
        return Candidates(f"{exc} Use the deal number:", exc.candidates)
    except (InputError, NotFound) as exc:
        return Problem(str(exc), USAGE[name])


# --- handlers ------------------------------------------------------------------------------


def _add(call: _Call) -> Result:
    ws = call.ws
    today = local_today(ws, call.ctx.now)
    quick = parse_quick_add(
        call.text,
        today=today,
        day_first=ws.day_first,
        default_currency=ws.default_currency,
        smtputf8=call.ctx.smtputf8,
    )
    spec = NewDeal(
        name=quick.name,
        emails=quick.emails,
        handle=quick.handle,
        platform=quick.platform,
        fee=quick.fee,
        publish_due=quick.publish_due,
        draft_due=quick.draft_due,
        owner_id=call.ctx.user_id,
        managers=quick.tagged.managers,
        contacts=quick.tagged.contacts,
        locale=quick.tagged.locale,
    )
    deals.validate_new_deal(spec, today)
    deal, reused = deals.add_deal(call.session, ws, spec, actor=call.ctx.user_id, now=call.ctx.now)
    view = deal_view(call.session, ws, deal)
    warnings: tuple[str, ...] = ()
    if view.blacklisted:
        warnings = (f"{view.creator_name} is on the team's blacklist. Check before going on.",)
    return Added(view, reused, ws.timezone, warnings)


def _list(call: _Call) -> Result:
    if len(call.words) > 1 or (call.words and call.words[0].lower() not in deal_refs.LIST_SCOPES):
        raise InputError(f'"{" ".join(call.words)}" is not a list I can show.')
    scope = call.words[0].lower() if call.words else "active"
    views, total = deal_refs.list_deals(call.session, call.ws, scope, call.ctx.user_id)
    return Listing(scope, views, total, call.ws.timezone)


def _show(call: _Call) -> Result:
    deal = deal_refs.resolve_deal(call.session, call.ws, " ".join(call.words))
    return Card(deal_view(call.session, call.ws, deal, history=True), call.ws.timezone)


def _touch(direction: str) -> Callable[[_Call], Result]:
    def handler(call: _Call) -> Result:
        words = call.words
        lowered = [w.lower() for w in words]
        if "via" in lowered:
            at = lowered.index("via")
            if at + 1 >= len(words):
                raise InputError('Say which channel after "via".')
            deal = deal_refs.resolve_deal(call.session, call.ws, " ".join(words[:at]))
            channel = deals.parse_channel(words[at + 1])
            note_words = words[at + 2 :]
        else:
            deal, note_words = deal_refs.split_ref(call.session, call.ws, words)
            channel = "email"
        if deal.stage in TERMINAL:
            raise InputError(f"Deal #{deal.number} is closed; reopen it with `/deal stage`.")
        deals.log_touchpoint(
            call.session,
            call.ws,
            deal,
            direction=direction,
            channel=channel,
            actor=call.ctx.user_id,
            now=call.ctx.now,
            note=" ".join(note_words) or None,
        )
        view = deal_view(call.session, call.ws, deal)
        via = "" if channel == "email" else f" via {channel}"
        if direction == "in":
            message = f"Logged a reply from {view.creator_name}{via}. The silence clock is reset."
        else:
            message = (
                f"Logged the team's message to {view.creator_name}{via}. "
                "The clock runs until they answer."
            )
        return Changed(message, view, call.ws.timezone)

    return handler


def _split_tail(words: list[str], max_tail: int, parse: Callable[[str], T]) -> tuple[str, T]:
    """The deal reference and the parsed tail of 1..max_tail words, trying the longest first.

    Raises the error of the shortest tail when none parses.
    """
    if len(words) < 2:
        raise InputError("Say which deal, then what to do with it.")
    error: InputError | None = None
    for size in range(min(max_tail, len(words) - 1), 0, -1):
        try:
            return " ".join(words[:-size]), parse(" ".join(words[-size:]))
        except InputError as exc:
            error = exc
    assert error is not None
    raise error


def _parse_stage(text: str) -> Stage:
    stage = parse_stage(text)
    if stage is None:
        raise InputError(f'"{text}" is not a stage.')
    return stage


def _stage(call: _Call) -> Result:
    ref, stage = _split_tail(call.words, 2, _parse_stage)
    deal = deal_refs.resolve_deal(call.session, call.ws, ref)
    deals.set_stage(call.session, call.ws, deal, stage, call.ctx.now)
    view = deal_view(call.session, call.ws, deal)
    return Changed(f"Deal #{view.number} is now at {LABELS[stage]}.", view, call.ws.timezone)


def _snooze(call: _Call) -> Result:
    ws = call.ws
    ref, until = _split_tail(
        call.words, 3, lambda text: parse_snooze(text, call.ctx.now, zone(ws), ws.day_first)
    )
    deal = deal_refs.resolve_deal(call.session, ws, ref)
    deals.snooze(call.session, ws, deal, until, call.ctx.now)
    view = deal_view(call.session, ws, deal)
    when = until.astimezone(zone(ws)).strftime("%a %d %b %Y %H:%M")
    return Changed(f"Deal #{view.number} is snoozed until {when}.", view, ws.timezone)


def _pause(call: _Call) -> Result:
    ws = call.ws
    words = [w for w in call.words if w.lower() != "until"]
    ref, until = _split_tail(
        words, 3, lambda text: parse_snooze(text, call.ctx.now, zone(ws), ws.day_first)
    )
    deal = deal_refs.resolve_deal(call.session, ws, ref)
    deals.pause(call.session, ws, deal, until, f"paused by {call.ctx.user_id}", call.ctx.now)
    view = deal_view(call.session, ws, deal)
    when = until.astimezone(zone(ws)).strftime("%a %d %b %Y")
    return Changed(
        f"No chasing {view.creator_name} (#{view.number}) until {when}; the silence clock is "
        "stopped until then.",
        view,
        ws.timezone,
    )


def _pay(call: _Call) -> Result:
    ws, words = call.ws, list(call.words)
    milestone = words.pop().lower() if words and words[-1].lower() in deals.MILESTONES else None

    def money_text(text: str) -> str:
        parse_money(text, ws.default_currency)
        return text

    ref, amount_text = _split_tail(words, 2, money_text)
    deal = deal_refs.resolve_deal(call.session, ws, ref)
    amount = parse_money(amount_text, deal.currency or ws.default_currency)
    deals.record_payment(
        call.session,
        ws,
        deal,
        amount,
        actor=call.ctx.user_id,
        now=call.ctx.now,
        milestone=milestone,
    )
    view = deal_view(call.session, ws, deal)
    return Changed(
        f"Recorded {amount.format()} paid to {view.creator_name} (#{view.number}).",
        view,
        ws.timezone,
    )


def _set(call: _Call) -> Result:
    given, words = take_tagged(call.words, smtputf8=call.ctx.smtputf8)
    if not words or not given:
        raise InputError(
            "Say which deal, then at least one of country:, lang:, tz:, manager: or a "
            "messaging app such as whatsapp:."
        )
    deal = deal_refs.resolve_deal(call.session, call.ws, " ".join(words))
    deals.set_details(call.session, call.ws, deal, given)
    view = deal_view(call.session, call.ws, deal)
    said = [*view.locality.describe(call.ctx.now)]
    said += [f"{app} {handle}" for app, handle in view.contacts.items()]
    said += [f"manager {address}" for address in view.managers]
    return Changed(f"{view.creator_name}: {'; '.join(said)}.", view, call.ws.timezone)


def _remind(call: _Call) -> Result:
    if call.writer is None:
        raise InputError("Email drafting is not set up for this bot.")
    deal = deal_refs.resolve_deal(call.session, call.ws, " ".join(call.words))
    message = draft_now(call.session, call.ws, deal, call.writer, call.ctx.now)
    return Changed(message, deal_view(call.session, call.ws, deal), call.ws.timezone)


def _close(call: _Call) -> Result:
    if len(call.words) < 2 or call.words[-1].lower() not in deals.CLOSE_OUTCOMES:
        raise InputError("Say which deal and how it ended: completed, cancelled or ghosted.")
    deal = deal_refs.resolve_deal(call.session, call.ws, " ".join(call.words[:-1]))
    stage = deals.close(call.session, call.ws, deal, call.words[-1].lower(), call.ctx.now)
    view = deal_view(call.session, call.ws, deal)
    return Changed(
        f"Deal #{view.number} with {view.creator_name} is {LABELS[stage].lower()}.",
        view,
        call.ws.timezone,
    )


_HANDLERS: dict[str, Callable[[_Call], Result]] = {
    "add": _add,
    "list": _list,
    "show": _show,
    "heard": _touch("in"),
    "contacted": _touch("out"),
    "stage": _stage,
    "snooze": _snooze,
    "close": _close,
    "pause": _pause,
    "pay": _pay,
    "remind": _remind,
    "set": _set,
    "settings": lambda call: OpenSettings(),
    "digest": lambda call: DigestPreview(build_digest(call.session, call.ws, call.ctx.now)),
}
