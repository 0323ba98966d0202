"""Settings from the environment and an optional `.env` file."""

from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

SETUP_HINT = 'See README.md, section "Set up", for where each value comes from.'


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

    @field_validator("slack_api_url")
    @classmethod
    def _api_url_ends_with_slash(cls, value: str | None) -> str | None:
        if value and not value.endswith("/"):
            return value + "/"
        return value or None

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
