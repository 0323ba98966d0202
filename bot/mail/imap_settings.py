"""Where the team mailbox is, read from the settings alone, so `ghostwatch doctor` can tell
"not configured" without loading the IMAP client and the classifier."""

import ssl
from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    username: str
    password: str | None = field(default=None, repr=False)
    oauth2_token: str | None = field(default=None, repr=False)
    security: Literal["ssl", "starttls", "none"] = "ssl"
    ssl_context: ssl.SSLContext | None = None
    timeout: float = 30.0


def imap_settings(settings: Any) -> ImapSettings | None:
    """From the bot's settings; None when no mailbox is configured."""
    if not settings.imap_host or not settings.imap_username:
        return None
    security = settings.imap_security
    secret = settings.imap_password.get_secret_value() if settings.imap_password else None
    token = settings.imap_oauth2_token
    return ImapSettings(
        host=settings.imap_host,
        port=settings.imap_port or (993 if security == "ssl" else 143),
        username=settings.imap_username,
        password=secret,
        oauth2_token=token.get_secret_value() if token else None,
        security=security,
    )
