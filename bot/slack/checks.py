"""The Slack side of the setup, checked before anything starts: the tokens, the scopes the
features use, and the team channel (found by name when given one)."""

import urllib.error
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.config import ChannelRef

T = TypeVar("T")

# Every bot scope a feature uses (app.yaml asks for exactly these), and what it is for.
SCOPES = {
    "commands": "the /deal command",
    "chat:write": "posting escalations, digests and approval cards",
    "users:read": "knowing workspace admins",
    "usergroups:read": "approvers named by user group",
    "channels:read": "finding the team channel by name and checking the bot is in it",
    "groups:read": "the same for a private team channel",
    "channels:history": "finding a post whose answer was lost before posting it again",
    "groups:history": "the same in a private channel",
}
# Channels read per conversations.list call (Slack allows up to 1,000; it may return fewer).
PAGE = 1000
# Answers that mean the token itself is wrong: another try cannot help.
TOKEN_ERRORS = frozenset(
    "invalid_auth not_authed account_inactive token_revoked token_expired "
    "not_allowed_token_type".split()
)
TOKEN_HINTS = {
    "SLACK_BOT_TOKEN": "copy the Bot User OAuth Token (xoxb-…) from the app's "
    "OAuth & Permissions page",
    "SLACK_APP_TOKEN": "make an app-level token (xapp-…) with the connections:write scope "
    "under Basic Information → App-Level Tokens",
}


class SlackProblem(Exception):
    """`reason` names the cause and the fix and never shows a token; `config` says whether
    the settings are wrong (rather than Slack away)."""

    def __init__(self, reason: str, *, config: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.config = config


def problem(exc: Exception, token_name: str = "SLACK_BOT_TOKEN") -> SlackProblem | None:
    """What a failed Web API call says about the setup; None when it is not about the setup."""
    if isinstance(exc, SlackApiError):
        error = str(exc.response.get("error") or f"HTTP {exc.response.status_code}")
        if error == "missing_scope":
            needed = exc.response.get("needed") or "a scope in app.yaml"
            return SlackProblem(
                f"the Slack app lacks {needed}: reinstall it from app.yaml (Install App)",
                config=True,
            )
        if error in TOKEN_ERRORS:
            return SlackProblem(
                f"Slack refused {token_name} ({error}): {TOKEN_HINTS[token_name]}", config=True
            )
        return SlackProblem(
            f"Slack answered {error}: try again in a few minutes (status.slack.com)",
            config=False,
        )
    if isinstance(exc, urllib.error.URLError | SlackClientError | OSError):
        cause = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        why = getattr(cause, "strerror", None) or type(cause).__name__
        return SlackProblem(
            f"Slack cannot be reached ({why}): check the network or proxy, or SLACK_API_URL",
            config=False,
        )
    return None


def _calling(call: Callable[[], T], token_name: str = "SLACK_BOT_TOKEN") -> T:
    try:
        return call()
    except Exception as exc:
        found = problem(exc, token_name)
        if found is None:
            raise
        raise found from None


@dataclass(frozen=True)
class Identity:
    team: str
    user: str
    # None when Slack did not say (the header is missing).
    scopes: frozenset[str] | None

    @property
    def missing_scopes(self) -> list[str]:
        return [] if self.scopes is None else sorted(set(SCOPES) - self.scopes)


def identify(client: WebClient) -> Identity:
    """Who the bot token belongs to, and the scopes Slack says it has (`x-oauth-scopes`)."""
    response = _calling(client.auth_test)
    headers = {k.lower(): v for k, v in (response.headers or {}).items()}
    granted = headers.get("x-oauth-scopes")
    if isinstance(granted, list):
        granted = ",".join(granted)
    scopes = None if granted is None else frozenset(s.strip() for s in granted.split(",") if s)
    return Identity(str(response.get("team")), str(response.get("user")), scopes)


def check_app_token(client: WebClient, app_token: str) -> None:
    """The app-level token opens Socket Mode connections (the URL it gets is left unused)."""
    _calling(lambda: client.apps_connections_open(app_token=app_token), "SLACK_APP_TOKEN")


def resolve_channel(client: WebClient, ref: ChannelRef) -> str:
    """The channel's id: given, or found by name among the channels the bot can see."""
    if ref.id is not None:
        return ref.id

    def find() -> str | None:
        # Each page is read as the iteration reaches it (the response object is reused).
        pages = client.conversations_list(
            types="public_channel,private_channel", exclude_archived=True, limit=PAGE
        )
        for page in pages:
            for channel in page.get("channels") or []:
                if channel.get("name") == ref.name:
                    return str(channel["id"])
        return None

    found = _calling(find)
    if found is not None:
        return found
    raise SlackProblem(
        f"GHOSTWATCH_CHANNEL: no channel #{ref.name} that the bot can see: check the name, "
        "or invite the bot to it if it is private (or give the channel's link)",
        config=True,
    )


def channel_problem(client: WebClient, channel_id: str) -> str | None:
    """Why the bot could not post in the channel, found without posting; None when it can."""
    try:
        channel = client.conversations_info(channel=channel_id)["channel"]
    except SlackApiError as exc:
        error = exc.response.get("error")
        if error == "channel_not_found":
            return (
                f"no channel {channel_id} that the bot can see: check GHOSTWATCH_CHANNEL, "
                "or invite the bot if the channel is private"
            )
        raise
    name = f"#{channel.get('name') or channel_id}"
    if channel.get("is_archived"):
        return f"{name} is archived: choose another channel"
    if not channel.get("is_member"):
        return f"the bot is not in {name}: type /invite @ghostwatch there"
    return None
