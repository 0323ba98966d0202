"""Sending a composed message: over SMTP, or into an outbox folder when no server is set.

Callers only ever see `SendError`, whose `reason` is safe to show in Slack: it quotes the server,
never the password.
"""

import logging
import os
import re
import smtplib
import socket
import ssl
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)

Security = Literal["ssl", "starttls", "none"]
DEFAULT_PORTS: dict[str, int] = {"ssl": 465, "starttls": 587, "none": 25}
_SECURITY_NAMES = {"ssl": "SSL/TLS", "starttls": "STARTTLS", "none": "no encryption"}


class SendError(Exception):
    """A message that did not (fully) go out.

    `reason` is short, human and safe to show (never the password); `permanent` says whether
    trying again unchanged can help (5xx, refused login or recipients, bad TLS: no). `refused`
    maps each refused recipient to the server's reply. `delivered` is True when the server took
    the message for the other recipients: sending it again would duplicate it.
    """

    def __init__(
        self,
        reason: str,
        *,
        permanent: bool,
        refused: Mapping[str, str] | None = None,
        delivered: bool = False,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.refused: dict[str, str] = dict(refused or {})
        self.delivered = delivered


class Mailer(Protocol):
    """Where approved messages go; `description` is shown to people (no secrets)."""

    description: str

    def send(self, message: EmailMessage) -> str:
        """Send, returning where it went (host or file path); raise `SendError` otherwise."""
        ...


@dataclass(frozen=True)
class SmtpSettings:
    """How to reach the team's SMTP server; the password stays out of `repr`."""

    host: str
    port: int
    username: str | None
    password: str | None = field(repr=False)
    security: Security = "starttls"
    timeout: float = 30.0
    ssl_context: ssl.SSLContext | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.security not in DEFAULT_PORTS:
            raise ValueError(f"SMTP security must be ssl, starttls or none, not {self.security!r}")
        if not 0 < self.port < 65536:
            raise ValueError(f"not a valid SMTP port: {self.port}")
        if self.username and self.password is None:
            raise ValueError("an SMTP username is set but no password")


class SmtpMailer:
    """One SMTP conversation per message: connect, secure, log in, send, quit.

    STARTTLS is required when asked for: a server that does not offer it gets nothing, not even
    the login, so a downgrade attack cannot read the password or the mail.
    """

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self.description = (
            f"{settings.host}:{settings.port} ({_SECURITY_NAMES[settings.security]})"
        )
        if settings.security == "none" and settings.username:
            log.warning("SMTP login to %s without encryption", self.description)

    def __repr__(self) -> str:
        return f"SmtpMailer({self.description})"

    def send(self, message: EmailMessage) -> str:
        try:
            refused = self._converse(message)
        except SendError:
            raise
        except Exception as exc:
            raise self._error(exc) from None
        if refused:
            raise _partially_refused(refused)
        log.info("sent %s via %s", message.get("Message-ID", "?"), self.description)
        return self.settings.host

    def _converse(self, message: EmailMessage) -> dict[str, tuple[int, bytes]]:
        smtp = self._connect()
        try:
            if self.settings.security == "starttls":
                self._starttls(smtp)
            if self.settings.username:
                smtp.login(self.settings.username, self.settings.password or "")
            refused = smtp.send_message(message)
        except BaseException:
            smtp.close()
            raise
        _quit(smtp)
        return refused

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        if s.security == "ssl":
            return smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=self._context())
        return smtplib.SMTP(s.host, s.port, timeout=s.timeout)

    def _starttls(self, smtp: smtplib.SMTP) -> None:
        smtp.ehlo()
        if not smtp.has_extn("starttls"):
            raise SendError(
                f"{self.settings.host} does not offer STARTTLS, so nothing was sent "
                "(set SMTP_SECURITY to ssl or check SMTP_PORT)",
                permanent=True,
            )
        smtp.starttls(context=self._context())
        smtp.ehlo()

    def _context(self) -> ssl.SSLContext:
        return self.settings.ssl_context or ssl.create_default_context()

    def _error(self, exc: Exception) -> SendError:
        error = _describe(exc, self.settings.host)
        password = self.settings.password
        if password and password in error.reason:
            error = SendError(
                error.reason.replace(password, "***"),
                permanent=error.permanent,
                refused=error.refused,
            )
        log.warning("SMTP send via %s failed: %s", self.description, error.reason)
        return error


class OutboxMailer:
    """Writes each message as an `.eml` file; for trying the bot without a mail server.

    Files appear complete or not at all (temp file + `os.replace`), so a reader polling the
    folder never sees half a message.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder).resolve()
        self.description = f"the outbox folder {self.folder}"

    def __repr__(self) -> str:
        return f"OutboxMailer({self.folder})"

    def send(self, message: EmailMessage) -> str:
        data = message.as_bytes(policy=message.policy.clone(linesep="\r\n"))
        path = self.folder / _eml_name(message)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _write_atomically(path, data)
        except OSError as exc:
            reason = f"could not write to {self.description}: {exc.strerror or exc}"
            raise SendError(reason, permanent=False) from None
        log.info("wrote %s to %s", message.get("Message-ID", "?"), path)
        return str(path)


def mailer_from_settings(settings: "Settings") -> Mailer:
    """SMTP when `SMTP_HOST` is set (port defaulting by security), else the outbox folder."""
    if not settings.smtp_host:
        return OutboxMailer(settings.outbox_dir)
    password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
    return SmtpMailer(
        SmtpSettings(
            host=settings.smtp_host,
            port=settings.smtp_port or DEFAULT_PORTS[settings.smtp_security],
            username=settings.smtp_username or None,
            password=password,
            security=settings.smtp_security,
        )
    )


def _describe(exc: Exception, host: str) -> SendError:
    """Map what smtplib or the network raised to a short reason and whether it can pass later."""
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return _reply_error(f"{host} refused the login", exc.smtp_code, exc.smtp_error)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return _refused_error(exc.recipients, delivered=False)
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return _reply_error(f"{host} refused the sender {exc.sender}", exc.smtp_code, exc.smtp_error)
    if isinstance(exc, smtplib.SMTPDataError):
        return _reply_error(f"{host} refused the message", exc.smtp_code, exc.smtp_error)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return SendError(f"{host} does not support {_first_line(str(exc))}", permanent=True)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return SendError(f"{host} closed the connection unexpectedly", permanent=False)
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply_error(f"{host} said no", exc.smtp_code, exc.smtp_error)
    if isinstance(exc, ssl.SSLCertVerificationError):
        detail = exc.verify_message or "certificate not trusted"
        return SendError(f"{host}'s TLS certificate is not valid: {detail}", permanent=True)
    if isinstance(exc, ssl.SSLError):
        reason = f"TLS with {host} failed ({exc.reason or exc}): check SMTP_SECURITY and SMTP_PORT"
        return SendError(reason, permanent=True)
    if isinstance(exc, TimeoutError | socket.timeout):
        return SendError(f"{host} did not answer in time", permanent=False)
    if isinstance(exc, socket.gaierror):
        return SendError(f"cannot find the mail server {host}", permanent=False)
    if isinstance(exc, ConnectionRefusedError):
        return SendError(f"{host} refused the connection (is the server up?)", permanent=False)
    if isinstance(exc, OSError):
        return SendError(f"cannot reach {host}: {exc.strerror or exc}", permanent=False)
    if isinstance(exc, smtplib.SMTPException):
        return SendError(f"mail to {host} failed: {_first_line(str(exc))}", permanent=False)
    if isinstance(exc, UnicodeError | ValueError):
        return SendError(f"the message could not be encoded: {exc}", permanent=True)
    raise exc


def _reply_error(context: str, code: int, text: bytes | str) -> SendError:
    return SendError(f"{context}: {_reply(code, text)}", permanent=_is_permanent(code))


def _refused_error(recipients: Mapping[str, tuple[int, bytes]], *, delivered: bool) -> SendError:
    refused = {addr: _reply(code, text) for addr, (code, text) in recipients.items()}
    listed = "; ".join(f"{addr} ({reply})" for addr, reply in refused.items())
    lead = "some recipients were refused, the others got it" if delivered else "refused"
    permanent = delivered or all(_is_permanent(code) for code, _ in recipients.values())
    return SendError(f"{lead}: {listed}", permanent=permanent, refused=refused, delivered=delivered)


def _partially_refused(recipients: Mapping[str, tuple[int, bytes]]) -> SendError:
    """Some recipients were taken: never retry as is (the others would get it twice)."""
    return _refused_error(recipients, delivered=True)


def _reply(code: int, text: bytes | str) -> str:
    """`535 5.7.8 Authentication credentials invalid`: a server reply on one line."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(f"{code} {text}".split())


def _is_permanent(code: int) -> bool:
    return 500 <= code < 600


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "an unknown error"


def _quit(smtp: smtplib.SMTP) -> None:
    """QUIT politely; the message is already accepted, so a failure here changes nothing."""
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def _eml_name(message: EmailMessage) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    msg_id = re.sub(r"[^A-Za-z0-9._@-]+", "_", str(message.get("Message-ID", ""))).strip("._")
    return f"{stamp}-{msg_id[:120] or 'message'}.eml"


def _write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
