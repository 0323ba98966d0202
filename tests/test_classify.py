import re
from datetime import UTC, date, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.mail.classify import (
    HEADER_FIELDS,
    Classification,
    classify,
    classify_headers,
    pause_until,
    reply_text,
    return_date,
)

RECEIVED = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # a Tuesday
MADRID = ZoneInfo("Europe/Madrid")
PROPERTY = settings(max_examples=150, deadline=None)


def parse(raw: bytes) -> EmailMessage:
    return BytesParser(policy=policy.default).parsebytes(raw)  # type: ignore[return-value]


def mail(*lines: str, body: str = "") -> bytes:
    """A raw message from header lines and a body, with CRLF line ends as on the wire."""
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode()


def built(subject: str, body: str = "Thanks!") -> bytes:
    """A message made the way a mail client makes one (non-ASCII subjects become encoded-words)."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = "Creator <creator@example.net>"
    msg["To"] = "team@brand.example"
    msg["Subject"] = subject
    msg.set_content(body)
    return msg.as_bytes()


POSTFIX_DSN = mail(
    "Return-Path: <>",
    "Date: Tue,  1 Dec 2026 10:00:05 +0000 (UTC)",
    "From: MAILER-DAEMON@mail.brand.example (Mail Delivery System)",
    "Subject: Undelivered Mail Returned to Sender",
    "To: team@brand.example",
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0",
    "Content-Type: multipart/report; report-type=delivery-status;",
    '\tboundary="3F2A1C0D.1764583205/mail.brand.example"',
    "Message-Id: <20261201100005.3F2A1C0D@mail.brand.example>",
    body="""This is a MIME-encapsulated message.

--3F2A1C0D.1764583205/mail.brand.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.brand.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<Creator@Gmail.example>: host gmail-smtp-in.l.google.com[142.250.1.26] said:
    550-5.1.1 The email account that you tried to reach does not exist.

--3F2A1C0D.1764583205/mail.brand.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.brand.example
X-Postfix-Queue-ID: 3F2A1C0D
X-Postfix-Sender: rfc822; team@brand.example
Arrival-Date: Tue,  1 Dec 2026 10:00:03 +0000 (UTC)

Final-Recipient: rfc822; Creator@Gmail.example
Original-Recipient: rfc822;creator@gmail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist.

--3F2A1C0D.1764583205/mail.brand.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <team@brand.example>
From: Team <team@brand.example>
To: creator@gmail.example
Subject: Quick check-in
Message-ID:
 <176458320311.42.1234@brand.example>
Date: Tue, 01 Dec 2026 10:00:02 +0000

--3F2A1C0D.1764583205/mail.brand.example--
""",
)

DELAYED_DSN = mail(
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    "To: team@brand.example",
    "Subject: Delivery Status Notification (Delay)",
    "Auto-Submitted: auto-replied",
    "Content-Type: multipart/report; boundary=b1; report-type=delivery-status",
    body="""--b1
Content-Type: text/plain; charset=UTF-8

Your message to slow@example.org has been delayed. We'll retry for 46 more hours.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; slow@example.org
Action: delayed
Status: 4.4.1
Will-Retry-Until: Thu, 03 Dec 2026 10:00:00 -0800 (PST)

--b1
Content-Type: message/rfc822

From: Team <team@brand.example>
To: slow@example.org
Subject: Quick check-in
Message-ID: <delayed-1@brand.example>

Hi!
--b1--
""",
)

SUCCESS_DSN = mail(
    "From: MAILER-DAEMON@mail.brand.example",
    "Subject: Successful Mail Delivery Report",
    "Content-Type: multipart/report; report-type=delivery-status; boundary=s",
    body="""--s
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.brand.example

Final-Recipient: rfc822; creator@example.net
Action: delivered
Status: 2.0.0

--s--
""",
)

READ_RECEIPT = mail(
    "From: Creator <creator@example.net>",
    "Subject: Read: Quick check-in",
    "Content-Type: multipart/report; report-type=disposition-notification; boundary=m",
    body="--m\nContent-Type: text/plain\n\nYour message was read.\n--m--\n",
)

EXIM_BOUNCE = mail(
    "From: Mail Delivery System <Mailer-Daemon@mx.brand.example>",
    "To: team@brand.example",
    "Subject: Mail delivery failed: returning message to sender",
    "X-Failed-Recipients: Creator@Example.NET",
    "Auto-Submitted: auto-replied",
    body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  creator@example.net
    host mx.example.net [203.0.113.5]
    SMTP error from remote mail server after RCPT TO:<creator@example.net>:
    550 5.1.1 <creator@example.net>: Recipient address rejected

------ This is a copy of the message, including all the headers. ------

Received: from team by mx.brand.example with local (Exim 4.96)
From: Team <team@brand.example>
Subject: Quick check-in
Message-Id: <exim-42@brand.example>

Hi!
""",
)

NULL_RETURN_PATH = mail(
    "Return-Path: <>",
    "From: postmaster@example.net",
    "Subject: Notification",
    body="Your message could not be processed.",
)

DAEMON_SUBJECT = mail(
    "From: MAILER-DAEMON <MAILER-DAEMON@example.net>",
    "Subject: Undeliverable: Quick check-in",
    body="Delivery has failed to these recipients.",
)

GMAIL_VACATION = mail(
    "From: Creator <creator@gmail.example>",
    "To: team@brand.example",
    "Subject: Re: Quick check-in",
    "Auto-Submitted: auto-replied",
    "Content-Type: text/plain; charset=UTF-8",
    body="Hi! I'm on vacation until December 14 with limited access to email.",
)

TICKET_ACK = mail(
    "From: Agency Support <support@agency.example>",
    "Subject: [#4821] We received your message",
    "X-Autoreply: yes",
    body=(
        "Thank you for contacting Agency support. We have received your request #4821 and a "
        "member of our team will get back to you within one business day."
    ),
)

EXCHANGE_OOF = mail(
    "From: Creator <creator@outlook.example>",
    "Subject: Automatic reply: Quick check-in",
    "X-Auto-Response-Suppress: All",
    "X-MS-Exchange-Inbox-Rules-Loop: creator@outlook.example",
    "Content-Type: text/html; charset=utf-8",
    body="<html><body><p>I am out of the office until 14/12.</p></body></html>",
)

SUPPRESS_ONLY = mail(
    "From: Creator <creator@outlook.example>",
    "Subject: RE: Quick check-in",
    "X-Auto-Response-Suppress: RN, NRN, OOF",
    body="Sounds good, shipping the draft tomorrow.",
)

HUMAN = mail(
    "From: Creator <creator@example.net>",
    "Subject: Re: Quick check-in",
    "In-Reply-To: <176458320311.42.1234@brand.example>",
    body="Hi! The draft is attached.\n\nOn Tue, Dec 1, 2026 at 10:00 Team wrote:\n> Hi!",
)

NEWSLETTER = mail(
    "From: Creator News <news@creator.example>",
    "Subject: December drops",
    "List-Id: Creator News <news.creator.example>",
    "List-Unsubscribe: <https://creator.example/unsubscribe>",
    "Precedence: bulk",
    body="New merch!",
)

CASES = [
    (POSTFIX_DSN, "bounce", "DSN 5.1.1 (multipart/report)"),
    (DELAYED_DSN, "bounce", "DSN 4.4.1 (multipart/report)"),
    (EXIM_BOUNCE, "bounce", "X-Failed-Recipients"),
    (NULL_RETURN_PATH, "bounce", "Return-Path: <> from postmaster"),
    (DAEMON_SUBJECT, "bounce", "From mailer-daemon, subject 'Undeliverable'"),
    (
        mail("From: postmaster@example.de", "Subject: Unzustellbar: Hallo"),
        "bounce",
        "From postmaster, subject 'Unzustellbar'",
    ),
    (
        mail("From: MAILER-DAEMON@example.fr", "Subject: Non remis : Bonjour"),
        "bounce",
        "From mailer-daemon, subject 'Non remis'",
    ),
    (
        mail("From: postmaster@example.es", "Subject: No se puede entregar: Hola"),
        "bounce",
        "From postmaster, subject 'No se puede entregar'",
    ),
    (SUCCESS_DSN, "auto_reply", "DSN delivered (multipart/report)"),
    (READ_RECEIPT, "auto_reply", "MDN (multipart/report)"),
    (GMAIL_VACATION, "auto_reply", "Auto-Submitted: auto-replied"),
    (
        mail("From: a@example.net", "Auto-Submitted: Auto-Generated; owner-email=a@example.net"),
        "auto_reply",
        "Auto-Submitted: auto-generated",
    ),
    (TICKET_ACK, "auto_reply", "X-Autoreply"),
    (mail("From: a@example.net", "X-Autorespond: yes"), "auto_reply", "X-Autorespond"),
    (mail("From: a@example.net", "Precedence: bulk"), "auto_reply", "Precedence: bulk"),
    (mail("From: a@example.net", "Precedence: junk"), "auto_reply", "Precedence: junk"),
    (mail("From: a@example.net", "Precedence: auto_reply"), "auto_reply", "Precedence: auto_reply"),
    (
        EXCHANGE_OOF,
        "auto_reply",
        "X-MS-Exchange-Inbox-Rules-Loop + X-Auto-Response-Suppress",
    ),
    (
        mail("From: a@example.net", "Subject: Abwesenheitsnotiz: Hallo"),
        "auto_reply",
        "Subject: Abwesenheitsnotiz",
    ),
    (NEWSLETTER, "list", "List-Id"),
    (
        mail("From: a@example.net", "List-Unsubscribe: <mailto:u@example.net>", "Precedence: bulk"),
        "list",
        "List-Unsubscribe",
    ),
    (mail("From: a@example.net", "Feedback-ID: 1:campaign:esp"), "list", "Feedback-ID"),
    (mail("From: a@example.net", "Precedence: list"), "list", "Precedence: list"),
    (SUPPRESS_ONLY, "human", "no automatic markers"),
    (HUMAN, "human", "no automatic markers"),
    (
        mail("From: a@example.net", "Auto-Submitted: no", "Subject: Hi"),
        "human",
        "no automatic markers",
    ),
    # the first rule that matches wins
    (
        mail(
            "From: a@example.net",
            "X-Failed-Recipients: b@example.net",
            "Auto-Submitted: auto-replied",
        ),
        "bounce",
        "X-Failed-Recipients",
    ),
    (
        mail("From: a@example.net", "Auto-Submitted: auto-replied", "List-Id: <l.example.net>"),
        "auto_reply",
        "Auto-Submitted: auto-replied",
    ),
    # a list digest says auto-generated too (RFC 3834 §5): its List-Id tells what it is
    (
        mail("From: a@example.net", "Auto-Submitted: auto-generated", "List-Id: <l.example.net>"),
        "list",
        "List-Id",
    ),
]


@pytest.mark.parametrize(("raw", "kind", "reason"), CASES)
def test_each_rule_records_its_reason(raw: bytes, kind: str, reason: str) -> None:
    result = classify(parse(raw))
    assert (result.kind, result.reason) == (kind, reason)


def test_postfix_dsn_is_a_hard_bounce_with_recipient_and_our_message_id() -> None:
    assert classify(parse(POSTFIX_DSN)) == Classification(
        "bounce",
        "DSN 5.1.1 (multipart/report)",
        bounce_hard=True,
        bounced_addresses=("creator@gmail.example",),
        bounced_message_id="<176458320311.42.1234@brand.example>",
    )


def test_delayed_dsn_is_a_soft_bounce_with_the_id_from_the_attached_message() -> None:
    result = classify(parse(DELAYED_DSN))
    assert result.bounce_hard is False
    assert result.bounced_addresses == ("slow@example.org",)
    assert result.bounced_message_id == "<delayed-1@brand.example>"


def test_exim_bounce_reads_failed_recipients_status_and_the_quoted_message_id() -> None:
    result = classify(parse(EXIM_BOUNCE))
    assert result.bounce_hard is True
    assert result.bounced_addresses == ("creator@example.net",)
    assert result.bounced_message_id == "<exim-42@brand.example>"


def test_mailer_daemon_subject_without_a_report_is_a_bounce() -> None:
    result = classify(parse(DAEMON_SUBJECT))
    assert (result.kind, result.bounce_hard, result.bounced_addresses) == ("bounce", True, ())
    delayed = mail("From: MAILER-DAEMON@x.example", "Subject: Delayed Mail (still being retried)")
    assert classify(parse(delayed)).bounce_hard is False


def test_postmaster_without_bounce_subject_or_null_return_path_is_not_a_bounce() -> None:
    assert classify(parse(mail("From: postmaster@example.net", "Subject: Hello"))).kind == "human"
    auto_reply = mail(
        "From: Creator <creator@example.net>", "Return-Path: <>", "Auto-Submitted: auto-replied"
    )
    assert classify(parse(auto_reply)).kind == "auto_reply"


def test_gmail_vacation_is_an_out_of_office() -> None:
    result = classify(parse(GMAIL_VACATION))
    assert (result.kind, result.out_of_office) == ("auto_reply", True)


def test_ticket_acknowledgement_is_automatic_but_not_out_of_office() -> None:
    result = classify(parse(TICKET_ACK))
    assert (result.kind, result.out_of_office) == ("auto_reply", False)


def test_exchange_pair_reads_the_html_body_for_absence() -> None:
    result = classify(parse(EXCHANGE_OOF))
    assert (result.kind, result.out_of_office) == ("auto_reply", True)


def test_x_auto_response_suppress_alone_is_human() -> None:
    assert classify(parse(SUPPRESS_ONLY)).kind == "human"


OOO_SUBJECTS = [
    # (subject, says the person is away)
    ("Out of Office: Quick check-in", True),
    ("Automatic reply: Quick check-in", False),
    ("Auto-reply: Quick check-in", False),
    ("AutoReply: Quick check-in", False),
    ("Out of Office AutoReply: Quick check-in", True),
    ("[OOO] back Monday", True),
    ("Respuesta automática: Hola", False),
    ("Fuera de la oficina", True),
    ("Resposta automática: Olá", False),
    ("Ausente do escritório", True),
    ("Fora do escritório: Olá", True),
    ("Réponse automatique : Bonjour", False),
    ("Absence du bureau", True),
    ("Absent: Bonjour", True),
    ("Automatische Antwort: Hallo", False),
    ("Abwesenheitsnotiz: Hallo", True),
    ("Nicht im Büro: Hallo", True),
    ("Risposta automatica: Ciao", False),
    ("Fuori sede", True),
    ("Automatisch antwoord: Hallo", False),
    ("Afwezig: Hallo", True),
    ("Balasan otomatis: Halo", False),
    ("Di luar kantor", True),
    ("Trả lời tự động: Xin chào", False),
    ("Vắng mặt: Xin chào", True),
    ("자동 회신: 안녕하세요", False),
    ("[부재중] 안녕하세요", True),
    ("自動応答: こんにちは", False),
    ("自動返信：こんにちは", False),
    ("【不在】こんにちは", True),
    ("自动回复: 你好", False),
    ("自動回覆: 你好", False),
    ("不在办公室: 你好", True),
    ("Автоматический ответ: Привет", False),
    ("Automatyczna odpowiedź: Cześć", False),
    ("Otomatik yanıt: Merhaba", False),
    ("ตอบกลับอัตโนมัติ: สวัสดี", False),
    ("RESPUESTA AUTOMATICA: hola", False),
    ("RE: Abwesenheitsnotiz", True),
]


@pytest.mark.parametrize(("subject", "away"), OOO_SUBJECTS)
def test_out_of_office_subjects(subject: str, away: bool) -> None:
    result = classify(parse(built(subject)))
    assert result.kind == "auto_reply"
    assert result.reason.startswith("Subject: ")
    assert result.out_of_office is away


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Quick check-in",
        "Vacation vlog ideas for January",
        "Absent-minded: a new series",
        "Re: Automatic replies are annoying",
        "Our autoresponder broke",
        "Re: the office tour",
    ],
)
def test_ordinary_subjects_are_human(subject: str) -> None:
    assert classify(parse(built(subject))).kind == "human"


@pytest.mark.parametrize(
    ("body", "away"),
    [
        ("Estoy de vacaciones hasta el 15 de diciembre.", True),
        ("Ich bin bis 15.12. im Urlaub.", True),
        ("12月15日まで出張のため不在です。", True),
        ("We received your message and will reply within 24 hours.", False),
    ],
)
def test_out_of_office_from_the_body(body: str, away: bool) -> None:
    raw = built("Automatic reply: Hi", body)
    assert classify(parse(raw)).out_of_office is away


def split_fetch(raw: bytes) -> tuple[dict[str, str], str]:
    """What the IMAP sync has: the HEADER_FIELDS headers, and the raw body as text."""
    head, _, body = re.split(rb"(\r?\n\r?\n)", raw, maxsplit=1)
    fetched = BytesParser(policy=policy.default).parsebytes(head + b"\r\n\r\n", headersonly=True)
    wanted = {name.lower() for name in HEADER_FIELDS}
    headers = {name: value for name, value in fetched.raw_items() if name.lower() in wanted}
    return headers, body.decode("utf-8", "replace")


SAMPLES = [raw for raw, _, _ in CASES] + [built(subject) for subject, _ in OOO_SUBJECTS]


@pytest.mark.parametrize("raw", SAMPLES)
def test_classify_headers_agrees_with_classify(raw: bytes) -> None:
    headers, body = split_fetch(raw)
    expected = classify(parse(raw))
    assert classify_headers(headers, body) == expected
    head = raw.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
    headers_only = BytesParser(policy=policy.default).parsebytes(head, headersonly=True)
    if raw is not SUCCESS_DSN:  # only its body says that every recipient got it
        assert classify_headers(headers).kind == expected.kind
        assert classify_headers(headers_only).kind == expected.kind


def test_classify_headers_with_only_the_first_kilobyte() -> None:
    headers, body = split_fetch(POSTFIX_DSN)
    assert classify_headers(headers, body[:1024]).kind == "bounce"
    assert classify_headers(headers, body[:300]).reason == "DSN (multipart/report)"
    headers_only = classify_headers(headers)  # the subject still says it is permanent
    assert (headers_only.bounce_hard, headers_only.bounced_addresses) == (True, ())
    headers["Subject"] = "Returned mail: see transcript for details"
    assert classify_headers(headers).bounce_hard is True
    headers["Subject"] = "Report"
    assert classify_headers(headers).bounce_hard is None


def test_classify_headers_decodes_a_quoted_printable_body() -> None:
    headers = {
        "From": "Creator <creator@example.net>",
        "Subject": "Réponse automatique : Bonjour",
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Transfer-Encoding": "quoted-printable",
    }
    result = classify_headers(headers, "Je suis en cong=C3=A9 jusqu'au 15 d=C3=A9cembre.")
    assert (result.kind, result.out_of_office) == ("auto_reply", True)


def test_header_fields() -> None:
    required = {
        *("From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To"),
        *("References", "Return-Path", "Content-Type", "Auto-Submitted", "X-Autoreply"),
        *("X-Autorespond", "Precedence", "X-Auto-Response-Suppress", "List-Id"),
        *("X-MS-Exchange-Inbox-Rules-Loop", "List-Unsubscribe", "Feedback-ID"),
        "X-Failed-Recipients",
    }
    assert required <= set(HEADER_FIELDS)
    assert len({name.lower() for name in HEADER_FIELDS}) == len(HEADER_FIELDS)


def test_reply_text_is_subject_and_own_words() -> None:
    text = reply_text(parse(HUMAN))
    assert text.startswith("Re: Quick check-in\nHi! The draft is attached.")
    assert "> Hi!" not in text


BROKEN = [
    b"",
    b"\x00\xff\xfe garbage without a colon\r\n\r\nbody",
    b"From: <<<@@@>>>\r\nSubject: =?utf-8?b?!!!?=\r\n"
    b"Content-Type: multipart/report; report-type=delivery-status\r\n\r\nno boundary",
    b"From: a@b.example\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b"
    b"\r\n\r\n--b\r\nContent-Type: message/delivery-status\r\nContent-Transfer-Encoding: base64"
    b"\r\n\r\n!!!not base64\r\n--b",
    b"From: a@b.example\r\nMessage-ID: <<<>>\r\nSubject: Automatic reply\r\n"
    b"Content-Type: text/plain; charset=x-unknown-42\r\nContent-Transfer-Encoding: base64"
    b"\r\n\r\n@@@\r\n",
    b"From: \xff\xfe@x\r\nSubject: Abwesenheitsnotiz \xe4\xf6\r\n\r\n\xff",
    b"Auto-Submitted:\r\n\r\n",
    b'Content-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\nContent-Type: multipart/mixed;'
    b' boundary="x"\r\n\r\n--x\r\n--x\r\n',
    b"To: \r\nFrom: ,,,;;;<>\r\nReturn-Path: <>\r\nSubject: =?x-unknown?q?Undeliverable?=\r\n\r\n",
]


@pytest.mark.parametrize("raw", BROKEN)
def test_broken_messages_never_raise(raw: bytes) -> None:
    result = classify(parse(raw))
    assert result.kind in ("human", "auto_reply", "bounce", "challenge", "list")
    headers, body = split_fetch(raw + b"\r\n\r\n")
    assert classify_headers(headers, body).kind in (
        "human",
        "auto_reply",
        "bounce",
        "challenge",
        "list",
    )


def test_what_can_be_read_is_classified() -> None:
    assert classify(parse(BROKEN[2])).reason == "DSN (multipart/report)"
    assert classify(parse(BROKEN[4])).kind == "auto_reply"
    assert classify(parse(BROKEN[5])).reason == "Subject: Abwesenheitsnotiz"
    assert classify(parse(BROKEN[6])).reason == "Auto-Submitted: (other)"


def test_headers_are_read_raw_when_the_header_parser_fails() -> None:
    def fail(*args: object) -> None:
        raise IndexError("header parser bug")

    msg = parse(GMAIL_VACATION)
    msg.get = fail  # type: ignore[method-assign]
    msg.get_all = fail  # type: ignore[method-assign]
    assert classify(msg).reason == "Auto-Submitted: auto-replied"


def test_nothing_readable_is_human_with_an_unreadable_reason() -> None:
    assert classify(parse(b"")).reason == "unreadable: no headers"
    assert classify(None).reason.startswith("unreadable")  # type: ignore[arg-type]
    assert classify(b"From: a@b.example").kind == "human"  # type: ignore[arg-type]
    assert classify_headers({}).reason == "unreadable: no headers"


RETURN_DATES = [
    ("back on December 14", date(2026, 12, 14)),
    ("until 14 December", date(2026, 12, 14)),
    ("returning Monday 14/12", date(2026, 12, 14)),
    ("I will be out of the office until 2026-12-15", date(2026, 12, 15)),
    ("Estaré fuera de la oficina hasta el 15 de diciembre de 2026", date(2026, 12, 15)),
    ("de volta em 15 de dezembro", date(2026, 12, 15)),
    ("de retour le 15 décembre", date(2026, 12, 15)),
    ("ab dem 15. Dezember wieder erreichbar", date(2026, 12, 15)),
    ("bis 15.12.", date(2026, 12, 15)),
    ("rientro il 15 dicembre", date(2026, 12, 15)),
    ("terug op 15 december", date(2026, 12, 15)),
    ("kembali pada 15 Desember", date(2026, 12, 15)),
    ("trở lại vào ngày 15 tháng 12", date(2026, 12, 15)),
    ("12월 15일에 복귀", date(2026, 12, 15)),
    ("12月15日に戻ります", date(2026, 12, 15)),
    ("12月15日返回", date(2026, 12, 15)),
    ("I'm away from Dec 1 until Dec 14", date(2026, 12, 14)),
    ("Back on Dec 15; until Dec 14 please write to Bob", date(2026, 12, 15)),
    ("Out of office Dec 2 - Dec 11", date(2026, 12, 11)),
    ("12月1日から12月14日まで休暇です", date(2026, 12, 14)),
    ("Je suis absente jusqu’au 1er janvier.", date(2027, 1, 1)),
    ("back 01/02", date(2027, 1, 2)),
    ("zurück am 01.02.", date(2027, 2, 1)),
    ("back on February 29", date(2028, 2, 29)),
    ("I'll be back on Monday.", date(2026, 12, 7)),
    ("Ab Montag wieder im Büro.", date(2026, 12, 7)),
    ("2026年12月15日に復帰します", date(2026, 12, 15)),
    ("Back on 2025-12-14", None),
    ("Back on 30.11.2026", None),
    ("Back at 9.30 tomorrow", None),
    ("Back in 1.5 weeks", None),
    ("On vacation.", None),
    ("", None),
    (
        "I'm away.\n\nOn Mon, Nov 30, 2026 at 10:00 Team <team@brand.example> wrote:\n> by Dec 20",
        None,
    ),
    ("Away.\n-----Original Message-----\nPlease deliver until December 20", None),
]


@pytest.mark.parametrize(("text", "expected"), RETURN_DATES)
def test_return_date(text: str, expected: date | None) -> None:
    assert return_date(text, received=RECEIVED) == expected


def test_return_date_without_a_year_is_the_next_occurrence() -> None:
    received = datetime(2026, 12, 20, tzinfo=UTC)
    assert return_date("back on January 5", received=received) == date(2027, 1, 5)
    assert return_date("back on December 20", received=received) == date(2026, 12, 20)


def test_return_date_uses_the_local_day_received() -> None:
    late = datetime(2026, 12, 14, 23, 30, tzinfo=UTC)  # already the 15th in Madrid
    assert return_date("back on 2026-12-14", received=late) == date(2026, 12, 14)
    assert return_date("back on 2026-12-14", received=late, tz=MADRID) is None


def test_pause_until_the_stated_day_at_midnight_in_tz() -> None:
    text = "back on December 14"
    assert pause_until(text, received=RECEIVED) == datetime(2026, 12, 14, tzinfo=UTC)
    assert pause_until(text, received=RECEIVED, tz=MADRID) == datetime(2026, 12, 13, 23, tzinfo=UTC)


def test_pause_until_is_capped_at_30_days() -> None:
    assert pause_until("back on 2027-03-01", received=RECEIVED) == RECEIVED + timedelta(days=30)


def test_pause_until_defaults_to_one_week() -> None:
    assert pause_until("Out of office.", received=RECEIVED) == RECEIVED + timedelta(days=7)


def test_pause_until_is_never_before_received_and_always_utc() -> None:
    assert pause_until("back on December 1", received=RECEIVED) == RECEIVED
    naive = pause_until("back on December 14", received=datetime(2026, 12, 1, 9))
    assert naive == datetime(2026, 12, 14, tzinfo=UTC)
    assert naive.tzinfo is UTC


def test_pause_until_reads_the_reply_text() -> None:
    text = reply_text(parse(GMAIL_VACATION))
    assert pause_until(text, received=RECEIVED) == datetime(2026, 12, 14, tzinfo=UTC)


# --- properties ---------------------------------------------------------------------------------

NAMES = st.sampled_from([*HEADER_FIELDS, "X-Other", "Content-Disposition", "MIME-Version"])
VALUES = st.one_of(
    st.binary(max_size=80),
    st.sampled_from(
        [
            b"multipart/report; report-type=delivery-status; boundary=b",
            b"multipart/report; report-type=disposition-notification; boundary=b",
            b"multipart/mixed; boundary=b",
            b"text/html; charset=x-nope",
            b"base64",
            b"quoted-printable",
            b"<>",
            b"MAILER-DAEMON@x",
            b"=?utf-8?b?5LiN5Zyo?=",
            b"auto-replied",
            b"bulk",
        ]
    ),
)
BODY_PIECES = st.sampled_from(
    [
        b"--b\r\n",
        b"--b--\r\n",
        b"Content-Type: message/delivery-status\r\n\r\n",
        b"Content-Type: text/rfc822-headers\r\n\r\n",
        b"Content-Type: message/rfc822\r\n\r\n",
        b"Content-Type: text/html\r\n\r\n<p>",
        b"Final-Recipient: rfc822; a@b\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n",
        b"Message-ID: <x@y>\r\n",
        b"\r\n",
    ]
)
BODIES = st.lists(st.one_of(BODY_PIECES, st.binary(max_size=40)), max_size=12).map(b"".join)


@PROPERTY
@given(st.lists(st.tuples(NAMES, VALUES), min_size=1, max_size=10), BODIES)
def test_arbitrary_raw_messages_are_classified_without_error(
    headers: list[tuple[str, bytes]], body: bytes
) -> None:
    raw = b"".join(name.encode() + b": " + value + b"\r\n" for name, value in headers)
    result = classify(parse(raw + b"\r\n" + body))
    assert result.kind in ("human", "auto_reply", "bounce", "challenge", "list")
    assert not result.reason.startswith("unreadable")


@PROPERTY
@given(
    st.dictionaries(st.one_of(NAMES, st.text(max_size=12)), st.text(max_size=80), max_size=10),
    st.text(max_size=300),
)
def test_arbitrary_header_mappings_are_classified_without_error(
    headers: dict[str, str], body: str
) -> None:
    result = classify_headers(headers, body)
    assert result.kind in ("human", "auto_reply", "bounce", "challenge", "list")
    if set(headers) & set(HEADER_FIELDS):
        assert not result.reason.startswith("unreadable")


DATE_WORDS = st.sampled_from(
    [
        *("until", "back", "bis", "hasta", "jusqu'au", "まで", "까지", "返回", "wieder", "on"),
        *("December", "dic", "Dezember", "15", "31", "29", "2", "12月", "15日", "월", "일"),
        *("15.12.", "14/12", "2026-12-15", "0000-00-00", "99/99", "Feb", "Monday", "tháng"),
        *("1st", "de", "9.30", "2027", "9999", ",", "\n> ", "wrote:", "-----Original Message"),
    ]
)
DATE_TEXTS = st.one_of(st.text(max_size=200), st.lists(DATE_WORDS, max_size=25).map(" ".join))
RECEIVED_TIMES = st.datetimes(
    min_value=datetime(1990, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from([UTC, MADRID, ZoneInfo("Pacific/Kiritimati")]),
)


@PROPERTY
@given(DATE_TEXTS, RECEIVED_TIMES, st.sampled_from([None, MADRID, ZoneInfo("Asia/Tokyo")]))
def test_return_date_and_pause_until_never_raise(
    text: str, received: datetime, tz: ZoneInfo | None
) -> None:
    found = return_date(text, received=received, tz=tz)
    local_day = received.astimezone(tz).date() if tz else received.date()
    assert found is None or found >= local_day
    resume = pause_until(text, received=received, tz=tz)
    assert resume.tzinfo is UTC
    assert received <= resume <= received + timedelta(days=30)


# --- challenge/response ---------------------------------------------------------------------------


def challenge_mail(subject: str, body: str, *headers: str, sender: str = "creator@example.net"):
    return parse(
        mail(
            f"From: Creator <{sender}>",
            "To: team@brand.example",
            f"Subject: {subject}",
            "Date: Tue, 01 Dec 2026 10:00:00 +0000",
            "Message-ID: <c1@example.net>",
            *headers,
            "Content-Type: text/plain; charset=utf-8",
            body=body,
        )
    )


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # Each decided by its own words, with a subject a person could have written.
        ("Re: Quick check-in", "To prove you are human, click the link: https://x.test/c/1"),
        ("Re: Quick check-in", "Please verify that you are a real person at https://x.test/1"),
        ("Re: Quick check-in", "Hold on: are you a human? Click https://x.test/2"),
        (
            "Re: Quick check-in",
            "Click the link below to be added to my approved senders: https://x.test/3",
        ),
        (
            "Re: Quick check-in",
            "Your message is waiting. It will be delivered as soon as you click the link below"
            " to confirm: https://x.test/4",
        ),
        ("Solicitud de verificación", "Su mensaje está retenido."),
        ("Re: Hola", "Para entregar su mensaje, confirme que es una persona: https://x.test/5"),
        ("Re: Olá", "Por favor, confirme que você é humano respondendo a esta mensagem."),
        ("Re: Bonjour", "Merci de confirmer que vous êtes humain : https://x.test/6"),
        ("Re: Hallo", "Bitte bestätigen Sie, dass Sie ein Mensch sind: https://x.test/7"),
        ("Your message to jane@x.test is pending", "We hold it until you solve the captcha."),
        ("Please confirm your message", "Reply to this message without changing the subject."),
    ],
)
def test_challenge_response_requests_are_told_by_their_words(subject: str, body: str) -> None:
    found = classify(challenge_mail(subject, body))
    assert found.kind == "challenge", found
    assert found.reason.startswith("challenge/response")


@pytest.mark.parametrize(
    ("sender", "headers"),
    [
        ("creator@example.net", ("Reply-To: <x7@boxbe.com>",)),
        ("guest-list@notify.spamarrest.com", ()),
        ("spamblocker-challenge@earthlink.example", ()),
        ("jane-confirm-1795428050.4242.a1b2c3@janedoe.tv", ()),
    ],
)
def test_challenge_response_senders_are_challenges_whatever_they_say(
    sender: str, headers: tuple[str, ...]
) -> None:
    found = classify(challenge_mail("Re: hi", "Hello.", *headers, sender=sender))
    assert found.kind == "challenge" and found.reason.startswith("challenge/response sender (")


def test_tmda_confirmation_requests_are_told_from_its_users_own_mail() -> None:
    """`X-Delivery-Agent: TMDA` is on every message a TMDA user sends: only the request with
    TMDA's own Message-ID is a challenge."""
    own = challenge_mail("Re: hi", "Sounds good!", "X-Delivery-Agent: TMDA/1.1.12 (Macallan)")
    assert classify(own).kind == "human"
    request = parse(
        mail(
            "From: Creator <creator@example.net>",
            "To: team@brand.example",
            "Subject: Re: hi",
            "Message-ID: <1795428050.4242.TMDA@host.example>",
            "X-Delivery-Agent: TMDA/1.1.12 (Macallan)",
            body="Hello.",
        )
    )
    assert classify(request) == Classification("challenge", "TMDA confirmation request")
    assert "X-Delivery-Agent" in HEADER_FIELDS


def test_a_challenge_is_read_before_the_bounce_and_auto_reply_rules() -> None:
    """Sent with `Return-Path: <>` from a daemon-like sender and `Auto-Submitted`, naming the
    creator's working address: neither a bounce of that address nor an auto-reply."""
    message = challenge_mail(
        "Mail delivery failed: please verify you are human",
        "Your email to jane@janedoe.tv is on hold. To prove you are human, visit the link.",
        "Return-Path: <>",
        "Auto-Submitted: auto-replied",
        "Precedence: junk",
        sender="mailer-daemon@guard.example",
    )
    found = classify(message)
    assert (found.kind, found.bounced_addresses, found.bounce_hard) == ("challenge", (), None)
    assert (
        classify_headers(
            {"From": "Jane <jane@janedoe.tv>", "Subject": "Re: Deal [sender verification required]"}
        ).kind
        == "challenge"
    ), "the sync's headers alone suffice when the subject says it"


def test_a_delivery_report_is_never_a_challenge() -> None:
    assert classify(parse(POSTFIX_DSN)).kind == "bounce"
    message = challenge_mail(
        "Undelivered Mail Returned to Sender",
        "Confirm you are human",
        "X-Failed-Recipients: jane@janedoe.tv",
    )
    assert classify(message).kind == "bounce"


@pytest.mark.parametrize(
    "body",
    [
        "Hi! Please confirm the shipping address and I'll post the video on Friday.",
        "Can you verify the link works? It 404s for me. Thanks, Jane",
        # Quoting the challenge they got from someone else's filter, in each way a person quotes.
        "LOL I got this when I wrote to my agent:\n\n> Please confirm you are human by clicking"
        " the link below to be added to my approved senders.\n\nAnyway, draft attached!",
        'My agent\'s filter sent me "please confirm you are human", so I called her instead.'
        " The video is live.",
        "Sorry, my spam filter asked you to confirm you are human. I've whitelisted you.",
        "Great news, the draft is ready.\n\nOn Tue, 1 Dec 2026 at 09:00, Guard <g@x.test> wrote:\n"
        "Your message is on hold. Please verify you are a real person: https://x.test/1",
        "Vou confirmar o endereço de entrega amanhã. Beijos!",
        "Bitte bestätigen Sie den Termin am Freitag, dann schicke ich das Video.",
        "Merci de confirmer l'adresse de livraison, je publie vendredi.",
        "¿Puedes confirmar que el enlace funciona? Gracias.",
        "I only accept sponsored posts from approved brands; happy to approve yours!",
    ],
)
def test_a_human_reply_that_mentions_confirming_is_never_a_challenge(body: str) -> None:
    for subject in ("Re: Quick check-in", "Re: Please confirm the shipping address"):
        found = classify(challenge_mail(subject, body))
        assert found.kind == "human", (subject, body, found)


# --- rule 3: bulk mail without list headers -----------------------------------------------------


def bulk_mail(
    body: str = "Our December issue is out.",
    *headers: tuple[str, str],
    sender: str = "Creator News <news@creator.example>",
    subject: str = "December issue",
    reply: bool = False,
    html_body: str | None = None,
) -> EmailMessage:
    """A message composed like our test data elsewhere; `reply` threads it on our reminder."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = sender
    msg["To"] = "team@brand.example"
    msg["Subject"] = subject
    msg["Message-ID"] = "<bulk-1@creator.example>"
    if reply:
        msg["In-Reply-To"] = "<reminder-1@brand.example>"
        msg["References"] = "<reminder-1@brand.example>"
    for name, value in headers:
        msg[name] = value
    msg.set_content(body)
    if html_body is not None:
        msg.add_alternative(html_body, subtype="html")
    return parse(msg.as_bytes())


SIGNATURE_LINKS = [
    "Unsubscribe from my newsletter: https://maya.example/unsubscribe",
    "Darse de baja de mi boletín: https://lucia.example/baja",
    "配信停止はこちら: https://hanako.example/stop",
    "수신 거부: https://seoyeon.example/optout",
    "Отписаться от рассылки: https://dmitry.example/unsub",
    "Se désinscrire : https://camille.example/desinscription",
    "Newsletter abbestellen: https://jonas.example/abmelden",
    "Manage your email preferences: https://maya.example/prefs",
    "You are receiving this because you follow my channel.",
]
REPLY_TEXT = "Hi! The draft is attached, final cut on Friday.\n\nMaya\n--\n"


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        (bulk_mail("Trends.", ("X-Campaign-ID", "brandly-dec")), "X-Campaign-ID"),
        (bulk_mail("Trends.", ("X-CampaignID", "c-42")), "X-CampaignID"),
        (bulk_mail("News.", ("X-Mailjet-Campaign", "dec")), "X-Mailjet-Campaign"),
        (bulk_mail("News.", ("X-CSA-Complaints", "csa@eco.example")), "X-CSA-Complaints"),
        (bulk_mail("News.", ("X-MarketoID", "123-ABC-456")), "X-MarketoID"),
        (bulk_mail("News.", ("X-Mailer", "phplist v3.6.15")), "X-Mailer: phplist"),
        (bulk_mail("News.", ("X-Mailer", "Sendy (https://sendy.example)")), "X-Mailer: sendy"),
        (bulk_mail("News.", ("X-Mailer", "MailChimp Mailer - **CID1**")), "X-Mailer: mailchimp"),
        (bulk_mail("News.", ("Feedback-ID", "1:dec:esp")), "Feedback-ID"),
        (
            bulk_mail("Your payout was sent.", sender="PayFlow <no-reply@payflow.example>"),
            "no-reply sender",
        ),
        (
            bulk_mail("Rate us.", ("X-SES-Outgoing", "2026.12.01"), sender="donotreply@t.example"),
            "no-reply sender + X-SES-Outgoing",
        ),
        (
            bulk_mail("Sync at 10am.", sender="Calendar <calendar-notification@cal.example>"),
            "no-reply sender",
        ),
        (
            bulk_mail("Build failed.", sender="devhub <notifications@devhub.example>"),
            "no-reply sender",
        ),
        (bulk_mail("Guild news.", sender="mailer@guild.example"), "no-reply sender"),
        (
            bulk_mail("3 deals.\n\n--\nUnsubscribe: https://hub.example/unsubscribe?u=7"),
            "unsubscribe link in the body",
        ),
        (
            bulk_mail("Novedades.\n\nPara darte de baja haz clic aquí:\nhttps://r.example/baja"),
            "unsubscribe link in the body",
        ),
        (
            bulk_mail("12月号です。\n\n配信停止はこちら: https://tsushin.example/stop"),
            "unsubscribe link in the body",
        ),
        (
            bulk_mail("새 소식\n\n수신거부 https://kr.example/optout"),
            "unsubscribe link in the body",
        ),
        (
            bulk_mail("Новости.\n\nОтписаться: https://ru.example/unsub"),
            "unsubscribe link in the body",
        ),
        (
            bulk_mail(
                "Tendencias.",
                html_body='<p>Tendencias</p><p><a href="https://r.example/b?u=5">Darse de'
                " baja</a></p>",
            ),
            "unsubscribe link in the body",
        ),
        (
            bulk_mail(
                "Tendances.",
                html_body='<a href="https://f.example/x">Se d&eacute;sinscrire</a>',
            ),
            "unsubscribe link in the body",
        ),
        (
            bulk_mail("4 new topics.\n\nChange your email settings at https://forum.example/p"),
            "preferences link in the body",
        ),
        (
            bulk_mail("Build #12 failed.\n\nYou are receiving this because you are subscribed."),
            "'you are receiving this' footer",
        ),
        (
            bulk_mail("Neue Beiträge.\n\nSie erhalten diese E-Mail, weil Sie Mitglied sind."),
            "'you are receiving this' footer",
        ),
        (bulk_mail("20% off.", ("Precedence", "bulk")), "Precedence: bulk"),
    ],
)
def test_bulk_mail_without_list_headers_is_a_list(message: EmailMessage, reason: str) -> None:
    assert classify(message) == Classification("list", reason)


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        (
            bulk_mail(
                "Ivy replied.",
                ("X-GitHub-Reason", "subscribed"),
                sender="notifications@devhub.example",
                reply=True,
            ),
            "X-GitHub-Reason",
        ),
        (
            bulk_mail("Ivy replied.", ("X-Forum-Notification", "reply"), sender="forum@f.example"),
            "X-Forum-Notification",
        ),
        (
            bulk_mail(
                "Your order shipped.\n\nUnsubscribe: https://shop.example/u",
                sender="Shop <noreply@shop.example>",
                subject="Re: Your order",
                reply=True,
            ),
            "no-reply sender + unsubscribe link in the body",
        ),
        (
            bulk_mail(
                "Update.",
                ("X-Mailer", "phplist 3"),
                sender="no-reply@guild.example",
                reply=True,
            ),
            "no-reply sender + X-Mailer: phplist",
        ),
    ],
)
def test_notifications_in_a_thread_are_a_list(message: EmailMessage, reason: str) -> None:
    """Code hosts thread their notifications; a no-reply mailbox with a bulk sign is no person."""
    assert classify(message) == Classification("list", reason)


@pytest.mark.parametrize("signature", SIGNATURE_LINKS)
def test_a_reply_with_an_unsubscribe_link_in_its_signature_is_human(signature: str) -> None:
    message = bulk_mail(REPLY_TEXT + signature, sender="Maya <maya@maya.example>", reply=True)
    assert classify(message).kind == "human"
    html_reply = bulk_mail(
        REPLY_TEXT + signature,
        sender="Maya <maya@maya.example>",
        reply=True,
        html_body=f'<p>Hi!</p><p><a href="https://maya.example/unsubscribe">{signature}</a></p>',
    )
    assert classify(html_reply).kind == "human"


@pytest.mark.parametrize(
    "relay",
    [
        ("Feedback-ID", "1.us-east-1.abc:AmazonSES"),
        ("X-SES-Outgoing", "2026.12.01-54.240.0.1"),
        ("X-Mailgun-Sid", "WyI0ZjQ2NiJd"),
        ("X-Mailgun-Variables", '{"user": "42"}'),
        ("X-SG-EID", "u001.abc"),
        ("X-MC-User", "abc123"),
        ("X-Mandrill-User", "md_123"),
        ("X-PM-Message-Id", "b7bc2f4a"),
        ("X-Entity-Ref-ID", "ref-1"),
    ],
)
def test_a_reply_through_a_company_relay_is_human(relay: tuple[str, str]) -> None:
    """A company that sends all its mail through an ESP adds the ESP's headers to replies too."""
    reply = bulk_mail(REPLY_TEXT, relay, sender="Sam <sam@talentco.example>", reply=True)
    assert classify(reply).kind == "human"
    if relay[0] != "Feedback-ID":  # a relay header alone is no sign of bulk mail
        fresh = bulk_mail("Invoice attached.", relay, sender="Sam <sam@talentco.example>")
        assert classify(fresh).kind == "human"
    from_notifications = bulk_mail(
        REPLY_TEXT, relay, sender="Ivy <notifications@ivyworks.example>", reply=True
    )
    assert classify(from_notifications).kind == "human"


@pytest.mark.parametrize(
    "sender",
    [
        "Ivy <notifications@ivyworks.example>",
        "no-reply@creator.example",
        "Maya <newsletter@maya.example>",
        "mailer@creator.example",
    ],
)
def test_a_reply_in_a_conversation_from_a_no_reply_address_is_human(sender: str) -> None:
    reply = bulk_mail(REPLY_TEXT, sender=sender, subject="Re: Draft due Friday", reply=True)
    assert classify(reply).kind == "human"
    only_references = bulk_mail(REPLY_TEXT, sender=sender, subject="Draft")
    del only_references["In-Reply-To"]
    only_references["References"] = "<reminder-1@brand.example>"
    assert classify(only_references).kind == "human"


@pytest.mark.parametrize(
    ("sender", "body", "headers"),
    [
        ("Juan <juano.reply@example.net>", "Here is the invoice.", ()),
        ("Jane <jane.mailer@example.net>", "Here is the invoice.", ()),
        ("Norman <norman@mailer.example>", "Here is the invoice.", ()),
        ("Mia <mia@example.net>", "Please unsubscribe me from your newsletter, thanks.", ()),
        ("Mia <mia@example.net>", "Hope you received this email. The draft is attached.", ()),
        ("Mia <mia@example.net>", "I opted out of the other deal, so I'm free.", ()),
        ("Mia <mia@example.net>", "New address.", (("X-Mailer", "Apple Mail (2.3776)"),)),
        ("Mia <mia@example.net>", "New address.", (("X-Mailer", "Microsoft Outlook 16.0"),)),
        ("Mia <mia@example.net>", "New address.", (("X-Mailer", "iPhone Mail (21G93)"),)),
    ],
)
def test_a_fresh_message_from_a_person_is_human(
    sender: str, body: str, headers: tuple[tuple[str, str], ...]
) -> None:
    assert classify(bulk_mail(body, *headers, sender=sender, subject="Invoice")).kind == "human"


def test_a_reply_quoting_a_newsletter_is_human() -> None:
    body = (
        "Ha, look what they sent me!\n\n---------- Forwarded message ---------\n"
        "You are receiving this because you subscribed.\nUnsubscribe: https://n.example/u\n"
    )
    message = bulk_mail(body, sender="Maya <maya@maya.example>", reply=True)
    assert classify(message).kind == "human"


def test_precedence_bulk_that_answers_us_is_left_to_rule_2() -> None:
    """An old autoresponder sets `Precedence: bulk` but answers our subject or thread."""
    answer = bulk_mail("Thanks, I will read it soon.", ("Precedence", "bulk"), subject="Re: Draft")
    assert classify(answer) == Classification("auto_reply", "Precedence: bulk")
    threaded = bulk_mail("Thanks.", ("Precedence", "bulk"), reply=True)
    assert classify(threaded) == Classification("auto_reply", "Precedence: bulk")


def test_bulk_signals_survive_a_headers_and_first_kilobyte_fetch() -> None:
    message = bulk_mail("3 deals.\n\nUnsubscribe: https://hub.example/unsubscribe?u=7")
    headers, body = split_fetch(message.as_bytes(policy=policy.SMTP))
    found = classify_headers(headers, body[:1024])
    assert (found.kind, found.reason) == ("list", "unsubscribe link in the body")
    headers = {"From": "Guild <guild@guild.example>", "X-Mailer": "phplist v3.6.15"}
    assert classify_headers(headers).reason == "X-Mailer: phplist"
