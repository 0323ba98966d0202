"""A real SMTP server for tests: aiosmtpd on 127.0.0.1, with TLS, AUTH and scripted refusals.

The client under test speaks to it over a socket exactly as it would to a mail provider, so
STARTTLS, logins, refusals and slow answers are exercised for real, not mocked.
"""

import asyncio
import contextlib
import functools
import socket
import ssl
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Literal

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from bot.mail.send import SmtpSettings

HOST = "127.0.0.1"
DEFAULT_USERS = {"bot": "s3cret"}


@dataclass(frozen=True)
class Received:
    """One accepted message: the SMTP envelope, the parsed message, the exact bytes."""

    envelope_from: str
    envelope_to: list[str]
    message: EmailMessage
    raw: bytes
    encrypted: bool = False
    smtputf8: bool = False  # MAIL FROM carried SMTPUTF8


@functools.cache
def _certificate() -> tuple[ssl.SSLContext, str]:
    """A server context and its self-signed certificate (PEM) for 127.0.0.1, made once a run."""
    with tempfile.TemporaryDirectory() as tmp:
        cert, key = Path(tmp, "cert.pem"), Path(tmp, "key.pem")
        subprocess.run(
            [
                "openssl", "req", "-x509", "-newkey", "ec",
                "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                "-subj", "/CN=localhost",
                "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-addext", "keyUsage=critical,digitalSignature,keyCertSign",
                "-addext", "extendedKeyUsage=serverAuth",
                "-keyout", str(key), "-out", str(cert),
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        return context, cert.read_text()


def client_ssl_context() -> ssl.SSLContext:
    """Verifies certificates and host names as in production, trusting only the test certificate."""
    return ssl.create_default_context(cadata=_certificate()[1])


class _Controller(Controller):
    """Binds port 0 and learns the port the OS chose, so parallel servers never collide."""

    def _trigger_server(self) -> None:
        assert self.server is not None
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class _Handler:
    def __init__(self, owner: "SmtpServer") -> None:
        self.owner = owner

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if self.owner.users is not None and not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        code = self.owner.refused_code(address)
        if code is not None:
            return f"{code} {code // 100}.1.1 <{address}>: Recipient address rejected"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.owner.latency:
            await asyncio.sleep(self.owner.latency)
        raw = bytes(envelope.original_content or b"")
        assert server.transport is not None
        self.owner.record(
            Received(
                envelope_from=envelope.mail_from or "",
                envelope_to=list(envelope.rcpt_tos),
                message=message_from_bytes(raw, policy=policy.default),  # type: ignore[arg-type]
                raw=raw,
                encrypted=server.transport.get_extra_info("ssl_object") is not None,
                smtputf8=envelope.smtp_utf8,
            )
        )
        return "250 2.0.0 OK: queued"


class SmtpServer:
    """An SMTP server in a background thread; `messages` holds what it accepted, in order.

    `smtputf8` makes it offer SMTPUTF8 (aiosmtpd's `enable_SMTPUTF8`).
    `security` is what it speaks: "starttls" (plain, STARTTLS required before anything else),
    "ssl" (TLS from the first byte) or "none". With `users`, mail needs a login; AUTH is only
    offered over TLS in starttls mode, as real providers do.
    """

    def __init__(
        self,
        *,
        security: Literal["starttls", "ssl", "none"] = "starttls",
        users: dict[str, str] | None = DEFAULT_USERS,
        latency: float = 0.0,
        smtputf8: bool = False,
    ) -> None:
        self.security = security
        self.smtputf8 = smtputf8
        self.users = dict(users) if users is not None else None
        self.latency = latency
        self.host = HOST
        self.port = 0
        self.client_ssl_context = client_ssl_context()
        self.messages: list[Received] = []
        self.auth_attempts: list[str] = []
        self._refused: dict[str, int] = {}
        self._changed = threading.Condition()
        self._controller: _Controller | None = None

    def start(self) -> "SmtpServer":
        self._controller = _Controller(_Handler(self), hostname=HOST, port=0, **self._options())
        self._controller.start()
        self.port = self._controller.port
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> "SmtpServer":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def wait_for(self, count: int = 1, timeout: float = 10.0) -> list[Received]:
        """The first `count` messages, waiting for them to arrive; fails after `timeout`."""
        with self._changed:
            if not self._changed.wait_for(lambda: len(self.messages) >= count, timeout):
                raise AssertionError(f"expected {count} message(s), got {len(self.messages)}")
            return list(self.messages[:count])

    def refuse_recipients(self, *addresses: str, code: int = 550) -> None:
        """Refuse exactly these recipients from now on with `code` (4xx: later, 5xx: never).

        Called with no address, it accepts everyone again.
        """
        with self._changed:
            self._refused = {address.lower(): code for address in addresses}

    def refused_code(self, address: str) -> int | None:
        with self._changed:
            return self._refused.get(address.lower())

    def record(self, received: Received) -> None:
        with self._changed:
            self.messages.append(received)
            self._changed.notify_all()

    def settings(self, **overrides: Any) -> SmtpSettings:
        """Client settings for this server: its first user, its security, a trusting context."""
        username, password = next(iter(self.users.items())) if self.users else (None, None)
        values: dict[str, Any] = {
            "host": self.host,
            "port": self.port,
            "username": username,
            "password": password,
            "security": self.security,
            "timeout": 5.0,
            "ssl_context": self.client_ssl_context,
        }
        return SmtpSettings(**(values | overrides))

    def _options(self) -> dict[str, Any]:
        """aiosmtpd's settings.

        aiosmtpd only counts STARTTLS as encryption and warns when AUTH is required without it,
        so for ssl and none the login is enforced at MAIL by the handler instead.
        """
        options: dict[str, Any] = {
            "server_hostname": "localhost",
            "auth_require_tls": self.security == "starttls",
            "enable_SMTPUTF8": self.smtputf8,
        }
        if self.users is not None:
            options["authenticator"] = self._authenticate
            options["auth_required"] = self.security == "starttls"
        if self.security == "ssl":
            options["ssl_context"] = _certificate()[0]
        elif self.security == "starttls":
            options["tls_context"] = _certificate()[0]
            options["require_starttls"] = True
        return options

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        login = data.login.decode() if isinstance(data, LoginPassword) else ""
        with self._changed:
            self.auth_attempts.append(login)
        ok = (
            isinstance(data, LoginPassword)
            and self.users is not None
            and self.users.get(login) == data.password.decode()
        )
        return AuthResult(success=ok, handled=False)


class CuttingSmtpServer:
    """Takes the whole message after DATA, then closes the connection without answering.

    The client cannot tell whether the mail was accepted: the case a send must report as
    "may have been sent". `received` counts the messages whose data arrived in full.
    """

    def __init__(self) -> None:
        self.host = HOST
        self.received = 0
        self._listener = socket.create_server((HOST, 0))
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> "CuttingSmtpServer":
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() below
        self._listener.close()
        self._thread.join(timeout=5)

    def settings(self) -> SmtpSettings:
        return SmtpSettings(host=HOST, port=self.port, username=None, password=None,
                            security="none", timeout=5.0)  # fmt: skip

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with conn:
                self._converse(conn.makefile("rwb"))

    def _converse(self, stream: Any) -> None:
        def say(line: str) -> None:
            stream.write(line.encode() + b"\r\n")
            stream.flush()

        say("220 localhost ESMTP")
        while line := stream.readline():
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                say("250 localhost")
            elif verb == b"DATA":
                say("354 End data with <CR><LF>.<CR><LF>")
                while (data := stream.readline()) not in (b".\r\n", b""):
                    pass
                if data:
                    with self._lock:
                        self.received += 1
                return  # the answer never comes
            else:
                say("250 OK")
