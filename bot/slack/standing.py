"""What Slack knows about a user that decides what they may do here."""

import logging
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.store.models import Workspace

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Standing:
    """Whether the user is an admin or owner of the Slack workspace, and which of the workspace's
    approver groups they are in."""

    is_admin: bool
    groups: frozenset[str]

    def in_group(self, group: str) -> bool:
        return group in self.groups


def standing(client: WebClient, ws: Workspace, user_id: str) -> Standing:
    """Asked of Slack on each use, since admins and groups change there; a lookup that fails
    grants nothing."""
    try:
        user = client.users_info(user=user_id)["user"]
        is_admin = bool(user.get("is_admin") or user.get("is_owner"))
    except SlackApiError as exc:
        log.warning("could not look up %s: %s", user_id, exc.response.get("error"))
        is_admin = False
    groups = set()
    for group in (a for a in ws.approvers if a.startswith("S")):
        try:
            if user_id in client.usergroups_users_list(usergroup=group).get("users", []):
                groups.add(group)
        except SlackApiError as exc:
            log.warning("could not read user group %s: %s", group, exc.response.get("error"))
    return Standing(is_admin, frozenset(groups))
