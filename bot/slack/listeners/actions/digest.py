"""Digest buttons: act on the deal at once, then show in the message what was done."""

import logging
import re
from typing import Any

from slack_bolt import Ack, App, Respond

from bot.core import deal_actions
from bot.core.commands import Problem
from bot.slack.blocks.digest import DONE, DRAFT, OPEN, REPLIED, SNOOZE, mark_entry
from bot.slack.blocks.replies import render
from bot.slack.blocks.text import escape, mention, moment
from bot.slack.respond import NO_MAIL, privately
from bot.slack.services import Services

log = logging.getLogger(__name__)
BUTTONS = re.compile(rf"^({DRAFT}|{REPLIED}|{SNOOZE}|{OPEN}):\d+$")


def register(app: App, services: Services) -> None:
    @app.action(BUTTONS)
    def clicked(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        ack()
        try:
            _act(body, action, respond)
        except Exception:
            log.exception("the digest button %s failed", action.get("action_id"))
            privately(respond, "Something went wrong on our side. Please try again in a minute.")

    def _act(body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        kind = action["action_id"].split(":")[0]
        team_id, user_id = body["team"]["id"], body["user"]["id"]
        deal_id = int(action["value"])
        now = services.clock.now()
        if kind == OPEN:
            result = deal_actions.opened(services.store, team_id, deal_id, services.defaults)
            privately(respond, **render(result, now))
            return
        if kind == DRAFT:
            if services.mail is None:
                privately(respond, NO_MAIL)
                return
            result = deal_actions.drafted(
                services.store, team_id, deal_id, now, services.defaults, services.mail.writer
            )
        elif kind == REPLIED:
            result = deal_actions.replied(
                services.store, team_id, user_id, deal_id, now, services.defaults
            )
        else:
            result = deal_actions.snoozed(services.store, team_id, deal_id, now, services.defaults)
        if isinstance(result, Problem):
            privately(respond, escape(result.message))
            return
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
