"""Digest buttons: act on the deal at once, then show in the message what was done."""

import re
from typing import Any

from slack_bolt import Ack, App, Respond

from bot.core import deal_actions
from bot.core.commands import Changed, Problem
from bot.slack.blocks.digest import DONE, DRAFT, OPEN, REPLIED, SNOOZE, mark_entry
from bot.slack.blocks.replies import render
from bot.slack.blocks.text import escape, mention, moment
from bot.slack.listeners import payload
from bot.slack.listeners.binding import bind
from bot.slack.respond import NO_MAIL, privately
from bot.wiring import Deps

BUTTONS = re.compile(rf"^({DRAFT}|{REPLIED}|{SNOOZE}|{OPEN}):\d+$")


def clicked(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, *, deps: Deps
) -> None:
    ack()
    kind = payload.kind(action)
    team_id, user_id = payload.team_id(body), payload.user_id(body)
    deal_id = payload.button_id(action)
    now = deps.clock.now()
    if kind == OPEN:
        shown = deal_actions.opened(deps.store, team_id, deal_id, deps.defaults)
        privately(respond, **render(shown, now))
        return
    if kind == DRAFT:
        if deps.mail is None:
            privately(respond, NO_MAIL)
            return
        result = deal_actions.drafted(
            deps.store, team_id, deal_id, now, deps.defaults, deps.mail.writer
        )
    elif kind == REPLIED:
        result = deal_actions.replied(deps.store, team_id, user_id, deal_id, now, deps.defaults)
    else:
        result = deal_actions.snoozed(deps.store, team_id, deal_id, now, deps.defaults)
    if isinstance(result, Problem):
        privately(respond, escape(result.message))
        return
    # Replying, snoozing and drafting change the deal; only opening it shows a card.
    assert isinstance(result, Changed)
    note = f"{escape(result.message)} — {mention(user_id)}, {moment(now)}"
    message = body.get("message")
    if message and message.get("blocks"):
        respond(
            replace_original=True,
            text=message.get("text") or "Daily digest",
            blocks=mark_entry(message["blocks"], deal_id, note),
        )
    else:
        privately(respond, f"{DONE} {note}")


def register(app: App, deps: Deps) -> None:
    app.action(BUTTONS)(bind(clicked, deps))
