"""Sending a composed message: over SMTP, or into an outbox folder when no server is set.

Callers only ever see `SendError`, whose `reason` is safe to show in Slack: it quotes the server,
never the password.
"""

import email.policy
import logging
import os
import re
import smtplib
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from bot.core.sending import Outcome, SendFailed

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)

Security = Literal["ssl", "starttls", "none"]
DEFAULT_PORTS: dict[str, int] = {"ssl": 465, "starttls": 587, "none": 25}
_SECURITY_NAMES = {"ssl": "SSL/TLS", "starttls": "STARTTLS", "none": "no encryption"}


class SendError(SendFailed):
    """A message that did not (fully) go out.

    `reason` is short, human and safe to show in Slack (never the password); `permanent` says
    whether trying again unchanged can help (5xx, refused login or recipients, bad TLS: no).
    `refused` maps each refused recipient to the server's reply. `maybe_sent` is True when the
    server took the message for other recipients, or the connection failed after the whole
    message was transmitted: sending it again may duplicate it, so look in Sent (or ask a
    person) first.
    """

    def __init__(
        self,
        reason: str,
        *,
        permanent: bool,
        refused: Mapping[str, str] | None = None,
        maybe_sent: bool = False,
    ) -> None:
        outcome = (
            Outcome.uncertain if maybe_sent else Outcome.refused if permanent else Outcome.failed
        )
        super().__init__(reason, outcome)
        self.permanent = permanent
        self.refused: dict[str, str] = dict(refused or {})
        self.maybe_sent = maybe_sent


class Transport(Protocol):
    """Where approved messages go; `description` is shown to people (no secrets)."""

    description: str

    def send(self, message: EmailMessage) -> str:
        """Send, returning where it went (host or file path); raise `SendError` otherwise."""
        ...

    def offers_smtputf8(self) -> bool:
        """Whether an address with a UTF-8 local part (`jöe@example.com`) can be sent to."""
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

    # How long the server's answer to "do you offer SMTPUTF8?" is trusted, and how long a
    # server that could not be asked is taken not to offer it before asking again.
    CAPABILITY_TTL = 3600.0
    UNKNOWN_TTL = 60.0

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self.description = f"{settings.host}:{settings.port} ({_SECURITY_NAMES[settings.security]})"
        if settings.security == "none" and settings.username:
            log.warning("SMTP login to %s without encryption", self.description)
        self._smtputf8: tuple[float, bool] | None = None
        self._asking = threading.Lock()

    def __repr__(self) -> str:
        return f"SmtpMailer({self.description})"

    def send(self, message: EmailMessage) -> str:
        try:
            smtp = self._connect()
        except Exception as exc:
            raise self._error(exc, maybe_sent=False) from exc
        try:
            refused = self._converse(smtp, message)
        except SendError:
            smtp.close()
            raise
        except Exception as exc:
            smtp.close()
            ambiguous = smtp.data_started and not isinstance(exc, smtplib.SMTPResponseException)
            raise self._error(exc, maybe_sent=ambiguous) from exc
        _quit(smtp)
        if refused:
            error = _refused_error(refused, maybe_sent=True)
            log.warning("SMTP send via %s was partial: %s", self.description, error.reason)
            raise error
        log.info("sent %s via %s", message.get("Message-ID", "?"), self.description)
        return self.settings.host

    def offers_smtputf8(self) -> bool:
        """Asked with an EHLO (after STARTTLS, whose answer may differ) and remembered, since
        each typed address with a UTF-8 local part is checked against it."""
        with self._asking:
            now = time.monotonic()
            if self._smtputf8 is not None and self._smtputf8[0] > now:
                return self._smtputf8[1]
            try:
                with self._connect(timeout=min(self.settings.timeout, 5.0)) as smtp:
                    if self.settings.security == "starttls":
                        self._starttls(smtp)
                    else:
                        smtp.ehlo()
                    offered, ttl = smtp.has_extn("smtputf8"), self.CAPABILITY_TTL
            except (smtplib.SMTPException, OSError) as exc:
                log.warning(
                    "could not ask %s for SMTPUTF8: %s", self.description, type(exc).__name__
                )
                offered, ttl = False, self.UNKNOWN_TTL
            self._smtputf8 = (now + ttl, offered)
            return offered

    def _converse(self, smtp: "_SMTP", message: EmailMessage) -> dict[str, tuple[int, bytes]]:
        if self.settings.security == "starttls":
            self._starttls(smtp)
        if self.settings.username:
            smtp.login(self.settings.username, self.settings.password or "")
        return smtp.send_message(message)

    def _connect(self, timeout: float | None = None) -> "_SMTP":
        s = self.settings
        timeout = s.timeout if timeout is None else timeout
        if s.security == "ssl":
            return _SMTP_SSL(s.host, s.port, timeout=timeout, context=self._context())
        return _SMTP(s.host, s.port, timeout=timeout)

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

    def _error(self, exc: Exception, *, maybe_sent: bool) -> SendError:
        error = _describe(exc, self.settings.host)
        reason = error.reason
        if maybe_sent:
            reason += " after the whole message was sent: it may have been delivered"
        if self.settings.password:
            reason = reason.replace(self.settings.password, "***")
        error = SendError(
            reason, permanent=error.permanent, refused=error.refused, maybe_sent=maybe_sent
        )
        log.warning("SMTP send via %s failed: %s", self.description, error.reason)
        return error


class _SMTP(smtplib.SMTP):
    """Remembers whether DATA began: a failure after that leaves the outcome unknown."""

    data_started = False

    def data(self, msg: Any) -> tuple[int, bytes]:
        self.data_started = True
        return super().data(msg)


class _SMTP_SSL(_SMTP, smtplib.SMTP_SSL):
    """Implicit TLS, with the same DATA bookkeeping."""


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

    def offers_smtputf8(self) -> bool:
        return True

    def send(self, message: EmailMessage) -> str:
        # RFC 6532: a UTF-8 address is written as it is, as an SMTPUTF8 server would get it.
        utf8 = _international(message)
        data = message.as_bytes(
            policy=email.policy.SMTPUTF8 if utf8 else message.policy.clone(linesep="\r\n")
        )
        path = self.folder / _eml_name(message)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _write_atomically(path, data)
        except OSError as exc:
            reason = f"could not write to {self.description}: {exc.strerror or exc}"
            raise SendError(reason, permanent=False) from None
        log.info("wrote %s to %s", message.get("Message-ID", "?"), path)
        return str(path)


def mailer_from_settings(settings: "Settings") -> Transport:
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
    if isinstance(exc, smtplib.SMTPException):
        return _smtp_error(exc, host)
    if isinstance(exc, ssl.SSLCertVerificationError):
        detail = exc.verify_message or "certificate not trusted"
        return SendError(f"{host}'s TLS certificate is not valid: {detail}", permanent=True)
    if isinstance(exc, ssl.SSLError):
        reason = f"TLS with {host} failed ({exc.reason or exc}): check SMTP_SECURITY and SMTP_PORT"
        return SendError(reason, permanent=True)
    if isinstance(exc, TimeoutError):
        return SendError(f"{host} did not answer in time", permanent=False)
    if isinstance(exc, socket.gaierror):
        return SendError(f"cannot find the mail server {host}", permanent=False)
    if isinstance(exc, ConnectionRefusedError):
        return SendError(f"{host} refused the connection (is the server up?)", permanent=False)
    if isinstance(exc, OSError):
        return SendError(f"cannot reach {host}: {exc.strerror or exc}", permanent=False)
    if isinstance(exc, ValueError):
        return SendError(f"the message could not be encoded: {exc}", permanent=True)
    raise exc


def _smtp_error(exc: smtplib.SMTPException, host: str) -> SendError:
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return _reply_error(f"{host} refused the login", exc.smtp_code, exc.smtp_error)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return _refused_error(exc.recipients, maybe_sent=False)
    if isinstance(exc, smtplib.SMTPSenderRefused):
        sender = exc.sender.decode() if isinstance(exc.sender, bytes) else exc.sender
        return _reply_error(f"{host} refused the sender {sender}", exc.smtp_code, exc.smtp_error)
    if isinstance(exc, smtplib.SMTPDataError):
        return _reply_error(f"{host} refused the message", exc.smtp_code, exc.smtp_error)
    if isinstance(exc, smtplib.SMTPConnectError):
        return _reply_error(f"{host} turned the connection away", exc.smtp_code, exc.smtp_error)
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply_error(f"{host} answered with an error", exc.smtp_code, exc.smtp_error)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        if "SMTPUTF8" in str(exc):
            return SendError(
                f"{host} does not offer SMTPUTF8, which an address with letters outside A–Z "
                "before the @ needs, so nothing was sent; ask the creator for another address",
                permanent=True,
            )
        return SendError(f"{host}: {_first_line(str(exc))}", permanent=True)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return SendError(f"{host} closed the connection unexpectedly", permanent=False)
    return SendError(f"mail to {host} failed: {_first_line(str(exc))}", permanent=False)


def _reply_error(context: str, code: int, text: bytes | str) -> SendError:
    return SendError(f"{context}: {_reply(code, text)}", permanent=_is_permanent(code))


def _refused_error(recipients: Mapping[str, tuple[int, bytes]], *, maybe_sent: bool) -> SendError:
    """All refused: permanent if every refusal was 5xx. Some refused: never retry as is."""
    refused = {addr: _reply(code, text) for addr, (code, text) in recipients.items()}
    listed = "; ".join(f"{addr} ({reply})" for addr, reply in refused.items())
    lead = "some recipients were refused (the others got it)" if maybe_sent else "refused"
    permanent = maybe_sent or all(_is_permanent(code) for code, _ in recipients.values())
    return SendError(
        f"{lead}: {listed}", permanent=permanent, refused=refused, maybe_sent=maybe_sent
    )


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


def _international(message: EmailMessage) -> bool:
    """Whether an address (not a display name, which is encoded) is UTF-8."""
    fields = ("From", "Sender", "To", "Cc", "Bcc", "Reply-To")
    return any(
        not address.addr_spec.isascii()
        for name in fields
        for header in message.get_all(name, [])
        for address in getattr(header, "addresses", ())
    )


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
