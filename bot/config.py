"""Settings from the environment and an optional `.env` file."""

import re
from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

SETUP_HINT = 'See README.md, section "Set up", for where each value comes from.'

CHANNEL_FORMS = (
    "a channel link (https://acme.slack.com/archives/C0123ABC), #name or an id (C0123ABC)"
)
_CHANNEL_ID = re.compile(r"[CG][A-Z0-9]{2,}")
# "Copy link" in Slack's channel menu, or the address bar of Slack in a browser.
_CHANNEL_LINK = re.compile(
    r"https://(?:[a-z0-9-]+\.)*slack\.com/(?:archives|client/[A-Z0-9]+)/([CG][A-Z0-9]{6,})"
    r"(?:[/?#].*)?"
)
_CHANNEL_NAME = re.compile(r"#?([\w.-]{1,80})")


@dataclass(frozen=True)
class ChannelRef:
    """A configured channel: its id, or the name to look it up by."""

    id: str | None = None
    name: str | None = None


def channel_ref(text: str) -> ChannelRef:
    """Read a channel written as a link, `#name` or id; ValueError naming the forms accepted."""
    text = text.strip()
    if _CHANNEL_ID.fullmatch(text):
        return ChannelRef(id=text)
    if link := _CHANNEL_LINK.fullmatch(text):
        return ChannelRef(id=link[1])
    if (name := _CHANNEL_NAME.fullmatch(text)) and "://" not in text:
        return ChannelRef(name=name[1].lower())
    raise ValueError(f"not a channel: write {CHANNEL_FORMS}")


class Settings(BaseSettings):
    """Secrets are `SecretStr`, so printing the settings or an error never shows them."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    slack_bot_token: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_api_url: str | None = None
    database_url: str = "sqlite:///ghostwatch.db"
    ghostwatch_channel: str | None = None
    ghostwatch_timezone: str = "UTC"
    log_level: str = "INFO"
    smtp_host: str | None = None
    smtp_port: int | None = None
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_security: Literal["ssl", "starttls", "none"] = "starttls"
    mail_from: str | None = None
    outbox_dir: str = "outbox"
    templates_dir: str | None = None
    company: str | None = None
    imap_host: str | None = None
    imap_port: int | None = None
    imap_username: str | None = None
    imap_password: SecretStr | None = None
    imap_oauth2_token: SecretStr | None = None
    imap_security: Literal["ssl", "starttls", "none"] = "ssl"
    imap_team_id: str | None = None
    # How long the daily prune keeps old rows (see README, "What the bot keeps").
    ghostwatch_keep_days: int = Field(default=30, ge=1)
    ghostwatch_keep_escalations_days: int = Field(default=730, ge=1)
    # How long a slash command is held by the worker that took it (see README, "Configuration").
    ghostwatch_command_lease_seconds: int = Field(default=30, ge=1)

    @field_validator("slack_api_url")
    @classmethod
    def _api_url_ends_with_slash(cls, value: str | None) -> str | None:
        if value and not value.endswith("/"):
            return value + "/"
        return value or None

    @field_validator("ghostwatch_channel")
    @classmethod
    def _channel_id_or_name(cls, value: str | None) -> str | None:
        """A link becomes its id; a name stays `#name` until Slack is asked which id it has."""
        if not value or not value.strip():
            return None
        ref = channel_ref(value)
        return ref.id or f"#{ref.name}"

    @field_validator("ghostwatch_timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(
                f"unknown time zone {value!r}; use an IANA name like Europe/Paris"
            ) from exc
        return value

    def missing(self, *names: str) -> list[str]:
        """The upper-case names of the given settings that are unset or empty."""
        out = []
        for name in names:
            value = getattr(self, name.lower())
            if isinstance(value, SecretStr):
                value = value.get_secret_value()
            if not value:
                out.append(name)
        return out
