"""What Slack knows about a user that decides what they may do here: admin or owner, and
membership of the workspace's approver groups. Asked on each use, since both change there."""

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

log = logging.getLogger(__name__)


class SlackDirectory:
    """The core's `Directory`, through this workspace's Web API client; a lookup that fails
    grants nothing."""

    def __init__(self, client: WebClient) -> None:
        self.client = client

    def is_admin(self, team_id: str, user_id: str) -> bool:
        try:
            user = self.client.users_info(user=user_id)["user"]
        except SlackApiError as exc:
            log.warning("could not look up %s: %s", user_id, exc.response.get("error"))
            return False
        return bool(user.get("is_admin") or user.get("is_owner"))

    def in_group(self, team_id: str, group_id: str, user_id: str) -> bool:
        try:
            users: list[str] = self.client.usergroups_users_list(usergroup=group_id).get(
                "users", []
            )
        except SlackApiError as exc:
            log.warning("could not read user group %s: %s", group_id, exc.response.get("error"))
            return False
        return user_id in users
