"""Write the labelled mail corpus: `uv run python tests/mail_corpus/make_corpus.py`.

Every message here is composed for this corpus (made-up people, `.example`/`.test` domains), after
the documented formats: RFC 5322 replies as the common clients shape them, RFC 3834 auto-replies,
RFC 3464 delivery status notifications and the MTAs' plain-text notices, challenge/response mails
and bulk mail. The output is deterministic: running it twice writes the same bytes. It rewrites
every `.eml` file and `labels.csv`, and deletes `.eml` files it no longer makes.
"""

import csv
import hashlib
import io
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

import corpus_languages

HERE = Path(__file__).resolve().parent
KINDS = ("human", "auto_reply", "bounce", "challenge", "list")
TEAM = "Acme Partnerships <team@acme.example>"
TEAM_ADDRESS = "team@acme.example"


@dataclass(frozen=True)
class Entry:
    file: str
    kind: str
    reason_hint: str
    return_date: str
    received_at: str
    sender_country: str
    raw: bytes


CORPUS: list[Entry] = []


def add(
    file: str, kind: str, raw: bytes, *, at: str, country: str, hint: str = "", ret: str = ""
) -> None:
    assert kind in KINDS, kind
    assert all(e.file != file for e in CORPUS), file
    CORPUS.append(Entry(file, kind, hint, ret, at, country, raw))


def rfc_date(at: str) -> str:
    return format_datetime(datetime.fromisoformat(at))


def reminder_id(n: int) -> str:
    return f"<reminder-{n}@acme.example>"


def reminder_subject(creator: str) -> str:
    return f"Quick check-in: Acme x {creator} – winter campaign"


def quoted_reminder(first: str) -> str:
    return (
        f"> Hi {first},\n"
        ">\n"
        "> Just checking in on the winter campaign: could you confirm the date for the\n"
        "> first draft? The brief asked for it by December 18.\n"
        ">\n"
        "> Thanks,\n"
        "> Acme Partnerships\n"
    )


def build(
    headers: list[tuple[str, str]],
    text: str | None,
    *,
    html: str | None = None,
    cte: str | None = None,
    charset: str = "utf-8",
) -> bytes:
    """A message composed the way a client composes it, with CRLF line ends."""
    msg = EmailMessage(policy=policy.SMTP)
    for name, value in headers:
        msg[name] = value
    if text is not None:
        msg.set_content(text, charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset)
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    if msg.is_multipart():  # the library picks a random boundary; the corpus must not change
        seed = "\n".join(f"{n}: {v}" for n, v in headers) + (text or "") + (html or "")
        msg.set_boundary(f"=_part_{hashlib.sha1(seed.encode()).hexdigest()[:24]}")
    return msg.as_bytes()


def raw(lines: list[str], body: str, encoding: str = "utf-8") -> bytes:
    """Exact bytes from header lines and a body (for 8-bit headers and hand-made MIME)."""
    text = "\n".join(lines) + "\n\n" + body
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode(encoding)


def word(text: str, charset: str = "utf-8") -> str:
    """An RFC 2047 encoded-word, as a client writes a non-ASCII subject."""
    return Header(text, charset).encode()


def reply(
    sender: str,
    n: int,
    creator: str,
    at: str,
    *,
    subject: str | None = None,
    extra: tuple[tuple[str, str], ...] = (),
    msgid: str,
    date: bool = True,
    to: str = TEAM,
) -> list[tuple[str, str]]:
    headers = [("From", sender), ("To", to)]
    headers.append(
        ("Subject", subject if subject is not None else "Re: " + reminder_subject(creator))
    )
    if date:
        headers.append(("Date", rfc_date(at)))
    headers += [
        ("Message-ID", msgid),
        ("In-Reply-To", reminder_id(n)),
        ("References", reminder_id(n)),
    ]
    headers += list(extra)
    return headers


def html_of(text: str) -> str:
    paragraphs = "".join(f"<div>{line or '<br>'}</div>" for line in text.split("\n"))
    return f'<div dir="ltr">{paragraphs}</div>\n'


# --- human replies ------------------------------------------------------------------------------

APPLE = (("X-Mailer", "iPhone Mail (21G93)"),)
OUTLOOK = (
    ("Thread-Topic", "Quick check-in"),
    ("Thread-Index", "AQHbQ2x1c2VyY29ycHVzAAAAAA=="),
    ("X-MS-Has-Attach", ""),
    ("X-MS-TNEF-Correlator", ""),
    ("Content-Language", "en-GB"),
    ("X-MS-Exchange-Organization-SCL", "1"),
)


def client(name: str, lang: str = "en-US") -> tuple[tuple[str, str], ...]:
    if name == "gmail":
        return ()
    if name == "outlook":
        return (*OUTLOOK[:-2], ("Content-Language", lang), OUTLOOK[-1])
    if name == "apple":
        return (("X-Mailer", "Apple Mail (2.3776.700.51)"),)
    if name == "iphone":
        return APPLE
    if name == "thunderbird":
        return (
            ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Thunderbird/128.5.0"),
            ("Content-Language", lang),
        )
    if name == "yahoo":
        return (("X-Mailer", "WebService/1.1.22941 YMailNorrin"),)
    if name == "android":
        return (("X-Mailer", "Android Mail 6.5"),)
    if name == "mailru":
        return (("X-Mailer", "Mail.Ru Mailer 1.0"),)
    if name == "qq":
        return (("X-Mailer", "QQMail 2.x"),)
    if name == "naver":
        return (("X-Mailer", "NAVER Mail"),)
    if name == "outlook-mobile":
        return (("X-Mailer", "Outlook for Android"), ("Content-Language", lang))
    raise ValueError(name)


def attribution(kind: str, creator_first: str, lang: str = "en") -> str:
    if kind == "gmail":
        return {
            "en": "On Mon, Nov 30, 2026 at 10:00 AM Acme Partnerships <team@acme.example> wrote:",
            "es": "El lun, 30 nov 2026 a las 10:00, Acme Partnerships (<team@acme.example>)"
            " escribió:",
            "pt": "Em seg., 30 de nov. de 2026 às 10:00, Acme Partnerships <team@acme.example>"
            " escreveu:",
            "fr": "Le lun. 30 nov. 2026 à 10:00, Acme Partnerships <team@acme.example> a écrit :",
            "de": "Am Mo., 30. Nov. 2026 um 10:00 Uhr schrieb Acme Partnerships"
            " <team@acme.example>:",
            "id": "Pada tanggal Sen, 30 Nov 2026 pukul 10.00 Acme Partnerships"
            " <team@acme.example> menulis:",
            "vi": "Vào Th 2, 30 thg 11, 2026 vào lúc 10:00 Acme Partnerships"
            " <team@acme.example> đã viết:",
            "tr": "Acme Partnerships <team@acme.example>, 30 Kas 2026 Pzt, 10:00 tarihinde şunu"
            " yazdı:",
            "pl": "pon., 30 lis 2026 o 10:00 Acme Partnerships <team@acme.example> napisał(a):",
            "lt": "2026-11-30, pr, 10:00 Acme Partnerships <team@acme.example> rašė:",
        }[lang]
    if kind == "outlook":
        return (
            "________________________________\n"
            "From: Acme Partnerships <team@acme.example>\n"
            "Sent: Monday, November 30, 2026 10:00 AM\n"
            f"To: {creator_first}\n"
            "Subject: Quick check-in"
        )
    return "On 30 Nov 2026, at 10:00, Acme Partnerships <team@acme.example> wrote:"


HUMANS: list[tuple[str, str, str, str, str, str, str, str]] = [
    # file, client, sender, creator, lang/attribution, country, received_at, own words
    (
        "human_gmail_en.eml",
        "gmail",
        "Maya Lindqvist <maya@mayamakes.example>",
        "Maya Lindqvist",
        "en",
        "US",
        "2026-12-01T15:12:40-08:00",
        "Hi team,\n\nYes, the first draft will be with you on December 16. I'll send the\n"
        "storyboard tomorrow so you can check the product shots.\n\nBest,\nMaya",
    ),
    (
        "human_outlook_en.eml",
        "outlook",
        "Oliver Brandt <oliver@brandtfilms.example>",
        "Oliver Brandt",
        "en",
        "GB",
        "2026-12-01T11:40:02+00:00",
        "Hello,\n\nApologies for the slow reply - we had a hectic fortnight. The draft is\n"
        "nearly done; expect it by Friday.\n\nKind regards,\nOliver",
    ),
    (
        "human_apple_en.eml",
        "apple",
        "Priya Raman <priya@priyacooks.example>",
        "Priya Raman",
        "en",
        "IN",
        "2026-12-02T09:03:00+05:30",
        "Hi!\n\nSorry, totally missed this. Draft coming next week, promise.\n\nPriya",
    ),
    (
        "human_thunderbird_en.eml",
        "thunderbird",
        "Sam Rivera <booking@talentco.example>",
        "Jane Doe",
        "en",
        "US",
        "2026-12-01T18:22:10-05:00",
        "Hi Acme,\n\nJane is on set this week; I'm handling scheduling for her. We can\n"
        "deliver the draft on the 17th. Does that still work?\n\nSam Rivera\nTalentCo Booking",
    ),
    (
        "human_yahoo_en.eml",
        "yahoo",
        "Derek Osei <derek.osei@yahoo-mail.example>",
        "Derek Osei",
        "en",
        "GH",
        "2026-12-02T07:45:00+00:00",
        "Good morning, received. I will revert with the draft by Wednesday. Thanks",
    ),
    (
        "human_iphone_en.eml",
        "iphone",
        "Chloe Tran <chloe@chloetravels.example>",
        "Chloe Tran",
        "en",
        "AU",
        "2026-12-02T06:10:00+11:00",
        "Yep all good, filming Thursday!\n\nSent from my iPhone",
    ),
    (
        "human_android_phone_en.eml",
        "android",
        "Marcus Bell <marcus@bellfit.example>",
        "Marcus Bell",
        "en",
        "US",
        "2026-12-01T20:01:00-06:00",
        "Will do. Sorry for the delay.\n\nSent from my phone",
    ),
    (
        "human_outlook_mobile_en.eml",
        "outlook-mobile",
        "Nadia Karim <nadia@nadiastyle.example>",
        "Nadia Karim",
        "en-GB",
        "GB",
        "2026-12-01T13:30:00+00:00",
        "Hi, yes, on it. Draft Monday.\n\nGet Outlook for Android",
    ),
    (
        "human_gmail_es.eml",
        "gmail",
        "Lucía Fernández <lucia@luciacocina.example>",
        "Lucía Fernández",
        "es",
        "ES",
        "2026-12-01T17:05:00+01:00",
        "Hola equipo:\n\n¡Perdón por la demora! El primer borrador estará listo el 15 de\n"
        "diciembre. Os mando el guion mañana.\n\nUn abrazo,\nLucía",
    ),
    (
        "human_gmail_pt.eml",
        "gmail",
        "Ana Souza <ana@anasouza.example>",
        "Ana Souza",
        "pt",
        "BR",
        "2026-12-01T14:20:00-03:00",
        "Oi, pessoal!\n\nDesculpem a demora. Consigo entregar o roteiro até sexta-feira e o\n"
        "vídeo na semana que vem.\n\nBeijos,\nAna",
    ),
    (
        "human_gmail_fr.eml",
        "gmail",
        "Camille Moreau <camille@camillevoyage.example>",
        "Camille Moreau",
        "fr",
        "FR",
        "2026-12-01T10:48:00+01:00",
        "Bonjour,\n\nMerci pour la relance. Le premier montage sera prêt le 14 décembre,\n"
        "je vous envoie le lien dès que possible.\n\nBien à vous,\nCamille",
    ),
    (
        "human_gmail_de.eml",
        "gmail",
        "Jonas Weber <jonas@jonasbaut.example>",
        "Jonas Weber",
        "de",
        "DE",
        "2026-12-01T16:02:00+01:00",
        "Hallo zusammen,\n\ndanke für die Erinnerung. Der erste Entwurf kommt bis Mittwoch,\n"
        "das Skript hängt schon an.\n\nViele Grüße\nJonas",
    ),
    (
        "human_gmail_id.eml",
        "gmail",
        "Putri Wulandari <putri@putrikuliner.example>",
        "Putri Wulandari",
        "id",
        "ID",
        "2026-12-02T10:15:00+07:00",
        "Halo kak,\n\nMaaf baru balas. Draft pertama akan saya kirim hari Jumat ya.\n\n"
        "Terima kasih,\nPutri",
    ),
    (
        "human_gmail_vi.eml",
        "gmail",
        "Nguyễn Thu Hà <thuha@thuhavlog.example>",
        "Nguyen Thu Ha",
        "vi",
        "VN",
        "2026-12-02T09:30:00+07:00",
        "Chào anh chị,\n\nEm xin lỗi vì trả lời muộn. Em sẽ gửi bản nháp đầu tiên vào thứ Sáu\n"
        "này ạ.\n\nCảm ơn,\nThu Hà",
    ),
    (
        "human_gmail_ko.eml",
        "gmail",
        "김서연 <seoyeon@seoyeonbeauty.example>",
        "Kim Seoyeon",
        "en",
        "KR",
        "2026-12-02T11:00:00+09:00",
        "안녕하세요,\n\n답장이 늦어서 죄송합니다. 첫 번째 초안은 금요일까지 보내드리겠습니다.\n\n"
        "감사합니다.\n김서연 드림",
    ),
    (
        "human_outlook_ja.eml",
        "outlook",
        "佐藤 花子 <hanako@hanakoeats.example>",
        "Sato Hanako",
        "ja-JP",
        "JP",
        "2026-12-02T13:45:00+09:00",
        "Acme Partnerships 御中\n\nいつもお世話になっております。佐藤です。\n"
        "ご連絡ありがとうございます。初稿は12月15日までにお送りいたします。\n\n"
        "よろしくお願いいたします。\n佐藤 花子",
    ),
    (
        "human_gmail_th.eml",
        "gmail",
        "Ploy Chaiyaporn <ploy@ploytravel.example>",
        "Ploy Chaiyaporn",
        "en",
        "TH",
        "2026-12-02T12:00:00+07:00",
        "สวัสดีค่ะ\n\nขอโทษที่ตอบช้านะคะ จะส่งร่างแรกให้ภายในวันศุกร์นี้ค่ะ\n\nขอบคุณค่ะ\nพลอย",
    ),
    (
        "human_gmail_tr.eml",
        "gmail",
        "Elif Yılmaz <elif@elifmutfak.example>",
        "Elif Yilmaz",
        "tr",
        "TR",
        "2026-12-01T19:10:00+03:00",
        "Merhaba,\n\nGeç cevap için kusura bakmayın. İlk taslağı cuma gününe kadar\n"
        "gönderiyorum.\n\nTeşekkürler,\nElif",
    ),
    (
        "human_apple_ar.eml",
        "apple",
        "ليلى حداد <layla@laylastyle.example>",
        "Layla Haddad",
        "en",
        "AE",
        "2026-12-02T10:05:00+04:00",
        "مرحباً،\n\nشكراً على التذكير. سأرسل المسودة الأولى يوم الخميس.\n\nمع التحية،\nليلى",
    ),
    (
        "human_gmail_he.eml",
        "gmail",
        "נועה לוי <noa@noabakes.example>",
        "Noa Levi",
        "en",
        "IL",
        "2026-12-01T21:00:00+02:00",
        "היי,\n\nסליחה על העיכוב. הטיוטה הראשונה תגיע אליכם ביום רביעי.\n\nתודה,\nנועה",
    ),
    (
        "human_outlook_zh.eml",
        "outlook",
        "王芳 <wangfang@fangtravel.example>",
        "Wang Fang",
        "zh-CN",
        "CN",
        "2026-12-02T15:20:00+08:00",
        "您好，\n\n抱歉回复晚了。初稿会在下周一之前发给您。\n\n谢谢！\n王芳",
    ),
    (
        "human_thunderbird_ru.eml",
        "thunderbird",
        "Дмитрий Соколов <dmitry@sokolovtech.example>",
        "Dmitry Sokolov",
        "ru-RU",
        "RU",
        "2026-12-01T14:40:00+03:00",
        "Добрый день!\n\nСпасибо за напоминание. Черновик пришлю до пятницы.\n\n"
        "С уважением,\nДмитрий",
    ),
    (
        "human_gmail_pl.eml",
        "gmail",
        "Zofia Nowak <zofia@zofiagotuje.example>",
        "Zofia Nowak",
        "pl",
        "PL",
        "2026-12-01T12:12:00+01:00",
        "Dzień dobry,\n\nprzepraszam za opóźnienie. Pierwszą wersję wyślę w piątek.\n\n"
        "Pozdrawiam,\nZofia",
    ),
    (
        "human_gmail_lt.eml",
        "gmail",
        "Rūta Kazlauskaitė <ruta@rutakepa.example>",
        "Ruta Kazlauskaite",
        "lt",
        "LT",
        "2026-12-01T13:00:00+02:00",
        "Laba diena,\n\natsiprašau, kad vėluoju. Pirmą juodraštį atsiųsiu penktadienį.\n\n"
        "Pagarbiai,\nRūta",
    ),
]


def make_humans() -> None:
    for i, (file, kind, sender, creator, lang, country, at, words) in enumerate(HUMANS, 10):
        first = creator.split()[0]
        short = lang.split("-")[0]
        attr = attribution(
            "outlook" if kind.startswith("outlook") else ("gmail" if kind == "gmail" else "apple"),
            first,
            short
            if kind == "gmail" and short in ("es", "pt", "fr", "de", "id", "vi", "tr", "pl", "lt")
            else "en",
        )
        quote = quoted_reminder(first)
        if kind.startswith("outlook"):
            quote = quote.replace("> ", "").replace(">\n", "\n")
        text = f"{words}\n\n{attr}\n{quote}"
        host = sender.rpartition("@")[2].rstrip(">")
        headers = reply(
            sender, i, creator, at, msgid=f"<human-{i}.{at[:10]}@{host}>", extra=client(kind, lang)
        )
        html = html_of(text) if kind in ("gmail", "outlook", "yahoo") else None
        add(
            file,
            "human",
            build(headers, text, html=html),
            at=at,
            country=country,
            hint=f"{kind} reply ({file.removesuffix('.eml').rpartition('_')[2]})",
        )


def make_hard_humans() -> None:
    """Human replies that look automatic to a careless rule."""
    at = "2026-12-01T10:20:00+00:00"
    text = (
        "Hi! Sorry, my auto-reply must have confused you - I'm back now. The draft\n"
        "is ready, link below.\n\nTom\n\n"
        "-----Original Message-----\n"
        "From: Tom Hale <tom@halecycles.example>\n"
        "Subject: Automatic reply: Quick check-in\n\n"
        "I am out of the office until 30 November with no access to email.\n"
    )
    add(
        "human_quotes_ooo.eml",
        "human",
        build(
            reply(
                "Tom Hale <tom@halecycles.example>",
                40,
                "Tom Hale",
                at,
                msgid="<q40@halecycles.example>",
            ),
            text,
        ),
        at=at,
        country="GB",
        hint="reply quoting its own out-of-office",
    )
    at = "2026-12-01T09:55:00-05:00"
    text = (
        "Hi Acme,\n\nI was out of office last week (vacation!) so I missed your note. All\n"
        "good - I'll send the draft on Thursday.\n\nGreta\n\n"
        + attribution("gmail", "Greta")
        + "\n"
        + quoted_reminder("Greta")
    )
    add(
        "human_was_out_of_office.eml",
        "human",
        build(
            reply(
                "Greta Holm <greta@gretaoutdoors.example>",
                41,
                "Greta Holm",
                at,
                msgid="<CAGh41@mail.gmail.example>",
            ),
            text,
            html=html_of(text),
        ),
        at=at,
        country="US",
        hint="says 'out of office last week'",
    )
    at = "2026-12-01T09:00:00-08:00"
    text = (
        "Hi! Quick one before I fly out: yes to the draft, I'll send it December 4.\n"
        "I'm on vacation until December 10 after that, so let's wrap it before.\n\nLeo\n\n"
        "Sent from my iPhone\n\n" + attribution("apple", "Leo") + "\n" + quoted_reminder("Leo")
    )
    add(
        "human_mentions_vacation_dates.eml",
        "human",
        build(
            reply(
                "Leo Martins <leo@leoshoots.example>",
                42,
                "Leo Martins",
                at,
                msgid="<A1B2C3D4-42@leoshoots.example>",
                extra=client("iphone"),
            ),
            text,
        ),
        at=at,
        country="US",
        hint="human reply stating a vacation and a date",
    )
    at = "2026-12-01T11:00:00+00:00"
    add(
        "human_subject_out_of_office_series.eml",
        "human",
        build(
            reply(
                "Ivy Chen <ivy@ivyworks.example>",
                43,
                "Ivy Chen",
                at,
                subject="Re: Out of Office series - episode 3 sponsorship",
                msgid="<CAic43@mail.gmail.example>",
            ),
            "Hi,\n\nHappy to add Acme to episode 3 of my Out of Office series (it's about\n"
            "remote work). Draft by the 12th.\n\nIvy\n",
        ),
        at=at,
        country="GB",
        hint="subject names the creator's 'Out of Office' video series",
    )
    at = "2026-12-01T11:30:00+00:00"
    add(
        "human_subject_absent_friends.eml",
        "human",
        build(
            reply(
                "Rob Kelly <rob@robkelly.example>",
                44,
                "Rob Kelly",
                at,
                subject="Re: Absent Friends podcast - Acme read",
                msgid="<CArk44@mail.gmail.example>",
            ),
            "Yes, the Absent Friends episode with your read goes out on Sunday.\n\nRob\n",
        ),
        at=at,
        country="IE",
        hint="subject starts with 'Absent' (a podcast name)",
    )
    at = "2026-12-02T10:00:00+09:00"
    add(
        "human_ja_subject_fuzai.eml",
        "human",
        build(
            reply(
                "鈴木 一郎 <ichiro@ichirocamp.example>",
                45,
                "Suzuki Ichiro",
                at,
                subject="Re: 不在時の連絡先について",
                msgid="<ic45@ichirocamp.example>",
            ),
            "Acme Partnerships 御中\n\n年末年始の不在時の連絡先は、マネージャーの田中になります。\n"
            "初稿は12月10日に提出します。\n\n鈴木\n",
        ),
        at=at,
        country="JP",
        hint="subject starts with 不在 ('about contacts while away')",
    )
    at = "2026-12-01T12:00:00+00:00"
    text = "\n\n\n   \nHi, sorry - here's the script.\n\nBea\n"
    add(
        "human_empty_first_lines.eml",
        "human",
        build(
            reply(
                "Bea Quinn <bea@beaquinn.example>",
                46,
                "Bea Quinn",
                at,
                msgid="<CAbq46@mail.gmail.example>",
            ),
            text,
        ),
        at=at,
        country="GB",
        hint="reply whose first lines are empty",
    )
    at = "2026-12-01T13:14:00+01:00"
    add(
        "human_8bit_headers.eml",
        "human",
        raw(
            [
                "From: Ségolène Dupré <segolene@segodupre.example>",
                "To: team@acme.example",
                "Subject: Re: Quick check-in: Acme x Ségolène Dupré – winter campaign",
                f"Date: {rfc_date(at)}",
                "Message-ID: <8bit-47@segodupre.example>",
                f"In-Reply-To: {reminder_id(47)}",
                f"References: {reminder_id(47)}",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit",
                "User-Agent: Roundcube Webmail/1.6.9",
            ],
            "Bonjour, c'est noté : brouillon vendredi. Ségolène\n",
        ),
        at=at,
        country="FR",
        hint="raw UTF-8 bytes in From and Subject",
    )
    at = "2026-12-01T13:20:00+02:00"
    add(
        "human_8bit_latin1.eml",
        "human",
        raw(
            [
                "From: Jörg Müller <joerg@joergrad.example>",
                "To: team@acme.example",
                "Subject: AW: Quick check-in - Entwurf fürs Wintervideo",
                f"Date: {rfc_date(at)}",
                "Message-ID: <latin1-48@joergrad.example>",
                f"In-Reply-To: {reminder_id(48)}",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=iso-8859-1",
                "Content-Transfer-Encoding: 8bit",
            ],
            "Hallo, der Entwurf kommt nächste Woche. Grüße, Jörg\n",
            encoding="latin-1",
        ),
        at=at,
        country="DE",
        hint="raw latin-1 bytes in From and Subject (undeclared)",
    )
    at = "2026-12-01T14:00:00+00:00"
    add(
        "human_no_date.eml",
        "human",
        build(
            reply(
                "Kofi Mensah <kofi@kofikitchen.example>",
                49,
                "Kofi Mensah",
                at,
                date=False,
                msgid="<nodate-49@kofikitchen.example>",
            ),
            "Hello, yes, draft will come on Monday. Kofi\n",
        ),
        at=at,
        country="GH",
        hint="no Date header",
    )
    at = "2026-12-01T15:00:00+00:00"
    add(
        "human_x_auto_response_suppress.eml",
        "human",
        build(
            reply(
                "Hannah Brooks <hannah@hbrooks.example>",
                50,
                "Hannah Brooks",
                at,
                msgid="<000001db50$hb@hbrooks.example>",
                extra=(
                    ("X-Mailer", "Microsoft Outlook 16.0"),
                    ("X-Auto-Response-Suppress", "All"),
                    ("Content-Language", "en-gb"),
                ),
            ),
            "Hi, thanks - draft attached next week.\n\nHannah\n",
        ),
        at=at,
        country="GB",
        hint="Outlook sets X-Auto-Response-Suppress on every message",
    )
    at = "2026-12-01T15:10:00+00:00"
    add(
        "human_auto_submitted_no.eml",
        "human",
        build(
            reply(
                "Felix Roth <felix@felixroth.example>",
                51,
                "Felix Roth",
                at,
                msgid="<asno-51@felixroth.example>",
                extra=(("Auto-Submitted", "no"),),
            ),
            "Moin, Entwurf kommt Donnerstag.\n\nFelix\n",
        ),
        at=at,
        country="DE",
        hint="Auto-Submitted: no",
    )
    at = "2026-12-01T16:00:00-05:00"
    text = (
        "Hi team, draft is uploaded to the shared folder.\n\nMia\n--\n"
        "Mia Santos | mia@miasantos.example\n"
        "Get my weekly recipes: https://miasantos.example/newsletter "
        "(unsubscribe anytime: https://miasantos.example/unsubscribe)\n"
    )
    add(
        "human_signature_unsubscribe.eml",
        "human",
        build(
            reply(
                "Mia Santos <mia@miasantos.example>",
                52,
                "Mia Santos",
                at,
                msgid="<CAms52@mail.gmail.example>",
            ),
            text,
            html=html_of(text),
        ),
        at=at,
        country="US",
        hint="signature carries a newsletter unsubscribe link",
    )
    at = "2026-12-01T16:30:00+00:00"
    add(
        "human_mentions_bounce.eml",
        "human",
        build(
            reply(
                "Arjun Mehta <arjun@arjunmehta.example>",
                53,
                "Arjun Mehta",
                at,
                subject="Re: Undelivered Mail Returned to Sender",
                msgid="<CAam53@mail.gmail.example>",
            ),
            "Hi - your earlier email bounced from my old address (mailer-daemon said\n"
            "'user unknown'). This one works. Draft on the 9th.\n\nArjun\n",
        ),
        at=at,
        country="IN",
        hint="human reply about a bounce, bounce subject kept",
    )
    at = "2026-12-01T17:00:00+00:00"
    add(
        "human_html_only.eml",
        "human",
        build(
            reply(
                "Sam Rivera <booking@talentco.example>",
                54,
                "Jane Doe",
                at,
                msgid="<html-54@talentco.example>",
            ),
            None,
            html="<html><body><p>Hi Acme,</p><p>Confirmed for the 15th.</p>"
            "<p>Sam</p></body></html>\n",
        ),
        at=at,
        country="US",
        hint="manager reply, HTML only",
    )
    at = "2026-12-02T08:00:00+00:00"
    add(
        "human_reply_from_phone_short.eml",
        "human",
        build(
            reply(
                "Zara Ali <zara@zaraali.example>",
                55,
                "Zara Ali",
                at,
                msgid="<ph55@zaraali.example>",
                extra=client("android"),
            ),
            "Ok 👍\n\nSent from my Samsung Galaxy smartphone.\n",
        ),
        at=at,
        country="GB",
        hint="one-word reply from a phone",
    )
    at = "2026-12-02T09:00:00+00:00"
    add(
        "human_auto_words_in_text.eml",
        "human",
        build(
            reply(
                "Ben Cole <ben@bencole.example>",
                56,
                "Ben Cole",
                at,
                msgid="<CAbc56@mail.gmail.example>",
            ),
            "Automatic reply? No, it's really me :) I'm not away, just slow. Draft Friday.\n"
            "\nBen\n",
        ),
        at=at,
        country="US",
        hint="first line says 'Automatic reply?'",
    )


# --- auto-replies -------------------------------------------------------------------------------

GMAIL_VACATION = (
    ("Auto-Submitted", "auto-replied"),
    ("X-Autoreply", "yes"),
    ("Precedence", "bulk"),
)
EXCHANGE_PAIR = (("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "{addr}"))
EXCHANGE_FULL = (
    *EXCHANGE_PAIR,
    ("Auto-Submitted", "auto-generated"),
    ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
)

AUTOS: list[tuple[str, str, str, tuple[tuple[str, str], ...], str, str, str, str, str]] = [
    # file, sender, subject, headers, received_at, country, return date, hint, text
    (
        "ooo_gmail_until_dmy_2010.eml",
        "Harriet Cole <harriet@harrietcole.example>",
        "Out of office: Re: Summer shoot",
        GMAIL_VACATION,
        "2010-06-28T09:00:00+01:00",
        "GB",
        "2010-07-05",
        "gmail vacation, 'until 05/07/2010' day first",
        "Thanks for your email. I am away until 05/07/2010 and will reply when I'm back.\n",
    ),
    (
        "ooo_exchange_pair_returning_5th_jan.eml",
        "Tim Walsh <tim@walshmedia.example>",
        "Automatic reply: Quick check-in: Acme x Tim Walsh – winter campaign",
        EXCHANGE_PAIR,
        "2026-12-28T10:00:00+00:00",
        "GB",
        "2027-01-05",
        "Exchange header pair only",
        "Hi, I'm off for the holidays, returning 5th Jan. For urgent matters contact\n"
        "office@walshmedia.example.\n",
    ),
    (
        "ooo_exchange_de_bis.eml",
        "Katrin Vogel <katrin@vogelreist.example>",
        "Automatische Antwort: Quick check-in",
        EXCHANGE_FULL,
        "2026-12-01T08:00:00+01:00",
        "DE",
        "2026-12-14",
        "Exchange full OOF (de), 'bis 13.12. … ab dem 14.12.2026 wieder'",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 13.12. nicht im Büro und ab\n"
        "dem 14.12.2026 wieder erreichbar.\n",
    ),
    (
        "ooo_precedence_auto_reply.eml",
        "Gary Pratt <gary@prattgames.example>",
        "Away: Re: Quick check-in",
        (("Precedence", "auto_reply"),),
        "2026-12-03T12:00:00-05:00",
        "US",
        "2026-12-08",
        "Precedence: auto_reply only",
        "I'm at a conference and back on December 8.\n",
    ),
    (
        "ooo_x_autorespond.eml",
        "Paula Reyes <paula@paulareyes.example>",
        "Re: Quick check-in",
        (("X-Autorespond", "yes"),),
        "2026-12-01T12:00:00-06:00",
        "MX",
        "",
        "X-Autorespond only, no date",
        "Gracias por tu mensaje. Estoy de viaje y responderé a mi regreso.\n",
    ),
    (
        "ooo_back_on_tuesday.eml",
        "Will Grant <will@willgrant.example>",
        "Auto: Re: Quick check-in",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-03T16:00:00+00:00",
        "GB",
        "2026-12-08",
        "'back on Tuesday' received Thursday",
        "I'm out of the office at the moment and back on Tuesday.\n",
    ),
    (
        "ooo_range_3rd_to_14th.eml",
        "Rachel Green <rachel@rgreenart.example>",
        "Out of Office",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-03T09:00:00+00:00",
        "GB",
        "2026-12-14",
        "'from the 3rd to the 14th' of this month (last day named)",
        "I'm on annual leave from the 3rd to the 14th of December with no access to email.\n",
    ),
    (
        "ooo_us_mdy.eml",
        "Kyle Ford <kyle@kylefordfilms.example>",
        "Out of Office: Re: Quick check-in",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-01T09:00:00-08:00",
        "US",
        "2026-12-07",
        "US numeric 12/07/2026",
        "I am out of the office until 12/07/2026 and will respond upon my return.\n",
    ),
    (
        "ooo_gb_dmy_ambiguous.eml",
        "Emily Shaw <emily@emilyshaw.example>",
        "Out of Office: Re: Quick check-in",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-01T09:00:00+00:00",
        "GB",
        "2026-12-07",
        "GB numeric 07/12/2026 (day first)",
        "I am out of the office until 07/12/2026 and will respond upon my return.\n",
    ),
    (
        "ooo_br_dmy.eml",
        "Bruno Lima <bruno@brunolima.example>",
        "Resposta automática: Quick check-in",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-01T09:00:00-03:00",
        "BR",
        "2026-12-07",
        "pt numeric 07/12 (day first)",
        "Olá! Estou de férias até 07/12 com acesso limitado ao e-mail.\n",
    ),
    (
        "ooo_lt_headers.eml",
        "Tomas Petrauskas <tomas@tomasfoto.example>",
        "Automatinis atsakymas: Quick check-in",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-01T09:00:00+02:00",
        "LT",
        "2026-12-07",
        "lt, ISO date",
        "Sveiki, šiuo metu atostogauju. Grįšiu 2026-12-07.\n",
    ),
    (
        "ooo_lv_headers.eml",
        "Anna Ozola <anna@annaozola.example>",
        "Automātiskā atbilde: Quick check-in",
        EXCHANGE_FULL,
        "2026-12-01T09:00:00+02:00",
        "LV",
        "2026-12-09",
        "lv, dotted date",
        "Labdien! Esmu atvaļinājumā līdz 08.12.2026. Atgriezīšos 09.12.2026.\n",
    ),
    (
        "ooo_et_headers.eml",
        "Kadri Tamm <kadri@kadritamm.example>",
        "Automaatne vastus: Quick check-in",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-01T09:00:00+02:00",
        "EE",
        "",
        "et, no date",
        "Tere! Olen puhkusel ja vastan teie kirjale esimesel võimalusel.\n",
    ),
    (
        "ooo_ru_exchange.eml",
        "Ирина Петрова <irina@petrovabeauty.example>",
        "Автоматический ответ: Quick check-in",
        EXCHANGE_FULL,
        "2026-12-01T09:00:00+03:00",
        "RU",
        "2026-12-10",
        "ru, 'до 10.12.2026'",
        "Здравствуйте! Я в отпуске до 10.12.2026. По срочным вопросам пишите на\n"
        "office@petrovabeauty.example.\n",
    ),
    (
        "ooo_uk_headers.eml",
        "Олена Коваленко <olena@olenacooks.example>",
        "Автоматична відповідь: Quick check-in",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-01T09:00:00+02:00",
        "UA",
        "2026-12-09",
        "uk, 'до 9 грудня'",
        "Дякую за лист! Я у відпустці до 9 грудня.\n",
    ),
    (
        "ooo_pl_headers.eml",
        "Marek Wiśniewski <marek@marekbiega.example>",
        "Automatyczna odpowiedź: Quick check-in",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-01T09:00:00+01:00",
        "PL",
        "2026-12-07",
        "pl, 'do 7 grudnia'",
        "Dzień dobry, przebywam na urlopie do 7 grudnia. Odpowiem po powrocie.\n",
    ),
    (
        "ooo_cs_headers.eml",
        "Petra Novotná <petra@petranovotna.example>",
        "Automatická odpověď: Quick check-in",
        EXCHANGE_PAIR,
        "2026-12-01T09:00:00+01:00",
        "CZ",
        "2026-12-08",
        "cs, 'do 8. 12.'",
        "Dobrý den, do 8. 12. jsem mimo kancelář.\n",
    ),
    (
        "ooo_tr_headers.eml",
        "Mehmet Demir <mehmet@mehmetgezi.example>",
        "Otomatik yanıt: Quick check-in",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-01T09:00:00+03:00",
        "TR",
        "2026-12-09",
        "tr, '9 Aralık'a kadar'",
        "Merhaba, 9 Aralık'a kadar izindeyim. Döndüğümde size yazacağım.\n",
    ),
    (
        "ooo_ar_headers.eml",
        "عمر خليل <omar@omarkhalil.example>",
        "رد تلقائي: Quick check-in",
        EXCHANGE_FULL,
        "2026-12-01T09:00:00+03:00",
        "SA",
        "2026-12-10",
        "ar, 'حتى 10 ديسمبر'",
        "شكراً لرسالتك. أنا خارج المكتب حتى 10 ديسمبر وسأرد عند عودتي.\n",
    ),
    (
        "ooo_he_headers.eml",
        "יוסי כהן <yossi@yossicohen.example>",
        "מענה אוטומטי: Quick check-in",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-01T09:00:00+02:00",
        "IL",
        "2026-12-10",
        "he, 'עד 10.12'",
        "שלום, אני מחוץ למשרד עד 10.12. אחזור אליך בהקדם.\n",
    ),
    (
        "ooo_zh_headers.eml",
        "李娜 <lina@linatravel.example>",
        "自动回复: Quick check-in",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-01T09:00:00+08:00",
        "CN",
        "2026-12-10",
        "zh, '12月10日返回'",
        "您好，我正在休假，12月10日返回，届时回复您的邮件。\n",
    ),
    (
        "ooo_zh_tw_headers.eml",
        "陳美玲 <meiling@meilingeats.example>",
        "自動回覆: Quick check-in",
        EXCHANGE_PAIR,
        "2026-12-01T09:00:00+08:00",
        "TW",
        "",
        "zh-TW, no date",
        "您好，我目前休假中，返回後會盡快回覆您。\n",
    ),
    (
        "ooo_ja_headers.eml",
        "山田 太郎 <taro@taroyamada.example>",
        "自動応答: Quick check-in",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-01T09:00:00+09:00",
        "JP",
        "2026-12-08",
        "ja, '12月7日まで不在' → back the 8th",
        "誠に恐れ入りますが、12月7日まで不在にしております。12月8日以降に順次ご返信いたします。\n",
    ),
    (
        "ooo_ko_headers.eml",
        "박지훈 <jihoon@jihoonfit.example>",
        "자동 회신: Quick check-in",
        EXCHANGE_FULL,
        "2026-12-01T09:00:00+09:00",
        "KR",
        "2026-12-09",
        "ko, '12월 9일에 복귀'",
        "안녕하세요. 현재 휴가 중입니다. 12월 9일에 복귀하여 답변드리겠습니다.\n",
    ),
    (
        "ooo_th_headers.eml",
        "สมชาย ใจดี <somchai@somchaifood.example>",
        "ตอบกลับอัตโนมัติ: Quick check-in",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-01T09:00:00+07:00",
        "TH",
        "2026-12-10",
        "th, 'ถึงวันที่ 10 ธันวาคม'",
        "ขอบคุณสำหรับอีเมล ขณะนี้ลาพักร้อนถึงวันที่ 10 ธันวาคม 2569 จะติดต่อกลับเมื่อกลับมา\n",
    ),
    (
        "ooo_vi_headers.eml",
        "Trần Minh <minh@minhreview.example>",
        "Trả lời tự động: Quick check-in",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-01T09:00:00+07:00",
        "VN",
        "2026-12-09",
        "vi, 'đến ngày 9 tháng 12'",
        "Cảm ơn bạn đã liên hệ. Tôi đang nghỉ phép đến ngày 9 tháng 12.\n",
    ),
    (
        "ooo_id_headers.eml",
        "Budi Santoso <budi@budisantoso.example>",
        "Balasan otomatis: Quick check-in",
        EXCHANGE_PAIR,
        "2026-12-01T09:00:00+07:00",
        "ID",
        "2026-12-08",
        "id, 'sampai 7 Desember dan kembali … 8 Desember'",
        "Terima kasih atas email Anda. Saya sedang cuti sampai 7 Desember dan kembali\n"
        "bekerja tanggal 8 Desember.\n",
    ),
    (
        "auto_helpdesk_ticket.eml",
        "Support <support@brandhelp.example>",
        "[Ticket #48213] Re: Quick check-in",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-01T09:00:00+00:00",
        "US",
        "",
        "helpdesk acknowledgement, not away",
        "Thanks for contacting us. Your request has been received and a member of our team\n"
        "will reply within 2 business days. Reference: #48213\n",
    ),
    # --- no automatic header: only the subject or the first lines tell --------------------------
    (
        "ooo_noheader_subject_en.eml",
        "Dan Price <dan@danprice.example>",
        "Out of Office: Re: Quick check-in",
        (),
        "2026-12-01T09:00:00-05:00",
        "US",
        "2026-12-07",
        "subject only, 'back Monday, December 7'",
        "I'm away and will be back Monday, December 7.\n",
    ),
    (
        "ooo_noheader_firstline_en.eml",
        "Sophie Turner <sophie@sophiebakes.example>",
        "Re: Quick check-in: Acme x Sophie Turner – winter campaign",
        (),
        "2026-12-01T09:00:00+00:00",
        "GB",
        "2026-12-09",
        "first line only, 'until 9 December'",
        "I am currently out of the office with limited access to email until 9 December.\n"
        "For anything urgent please contact my agent at agent@sophiebakes.example.\n",
    ),
    (
        "ooo_noheader_es.eml",
        "Diego Ruiz <diego@diegoruiz.example>",
        "Fuera de la oficina",
        (),
        "2026-12-01T09:00:00+01:00",
        "ES",
        "2026-12-09",
        "es subject, 'hasta el 8 … Volveré el 9 de diciembre'",
        "Estoy fuera de la oficina hasta el 8 de diciembre incluido. Volveré el 9 de diciembre.\n",
    ),
    (
        "ooo_noheader_fr.eml",
        "Julie Martin <julie@juliemartin.example>",
        "Absence du bureau - Re: Quick check-in",
        (),
        "2026-12-01T09:00:00+01:00",
        "FR",
        "2026-12-07",
        "fr subject, 'de retour le 7 décembre'",
        "Bonjour, je suis absente et serai de retour le 7 décembre.\n",
    ),
    (
        "ooo_noheader_de.eml",
        "Lukas Braun <lukas@lukasbraun.example>",
        "Abwesenheitsnotiz: Quick check-in",
        (),
        "2026-12-01T09:00:00+01:00",
        "DE",
        "",
        "de subject, no date",
        "Ich bin derzeit nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.\n",
    ),
    (
        "ooo_noheader_lt.eml",
        "Greta Jankauskienė <greta@gretaj.example>",
        "Re: Quick check-in: Acme x Greta Jankauskiene – winter campaign",
        (),
        "2026-12-01T09:00:00+02:00",
        "LT",
        "2026-12-13",
        "lt first line, 'iki gruodžio 13 d.'",
        "Sveiki, šiuo metu atostogauju iki gruodžio 13 d. Į laišką atsakysiu grįžusi.\n",
    ),
    (
        "ooo_noheader_ru.eml",
        "Алексей Иванов <alexey@ivanovgames.example>",
        "Re: Quick check-in",
        (),
        "2026-12-01T09:00:00+03:00",
        "RU",
        "2026-12-14",
        "ru first line, 'в отпуске до 14.12'",
        "Я в отпуске до 14.12, отвечу после возвращения.\n",
    ),
    (
        "ooo_noheader_pl.eml",
        "Kasia Lewandowska <kasia@kasialew.example>",
        "Poza biurem",
        (),
        "2026-12-01T09:00:00+01:00",
        "PL",
        "",
        "pl subject, no date",
        "Dziękuję za wiadomość. Jestem poza biurem, odpowiem po powrocie.\n",
    ),
    (
        "ooo_noheader_tr.eml",
        "Ayşe Kaya <ayse@aysekaya.example>",
        "Ofis dışında: Re: Quick check-in",
        (),
        "2026-12-01T09:00:00+03:00",
        "TR",
        "2026-12-10",
        "tr subject, '10.12.2026 tarihine kadar'",
        "Merhaba, 10.12.2026 tarihine kadar ofis dışındayım.\n",
    ),
    (
        "ooo_noheader_ar.eml",
        "سارة أحمد <sara@saraahmed.example>",
        "خارج المكتب: Quick check-in",
        (),
        "2026-12-01T09:00:00+04:00",
        "AE",
        "2026-12-08",
        "ar subject, 'حتى 8 ديسمبر'",
        "أنا في إجازة حتى 8 ديسمبر.\n",
    ),
    (
        "ooo_noheader_he.eml",
        "דנה שמיר <dana@danashamir.example>",
        "Re: Quick check-in",
        (),
        "2026-12-01T09:00:00+02:00",
        "IL",
        "",
        "he first line, no date",
        "אני בחופשה כרגע ואחזור אליך כשאחזור.\n",
    ),
    (
        "ooo_noheader_zh.eml",
        "张伟 <zhangwei@zhangweitech.example>",
        "Re: Quick check-in",
        (),
        "2026-12-01T09:00:00+08:00",
        "CN",
        "2026-12-07",
        "zh first line, '12月7日回来'",
        "您好，我在出差，12月7日回来后回复您。\n",
    ),
    (
        "ooo_noheader_ja.eml",
        "高橋 美咲 <misaki@misakistyle.example>",
        "【不在】Re: Quick check-in",
        (),
        "2026-12-01T09:00:00+09:00",
        "JP",
        "2026-12-07",
        "ja subject 【不在】, '12月7日（月）より出社'",
        "ただいま休暇をいただいております。12月7日（月）より出社いたします。\n",
    ),
    (
        "ooo_noheader_ko.eml",
        "이민호 <minho@minhoeats.example>",
        "부재중: Quick check-in",
        (),
        "2026-12-01T09:00:00+09:00",
        "KR",
        "",
        "ko subject, no date",
        "지금은 부재중입니다. 돌아와서 연락드리겠습니다.\n",
    ),
    (
        "ooo_noheader_th.eml",
        "นภา ศรีสุข <napa@napatravel.example>",
        "Re: Quick check-in",
        (),
        "2026-12-01T09:00:00+07:00",
        "TH",
        "2026-12-09",
        "th first line, '9 ธ.ค.'",
        "ขณะนี้ไม่อยู่ที่สำนักงาน จะกลับมาวันที่ 9 ธ.ค. ค่ะ\n",
    ),
    (
        "ooo_noheader_vi.eml",
        "Phạm Lan <lan@lanphamvlog.example>",
        "Vắng mặt: Re: Quick check-in",
        (),
        "2026-12-01T09:00:00+07:00",
        "VN",
        "2026-12-08",
        "vi subject, 'trở lại vào 08/12'",
        "Tôi đang đi công tác và sẽ trở lại vào 08/12.\n",
    ),
    (
        "ooo_noheader_id.eml",
        "Dewi Lestari <dewi@dewilestari.example>",
        "Re: Quick check-in",
        (),
        "2026-12-01T09:00:00+07:00",
        "ID",
        "2026-12-07",
        "id first line, 'kembali 7/12'",
        "Halo, saya sedang cuti dan akan kembali 7/12.\n",
    ),
    (
        "ooo_noheader_nl.eml",
        "Sanne de Vries <sanne@sannedevries.example>",
        "Afwezig: Re: Quick check-in",
        (),
        "2026-12-01T09:00:00+01:00",
        "NL",
        "2026-12-07",
        "nl subject, 'vanaf 7 december weer aanwezig'",
        "Ik ben afwezig en vanaf 7 december weer aanwezig.\n",
    ),
    (
        "auto_noheader_new_address.eml",
        "Carla Mendes <carla@oldcarla.example>",
        "This address is no longer monitored",
        (),
        "2026-12-01T09:00:00+00:00",
        "PT",
        "",
        "autoresponder: address changed, no header",
        "This mailbox is no longer monitored. Please write to carla@carlamendes.example.\n",
    ),
    (
        "auto_noheader_busy_responder.eml",
        "Noah Fischer <noah@noahfischer.example>",
        "Re: Quick check-in",
        (),
        "2026-12-01T09:00:00+01:00",
        "CH",
        "",
        "'I check email twice a day' responder, no header",
        "This is an automated response. I check email twice a day and will get back to\n"
        "you within 48 hours.\n",
    ),
]


def make_autos() -> None:
    for file, sender, subject, extra, at, country, ret, hint, text in AUTOS:
        address = sender.rpartition("<")[2].rstrip(">")
        host = address.rpartition("@")[2]
        headers = [
            ("From", sender),
            ("To", TEAM),
            ("Subject", subject),
            ("Date", rfc_date(at)),
            ("Message-ID", f"<auto-{file.removesuffix('.eml')}@{host}>"),
        ]
        headers += [(name, value.format(addr=address)) for name, value in extra]
        if file.startswith("ooo_exchange") or ("X-MS-Exchange-Inbox-Rules-Loop", "{addr}") in extra:
            headers.append(("Thread-Topic", "Quick check-in"))
        html = html_of(text) if "Exchange" in hint or "gmail" in hint else None
        add(
            file,
            "auto_reply",
            build(headers, text, html=html),
            at=at,
            country=country,
            hint=hint,
            ret=ret,
        )


# --- challenge/response ---------------------------------------------------------------------------

CHALLENGES: list[tuple[str, str, str, tuple[tuple[str, str], ...], str, str, str]] = [
    # file, sender, subject, headers, received_at, hint, text
    (
        "challenge_boxsafe_like.eml",
        "Maya Lindqvist via SenderCheck <verify@sendercheck.example>",
        "Please verify your email to reach Maya Lindqvist",
        (("Auto-Submitted", "auto-replied"), ("X-SenderCheck-Request", "c7f1e2")),
        "2026-12-01T09:01:00-08:00",
        "Boxbe-like waiting list, Auto-Submitted",
        "Hello,\n\nMaya Lindqvist uses SenderCheck to keep her inbox clean. Your message is\n"
        "waiting in her Guest List. To deliver it, please confirm you are a real person:\n\n"
        "https://sendercheck.example/verify?t=c7f1e2\n\n"
        "You only need to do this once.\n",
    ),
    (
        "challenge_spamlock_like.eml",
        "Oliver Brandt <oliver@brandtfilms.example>",
        "Re: Quick check-in [SpamLock verification required]",
        (("Reply-To", "verify+k29x@spamlock.example"), ("X-SpamLock", "challenge")),
        "2026-12-01T11:41:00+00:00",
        "SpamArrest-like, from the creator's own address",
        "I'm protecting myself from junk mail. Please click the link below to complete the\n"
        "verification process. You only have to do this once.\n\n"
        "https://spamlock.example/v/k29x\n\n"
        "Your message will be delivered as soon as you verify.\n",
    ),
    (
        "challenge_bluebird_like.eml",
        "Bluebird Mail <challenge@bluebird-mail.test>",
        "Confirm your message to priya@priyacooks.example",
        (("Precedence", "junk"),),
        "2026-12-02T09:04:00+05:30",
        "Bluebottle-like, Precedence: junk",
        "Your email to priya@priyacooks.example is on hold.\n\nTo prove you are human, type the\n"
        "word shown in the picture at https://bluebird-mail.test/c/8812 .\n"
        "Unconfirmed messages are deleted after 7 days.\n",
    ),
    (
        "challenge_noheader_en.eml",
        "Chloe Tran <chloe@chloetravels.example>",
        "Re: Quick check-in: Acme x Chloe Tran – winter campaign",
        (),
        "2026-12-02T06:11:00+11:00",
        "no header, human-looking subject",
        "Hi! To cut down on spam I only accept mail from approved senders.\n"
        "Please reply to this message with the word CONFIRM in the subject and your\n"
        "original message will be delivered.\n",
    ),
    (
        "challenge_es.eml",
        "Verificación de remitente <no-responder@filtroseguro.example>",
        "Confirme que es una persona: mensaje para lucia@luciacocina.example",
        (("Auto-Submitted", "auto-generated"),),
        "2026-12-01T17:06:00+01:00",
        "es",
        "Su mensaje para lucia@luciacocina.example está retenido. Para entregarlo, confirme\n"
        "que no es un robot en https://filtroseguro.example/ok/3391\n",
    ),
    (
        "challenge_de.eml",
        "Absenderprüfung <pruefung@mailwache.example>",
        "Bitte bestätigen Sie Ihre Nachricht an jonas@jonasbaut.example",
        (("X-Mailwache", "challenge"),),
        "2026-12-01T16:03:00+01:00",
        "de, no standard header",
        "Ihre E-Mail an jonas@jonasbaut.example wurde zurückgehalten. Bitte bestätigen Sie\n"
        "einmalig, dass Sie ein Mensch sind: https://mailwache.example/b/71aa\n",
    ),
    (
        "challenge_pt.eml",
        "Ana Souza <ana@anasouza.example>",
        "Re: Quick check-in [verificação anti-spam]",
        (("Auto-Submitted", "auto-replied"),),
        "2026-12-01T14:21:00-03:00",
        "pt, creator's address, Auto-Submitted",
        "Olá! Para evitar spam, confirme que você é humano respondendo a esta mensagem\n"
        "sem alterar o assunto. Sua mensagem será entregue em seguida.\n",
    ),
    (
        "challenge_whitelist_html.eml",
        "TrustInbox <hold@trustinbox.test>",
        "Action required: your message to derek.osei@yahoo-mail.example is pending",
        (),
        "2026-12-02T07:46:00+00:00",
        "HTML-only, no header",
        None,
    ),
]


def make_challenges() -> None:
    for file, sender, subject, extra, at, hint, text in CHALLENGES:
        host = sender.rpartition("@")[2].rstrip(">")
        headers = [
            ("From", sender),
            ("To", TEAM),
            ("Subject", subject),
            ("Date", rfc_date(at)),
            ("Message-ID", f"<ch-{file.removesuffix('.eml')}@{host}>"),
            *extra,
        ]
        html = None
        if text is None:
            html = (
                "<html><body><p>We are holding your message until you confirm you are not a"
                ' robot.</p><p><a href="https://trustinbox.test/approve/55">I am human - deliver'
                " my message</a></p></body></html>\n"
            )
        add(file, "challenge", build(headers, text, html=html), at=at, country="", hint=hint)


# --- bounces --------------------------------------------------------------------------------------

ORIGINAL_HEADERS = (
    "From: Acme Partnerships <team@acme.example>\n"
    "To: {rcpt}\n"
    "Subject: Quick check-in: Acme x Creator – winter campaign\n"
    "Date: Tue, 01 Dec 2026 09:00:00 +0000\n"
    "Message-ID: {msgid}\n"
)


def dsn(
    *,
    sender: str,
    subject: str,
    at: str,
    mta: str,
    recipients: list[tuple[str, str, str, str]],
    notice: str,
    msgid: str,
    boundary: str,
    extra: tuple[str, ...] = (),
    report_extra: tuple[str, ...] = (),
    return_path: str = "<>",
    subject_raw: bool = False,
) -> bytes:
    """An RFC 3464 report: notice, message/delivery-status, returned headers."""
    fields = "".join(
        f"\nFinal-Recipient: rfc822; {addr}\nAction: {action}\nStatus: {status}\n"
        + (f"Remote-MTA: dns; mx.{addr.rpartition('@')[2]}\n" if action == "failed" else "")
        + f"Diagnostic-Code: smtp; {diag}\n"
        + ("Will-Retry-Until: Fri, 4 Dec 2026 09:00:00 +0000\n" if action == "delayed" else "")
        for addr, action, status, diag in recipients
    )
    report = f"Reporting-MTA: dns; {mta}\n" + "".join(f"{r}\n" for r in report_extra)
    report += f"Arrival-Date: {rfc_date(at)}\n{fields}"
    original = ORIGINAL_HEADERS.format(rcpt=recipients[0][0], msgid=msgid)
    body = (
        "This is a MIME-encapsulated message.\n\n"
        f"--{boundary}\nContent-Description: Notification\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{notice}\n"
        f"--{boundary}\nContent-Description: Delivery report\n"
        f"Content-Type: message/delivery-status\n\n{report}\n"
        f"--{boundary}\nContent-Description: Undelivered Message Headers\n"
        f"Content-Type: text/rfc822-headers\n\n{original}\n"
        f"--{boundary}--\n"
    )
    lines = [
        f"Return-Path: {return_path}",
        f"Date: {rfc_date(at)}",
        f"From: {sender}",
        f"Subject: {subject if subject_raw or subject.isascii() else word(subject)}",
        f"To: {TEAM_ADDRESS}",
        *extra,
        "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=delivery-status;",
        f'\tboundary="{boundary}"',
        f"Message-ID: <{boundary.replace('/', '.')}@{mta}>",
    ]
    return raw(lines, body)


def notice(
    *,
    sender: str,
    subject: str,
    at: str,
    text: str,
    host: str,
    extra: tuple[str, ...] = (),
    return_path: str = "<>",
    charset: str = "utf-8",
) -> bytes:
    """A plain-text MTA notice (no RFC 3464 report), the failed address only in the text."""
    encoded_subject = subject if subject.isascii() else word(subject, charset)
    if not sender.isascii():
        name, _, address = sender.partition(" <")
        sender = formataddr((name, address.rstrip(">")), charset)
    cte = "7bit" if charset.lower() in ("iso-2022-jp", "us-ascii") else "8bit"
    lines = [
        f"Return-Path: {return_path}",
        f"Date: {rfc_date(at)}",
        f"From: {sender}",
        f"To: {TEAM_ADDRESS}",
        f"Subject: {encoded_subject}",
        f"Message-ID: <notice-{abs(hash_text(text))}@{host}>",
        *extra,
        "MIME-Version: 1.0",
        f"Content-Type: text/plain; charset={charset}",
        f"Content-Transfer-Encoding: {cte}",
    ]
    head = "\n".join(lines).replace("\n", "\r\n").encode("ascii")
    return head + b"\r\n\r\n" + text.replace("\n", "\r\n").encode(charset)


def hash_text(text: str) -> int:
    """A stable number from a text (Python's hash() is salted per run)."""
    value = 0
    for char in text:
        value = (value * 131 + ord(char)) % 1_000_000_007
    return value


def make_bounces() -> None:
    at = "2026-12-01T09:00:05+00:00"
    add(
        "bounce_postfix_user_unknown.eml",
        "bounce",
        dsn(
            sender="MAILER-DAEMON@mx.acme.example (Mail Delivery System)",
            subject="Undelivered Mail Returned to Sender",
            at=at,
            mta="mx.acme.example",
            recipients=[
                (
                    "old-maya@mayamakes.example",
                    "failed",
                    "5.1.1",
                    "550 5.1.1 <old-maya@mayamakes.example>: Recipient address rejected: User"
                    " unknown in virtual mailbox table",
                )
            ],
            notice="This is the mail system at host mx.acme.example.\n\nI'm sorry to have to inform"
            " you that your message could not\nbe delivered to one or more recipients.\n",
            msgid=reminder_id(60),
            boundary="4A1B2C3D.1764579605/mx.acme.example",
            extra=("Auto-Submitted: auto-replied",),
            report_extra=(
                "X-Postfix-Queue-ID: 4A1B2C3D",
                "X-Postfix-Sender: rfc822; team@acme.example",
            ),
        ),
        at=at,
        country="",
        hint="postfix DSN hard addr=old-maya@mayamakes.example",
    )

    add(
        "bounce_postfix_delayed.eml",
        "bounce",
        dsn(
            sender="MAILER-DAEMON@mx.acme.example (Mail Delivery System)",
            subject="Delayed Mail (still being retried)",
            at=at,
            mta="mx.acme.example",
            recipients=[
                (
                    "oliver@brandtfilms.example",
                    "delayed",
                    "4.4.1",
                    "connect to mx.brandtfilms.example[192.0.2.10]:25: Connection timed out",
                )
            ],
            notice="This is the mail system at host mx.acme.example.\n\n####################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################\n\nYour message could not be delivered for 4.0 hours.\n"
            "It will be retried until it is 5.0 days old.\n",
            msgid=reminder_id(61),
            boundary="5B2C3D4E.1764594005/mx.acme.example",
            extra=("Auto-Submitted: auto-replied",),
        ),
        at=at,
        country="",
        hint="postfix delay soft addr=oliver@brandtfilms.example",
    )

    add(
        "bounce_exchange_multi.eml",
        "bounce",
        dsn(
            sender="postmaster@mail.acme.example",
            subject="Undeliverable: Quick check-in: Acme x Creator – winter campaign",
            at=at,
            mta="mail.acme.example",
            recipients=[
                (
                    "kim@closedshop.example",
                    "failed",
                    "5.1.1",
                    "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
                ),
                (
                    "sales@closedshop.example",
                    "failed",
                    "5.2.2",
                    "552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
                ),
            ],
            notice="Delivery has failed to these recipients or groups:\n\nkim@closedshop.example\n"
            "The email address you entered couldn't be found.\n\nsales@closedshop.example\n"
            "The recipient's mailbox is full and can't accept messages now.\n",
            msgid=reminder_id(62),
            boundary="_000_DSN_mailacmeexample_",
            extra=("X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: en-US"),
            report_extra=("X-Display-Name: Kim",),
        ),
        at=at,
        country="",
        hint="exchange DSN hard addr=kim@closedshop.example;sales@closedshop.example",
    )

    add(
        "bounce_gmail_failure.eml",
        "bounce",
        dsn(
            sender="Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
            subject="Delivery Status Notification (Failure)",
            at=at,
            mta="mail-sor-f41.google.example",
            recipients=[
                (
                    "chloe.old@chloetravels.example",
                    "failed",
                    "5.1.1",
                    "550-5.1.1 The email account that you tried to reach does not exist.",
                )
            ],
            notice="** Address not found **\n\nYour message wasn't delivered to"
            " chloe.old@chloetravels.example because the address couldn't be found, or is"
            " unable to receive mail.\n",
            msgid=reminder_id(63),
            boundary="000000000000a1b2c3d4e5f6a7b8",
            return_path="<>",
            extra=(
                "X-Failed-Recipients: chloe.old@chloetravels.example",
                "Auto-Submitted: auto-replied",
            ),
        ),
        at=at,
        country="",
        hint="gmail DSN hard addr=chloe.old@chloetravels.example",
    )

    add(
        "bounce_gmail_delay.eml",
        "bounce",
        dsn(
            sender="Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
            subject="Delivery Status Notification (Delay)",
            at=at,
            mta="mail-sor-f41.google.example",
            recipients=[
                (
                    "derek.osei@yahoo-mail.example",
                    "delayed",
                    "4.7.0",
                    "421-4.7.0 Try again later, closing connection.",
                )
            ],
            notice="** Message not delivered yet **\n\nThere was a temporary problem delivering"
            " your message to derek.osei@yahoo-mail.example. Gmail will retry for 46 more hours.\n",
            msgid=reminder_id(64),
            boundary="000000000000b2c3d4e5f6a7b8c9",
            extra=("Auto-Submitted: auto-replied",),
        ),
        at=at,
        country="",
        hint="gmail delay soft addr=derek.osei@yahoo-mail.example",
    )

    add(
        "bounce_m365_not_found.eml",
        "bounce",
        dsn(
            sender="Microsoft Outlook <postmaster@contoso-mail.example>",
            subject="Undeliverable: Quick check-in",
            at=at,
            mta="AM0PR01MB1234.eurprd01.prod.example",
            recipients=[
                (
                    "n.karim@nadiastyle.example",
                    "failed",
                    "5.1.10",
                    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP"
                    " address lookup",
                )
            ],
            notice="Your message to n.karim@nadiastyle.example couldn't be delivered.\n"
            "n.karim wasn't found at nadiastyle.example.\n\nAction Required: Recipient\n"
            "Unknown To address\n",
            msgid=reminder_id(65),
            boundary="_b1c2d3e4-0000-4000-8000-m365ndr_",
            extra=(
                "X-MS-Exchange-Message-Is-Ndr: ",
                "X-MS-PublicTrafficType: Email",
                "Auto-Submitted: auto-replied",
            ),
            return_path="<>",
        ),
        at=at,
        country="",
        hint="m365 DSN hard addr=n.karim@nadiastyle.example",
    )

    add(
        "bounce_sendmail_returned.eml",
        "bounce",
        dsn(
            sender="Mail Delivery Subsystem <MAILER-DAEMON@relay.acme.example>",
            subject="Returned mail: see transcript for details",
            at=at,
            mta="relay.acme.example",
            recipients=[("sam@closedagency.example", "failed", "5.0.0", "550 Host unknown")],
            notice="The original message was received at Tue, 1 Dec 2026 09:00:00 GMT\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n"
            "<sam@closedagency.example>\n    (reason: 550 Host unknown)\n",
            msgid=reminder_id(66),
            boundary="wB19005Xk012345.1764579605/relay.acme.example",
        ),
        at=at,
        country="",
        hint="sendmail DSN hard addr=sam@closedagency.example",
    )

    add(
        "bounce_m365_delay_de.eml",
        "bounce",
        dsn(
            sender="postmaster@mail.acme.example",
            subject="Zustellung verzögert: Quick check-in",
            at=at,
            mta="mail.acme.example",
            recipients=[
                ("katrin@vogelreist.example", "delayed", "4.4.7", "400 4.4.7 Message delayed")
            ],
            notice="Die Zustellung an diese Empfänger oder Gruppen ist verzögert:\n\n"
            "katrin@vogelreist.example\n\nEs wird weiter versucht, die Nachricht zuzustellen.\n",
            msgid=reminder_id(67),
            boundary="_000_DSN_delay_de_",
        ),
        at=at,
        country="DE",
        hint="exchange delay de soft addr=katrin@vogelreist.example",
    )

    # --- non-RFC 3464 notices ---
    add(
        "bounce_exim_failed.eml",
        "bounce",
        notice(
            sender="Mail Delivery System <Mailer-Daemon@mx1.hostco.example>",
            subject="Mail delivery failed: returning message to sender",
            at=at,
            host="mx1.hostco.example",
            extra=(
                "X-Failed-Recipients: priya.old@priyacooks.example",
                "Auto-Submitted: auto-replied",
            ),
            text="This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  priya.old@priyacooks.example\n    No Such User Here\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            + ORIGINAL_HEADERS.format(rcpt="priya.old@priyacooks.example", msgid=reminder_id(68)),
        ),
        at=at,
        country="",
        hint="exim plain hard addr=priya.old@priyacooks.example",
    )

    add(
        "bounce_exim_delay_warning.eml",
        "bounce",
        notice(
            sender="Mail Delivery System <Mailer-Daemon@mx1.hostco.example>",
            subject="Warning: message 1tXyZa-000Abc-12 delayed 24 hours",
            at=at,
            host="mx1.hostco.example",
            extra=("X-Failed-Recipients: marcus@bellfit.example", "Auto-Submitted: auto-replied"),
            text="This message was created automatically by mail delivery software.\n"
            "A message that you sent has not yet been delivered to one or more of its\n"
            "recipients after more than 24 hours on the queue on mx1.hostco.example.\n\n"
            "  marcus@bellfit.example\n    Delay reason: SMTP error from remote mail server\n\n"
            "No action is required on your part. Delivery attempts will continue.\n",
        ),
        at=at,
        country="",
        hint="exim delay soft addr=marcus@bellfit.example",
    )

    add(
        "bounce_qmail_failure_notice.eml",
        "bounce",
        notice(
            sender="MAILER-DAEMON@mail.oldhost.example",
            subject="failure notice",
            at=at,
            host="mail.oldhost.example",
            text="Hi. This is the qmail-send program at mail.oldhost.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<greta@gretaoutdoors-old.example>:\nSorry, no mailbox here by that name."
            " (#5.1.1)\n",
        ),
        at=at,
        country="",
        hint="qmail plain hard addr=greta@gretaoutdoors-old.example",
    )

    add(
        "bounce_plain_no_return_path.eml",
        "bounce",
        notice(
            sender="Mail Delivery Subsystem <mailer-daemon@smallisp.example>",
            subject="Mail System Error - Returned Mail",
            at=at,
            host="smallisp.example",
            return_path="<mailer-daemon@smallisp.example>",
            text="Your message could not be delivered.\n\nThe address leo@leoshoots-old.example"
            " does not exist on this server.\n",
        ),
        at=at,
        country="",
        hint="plain, odd subject, no <> hard addr=leo@leoshoots-old.example",
    )

    add(
        "bounce_mailer_daemon_underscore.eml",
        "bounce",
        notice(
            sender="mailer_daemon@mx.webhost.example",
            subject="Message undeliverable",
            at=at,
            host="mx.webhost.example",
            return_path="<mailer_daemon@mx.webhost.example>",
            text="Delivery to the following recipient failed permanently:\n\n"
            "    bea@beaquinn-old.example\n\nTechnical details: 550 mailbox unavailable\n",
        ),
        at=at,
        country="",
        hint="mailer_daemon plain hard addr=bea@beaquinn-old.example",
    )

    add(
        "bounce_post_master.eml",
        "bounce",
        notice(
            sender="post_master@mail.regional.example",
            subject="Delivery error report",
            at=at,
            host="mail.regional.example",
            return_path="<post_master@mail.regional.example>",
            text="The following message could not be delivered because the recipient's mailbox\n"
            "is disabled: kofi@kofikitchen-old.example\n",
        ),
        at=at,
        country="",
        hint="post_master plain hard addr=kofi@kofikitchen-old.example",
    )

    add(
        "bounce_yahoo_failure.eml",
        "bounce",
        notice(
            sender="MAILER-DAEMON@yahoo-mail.example",
            subject="Failure Notice",
            at=at,
            host="yahoo-mail.example",
            text="Sorry, we were unable to deliver your message to the following address.\n\n"
            "<zara.old@yahoo-mail.example>:\n554: delivery error: dd This user doesn't have a"
            " yahoo-mail.example account\n",
        ),
        at=at,
        country="",
        hint="yahoo plain hard addr=zara.old@yahoo-mail.example",
    )

    jp_text = (
        "お客様が送信されたメールは、宛先不明のため配信できませんでした。\n\n"
        "宛先: hanako-old@carrier-mobile.example\n\n"
        "宛先のメールアドレスをご確認ください。\n"
    )
    add(
        "bounce_jp_carrier_iso2022.eml",
        "bounce",
        notice(
            sender="post_master@carrier-mobile.example",
            subject="メール送信エラー",
            at=at,
            host="carrier-mobile.example",
            charset="iso-2022-jp",
            text=jp_text,
            return_path="<post_master@carrier-mobile.example>",
        ),
        at=at,
        country="JP",
        hint="jp carrier iso-2022-jp hard addr=hanako-old@carrier-mobile.example",
    )

    add(
        "bounce_jp_carrier_utf8.eml",
        "bounce",
        notice(
            sender="MAILER-DAEMON@ezmail.example",
            subject="【送信エラー】宛先不明のお知らせ",
            at=at,
            host="ezmail.example",
            text="以下のメールアドレスへの送信に失敗しました。\n\ntaro-old@ezmail.example\n\n"
            "理由：ユーザーが存在しません\n",
        ),
        at=at,
        country="JP",
        hint="jp carrier utf-8 hard addr=taro-old@ezmail.example",
    )

    add(
        "bounce_jp_delivery_failure.eml",
        "bounce",
        notice(
            sender="Mail Delivery System <postmaster@softphone.example>",
            subject="配信不能のお知らせ (Undeliverable)",
            at=at,
            host="softphone.example",
            text="このメールは配信できませんでした。\nmisaki-old@softphone.example\n",
        ),
        at=at,
        country="JP",
        hint="jp hard addr=misaki-old@softphone.example",
    )

    add(
        "bounce_ru_plain.eml",
        "bounce",
        notice(
            sender="Mail Delivery Subsystem <mailer-daemon@pochta.example>",
            subject="Не доставлено: Quick check-in",
            at=at,
            host="pochta.example",
            text="Ваше сообщение не доставлено.\n\n"
            "Адрес dmitry-old@pochta.example не существует.\n",
        ),
        at=at,
        country="RU",
        hint="ru plain hard addr=dmitry-old@pochta.example",
    )

    add(
        "bounce_zh_plain.eml",
        "bounce",
        notice(
            sender="系统退信 <postmaster@mail163.example>",
            subject="系统退信",
            at=at,
            host="mail163.example",
            text="很抱歉，您发送的邮件被退回。\n收件人：wangfang-old@mail163.example\n"
            "原因：用户不存在\n",
        ),
        at=at,
        country="CN",
        hint="zh plain hard addr=wangfang-old@mail163.example",
    )

    add(
        "bounce_fr_plain.eml",
        "bounce",
        notice(
            sender="MAILER-DAEMON@fournisseur.example",
            subject="Non remis : Quick check-in",
            at=at,
            host="fournisseur.example",
            text="Votre message n'a pas pu être remis à camille-old@fournisseur.example :\n"
            "adresse inconnue.\n",
        ),
        at=at,
        country="FR",
        hint="fr plain hard addr=camille-old@fournisseur.example",
    )

    add(
        "bounce_mailbox_full_soft.eml",
        "bounce",
        notice(
            sender="MAILER-DAEMON@mx.acme.example (Mail Delivery System)",
            subject="Undelivered Mail Returned to Sender",
            at=at,
            host="mx.acme.example",
            extra=("Auto-Submitted: auto-replied",),
            text="This is the mail system at host mx.acme.example.\n\n"
            "<elif@elifmutfak.example>: host mx.elifmutfak.example said: 452 4.2.2 Mailbox"
            " full (in reply to RCPT TO command)\n",
        ),
        at=at,
        country="",
        hint="plain, mailbox full 4.2.2 soft addr=elif@elifmutfak.example",
    )

    add(
        "bounce_list_not_member.eml",
        "bounce",
        notice(
            sender="creators-announce-owner@lists.partners.example",
            subject="Your message to Creators-announce awaits moderator approval",
            at=at,
            host="lists.partners.example",
            return_path="<creators-announce-bounces@lists.partners.example>",
            extra=("Precedence: bulk", "X-List-Administrivia: yes", "Auto-Submitted: auto-replied"),
            text="Your mail to 'Creators-announce' with the subject\n\n    Quick check-in\n\n"
            "Is being held until the list moderator can review it for approval.\n\n"
            "The reason it is being held:\n\n    Post by non-member to a members-only list\n",
        ),
        at=at,
        country="",
        hint="list held (non-member) soft addr=creators-announce@lists.partners.example",
    )

    add(
        "bounce_list_rejected.eml",
        "bounce",
        notice(
            sender="Mailing list server <listserv@groups.partners.example>",
            subject="Message rejected: you are not a member of this list",
            at=at,
            host="groups.partners.example",
            return_path="<listserv@groups.partners.example>",
            text="Your message to brand-creators@groups.partners.example was rejected because you\n"
            "are not a member of this list. Only members may post.\n",
        ),
        at=at,
        country="",
        hint="list rejection hard addr=brand-creators@groups.partners.example",
    )

    add(
        "bounce_vi_plain.eml",
        "bounce",
        notice(
            sender="MAILER-DAEMON@thudien.example",
            subject="Không thể gửi thư: Quick check-in",
            at=at,
            host="thudien.example",
            text="Thư của bạn không thể gửi đến minh-old@thudien.example. Địa chỉ không tồn tại.\n",
        ),
        at=at,
        country="VN",
        hint="vi plain hard addr=minh-old@thudien.example",
    )

    add(
        "bounce_ko_plain.eml",
        "bounce",
        notice(
            sender="postmaster@hanmail-like.example",
            subject="메일 발송 실패 안내",
            at=at,
            host="hanmail-like.example",
            text="보내신 메일이 수신자에게 전달되지 않았습니다.\n"
            "수신자: jihoon-old@hanmail-like.example\n",
        ),
        at=at,
        country="KR",
        hint="ko plain hard addr=jihoon-old@hanmail-like.example",
    )


# --- lists and notifications without List-Id / List-Unsubscribe ---------------------------------

LISTS: list[tuple[str, str, str, tuple[tuple[str, str], ...], str, str, str | None]] = [
    # file, sender, subject, headers, received_at, hint, text (None: HTML below)
    (
        "list_esp_feedback_id.eml",
        "Creator Weekly <news@creatorweekly.example>",
        "5 ways to price your next sponsorship",
        (
            ("Feedback-ID", "cw2026:weekly:esp-mailer:creatorweekly"),
            ("X-Campaign-ID", "cw-2026-48"),
        ),
        "2026-11-30T14:00:00+00:00",
        "Feedback-ID + campaign id",
        "This week: pricing, contracts and a template for your media kit.\n\n"
        "Read online: https://creatorweekly.example/w/48\n",
    ),
    (
        "list_esp_campaign_only.eml",
        "Brandly Insights <insights@brandly.example>",
        "Your December creator trends report",
        (
            ("X-Campaign-ID", "brandly-dec-2026"),
            ("X-Mailgun-Tag", "newsletter"),
            ("X-Mailgun-Variables", '{"campaign": "dec-trends"}'),
        ),
        "2026-12-01T07:00:00+00:00",
        "ESP campaign headers only",
        "Hi there,\n\nThe December trends report is here: https://brandly.example/r/dec\n",
    ),
    (
        "list_x_mailer_phplist.eml",
        "Local Makers Guild <guild@makersguild.example>",
        "Guild news - December",
        (
            ("X-Mailer", "phplist v3.6.15"),
            ("X-MessageID", "118"),
            ("X-ListMember", "team@acme.example"),
        ),
        "2026-12-01T08:00:00+00:00",
        "mass-mailer X-Mailer (phplist)",
        "Dear member,\n\nOur December meetup is on the 12th.\n",
    ),
    (
        "list_x_mailer_sendy.eml",
        "Pixel Digest <hello@pixeldigest.example>",
        "Pixel Digest #212",
        (("X-Mailer", "Sendy (https://sendy.example)"),),
        "2026-12-01T08:30:00+00:00",
        "mass-mailer X-Mailer (Sendy)",
        "Issue 212: camera deals and editing tips.\n",
    ),
    (
        "list_unsubscribe_body_only.eml",
        "Influence Hub <team@influencehub.example>",
        "New brand deals matching your profile",
        (),
        "2026-12-01T09:30:00+00:00",
        "unsubscribe link only in the body",
        "Hi,\n\n3 new brand deals match your profile.\n\nView them at"
        " https://influencehub.example/deals\n\n--\nYou are receiving this because you signed up"
        " at influencehub.example.\nUnsubscribe: https://influencehub.example/unsubscribe?u=77\n",
    ),
    (
        "list_noreply_payout.eml",
        "PayFlow <no-reply@payflow.example>",
        "Your payout of $1,250.00 is on its way",
        (),
        "2026-12-01T10:00:00+00:00",
        "no-reply sender, transactional",
        "Your payout of $1,250.00 was sent to the account ending 4421.\n\n"
        "This mailbox is not monitored. Please do not reply.\n",
    ),
    (
        "list_noreply_follower.eml",
        "ClipShare <noreply@clipshare.example>",
        "You have 3 new followers",
        (("X-Entity-Ref-ID", "cs-follow-8812"),),
        "2026-12-01T10:30:00+00:00",
        "no-reply social notification",
        "acme_official and 2 others started following you.\n\n"
        "Manage email notifications: https://clipshare.example/settings/email\n",
    ),
    (
        "list_forum_digest.eml",
        "Creators Forum <forum@creatorsforum.example>",
        "[Creators Forum] Daily digest - 4 new topics",
        (),
        "2026-12-01T06:00:00+00:00",
        "forum digest, no list headers",
        "Daily digest for team@acme.example\n\n1. How do you handle late payments?\n"
        "2. Best mic under $100\n3. Brand asked for raw footage - normal?\n4. Tax forms 2026\n\n"
        "You are receiving this digest because you are subscribed. Change your email settings"
        " at https://creatorsforum.example/prefs\n",
    ),
    (
        "list_forum_reply_notification.eml",
        "Ivy Chen via Creators Forum <notifications@creatorsforum.example>",
        "Re: [Creators Forum] Rates for winter campaigns",
        (("Reply-To", "reply+abc123@creatorsforum.example"), ("X-Forum-Notification", "reply")),
        "2026-12-01T11:30:00+00:00",
        "forum reply notification, named after a person",
        "Ivy Chen replied to your topic:\n\n> Winter rates are usually higher...\n\n"
        "Visit the topic or reply to this email to respond.\n",
    ),
    (
        "list_precedence_bulk_only.eml",
        "Studio Rentals <offers@studiorentals.example>",
        "20% off studio time in December",
        (("Precedence", "bulk"),),
        "2026-12-01T12:00:00+00:00",
        "Precedence: bulk, no list headers",
        "Book any studio in December and save 20%. Code: WINTER20\n",
    ),
    (
        "list_html_newsletter_es.eml",
        "Revista Creadores <boletin@revistacreadores.example>",
        "Boletín semanal: tendencias de diciembre",
        (("X-Mailer", "Acumbamail"),),
        "2026-12-01T12:30:00+01:00",
        "es HTML newsletter, darse de baja link",
        None,
    ),
    (
        "list_jp_magazine.eml",
        "クリエイター通信 <info@creator-tsushin.example>",
        "【クリエイター通信】12月号のお知らせ",
        (("X-Mailer", "MailMagazine Pro 4.2"),),
        "2026-12-01T12:00:00+09:00",
        "ja mail magazine, 配信停止 link",
        "いつもご購読ありがとうございます。12月号を公開しました。\n\n"
        "配信停止はこちら: https://creator-tsushin.example/stop\n",
    ),
    (
        "list_survey_noreply.eml",
        "Acme Tools <donotreply@acmetools.example>",
        "How did we do? Rate your recent support chat",
        (("X-SES-Outgoing", "2026.12.01"),),
        "2026-12-01T13:00:00+00:00",
        "survey from donotreply via SES-like relay",
        "Please rate your chat with our support team: https://acmetools.example/rate/991\n",
    ),
    (
        "list_calendar_reminder.eml",
        "Calendar <calendar-notification@calendar.example>",
        "Reminder: Acme x Jane Doe sync @ Wed Dec 2, 2026 10am",
        (),
        "2026-12-01T10:00:00+00:00",
        "calendar reminder notification",
        "This is a reminder for the following event.\nAcme x Jane Doe sync\n"
        "Wed Dec 2, 2026 10am - 10:30am (GMT)\n\nInvitation from Calendar\n"
        "You are receiving this email because you are an attendee of this event.\n",
    ),
    (
        "list_repo_notification.eml",
        "devhub-bot <notifications@devhub.example>",
        "[acme/site] Build failed on main (#1289)",
        (("X-DevHub-Reason", "subscribed"), ("X-Auto-Response-Suppress", "All")),
        "2026-12-01T10:15:00+00:00",
        "CI/repo notification with X-Auto-Response-Suppress",
        "Build #1289 failed on main.\n\nYou are receiving this because you are subscribed to"
        " this thread.\n",
    ),
]


def make_lists() -> None:
    for file, sender, subject, extra, at, hint, text in LISTS:
        host = sender.rpartition("@")[2].rstrip(">")
        headers = [
            ("From", sender),
            ("To", TEAM),
            ("Subject", subject),
            ("Date", rfc_date(at)),
            ("Message-ID", f"<list-{file.removesuffix('.eml')}@{host}>"),
            *extra,
        ]
        html = None
        if text is None:
            html = (
                "<html><body><table><tr><td><h1>Tendencias de diciembre</h1>"
                "<p>Lo más visto de la semana.</p>"
                '<p><a href="https://revistacreadores.example/baja?u=5">Darse de baja</a>'
                "</p></td></tr></table></body></html>\n"
            )
        elif "HTML" in hint:
            html = html_of(text)
        add(file, "list", build(headers, text, html=html), at=at, country="", hint=hint)


# --- writing ------------------------------------------------------------------------------------


def make_languages() -> None:
    """Away texts with no header, threaded like replies, and people's replies beside them."""
    entries = [(*entry[:6], "auto_reply", entry[6], entry[7]) for entry in corpus_languages.AWAY]
    entries += [(*entry[:6], "human", "", entry[6]) for entry in corpus_languages.HUMANS]
    for n, (file, kind, sender, lang, country, at, label, ret, words) in enumerate(entries, 900):
        host = sender.rpartition("@")[2].rstrip(">")
        first = sender.split()[0]
        text = f"{words}\n\n{attribution('gmail', 'Acme', 'en')}\n{quoted_reminder(first)}"
        headers = reply(
            sender, n, first, at, msgid=f"<lang-{n}.{at[:10]}@{host}>", extra=client(kind, lang)
        )
        html = html_of(text) if kind in ("gmail", "outlook", "yahoo") else None
        what = "no header, first lines only" if label == "auto_reply" else "person"
        add(file, label, build(headers, text, html=html), at=at, country=country,
            hint=f"{lang}, {kind}, {what}", ret=ret)  # fmt: skip


def main() -> None:
    CORPUS.clear()
    make_humans()
    make_hard_humans()
    make_autos()
    make_challenges()
    make_bounces()
    make_lists()
    make_languages()
    wanted = {entry.file for entry in CORPUS}
    for stale in HERE.glob("*.eml"):
        if stale.name not in wanted:
            stale.unlink()
    for entry in CORPUS:
        assert b"\r\n" in entry.raw and b"\n" not in entry.raw.replace(b"\r\n", b""), entry.file
        (HERE / entry.file).write_bytes(entry.raw)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("file", "kind", "reason_hint", "return_date", "received_at", "sender_country"))
    for entry in sorted(CORPUS, key=lambda e: (KINDS.index(e.kind), e.file)):
        writer.writerow(
            (
                entry.file,
                entry.kind,
                entry.reason_hint,
                entry.return_date,
                entry.received_at,
                entry.sender_country,
            )
        )
    (HERE / "labels.csv").write_text(out.getvalue(), encoding="utf-8")
    counts = {kind: sum(e.kind == kind for e in CORPUS) for kind in KINDS}
    print(f"wrote {len(CORPUS)} messages: {counts}")


if __name__ == "__main__":
    main()
