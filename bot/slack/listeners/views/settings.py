"""`/deal settings`: the workspace's channel, calendar, ladder and approvers."""

from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.core import settings
from bot.core.forms import FormErrors
from bot.core.workspaces import ensure_workspace
from bot.slack.blocks.settings import CALLBACK_ID, settings_modal
from bot.slack.respond import privately
from bot.slack.services import Services
from bot.slack.standing import standing
from bot.slack.state import view_values

REFUSED = (
    "Only workspace admins and approvers can change ghostwatch's settings, since they decide "
    "who may send email. Ask one of them."
)


def _may_change(client: WebClient, services: Services, team_id: str, user_id: str) -> bool:
    with services.store.session() as session:
        ws = ensure_workspace(session, team_id, services.defaults)
    user = standing(client, ws, user_id)
    return settings.may_change(ws, user_id, is_admin=user.is_admin, in_group=user.in_group)


def open_settings(
    client: WebClient,
    services: Services,
    respond: Respond,
    *,
    trigger_id: str,
    team_id: str,
    user_id: str,
) -> None:
    if not _may_change(client, services, team_id, user_id):
        privately(respond, REFUSED)
        return
    current = settings.load(services.store, team_id, services.defaults)
    client.views_open(trigger_id=trigger_id, view=settings_modal(current))


def register(app: App, services: Services) -> None:
    @app.view(CALLBACK_ID)
    def submit(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        team_id, user_id = body["team"]["id"], body["user"]["id"]
        if not _may_change(client, services, team_id, user_id):
            ack(response_action="errors", errors={"approver_users": REFUSED})
            return
        try:
            saved = settings.save(
                services.store,
                team_id,
                view_values(body["view"]["state"]),
                services.defaults,
                services.clock.now(),
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
