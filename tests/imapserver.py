"""A real IMAP server for tests: the Debian package's Dovecot under its own config in a temp dir.

The mail reader under test speaks IMAP to it exactly as it would to a provider, so STARTTLS,
implicit TLS, logins, special-use folders, INTERNALDATE and UIDVALIDITY changes are the server's
real behaviour, not a mock's. Nothing of the system Dovecot (/etc/dovecot, its service, its ports,
its state) is read or touched.

Dovecot treats a client whose address equals the server's as secured and would take a plaintext
LOGIN before STARTTLS; the server listens on 127.0.0.2 while clients connect from 127.0.0.1, so a
client that skipped STARTTLS is refused, as a provider would refuse it.
"""

import atexit
import grp
import os
import pwd
import re
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from types import TracebackType

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

HOST = "127.0.0.2"
DEFAULT_USERS = {"team@acme.example": "s3cret"}
START_TIMEOUT = 10.0
STOP_TIMEOUT = 5.0
SPECIAL_USES = frozenset(
    {"\\All", "\\Archive", "\\Drafts", "\\Flagged", "\\Important", "\\Junk", "\\Sent", "\\Trash"}
)
# Folders every account has, with their special use; Sent is created at first login.
BASE_SPECIAL_USE = {"Sent": "\\Sent", "[Gmail]/All Mail": "\\All"}
AUTO_CREATED = frozenset({"Sent"})
_PROGRAM_PATH = os.pathsep.join(
    [os.environ.get("PATH", ""), "/usr/sbin", "/usr/bin", "/sbin", "/bin"]
)


class ImapServerError(RuntimeError):
    """The test IMAP server could not do what was asked; the message carries Dovecot's log tail."""


class DovecotNotInstalled(ImapServerError):
    """Dovecot is not on this machine; the fixture decides whether that skips or fails a test."""


def _program(name: str) -> str:
    """Full path of a program, also looking in the sbin directories a non-root PATH lacks."""
    found = shutil.which(name, path=_PROGRAM_PATH)
    if found is None:
        if name in ("dovecot", "doveadm"):
            raise DovecotNotInstalled(
                f"{name} not found: install it with `apt-get install dovecot-imapd`"
            )
        raise ImapServerError(f"{name} not found")
    return found


def _free_ports(count: int) -> list[int]:
    """Ports the OS just handed out, all held at once so they differ from each other."""
    sockets = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind((HOST, 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _process_table() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, start time) for every live process, from /proc; zombies are dead."""
    table: dict[int, tuple[int, str]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if fields[0] not in ("Z", "X"):
            table[int(entry.name)] = (int(fields[1]), fields[19])
    return table


def _descendants(pid: int) -> dict[int, str]:
    """Every process below `pid`, keyed by pid with its start time so reused pids are told apart."""
    table = _process_table()
    found: dict[int, str] = {}
    parents = {pid}
    while parents:
        children = {p for p, (ppid, _) in table.items() if ppid in parents and p not in found}
        found.update({p: table[p][1] for p in children})
        parents = children
    return found


def _alive(processes: dict[int, str]) -> dict[int, str]:
    """Those of `processes` still running (same pid and same start time)."""
    table = _process_table()
    return {pid: start for pid, start in processes.items() if table.get(pid, (0, ""))[1] == start}


def _quote(value: str) -> str:
    """A double-quoted Dovecot config string; names that could break the config are refused."""
    if any(char in value for char in '"\\\r\n'):
        raise ValueError(f"unsupported character in {value!r}")
    return f'"{value}"'


def _special_use(value: str | None) -> str | None:
    """`\\Sent`, `Sent` or `\\sent` -> `\\Sent`; None stays None."""
    if value is None:
        return None
    wanted = "\\" + value.lstrip("\\").lower()
    for known in SPECIAL_USES:
        if known.lower() == wanted:
            return known
    raise ValueError(f"unknown special-use {value!r}; known: {sorted(SPECIAL_USES)}")


class ImapServer:
    """Dovecot on 127.0.0.2 with its own config, certificate, accounts and maildirs in a temp dir.

    `port` speaks plain IMAP (offering STARTTLS when `tls`), `ssl_port` implicit TLS (only when
    `tls`); once started, `ssl_context` trusts this server's self-signed certificate (made per
    server, for its address) and still checks host names.
    Each account starts with INBOX and Sent (special use \\Sent). Starting takes a few tens of
    milliseconds, so one server per test session plus `clear()` between tests is the intended use.
    """

    def __init__(self, *, users: dict[str, str] = DEFAULT_USERS, tls: bool = True) -> None:
        if not users:
            raise ValueError("at least one user is needed")
        for name, password in users.items():
            if any(char in name + password for char in ":\r\n") or not name or not password:
                raise ValueError(f"user {name!r}: empty or contains ':' or a line break")
        self.users = dict(users)
        self.tls = tls
        self.host = HOST
        self.port = 0
        self.ssl_port = 0
        self.ssl_context = ssl.create_default_context()
        self.cert_file: Path | None = None
        self._special_use = dict(BASE_SPECIAL_USE)
        self._dir: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None

    # Lifecycle

    def start(self) -> "ImapServer":
        """Starts Dovecot and returns once it greets on its ports; retries if a port was taken."""
        if self._process is not None:
            return self
        dovecot = _program("dovecot")
        _program("doveadm")
        self._dir = Path(tempfile.mkdtemp(prefix="ghostwatch-dovecot-"))
        try:
            self._prepare()
            for attempt in range(3):
                self.port, self.ssl_port = _free_ports(2)
                if not self.tls:
                    self.ssl_port = 0
                self._write_config()
                self._launch(dovecot)
                if self._wait_ready():
                    break
                if "in use" not in self.log_tail() or attempt == 2:
                    raise ImapServerError(f"Dovecot exited at start\n{self.log_tail()}")
        except BaseException:
            self.stop()
            raise
        atexit.register(self.stop)
        return self

    def stop(self) -> None:
        """Stops Dovecot and every process it started, then removes the temp dir.

        The children get SIGTERM together with the master: left to the master, shutdown takes
        seconds, which a session teardown should not.
        """
        process, self._process = self._process, None
        if process is not None:
            atexit.unregister(self.stop)
            family = _descendants(process.pid)
            if process.poll() is None:
                process.terminate()
                for pid in family:
                    with suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGTERM)
                try:
                    process.wait(STOP_TIMEOUT)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            self._reap(family)
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def __enter__(self) -> "ImapServer":
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def instance_name(self) -> str:
        """Dovecot's instance name; every child process title of this server contains it."""
        return f"ghostwatch-imap-{self.port}"

    @property
    def pid(self) -> int | None:
        """The Dovecot master's pid while running."""
        return self._process.pid if self._process is not None else None

    def processes(self) -> list[int]:
        """Pids of the master and all its children, so tests can check nothing is left behind."""
        if self._process is None:
            return []
        return [self._process.pid, *_descendants(self._process.pid)]

    def log_tail(self, lines: int = 40) -> str:
        """The end of Dovecot's log (and of its stderr), for failure messages."""
        if self._dir is None:
            return ""
        text = ""
        for name in ("stderr.log", "dovecot.log"):
            path = self._dir / name
            if path.exists():
                text += path.read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    # Mail

    @contextmanager
    def connect(self, user: str | None = None) -> Iterator[IMAPClient]:
        """A logged-in client for `user` (default: the first), over TLS when the server has it."""
        name = self._user(user)
        if self.tls:
            client = IMAPClient(
                self.host, self.ssl_port, ssl=True, ssl_context=self.ssl_context, timeout=10
            )
        else:
            client = IMAPClient(self.host, self.port, ssl=False, timeout=10)
        try:
            client.login(name, self.users[name])
            yield client
        finally:
            with suppress(IMAPClientError, OSError):
                client.logout()

    def append(
        self,
        folder: str,
        message: bytes,
        *,
        internaldate: datetime,
        flags: tuple[str, ...] = (),
        user: str | None = None,
    ) -> int:
        """Delivers `message` into `folder` as received at `internaldate`; returns its UID.

        Goes through IMAP APPEND, so the server parses and stores it as it would any mail.
        """
        if internaldate.tzinfo is None:
            raise ValueError("internaldate must be timezone-aware")
        with self.connect(user) as client:
            response = client.append(folder, message, flags=flags, msg_time=internaldate)
        found = re.search(rb"\[APPENDUID \d+ (\d+)\]", response)
        if found is None:
            raise ImapServerError(f"APPEND answered without APPENDUID: {response!r}")
        return int(found.group(1))

    def create_folder(
        self, name: str, *, special_use: str | None = None, user: str | None = None
    ) -> None:
        """Creates `name` (if missing) with exactly this special use, e.g. ("Sent", "\\Sent").

        Dovecot takes special uses from its config, so a new one rewrites the config and reloads
        the server; the names in BASE_SPECIAL_USE need no reload.
        """
        use = _special_use(special_use)
        changed = self._special_use.get(name) != use
        if changed:
            if use is None:
                del self._special_use[name]
            else:
                _quote(name)
                self._special_use[name] = use
            self._write_config()
            self._doveadm("reload")
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            with self.connect(user) as client:
                if not client.folder_exists(name):
                    client.create_folder(name)
                    client.subscribe_folder(name)
                listed = client.list_folders("", name)
            current = {flag.decode() for flags, _, _ in listed for flag in flags} & SPECIAL_USES
            if current == ({use} if use else set()) or not changed:
                return
            if time.monotonic() > deadline:
                raise ImapServerError(
                    f"{name!r} still has {current} after reload\n{self.log_tail()}"
                )
            time.sleep(0.02)

    def reset_uidvalidity(self, folder: str, *, user: str | None = None) -> None:
        """Makes `folder` get a new UIDVALIDITY and renumbers its messages from UID 1, as a server
        does after losing its index; messages, flags and INTERNALDATEs stay.

        Clients of the user are disconnected first (Dovecot would drop them anyway once the index
        changes under them). The UID numbering restarts, so UIDNEXT can fall below an old UID.
        """
        name = self._user(user)
        before = self._uidvalidity(folder, name)
        self._kick(name)
        mailbox = Path(self._doveadm("mailbox", "path", "-u", name, "-t", "mailbox", folder))
        index = Path(self._doveadm("mailbox", "path", "-u", name, "-t", "index", folder))
        assert self._dir is not None
        root = self._dir / "mail" / name
        for path in [
            mailbox / "dovecot-uidlist",
            *index.glob("dovecot.index*"),
            *root.glob("dovecot.list.index*"),
        ]:
            path.unlink(missing_ok=True)
        after = self._uidvalidity(folder, name)
        if after == before:
            raise ImapServerError(f"UIDVALIDITY of {folder!r} stayed {before}\n{self.log_tail()}")

    def clear(self) -> None:
        """Returns every account to its first-login state: INBOX and Sent empty, other folders
        gone, UIDs restarting at 1. Open client sessions are disconnected.

        Dovecot's UIDVALIDITY counter is kept, so a folder never gets a UIDVALIDITY it had before.
        """
        if self._dir is None:
            return
        self._kick("*")
        for account in (self._dir / "mail").iterdir():
            for entry in account.iterdir():
                if entry.name.startswith("dovecot-uidvalidity"):
                    continue
                if entry.is_dir():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()

    # Internals

    def _user(self, user: str | None) -> str:
        name = next(iter(self.users)) if user is None else user
        if name not in self.users:
            raise KeyError(f"no such user {name!r}; users: {sorted(self.users)}")
        return name

    def _uidvalidity(self, folder: str, user: str) -> int:
        status = self._doveadm("mailbox", "status", "-u", user, "uidvalidity", folder)
        found = re.search(r"uidvalidity=(\d+)", status)
        if found is None:
            raise ImapServerError(f"no UIDVALIDITY for {folder!r}: {status!r}")
        return int(found.group(1))

    def _kick(self, mask: str) -> None:
        """Disconnects the matching users' sessions and waits until their processes are gone."""
        self._doveadm("kick", mask, ok_codes=(0, 68))
        deadline = time.monotonic() + STOP_TIMEOUT
        while True:
            listed = self._doveadm("who").splitlines()[1:]
            if not any(mask == "*" or line.split()[0] == mask for line in listed if line.strip()):
                return
            if time.monotonic() > deadline:
                raise ImapServerError(f"sessions of {mask!r} did not end\n{self.log_tail()}")
            time.sleep(0.01)

    def _doveadm(self, *args: str, ok_codes: tuple[int, ...] = (0,)) -> str:
        assert self._dir is not None
        result = subprocess.run(
            [_program("doveadm"), "-c", str(self._dir / "dovecot.conf"), *args],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        if result.returncode not in ok_codes:
            raise ImapServerError(
                f"doveadm {' '.join(args)} failed ({result.returncode}): "
                f"{result.stderr.strip()}\n{self.log_tail()}"
            )
        return result.stdout.strip()

    def _prepare(self) -> None:
        """Certificate, password file and mail root, readable by Dovecot's unprivileged users."""
        assert self._dir is not None
        self._dir.chmod(0o755)
        mail = self._dir / "mail"
        mail.mkdir()
        if os.geteuid() == 0:
            account = pwd.getpwnam("mail")
            os.chown(mail, account.pw_uid, account.pw_gid)
        passwd = self._dir / "users"
        passwd.write_text("".join(f"{n}:{{PLAIN}}{p}\n" for n, p in self.users.items()))
        passwd.chmod(0o644)
        if self.tls:
            cert, key = self._dir / "cert.pem", self._dir / "key.pem"
            subprocess.run(
                [
                    _program("openssl"), "req", "-x509", "-newkey", "ec",
                    "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost",
                    "-addext", f"subjectAltName=IP:{HOST}",
                    "-addext", "keyUsage=critical,digitalSignature,keyCertSign",
                    "-addext", "extendedKeyUsage=serverAuth",
                    "-keyout", str(key), "-out", str(cert),
                ],
                check=True,
                capture_output=True,
            )  # fmt: skip
            self.ssl_context = ssl.create_default_context(cafile=str(cert))
            self.cert_file = cert

    def _write_config(self) -> None:
        assert self._dir is not None
        root = self._dir
        if os.geteuid() == 0:
            accounts = [
                "default_internal_user = dovecot",
                "default_login_user = dovenull",
                "mail_uid = mail",
                "mail_gid = mail",
                f"first_valid_uid = {pwd.getpwnam('mail').pw_uid}",
            ]
        else:
            me = pwd.getpwuid(os.geteuid())
            accounts = [
                f"default_internal_user = {me.pw_name}",
                f"default_internal_group = {grp.getgrgid(me.pw_gid).gr_name}",
                f"default_login_user = {me.pw_name}",
                f"first_valid_uid = {me.pw_uid}",
                "service anvil {\n  chroot =\n}",
                "service imap-login {\n  chroot =\n}",
            ]
        if self.tls:
            security = [
                "ssl = yes",
                f"ssl_cert = <{root / 'cert.pem'}",
                f"ssl_key = <{root / 'key.pem'}",
                "disable_plaintext_auth = yes",
            ]
        else:
            security = ["ssl = no", "disable_plaintext_auth = no"]
        mailboxes = []
        for name, use in self._special_use.items():
            auto = "\n    auto = subscribe" if name in AUTO_CREATED else ""
            mailboxes.append(f"  mailbox {_quote(name)} {{\n    special_use = {use}{auto}\n  }}")
        lines = [
            "protocols = imap",
            f"listen = {HOST}",
            f"base_dir = {root / 'run'}",
            f"state_dir = {root / 'state'}",
            f"instance_name = {self.instance_name}",
            f"log_path = {root / 'dovecot.log'}",
            *accounts,
            f"mail_location = maildir:{root / 'mail'}/%u",
            "mail_fsync = never",
            "mail_max_userip_connections = 100",
            "auth_mechanisms = plain login",
            "auth_failure_delay = 0",
            *security,
            "passdb {",
            "  driver = passwd-file",
            f"  args = scheme=PLAIN {root / 'users'}",
            "}",
            "userdb {",
            "  driver = static",
            "  args = allow_all_users=no",
            "}",
            "service anvil {",
            "  unix_listener anvil-auth-penalty {",
            "    mode = 0",
            "  }",
            "}",
            "service imap-login {",
            "  inet_listener imap {",
            f"    port = {self.port}",
            "  }",
            "  inet_listener imaps {",
            f"    port = {self.ssl_port}",
            "    ssl = yes" if self.tls else "",
            "  }",
            "}",
            "namespace inbox {",
            "  inbox = yes",
            "  separator = /",
            *mailboxes,
            "}",
        ]
        (root / "dovecot.conf").write_text("\n".join(lines) + "\n")

    def _launch(self, dovecot: str) -> None:
        assert self._dir is not None
        with open(self._dir / "stderr.log", "ab") as stderr:
            self._process = subprocess.Popen(
                [dovecot, "-F", "-c", str(self._dir / "dovecot.conf")],
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=stderr,
            )

    def _wait_ready(self) -> bool:
        """True once both ports greet; False if Dovecot exited (e.g. a port was taken meanwhile)."""
        assert self._process is not None
        ports = [self.port] + ([self.ssl_port] if self.tls else [])
        deadline = time.monotonic() + START_TIMEOUT
        while ports:
            if self._process.poll() is not None:
                self._process.wait()
                self._process = None
                return False
            if time.monotonic() > deadline:
                raise ImapServerError(f"Dovecot did not answer in time\n{self.log_tail()}")
            if self._greets(ports[0]):
                ports.pop(0)
            else:
                time.sleep(0.005)
        return True

    def _greets(self, port: int) -> bool:
        try:
            with socket.create_connection((self.host, port), timeout=1) as sock:
                if port == self.ssl_port:
                    with self.ssl_context.wrap_socket(sock, server_hostname=self.host) as tls:
                        return tls.recv(100).startswith(b"* OK")
                return sock.recv(100).startswith(b"* OK")
        except OSError:
            return False

    def _reap(self, family: dict[int, str]) -> None:
        """Waits for Dovecot's children to exit after the master; kills any that linger."""
        deadline = time.monotonic() + STOP_TIMEOUT
        while (alive := _alive(family)) and time.monotonic() < deadline:
            time.sleep(0.01)
        for pid in alive:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
