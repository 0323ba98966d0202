"""Composing and sending mail, against a real SMTP server (aiosmtpd) with real TLS and AUTH."""

import logging
import re
import traceback
from collections.abc import Iterator
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import Settings
from bot.mail.compose import build_message, clean_header, parse_mailbox, reply_subject
from bot.mail.send import (
    OutboxMailer,
    SendError,
    SmtpMailer,
    SmtpSettings,
    mailer_from_settings,
)
from tests.smtpserver import SmtpServer

SENDER = "Maria at Acme <maria@acme.example>"
JANE = "jane@creator.example"
JAPANESE = "山田様\n\nお世話になっております。ご確認をお願いいたします。\n"
INJECTION = "\r\nBcc: victim@evil.example"
BASE_HEADERS = {"from", "to", "subject", "date", "message-id", "content-type"}
BASE_HEADERS |= {"content-transfer-encoding", "mime-version"}


def message(**overrides: object) -> EmailMessage:
    values: dict[str, object] = {
        "sender": SENDER,
        "to": [f"Jane Doe <{JANE}>"],
        "subject": "Re: Q3 campaign brief",
        "body": "Hi Jane,\n\nAny news on the draft?\n",
    }
    return build_message(**(values | overrides))  # type: ignore[arg-type]


def reparsed(msg: EmailMessage) -> EmailMessage:
    """What a receiving mail client sees: the serialised bytes, parsed again."""
    raw = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
    return message_from_bytes(raw, policy=policy.default)  # type: ignore[return-value]


def header_names(msg: EmailMessage) -> set[str]:
    return {name.lower() for name in msg}


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with SmtpServer(security="starttls") as server:
        yield server


# --- sending over SMTP ----------------------------------------------------------------------


def test_starttls_with_login_delivers_one_intact_message(smtp: SmtpServer) -> None:
    mailer = SmtpMailer(smtp.settings())
    sent = message(
        to=["Nguyễn Thị Lan <lan@creator.example>", '"Doe, Jane" <jane@creator.example>'],
        cc=["Manager <boss@agency.example>"],
        subject="リマインダー: 契約書",
        body=JAPANESE,
        in_reply_to="<thread-1@mail.creator.example>",
        references=["<thread-0@mail.creator.example>", "<thread-1@mail.creator.example>"],
    )

    assert mailer.send(sent) == smtp.host
    assert mailer.description == f"{smtp.host}:{smtp.port} (STARTTLS)"

    (received,) = smtp.wait_for(1)
    got = received.message
    assert received.encrypted
    assert smtp.auth_attempts == ["bot"]
    assert received.envelope_from == "maria@acme.example"
    assert received.envelope_to == [
        "lan@creator.example",
        "jane@creator.example",
        "boss@agency.example",
    ]
    assert [a.display_name for a in got["To"].addresses] == ["Nguyễn Thị Lan", "Doe, Jane"]
    assert got["Subject"] == "リマインダー: 契約書"
    assert got["Message-ID"] == sent["Message-ID"]
    assert got["In-Reply-To"] == "<thread-1@mail.creator.example>"
    assert got["References"].split() == [
        "<thread-0@mail.creator.example>",
        "<thread-1@mail.creator.example>",
    ]
    assert got.get_content() == JAPANESE
    assert got["Bcc"] is None and got["Auto-Submitted"] is None
    assert b"\r\n" in received.raw and received.raw.isascii()


def test_ssl_mode_speaks_tls_from_the_first_byte() -> None:
    with SmtpServer(security="ssl") as server:
        mailer = SmtpMailer(server.settings())
        assert mailer.send(message()) == server.host
        (received,) = server.wait_for(1)
    assert received.encrypted and received.envelope_to == [JANE]
    assert mailer.description.endswith("(SSL/TLS)")


def test_none_mode_sends_to_a_plain_server() -> None:
    with SmtpServer(security="none", users=None) as server:
        settings = server.settings()
        assert settings.username is None
        SmtpMailer(settings).send(message())
        (received,) = server.wait_for(1)
    assert not received.encrypted and received.message["To"].addresses[0].addr_spec == JANE


def test_a_wrong_password_is_permanent_quotes_the_server_and_never_shows_the_password(
    smtp: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    password = "Wr0ng-Passw0rd!"
    settings = smtp.settings(password=password)
    caplog.set_level(logging.DEBUG)

    with pytest.raises(SendError) as info:
        SmtpMailer(settings).send(message())

    error = info.value
    assert error.permanent and not error.maybe_sent
    assert "535 5.7.8 Authentication credentials invalid" in error.reason
    assert "535" in caplog.text, "the failure is logged"
    shown = [error.reason, str(error), repr(error), caplog.text, repr(settings)]
    shown.append("".join(traceback.format_exception(error)))
    assert not [text for text in shown if password in text]
    assert smtp.messages == []


def test_a_refused_recipient_is_permanent_and_named(smtp: SmtpServer) -> None:
    smtp.refuse_recipients(JANE)
    with pytest.raises(SendError) as info:
        SmtpMailer(smtp.settings()).send(message())
    error = info.value
    assert error.permanent and not error.maybe_sent
    assert JANE in error.reason and "550" in error.reason
    assert error.refused[JANE].startswith("550 5.1.1")
    assert smtp.messages == []


def test_a_temporary_refusal_is_not_permanent(smtp: SmtpServer) -> None:
    smtp.refuse_recipients(JANE, code=450)
    with pytest.raises(SendError) as info:
        SmtpMailer(smtp.settings()).send(message())
    assert not info.value.permanent and "450" in info.value.reason


def test_a_partial_refusal_fails_and_says_the_others_got_it(smtp: SmtpServer) -> None:
    smtp.refuse_recipients("gone@creator.example")
    with pytest.raises(SendError) as info:
        SmtpMailer(smtp.settings()).send(message(to=[JANE, "gone@creator.example"]))
    error = info.value
    assert error.permanent and error.maybe_sent
    assert list(error.refused) == ["gone@creator.example"] and JANE not in error.reason
    (received,) = smtp.wait_for(1)
    assert received.envelope_to == [JANE]


def test_refusals_can_be_lifted(smtp: SmtpServer) -> None:
    smtp.refuse_recipients(JANE)
    smtp.refuse_recipients()
    SmtpMailer(smtp.settings()).send(message())
    assert smtp.wait_for(1)[0].envelope_to == [JANE]


def test_a_server_that_is_down_is_not_permanent() -> None:
    with SmtpServer(security="none", users=None) as server:
        settings = server.settings()
    with pytest.raises(SendError) as info:
        SmtpMailer(settings).send(message())
    assert not info.value.permanent and not info.value.maybe_sent
    assert "refused the connection" in info.value.reason


def test_starttls_required_but_not_offered_sends_nothing_in_clear() -> None:
    with SmtpServer(security="none") as plain:
        with pytest.raises(SendError) as info:
            SmtpMailer(plain.settings(security="starttls")).send(message())
        assert plain.auth_attempts == [] and plain.messages == []
    assert "STARTTLS" in info.value.reason and info.value.permanent


def test_an_untrusted_certificate_sends_nothing(smtp: SmtpServer) -> None:
    with pytest.raises(SendError) as info:
        SmtpMailer(smtp.settings(ssl_context=None)).send(message())
    assert info.value.permanent and "certificate" in info.value.reason
    assert smtp.auth_attempts == [] and smtp.messages == []


def test_a_server_that_goes_quiet_after_the_message_may_have_sent_it() -> None:
    with SmtpServer(security="starttls", latency=1.0) as slow, pytest.raises(SendError) as info:
        SmtpMailer(slow.settings(timeout=0.3)).send(message())
    assert not info.value.permanent and info.value.maybe_sent
    assert "may have been delivered" in info.value.reason


def test_settings_never_show_the_password() -> None:
    settings = SmtpSettings(host="smtp.example.com", port=587, username="bot", password="hunter2")
    assert "hunter2" not in repr(settings) and "hunter2" not in repr(SmtpMailer(settings))
    with pytest.raises(ValueError, match="password"):
        SmtpSettings(host="smtp.example.com", port=587, username="bot", password=None)


# --- outbox folder and choosing a mailer -----------------------------------------------------


def test_the_outbox_writes_a_whole_parseable_eml_file(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "outbox"
    mailer = OutboxMailer(folder)
    sent = message(body=JAPANESE)

    path = Path(mailer.send(sent))

    assert path.parent == folder and path.suffix == ".eml"
    assert re.fullmatch(r"\d{8}T\d{6}\.\d{6}Z-[A-Za-z0-9._@-]+\.eml", path.name)
    assert [p.name for p in folder.iterdir()] == [path.name], "no temporary file is left"
    raw = path.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    got = message_from_bytes(raw, policy=policy.default)
    assert got["Message-ID"] == sent["Message-ID"] and got.get_content() == JAPANESE
    assert mailer.description == f"the outbox folder {folder}"


def test_an_unwritable_outbox_is_a_send_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(SendError) as info:
        OutboxMailer(blocker / "outbox").send(message())
    assert not info.value.permanent and "outbox folder" in info.value.reason


@pytest.mark.parametrize(("security", "port"), [("ssl", 465), ("starttls", 587), ("none", 25)])
def test_settings_with_a_host_pick_smtp_and_its_default_port(security: str, port: int) -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        smtp_host="smtp.example.com",
        smtp_port=None,
        smtp_username="bot",
        smtp_password="s3cret",  # type: ignore[arg-type]
        smtp_security=security,  # type: ignore[arg-type]
    )
    mailer = mailer_from_settings(settings)
    assert isinstance(mailer, SmtpMailer)
    assert mailer.settings.port == port and mailer.settings.password == "s3cret"


def test_settings_without_a_host_pick_the_outbox(tmp_path: Path) -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        smtp_host=None,
        outbox_dir=str(tmp_path / "out"),
    )
    mailer = mailer_from_settings(settings)
    assert isinstance(mailer, OutboxMailer) and mailer.folder == tmp_path / "out"


# --- composing: nothing typed can make a header ----------------------------------------------


@pytest.mark.parametrize(
    "field",
    [
        {"subject": f"Hello{INJECTION}"},
        {"subject": "Hello\rBcc: victim@evil.example\u2028X-Evil: 1\x85X-Evil: 2"},
        {"to": [f"Jane{INJECTION} <{JANE}>"]},
        {
            "to": [
                Address(
                    display_name="Jane\x85Bcc: victim@evil.example\u2028X-Evil: 1", addr_spec=JANE
                )
            ]
        },
        {"cc": [f'"Boss{INJECTION}" <boss@agency.example>']},
        {"sender": f"Maria{INJECTION}\nX-Evil: 1 <maria@acme.example>"},
        {"body": f"Hi{INJECTION}\n\nBcc: another@evil.example\n"},
    ],
    ids=["subject", "separators", "name", "address-object", "cc", "sender", "body"],
)
def test_typed_text_never_adds_a_header(field: dict[str, object]) -> None:
    got = reparsed(message(**field))
    assert header_names(got) <= BASE_HEADERS | {"cc", "references"}
    assert got["Bcc"] is None and got["X-Evil"] is None
    assert "victim@evil.example" not in {a.addr_spec for a in got["To"].addresses}


def test_an_injected_name_is_kept_as_one_harmless_display_name() -> None:
    got = reparsed(message(to=[f"Jane{INJECTION} <{JANE}>"]))
    (address,) = got["To"].addresses
    assert address.addr_spec == JANE
    assert address.display_name == "Jane Bcc: victim@evil.example"


@pytest.mark.parametrize(
    "bad",
    [
        f"{JANE}{INJECTION}",
        f"Jane <{JANE}>{INJECTION}",
        f"Jane <{JANE}{INJECTION}>",
        f"{JANE}\nBcc: victim@evil.example",
        f"{JANE}\r",
        "jane",
        "jane@",
        "@creator.example",
        "jane@@creator.example",
        "jane doe@creator.example",
        "jane@creator..example",
        "jane@-creator.example",
        "josé..doe@creator.example",
        "jos\u00a0é@creator.example",
        "jos\u2028é@creator.example",
        "jane@creator.example, victim@evil.example",
        "",
    ],
)
def test_a_bad_address_is_refused_by_name(bad: str) -> None:
    with pytest.raises(ValueError) as info:
        message(to=[bad])
    assert repr(bad) in str(info.value)


def test_a_utf8_local_part_is_an_address_for_smtputf8() -> None:
    (address,) = message(to=["José <josé@créateur.example>"])["To"].addresses
    assert (address.username, address.domain) == (
        "josé",
        "créateur.example".encode("idna").decode(),
    )


@pytest.mark.parametrize(
    "field",
    [
        {"in_reply_to": f"<a@b.example>{INJECTION}"},
        {"in_reply_to": "<a@b.example>\nX-Evil: 1"},
        {"in_reply_to": "not-an-id"},
        {"references": [f"<a@b.example>{INJECTION}"]},
        {"references": ["<a@b.example>", "<c@d.example>\rX-Evil: 1"]},
        {"references": ["<a@b.example> <c\x0bd@e>"]},
        {"message_id": f"<a@b.example>{INJECTION}"},
        {"message_id": "<no-at-sign>"},
    ],
)
def test_message_ids_with_line_breaks_or_bad_shapes_are_refused(field: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        message(**field)


def test_one_string_of_several_references_is_split_and_deduplicated() -> None:
    got = reparsed(message(references=["<a@x.example> <b@x.example>", "<a@x.example>"]))
    assert got["References"] == "<a@x.example> <b@x.example>"


def test_long_message_ids_stay_verbatim_for_threading() -> None:
    long_id = "<CAB" + "x" * 90 + "@mail.gmail.com>"
    refs = [f"<{n}" + "y" * 60 + "@outlook.com>" for n in range(4)] + [long_id]
    msg = message(in_reply_to=long_id, references=refs, message_id=long_id)
    raw = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
    assert b"=?" not in raw.split(b"\r\n\r\n")[0].replace(b"=?utf-8?", b""), "no encoded-word ids"
    got = message_from_bytes(raw, policy=policy.default)
    assert got["In-Reply-To"] == long_id and got["Message-ID"] == long_id
    assert got["References"].split() == refs


def test_message_id_date_and_content_type_defaults() -> None:
    now = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    got = reparsed(message(date=now))
    assert re.fullmatch(r"<[^<>@\s]+@acme\.example>", got["Message-ID"])
    assert parsedate_to_datetime(got["Date"]) == now
    assert got.get_content_type() == "text/plain" and got.get_content_charset() == "utf-8"
    assert reparsed(message())["Message-ID"] != got["Message-ID"]
    with pytest.raises(ValueError, match="timezone"):
        message(date=datetime(2026, 12, 1, 10, 0))
    with pytest.raises(ValueError, match="To"):
        message(to=[])
    with pytest.raises(TypeError):
        message(to=JANE)


@pytest.mark.parametrize(
    "name",
    [
        "Nguyễn Thị Lan",
        "Doe, Jane",
        'Jane "JJ" Doe',
        "O'Brien; Sons",
        "Zoë (Paris) <Studio>",
        "山田 太郎",
        "back\\slash",
    ],
)
def test_display_names_round_trip(name: str) -> None:
    for mailbox in (Address(display_name=name, addr_spec=JANE), f"{name} <{JANE}>"):
        got = reparsed(message(to=[mailbox]))
        (address,) = got["To"].addresses
        assert (address.display_name, address.addr_spec) == (name, JANE), mailbox


@pytest.mark.parametrize(
    "subject",
    [
        "Nhắc nhở: hợp đồng quảng cáo tháng 12 — cáo 契約書 brief café emoji🎉 quảng Привет café",
        "emoji🎉 đồng Привет ¡hola! 契約書 emoji🎉 Q3 契約書 brief cáo quảng Привет café 契約書",
        "=?utf-8?q?looks_encoded?= but is typed text",
        "a " + "very-long-word-" * 8 + " end",
        "",
    ],
)
def test_subjects_round_trip_exactly(subject: str) -> None:
    msg = message(subject=subject)
    raw = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
    head = raw.split(b"\r\n\r\n")[0]
    assert max(len(line) for line in head.split(b"\r\n") if line.startswith(b"Subject")) <= 78
    assert reparsed(msg)["Subject"] == subject


def test_a_quoted_name_is_unquoted_once() -> None:
    assert parse_mailbox('"Doe, Jane" <jane@x.example>').display_name == "Doe, Jane"
    assert parse_mailbox('"Say \\"hi\\"" <a@x.example>').display_name == 'Say "hi"'


def test_an_international_domain_is_sent_as_ascii() -> None:
    assert parse_mailbox("Kai <kai@bücher.example>").addr_spec == "kai@xn--bcher-kva.example"


NAME_TEXT = st.text(
    alphabet=st.characters(
        categories=["L", "N", "Zs"], include_characters=",.;:'\"()<>@\\-_!&\t\x0b\x85\u2028"
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(name=NAME_TEXT, subject=st.text(max_size=80))
def test_property_no_typed_name_or_subject_adds_a_header(name: str, subject: str) -> None:
    got = reparsed(message(to=[Address(display_name=name, addr_spec=JANE)], subject=subject))
    assert header_names(got) == BASE_HEADERS
    assert got["Subject"] == clean_header(subject)
    (address,) = got["To"].addresses
    assert address.addr_spec == JANE
    # Python's parser puts a space between adjacent encoded-words in a name (RFC 2047 says
    # none), so long names are compared without spaces; short ones are exact above.
    assert "".join(address.display_name.split()) == "".join(clean_header(name).split())


# --- clean_header and reply_subject ----------------------------------------------------------


def test_clean_header_removes_every_control_character() -> None:
    dirty = "a\r\nb\x00c\x1bd\x7fe\x85f\x9fg\u2028h\u2029i\tj  \n k\ud800"
    assert clean_header(dirty) == "a b c d e f g h i j k"
    assert clean_header("  ") == ""


@given(st.text())
def test_property_clean_header_is_safe_and_stable(value: str) -> None:
    cleaned = clean_header(value)
    assert not re.search("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]", cleaned)
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert clean_header(cleaned) == cleaned


@pytest.mark.parametrize(
    ("thread", "expected"),
    [
        ("Q3 campaign brief", "Re: Q3 campaign brief"),
        ("Re: Q3 campaign brief", "Re: Q3 campaign brief"),
        ("RE: re: Re[2]: Q3", "Re: Q3"),
        ("AW: Sv: SV: Antw: Q3", "Re: Q3"),
        ("R: RIF: Ré : Q3", "Re: Q3"),
        ("回复：答复: Q3", "Re: Q3"),
        ("Fwd: Q3", "Re: Fwd: Q3"),
        ("Re: Fwd: Re: Q3", "Re: Fwd: Re: Q3"),
        ("Review: Q3", "Re: Review: Q3"),
        ("Re:\r\nBcc: victim@evil.example", "Re: Bcc: victim@evil.example"),
    ],
)
def test_reply_subject_never_stacks(thread: str, expected: str) -> None:
    assert reply_subject(thread, "ignored") == expected


def test_reply_subject_without_a_thread_is_the_subject_cleaned() -> None:
    assert reply_subject(None, "Checking in\r\nBcc: x@evil.example") == (
        "Checking in Bcc: x@evil.example"
    )


PREFIXES = ["Re:", "RE:", "re :", "Re[2]:", "AW:", "Aw:", "Sv:", "SV:", "Antw:", "R:", "RIF:"]
PREFIXES += ["回复：", "答复:", "Ré:", "RÉ :"]


@given(thread=st.text(), subject=st.text())
def test_property_reply_subject_is_idempotent(thread: str, subject: str) -> None:
    once = reply_subject(thread, subject)
    assert reply_subject(once, subject) == once
    assert once.startswith("Re:")


@given(
    stack=st.lists(st.sampled_from(PREFIXES), max_size=6),
    spaces=st.sampled_from(["", " ", "  ", "\t"]),
    base=st.sampled_from(["Q3 campaign brief", "Contract", "[Acme] launch", "Fwd: rates"]),
)
def test_property_any_stack_of_reply_prefixes_becomes_one(
    stack: list[str], spaces: str, base: str
) -> None:
    thread = spaces.join([*stack, base])
    assert reply_subject(thread, "x") == f"Re: {base}"
