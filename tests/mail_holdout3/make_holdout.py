"""Write the third held-out mail corpus: `uv run python tests/mail_holdout3/make_holdout.py`.

Every `.eml` file and `labels.csv` come from this script, deterministically; change the script,
never a message by hand. Messages are composed as raw text so that header order, MIME boundaries,
charsets and transfer encodings look like what the named clients and mail systems send.
"""

import base64
import csv
import quopri
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).parent
TEAM = "team@acme.example"
TEAM_FROM = "Acme Partnerships <team@acme.example>"
COLUMNS = ["file", "kind", "reason_hint", "return_date", "received_at", "sender_country"]

Header = tuple[str, str]


@dataclass(frozen=True)
class Part:
    """A MIME entity: its own headers and its already encoded body."""

    headers: list[Header]
    body: bytes


def tz(hours: float) -> timezone:
    return timezone(timedelta(minutes=round(hours * 60)))


def when(text: str, hours: float) -> datetime:
    """A local wall-clock time (`2027-06-03 09:14`) at a fixed UTC offset."""
    return datetime.fromisoformat(text).replace(tzinfo=tz(hours))


def ew(text: str, charset: str = "utf-8", method: str = "B") -> str:
    """An RFC 2047 encoded word (folded every few characters), or the text when it is ASCII."""
    if text.isascii():
        return text
    if method == "B":
        words, piece = [], ""
        for char in text:
            if len(_b_word(piece + char, charset)) > 75:
                words.append(_b_word(piece, charset))
                piece = ""
            piece += char
        words.append(_b_word(piece, charset))
        return "\r\n ".join(words)
    encoded = "".join(
        chr(b) if (chr(b).isalnum() and b < 128) else "_" if b == 32 else f"={b:02X}"
        for b in text.encode(charset)
    )
    return f"=?{charset}?Q?{encoded}?="


def _b_word(text: str, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode()}?="


def person(name: str, address: str, charset: str = "utf-8", method: str = "B") -> str:
    if name.isascii():
        quoted = f'"{name}"' if any(c in name for c in ",.()") else name
        return f"{quoted} <{address}>"
    return f"{ew(name, charset, method)} <{address}>"


def encode(text: str, charset: str = "utf-8", cte: str = "7bit") -> bytes:
    """The body text in its charset and transfer encoding, with CRLF line ends."""
    text = text.removeprefix("\n").rstrip("\n") + "\n"
    if cte in ("7bit", "8bit"):
        raw = text.replace("\n", "\r\n").encode(charset)
        assert cte == "8bit" or raw.isascii(), "7bit body is not ASCII"
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(charset)).replace(b"\n", b"\r\n")
    if cte == "base64":
        raw = text.replace("\n", "\r\n").encode(charset)
        return base64.encodebytes(raw).replace(b"\n", b"\r\n")
    raise ValueError(cte)


def text_part(
    text: str,
    charset: str = "utf-8",
    cte: str = "7bit",
    subtype: str = "plain",
    extra: str = "",
) -> Part:
    ctype = f"text/{subtype}; charset={charset if charset != 'us-ascii' else 'us-ascii'}{extra}"
    return Part(
        [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], encode(text, charset, cte)
    )


def raw_part(ctype: str, body: str, cte: str = "7bit", extra: list[Header] | None = None) -> Part:
    headers = [("Content-Type", ctype)] + (extra or [])
    if cte:
        headers.append(("Content-Transfer-Encoding", cte))
    return Part(headers, body.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n")


def multipart(subtype: str, boundary: str, parts: list[Part], params: str = "") -> Part:
    chunks = [b"This is a multi-part message in MIME format.\r\n"] if subtype != "report" else []
    for part in parts:
        chunks.append(f"\r\n--{boundary}\r\n".encode())
        chunks.append(b"".join(f"{k}: {v}\r\n".encode() for k, v in part.headers))
        chunks.append(b"\r\n" + part.body)
    chunks.append(f"\r\n--{boundary}--\r\n".encode())
    ctype = f'multipart/{subtype};{params} boundary="{boundary}"'
    return Part([("Content-Type", ctype)], b"".join(chunks))


def message(headers: list[Header], part: Part, mime: bool = True) -> bytes:
    lines = list(headers) + ([("MIME-Version", "1.0")] if mime else []) + part.headers
    head = b"".join(f"{k}: {v}\r\n".encode() for k, v in lines)
    return head + b"\r\n" + part.body


def date(moment: datetime) -> str:
    return format_datetime(moment)


CORPUS: list[tuple[str, bytes, dict[str, str]]] = []


def add(
    file: str,
    kind: str,
    hint: str,
    sent: datetime,
    raw: bytes,
    country: str = "",
    back: str = "",
) -> None:
    received = sent + timedelta(seconds=37)
    CORPUS.append(
        (
            f"{file}.eml",
            raw,
            {
                "file": f"{file}.eml",
                "kind": kind,
                "reason_hint": hint,
                "return_date": back,
                "received_at": received.isoformat(),
                "sender_country": country,
            },
        )
    )


def reply_headers(
    sender: str,
    subject: str,
    sent: datetime,
    mid: str,
    deal: str,
    extra: list[Header] | None = None,
    with_date: bool = True,
) -> list[Header]:
    """The headers most clients write on a reply to the team's outreach."""
    headers: list[Header] = [("From", sender), ("To", TEAM_FROM), ("Subject", subject)]
    if with_date:
        headers.insert(0, ("Date", date(sent)))
    headers += [
        ("Message-ID", f"<{mid}>"),
        ("In-Reply-To", f"<{deal}@acme.example>"),
        ("References", f"<{deal}@acme.example>"),
    ]
    return headers + (extra or [])


# --- Out-of-office replies -------------------------------------------------------------------
# Most carry no automatic header at all and can be told only from their first lines.


def auto_replies() -> None:
    s = when("2027-07-01 10:12", 3)
    add(
        "auto_lt_until_noheader",
        "auto_reply",
        "lt, ISO-8859-13 QP, no header, 'atostogauju iki 2027 m. liepos 12 d.' (until only)",
        s,
        message(
            reply_headers(
                person("Rūta Vaitkienė", "ruta@kuriu-studija.test", "iso-8859-13", "Q"),
                "Re: Acme x Ruta: vasaros kampanija",
                s,
                "20270701071200.4411@kuriu-studija.test",
                "deal-3101",
                [("X-Mailer", "Microsoft Outlook 16.0")],
            ),
            text_part(
                """
Laba diena,

atostogauju iki 2027 m. liepos 12 d., el. laiškus skaitau retai.
Skubiais klausimais rašykite kolegei Ievai: ieva@kuriu-studija.test

Pagarbiai
Rūta
""",
                "iso-8859-13",
                "quoted-printable",
            ),
        ),
        "LT",
        "2027-07-12",
    )

    s = when("2027-07-19 08:03", 3)
    add(
        "auto_lv_until_back_base64",
        "auto_reply",
        "lv, base64, no header, 'līdz 30. jūlijam ... atgriezīšos 2. augustā' (until X, back Y)",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", person("Kristaps Ozols", "kristaps@ozols-media.test")),
                ("To", TEAM),
                ("Subject", ew("Prombūtnē: Re: Sadarbība ar Acme")),
                ("Message-ID", "<c0ffee.7718@ozols-media.test>"),
            ],
            text_part(
                """
Labdien!

Paldies par vēstuli. Līdz 30. jūlijam esmu atvaļinājumā,
birojā atgriezīšos 2. augustā un tad atbildēšu.

Kristaps Ozols
""",
                "utf-8",
                "base64",
            ),
        ),
        "LV",
        "2027-08-02",
    )

    s = when("2027-08-10 14:45", 3)
    add(
        "auto_et_header_including",
        "auto_reply",
        "et, Auto-Submitted: auto-replied, 'kuni 13.08.2027 (kaasa arvatud). Tagasi 16.08.2027'",
        s,
        message(
            reply_headers(
                person("Maarja Tamm", "maarja@tammvlog.test"),
                ew("Automaatvastus: Acme koostöö pakkumine"),
                s,
                "auto.20270810.9921@tammvlog.test",
                "deal-3102",
                [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
            ),
            text_part(
                """
Tere!

Olen puhkusel kuni 13.08.2027 (kaasa arvatud). Tagasi tööl 16.08.2027.
Kirjad ootavad mind postkastis.

Maarja
""",
                "utf-8",
                "quoted-printable",
            ),
        ),
        "EE",
        "2027-08-16",
    )

    s = when("2027-08-30 09:30", 2)
    add(
        "auto_pl_latin2_noheader",
        "auto_reply",
        "pl, ISO-8859-2 QP, no header, 'do 10 września ... Wracam w poniedziałek 13 września'",
        s,
        message(
            reply_headers(
                person("Zofia Kamińska", "zofia.kaminska@poczta-kz.test", "iso-8859-2", "Q"),
                "Re: Acme x Zofia - propozycja wspolpracy",
                s,
                "ooo-5521.zk@poczta-kz.test",
                "deal-3103",
            ),
            text_part(
                """
Dzień dobry,

do 10 września przebywam na urlopie bez dostępu do poczty.
Wracam w poniedziałek 13 września i wtedy odpowiem.

Pozdrawiam serdecznie
Zofia Kamińska
""",
                "iso-8859-2",
                "quoted-printable",
            ),
        ),
        "PL",
        "2027-09-13",
    )

    s = when("2027-06-14 12:20", 3)
    add(
        "auto_ru_cp1251_range_keeps_subject",
        "auto_reply",
        "ru, windows-1251 8bit, plain Re: subject, no header, 'с 14 по 27 июня включительно. "
        "Вернусь 28 июня'",
        s,
        message(
            reply_headers(
                person("Алексей Громов", "gromov@pochta-ag.test", "windows-1251"),
                "Re: Acme: предложение о сотрудничестве",
                s,
                "1718352000.77@pochta-ag.test",
                "deal-3104",
                [("X-Mailer", "The Bat! (v10.2.3)")],
            ),
            text_part(
                """
Здравствуйте!

Я нахожусь в отпуске с 14 по 27 июня включительно.
Вернусь 28 июня и обязательно отвечу на ваше письмо.

С уважением,
Алексей Громов
""",
                "windows-1251",
                "8bit",
            ),
        ),
        "RU",
        "2027-06-28",
    )

    s = when("2027-12-23 16:40", 2)
    add(
        "auto_uk_newyear_until",
        "auto_reply",
        "uk, base64, no header, 'До 5 січня 2028 року я у відпустці' (until only, year-end)",
        s,
        message(
            reply_headers(
                person("Оксана Мельник", "oksana@melnyk-art.test"),
                ew("Автовідповідь: Re: Acme x Оксана"),
                s,
                "a1b2c3.20271223@melnyk-art.test",
                "deal-3105",
            ),
            text_part(
                """
Доброго дня!

Дякую за лист. До 5 січня 2028 року я у відпустці,
відповім одразу після повернення.

З повагою,
Оксана
""",
                "utf-8",
                "base64",
            ),
        ),
        "UA",
        "2028-01-05",
    )

    s = when("2027-05-14 17:05", 3)
    add(
        "auto_tr_bayram_latin5",
        "auto_reply",
        "tr, ISO-8859-9 QP, no header, Kurban Bayramı, '21 Mayıs'a kadar ... 24 Mayıs Pazartesi'",
        s,
        message(
            reply_headers(
                person("Elif Yıldırım", "elif@yildirimvlog.test", "iso-8859-9", "Q"),
                ew("Otomatik yanıt: Acme iş birliği", "iso-8859-9", "Q"),
                s,
                "otomatik.88812@yildirimvlog.test",
                "deal-3106",
            ),
            text_part(
                """
Merhaba,

Kurban Bayramı tatili nedeniyle 21 Mayıs'a kadar ofis dışındayım.
24 Mayıs Pazartesi günü size dönüş yapacağım.

İyi bayramlar,
Elif Yıldırım
""",
                "iso-8859-9",
                "quoted-printable",
            ),
        ),
        "TR",
        "2027-05-24",
    )

    s = when("2027-04-28 10:10", 3)
    add(
        "auto_el_easter_greek",
        "auto_reply",
        "el, ISO-8859-7 QP, no header, Orthodox Easter, 'έως και τις 4/5. Θα επιστρέψω ... 5 "
        "Μαΐου'",
        s,
        message(
            reply_headers(
                person("Νίκος Παπαδόπουλος", "nikos@papadopoulos-foto.test", "iso-8859-7"),
                "Re: Acme - collaboration",
                s,
                "np.4471.20270428@papadopoulos-foto.test",
                "deal-3107",
            ),
            text_part(
                """
Καλημέρα σας,

λόγω των εορτών του Πάσχα θα λείπω από το γραφείο έως και τις 4/5.
Θα επιστρέψω την Τετάρτη 5 Μαΐου.

Καλό Πάσχα!
Νίκος
""",
                "iso-8859-7",
                "quoted-printable",
            ),
        ),
        "GR",
        "2027-05-05",
    )

    s = when("2027-03-08 11:25", 3)
    add(
        "auto_ar_eid_cp1256",
        "auto_reply",
        "ar, windows-1256 base64, no header, Eid al-Fitr, 'سأعود ... يوم الأحد 14 مارس 2027' "
        "(Sunday)",
        s,
        message(
            reply_headers(
                person("سارة العتيبي", "sara@otaibi-style.test", "windows-1256"),
                ew("رد تلقائي: Acme", "windows-1256"),
                s,
                "ar.20270308.5510@otaibi-style.test",
                "deal-3108",
            ),
            text_part(
                """
السلام عليكم ورحمة الله،

شكراً لرسالتك. أنا في إجازة عيد الفطر ولا أستطيع الرد على البريد حالياً.
سأعود إلى العمل يوم الأحد 14 مارس 2027 إن شاء الله.

كل عام وأنتم بخير
سارة
""",
                "windows-1256",
                "base64",
            ),
        ),
        "SA",
        "2027-03-14",
    )

    s = when("2027-10-13 15:00", 3)
    add(
        "auto_he_holidays_header",
        "auto_reply",
        "he, X-Autoreply + Auto-Submitted, 'עד אחרי החגים. אחזור ... ביום ראשון, 24.10.2027'",
        s,
        message(
            reply_headers(
                person("נועה לוי", "noa@levi-creative.test"),
                ew("מחוץ למשרד: Acme"),
                s,
                "noa-ooo-3321@levi-creative.test",
                "deal-3109",
                [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
            ),
            text_part(
                """
שלום,

אני מחוץ למשרד עד אחרי החגים.
אחזור לעבודה ביום ראשון, 24.10.2027.

חג שמח,
נועה
""",
                "utf-8",
                "base64",
            ),
        ),
        "IL",
        "2027-10-24",
    )

    s = when("2027-03-18 10:40", 3.5)
    add(
        "auto_fa_nowruz_persian_dates",
        "auto_reply",
        "fa, QP, no header, Nowruz, 'تا ۱۴ فروردین ... از یکشنبه ۱۵ فروردین ۱۴۰۶ (۴ آوریل ۲۰۲۷)'",
        s,
        message(
            reply_headers(
                person("مریم رضایی", "maryam@rezaei-design.test"),
                "Re: Acme collaboration",
                s,
                "mr.14060.nowruz@rezaei-design.test",
                "deal-3110",
            ),
            text_part(
                """
با سلام و احترام،

به مناسبت تعطیلات نوروز تا ۱۴ فروردین در دسترس نیستم.
از یکشنبه ۱۵ فروردین ۱۴۰۶ (۴ آوریل ۲۰۲۷) پاسخگوی ایمیل‌ها خواهم بود.

نوروزتان پیروز
مریم رضایی
""",
                "utf-8",
                "quoted-printable",
            ),
        ),
        "IR",
        "2027-04-04",
    )

    s = when("2027-10-27 13:15", 5.5)
    add(
        "auto_hi_diwali_until",
        "auto_reply",
        "hi, base64, no header, Diwali, '1 नवंबर 2027 तक कार्यालय से बाहर' (until only)",
        s,
        message(
            reply_headers(
                person("अनन्या शर्मा", "ananya@sharma-vlogs.test"),
                "Re: Acme x Ananya",
                s,
                "as-20271027-77@sharma-vlogs.test",
                "deal-3111",
            ),
            text_part(
                """
नमस्ते,

आपके ईमेल के लिए धन्यवाद। दिवाली की छुट्टियों के कारण मैं 1 नवंबर 2027 तक
कार्यालय से बाहर हूँ।

शुभ दीपावली!
अनन्या
""",
                "utf-8",
                "base64",
            ),
        ),
        "IN",
        "2027-11-01",
    )

    s = when("2027-02-04 18:22", 8)
    add(
        "auto_zh_spring_festival_gb18030",
        "auto_reply",
        "zh, GB18030 base64, no header, Spring Festival, '2月15日（周一）起恢复办公'",
        s,
        message(
            reply_headers(
                person("王晓燕", "wangxy@xiaoyan-studio.test", "gb18030"),
                ew("自动回复: Re: Acme 合作邀请", "gb18030"),
                s,
                "202702041822.31337@xiaoyan-studio.test",
                "deal-3112",
                [("X-Mailer", "Foxmail 7.2.25")],
            ),
            text_part(
                """
您好！

春节期间（2月5日至2月14日）本人休假，2月15日（周一）起恢复办公，
届时将尽快回复您的邮件。

祝新春快乐！
王晓燕
""",
                "gb18030",
                "base64",
            ),
        ),
        "CN",
        "2027-02-15",
    )

    s = when("2027-07-09 09:50", 8)
    add(
        "auto_zh_tw_big5_header",
        "auto_reply",
        "zh-TW, Big5 QP, Auto-Submitted, '本人休假至 2027/07/20' (until only)",
        s,
        message(
            reply_headers(
                person("陳怡君", "yichun@chen-daily.test", "big5"),
                ew("休假中: Acme 合作提案", "big5"),
                s,
                "ooo.yc.0709@chen-daily.test",
                "deal-3113",
                [("Auto-Submitted", "auto-replied")],
            ),
            text_part(
                """
您好：

本人休假至 2027/07/20，期間無法即時回覆郵件，急事請來電。

陳怡君 敬上
""",
                "big5",
                "quoted-printable",
            ),
        ),
        "TW",
        "2027-07-20",
    )

    s = when("2027-04-29 01:30", 9)
    add(
        "auto_ja_golden_week_iso2022",
        "auto_reply",
        "ja, ISO-2022-JP, plain Re: subject, no header, Golden Week, '5月6日（木）より順次ご連絡'",
        s,
        message(
            reply_headers(
                person("佐藤 美咲", "misaki@minato-kikaku.test", "iso-2022-jp"),
                "Re: Acme collaboration proposal",
                s,
                "20270429013000.A1B2@minato-kikaku.test",
                "deal-3114",
            ),
            text_part(
                """
株式会社ミナト企画の佐藤です。

誠に勝手ながら、4月29日（木）から5月5日（水）まで
ゴールデンウィーク休暇をいただいております。
5月6日（木）より順次ご連絡いたします。

ご不便をおかけしますが、よろしくお願いいたします。
""",
                "iso-2022-jp",
                "7bit",
            ),
        ),
        "JP",
        "2027-05-06",
    )

    s = when("2027-09-13 10:05", 9)
    add(
        "auto_ko_chuseok_euckr",
        "auto_reply",
        "ko, EUC-KR base64, no header, Chuseok, '9월 17일(금)까지 부재중 ... 9월 20일(월)부터'",
        s,
        message(
            reply_headers(
                person("김지우", "jiwoo@kimjiwoo-ch.test", "euc-kr"),
                ew("[부재중] Re: Acme 협업 제안", "euc-kr"),
                s,
                "kjw.20270913.1005@kimjiwoo-ch.test",
                "deal-3115",
            ),
            text_part(
                """
안녕하세요.

추석 연휴로 9월 17일(금)까지 부재중입니다.
9월 20일(월)부터 순차적으로 답변드리겠습니다.

즐거운 한가위 보내세요.
김지우 드림
""",
                "euc-kr",
                "base64",
            ),
        ),
        "KR",
        "2027-09-20",
    )

    s = when("2027-04-09 16:00", 7)
    add(
        "auto_th_songkran_tis620",
        "auto_reply",
        "th, TIS-620 QP, no header, Songkran, Buddhist year 2570, 'กลับมาทำงานในวันจันทร์ที่ 19 "
        "เมษายน 2570'",
        s,
        message(
            reply_headers(
                person("ศิริพร ใจดี", "siriporn@jaidee-review.test", "tis-620"),
                "Re: Acme partnership",
                s,
                "sp-20270409-1600@jaidee-review.test",
                "deal-3116",
            ),
            text_part(
                """
สวัสดีค่ะ

ขอบคุณสำหรับอีเมลค่ะ ดิฉันลาพักช่วงเทศกาลสงกรานต์ถึงวันที่ 16 เมษายน 2570
และจะกลับมาทำงานในวันจันทร์ที่ 19 เมษายน 2570 ค่ะ

ศิริพร
""",
                "tis-620",
                "quoted-printable",
            ),
        ),
        "TH",
        "2027-04-19",
    )

    s = when("2027-02-03 08:45", 7)
    add(
        "auto_vi_tet_qp",
        "auto_reply",
        "vi, QP, no header, Tết, 'đến hết ngày 12/02/2027 ... quay lại làm việc vào ngày "
        "15/02/2027'",
        s,
        message(
            reply_headers(
                person("Nguyễn Thu Hà", "thuha@hanguyen-media.test"),
                ew("Trả lời tự động: Re: Hợp tác với Acme"),
                s,
                "tha.tet.2027@hanguyen-media.test",
                "deal-3117",
            ),
            text_part(
                """
Xin chào,

Tôi đang nghỉ Tết Nguyên Đán đến hết ngày 12/02/2027 và sẽ trả lời email
khi quay lại làm việc vào ngày 15/02/2027.

Chúc mừng năm mới!
Thu Hà
""",
                "utf-8",
                "quoted-printable",
            ),
        ),
        "VN",
        "2027-02-15",
    )

    s = when("2027-03-05 14:30", 7)
    add(
        "auto_id_lebaran_weekday_date",
        "auto_reply",
        "id, 7bit, no header, Lebaran, 'kembali bekerja pada hari Senin, 15 Maret 2027'",
        s,
        message(
            reply_headers(
                person("Dewi Lestari", "dewi@lestari-kreatif.test"),
                "Re: Kerja sama dengan Acme",
                s,
                "dl.0305.lebaran@lestari-kreatif.test",
                "deal-3118",
            ),
            text_part(
                """
Terima kasih atas email Anda.

Saya sedang cuti Lebaran dan akan kembali bekerja pada hari Senin,
15 Maret 2027. Untuk keperluan mendesak, silakan hubungi asisten saya
di rina@lestari-kreatif.test.

Salam,
Dewi
""",
            ),
        ),
        "ID",
        "2027-03-15",
    )

    s = when("2027-03-08 09:00", 8)
    add(
        "auto_ms_raya_until",
        "auto_reply",
        "ms, 7bit, no header, Hari Raya, 'bercuti ... sehingga 12 Mac 2027' (until only)",
        s,
        message(
            reply_headers(
                person("Aisyah Rahman", "aisyah@rahman-travels.test"),
                "Re: Acme x Aisyah",
                s,
                "ar.raya.0308@rahman-travels.test",
                "deal-3119",
            ),
            text_part(
                """
Salam sejahtera,

Saya sedang bercuti sempena Hari Raya Aidilfitri sehingga 12 Mac 2027
dan akses e-mel adalah terhad. Selamat Hari Raya!

Aisyah
""",
            ),
        ),
        "MY",
        "2027-03-12",
    )

    s = when("2027-12-20 10:20", 3)
    add(
        "auto_sw_yearend",
        "auto_reply",
        "sw, 7bit, no header, 'likizoni hadi tarehe 7 Januari 2028 ... nitarudi ... 10 Januari "
        "2028'",
        s,
        message(
            reply_headers(
                person("Amani Wanjiru", "amani@wanjiru-safari.test"),
                "Re: Ushirikiano na Acme",
                s,
                "aw.1220.likizo@wanjiru-safari.test",
                "deal-3120",
            ),
            text_part(
                """
Habari,

Asante kwa barua pepe yako. Niko likizoni hadi tarehe 7 Januari 2028,
na nitarudi kazini Jumatatu tarehe 10 Januari 2028.

Heri ya Krismasi na Mwaka Mpya!
Amani
""",
            ),
        ),
        "KE",
        "2028-01-10",
    )

    s = when("2027-12-22 17:31", 1)
    plain = """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 31.12.2027 nicht im Büro und ab dem 3. Januar 2028
wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an
presse@hofmann-kanal.test.

Frohe Feiertage
Lena Hofmann
"""
    html = (
        "<html><body><p>Vielen Dank f&uuml;r Ihre Nachricht.</p><p>Ich bin bis einschlie&szlig;lich"
        " 31.12.2027 nicht im B&uuml;ro und ab dem 3. Januar 2028 wieder erreichbar. In dringenden"
        " F&auml;llen wenden Sie sich bitte an presse@hofmann-kanal.test.</p>"
        "<p>Frohe Feiertage<br>Lena Hofmann</p></body></html>"
    )
    add(
        "auto_de_exchange_yearend",
        "auto_reply",
        "de, Exchange headers (X-Auto-Response-Suppress, auto-generated), 'bis einschließlich "
        "31.12.2027 ... ab dem 3. Januar 2028'",
        s,
        message(
            [
                ("From", person("Lena Hofmann", "lena@hofmann-kanal.test")),
                ("To", person("Acme Partnerships", TEAM)),
                ("Subject", ew("Automatische Antwort: Kooperationsanfrage Acme", "utf-8", "Q")),
                ("Thread-Topic", "Kooperationsanfrage Acme"),
                ("Thread-Index", "AQHb9k3sLx1mQ7c2TUmaQZ1ZpQx2Ww=="),
                ("Date", date(s)),
                ("Message-ID", "<a1f6e0c2b9d94e0f@hofmann-kanal.test>"),
                ("In-Reply-To", "<deal-3121@acme.example>"),
                ("Auto-Submitted", "auto-generated"),
                ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "lena@hofmann-kanal.test"),
                ("X-MS-Has-Attach", ""),
                ("Content-Language", "de-DE"),
            ],
            multipart(
                "alternative",
                "_000_a1f6e0c2b9d94e0f_",
                [
                    text_part(plain, "iso-8859-1", "quoted-printable"),
                    text_part(html, "us-ascii", "quoted-printable", "html"),
                ],
            ),
        ),
        "DE",
        "2028-01-03",
    )

    s = when("2027-08-02 07:58", 2)
    add(
        "auto_fr_range_header",
        "auto_reply",
        "fr, Auto-Submitted + X-Autoreply, 'absente du 2 au 20 août inclus ... De retour le lundi "
        "23 août'",
        s,
        message(
            reply_headers(
                person("Camille Bernard", "camille@bernard-cuisine.test"),
                ew("Absence: Re: Partenariat Acme", "utf-8", "Q"),
                s,
                "cb.absence.0802@bernard-cuisine.test",
                "deal-3122",
                [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
            ),
            text_part(
                """
Bonjour,

Je suis absente du 2 au 20 août inclus, sans accès à mes e-mails.
De retour le lundi 23 août.

Belle journée,
Camille
""",
                "utf-8",
                "quoted-printable",
            ),
        ),
        "FR",
        "2027-08-23",
    )

    s = when("2027-12-24 12:00", 1)
    add(
        "auto_es_reyes_dayfirst",
        "auto_reply",
        "es, 8bit latin-1, no header, 'fuera de la oficina hasta el 07/01/2028' (day-first, until "
        "only)",
        s,
        message(
            reply_headers(
                person("Javier Morales", "javier@moralesfit.test"),
                ew("Fuera de la oficina: Re: Colaboración con Acme", "iso-8859-1", "Q"),
                s,
                "jm.navidad.1224@moralesfit.test",
                "deal-3123",
            ),
            text_part(
                """
Hola:

Estoy fuera de la oficina hasta el 07/01/2028 con acceso limitado al correo.
¡Felices fiestas!

Javier Morales
""",
                "iso-8859-1",
                "8bit",
            ),
        ),
        "ES",
        "2028-01-07",
    )

    s = when("2027-06-28 11:00", -4)
    add(
        "auto_en_us_monthfirst",
        "auto_reply",
        "en-US, no header, 'Out of Office' subject, 'out of the office until 7/6' (month-first)",
        s,
        message(
            reply_headers(
                person("Tyler Brooks", "tyler@brooksoutdoors.test"),
                "Out of Office: Acme x Tyler Brooks",
                s,
                "CAK7n0q=tb2027.0628@mail.brooksoutdoors.test",
                "deal-3124",
            ),
            text_part(
                """
Thanks for reaching out! I'm out of the office until 7/6 with limited access
to email. I'll get back to you after the Fourth.

Tyler
""",
            ),
        ),
        "US",
        "2027-07-06",
    )

    s = when("2027-11-11 15:40", 0)
    add(
        "auto_en_gb_back_on_tuesday",
        "auto_reply",
        "en-GB, plain Re: subject, no header, 'back on Tuesday' (next Tuesday after receipt)",
        s,
        message(
            reply_headers(
                person("Olivia Hart", "olivia@hartandhome.test"),
                "Re: Acme x Olivia Hart - autumn campaign",
                s,
                "oh.leave.1111@hartandhome.test",
                "deal-3125",
            ),
            text_part(
                """
Hi,

I'm on annual leave and back on Tuesday. Messages aren't being forwarded,
so I'll reply when I return.

Olivia
""",
            ),
        ),
        "GB",
        "2027-11-16",
    )

    s = when("2027-12-28 09:12", 0)
    add(
        "auto_en_ie_ordinal_header",
        "auto_reply",
        "en-IE, Auto-Submitted, 'returning 5th Jan' (year-end, next year)",
        s,
        message(
            reply_headers(
                person("Ciara Byrne", "ciara@byrnebakes.test"),
                "Auto: Re: Acme x Ciara",
                s,
                "cb.hols.1228@byrnebakes.test",
                "deal-3126",
                [("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
            ),
            text_part(
                """
Hello,

I'm travelling over the holidays and returning 5th Jan. I'll pick up your
email then.

Ciara
""",
            ),
        ),
        "IE",
        "2028-01-05",
    )

    s = when("2027-09-02 10:30", -3)
    add(
        "auto_pt_br_left_company_nodate",
        "auto_reply",
        "pt-BR, QP, no header, left the team, no date",
        s,
        message(
            reply_headers(
                person("Beatriz Souza", "beatriz@estudiocaju.test"),
                ew("Resposta automática: Parceria Acme", "utf-8", "Q"),
                s,
                "bs.saida.0902@estudiocaju.test",
                "deal-3127",
            ),
            text_part(
                """
Olá!

Não faço mais parte da equipe do Estúdio Caju. Por favor, encaminhe sua
mensagem para contato@estudiocaju.test.

Obrigada!
""",
                "utf-8",
                "quoted-printable",
            ),
        ),
        "BR",
        "",
    )


def attachment(filename: str, ctype: str, data: bytes) -> Part:
    return Part(
        [
            ("Content-Type", f'{ctype}; name="{filename}"'),
            ("Content-Disposition", f'attachment; filename="{filename}"'),
            ("Content-Transfer-Encoding", "base64"),
        ],
        base64.encodebytes(data).replace(b"\n", b"\r\n"),
    )


PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


# --- Human replies ---------------------------------------------------------------------------
# Many of them look automatic at a glance: they quote an auto-reply or a bounce, talk about a
# holiday, are one line long, or come from clients with unusual charsets and encodings.


def humans() -> None:
    s = when("2027-06-09 08:14", -7)
    plain = """
Ignore the auto-reply below, I came back early! Here's the draft:
https://files.jordanlee.test/d/acme-cut-1

Happy to jump on a call Thursday.

Jordan

On Tue, Jun 8, 2027 at 9:02 AM Jordan Lee <jordan@jordanlee.test> wrote:
> Automatic reply: I am out of the office until 14 June and will respond
> when I return. For urgent matters contact my manager.
>
> On Tue, Jun 8, 2027 at 4:01 PM Acme Partnerships <team@acme.example> wrote:
>> Hi Jordan, just checking in on the first draft.
"""
    html = (
        '<div dir="ltr">Ignore the auto-reply below, I came back early! Here\'s the draft:'
        '<br><a href="https://files.jordanlee.test/d/acme-cut-1">https://files.jordanlee.test/d/'
        "acme-cut-1</a><br><br>Happy to jump on a call Thursday.<br><br>Jordan</div><br>"
        '<div class="gmail_quote"><blockquote class="gmail_quote">Automatic reply: I am out of the'
        " office until 14 June and will respond when I return.</blockquote></div>"
    )
    add(
        "human_en_quotes_own_autoreply",
        "human",
        "en-US, Gmail, under 'Re: Automatic reply:' quoting the creator's own out-of-office",
        s,
        message(
            reply_headers(
                person("Jordan Lee", "jordan@jordanlee.test"),
                "Re: Automatic reply: Acme x Jordan - first draft",
                s,
                "CAJx9mQ+0a8Yk1r2pL@mail.jordanlee.test",
                "deal-3201",
            ),
            multipart(
                "alternative",
                "000000000000b2a9c405f1e7a6d3",
                [
                    text_part(plain, "UTF-8", "7bit"),
                    text_part(html, "UTF-8", "quoted-printable", "html"),
                ],
            ),
        ),
        "US",
    )

    s = when("2027-09-06 19:48", 2)
    add(
        "human_de_forwards_bounce",
        "human",
        "de, Thunderbird format=flowed, forwards the bounce from an old address, new address",
        s,
        message(
            reply_headers(
                person("Jonas Weber", "jonas.weber@neuepost.test"),
                "Fwd: Undelivered Mail Returned to Sender",
                s,
                "9b7c2e1a-44d1-4f0a-bb5e-2d2c1f0e8a11@neuepost.test",
                "deal-3202",
                [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")],
            ),
            text_part(
                """
Hallo zusammen,

eure Mail an meine alte Adresse ist zurückgekommen (siehe unten). Bitte
schreibt mir künftig an diese hier. Zum Angebot: passt, ich bin dabei!

Viele Grüße
Jonas

-------- Weitergeleitete Nachricht --------
Betreff: Undelivered Mail Returned to Sender
Datum: Mon, 6 Sep 2027 10:02:11 +0200 (CEST)
Von: Mail Delivery System <MAILER-DAEMON@mx.altpost.test>
An: team@acme.example

This is the mail system at host mx.altpost.test.

<jonas@altpost.test>: host mx.altpost.test[192.0.2.44] said: 550 5.1.1
    <jonas@altpost.test>: Recipient address rejected: User unknown
""",
                "UTF-8",
                "8bit",
                extra="; format=flowed",
            ),
        ),
        "DE",
    )

    s = when("2027-10-04 12:03", -5)
    add(
        "human_ok_thumbs_iphone",
        "human",
        "en-US, iPhone Mail, QP, 'ok 👍' and the iPhone signature only",
        s,
        message(
            [
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Content-Transfer-Encoding", "quoted-printable"),
                ("From", person("Marcus Webb", "marcus@webbcooks.test")),
                ("Mime-Version", "1.0 (1.0)"),
                ("Date", date(s)),
                ("Subject", "Re: Acme x Marcus - October slot"),
                ("Message-Id", "<6F2B1E0A-93C4-4D8E-B1A2-7C9E0D3F5A11@webbcooks.test>"),
                ("References", "<deal-3203@acme.example>"),
                ("In-Reply-To", "<deal-3203@acme.example>"),
                ("To", TEAM),
                ("X-Mailer", "iPhone Mail (22A3354)"),
            ],
            Part([], encode("ok 👍\n\nSent from my iPhone\n", "utf-8", "quoted-printable")),
            mime=False,
        ),
        "US",
    )

    s = when("2027-08-23 09:40", 9)
    add(
        "human_ja_back_from_summer_iso2022",
        "human",
        "ja, ISO-2022-JP, first line '夏休みから戻りました' (back from summer holiday), agrees",
        s,
        message(
            reply_headers(
                person("高橋 健太", "kenta@takahashi-tabi.test", "iso-2022-jp"),
                ew("Re: Acme コラボのご提案", "iso-2022-jp"),
                s,
                "20270823094000.KT77@takahashi-tabi.test",
                "deal-3204",
                [("X-Mailer", "Becky! ver. 2.81.04")],
            ),
            text_part(
                """
Acme ご担当者様

夏休みから戻りました。ご連絡が遅くなり申し訳ありません。
企画の件、ぜひ参加させてください。8月末までに構成案をお送りします。

高橋
""",
                "iso-2022-jp",
                "7bit",
            ),
        ),
        "JP",
    )

    s = when("2027-07-14 06:55", -4)
    add(
        "human_en_on_vacation_but_answers",
        "human",
        "en-CA, Outlook for Android, first line 'On vacation until Friday but...', PDF attached",
        s,
        message(
            reply_headers(
                person("Priya Nair", "priya@nairfitness.test"),
                "RE: Acme x Priya - contract",
                s,
                "DM6PR11MB4012A7F3C0E1@nairfitness.test",
                "deal-3205",
                [("X-MS-Has-Attach", "yes"), ("Thread-Topic", "Acme x Priya - contract")],
            ),
            multipart(
                "mixed",
                "_004_DM6PR11MB4012A7F3C0E1_",
                [
                    text_part(
                        """
On vacation until Friday but didn't want to keep you waiting: yes to the
July slot. Contract looks fine, signed copy attached.

Priya

Get Outlook for Android
""",
                        "us-ascii",
                        "quoted-printable",
                    ),
                    attachment("acme-contract-signed.pdf", "application/pdf", PDF),
                ],
            ),
        ),
        "CA",
    )

    s = when("2027-07-05 10:17", 3)
    add(
        "human_ru_back_from_leave_cp1251",
        "human",
        "ru, Yandex-like web client, windows-1251 8bit, 'Был в отпуске, только вернулся'",
        s,
        message(
            reply_headers(
                person("Дмитрий Соколов", "d.sokolov@sokolov-blog.test", "windows-1251"),
                "Re: Acme: предложение о сотрудничестве",
                s,
                "1345601783230617@mail.sokolov-blog.test",
                "deal-3206",
                [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")],
            ),
            text_part(
                """
Добрый день!

Был в отпуске, только вернулся. Условия подходят, черновик пришлю до пятницы.

--
Дмитрий
""",
                "windows-1251",
                "8bit",
            ),
        ),
        "RU",
    )

    s = when("2027-03-26 21:08", 8)
    add(
        "human_zh_huawei_gb18030",
        "human",
        "zh, phone client, GB18030 base64, short, '发自我的华为手机'",
        s,
        message(
            reply_headers(
                person("李明", "liming@liming-vlog.test", "gb18030"),
                ew("回复: Acme 合作邀请", "gb18030"),
                s,
                "tencent_5A3F@liming-vlog.test",
                "deal-3207",
            ),
            text_part(
                "收到，我下周一前把视频初稿发给你们。\n\n发自我的华为手机\n",
                "gb18030",
                "base64",
            ),
        ),
        "CN",
    )

    s = when("2027-08-09 11:30", 9)
    add(
        "human_ko_html_only_euckr",
        "human",
        "ko, Naver-like, EUC-KR base64 HTML only, "
        "'휴가에서 막 복귀했습니다' (just back from vacation)",
        s,
        message(
            reply_headers(
                person("박서연", "seoyeon@park-eats.test", "euc-kr"),
                ew("RE: Acme 협업 제안", "euc-kr"),
                s,
                "a8d3.naver.20270809@park-eats.test",
                "deal-3208",
            ),
            text_part(
                "<html><body><p>안녕하세요, 휴가에서 막 복귀했습니다.</p>"
                "<p>제안 감사합니다. 초안은 다음 주 수요일까지 보내드릴게요.</p>"
                "<p>박서연 드림</p></body></html>",
                "euc-kr",
                "base64",
                "html",
            ),
        ),
        "KR",
    )

    s = when("2027-05-19 13:02", 3)
    add(
        "human_ar_cp1256_galaxy_signature",
        "human",
        "ar, windows-1256 QP, English 'Sent from my Galaxy' signature",
        s,
        message(
            reply_headers(
                person("عمر حسن", "omar@hassan-tech.test", "windows-1256"),
                "Re: Acme x Omar",
                s,
                "sm-g991b.20270519@hassan-tech.test",
                "deal-3209",
            ),
            text_part(
                """
شكراً جزيلاً، العرض مناسب لي. سأرسل المسودة يوم الخميس.

Sent from my Galaxy
""",
                "windows-1256",
                "quoted-printable",
            ),
        ),
        "EG",
    )

    s = when("2027-11-02 18:25", 2)
    add(
        "human_he_html_only_was_on_holiday",
        "human",
        "he, HTML only, 'הייתי בחופש בשבוע שעבר' (I was on holiday last week), link to draft",
        s,
        message(
            reply_headers(
                person("יואב כהן", "yoav@cohen-films.test"),
                "Re: Acme x Yoav",
                s,
                "yc.1102.reply@cohen-films.test",
                "deal-3210",
            ),
            text_part(
                '<html dir="rtl"><body><div>היי,</div><div>הייתי בחופש בשבוע שעבר ולכן לא'
                " עניתי. הנה הקישור לטיוטה: "
                '<a href="https://cohen-films.test/d/acme">https://cohen-films.test/d/acme</a>'
                "</div><div>יואב</div></body></html>",
                "utf-8",
                "quoted-printable",
                "html",
            ),
        ),
        "IL",
    )

    s = when("2027-10-20 10:10", 3)
    add(
        "human_el_agrees_iso8859_7",
        "human",
        "el, ISO-8859-7 8bit, agrees to a deadline date",
        s,
        message(
            reply_headers(
                person("Ελένη Γεωργίου", "eleni@georgiou-travel.test", "iso-8859-7"),
                "Re: Acme - collaboration",
                s,
                "eg.20271020@georgiou-travel.test",
                "deal-3211",
            ),
            text_part(
                """
Γεια σας,

συμφωνώ με την προθεσμία της 15ης Νοεμβρίου. Θα στείλω το υλικό νωρίτερα.

Ελένη
""",
                "iso-8859-7",
                "8bit",
            ),
        ),
        "GR",
    )

    s = when("2027-06-01 09:12", 3)
    add(
        "human_tr_was_on_leave_latin5",
        "human",
        "tr, ISO-8859-9 QP, 'geçen hafta izindeydim' (I was on leave last week), image attached",
        s,
        message(
            reply_headers(
                person("Mert Aydın", "mert@aydin-kamp.test", "iso-8859-9", "Q"),
                "Re: Acme iş birliği",
                s,
                "ma.0601@aydin-kamp.test",
                "deal-3212",
            ),
            multipart(
                "mixed",
                "----=_Part_118_20270601",
                [
                    text_part(
                        """
Merhaba,

geçen hafta izindeydim, kusura bakmayın. Taslağı ekte gönderiyorum,
yorumlarınızı bekliyorum.

Mert
""",
                        "iso-8859-9",
                        "quoted-printable",
                    ),
                    attachment("taslak.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(48)),
                ],
            ),
        ),
        "TR",
    )

    s = when("2027-04-21 15:33", 7)
    add(
        "human_th_tis620_short",
        "human",
        "th, TIS-620 base64, short agreement",
        s,
        message(
            reply_headers(
                person("ธนากร วงศ์ใหญ่", "thanakorn@wongyai-gadget.test", "tis-620"),
                "Re: Acme partnership",
                s,
                "tw.0421@wongyai-gadget.test",
                "deal-3213",
            ),
            text_part(
                "ได้ครับ จะส่งงานภายในวันศุกร์นี้ครับ ขอบคุณครับ\n\nธนากร\n",
                "tis-620",
                "base64",
            ),
        ),
        "TH",
    )

    s = when("2027-09-06 08:20", 7)
    add(
        "human_vi_back_from_holiday_base64",
        "human",
        "vi, base64, 'em vừa đi nghỉ lễ Quốc khánh về' (just back from the national holiday)",
        s,
        message(
            reply_headers(
                person("Trần Minh Quân", "quan@tranminh-tech.test"),
                ew("Re: Hợp tác với Acme"),
                s,
                "tmq.0906@tranminh-tech.test",
                "deal-3214",
            ),
            text_part(
                """
Chào anh,

Em vừa đi nghỉ lễ Quốc khánh về nên trả lời muộn, mong anh thông cảm.
Em sẽ gửi bản nháp trước thứ Sáu ạ.

Quân
""",
                "utf-8",
                "base64",
            ),
        ),
        "VN",
    )

    s = when("2027-05-11 19:02", 7)
    add(
        "human_id_newsletter_footer",
        "human",
        "id, reply with a newsletter subscribe/unsubscribe footer in the signature",
        s,
        message(
            reply_headers(
                person("Rizky Pratama", "rizky@pratama-kuliner.test"),
                "Re: Kerja sama dengan Acme",
                s,
                "rp.0511@pratama-kuliner.test",
                "deal-3215",
            ),
            text_part(
                """
Halo tim Acme,

Siap! Saya setuju dengan jadwalnya, video tayang tanggal 28 Mei.

Salam,
Rizky Pratama
--
Langganan newsletter kuliner mingguan saya: https://pratama-kuliner.test/news
Berhenti berlangganan: https://pratama-kuliner.test/news/unsubscribe
""",
            ),
        ),
        "ID",
    )

    s = when("2027-03-22 10:45", 8)
    add(
        "human_ms_auto_submitted_no",
        "human",
        "ms, explicit 'Auto-Submitted: no' (RFC 3834: not automatic), no Precedence",
        s,
        message(
            reply_headers(
                person("Hafiz Ismail", "hafiz@ismail-motor.test"),
                "Re: Acme x Hafiz",
                s,
                "hi.0322@ismail-motor.test",
                "deal-3216",
                [("Auto-Submitted", "no")],
            ),
            text_part(
                """
Salam,

Baik, saya setuju. Sila hantar brief penuh dan saya akan mula minggu depan.

Hafiz
""",
            ),
        ),
        "MY",
    )

    s = when("2027-06-17 07:30", 3)
    add(
        "human_sw_short",
        "human",
        "sw, short reply",
        s,
        message(
            reply_headers(
                person("Baraka Otieno", "baraka@otieno-tech.test"),
                "Re: Ushirikiano na Acme",
                s,
                "bo.0617@otieno-tech.test",
                "deal-3217",
            ),
            text_part("Asante sana! Nitatuma rasimu ya kwanza kesho asubuhi.\n\nBaraka\n"),
        ),
        "KE",
    )

    s = when("2027-11-08 11:11", 5.5)
    add(
        "human_hi_back_from_leave_outlook_android",
        "human",
        "hi, base64, 'मैं छुट्टी से वापस आ गया हूँ' (back from leave), 'Get Outlook for Android'",
        s,
        message(
            reply_headers(
                person("राहुल वर्मा", "rahul@verma-tech.test"),
                "RE: Acme x Rahul",
                s,
                "PN3PR01MB7781@verma-tech.test",
                "deal-3218",
            ),
            text_part(
                """
नमस्ते,

मैं छुट्टी से वापस आ गया हूँ। वीडियो का ड्राफ्ट कल भेज दूँगा।

राहुल

Get Outlook for Android
""",
                "utf-8",
                "base64",
            ),
        ),
        "IN",
    )

    s = when("2027-04-12 12:00", 3.5)
    add(
        "human_fa_reply_qp",
        "human",
        "fa, QP, agrees and names Thursday",
        s,
        message(
            reply_headers(
                person("علی کریمی", "ali@karimi-games.test"),
                "Re: Acme collaboration",
                s,
                "ak.0412@karimi-games.test",
                "deal-3219",
            ),
            text_part(
                """
سلام،

ممنون از پیشنهادتون. پیش‌نویس رو تا پنجشنبه می‌فرستم.

علی
""",
                "utf-8",
                "quoted-printable",
            ),
        ),
        "IR",
    )

    s = when("2027-10-11 14:50", 2)
    add(
        "human_pl_was_out_of_office",
        "human",
        "pl, ISO-8859-2 8bit, 'byłem poza biurem' (I was out of office), agrees to a date",
        s,
        message(
            reply_headers(
                person("Piotr Nowak", "piotr@nowak-rower.test"),
                "Re: Acme x Piotr - propozycja",
                s,
                "pn.1011@nowak-rower.test",
                "deal-3220",
            ),
            text_part(
                """
Dzień dobry,

przepraszam za zwłokę, byłem poza biurem. Termin 20 października mi pasuje.

Piotr
""",
                "iso-8859-2",
                "8bit",
            ),
        ),
        "PL",
    )

    s = when("2027-12-27 09:05", 2)
    add(
        "human_uk_quotes_own_autoreply",
        "human",
        "uk, under 'Re: Автовідповідь:' quoting her own out-of-office, back early",
        s,
        message(
            reply_headers(
                person("Оксана Мельник", "oksana@melnyk-art.test"),
                ew("Re: Автовідповідь: Re: Acme x Оксана"),
                s,
                "om.reply.1227@melnyk-art.test",
                "deal-3105",
            ),
            text_part(
                """
Вибачте за автовідповідь — я повернулася раніше. Щодо пропозиції: так,
беру участь, чекаю на бриф.

Оксана

27.12.2027, Оксана Мельник пише:
> Доброго дня!
> Дякую за лист. До 5 січня 2028 року я у відпустці,
> відповім одразу після повернення.
""",
                "utf-8",
                "quoted-printable",
            ),
        ),
        "UA",
    )

    s = when("2027-05-27 16:16", 2)
    add(
        "human_fr_html_only_outlookcom",
        "human",
        "fr, Outlook.com HTML only, link to draft",
        s,
        message(
            reply_headers(
                person("Léa Martin", "lea.martin@martin-deco.test", "utf-8", "Q"),
                "RE: Partenariat Acme",
                s,
                "AM9P193MB1620@martin-deco.test",
                "deal-3222",
                [("X-MS-Has-Attach", ""), ("Content-Language", "fr-FR")],
            ),
            text_part(
                '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '</head><body><div style="font-family: Calibri">Bonjour,<br>Merci pour votre '
                "patience"
                ' ! Voici le lien vers le brouillon : <a href="https://martin-deco.test/b/acme">'
                "https://martin-deco.test/b/acme</a><br><br>Léa</div></body></html>",
                "utf-8",
                "quoted-printable",
                "html",
            ),
        ),
        "FR",
    )

    s = when("2027-09-21 13:40", -6)
    add(
        "human_es_no_date_leading_blank_lines",
        "human",
        "es-MX, no Date header, body starts with empty lines",
        s,
        message(
            reply_headers(
                person("Diego Hernández", "diego@hernandez-gamer.test", "iso-8859-1", "Q"),
                "Re: Colaboración con Acme",
                s,
                "dh.0921@hernandez-gamer.test",
                "deal-3223",
                with_date=False,
            ),
            text_part(
                "\n\n\nPerfecto, nos vemos el martes en la llamada.\n\nDiego\n",
                "utf-8",
                "8bit",
            ),
        ),
        "MX",
    )

    s = when("2027-06-22 20:05", 2)
    add(
        "human_hr_raw_8bit_from_subject",
        "human",
        "hr, raw 8-bit UTF-8 in From and Subject (no encoded words)",
        s,
        message(
            reply_headers(
                "Željka Horvat <zeljka@horvat-putuje.test>",
                "Re: Suradnja – rok za objavu",
                s,
                "zh.0622@horvat-putuje.test",
                "deal-3224",
            ),
            text_part(
                "Pozdrav,\n\nrok mi odgovara. Šaljem skicu do petka.\n\nŽeljka\n",
                "utf-8",
                "8bit",
            ),
        ),
        "HR",
    )

    s = when("2028-01-03 09:30", 13)
    add(
        "human_en_happy_new_year",
        "human",
        "en-NZ, first line 'Happy New Year! Back at my desk today', final cut link",
        s,
        message(
            reply_headers(
                person("Aroha Ngata", "aroha@ngata-outdoors.test"),
                "Re: Acme x Aroha - final cut",
                s,
                "an.0103@ngata-outdoors.test",
                "deal-3225",
            ),
            text_part(
                """
Happy New Year! Back at my desk today and catching up - here's the final
cut: https://ngata-outdoors.test/v/acme-final

Cheers,
Aroha
""",
            ),
        ),
        "NZ",
    )

    s = when("2027-06-24 10:00", 2)
    add(
        "human_sv_future_leave",
        "human",
        "sv, announces a future leave 'ledig 3–14 juli' while answering",
        s,
        message(
            reply_headers(
                person("Astrid Lindqvist", "astrid@lindqvist-bak.test"),
                "Re: Samarbete med Acme",
                s,
                "al.0624@lindqvist-bak.test",
                "deal-3226",
                [("User-Agent", "Mozilla Thunderbird")],
            ),
            text_part(
                """
Hej!

Tack! Jag är ledig 3–14 juli, så jag skickar utkastet redan i morgon.

Hälsningar
Astrid
""",
                "utf-8",
                "quoted-printable",
            ),
        ),
        "SE",
    )

    s = when("2027-11-15 09:25", 8)
    add(
        "human_zh_tw_business_trip_big5",
        "human",
        "zh-TW, Big5 8bit, '上週出差，現在才回覆您' (was on a business trip)",
        s,
        message(
            reply_headers(
                person("林志豪", "zhihao@lin-camera.test", "big5"),
                ew("回覆: Acme 合作提案", "big5"),
                s,
                "lzh.1115@lin-camera.test",
                "deal-3227",
            ),
            text_part(
                "您好：\n\n不好意思，上週出差，現在才回覆您。合作內容沒問題，下週寄出初稿。\n\n林志豪\n",
                "big5",
                "8bit",
            ),
        ),
        "TW",
    )

    s = when("2027-08-04 17:20", 3)
    add(
        "human_lv_short_yes",
        "human",
        "lv, short 'Jā, der!'",
        s,
        message(
            reply_headers(
                person("Laura Bērziņa", "laura@berzina-foto.test"),
                "Re: Sadarbība ar Acme",
                s,
                "lb.0804@berzina-foto.test",
                "deal-3228",
            ),
            text_part("Jā, der! Līgumu parakstīšu rīt.\n\nLaura\n", "utf-8", "quoted-printable"),
        ),
        "LV",
    )


# --- Bounces ---------------------------------------------------------------------------------


def original_headers(to: str, subject: str, deal: str, sent: datetime) -> str:
    return f"""
From: Acme Partnerships <team@acme.example>
To: {to}
Subject: {subject}
Date: {date(sent)}
Message-ID: <{deal}@acme.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
"""


def report(boundary: str, human: Part, status: str, headers: str, rfc822: bool = False) -> Part:
    """An RFC 3464 report: human-readable part, delivery-status, then the returned headers."""
    returned = (
        raw_part("message/rfc822", headers + "\nHello, following up on our proposal.\n", "")
        if rfc822
        else raw_part("text/rfc822-headers", headers, "")
    )
    return multipart(
        "report",
        boundary,
        [human, raw_part("message/delivery-status", status, ""), returned],
        " report-type=delivery-status;",
    )


def mta_headers(
    sender: str, subject: str, sent: datetime, mid: str, extra: list[Header]
) -> list[Header]:
    return [
        ("Return-Path", "<>"),
        ("Date", date(sent)),
        ("From", sender),
        ("To", TEAM),
        ("Subject", subject),
        ("Message-ID", f"<{mid}>"),
        *extra,
    ]


def bounces() -> None:
    s = when("2027-06-07 10:02", 2)
    sent = s - timedelta(minutes=1)
    add(
        "bounce_postfix_dsn_user_unknown",
        "bounce",
        "Postfix RFC 3464, 5.1.1 user unknown, addr=maria@oldmail-hub.test, hard",
        s,
        message(
            mta_headers(
                "MAILER-DAEMON@mx1.acme.example (Mail Delivery System)",
                "Undelivered Mail Returned to Sender",
                s,
                "20270607080211.3C1D8E0041@mx1.acme.example",
                [("Auto-Submitted", "auto-replied")],
            ),
            report(
                "3C1D8E0041.1812268931/mx1.acme.example",
                raw_part(
                    "text/plain; charset=us-ascii",
                    """
This is the mail system at host mx1.acme.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<maria@oldmail-hub.test>: host mx.oldmail-hub.test[198.51.100.12] said: 550
    5.1.1 <maria@oldmail-hub.test>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""",
                    "",
                    [("Content-Description", "Notification")],
                ),
                """
Reporting-MTA: dns; mx1.acme.example
X-Postfix-Queue-ID: 3C1D8E0041
X-Postfix-Sender: rfc822; team@acme.example
Arrival-Date: Mon,  7 Jun 2027 10:01:09 +0200 (CEST)

Final-Recipient: rfc822; maria@oldmail-hub.test
Original-Recipient: rfc822;maria@oldmail-hub.test
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.oldmail-hub.test
Diagnostic-Code: smtp; 550 5.1.1 <maria@oldmail-hub.test>: Recipient address
    rejected: User unknown in virtual mailbox table
""",
                original_headers("maria@oldmail-hub.test", "Acme x Maria", "deal-3301", sent),
            ),
        ),
        "",
    )

    s = when("2027-07-12 15:20", 1)
    add(
        "bounce_exim_plain_failed",
        "bounce",
        "Exim-like plain notice (not RFC 3464), X-Failed-Recipients, addr=hello@quietbrook.test, "
        "hard",
        s,
        message(
            mta_headers(
                "Mail Delivery System <Mailer-Daemon@smtp.hostnest.test>",
                "Mail delivery failed: returning message to sender",
                s,
                "E1q7Zk2-0004Rt-9L@smtp.hostnest.test",
                [
                    ("X-Failed-Recipients", "hello@quietbrook.test"),
                    ("Auto-Submitted", "auto-replied"),
                ],
            ),
            text_part(
                """
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  hello@quietbrook.test
    host mx.quietbrook.test [203.0.113.9]
    SMTP error from remote mail server after RCPT TO:<hello@quietbrook.test>:
    550 No such mailbox here

------ This is a copy of the message, including all the headers. ------

From: Acme Partnerships <team@acme.example>
To: hello@quietbrook.test
Subject: Acme x Quietbrook
Message-ID: <deal-3302@acme.example>

Hello, following up on our proposal.
""",
                "us-ascii",
                "7bit",
            ),
        ),
        "",
    )

    s = when("2027-09-14 08:31", 0)
    sent = s - timedelta(minutes=2)
    status = """
Reporting-MTA: dns;AM7P190MB0712.mail.corp-exchange.test
Received-From-MTA: dns;relay.acme.example
Arrival-Date: Tue, 14 Sep 2027 08:29:02 +0000

Final-Recipient: rfc822;kim@studio-north.test
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
 found by SMTP address lookup

Final-Recipient: rfc822;lee@studio-north.test
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
 found by SMTP address lookup
"""
    readable = multipart(
        "alternative",
        "_001_AM7P190MB0712_",
        [
            text_part(
                """
Your message to kim@studio-north.test, lee@studio-north.test couldn't be
delivered.

The addresses weren't found at studio-north.test. Check that each address
is spelled correctly and try again.

Diagnostic information for administrators:
Generating server: AM7P190MB0712.mail.corp-exchange.test
kim@studio-north.test
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'
lee@studio-north.test
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'
""",
                "us-ascii",
                "quoted-printable",
            ),
            text_part(
                "<html><body><p><b>Your message couldn't be delivered</b> to kim@studio-north.test,"
                " lee@studio-north.test.</p><p>The addresses weren't found at studio-north.test."
                "</p></body></html>",
                "us-ascii",
                "quoted-printable",
                "html",
            ),
        ],
    )
    add(
        "bounce_exchange_two_recipients",
        "bounce",
        "Exchange-like RFC 3464, two recipients 5.1.10, "
        "addr=kim@studio-north.test,lee@studio-north.test, hard",
        s,
        message(
            [
                ("From", "Microsoft Outlook <postmaster@corp-exchange.test>"),
                ("To", TEAM),
                ("Date", date(s)),
                ("Content-Language", "en-US"),
                ("Message-ID", "<3e1f0c4a-6b2d-4a88-9c17-77f0d2e4b5a1@corp-exchange.test>"),
                ("In-Reply-To", "<deal-3303@acme.example>"),
                ("Subject", "Undeliverable: Acme x Studio North"),
                ("Auto-Submitted", "auto-replied"),
                ("X-MS-Exchange-Message-Is-Ndr", ""),
            ],
            multipart(
                "report",
                "_002_AM7P190MB0712_",
                [
                    readable,
                    raw_part("message/delivery-status", status, ""),
                    raw_part(
                        "message/rfc822",
                        original_headers(
                            "kim@studio-north.test, lee@studio-north.test",
                            "Acme x Studio North",
                            "deal-3303",
                            sent,
                        )
                        + "\nHello both, following up on our proposal.\n",
                        "",
                    ),
                ],
                " report-type=delivery-status;",
            ),
        ),
        "",
    )

    s = when("2027-10-05 03:14", -5)
    add(
        "bounce_iis_smtp_multi",
        "bounce",
        "IIS SMTP-like RFC 3464, two recipients, "
        "addr=rosa@vieja-escuela.test,info@vieja-escuela.test, hard",
        s,
        message(
            mta_headers(
                "postmaster@legacy-iis.test",
                "Delivery Status Notification (Failure)",
                s,
                "Ae7XkLpQw00001a2b@legacy-iis.test",
                [],
            ),
            report(
                "9B095B5ADSN=_01DA1F07C1E2D5F000000002legacy-iis",
                raw_part(
                    "text/plain; charset=unicode-1-1-utf-7",
                    """
This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed.

       rosa@vieja-escuela.test
       info@vieja-escuela.test
""",
                    "",
                ),
                """
Reporting-MTA: dns;legacy-iis.test
Received-From-MTA: dns;relay.acme.example
Arrival-Date: Tue, 5 Oct 2027 03:13:40 -0500

Final-Recipient: rfc822;rosa@vieja-escuela.test
Action: failed
Status: 5.0.0

Final-Recipient: rfc822;info@vieja-escuela.test
Action: failed
Status: 5.0.0
""",
                original_headers(
                    "rosa@vieja-escuela.test, info@vieja-escuela.test",
                    "Acme x Vieja Escuela",
                    "deal-3304",
                    s - timedelta(minutes=1),
                ),
            ),
        ),
        "",
    )

    s = when("2027-11-03 14:00", 1)
    add(
        "bounce_postfix_delay_dsn",
        "bounce",
        "Postfix RFC 3464 delay warning (Action: delayed, 4.4.1), addr=tom@slowlane-media.test, "
        "soft",
        s,
        message(
            mta_headers(
                "MAILER-DAEMON@mx1.acme.example (Mail Delivery System)",
                "Delayed Mail (still being retried)",
                s,
                "20271103130000.8AB21E00F3@mx1.acme.example",
                [("Auto-Submitted", "auto-replied")],
            ),
            report(
                "8AB21E00F3.1825250400/mx1.acme.example",
                raw_part(
                    "text/plain; charset=us-ascii",
                    """
This is the mail system at host mx1.acme.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<tom@slowlane-media.test>: connect to mx.slowlane-media.test[192.0.2.80]:25:
    Connection timed out
""",
                    "",
                    [("Content-Description", "Notification")],
                ),
                """
Reporting-MTA: dns; mx1.acme.example
X-Postfix-Queue-ID: 8AB21E00F3
Arrival-Date: Wed,  3 Nov 2027 09:58:12 +0100 (CET)

Final-Recipient: rfc822; tom@slowlane-media.test
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.slowlane-media.test[192.0.2.80]:25:
    Connection timed out
Will-Retry-Until: Mon,  8 Nov 2027 09:58:12 +0100 (CET)
""",
                original_headers(
                    "tom@slowlane-media.test", "Acme x Tom", "deal-3305", s - timedelta(hours=4)
                ),
            ),
        ),
        "",
    )

    s = when("2027-08-18 22:45", 2)
    add(
        "bounce_delay_plain_notice",
        "bounce",
        "plain delay notice (not RFC 3464), still retrying, addr=nina@bergtal-verlag.test, soft",
        s,
        message(
            mta_headers(
                "Mail Delivery Subsystem <mailer-daemon@relay.postkantoor.test>",
                "Delivery Status Notification (Delay)",
                s,
                "delay.5f2e9a@relay.postkantoor.test",
                [],
            ),
            text_part(
                """
** Delivery delayed **

Your message to nina@bergtal-verlag.test has not been delivered yet.
The receiving server did not answer. We will keep trying for 3 more days
and let you know if delivery fails for good. You do not need to resend it.

The response was:
421 4.7.0 Try again later, closing connection.

----- Original message -----
Subject: Acme x Bergtal Verlag
Message-ID: <deal-3306@acme.example>
""",
            ),
        ),
        "",
    )

    s = when("2027-07-12 08:40", 9)
    add(
        "bounce_ja_carrier_post_master",
        "bounce",
        "ja carrier notice from post_master, ISO-2022-JP subject and body, addr in text only, "
        "addr=yui.0712@mb.sakura-denwa.test, hard",
        s,
        message(
            mta_headers(
                "post_master@mb.sakura-denwa.test",
                ew("【配信不能】宛先不明のため配信できませんでした", "iso-2022-jp"),
                s,
                "20270712084000.post_master.551@mb.sakura-denwa.test",
                [],
            ),
            text_part(
                """
お客様が送信されたメールは、以下の宛先に配信できませんでした。

宛先：yui.0712@mb.sakura-denwa.test
理由：宛先のメールアドレスが存在しません。

アドレスをご確認のうえ、再度送信してください。

----- 元のメッセージ -----
件名：Acme collaboration
送信日時：2027/07/12 08:39
""",
                "iso-2022-jp",
                "7bit",
            ),
        ),
        "",
    )

    s = when("2027-05-10 16:05", 8)
    add(
        "bounce_zh_system_returned_gb18030",
        "bounce",
        "zh '系统退信' from PostMaster, GB18030 base64, addr in text only, "
        "addr=zhangwei@pengyou-mail.test, hard",
        s,
        message(
            mta_headers(
                "PostMaster@mx.pengyou-mail.test",
                ew("系统退信: Acme 合作邀请", "gb18030"),
                s,
                "bounce.20270510160500@mx.pengyou-mail.test",
                [],
            ),
            text_part(
                """
很抱歉，您发送的邮件未能送达以下收件人：

    zhangwei@pengyou-mail.test

原因：收件人邮箱不存在（550 Mailbox not found）。
请核对收件人地址后重新发送。

此邮件由系统自动发出，请勿直接回复。
""",
                "gb18030",
                "base64",
            ),
        ),
        "",
    )

    s = when("2027-06-30 13:25", 3)
    add(
        "bounce_ru_mailbox_full_cp1251",
        "bounce",
        "ru plain notice, windows-1251 base64, mailbox full (452 4.2.2), "
        "addr=ivan@pochtovik.test, soft",
        s,
        message(
            mta_headers(
                person("Почтовая система", "mailer-daemon@mx.pochtovik.test", "windows-1251"),
                ew("Недоставленное сообщение", "windows-1251"),
                s,
                "md.20270630.4422@mx.pochtovik.test",
                [],
            ),
            text_part(
                """
Ваше сообщение пока не доставлено получателю ivan@pochtovik.test:
почтовый ящик получателя переполнен (452 4.2.2 Mailbox full).

Мы повторим попытку доставки позже. Отправлять письмо повторно не нужно.

Тема исходного письма: Acme: предложение о сотрудничестве
""",
                "windows-1251",
                "base64",
            ),
        ),
        "",
    )

    s = when("2027-04-14 06:12", -7)
    add(
        "bounce_sendmail_mailer_underscore_daemon",
        "bounce",
        "sendmail-like RFC 3464 from MAILER_DAEMON, transcript, addr=lucas@tidepool-surf.test, "
        "hard",
        s,
        message(
            mta_headers(
                "Mail Delivery Subsystem <MAILER_DAEMON@gw.oldhost.test>",
                "Returned mail: see transcript for details",
                s,
                "202704141312.3EDCvq91004412@gw.oldhost.test",
                [("Auto-Submitted", "auto-generated (failure)")],
            ),
            report(
                "3EDCvq91004412.1807614720/gw.oldhost.test",
                raw_part(
                    "text/plain; charset=us-ascii",
                    """
The original message was received at Wed, 14 Apr 2027 06:11:58 -0700
from relay.acme.example [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<lucas@tidepool-surf.test>
    (reason: 550 5.1.1 Mailbox does not exist)

   ----- Transcript of session follows -----
... while talking to mx.tidepool-surf.test.:
>>> RCPT To:<lucas@tidepool-surf.test>
<<< 550 5.1.1 Mailbox does not exist
550 5.1.1 <lucas@tidepool-surf.test>... User unknown
""",
                    "",
                ),
                """
Reporting-MTA: dns; gw.oldhost.test
Received-From-MTA: DNS; relay.acme.example
Arrival-Date: Wed, 14 Apr 2027 06:11:58 -0700

Final-Recipient: RFC822; lucas@tidepool-surf.test
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mx.tidepool-surf.test
Diagnostic-Code: SMTP; 550 5.1.1 Mailbox does not exist
Last-Attempt-Date: Wed, 14 Apr 2027 06:12:03 -0700
""",
                original_headers("lucas@tidepool-surf.test", "Acme x Lucas", "deal-3310", s),
                rfc822=True,
            ),
        ),
        "",
    )

    s = when("2027-09-28 11:50", 9)
    add(
        "bounce_ko_mailerdaemon_euckr",
        "bounce",
        "ko plain notice from MailerDaemon, EUC-KR QP, addr in text only, "
        "addr=minjun@hanbit-net.test, hard",
        s,
        message(
            mta_headers(
                "MailerDaemon <MailerDaemon@mail.hanbit-net.test>",
                ew("[메일 발송 실패] 메일이 반송되었습니다", "euc-kr"),
                s,
                "fail.0928.1150@mail.hanbit-net.test",
                [],
            ),
            text_part(
                """
보내신 메일이 아래 주소로 전달되지 못하고 반송되었습니다.

받는 사람: minjun@hanbit-net.test
사유: 받는 사람의 메일 주소가 존재하지 않습니다. (550 User unknown)

원본 메일 제목: Acme 협업 제안
""",
                "euc-kr",
                "quoted-printable",
            ),
        ),
        "",
    )

    s = when("2027-10-19 09:03", 0)
    add(
        "bounce_list_not_subscriber",
        "bounce",
        "list server rejects a non-subscriber (Sympa-like), "
        "addr=creators@lists.creatorguild.test, hard",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", "Creator Guild list robot <sympa@lists.creatorguild.test>"),
                ("To", TEAM),
                ("Subject", "Message distribution: authorization denied"),
                ("Message-ID", "<deny.1019.77@lists.creatorguild.test>"),
                ("Auto-Submitted", "auto-replied"),
                ("X-Loop", "creators@lists.creatorguild.test"),
            ],
            text_part(
                """
Your message to the list creators@lists.creatorguild.test was not
distributed: only subscribers may send messages to this list, and
team@acme.example is not a subscriber.

If you believe this is a mistake, contact the list owners at
creators-owner@lists.creatorguild.test.

Subject of your message: Acme x Creator Guild: summer campaign
""",
            ),
        ),
        "",
    )

    s = when("2027-08-25 15:35", -3)
    add(
        "bounce_group_no_permission_pt",
        "bounce",
        "pt-BR group service refuses a non-member, QP, "
        "addr=parceiros@grupos.cooperativa-cria.test, hard",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", person("Grupos Cooperativa Cria", "grupos-noreply@cooperativa-cria.test")),
                ("To", TEAM),
                ("Subject", ew("Mensagem não entregue: Parceria Acme", "utf-8", "Q")),
                ("Message-ID", "<rej.0825.3355@grupos.cooperativa-cria.test>"),
            ],
            text_part(
                """
Sua mensagem para parceiros@grupos.cooperativa-cria.test não foi entregue.

Você não tem permissão para postar neste grupo: apenas membros podem enviar
mensagens. Peça a um administrador do grupo para adicionar team@acme.example.
""",
                "utf-8",
                "quoted-printable",
            ),
        ),
        "",
    )

    s = when("2027-12-13 12:12", -8)
    sent = s - timedelta(seconds=30)
    add(
        "bounce_webmail_dsn_address_not_found",
        "bounce",
        "big-webmail-like RFC 3464 'Address not found', 5.1.1, addr=sam.r@pinecone-mail.test, hard",
        s,
        message(
            mta_headers(
                "Mail Delivery Subsystem <mailer-daemon@pinecone-mail.test>",
                "Delivery Status Notification (Failure)",
                s,
                "6773a1b2.5d0a1c2e@mx.pinecone-mail.test",
                [
                    ("Auto-Submitted", "auto-replied"),
                    ("X-Failed-Recipients", "sam.r@pinecone-mail.test"),
                ],
            ),
            report(
                "000000000000e1f2a3b4c5d6e7f8",
                multipart(
                    "related",
                    "000000000000e1f2a3b4c5d6e7f9",
                    [
                        text_part(
                            """
** Address not found **

Your message wasn't delivered to sam.r@pinecone-mail.test because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""",
                        )
                    ],
                ),
                """
Reporting-MTA: dns; pinecone-mail.test
Received-From-MTA: dns; relay.acme.example
Arrival-Date: Mon, 13 Dec 2027 12:11:40 -0800 (PST)

Final-Recipient: rfc822; sam.r@pinecone-mail.test
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
 not exist.
Last-Attempt-Date: Mon, 13 Dec 2027 12:12:02 -0800 (PST)
""",
                original_headers("sam.r@pinecone-mail.test", "Acme x Sam", "deal-3314", sent),
            ),
        ),
        "",
    )


# --- Challenge/response ----------------------------------------------------------------------


def challenges() -> None:
    s = when("2027-06-15 10:00", -7)
    add(
        "challenge_service_en_gatekeep",
        "challenge",
        "en, service writes on the creator's behalf, verify link, Auto-Submitted",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", "GateKeep Verification <verify@gatekeep.test>"),
                ("Reply-To", "verify+8f3k2q@gatekeep.test"),
                ("To", TEAM),
                ("Subject", "Please verify your email so it reaches Maya Chen"),
                ("Message-ID", "<v-8f3k2q.1@gatekeep.test>"),
                ("In-Reply-To", "<deal-3401@acme.example>"),
                ("Auto-Submitted", "auto-replied"),
            ],
            text_part(
                """
Hi,

Maya Chen uses GateKeep to keep her inbox free of unwanted mail. Your
message "Acme x Maya - summer campaign" is being held until you confirm
that you are a real person:

    https://gatekeep.test/v/8f3k2q

This is a one-time check. Once you are verified, your future messages
to maya@mayachen-art.test will be delivered straight away.

- GateKeep, on behalf of maya@mayachen-art.test
""",
            ),
        ),
        "",
    )

    s = when("2027-07-21 13:44", 1)
    add(
        "challenge_own_address_en_noheader",
        "challenge",
        "en-GB, from the creator's own address, no automatic header, reply-to-confirm",
        s,
        message(
            reply_headers(
                person("Sam Okafor", "sam@samokafor-travel.test"),
                "Re: Acme x Sam [sender verification required]",
                s,
                "verify.0721.a77@samokafor-travel.test",
                "deal-3402",
            ),
            text_part(
                """
Hello,

I get a lot of spam, so my mailbox asks first-time senders to confirm
once that they are human. Please reply to this message without changing
the subject, or open the link below, and your email will be delivered:

https://samokafor-travel.test/confirm?t=Q2F7mZ0

Thank you for understanding.
""",
            ),
        ),
        "GB",
    )

    s = when("2027-09-09 08:15", 2)
    plain = """
Guten Tag,

Ihre Nachricht an felix@krause-garten.test wurde zurückgehalten.
Bitte bestätigen Sie einmalig, dass Sie ein Mensch sind:

https://postschild.test/bestaetigen/7Hq2

Danach wird Ihre Nachricht zugestellt.

PostSchild – Spamschutz für felix@krause-garten.test
"""
    html = (
        "<html><body><p>Guten Tag,</p><p>Ihre Nachricht an felix@krause-garten.test wurde"
        " zur&uuml;ckgehalten. Bitte best&auml;tigen Sie einmalig, dass Sie ein Mensch sind:</p>"
        '<p><a href="https://postschild.test/bestaetigen/7Hq2">Jetzt best&auml;tigen</a></p>'
        "</body></html>"
    )
    add(
        "challenge_de_service_alternative",
        "challenge",
        "de, service on the creator's behalf, plain + HTML, confirm you are human",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", "PostSchild <noreply@postschild.test>"),
                ("To", TEAM),
                (
                    "Subject",
                    ew("Bitte bestätigen Sie Ihre Nachricht an Felix Krause", "utf-8", "Q"),
                ),
                ("Message-ID", "<ps.7Hq2@postschild.test>"),
                ("Precedence", "bulk"),
            ],
            multipart(
                "alternative",
                "=_ps_7Hq2",
                [
                    text_part(plain, "utf-8", "quoted-printable"),
                    text_part(html, "us-ascii", "7bit", "html"),
                ],
            ),
        ),
        "",
    )

    s = when("2027-10-06 11:00", 9)
    add(
        "challenge_ja_own_address_iso2022",
        "challenge",
        "ja, ISO-2022-JP, from the creator's own address, sender authentication URL",
        s,
        message(
            reply_headers(
                person("中村 彩", "aya@nakamura-kitchen.test", "iso-2022-jp"),
                ew("【送信者認証のお願い】Re: Acme コラボのご提案", "iso-2022-jp"),
                s,
                "ninsho.1006@nakamura-kitchen.test",
                "deal-3404",
            ),
            text_part(
                """
このメールは自動送信されています。

迷惑メール対策のため、初めてメールをくださる方には送信者認証を
お願いしております。お手数ですが、以下のURLにアクセスして認証を
完了してください。認証後、メールが配信されます。

https://nakamura-kitchen.test/ninsho?id=5521
""",
                "iso-2022-jp",
                "7bit",
            ),
        ),
        "JP",
    )

    s = when("2027-11-23 16:30", 3)
    add(
        "challenge_ru_service_reply_to_creator",
        "challenge",
        "ru, base64, service 'подтвердите, что вы не робот' on the creator's behalf, Reply-To the "
        "creator",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", person("Фильтр Почты", "robot@filtr-pochty.test")),
                ("Reply-To", "anna@volkova-beauty.test"),
                ("To", TEAM),
                ("Subject", ew("Подтвердите отправку письма для anna@volkova-beauty.test")),
                ("Message-ID", "<fp.1123.9@filtr-pochty.test>"),
            ],
            text_part(
                """
Здравствуйте!

Анна Волкова защищает свой ящик от спама. Чтобы ваше письмо
«Acme: предложение о сотрудничестве» было доставлено, подтвердите,
что вы не робот:

https://filtr-pochty.test/check/Zx81

Подтверждение нужно один раз.
""",
                "utf-8",
                "base64",
            ),
        ),
        "",
    )

    s = when("2027-05-04 09:20", -5)
    add(
        "challenge_es_own_auto_submitted",
        "challenge",
        "es-CO, from the creator's own address, Auto-Submitted, 'confirma que eres una persona'",
        s,
        message(
            reply_headers(
                person("Valentina Ríos", "vale@riosviajes.test", "utf-8", "Q"),
                "Re: Colaboración con Acme",
                s,
                "cr.0504@riosviajes.test",
                "deal-3406",
                [("Auto-Submitted", "auto-replied")],
            ),
            text_part(
                """
Hola,

Para que tu mensaje llegue a mi bandeja de entrada, confirma que eres una
persona respondiendo a este correo o entrando en el enlace:
https://riosviajes.test/verificar/k2P

Solo hace falta una vez. ¡Gracias!
""",
                "utf-8",
                "quoted-printable",
            ),
        ),
        "CO",
    )

    s = when("2027-03-30 14:10", 3)
    add(
        "challenge_tr_service_latin5",
        "challenge",
        "tr, ISO-8859-9 QP, service on the creator's behalf, 'bir insan olduğunuzu doğrulayın'",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", person("Kalkan Posta", "dogrulama@kalkan-posta.test")),
                ("To", TEAM),
                ("Subject", ew("Lütfen e-postanızı doğrulayın", "iso-8859-9", "Q")),
                ("Message-ID", "<kp.0330.41@kalkan-posta.test>"),
                ("In-Reply-To", "<deal-3407@acme.example>"),
            ],
            text_part(
                """
Merhaba,

burak@demir-oyun.test adresine gönderdiğiniz ileti beklemede. İletinin
teslim edilmesi için lütfen bir insan olduğunuzu doğrulayın:

https://kalkan-posta.test/d/Mq4

Kalkan Posta - istenmeyen e-posta koruması
""",
                "iso-8859-9",
                "quoted-printable",
            ),
        ),
        "",
    )


# --- Newsletters and notifications -----------------------------------------------------------


def lists() -> None:
    s = when("2027-06-10 07:00", 0)
    add(
        "list_newsletter_one_click",
        "list",
        "newsletter with List-Id, List-Unsubscribe + RFC 8058 List-Unsubscribe-Post, Precedence: "
        "bulk",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", "Creator Weekly <news@creatorweekly.test>"),
                ("To", TEAM),
                ("Subject", "This week: brand deals, rates and a new payout calendar"),
                ("Message-ID", "<cw.2027-24.team@creatorweekly.test>"),
                ("List-Id", "Creator Weekly <weekly.creatorweekly.test>"),
                (
                    "List-Unsubscribe",
                    "<https://creatorweekly.test/u/Aq9x>, "
                    "<mailto:unsub@creatorweekly.test?subject=Aq9x>",
                ),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("Precedence", "bulk"),
            ],
            multipart(
                "alternative",
                "cw-24-alt",
                [
                    text_part(
                        """
Creator Weekly - issue 24

1. What brands paid per video this quarter
2. A payout calendar for the summer

Unsubscribe: https://creatorweekly.test/u/Aq9x
""",
                    ),
                    text_part(
                        "<html><body><h1>Creator Weekly</h1><p>What brands paid per video this"
                        " quarter.</p><p><a "
                        'href="https://creatorweekly.test/u/Aq9x">Unsubscribe</a>'
                        "</p></body></html>",
                        "utf-8",
                        "quoted-printable",
                        "html",
                    ),
                ],
            ),
        ),
        "",
    )

    s = when("2027-11-26 15:00", -5)
    add(
        "list_esp_campaign_no_list_headers",
        "list",
        "campaign via a mass mailer: Feedback-ID, X-Campaign-ID, X-Mailer, unsubscribe link in "
        "body, no List-*",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", "Lumen Cameras <hello@lumen-cameras.test>"),
                ("To", TEAM),
                ("Subject", "Black Friday: 30% off every lens, today only"),
                ("Message-ID", "<cmp77.r1842.team@send.posthorn.test>"),
                ("X-Mailer", "PostHorn Mass Mailer 4.2"),
                ("X-Campaign-ID", "cmp77"),
                ("Feedback-ID", "cmp77:lumen:newsletter:posthorn"),
                ("X-Report-Abuse", "Please report abuse to abuse@posthorn.test"),
            ],
            text_part(
                "<html><body><h2>30% off every lens</h2><p>Today only, while stocks last.</p>"
                '<p style="font-size:11px">You receive this because you signed up at'
                ' lumen-cameras.test. <a href="https://send.posthorn.test/unsub/r1842">'
                "Unsubscribe</a> | Lumen Cameras, 1 Harbour Rd</p></body></html>",
                "utf-8",
                "quoted-printable",
                "html",
            ),
        ),
        "",
    )

    s = when("2027-08-16 06:00", 0)
    add(
        "list_forum_summary_auto_generated",
        "list",
        "forum activity summary, List-Id + List-Unsubscribe, Auto-Submitted: auto-generated",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", "MakerHub <noreply@forum.makerhub.test>"),
                ("To", TEAM),
                ("Subject", "[MakerHub] Summary since Monday"),
                ("Message-ID", "<summary.team.20270816@forum.makerhub.test>"),
                ("List-Id", "<summary.forum.makerhub.test>"),
                ("List-Unsubscribe", "<https://forum.makerhub.test/email/unsubscribe/f8a1>"),
                ("Auto-Submitted", "auto-generated"),
                ("X-Auto-Response-Suppress", "All"),
            ],
            text_part(
                """
Here is what happened on MakerHub since you last visited.

Popular topics
- Best budget microphone for voice-over (34 replies)
- Sponsorship rates in 2027 (21 replies)

To stop these summaries, visit https://forum.makerhub.test/my/preferences
""",
            ),
        ),
        "",
    )

    s = when("2027-05-19 18:42", 0)
    add(
        "list_video_platform_comment_notification",
        "list",
        "video-platform comment notification from a no-reply sender, no list headers",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", "ViewTube <no-reply@viewtube.test>"),
                ("To", TEAM),
                ("Subject", 'New comment on "Acme spring lookbook"'),
                ("Message-ID", "<vt.c.99120@viewtube.test>"),
            ],
            text_part(
                """
@hikingwithjo commented on your video "Acme spring lookbook":

"Love the colours in this one!"

Reply: https://viewtube.test/c/99120
You're receiving this because you own the channel Acme. Manage
notifications: https://viewtube.test/settings/notifications
""",
            ),
        ),
        "",
    )

    s = when("2027-07-01 12:00", 9)
    add(
        "list_ja_mail_magazine_iso2022",
        "list",
        "ja mail magazine, ISO-2022-JP, '配信停止はこちら', X-Mailer of a mass mailer, no List-*",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", person("キラリショップ", "info@kirari-shop.test", "iso-2022-jp")),
                ("To", TEAM),
                ("Subject", ew("【キラリ通信】夏の新作のお知らせ", "iso-2022-jp")),
                ("Message-ID", "<mag.0701.team@kirari-shop.test>"),
                ("X-Mailer", "MagaSend Pro 3.1"),
            ],
            text_part(
                """
キラリショップ メールマガジン 第128号

夏の新作アクセサリーが入荷しました。
詳しくはこちら：https://kirari-shop.test/new

――――――――――――――――
配信停止はこちら：https://kirari-shop.test/mag/stop
""",
                "iso-2022-jp",
                "7bit",
            ),
        ),
        "",
    )

    s = when("2027-11-09 10:00", 8)
    add(
        "list_zh_promo_gb18030_mailto_unsub",
        "list",
        "zh promotion, GB18030 base64, List-Unsubscribe mailto only, '退订' in body",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", person("金色商城", "noreply@jinse-mall.test", "gb18030")),
                ("To", TEAM),
                ("Subject", ew("双十一限时优惠，全场五折起", "gb18030")),
                ("Message-ID", "<edm.1109.team@jinse-mall.test>"),
                ("List-Unsubscribe", "<mailto:unsubscribe@jinse-mall.test>"),
            ],
            text_part(
                """
尊敬的用户：

双十一限时优惠已开启，全场五折起，活动截止到11月11日。

如不想继续收到此类邮件，请点击退订：https://jinse-mall.test/tuiding
""",
                "gb18030",
                "base64",
            ),
        ),
        "",
    )

    s = when("2027-10-18 09:00", 3)
    add(
        "list_ru_weekly_digest_cp1251",
        "list",
        "ru weekly digest, windows-1251 QP, Precedence: list, List-Unsubscribe mailto",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", person("Блогосфера", "digest@blogosfera.test", "windows-1251")),
                ("To", TEAM),
                ("Subject", ew("Дайджест за неделю: лучшие публикации", "windows-1251")),
                ("Message-ID", "<digest.42.team@blogosfera.test>"),
                ("Precedence", "list"),
                ("List-Unsubscribe", "<mailto:digest-off@blogosfera.test>"),
            ],
            text_part(
                """
Лучшие публикации недели на Блогосфере:

- Как договариваться о рекламе
- Пять ошибок в описании канала

Отписаться от рассылки: https://blogosfera.test/unsubscribe
""",
                "windows-1251",
                "quoted-printable",
            ),
        ),
        "",
    )

    s = when("2027-04-06 13:37", 0)
    add(
        "list_code_host_notification",
        "list",
        "code-hosting notification, List-Id + List-Archive + List-Unsubscribe, reply-by-mail "
        "Reply-To",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", "Forgebase <notifications@forgebase.test>"),
                ("Reply-To", "acme/site <reply+AB12CD@reply.forgebase.test>"),
                ("To", "acme/site <site@noreply.forgebase.test>"),
                ("Cc", TEAM),
                ("Subject", "Re: [acme/site] Fix the partner page layout (PR #42)"),
                ("Message-ID", "<acme/site/pull/42/c1881@forgebase.test>"),
                ("In-Reply-To", "<acme/site/pull/42@forgebase.test>"),
                ("List-Id", "acme/site <site.acme.forgebase.test>"),
                ("List-Archive", "https://forgebase.test/acme/site"),
                (
                    "List-Unsubscribe",
                    "<mailto:unsub+AB12CD@reply.forgebase.test>, "
                    "<https://forgebase.test/unsubscribe/AB12CD>",
                ),
                ("Precedence", "list"),
            ],
            text_part(
                """
@devon-r approved these changes.

Looks good to me, merging after CI.

--
Reply to this email directly or view it on Forgebase:
https://forgebase.test/acme/site/pull/42#c1881
""",
            ),
        ),
        "",
    )

    s = when("2027-09-01 08:00", 9)
    add(
        "list_ko_newsletter_euckr",
        "list",
        "ko newsletter, EUC-KR base64 HTML, '수신거부' link, mass-mailer X-Mailer, no List-*",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", person("크리에이터 소식", "news@creator-sosik.test", "euc-kr")),
                ("To", TEAM),
                ("Subject", ew("[크리에이터 소식] 9월 광고 단가 리포트", "euc-kr")),
                ("Message-ID", "<nl.0901.team@creator-sosik.test>"),
                ("X-Mailer", "DaeryangMail 5"),
            ],
            text_part(
                "<html><body><h2>9월 광고 단가 리포트</h2>"
                "<p>이번 달 채널별 평균 단가를 정리했습니다.</p>"
                '<p>더 이상 받고 싶지 않으시면 <a href="https://creator-sosik.test/unsub">수신거부</a>'
                "를 눌러 주세요.</p></body></html>",
                "euc-kr",
                "base64",
                "html",
            ),
        ),
        "",
    )

    s = when("2027-12-06 17:00", 1)
    add(
        "list_webinar_reminder_precedence_bulk",
        "list",
        "webinar reminder from an events platform, only Precedence: bulk",
        s,
        message(
            [
                ("Date", date(s)),
                ("From", "EventLoop <reminders@eventloop.test>"),
                ("To", TEAM),
                ("Subject", "Reminder: 'Pricing sponsored posts' starts tomorrow at 10:00 CET"),
                ("Message-ID", "<rem.88123.team@eventloop.test>"),
                ("Precedence", "bulk"),
            ],
            text_part(
                """
Hi Acme Partnerships,

"Pricing sponsored posts" starts tomorrow, 7 December 2027, at 10:00 CET.
Join here: https://eventloop.test/j/88123

You registered for this event on eventloop.test.
Email preferences: https://eventloop.test/prefs
""",
            ),
        ),
        "",
    )


def main() -> None:
    auto_replies()
    humans()
    bounces()
    challenges()
    lists()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for name, raw, _ in CORPUS:
        (HERE / name).write_bytes(raw)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for _, _, row in sorted(CORPUS, key=lambda item: item[0]):
            writer.writerow(row)
    print(f"wrote {len(CORPUS)} messages to {HERE}")


if __name__ == "__main__":
    main()
