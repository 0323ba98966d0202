"""The Dovecot test server itself: TLS logins, APPEND with INTERNALDATE, special-use folders,
UIDVALIDITY resets, clearing, and a clean stop. The IMAP tests of the bot rely on all of these."""

import os
import ssl
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imapclient import ALL, ARCHIVE, SENT

import tests.imapserver as imapserver
from tests.imapserver import DovecotNotInstalled, ImapServer

SAMPLES = sorted((Path(__file__).parent / "mail_samples").glob("*.eml"))
TEAM = "team@acme.example"
OTHER = "other@acme.example"
USERS = {TEAM: "s3cret", OTHER: "0ther-s3cret"}
PARIS = timezone(timedelta(hours=1))


def _start(server: ImapServer) -> ImapServer:
    """Outside CI a missing Dovecot skips these tests; in CI it fails them."""
    try:
        return server.start()
    except DovecotNotInstalled as exc:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{exc}, and CI must run every test", pytrace=False)
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def server() -> Iterator[ImapServer]:
    server = _start(ImapServer(users=USERS))
    yield server
    server.stop()


@pytest.fixture
def imap(server: ImapServer) -> ImapServer:
    server.clear()
    return server


def _message(n: int, *, sender: str = "jane@janedoe.tv") -> bytes:
    return (
        f"From: Jane Doe <{sender}>\r\nTo: {TEAM}\r\nSubject: note {n}\r\n"
        f"Message-ID: <note-{n}@janedoe.tv>\r\n\r\nbody {n}\r\n"
    ).encode()


def _special_use(client: IMAPClient, folder: str) -> set[bytes]:
    """The special-use flags the server lists for `folder`, without imapclient's name guessing."""
    return {
        flag
        for flags, _, _ in client.list_folders("", folder)
        for flag in flags
        if flag in (ALL, ARCHIVE, SENT)
    }


def _live(pid: int) -> bool:
    """Whether `pid` is a running process; a zombie waiting to be reaped is not."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] not in "ZX"


def _running(marker: str) -> list[int]:
    """Live processes whose command line mentions `marker`."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and marker.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return [pid for pid in found if _live(pid)]


def test_starttls_login_on_the_plain_port(imap: ImapServer) -> None:
    client = IMAPClient(imap.host, imap.port, ssl=False, timeout=5)
    assert b"STARTTLS" in client.capabilities()
    client.starttls(imap.ssl_context)
    client.login(TEAM, USERS[TEAM])
    assert "INBOX" in [name for _, _, name in client.list_folders()]
    client.logout()


def test_a_password_before_starttls_is_refused(imap: ImapServer) -> None:
    """As at a provider: a client that skipped STARTTLS cannot log in, so tests catch one."""
    client = IMAPClient(imap.host, imap.port, ssl=False, timeout=5)
    with pytest.raises(LoginError):
        client.login(TEAM, USERS[TEAM])
    client.shutdown()


def test_implicit_tls_login_on_the_ssl_port(imap: ImapServer) -> None:
    client = IMAPClient(imap.host, imap.ssl_port, ssl=True, ssl_context=imap.ssl_context, timeout=5)
    client.login(OTHER, USERS[OTHER])
    assert client.folder_status("INBOX", ["MESSAGES"])[b"MESSAGES"] == 0
    client.logout()


def test_the_certificate_is_checked_and_wrong_passwords_refused(imap: ImapServer) -> None:
    with pytest.raises(ssl.SSLCertVerificationError):
        IMAPClient(imap.host, imap.ssl_port, ssl=True, ssl_context=ssl.create_default_context())
    client = IMAPClient(imap.host, imap.ssl_port, ssl=True, ssl_context=imap.ssl_context, timeout=5)
    with pytest.raises(LoginError):
        client.login(TEAM, "wrong")
    client.shutdown()


def test_append_keeps_internaldate_and_flags_and_returns_the_uid(imap: ImapServer) -> None:
    received = datetime(2026, 11, 24, 17, 42, 19, tzinfo=PARIS)
    first = imap.append("INBOX", _message(1), internaldate=received, flags=("\\Seen",))
    second = imap.append("INBOX", _message(2), internaldate=received + timedelta(days=1))
    assert second > first
    with imap.connect() as client:
        client.normalise_times = False
        client.select_folder("INBOX", readonly=True)
        fetched = client.fetch([first, second], ["INTERNALDATE", "FLAGS", "BODY.PEEK[]"])
    assert fetched[first][b"INTERNALDATE"] == received
    assert fetched[second][b"INTERNALDATE"] == received + timedelta(days=1)
    assert b"\\Seen" in fetched[first][b"FLAGS"]
    assert b"\\Seen" not in fetched[second][b"FLAGS"]
    assert fetched[first][b"BODY[]"] == _message(1)


def test_append_rejects_a_naive_internaldate(imap: ImapServer) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        imap.append("INBOX", _message(1), internaldate=datetime(2026, 11, 24, 12))


def test_users_have_separate_mailboxes(imap: ImapServer) -> None:
    imap.append("INBOX", _message(1), internaldate=datetime.now(UTC), user=OTHER)
    with imap.connect(OTHER) as client:
        assert client.folder_status("INBOX", ["MESSAGES"])[b"MESSAGES"] == 1
    with imap.connect(TEAM) as client:
        assert client.folder_status("INBOX", ["MESSAGES"])[b"MESSAGES"] == 0


def test_sent_is_found_by_its_special_use(imap: ImapServer) -> None:
    with imap.connect() as client:
        assert client.find_special_folder(SENT) == "Sent"
        assert _special_use(client, "Sent") == {SENT}
        assert client.find_special_folder(ALL) is None


def test_create_folder_sets_exactly_the_special_use_asked_for(imap: ImapServer) -> None:
    imap.create_folder("[Gmail]/All Mail", special_use="\\All")
    imap.create_folder("Archive", special_use="\\Archive")
    imap.create_folder("Projects/Winter")
    with imap.connect() as client:
        assert client.find_special_folder(ALL) == "[Gmail]/All Mail"
        assert client.find_special_folder(ARCHIVE) == "Archive"
        assert _special_use(client, "Archive") == {ARCHIVE}
        assert _special_use(client, "Projects/Winter") == set()

    imap.create_folder("Archive")
    with imap.connect() as client:
        assert _special_use(client, "Archive") == set()
        assert client.folder_exists("Archive")
    with pytest.raises(ValueError, match="special-use"):
        imap.create_folder("Elsewhere", special_use="\\Nonsense")


def test_reset_uidvalidity_changes_it_and_keeps_the_messages(imap: ImapServer) -> None:
    base = datetime(2026, 11, 23, 10, tzinfo=UTC)
    uids = [
        imap.append("INBOX", _message(n), internaldate=base + timedelta(hours=n), flags=flags)
        for n, flags in enumerate([("\\Seen",), (), ("\\Flagged",)])
    ]
    with imap.connect() as client:
        client.select_folder("INBOX")
        client.delete_messages([uids[0]])
        client.expunge()
        before = client.folder_status("INBOX", ["UIDVALIDITY", "UIDNEXT"])
    watcher = IMAPClient(imap.host, imap.ssl_port, ssl=True, ssl_context=imap.ssl_context)
    watcher.login(TEAM, USERS[TEAM])
    watcher.select_folder("INBOX")

    imap.reset_uidvalidity("INBOX")

    with pytest.raises((IMAPClientError, OSError)):
        watcher.noop()
    watcher.shutdown()
    with imap.connect() as client:
        client.normalise_times = False
        after = client.folder_status("INBOX", ["UIDVALIDITY", "UIDNEXT", "MESSAGES"])
        client.select_folder("INBOX", readonly=True)
        fetched = client.fetch(client.search("ALL"), ["INTERNALDATE", "FLAGS", "ENVELOPE"])
    assert after[b"UIDVALIDITY"] != before[b"UIDVALIDITY"]
    assert after[b"MESSAGES"] == 2
    assert sorted(fetched) == [1, 2]
    assert after[b"UIDNEXT"] < before[b"UIDNEXT"]
    kept = {data[b"ENVELOPE"].message_id: data for data in fetched.values()}
    assert set(kept) == {b"<note-1@janedoe.tv>", b"<note-2@janedoe.tv>"}
    assert kept[b"<note-1@janedoe.tv>"][b"INTERNALDATE"] == base + timedelta(hours=1)
    assert b"\\Flagged" in kept[b"<note-2@janedoe.tv>"][b"FLAGS"]


def test_reset_uidvalidity_works_on_other_folders(imap: ImapServer) -> None:
    imap.append("Sent", _message(1, sender=TEAM), internaldate=datetime.now(UTC))
    with imap.connect() as client:
        before = client.folder_status("Sent", ["UIDVALIDITY"])[b"UIDVALIDITY"]
    imap.reset_uidvalidity("Sent")
    imap.reset_uidvalidity("Sent")
    with imap.connect() as client:
        after = client.folder_status("Sent", ["UIDVALIDITY", "MESSAGES"])
    assert after[b"UIDVALIDITY"] > before
    assert after[b"MESSAGES"] == 1


def test_clear_empties_every_folder_and_never_reuses_a_uidvalidity(imap: ImapServer) -> None:
    imap.create_folder("[Gmail]/All Mail", special_use="\\All")
    for folder in ("INBOX", "Sent", "[Gmail]/All Mail"):
        imap.append(folder, _message(1), internaldate=datetime.now(UTC))
    imap.append("INBOX", _message(2), internaldate=datetime.now(UTC), user=OTHER)
    with imap.connect() as client:
        before = client.folder_status("INBOX", ["UIDVALIDITY"])[b"UIDVALIDITY"]

    imap.clear()

    with imap.connect() as client:
        names = [name for _, _, name in client.list_folders()]
        assert sorted(names) == ["INBOX", "Sent"]
        assert client.find_special_folder(SENT) == "Sent"
        status = client.folder_status("INBOX", ["MESSAGES", "UIDNEXT", "UIDVALIDITY"])
        assert status[b"MESSAGES"] == 0
        assert status[b"UIDNEXT"] == 1
        assert status[b"UIDVALIDITY"] > before
        assert client.folder_status("Sent", ["MESSAGES"])[b"MESSAGES"] == 0
    with imap.connect(OTHER) as client:
        assert client.folder_status("INBOX", ["MESSAGES"])[b"MESSAGES"] == 0


@pytest.mark.parametrize("sample", SAMPLES, ids=[path.name for path in SAMPLES])
def test_every_mail_sample_appends_and_fetches(imap: ImapServer, sample: Path) -> None:
    raw = sample.read_bytes()
    uid = imap.append("INBOX", raw, internaldate=datetime(2026, 11, 25, 9, tzinfo=UTC))
    with imap.connect() as client:
        client.select_folder("INBOX", readonly=True)
        fetched = client.fetch(
            [uid],
            [
                "BODY.PEEK[]",
                "BODY.PEEK[HEADER.FIELDS (FROM SUBJECT MESSAGE-ID IN-REPLY-TO AUTO-SUBMITTED)]",
                "ENVELOPE",
                "BODYSTRUCTURE",
                "RFC822.SIZE",
                "FLAGS",
            ],
        )[uid]
    assert fetched[b"BODY[]"] == raw
    assert fetched[b"RFC822.SIZE"] == len(raw)
    assert b"\\Seen" not in fetched[b"FLAGS"]
    assert fetched[b"ENVELOPE"].from_


def test_mail_samples_are_all_there() -> None:
    assert {path.name for path in SAMPLES} >= {
        "gmail_reply.eml",
        "outlook_reply.eml",
        "apple_mail_plus_tag.eml",
        "manager_reply.eml",
        "gmail_vacation.eml",
        "exchange_ooo_es.eml",
        "postfix_bounce.eml",
        "soft_bounce.eml",
        "newsletter.eml",
        "our_sent_reminder.eml",
        "broken_mime.eml",
        "x_auto_response_suppress_only.eml",
    }
    assert all(b"\n" not in path.read_bytes().replace(b"\r\n", b"") for path in SAMPLES)


def test_plain_server_starts_fast_and_stops_without_leftovers() -> None:
    began = time.monotonic()
    server = _start(ImapServer(tls=False))
    assert time.monotonic() - began < 2
    assert server.ssl_port == 0
    client = IMAPClient(server.host, server.port, ssl=False, timeout=5)
    assert b"STARTTLS" not in client.capabilities()
    client.login(TEAM, "s3cret")
    client.select_folder("INBOX")
    pids = server.processes()
    master = Path(f"/proc/{server.pid}/cmdline").read_bytes().split(b"\0")
    config = Path(master[master.index(b"-c") + 1].decode())
    assert len(pids) > 3 and all(_live(pid) for pid in pids)
    assert _running(server.instance_name)

    server.stop()

    assert [pid for pid in pids if _live(pid)] == []
    assert _running(server.instance_name) == []
    assert not config.parent.exists()
    assert server.pid is None and server.processes() == []
    server.stop()
    with pytest.raises((IMAPClientError, OSError)):
        client.noop()


def test_missing_dovecot_is_reported_clearly(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(imapserver, "_PROGRAM_PATH", str(tmp_path))
    with pytest.raises(DovecotNotInstalled, match="apt-get install dovecot-imapd"):
        ImapServer().start()
