"""`/deal settings`: the workspace's channel, calendar, ladder and approvers."""

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.core import settings
from bot.core.forms import FormErrors
from bot.core.workspaces import ensure_workspace
from bot.slack.blocks.settings import CALLBACK_ID, settings_modal
from bot.slack.listeners import payload
from bot.slack.listeners.binding import bind
from bot.slack.modal_values import view_values
from bot.slack.modals import open_modal
from bot.slack.permissions import SlackDirectory
from bot.slack.respond import privately
from bot.wiring import Deps

AGAIN = "run `/deal settings` again."
REFUSED = (
    "Only workspace admins and approvers can change ghostwatch's settings, since they decide "
    "who may send email. Ask one of them."
)


def _may_change(client: WebClient, deps: Deps, team_id: str, user_id: str) -> bool:
    with deps.store.session() as session:
        ws = ensure_workspace(session, team_id, deps.defaults)
    directory = SlackDirectory(client)
    return settings.may_change(
        ws,
        user_id,
        is_admin=directory.is_admin(team_id, user_id),
        in_group=lambda group: directory.in_group(team_id, group, user_id),
    )


def open_settings(
    client: WebClient,
    deps: Deps,
    respond: Callable[..., Any],
    *,
    trigger_id: str,
    team_id: str,
    user_id: str,
) -> None:
    if not _may_change(client, deps, team_id, user_id):
        privately(respond, REFUSED)
        return
    current = settings.load(deps.store, team_id, deps.defaults)
    open_modal(client, trigger_id=trigger_id, view=settings_modal(current), again=AGAIN)


def submit(ack: Ack, body: dict[str, Any], client: WebClient, *, deps: Deps) -> None:
    team_id, user_id = payload.team_id(body), payload.user_id(body)
    if not _may_change(client, deps, team_id, user_id):
        ack(response_action="errors", errors={"approver_users": REFUSED})
        return
    try:
        saved = settings.save(
            deps.store,
            team_id,
            view_values(body["view"]["state"]),
            deps.defaults,
            deps.clock.now(),
        )
    except FormErrors as exc:
        ack(response_action="errors", errors=exc.errors)
        return
    ack()
    where = f"<#{saved.channel_id}>" if saved.channel_id else "no channel yet"
    client.chat_postMessage(
        channel=user_id,
        text=f"Settings saved. Escalations go to {where}; every deal is re-checked now.",
    )


def register(app: App, deps: Deps) -> None:
    app.view(CALLBACK_ID)(bind(submit, deps))
