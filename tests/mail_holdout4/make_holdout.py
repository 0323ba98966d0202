"""Write the fourth held-out mail corpus: `uv run python tests/mail_holdout4/make_holdout.py`.

Every `.eml` file and `labels.csv` come from this script, deterministically; change the script,
never a message by hand. Messages are composed as raw text so that header order, MIME boundaries,
charsets and transfer encodings look like what the named clients and mail systems send.
"""

import base64
import csv
import html
import quopri
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).parent
TEAM = "team@acme.example"
TEAM_FROM = "Acme Partnerships <team@acme.example>"
COLUMNS = ["file", "kind", "reason_hint", "return_date", "received_at", "sender_country"]

Header = tuple[str, str]
Entity = tuple[list[Header], bytes]
CORPUS: list[tuple[str, bytes, dict[str, str]]] = []


def at(text: str, hours: float) -> datetime:
    """A local wall-clock time (`2028-06-03 09:14`) at a fixed UTC offset."""
    offset = timezone(timedelta(minutes=round(hours * 60)))
    return datetime.fromisoformat(text).replace(tzinfo=offset)


def word(text: str, charset: str = "utf-8") -> str:
    """RFC 2047 B-encoded words, split so that no word runs past 75 characters."""
    if text.isascii():
        return text
    out, chunk = [], ""
    for char in text:
        trial = chunk + char
        if len(base64.b64encode(trial.encode(charset))) + len(charset) + 7 > 75:
            out.append(chunk)
            chunk = char
        else:
            chunk = trial
    out.append(chunk)
    return "\r\n ".join(
        f"=?{charset}?B?{base64.b64encode(c.encode(charset)).decode()}?=" for c in out
    )


def who(name: str, address: str, charset: str = "utf-8") -> str:
    if name.isascii():
        return f'"{name}" <{address}>' if any(c in name for c in ",.()@") else f"{name} <{address}>"
    return f"{word(name, charset)} <{address}>"


def body(text: str, charset: str, cte: str) -> bytes:
    text = text.strip("\n") + "\n"
    raw = text.replace("\n", "\r\n").encode(charset)
    if cte == "7bit":
        assert raw.isascii(), text[:40]
        return raw
    if cte == "8bit":
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(charset)).replace(b"\n", b"\r\n")
    if cte == "base64":
        return base64.encodebytes(raw).replace(b"\n", b"\r\n")
    raise ValueError(cte)


def text(
    content: str,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    sub: str = "plain",
    p: str = "",
) -> Entity:
    return (
        [("Content-Type", f"text/{sub}; charset={charset}{p}"), ("Content-Transfer-Encoding", cte)],
        body(content, charset, cte),
    )


def raw(ctype: str, content: str, extra: list[Header] | None = None) -> Entity:
    data = content.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n"
    return [("Content-Type", ctype), *(extra or [])], data


def as_html(content: str) -> str:
    paras = content.strip("\n").split("\n\n")
    inner = "".join(
        "<div>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</div><div><br></div>"
        for p in paras
    )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; '
        f'charset=utf-8"></head><body>{inner}</body></html>'
    )


def alt(
    content: str, boundary: str, charset: str = "utf-8", cte: str = "quoted-printable"
) -> Entity:
    return multi(
        "alternative",
        boundary,
        [text(content, charset, cte), text(as_html(content), charset, cte, "html")],
    )


def multi(
    sub: str, boundary: str, parts: list[Entity], params: str = "", preamble: bool = False
) -> Entity:
    chunks = [b"This is a multi-part message in MIME format.\r\n"] if preamble else []
    for headers, data in parts:
        chunks.append(f"\r\n--{boundary}\r\n".encode())
        chunks.append(b"".join(f"{k}: {v}\r\n".encode() for k, v in headers))
        chunks.append(b"\r\n" + data)
    chunks.append(f"\r\n--{boundary}--\r\n".encode())
    return [("Content-Type", f'multipart/{sub};{params} boundary="{boundary}"')], b"".join(chunks)


def compose(headers: list[Header], entity: Entity, mime: bool = True) -> bytes:
    lines = headers + ([("MIME-Version", "1.0")] if mime else []) + entity[0]
    return b"".join(f"{k}: {v}\r\n".encode() for k, v in lines) + b"\r\n" + entity[1]


def add(
    file: str, kind: str, hint: str, sent: datetime, data: bytes, country: str = "", back: str = ""
) -> None:
    received = sent + timedelta(seconds=41)
    row = {
        "file": f"{file}.eml",
        "kind": kind,
        "reason_hint": hint,
        "return_date": back,
        "received_at": received.isoformat(),
        "sender_country": country,
    }
    CORPUS.append((row["file"], data, row))


def quoted(lines: str) -> str:
    return "\n".join(("> " + line).rstrip() for line in lines.strip("\n").split("\n"))


OUTREACH = """Hi {first},

We love your recent work and would like to propose a paid collaboration
for our autumn launch. Could you let us know your rate and availability?

Best,
Acme Partnerships"""


def reply(
    file: str,
    kind: str,
    hint: str,
    sent: datetime,
    name: str,
    address: str,
    subject: str,
    entity: Entity,
    country: str,
    back: str = "",
    extra: list[Header] | None = None,
    charset: str = "utf-8",
    deal: str = "",
) -> None:
    """A message answering the team's outreach, with the headers most clients write."""
    domain = address.split("@")[1]
    stamp = sent.strftime("%Y%m%d%H%M%S")
    deal = deal or f"deal-{4000 + len(CORPUS)}"
    headers: list[Header] = [
        ("Date", format_datetime(sent)),
        ("From", who(name, address, charset)),
        ("To", TEAM_FROM),
        ("Subject", word(subject, charset)),
        ("Message-ID", f"<{stamp}.{len(CORPUS) + 311}@{domain}>"),
        ("In-Reply-To", f"<{deal}@acme.example>"),
        ("References", f"<{deal}@acme.example>"),
        *(extra or []),
    ]
    add(file, kind, hint, sent, compose(headers, entity), country, back)


def service(
    file: str,
    kind: str,
    hint: str,
    sent: datetime,
    sender: str,
    subject: str,
    entity: Entity,
    extra: list[Header] | None = None,
    country: str = "",
    charset: str = "utf-8",
) -> None:
    """A message a mail system or a platform writes itself."""
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    headers: list[Header] = [("Return-Path", "<>")] if kind == "bounce" else []
    headers += [
        ("Date", format_datetime(sent)),
        ("From", sender),
        ("To", TEAM),
        ("Subject", word(subject, charset)),
        ("Message-ID", f"<{sent.strftime('%Y%m%d%H%M%S')}.{len(CORPUS) + 977}@{domain}>"),
        *(extra or []),
    ]
    add(file, kind, hint, sent, compose(headers, entity, mime=bool(entity[0])), country)


# --- Human replies -----------------------------------------------------------------------------


def humans() -> None:
    s = at("2028-03-07 09:41", -5)
    reply(
        "human_en_us_gmail_quotes_rate",
        "human",
        "en-US, Gmail plain + HTML, quotes the outreach, gives a rate",
        s,
        "Jordan Ellery",
        "jordan.ellery@gmail-like.test",
        "Re: Collaboration with Acme",
        alt(
            "Hi there,\n\nThanks for reaching out! My rate for one Reel plus three stories is "
            "$2,400.\n"
            "I could deliver by the 28th.\n\nJordan\n\nOn Mon, Mar 6, 2028 at 4:12 PM Acme "
            "Partnerships "
            "<team@acme.example> wrote:\n\n" + quoted(OUTREACH.format(first="Jordan")),
            "000000000000a1f2c4061b8e2d70",
        ),
        "US",
    )
    s = at("2028-04-12 14:05", 1)
    reply(
        "human_en_gb_outlook_header_block",
        "human",
        "en-GB, Outlook desktop, windows-1252 QP, quoted From:/Sent: block",
        s,
        "Harriet Quayle",
        "harriet@quaylemakes.test",
        "RE: Collaboration with Acme",
        alt(
            "Hello,\n\nYes, happy to go ahead. I\u2019ll need the brief by Friday to hit your "
            "dates \u2013 "
            "is that doable?\n\nKind regards,\nHarriet\n\n"
            "From: Acme Partnerships <team@acme.example>\nSent: 11 April 2028 17:30\n"
            "To: Harriet Quayle <harriet@quaylemakes.test>\nSubject: Collaboration with Acme\n\n"
            + OUTREACH.format(first="Harriet"),
            "_000_LO2P265MB0417A9C1E3F0B8D6C1A2LO2P265MB0417GBRP_",
            "windows-1252",
        ),
        "GB",
        extra=[
            ("Thread-Index", "AdqM3k1Yx0P2b7wTQ9u1nB4mE8f0Zg=="),
            ("X-MS-Has-Attach", ""),
            ("Content-Language", "en-GB"),
        ],
    )
    s = at("2028-05-02 07:18", 10)
    reply(
        "human_en_au_iphone_short",
        "human",
        "en-AU, iPhone Mail, short 'Sounds good' and the iPhone signature",
        s,
        "Mia Tranter",
        "mia.tranter@icloud-like.test",
        "Re: Collaboration with Acme",
        text(
            "Sounds good, send through the contract \U0001f44d\n\nSent from my iPhone",
            cte="quoted-printable",
        ),
        "AU",
        extra=[("X-Mailer", "iPhone Mail (21F90)")],
    )
    s = at("2028-08-28 10:02", 2)
    reply(
        "human_de_apple_mail_was_on_holiday",
        "human",
        "de, Apple Mail, 'ich war die letzten zwei Wochen im Urlaub', quotes 'Am ... schrieb'",
        s,
        "Jonas Wertheimer",
        "jonas@wertheimer-film.test",
        "Re: Kooperation mit Acme",
        text(
            "Hallo zusammen,\n\nsorry für die späte Antwort, ich war die letzten zwei Wochen "
            "im Urlaub.\n"
            "Das Angebot klingt gut, ich kann bis zum 20. September liefern. Mein Honorar\n"
            "schicke ich euch morgen.\n\nViele Grüße\nJonas\n\n"
            "> Am 14.08.2028 um 11:20 schrieb Acme Partnerships <team@acme.example>:\n>\n"
            + quoted(OUTREACH.format(first="Jonas")),
            cte="quoted-printable",
        ),
        "DE",
        extra=[("X-Mailer", "Apple Mail (2.3774.500.171)")],
    )
    s = at("2028-06-22 18:47", 2)
    reply(
        "human_fr_latin1_leaving_next_week",
        "human",
        "fr, ISO-8859-1 QP webmail, 'je suis en congés la semaine prochaine' so sends "
        "everything now",
        s,
        "Élodie Marchand",
        "elodie.marchand@orange-like.test",
        "Re: Collaboration avec Acme",
        text(
            "Bonjour,\n\nMerci pour votre proposition ! Je suis en congés la semaine "
            "prochaine, donc je\n"
            "vous envoie tout de suite mon média kit et mes tarifs (pièce jointe à suivre).\n"
            "On peut caler un appel le 3 juillet ?\n\nBelle journée,\nÉlodie",
            "iso-8859-1",
        ),
        "FR",
        charset="iso-8859-1",
    )
    s = at("2028-01-16 22:10", -3)
    reply(
        "human_es_ar_yahoo_back_from_vacation",
        "human",
        "es-AR, Yahoo-like, 'recién vuelvo de vacaciones', asks for details",
        s,
        "Lucía Benedetti",
        "lu.benedetti@yahoo-like.test",
        "Re: Colaboración con Acme",
        alt(
            "Hola! Recién vuelvo de vacaciones y vi tu mail. Me interesa mucho.\n"
            "¿Me pasás más detalles del producto y las fechas?\n\nAbrazo,\nLu",
            "----=_Part_2203471_1187440321.1705453800114",
        ),
        "AR",
        extra=[("X-Mailer", "WebService/1.1.21952 YMailNorrin")],
    )
    s = at("2028-09-05 11:30", 1)
    reply(
        "human_pt_pt_outlook_short",
        "human",
        "pt-PT, Outlook.com, short agreement",
        s,
        "Tiago Carvalhal",
        "tiago.carvalhal@outlook-like.test",
        "RE: Colaboração com a Acme",
        alt(
            "Olá,\n\nCombinado, avançamos assim. Envio a fatura no fim do "
            "mês.\n\nCumprimentos,\nTiago",
            "_000_DB9PR02MB7211C0A3_",
        ),
        "PT",
    )
    s = at("2028-08-24 09:15", 2)
    reply(
        "human_it_libero_back_from_ferie",
        "human",
        "it, ISO-8859-1 8bit, 'sono appena rientrata dalle ferie'",
        s,
        "Giulia Ferraresi",
        "giulia.ferraresi@libero-like.test",
        "Re: Collaborazione con Acme",
        text(
            "Ciao,\n\nsono appena rientrata dalle ferie e ho visto la vostra mail. Sì, mi "
            "interessa!\n"
            "Per un post più due storie chiedo 900 €. Fatemi sapere.\n\nGiulia",
            "iso-8859-15",
            "8bit",
        ),
        "IT",
    )
    s = at("2028-03-14 13:02", 1)
    reply(
        "human_nl_very_short",
        "human",
        "nl, very short 'Prima, doen we!'",
        s,
        "Sanne de Wit",
        "sanne@dewitcreates.test",
        "Re: Samenwerking met Acme",
        text("Prima, doen we!\n\nSanne", cte="7bit", charset="us-ascii"),
        "NL",
    )
    s = at("2028-05-29 16:44", 2)
    reply(
        "human_pl_base64_counter_offer",
        "human",
        "pl, UTF-8 base64, counter-offer on price",
        s,
        "Katarzyna Wróblewska",
        "kasia.w@onet-like.test",
        "Re: Współpraca z Acme",
        text(
            "Dzień dobry,\n\ndziękuję za propozycję. Za jedną rolkę i trzy relacje proponuję "
            "3500 zł netto.\n"
            "Termin publikacji 15 czerwca mi pasuje.\n\nPozdrawiam serdecznie,\nKasia",
            cte="base64",
        ),
        "PL",
    )
    s = at("2028-10-03 08:58", 2)
    reply(
        "human_cs_seznam_qp",
        "human",
        "cs, Seznam-like, UTF-8 QP, agrees and asks for the invoice details",
        s,
        "Tereza Nováková",
        "tereza.novakova@seznam-like.test",
        "Re: Spolupráce s Acme",
        text(
            "Dobrý den,\n\nděkuji, souhlasím s podmínkami. Pošlete mi prosím fakturační údaje.\n\n"
            "S pozdravem\nTereza Nováková",
        ),
        "CZ",
    )
    s = at("2028-04-27 12:20", 3)
    reply(
        "human_ru_koi8r_away_but_answers",
        "human",
        "ru, KOI8-R 8bit, 'буду в отъезде с 1 по 10 мая, поэтому отвечаю сейчас'",
        s,
        "Дмитрий Орлов",
        "d.orlov@mail-like.test",
        "Re: Сотрудничество с Acme",
        text(
            "Добрый день!\n\nСпасибо за предложение. Я буду в отъезде с 1 по 10 мая, поэтому "
            "отвечаю\n"
            "сразу: стоимость интеграции 60 000 руб., сроки обсудим после "
            "праздников.\n\n--\nДмитрий",
            "koi8-r",
            "8bit",
        ),
        "RU",
        charset="koi8-r",
    )
    s = at("2028-12-20 17:35", 2)
    reply(
        "human_ro_christmas_wishes",
        "human",
        "ro, Gmail, Christmas wishes and a yes",
        s,
        "Andreea Popescu",
        "andreea.popescu@gmail-like.test",
        "Re: Colaborare cu Acme",
        alt(
            "Bună ziua,\n\nMulțumesc pentru propunere, accept cu drag. Putem începe după Anul "
            "Nou.\n"
            "Crăciun fericit și sărbători liniștite!\n\nAndreea",
            "0000000000009e7d3b06172c4f1a",
        ),
        "RO",
    )
    s = at("2028-02-09 10:40", 1)
    reply(
        "human_hu_latin2_qp",
        "human",
        "hu, ISO-8859-2 QP, asks about the deadline",
        s,
        "Kovács Bence",
        "bence.kovacs@citromail-like.test",
        "Re: Együttműködés az Acme-mel",
        text(
            "Kedves Acme csapat!\n\nKöszönöm a megkeresést, szívesen részt veszek. Mi lenne a "
            "határidő?\n\n"
            "Üdvözlettel:\nBence",
            "iso-8859-2",
        ),
        "HU",
        charset="iso-8859-2",
    )
    s = at("2028-07-11 15:25", 3)
    reply(
        "human_tr_outlook_cp1254",
        "human",
        "tr, Outlook, windows-1254 QP, 'Outlook for iOS' signature",
        s,
        "Elif Şahin",
        "elif.sahin@hotmail-like.test",
        "YNT: Acme ile iş birliği",
        text(
            "Merhaba,\n\nTeklifiniz için teşekkürler, çalışmak isterim. Fiyatımı yarın "
            "ileteceğim.\n\n"
            "Elif\n\niOS için Outlook'u edinin",
            "windows-1254",
        ),
        "TR",
        charset="windows-1254",
    )
    s = at("2028-06-14 21:12", 4)
    reply(
        "human_ar_ae_gmail_base64",
        "human",
        "ar (AE), Gmail, UTF-8 base64 plain + HTML, agrees",
        s,
        "نورة الهاشمي",
        "noura.hashemi@gmail-like.test",
        "Re: تعاون مع Acme",
        alt(
            "مرحباً،\n\nشكراً على التواصل. يسعدني التعاون معكم، وسأرسل لكم الأسعار غداً إن شاء "
            "الله.\n\n"
            "تحياتي،\nنورة",
            "00000000000044c1a90616d2e7b5",
            cte="base64",
        ),
        "AE",
    )
    s = at("2028-10-17 11:05", 3)
    reply(
        "human_he_cp1255_after_holidays",
        "human",
        "he, windows-1255 QP, 'אחרי החגים' as a plan, not an absence",
        s,
        "Yael Ben-David",
        "yael.bd@walla-like.test",
        "Re: שיתוף פעולה עם Acme",
        text("שלום,\n\nתודה רבה, אני בפנים. נתחיל לצלם מיד אחרי החגים.\n\nיעל", "windows-1255"),
        "IL",
        charset="windows-1255",
    )
    s = at("2028-03-26 09:50", 3.5)
    reply(
        "human_fa_back_after_nowruz",
        "human",
        "fa, UTF-8 QP, 'تازه از تعطیلات نوروز برگشتم' (just back from Nowruz)",
        s,
        "سارا رضایی",
        "sara.rezaei@chmail-like.test",
        "Re: همکاری با Acme",
        text(
            "سلام،\n\nتازه از تعطیلات نوروز برگشتم. پیشنهادتان را خواندم و موافقم.\n\nبا "
            "احترام،\nسارا"
        ),
        "IR",
    )
    s = at("2028-11-02 13:33", 6)
    reply(
        "human_bn_bd_gmail",
        "human",
        "bn (BD), Gmail, UTF-8 base64, asks for the product",
        s,
        "তানভীর হাসান",
        "tanvir.hasan@gmail-like.test",
        "Re: Acme-এর সাথে কাজ",
        alt(
            "হ্যালো,\n\nধন্যবাদ! আমি রাজি। পণ্যটি কবে পাঠাবেন জানাবেন?\n\nতানভীর",
            "000000000000d2b6f7061c88e10a",
            cte="base64",
        ),
        "BD",
    )
    s = at("2028-05-10 19:08", 9)
    reply(
        "human_ja_shift_jis_mobile",
        "human",
        "ja, carrier mobile mail, Shift_JIS base64, short agreement",
        s,
        "小林 美咲",
        "misaki-k.0510@ezweb-like.test",
        "Re: Acme様とのコラボについて",
        text(
            "お世話になっております。\nぜひよろしくお願いいたします。\n"
            "詳細をお送りください。\n\n小林",
            "shift_jis",
            "base64",
        ),
        "JP",
        charset="shift_jis",
    )
    s = at("2028-02-03 10:22", 9)
    reply(
        "human_ko_gmail_after_seollal",
        "human",
        "ko, Gmail, UTF-8, '설 연휴 잘 보내셨나요' greeting after Seollal, agrees",
        s,
        "이서연",
        "seoyeon.lee@gmail-like.test",
        "Re: Acme 협업 제안",
        alt(
            "안녕하세요,\n\n설 연휴 잘 보내셨나요? 제안 감사드리고 진행하고 "
            "싶습니다.\n단가표 첨부해서 내일 보내드릴게요.\n\n이서연 드림",
            "0000000000007a31c4061a0b9e22",
        ),
        "KR",
    )
    s = at("2028-10-10 20:41", 8)
    reply(
        "human_zh_gb2312_qq_iphone",
        "human",
        "zh, QQ-mail-like, GB2312 base64, '发自我的iPhone'",
        s,
        "陈晓",
        "chenxiao88@qq-like.test",
        "回复：Acme合作邀请",
        text(
            "你好，\n\n国庆刚回来，合作没问题。报价稍后发你。\n\n发自我的iPhone", "gb2312", "base64"
        ),
        "CN",
        charset="gb2312",
    )
    s = at("2028-07-19 16:15", 8)
    reply(
        "human_zh_hk_big5_outlook",
        "human",
        "zh-HK, Outlook, Big5 QP, asks for the brief",
        s,
        "黃嘉欣",
        "kayan.wong@netvigator-like.test",
        "回覆: Acme 合作",
        text("您好，\n\n多謝邀請，我有興趣。可否先傳 brief 給我參考？\n\n黃嘉欣", "big5"),
        "HK",
        charset="big5",
    )
    s = at("2028-04-18 11:11", 7)
    reply(
        "human_th_after_songkran",
        "human",
        "th, UTF-8 base64, 'เพิ่งกลับจากสงกรานต์' (just back from Songkran)",
        s,
        "ณัฐธิดา ศรีสุข",
        "natthida.s@hotmail-like.test",
        "Re: ร่วมงานกับ Acme",
        text(
            "สวัสดีค่ะ\n\nเพิ่งกลับจากสงกรานต์ค่ะ ยินดีร่วมงานค่ะ ขอรายละเอียดเพิ่มเติมได้ไหมคะ\n\nณัฐธิดา",
            cte="base64",
        ),
        "TH",
    )
    s = at("2028-09-12 08:05", 7)
    reply(
        "human_id_short_siap",
        "human",
        "id, very short 'Siap kak, boleh'",
        s,
        "Rizky Pratama",
        "rizky.pratama@yahoo-like.test",
        "Re: Kolaborasi dengan Acme",
        text("Siap kak, boleh. Kirim aja briefnya ya\n\nRizky", cte="7bit", charset="us-ascii"),
        "ID",
    )
    s = at("2028-06-06 12:48", 8)
    reply(
        "human_tl_taglish",
        "human",
        "tl (PH), Taglish, Gmail mobile",
        s,
        "Bea Villanueva",
        "bea.villanueva@gmail-like.test",
        "Re: Collab with Acme",
        alt(
            "Hi po! Sure, game ako dito. Pwede po ba next week yung shoot? Salamat!\n\nBea",
            "000000000000f0c2d8061d33a4b7",
        ),
        "PH",
    )
    s = at("2028-09-21 10:30", 3)
    reply(
        "human_am_et_gmail",
        "human",
        "am (ET), Gmail, UTF-8 base64, agrees",
        s,
        "ሄለን ተስፋዬ",
        "helen.tesfaye@gmail-like.test",
        "Re: ከAcme ጋር ትብብር",
        alt(
            "ሰላም፣\n\nስለ ግብዣው እናመሰግናለን። ለመስራት ዝግጁ ነኝ። ዝርዝሩን ይላኩልኝ።\n\nሄለን",
            "0000000000003b9e51061f07c2d8",
            cte="base64",
        ),
        "ET",
    )
    s = at("2028-02-27 23:02", -3)
    reply(
        "human_pt_br_android_fechado",
        "human",
        "pt-BR, Gmail for Android, 'Fechado!' during Carnival weekend",
        s,
        "Rafaela Nunes",
        "rafa.nunes@gmail-like.test",
        "Re: Parceria com a Acme",
        alt(
            "Fechado! Depois do Carnaval te mando o roteiro 😄\n\nEnviado do meu Android",
            "000000000000c7d4e1061e2f9a03",
        ),
        "BR",
    )
    s = at("2028-11-21 09:03", -6)
    reply(
        "human_en_us_ooo_tomorrow_finalize_today",
        "human",
        "en-US, Outlook, 'I'm out of office Thursday through Sunday for Thanksgiving, so let's "
        "finalize today'",
        s,
        "Derek Holloway",
        "derek@hollowayoutdoors.test",
        "RE: Contract for the winter campaign",
        alt(
            "Hi team,\n\nI'm out of office Thursday through Sunday for Thanksgiving, so let's "
            "finalize today if\n"
            "we can. I've signed page 3 - can you countersign and send it back?\n\nThanks,\nDerek",
            "_000_SA1PR11MB6734B2E0_",
        ),
        "US",
        extra=[("Thread-Topic", "Contract for the winter campaign"), ("Content-Language", "en-US")],
    )
    s = at("2028-08-03 17:26", -4)
    reply(
        "human_en_ca_html_only_outlook_ios",
        "human",
        "en-CA, Outlook for iOS, HTML only, 'Get Outlook for iOS'",
        s,
        "Priya Raman",
        "priya.raman@rogers-like.test",
        "Re: Collaboration with Acme",
        text(
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head><body>'
            '<div dir="auto">Works for me! Send over the product and I\'ll film next week.</div>'
            '<div dir="auto"><br></div><div dir="auto">Priya</div><hr '
            'style="display:inline-block;width:98%">'
            '<div id="ms-outlook-mobile-signature">Get <a '
            'href="https://aka.example/o0ukef">Outlook for iOS</a></div>'
            "</body></html>",
            sub="html",
        ),
        "CA",
    )
    s = at("2028-05-17 14:14", 1)
    reply(
        "human_ng_en_quotes_autoreply_subject",
        "human",
        "en-NG, Gmail, under 'Re: Automatic reply:' quoting her own out-of-office, now back",
        s,
        "Chiamaka Obi",
        "chiamaka.obi@gmail-like.test",
        "Re: Automatic reply: Collaboration with Acme",
        alt(
            "Hi, sorry about the auto-reply, I'm back now. Yes I'm interested - my rate is "
            "450,000 NGN\n"
            "for a YouTube integration.\n\nChiamaka\n\n"
            "On Fri, May 12, 2028 at 9:03 AM Chiamaka Obi <chiamaka.obi@gmail-like.test> wrote:\n\n"
            + quoted(
                "Thank you for your email. I am currently away and will respond when I return "
                "on\nMonday 15 May.\n\nChiamaka"
            ),
            "0000000000002e8fa7061b44d0c9",
        ),
        "NG",
    )


# --- Out-of-office replies ---------------------------------------------------------------------

EXCHANGE = [
    ("X-Auto-Response-Suppress", "All"),
    ("Auto-Submitted", "auto-generated"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "{a}"),
]
GMAIL_VACATION = [("Auto-Submitted", "auto-replied")]


def ooo(
    file: str,
    hint: str,
    sent: datetime,
    name: str,
    address: str,
    subject: str,
    entity: Entity,
    country: str,
    back: str,
    extra: list[Header] | None = None,
    charset: str = "utf-8",
) -> None:
    extra = [(k, v.format(a=address)) for k, v in (extra or [])]
    reply(
        file,
        "auto_reply",
        hint,
        sent,
        name,
        address,
        subject,
        entity,
        country,
        back,
        extra,
        charset,
    )


def auto_replies() -> None:
    s = at("2028-06-29 16:02", -4)
    ooo(
        "auto_en_us_exchange_july4",
        "en-US, Exchange headers, 'out through Tuesday, July 4 ... returning Wednesday, July 5'",
        s,
        "Marcus Bell",
        "marcus@bellbrewing.test",
        "Automatic reply: Collaboration with Acme",
        alt(
            "Thank you for your email. I am out of the office through Tuesday, July 4 with "
            "limited access\n"
            "to email, returning Wednesday, July 5. For urgent matters please contact "
            "ops@bellbrewing.test.",
            "_000_BN8PR04MB6211A_",
        ),
        "US",
        "2028-07-05",
        EXCHANGE,
    )
    s = at("2028-08-22 11:40", 1)
    ooo(
        "auto_en_gb_gmail_vacation_bank_holiday",
        "en-GB, Gmail vacation responder (auto-replied), 'back on 29th August after the bank "
        "holiday'",
        s,
        "Olivia Pennick",
        "olivia.pennick@gmail-like.test",
        "Re: Collaboration with Acme",
        alt(
            "Hi, I'm away on holiday with no signal and will be back on 29th August after the "
            "bank holiday.\n"
            "I'll reply then!\nOlivia",
            "000000000000b6e0a1061c2f3d88",
        ),
        "GB",
        "2028-08-29",
        GMAIL_VACATION,
    )
    s = at("2028-04-10 08:15", 2)
    ooo(
        "auto_de_easter_noheader",
        "de, no header, 'Abwesenheitsnotiz', Easter, 'bis einschließlich 17.04.2028 ... ab "
        "Dienstag, 18.04.'",
        s,
        "Lena Hofbauer",
        "lena@hofbauer-design.test",
        "Abwesenheitsnotiz: Kooperation mit Acme",
        text(
            "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Ostermontag, "
            "17.04.2028, nicht im Büro.\n"
            "Ab Dienstag, 18.04., bin ich wieder für Sie erreichbar.\n\nMit freundlichen "
            "Grüßen\nLena Hofbauer"
        ),
        "DE",
        "2028-04-18",
    )
    s = at("2028-12-21 18:30", 1)
    ooo(
        "auto_fr_xautoreply_new_year",
        "fr, X-Autoreply, 'Réponse automatique', year-end, 'de retour le mardi 2 janvier 2029'",
        s,
        "Camille Roussel",
        "camille@atelier-roussel.test",
        "Réponse automatique : Collaboration avec Acme",
        text(
            "Bonjour,\n\nJe suis absente pour les fêtes de fin d'année et de retour le mardi 2 "
            "janvier 2029.\n"
            "Votre message sera traité à mon retour.\n\nBonnes fêtes !\nCamille",
            "iso-8859-1",
        ),
        "FR",
        "2029-01-02",
        [("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
        "iso-8859-1",
    )
    s = at("2028-12-28 10:00", -6)
    ooo(
        "auto_es_mx_respuesta_automatica",
        "es-MX, no header, 'Respuesta automática', 'regreso el lunes 8 de enero de 2029'",
        s,
        "Andrés Villalobos",
        "andres.v@villalobos-media.test",
        "Respuesta automática: Colaboración con Acme",
        alt(
            "Hola, gracias por tu correo.\n\nEstoy de vacaciones y regreso el lunes 8 de enero "
            "de 2029.\n"
            "Para temas urgentes escribe a hola@villalobos-media.test.\n\nSaludos,\nAndrés",
            "_000_MN2PR01_",
        ),
        "MX",
        "2029-01-08",
    )
    s = at("2028-02-24 19:00", -3)
    ooo(
        "auto_pt_br_carnaval",
        "pt-BR, no header, plain Re: subject, Carnival, 'retorno na quarta-feira de cinzas, 1º "
        "de março'",
        s,
        "Bruna Tavares",
        "bruna@tavares-conteudo.test",
        "Re: Parceria com a Acme",
        text(
            "Oi! Estou de folga no Carnaval e retorno na quarta-feira de cinzas, 1º de março, "
            "a partir do\n"
            "meio-dia. Respondo assim que voltar.\n\nBeijos,\nBruna"
        ),
        "BR",
        "2028-03-01",
    )
    s = at("2028-08-09 09:30", 2)
    ooo(
        "auto_it_ferragosto",
        "it, ISO-8859-1 QP, no header, 'Risposta automatica', Ferragosto, 'fino al 18 agosto "
        "... rientro lunedì 21 agosto'",
        s,
        "Matteo Guidi",
        "matteo.guidi@studio-guidi.test",
        "Risposta automatica: Collaborazione con Acme",
        text(
            "Gentile mittente,\n\nsarò in ferie fino al 18 agosto compreso, con rientro lunedì "
            "21 agosto.\n"
            "Risponderò al mio rientro.\n\nCordiali saluti\nMatteo Guidi",
            "iso-8859-1",
        ),
        "IT",
        "2028-08-21",
        charset="iso-8859-1",
    )
    s = at("2028-07-18 12:12", 2)
    ooo(
        "auto_nl_afwezig_header",
        "nl, Auto-Submitted, 'Afwezig', 'vanaf maandag 7 augustus weer aanwezig'",
        s,
        "Daan Verhoeven",
        "daan@verhoeven.test",
        "Afwezig: Samenwerking met Acme",
        text(
            "Beste afzender,\n\nIk ben met vakantie en vanaf maandag 7 augustus weer aanwezig.\n"
            "Je e-mail wordt niet doorgestuurd.\n\nGroet,\nDaan"
        ),
        "NL",
        "2028-08-07",
        [("Auto-Submitted", "auto-replied")],
    )
    s = at("2028-04-28 14:40", 3)
    ooo(
        "auto_ru_koi8r_may_holidays",
        "ru, KOI8-R base64, no header, May holidays, 'с 29 апреля по 10 мая ... Выйду на связь "
        "11 мая'",
        s,
        "Анна Соколова",
        "anna.sokolova@yandex-like.test",
        "Автоответ: Сотрудничество с Acme",
        text(
            "Здравствуйте!\n\nЯ в отпуске с 29 апреля по 10 мая. Выйду на связь 11 мая и "
            "обязательно отвечу.\n\n"
            "С уважением,\nАнна Соколова",
            "koi8-r",
            "base64",
        ),
        "RU",
        "2028-05-11",
        charset="koi8-r",
    )
    s = at("2028-09-04 10:10", 3)
    ooo(
        "auto_uk_vidpustka_header",
        "uk, Auto-Submitted + Precedence: auto_reply, 'повернуся 18 вересня 2028 року'",
        s,
        "Олена Коваль",
        "olena.koval@ukr-like.test",
        "Автовідповідь: Співпраця з Acme",
        text(
            "Добрий день!\n\nДякую за лист. Я у відпустці й повернуся 18 вересня 2028 "
            "року.\n\nОлена",
            cte="base64",
        ),
        "UA",
        "2028-09-18",
        [("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
    )
    s = at("2028-06-01 07:50", 2)
    ooo(
        "auto_pl_autoodpowiedz_latin2",
        "pl, ISO-8859-2 QP, no header, 'Autoodpowiedź', 'wracam 12.06.2028'",
        s,
        "Michał Zieliński",
        "michal@zielinski-foto.test",
        "Autoodpowiedź: Współpraca z Acme",
        text(
            "Dzień dobry,\n\njestem na urlopie, wracam 12.06.2028. W pilnych sprawach proszę "
            "dzwonić do biura.\n\n"
            "Michał Zieliński",
            "iso-8859-2",
        ),
        "PL",
        "2028-06-12",
        charset="iso-8859-2",
    )
    s = at("2028-07-10 09:00", 2)
    ooo(
        "auto_cs_header_until_only",
        "cs, Auto-Submitted, 'Automatická odpověď', 'do 21. 7. 2028 mám dovolenou' (until only)",
        s,
        "Jakub Dvořák",
        "jakub.dvorak@dvorak-studio.test",
        "Automatická odpověď: Spolupráce s Acme",
        text(
            "Dobrý den,\n\ndo 21. 7. 2028 mám dovolenou a k e-mailu se nedostanu. Děkuji za "
            "pochopení.\n\nJakub Dvořák"
        ),
        "CZ",
        "2028-07-21",
        [("Auto-Submitted", "auto-replied")],
    )
    s = at("2028-12-22 15:20", 2)
    ooo(
        "auto_bg_cp1251_new_year",
        "bg, windows-1251 QP, no header, year-end, 'ще се върна на 3 януари 2029 г.'",
        s,
        "Мария Петрова",
        "maria.petrova@abv-like.test",
        "Re: Сътрудничество с Acme",
        text(
            "Здравейте,\n\nВ отпуск съм по празниците и ще се върна на 3 януари 2029 "
            "г.\nЧестити празници!\n\nМария",
            "windows-1251",
        ),
        "BG",
        "2029-01-03",
        charset="windows-1251",
    )
    s = at("2028-05-02 11:00", 4)
    ooo(
        "auto_ar_ae_eid_header",
        "ar (AE), Exchange headers, Eid al-Adha, 'سأعود إلى العمل يوم الأربعاء 10 مايو 2028'",
        s,
        "خالد المنصوري",
        "khalid@mansoori-media.test",
        "رد تلقائي: تعاون مع Acme",
        alt(
            "شكراً لرسالتك.\n\nأنا في إجازة عيد الأضحى وسأعود إلى العمل يوم الأربعاء 10 مايو "
            "2028.\n\nخالد المنصوري",
            "_000_DXBP281MB0102_",
            cte="base64",
        ),
        "AE",
        "2028-05-10",
        EXCHANGE,
    )
    s = at("2028-04-09 13:00", 3)
    ooo(
        "auto_he_passover_cp1255",
        "he, windows-1255 QP, no header, Passover, 'אחזור למשרד ביום ד׳, 19.4.2028'",
        s,
        "נועה לוי",
        "noa.levi@levi-studio.test",
        "Re: שיתוף פעולה עם Acme",
        text(
            "שלום,\n\nאני בחופשת פסח ואחזור למשרד ביום ד', 19.4.2028.\nחג שמח!\n\nנועה",
            "windows-1255",
        ),
        "IL",
        "2028-04-19",
        charset="windows-1255",
    )
    s = at("2028-02-25 10:30", 3)
    ooo(
        "auto_tr_bayram_header",
        "tr, Auto-Submitted, Ramazan Bayramı, '1 Mart 2028 Çarşamba günü ofiste olacağım'",
        s,
        "Burak Yıldız",
        "burak@yildiz-ajans.test",
        "Otomatik yanıt: Acme ile iş birliği",
        text(
            "Merhaba,\n\nRamazan Bayramı nedeniyle izindeyim. 1 Mart 2028 Çarşamba günü ofiste "
            "olacağım.\n\nİyi bayramlar,\nBurak"
        ),
        "TR",
        "2028-03-01",
        [("Auto-Submitted", "auto-replied")],
    )
    s = at("2028-08-10 09:00", 9)
    ooo(
        "auto_ja_obon_iso2022",
        "ja, ISO-2022-JP, no header, Obon, '8月17日（木）より通常営業'",
        s,
        "山田 健一",
        "k.yamada@yamada-seisaku.test",
        "Re: Acme様とのコラボについて",
        text(
            "メールありがとうございます。\n\n"
            "誠に勝手ながら、8月11日（金）から8月16日（水）まで夏季休暇をいただいております。\n"
            "8月17日（木）より通常営業となります。\n\n山田",
            "iso-2022-jp",
            "7bit",
        ),
        "JP",
        "2028-08-17",
        charset="iso-2022-jp",
    )
    s = at("2028-09-29 17:45", 8)
    ooo(
        "auto_zh_national_day_gb2312",
        "zh, GB2312 base64, no header, National Day holiday, '10月9日（周一）起正常上班'",
        s,
        "刘洋",
        "liuyang@xingguang-media.test",
        "自动回复：Acme合作邀请",
        text(
            "您好，\n\n"
            "国庆假期期间（9月30日至10月8日）暂不处理邮件，10月9日（周一）起正常上班，届时回复您。\n\n刘洋",
            "gb2312",
            "base64",
        ),
        "CN",
        "2028-10-09",
        charset="gb2312",
    )
    s = at("2028-01-24 18:00", 9)
    ooo(
        "auto_ko_seollal_header",
        "ko, Auto-Submitted, Seollal, '1월 31일(월)부터 순차적으로 답변'",
        s,
        "박지훈",
        "jihoon.park@hanul-studio.test",
        "자동 회신: Acme 협업 제안",
        text(
            "안녕하세요.\n\n설 연휴로 1월 25일부터 30일까지 부재중입니다.\n"
            "1월 31일(월)부터 순차적으로 답변드리겠습니다.\n\n박지훈"
        ),
        "KR",
        "2028-01-31",
        [("Auto-Submitted", "auto-replied")],
    )
    s = at("2028-01-21 15:00", 7)
    ooo(
        "auto_vi_tet_qp",
        "vi, QP, no header, Tết, 'nghỉ Tết đến hết 31/01 ... làm việc lại từ ngày 01/02/2028'",
        s,
        "Trần Minh Anh",
        "minhanh.tran@saigon-creative.test",
        "Re: Hợp tác với Acme",
        text(
            "Chào bạn,\n\nMình nghỉ Tết đến hết 31/01 và sẽ làm việc lại từ ngày "
            "01/02/2028.\nChúc mừng năm mới!\n\nMinh Anh"
        ),
        "VN",
        "2028-02-01",
    )
    s = at("2028-04-12 09:20", 7)
    ooo(
        "auto_th_songkran_noheader",
        "th, UTF-8 base64, no header, Songkran, 'จะกลับมาทำงานวันที่ 18 เมษายน 2571'",
        s,
        "ธนากร วงศ์ใหญ่",
        "thanakorn@siam-visuals.test",
        "ตอบกลับอัตโนมัติ: ร่วมงานกับ Acme",
        text(
            "เรียนผู้ติดต่อ\n\nขณะนี้อยู่ในช่วงวันหยุดสงกรานต์ และจะกลับมาทำงานวันที่ 18 เมษายน 2571\n\nธนากร",
            cte="base64",
        ),
        "TH",
        "2028-04-18",
    )
    s = at("2028-03-09 12:00", 5.5)
    ooo(
        "auto_hi_holi_exchange",
        "en-IN, Exchange headers, Holi, 'on leave from 10-03-2028 to 13-03-2028, back on "
        "14-03-2028'",
        s,
        "Aarav Mehta",
        "aarav.mehta@mehta-films.test",
        "Automatic reply: Collaboration with Acme",
        alt(
            "Hi,\n\nI am on leave for Holi from 10-03-2028 to 13-03-2028 and will be back on "
            "14-03-2028.\n"
            "Happy Holi!\n\nRegards,\nAarav",
            "_000_PN3P287MB0221_",
        ),
        "IN",
        "2028-03-14",
        EXCHANGE,
    )
    s = at("2028-12-15 08:30", 2)
    ooo(
        "auto_af_za_festive_season",
        "af (ZA), no header, festive season, 'terug op Maandag 8 Januarie 2029'",
        s,
        "Annelie du Toit",
        "annelie@dutoit-kreatief.test",
        "Re: Samewerking met Acme",
        text(
            "Goeie dag,\n\nDankie vir jou e-pos. Ek is met feesseisoen-verlof en terug op "
            "Maandag 8 Januarie 2029.\n\n"
            "Vriendelike groete\nAnnelie"
        ),
        "ZA",
        "2029-01-08",
    )
    s = at("2028-05-03 10:00", 0)
    ooo(
        "auto_fr_sn_tabaski",
        "fr (SN), Outlook, no header, Tabaski, 'de retour le lundi 8 mai 2028'",
        s,
        "Awa Diop",
        "awa.diop@teranga-digital.test",
        "Absence du bureau : Collaboration avec Acme",
        alt(
            "Bonjour,\n\nJe suis absente pour la Tabaski et serai de retour le lundi 8 mai "
            "2028.\n\nCordialement,\nAwa Diop",
            "_000_PAXP193MB0312_",
        ),
        "SN",
        "2028-05-08",
    )
    s = at("2028-08-01 09:00", 3)
    ooo(
        "auto_sw_tz_likizo",
        "sw (TZ), Auto-Submitted, 'nitarejea ofisini tarehe 14 Agosti 2028'",
        s,
        "Neema Mollel",
        "neema@kilima-media.test",
        "Jibu la kiotomatiki: Ushirikiano na Acme",
        text(
            "Habari,\n\nAsante kwa barua pepe yako. Niko likizoni na nitarejea ofisini tarehe "
            "14 Agosti 2028.\n\nNeema"
        ),
        "TZ",
        "2028-08-14",
        [("Auto-Submitted", "auto-replied")],
    )
    s = at("2028-12-27 11:11", -3)
    ooo(
        "auto_es_ar_dayfirst",
        "es-AR, no header, 'de vacaciones hasta el 5/1, vuelvo el 8/1' (day-first, next year)",
        s,
        "Martín Quiroga",
        "martin.quiroga@quiroga-prod.test",
        "Re: Colaboración con Acme",
        text(
            "Hola! Estoy de vacaciones hasta el 5/1, vuelvo el 8/1 y te respondo.\nFelices "
            "fiestas!\n\nMartín"
        ),
        "AR",
        "2029-01-08",
    )
    s = at("2028-03-08 16:00", -5)
    ooo(
        "auto_en_us_ooo_until_monthfirst",
        "en-US, phone vacation reply, 'OOO until 3/13' (month-first, until only)",
        s,
        "Tyler Brooks",
        "tyler@brookscreative.test",
        "Out of Office",
        text(
            "I'm OOO until 3/13 with spotty email. I'll get back to you when I return.\n\n- Tyler"
        ),
        "US",
        "2028-03-13",
        [("X-Autoreply", "yes")],
    )
    s = at("2028-10-02 09:45", 1)
    ooo(
        "auto_pt_pt_left_company",
        "pt-PT, Auto-Submitted, left the company, no date",
        s,
        "Inês Barbosa",
        "ines.barbosa@lusomarcas.test",
        "Resposta automática: Colaboração com a Acme",
        text(
            "Olá,\n\nJá não faço parte da equipa da Lusomarcas. Para parcerias, contacte "
            "parcerias@lusomarcas.test.\n\nObrigada,\nInês"
        ),
        "PT",
        "",
        [("Auto-Submitted", "auto-generated")],
    )


# --- Bounces -----------------------------------------------------------------------------------


def returned(to: str, subject: str, sent: datetime, deal: str) -> str:
    return (
        f"Return-Path: <team@acme.example>\nFrom: Acme Partnerships <team@acme.example>\nTo: {to}\n"
        f"Subject: {subject}\nDate: {format_datetime(sent)}\nMessage-ID: <{deal}@acme.example>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8"
    )


def dsn(boundary: str, human: Entity, status: str, headers: str) -> Entity:
    return multi(
        "report",
        boundary,
        [human, raw("message/delivery-status", status), raw("text/rfc822-headers", headers)],
        " report-type=delivery-status;",
    )


def status(mta: str, addr: str, action: str, code: str, diag: str, remote: str = "") -> str:
    lines = [
        f"Reporting-MTA: dns; {mta}",
        "",
        f"Final-Recipient: rfc822; {addr}",
        f"Action: {action}",
        f"Status: {code}",
    ]
    if remote:
        lines.append(f"Remote-MTA: dns; {remote}")
    lines.append(f"Diagnostic-Code: smtp; {diag}")
    if action == "delayed":
        lines.append("Will-Retry-Until: " + "Fri, 15 Sep 2028 10:00:00 +0000")
    return "\n".join(lines)


def bounce(
    file: str,
    hint: str,
    sent: datetime,
    sender: str,
    subject: str,
    entity: Entity,
    extra: list[Header] | None = None,
    charset: str = "utf-8",
) -> None:
    service(
        file,
        "bounce",
        hint,
        sent,
        sender,
        subject,
        entity,
        [("Auto-Submitted", "auto-replied"), *(extra or [])] if extra is None else extra,
        charset=charset,
    )


def bounces() -> None:
    s = at("2028-03-15 10:03", 1)
    addr = "nils@gamla-adressen.test"
    bounce(
        "bounce_postfix_user_unknown",
        f"Postfix RFC 3464, 550 5.1.1 user unknown, addr={addr}, hard",
        s,
        "MAILER-DAEMON@mail.acme.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
        dsn(
            "9F2A1C04E7.1710493380/mail.acme.example",
            raw(
                "text/plain; charset=us-ascii",
                f"This is the mail system at host mail.acme.example.\n\n"
                "I'm sorry to have to inform you that your message could not\nbe delivered to "
                "one or more recipients.\n\n"
                f"                   The mail system\n\n<{addr}>: host "
                "mx1.gamla-adressen.test[192.0.2.44] said:\n"
                f"    550 5.1.1 <{addr}>: Recipient address rejected: User unknown (in reply\n "
                "   to RCPT TO command)",
                [("Content-Description", "Notification")],
            ),
            status(
                "mail.acme.example",
                addr,
                "failed",
                "5.1.1",
                "550 5.1.1 Recipient address rejected: User unknown",
                "mx1.gamla-adressen.test",
            ),
            returned(addr, "Collaboration with Acme", s - timedelta(minutes=1), "deal-4601"),
        ),
    )
    s = at("2028-05-22 08:40", 0)
    addr = "bookings@harbourline-talent.test"
    bounce(
        "bounce_exchange_online_access_denied",
        f"Exchange-Online-like RFC 3464, 550 5.4.1 access denied, plain + HTML, addr={addr}, hard",
        s,
        "Microsoft Outlook <postmaster@acme.example>",
        "Undeliverable: Collaboration with Acme",
        dsn(
            "_b1c2e9a4-77f0-4a51-9d6e-2f8a1b3c4d5e_",
            multi(
                "alternative",
                "_a8f3c2d1-5e6b-4c7a-8d9e-0f1a2b3c4d5e_",
                [
                    text(
                        f"Your message to {addr} couldn't be delivered.\n\nbookings wasn't "
                        "found at harbourline-talent.test.\n\n"
                        "Action Required: check the address and send again.\n\nRemote server "
                        "returned '550 5.4.1 Recipient address rejected: Access "
                        "denied'",
                        cte="quoted-printable",
                    ),
                    text(
                        as_html(
                            f"Your message to {addr} couldn't be delivered.\n\nbookings wasn't "
                            "found at harbourline-talent.test."
                        ),
                        cte="quoted-printable",
                        sub="html",
                    ),
                ],
            ),
            status(
                "AM9P195MB1234.EURP195.PROD.OUTLOOK.example",
                addr,
                "failed",
                "5.4.1",
                "550 5.4.1 Recipient address rejected: Access denied",
            ),
            returned(addr, "Collaboration with Acme", s - timedelta(minutes=2), "deal-4602"),
        ),
        [
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Auto-Submitted", "auto-replied"),
            ("Content-Language", "en-US"),
        ],
    )
    s = at("2028-07-03 14:22", -7)
    addr = "kai.nakoa@lavafield.test"
    bounce(
        "bounce_webmail_address_not_found",
        "big-webmail-like RFC 3464 'Delivery Status Notification (Failure)', 550 5.1.1, "
        f"addr={addr}, hard",
        s,
        "Mail Delivery Subsystem <mailer-daemon@googlemail-like.test>",
        "Delivery Status Notification (Failure)",
        dsn(
            "000000000000e3a47c061f1122ab",
            alt(
                f"** Address not found **\n\nYour message wasn't delivered to {addr} because "
                "the address couldn't be found,\n"
                "or is unable to receive mail.\n\nThe response from the remote server "
                "was:\n550 5.1.1 The email account that you tried to reach does not "
                "exist.",
                "000000000000e3a46f061f1122aa",
            ),
            status(
                "googlemail-like.test",
                addr,
                "failed",
                "5.1.1",
                "550-5.1.1 The email account that you tried to reach does not exist",
                "mx.lavafield.test",
            ),
            returned(addr, "Collaboration with Acme", s - timedelta(minutes=1), "deal-4603"),
        ),
        [("Auto-Submitted", "auto-replied")],
    )
    s = at("2028-09-13 06:10", 0)
    addr = "studio@pebbleshore.test"
    bounce(
        "bounce_webmail_delay_warning",
        "big-webmail-like RFC 3464 'Delivery Status Notification (Delay)', Action: delayed, "
        f"4.4.7, addr={addr}, soft",
        s,
        "Mail Delivery Subsystem <mailer-daemon@googlemail-like.test>",
        "Delivery Status Notification (Delay)",
        dsn(
            "0000000000001c9e2b061f3a7788",
            text(
                "** Message not delivered yet **\n\nThere was a temporary problem delivering "
                f"your message to {addr}.\n"
                "We'll retry for 46 more hours. You'll be notified if the delivery fails "
                "permanently.",
                cte="7bit",
                charset="us-ascii",
            ),
            status(
                "googlemail-like.test",
                addr,
                "delayed",
                "4.4.7",
                "421 4.4.7 Connection timed out",
                "mx.pebbleshore.test",
            ),
            returned(addr, "Collaboration with Acme", s - timedelta(hours=4), "deal-4604"),
        ),
    )
    s = at("2028-06-19 21:05", -4)
    addr = "hello@quillandmoss.test"
    bounce(
        "bounce_yahoo_qmail_style_plain",
        f"Yahoo-like plain 'Failure Notice' (qmail-style, not RFC 3464), addr={addr}, hard",
        s,
        "MAILER-DAEMON@yahoo-like.test",
        "Failure Notice",
        text(
            "Sorry, we were unable to deliver your message to the following "
            f"address.\n\n<{addr}>:\n"
            "554: delivery error: dd This user doesn't have an account here\n\n--- Below this "
            "line is a copy of the message.\n\n"
            + returned(addr, "Collaboration with Acme", s - timedelta(minutes=3), "deal-4605"),
            cte="7bit",
            charset="us-ascii",
        ),
        [],
    )
    s = at("2028-02-08 03:30", 1)
    addr = "info@vandenbroek-art.test"
    bounce(
        "bounce_qmail_send_program",
        f"qmail-send plain notice, no MIME, addr={addr}, hard",
        s,
        "MAILER-DAEMON@smtp.hostbox.test",
        "failure notice",
        (
            [],
            (
                "Hi. This is the qmail-send program at smtp.hostbox.test.\nI'm afraid I wasn't "
                "able to deliver your message to the following addresses.\n"
                "This is a permanent error; I've given up. Sorry it didn't work "
                f"out.\n\n<{addr}>:\n"
                "Sorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a "
                "copy of the message.\n\n"
                + returned(addr, "Samenwerking met Acme", s - timedelta(minutes=5), "deal-4606")
                + "\n"
            )
            .replace("\n", "\r\n")
            .encode(),
        ),
        [],
    )
    s = at("2028-10-26 12:00", 1)
    addr = "petra@hochalm-blog.test"
    bounce(
        "bounce_exim_quota_exceeded",
        f"Exim-like plain notice, X-Failed-Recipients, mailbox quota exceeded, addr={addr}, soft",
        s,
        "Mail Delivery System <Mailer-Daemon@mx.webhost-alpin.test>",
        "Mail delivery failed: returning message to sender",
        text(
            "This message was created automatically by mail delivery software.\n\nA message "
            "that you sent could not be delivered to one or more of "
            "its\n"
            f"recipients. The following address(es) failed:\n\n  {addr}\n    Mailbox quota "
            "exceeded\n",
            cte="7bit",
            charset="us-ascii",
        ),
        [("X-Failed-Recipients", addr), ("Auto-Submitted", "auto-replied")],
    )
    s = at("2028-11-14 09:12", -5)
    addr = "ana@ramirez-estudio.test"
    bounce(
        "bounce_exchange_onprem_delayed",
        f"Exchange-like RFC 3464 'Delivery delayed', Action: delayed, 4.4.7, addr={addr}, soft",
        s,
        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme.example>",
        "Delivery delayed:Colaboración con Acme",
        dsn(
            "_7d1e2f3a-0b4c-4d5e-8f9a-b0c1d2e3f4a5_",
            text(
                f"Delivery is delayed to these recipients or groups:\n\n{addr}\n\nThis message "
                "hasn't been delivered yet. "
                "Delivery will continue to be attempted.\n\nThe server will keep trying to "
                "deliver this message for the next 1 days.",
                cte="quoted-printable",
            ),
            status("EX02.corp.acme.example", addr, "delayed", "4.4.7", "400 4.4.7 Message delayed"),
            returned(addr, "Colaboración con Acme", s - timedelta(hours=12), "deal-4607"),
        ),
    )
    s = at("2028-04-04 15:45", 2)
    addr = "tobias@kranich-werbung.test"
    bounce(
        "bounce_de_provider_unzustellbar",
        "de provider plain notice 'Unzustellbar', ISO-8859-1 QP, addr in text only, "
        f"addr={addr}, hard",
        s,
        "Mailer-Daemon <mailer-daemon@mx.gmx-like.test>",
        "Unzustellbar: Kooperation mit Acme",
        text(
            "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht konnte nicht "
            f"zugestellt werden an:\n\n    {addr}\n\n"
            "Grund: Die Empfängeradresse existiert nicht (550 5.1.1).\n\nBitte überprüfen Sie "
            "die Adresse und versuchen Sie es erneut.",
            "iso-8859-1",
        ),
        None,
        "iso-8859-1",
    )
    s = at("2028-06-08 11:20", 2)
    addr = "lea.garnier@provence-mail.test"
    bounce(
        "bounce_fr_provider_non_remis",
        f"fr provider plain notice 'Message non remis', UTF-8 QP, addr={addr}, hard",
        s,
        "Service de messagerie <postmaster@provence-mail.test>",
        "Message non remis : Collaboration avec Acme",
        text(
            f"Votre message n'a pas pu être remis au destinataire suivant :\n\n  {addr}\n\n"
            "Raison : adresse inconnue (550 5.1.1 Adresse destinataire inconnue).\n\nCeci est "
            "un message automatique, merci de ne pas y répondre."
        ),
        [("Auto-Submitted", "auto-generated")],
    )
    s = at("2028-09-27 17:05", -3)
    addr = "contato@ipe-amarelo.test"
    bounce(
        "bounce_pt_br_nao_entregue",
        f"pt-BR hosting notice 'Mensagem não entregue', mailbox full, addr={addr}, soft",
        s,
        "Sistema de Entrega <mailer-daemon@correio.hospeda-br.test>",
        "Mensagem não entregue: Parceria com a Acme",
        text(
            f"Não foi possível entregar sua mensagem para:\n\n  {addr}\n\n"
            "Motivo: a caixa postal do destinatário está cheia (552 5.2.2). Tente novamente "
            "mais tarde."
        ),
        None,
    )
    s = at("2028-07-25 10:10", 2)
    addr = "ola.nowak@poczta-regionalna.test"
    bounce(
        "bounce_pl_latin2_niedostarczona",
        f"pl provider plain notice, ISO-8859-2 base64, addr in text only, addr={addr}, hard",
        s,
        "Administrator Poczty <MAILER-DAEMON@poczta-regionalna.test>",
        "Wiadomość niedostarczona",
        text(
            f"Twoja wiadomość nie została dostarczona do adresata:\n\n  {addr}\n\nPowód: "
            "skrzynka nie istnieje.",
            "iso-8859-2",
            "base64",
        ),
        None,
        "iso-8859-2",
    )
    s = at("2028-03-29 13:50", -5)
    addr = "rjohnson@midland-outfitters.test"
    bounce(
        "bounce_domino_not_listed",
        f"Domino-like plain 'DELIVERY FAILURE', user not listed, addr={addr}, hard",
        s,
        "Mail Router <postmaster@midland-outfitters.test>",
        "DELIVERY FAILURE: User rjohnson (rjohnson@midland-outfitters.test) not listed in "
        "Domino Directory",
        text(
            "Your message\n\n  Subject: Collaboration with Acme\n\nwas not delivered to:\n\n  "
            f"{addr}\n\n"
            "because:\n\n  User rjohnson (rjohnson@midland-outfitters.test) not listed in "
            "Domino Directory",
            cte="7bit",
            charset="us-ascii",
        ),
        [],
    )
    s = at("2028-08-15 16:30", 8)
    addr = "zoe.tan@lionsgate-creators.test"
    bounce(
        "bounce_gateway_policy_reject",
        f"security gateway RFC 3464, 550 5.7.1 rejected by policy, addr={addr}, hard",
        s,
        "Mail Delivery System <MAILER-DAEMON@relay.acme.example>",
        "Undelivered Mail Returned to Sender",
        dsn(
            "4B7F21A09C.1723710600/relay.acme.example",
            text(
                "This is the mail system at host relay.acme.example.\n\nYour message could "
                f"not be delivered.\n\n<{addr}>: host\n"
                "    mx.secure-gate.test[203.0.113.70] said: 550 5.7.1 Rejected by policy:\n   "
                " sender domain reputation (in reply to end of DATA "
                "command)",
                cte="7bit",
                charset="us-ascii",
            ),
            status(
                "relay.acme.example",
                addr,
                "failed",
                "5.7.1",
                "550 5.7.1 Rejected by policy",
                "mx.secure-gate.test",
            ),
            returned(addr, "Collaboration with Acme", s - timedelta(minutes=1), "deal-4613"),
        ),
        [("Auto-Submitted", "auto-replied")],
    )
    s = at("2028-12-05 08:25", 1)
    addr = "vit.horak@brnoweb.test"
    bounce(
        "bounce_cs_nedorucitelna",
        f"cs provider plain notice 'Nedoručitelná zpráva', addr={addr}, hard",
        s,
        "Poštovní server <postmaster@mail.brnoweb.test>",
        "Nedoručitelná zpráva: Spolupráce s Acme",
        text(
            f"Vaši zprávu nebylo možné doručit na adresu:\n\n  {addr}\n\nDůvod: uživatel "
            "neexistuje (550 5.1.1)."
        ),
        None,
    )


# --- Challenge/response ------------------------------------------------------------------------


def challenges() -> None:
    s = at("2028-04-20 10:00", -7)
    service(
        "challenge_en_service_verify",
        "challenge",
        "en, service on the creator's behalf, 'verify you are a real sender', Auto-Submitted",
        s,
        "MailGuard for Rowan Pike <verify@mailguard-shield.test>",
        "Please verify your message to Rowan Pike",
        alt(
            "Hello,\n\nRowan Pike uses MailGuard to keep unwanted mail out. Your message is on "
            "hold until you\n"
            "verify that you are a real sender:\n\n"
            "https://mailguard-shield.test/v/7QK2M9\n\nYou only need to do this once.",
            "mg-7QK2M9-alt",
        ),
        [("Auto-Submitted", "auto-replied"), ("Reply-To", "noreply@mailguard-shield.test")],
    )
    s = at("2028-06-13 14:30", 2)
    service(
        "challenge_fr_service_en_attente",
        "challenge",
        "fr, service on the creator's behalf, 'votre message est en attente', Precedence: bulk",
        s,
        "Filtre anti-spam <confirmation@filtre-sur.test>",
        "Votre message à Hugo Lemaire est en attente",
        text(
            "Bonjour,\n\nVotre message à Hugo Lemaire est en attente. Pour qu'il soit remis, "
            "confirmez que vous\n"
            "êtes une personne en cliquant sur ce lien :\n\nhttps://filtre-sur.test/c/ab83f1\n"
            "\nSans confirmation sous 7 jours, il sera supprimé."
        ),
        [("Precedence", "bulk")],
    )
    s = at("2028-08-16 09:10", -3)
    reply(
        "challenge_pt_br_own_address",
        "challenge",
        "pt-BR, from the creator's own address, no header, 'responda esta mensagem para confirmar'",
        s,
        "Camila Rocha",
        "camila@rochaconteudo.test",
        "Re: Parceria com a Acme",
        text(
            "Olá! Para evitar spam, só recebo mensagens de remetentes confirmados.\n"
            "Responda esta mensagem sem alterar o assunto para confirmar seu envio. Obrigada!"
        ),
        "BR",
    )
    s = at("2028-10-11 11:45", 2)
    service(
        "challenge_de_service_kein_roboter",
        "challenge",
        "de, service on the creator's behalf, 'bestätigen Sie, dass Sie kein Roboter sind', "
        "Auto-Submitted",
        s,
        "Postfilter <bestaetigung@postfilter-de.test>",
        "Bitte bestätigen Sie Ihre Nachricht an Felix Brandt",
        alt(
            "Guten Tag,\n\nFelix Brandt nutzt einen Absenderfilter. Bitte bestätigen Sie, dass "
            "Sie kein Roboter sind:\n\n"
            "https://postfilter-de.test/b/91XZ\n\nDanach wird Ihre Nachricht zugestellt.",
            "pf-91XZ",
        ),
        [("Auto-Submitted", "auto-generated")],
    )
    s = at("2028-05-05 16:20", -5)
    reply(
        "challenge_en_us_own_address_header",
        "challenge",
        "en-US, from the creator's own address, Auto-Submitted, 'click to confirm you are human'",
        s,
        "Evan Castillo",
        "evan@castillo-rides.test",
        "Re: Collaboration with Acme",
        text(
            "This is an automated message. I receive a lot of spam, so I need to confirm "
            "you're a person.\n"
            "Click here to be added to my approved senders: "
            "https://castillo-rides.test/approve?t=88e1\n"
            "Your original message will be delivered once you confirm."
        ),
        "US",
        extra=[("Auto-Submitted", "auto-replied")],
    )
    s = at("2028-11-08 13:00", 1)
    service(
        "challenge_nl_service_bevestig",
        "challenge",
        "nl, service on the creator's behalf, Reply-To the creator, 'bevestig dat u een mens bent'",
        s,
        "Afzendercontrole <noreply@afzendercheck.test>",
        "Bevestig uw e-mail aan Femke Jansen",
        text(
            "Beste afzender,\n\nUw e-mail aan Femke Jansen wordt pas afgeleverd als u "
            "bevestigt dat u een mens bent:\n"
            "https://afzendercheck.test/ok/55kj\n\nMet vriendelijke groet,\nAfzendercontrole"
        ),
        [("Reply-To", "femke@jansenvlogt.test")],
    )
    s = at("2028-07-06 10:30", 9)
    reply(
        "challenge_ko_own_address",
        "challenge",
        "ko, from the creator's own address, '스팸 방지를 위해 ... 인증' link",
        s,
        "최민지",
        "minji.choi@minji-daily.test",
        "Re: Acme 협업 제안",
        text(
            "스팸 방지를 위해 처음 보내시는 분은 아래 링크에서 인증을 완료해 주세요.\n"
            "인증 후 메일이 전달됩니다.\n\nhttps://minji-daily.test/verify/2k9d",
            cte="base64",
        ),
        "KR",
    )


# --- Lists and notifications -------------------------------------------------------------------


def notice(
    file: str,
    hint: str,
    sent: datetime,
    sender: str,
    subject: str,
    entity: Entity,
    extra: list[Header] | None = None,
    charset: str = "utf-8",
) -> None:
    service(file, "list", hint, sent, sender, subject, entity, extra, charset=charset)


def lists() -> None:
    s = at("2028-03-02 13:00", 0)
    notice(
        "list_newsletter_platform_one_click",
        "newsletter platform, List-Id, List-Unsubscribe + List-Unsubscribe-Post, List-URL",
        s,
        "The Creator Ledger <ledger@letterstack.test>",
        "Issue 48: what brands paid creators in February",
        alt(
            "This week: sponsorship rates by niche, and why agencies are asking for usage "
            "rights again.\n\n"
            "Read online: https://ledger.letterstack.test/p/issue-48\n\nYou're a free "
            "subscriber. Unsubscribe: https://ledger.letterstack.test/unsub",
            "--==_mimepart_65e31a0b7e1c2",
        ),
        [
            ("List-Id", "<ledger.letterstack.test>"),
            (
                "List-Unsubscribe",
                "<https://ledger.letterstack.test/unsub?u=81>, <mailto:unsub-81@letterstack.test>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("List-URL", "<https://ledger.letterstack.test>"),
            ("Precedence", "bulk"),
        ],
    )
    s = at("2028-05-16 15:00", -4)
    notice(
        "list_campaign_mailer_list_id",
        "mass-mailer campaign, List-ID, X-Mailer, Feedback-ID, unsubscribe in HTML",
        s,
        "Brightloom Cameras <news@brightloom.test>",
        "New lenses, new light \u2728",
        text(
            "<html><body><h1>Meet the Aurora 35mm</h1><p>Sharper, lighter, ready for your next "
            "shoot.</p>"
            '<p><a href="https://brightloom.test/unsubscribe?e=team">Unsubscribe</a> | <a '
            'href="https://brightloom.test/prefs">Update preferences</a></p></body></html>',
            sub="html",
        ),
        [
            ("List-ID", "Brightloom Cameras <a1b2c3.list-id.mailer-house.test>"),
            ("X-Mailer", "MailerHouse Campaigns"),
            ("Feedback-ID", "cmp-5521:brightloom:mailerhouse"),
            ("List-Unsubscribe", "<https://brightloom.test/unsubscribe?e=team>"),
        ],
    )
    s = at("2028-06-26 07:00", 0)
    notice(
        "list_forum_digest_precedence_list",
        "forum digest, Precedence: list, List-Unsubscribe, Auto-Submitted: auto-generated",
        s,
        "Makers Forum <digest@forum.makerscircle.test>",
        "[Makers Forum] Summary of the week",
        text(
            "Popular topics this week:\n\n* How do you price a UGC bundle? (34 replies)\n* "
            "Best mics under 100 EUR (21 replies)\n\n"
            "To unsubscribe from these emails, visit your preferences: "
            "https://forum.makerscircle.test/my/preferences"
        ),
        [
            ("Precedence", "list"),
            ("Auto-Submitted", "auto-generated"),
            ("List-Unsubscribe", "<https://forum.makerscircle.test/email/unsubscribe/c91>"),
        ],
    )
    s = at("2028-09-07 18:22", 2)
    notice(
        "list_group_post_mailing_list",
        "discussion group post by a member, List-Id, List-Post, Mailing-list, Precedence: list",
        s,
        "'Greta Lindqvist' via Nordic Creators <nordic-creators@groups.example>",
        "Re: [nordic-creators] Contract templates?",
        text(
            "I use the one from the guild, works fine for Sweden.\n\nGreta\n\n--\nYou received "
            "this message because you are subscribed to the group.\n"
            "To unsubscribe from this group, send an email "
            "to nordic-creators+unsubscribe@groups.example."
        ),
        [
            ("List-Id", "<nordic-creators.groups.example>"),
            ("List-Post", "<mailto:nordic-creators@groups.example>"),
            (
                "Mailing-list",
                "list nordic-creators@groups.example; "
                "contact nordic-creators+owners@groups.example",
            ),
            ("Precedence", "list"),
            ("List-Unsubscribe", "<mailto:nordic-creators+unsubscribe@groups.example>"),
            ("Reply-To", "nordic-creators@groups.example"),
        ],
    )
    s = at("2028-04-06 12:31", 0)
    notice(
        "list_professional_network_notification",
        "professional-network notification from a no-reply sender, no list headers",
        s,
        "Linkfolio <notifications-noreply@linkfolio.test>",
        "You appeared in 14 searches this week",
        alt(
            "Acme Partnerships, you appeared in 14 searches this week.\n\nSee who's looking: "
            "https://linkfolio.test/me/search-appearances\n\n"
            "You are receiving notification emails. Unsubscribe: "
            "https://linkfolio.test/settings/email",
            "----=_Part_118_9921.1712406660",
        ),
    )
    s = at("2028-10-20 09:14", 0)
    notice(
        "list_task_board_notification",
        "task-board notification, X-Auto-Response-Suppress, reply-by-mail hint",
        s,
        "Boardly <do-not-reply@boardly.test>",
        "Sam moved 'Film unboxing video' to Done",
        text(
            "Sam moved the card 'Film unboxing video' from In review to Done on the board "
            "Autumn launch.\n\n"
            "Reply to this email to add a comment. Turn off these notifications: "
            "https://boardly.test/settings/notifications"
        ),
        [("X-Auto-Response-Suppress", "OOF, AutoReply"), ("Auto-Submitted", "auto-generated")],
    )
    s = at("2028-02-15 08:00", 1)
    notice(
        "list_de_newsletter_latin1",
        "de newsletter, ISO-8859-1 QP, 'Newsletter abbestellen', List-Unsubscribe",
        s,
        who("Fotowelt Magazin", "newsletter@fotowelt-magazin.test"),
        "Ihr Februar-Newsletter: Licht im Winter",
        text(
            "Liebe Leserinnen und Leser,\n\nin dieser Ausgabe: Porträts bei Schnee, Objektive "
            "im Test.\n\n"
            "Newsletter abbestellen: https://fotowelt-magazin.test/abmelden",
            "iso-8859-1",
        ),
        [
            ("List-Unsubscribe", "<https://fotowelt-magazin.test/abmelden?id=4471>"),
            ("Precedence", "bulk"),
        ],
        "iso-8859-1",
    )
    s = at("2028-11-29 10:00", -5)
    notice(
        "list_es_co_newsletter_html_only",
        "es-CO newsletter, HTML only, 'cancelar suscripción' link, no List-*",
        s,
        "Mercado Creativo <boletin@mercadocreativo.test>",
        "Boletín de noviembre: tendencias para creadores",
        text(
            "<html><body><h2>Tendencias de noviembre</h2><p>Las marcas buscan videos cortos y "
            "honestos.</p>"
            "<p>Si no deseas recibir más correos, <a "
            'href="https://mercadocreativo.test/baja">cancelar suscripción</a>.</p></body></html>',
            sub="html",
            cte="base64",
        ),
    )
    s = at("2028-08-31 20:00", -3)
    notice(
        "list_pt_br_newsletter_mailto_https",
        "pt-BR newsletter, List-Unsubscribe mailto + https, Precedence: bulk",
        s,
        "Criadores em Pauta <contato@criadoresempauta.test>",
        "Edição 112: quanto cobrar por um reels",
        text(
            "Olá!\n\nNesta edição: tabela de preços de reels e como negociar direitos de uso.\n\n"
            "Para deixar de receber, clique aqui: https://criadoresempauta.test/descadastrar"
        ),
        [
            (
                "List-Unsubscribe",
                "<mailto:sair@criadoresempauta.test>, <https://criadoresempauta.test/descadastrar>",
            ),
            ("Precedence", "bulk"),
        ],
    )
    s = at("2028-06-01 12:00", 9)
    notice(
        "list_ja_mail_magazine_shift_jis",
        "ja mail magazine, Shift_JIS base64, '配信解除はこちら', no List-*",
        s,
        who("クリエイター通信", "magazine@creator-tsushin.test", "shift_jis"),
        "【クリエイター通信】6月号のお知らせ",
        text(
            "いつもご愛読ありがとうございます。\n今月の特集は「企業案件の進め方」です。\n\n"
            "配信解除はこちら\nhttps://creator-tsushin.test/stop",
            "shift_jis",
            "base64",
        ),
        [("X-Mailer", "MagMail Pro 4")],
        "shift_jis",
    )
    s = at("2028-03-21 19:00", 2)
    notice(
        "list_event_meetup_precedence_bulk",
        "event-platform announcement, only Precedence: bulk",
        s,
        "Gatherly <info@gatherly.test>",
        "New event: Creators & Coffee, Berlin, 4 April",
        text(
            "A new event was posted in Berlin Creators:\n\nCreators & Coffee - Tuesday, 4 "
            "April 2028, 9:00\n\n"
            "RSVP: https://gatherly.test/e/3310\nManage email settings: "
            "https://gatherly.test/account/email"
        ),
        [("Precedence", "bulk")],
    )
    s = at("2028-07-31 06:05", 0)
    notice(
        "list_payment_platform_statement",
        "payment platform monthly statement notification, no-reply, Auto-Submitted",
        s,
        "Paywell <no-reply@paywell.test>",
        "Your July statement is ready",
        alt(
            "Hi Acme Partnerships,\n\nYour statement for July 2028 is ready to view in your "
            "dashboard:\n"
            "https://paywell.test/statements/2028-07\n\nThis is an automated message; replies "
            "are not monitored.",
            "pw-stmt-2028-07",
        ),
        [("Auto-Submitted", "auto-generated")],
    )


def main() -> None:
    humans()
    auto_replies()
    bounces()
    challenges()
    lists()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for name, data, _ in CORPUS:
        (HERE / name).write_bytes(data)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for _, _, row in sorted(CORPUS, key=lambda item: item[0]):
            writer.writerow(row)
    print(f"wrote {len(CORPUS)} messages to {HERE}")


if __name__ == "__main__":
    main()
