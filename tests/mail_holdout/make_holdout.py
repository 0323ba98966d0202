"""Write the held-out mail corpus: `uv run python tests/mail_holdout/make_holdout.py`.

A second labelled corpus, written without looking at the classifier's rules, so that
`bench/classify_corpus.py --corpus tests/mail_holdout` is a held-out measure. Every message is
composed here (made-up people, `.example`/`.test` domains, own wording). The output is
deterministic: it rewrites every `.eml` file and `labels.csv`, and deletes `.eml` files it no
longer makes.
"""

import base64
import csv
import io
import quopri
from dataclasses import dataclass
from datetime import datetime
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("human", "auto_reply", "bounce", "challenge", "list")
TEAM = "Acme Partnerships <team@acme.example>"
SUBJECT = "Spring collab with Acme - next steps"


@dataclass(frozen=True)
class Entry:
    file: str
    kind: str
    reason_hint: str
    return_date: str
    received_at: str
    sender_country: str
    raw: bytes


ENTRIES: list[Entry] = []


def add(
    file: str, kind: str, raw: bytes, *, at: str, country: str, hint: str, ret: str = ""
) -> None:
    assert kind in KINDS, kind
    assert all(e.file != file for e in ENTRIES), file
    ENTRIES.append(Entry(file, kind, hint, ret, at, country, raw))


def rfc_date(at: str) -> str:
    return format_datetime(datetime.fromisoformat(at))


def enc(value: str) -> str:
    """A header value, RFC 2047-encoded when it is not ASCII."""
    if value.isascii():
        return value
    return Header(value, "utf-8").encode()


def person(name: str, address: str) -> str:
    return f"{enc(name)} <{address}>" if not name.isascii() else f'"{name}" <{address}>'


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def head(headers: list[tuple[str, str]]) -> str:
    return "".join(f"{name}: {value}\n" for name, value in headers)


def encode_body(text: str, charset: str, cte: str) -> bytes:
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        b64 = base64.b64encode(data).decode("ascii")
        return "".join(b64[i : i + 76] + "\r\n" for i in range(0, len(b64), 76)).encode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def part_header(subtype: str, charset: str, cte: str) -> str:
    return f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n'


def single(
    headers: list[tuple[str, str]],
    text: str,
    *,
    charset: str = "utf-8",
    cte: str = "",
    subtype: str = "plain",
) -> bytes:
    cte = cte or ("7bit" if text.isascii() else "8bit")
    top = crlf(head([*headers, ("MIME-Version", "1.0")]) + part_header(subtype, charset, cte))
    return top.encode("ascii") + b"\r\n" + encode_body(text, charset, cte)


def alternative(
    headers: list[tuple[str, str]], text: str, html: str, *, boundary: str, cte: str = "base64"
) -> bytes:
    out = io.BytesIO()
    top = head(
        [
            *headers,
            ("MIME-Version", "1.0"),
            ("Content-Type", f'multipart/alternative; boundary="{boundary}"'),
        ]
    )
    out.write(crlf(top + "\n").encode("ascii"))
    for subtype, content in (("plain", text), ("html", html)):
        out.write(crlf(f"--{boundary}\n" + part_header(subtype, "utf-8", cte) + "\n").encode())
        out.write(encode_body(content, "utf-8", cte))
    out.write(f"--{boundary}--\r\n".encode("ascii"))
    return out.getvalue()


def dsn(
    headers: list[tuple[str, str]],
    notice: str,
    status: str,
    *,
    boundary: str,
    reporting: str,
    original_id: str,
    original_to: str,
) -> bytes:
    """An RFC 3464 multipart/report with a human notice, the status part and the headers."""
    top = head(
        [
            *headers,
            ("MIME-Version", "1.0"),
            (
                "Content-Type",
                f'multipart/report; report-type=delivery-status; boundary="{boundary}"',
            ),
        ]
    )
    body = (
        "This is a multi-part message in MIME format.\n\n"
        f"--{boundary}\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
        f"{notice}\n"
        f"--{boundary}\n"
        "Content-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; {reporting}\n\n{status}\n"
        f"--{boundary}\n"
        "Content-Type: text/rfc822-headers\n\n"
        f"From: {TEAM}\nTo: {original_to}\nSubject: {SUBJECT}\n"
        f"Message-ID: {original_id}\n\n"
        f"--{boundary}--\n"
    )
    return crlf(top + "\n" + body).encode("utf-8")


def reply_headers(
    sender: str, at: str, n: int, *, subject: str = "", extra: list[tuple[str, str]] | None = None
) -> list[tuple[str, str]]:
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    return [
        ("From", sender),
        ("To", TEAM),
        ("Subject", enc(subject or f"Re: {SUBJECT}")),
        ("Date", rfc_date(at)),
        ("Message-ID", f"<ho-{n}.{at[:10]}@{domain}>"),
        ("In-Reply-To", f"<nudge-{n}@acme.example>"),
        ("References", f"<nudge-{n}@acme.example>"),
        *(extra or []),
    ]


QUOTE = (
    "> Hello,\n"
    ">\n"
    "> Following up on our spring collaboration: when can we expect the first\n"
    "> cut of the video? We'd like to schedule it for the week of 22 March.\n"
    ">\n"
    "> Warm regards,\n"
    "> Acme Partnerships\n"
)


# --------------------------------------------------------------------------------------- human


def humans() -> None:
    at = "2027-03-08T11:42:00+01:00"
    add(
        "human_thunderbird_fr.eml",
        "human",
        single(
            [
                *reply_headers('"Camille Arnaud" <camille@atelier-arnaud.example>', at, 1),
                ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Thunderbird/128.4.0"),
            ],
            "Bonjour,\n\nLe premier montage part chez vous jeudi soir, promis. J'ai refait\n"
            "l'éclairage de la scène deux, c'est beaucoup mieux.\n\nBien à vous,\nCamille\n\n"
            f"Le 08/03/2027 à 09:00, Acme Partnerships a écrit :\n{QUOTE}",
            cte="quoted-printable",
        ),
        at=at,
        country="FR",
        hint="Thunderbird, French, quoted-printable",
    )
    at = "2027-03-08T14:05:00+01:00"
    add(
        "human_gmail_it.eml",
        "human",
        alternative(
            reply_headers(person("Giulia Ferri", "giulia.ferri@gmail.example"), at, 2),
            "Ciao!\n\nSì, il montaggio è quasi pronto: ve lo mando entro venerdì.\n"
            "Ho solo un dubbio sulla musica, ne parliamo?\n\nGiulia\n\n"
            f"Il giorno lun 8 mar 2027 alle ore 09:00 Acme Partnerships ha scritto:\n\n{QUOTE}",
            '<div dir="ltr">Ciao!<br><br>Sì, il montaggio è quasi pronto: ve lo mando entro'
            " venerdì.<br>Ho solo un dubbio sulla musica, ne parliamo?<br><br>Giulia</div>\n",
            boundary="000000000000holdout02",
        ),
        at=at,
        country="IT",
        hint="Gmail, Italian, base64 alternative",
    )
    at = "2027-03-09T08:15:00+01:00"
    add(
        "human_outlook_nl.eml",
        "human",
        single(
            [
                *reply_headers(person("Daan Visser", "daan@vissermedia.example"), at, 3),
                ("X-Mailer", "Microsoft Outlook 16.0"),
                ("Thread-Index", "AQHZholdout03AAAAAA=="),
                ("Content-Language", "nl-NL"),
            ],
            "Hoi,\n\nDank voor het geduld. De eerste versie staat woensdag in jullie map.\n\n"
            "Groet,\nDaan\n\n"
            "Van: Acme Partnerships <team@acme.example>\nVerzonden: maandag 8 maart 2027 09:00\n"
            f"Aan: daan@vissermedia.example\nOnderwerp: {SUBJECT}\n\n"
            + QUOTE.replace("> ", "").replace(">", ""),
        ),
        at=at,
        country="NL",
        hint="Outlook desktop, Dutch, Van:/Verzonden: quote header",
    )
    at = "2027-03-09T10:30:00+01:00"
    add(
        "human_apple_sv.eml",
        "human",
        single(
            [
                *reply_headers(person("Elin Sjöberg", "elin@sjoberg-studio.example"), at, 4),
                ("X-Mailer", "Apple Mail (2.3774.600.62)"),
            ],
            "Hej!\n\nKlippet är klart i morgon. Jag skickar en länk direkt.\n\nMvh\nElin\n\n"
            f"> 8 mars 2027 kl. 09:00 skrev Acme Partnerships <team@acme.example>:\n>\n{QUOTE}",
            cte="quoted-printable",
        ),
        at=at,
        country="SE",
        hint="Apple Mail, Swedish",
    )
    at = "2027-03-15T09:20:00+00:00"
    add(
        "human_back_from_holiday.eml",
        "human",
        single(
            reply_headers('"Priya Nair" <priya@priyacooks.example>', at, 5),
            "Hi both,\n\nApologies for the silence - I was on holiday until yesterday and "
            "only now\ngot through my inbox. The cut is done; I'll upload it this afternoon.\n\n"
            f"Cheers,\nPriya\n\nOn 8 Mar 2027, at 09:00, Acme Partnerships wrote:\n{QUOTE}",
        ),
        at=at,
        country="GB",
        hint="human says she was on holiday until yesterday",
    )
    at = "2027-03-16T16:48:00-05:00"
    add(
        "human_quotes_own_autoreply.eml",
        "human",
        single(
            reply_headers('"Jordan Reyes" <jordan@reyesoutdoors.example>', at, 6),
            "Hey team,\n\nYou probably got my auto-reply below, sorry about that. I'm back now\n"
            "and the video is on track for Friday.\n\nJordan\n\n"
            "-----Original Message-----\nFrom: Jordan Reyes\nSubject: Automatic reply: "
            f"{SUBJECT}\n\nI am out of the office until March 15 with no access to email.\n"
            "For urgent matters please contact my manager.\n",
        ),
        at=at,
        country="US",
        hint="human quoting his own out-of-office (subject and date in the quote)",
    )
    at = "2027-03-10T12:00:00-08:00"
    add(
        "human_unsubscribe_signature.eml",
        "human",
        alternative(
            reply_headers('"Ava Chen" <ava@avabakes.example>', at, 7),
            "Hi,\n\nThanks for the reminder! Draft attached link: https://files.avabakes.example/d/9\n"
            "\nAva\n--\nAva Chen | Ava Bakes\nGet my weekly recipes: https://avabakes.example/join\n"
            "Don't want them any more? Unsubscribe: https://avabakes.example/unsubscribe\n"
            "View in browser | Manage your email preferences\n",
            "<p>Hi,</p><p>Thanks for the reminder! Draft: "
            '<a href="https://files.avabakes.example/d/9">link</a></p><p>Ava</p>'
            '<p style="font-size:10px">Get my weekly recipes. '
            '<a href="https://avabakes.example/unsubscribe">Unsubscribe</a> | '
            "Manage your email preferences</p>\n",
            boundary="--holdout07--alt",
            cte="quoted-printable",
        ),
        at=at,
        country="US",
        hint="human with newsletter unsubscribe and preferences links in signature",
    )
    at = "2027-03-10T09:10:00+00:00"
    add(
        "human_about_away_message.eml",
        "human",
        single(
            reply_headers(
                '"Tom Okafor" <tom@okafortech.example>',
                at,
                8,
                subject="Re: Auto-reply / away message feature - review video",
            ),
            "Hi,\n\nFor the review, I'll demo how the app's away message and auto-reply\n"
            "work when you're on vacation. Out of office mode is the main feature, so\n"
            "I'll spend two minutes on it. Script attached by Thursday.\n\nTom\n",
        ),
        at=at,
        country="GB",
        hint="subject and text full of auto-reply / away / out of office words (a product)",
    )
    at = "2027-03-09T18:22:00+09:00"
    add(
        "human_ja_docomo.eml",
        "human",
        single(
            reply_headers(person("佐藤 美咲", "misaki.sato@docomo.example"), at, 9),
            "Acme Partnersの皆様\n\nいつもお世話になっております。佐藤です。\n"
            "動画の初稿は金曜日までにお送りいたします。\nよろしくお願いいたします。\n\n佐藤\n",
            cte="base64",
        ),
        at=at,
        country="JP",
        hint="Japanese mobile reply, base64, no quote",
    )
    at = "2027-03-11T10:05:00-03:00"
    add(
        "human_ptbr_ferias.eml",
        "human",
        single(
            reply_headers(person("Letícia Moura", "leticia@mouravlog.example"), at, 10),
            "Oi pessoal,\n\nVoltei das férias ontem, desculpem a demora! O vídeo fica pronto\n"
            "até sexta-feira, dia 12.\n\nAbraços,\nLetícia\n\nEnviado do meu Galaxy\n",
        ),
        at=at,
        country="BR",
        hint="human back from vacation (férias) with a date, Samsung signature",
    )
    at = "2027-03-09T15:40:00+01:00"
    add(
        "human_de_future_vacation.eml",
        "human",
        single(
            reply_headers(person("Lukas Brandt", "lukas@brandt-bikes.example"), at, 11),
            "Hallo zusammen,\n\nich bin ab dem 20. März zwei Wochen im Urlaub und bis zum "
            "5. April\nnicht erreichbar. Deshalb schicke ich euch den Schnitt schon "
            "diesen Freitag.\n\n"
            "Viele Grüße\nLukas\n\n"
            "Am Mo., 8. März 2027 um 09:00 Uhr schrieb Acme Partnerships "
            f"<team@acme.example>:\n{QUOTE}",
        ),
        at=at,
        country="DE",
        hint="human announcing a future vacation with dates (Urlaub, nicht erreichbar)",
    )
    at = "2027-03-10T11:11:00+08:00"
    add(
        "human_zh_tw.eml",
        "human",
        single(
            reply_headers(person("林怡君", "yijun.lin@linstudio.example"), at, 12),
            "您好，\n\n影片初稿預計本週五交付，我們這兩天在調整字幕。\n若有問題請隨時告訴我。\n\n"
            "怡君 敬上\n",
            cte="base64",
        ),
        at=at,
        country="TW",
        hint="Traditional Chinese reply",
    )
    at = "2027-03-09T20:02:00-06:00"
    add(
        "human_iphone_es_mx.eml",
        "human",
        single(
            [
                *reply_headers(person("Andrés Cárdenas", "andres@cardenasfit.example"), at, 13),
                ("X-Mailer", "iPhone Mail (21D61)"),
            ],
            "Listo, lo mando el jueves 👍\n\nEnviado desde mi iPhone\n\n"
            "> El 8 mar 2027, a las 3:00, Acme Partnerships <team@acme.example> escribió:\n"
            f">\n{QUOTE}",
        ),
        at=at,
        country="MX",
        hint="short iPhone reply, Spanish (MX), emoji",
    )
    at = "2027-03-09T13:30:00+00:00"
    add(
        "human_mentions_bounce.eml",
        "human",
        single(
            reply_headers('"Sam Whitfield" <sam@whitfieldgames.example>', at, 14),
            "Hi,\n\nYour previous email to my old address got a delivery failure from the\n"
            "mailer-daemon (undeliverable, mailbox unavailable), so please use this one\n"
            "from now on. The video is ready for review.\n\nSam\n",
        ),
        at=at,
        country="GB",
        hint="human talking about a bounce (mailer-daemon, undeliverable, delivery failure)",
    )


# ---------------------------------------------------------------------------------- auto_reply


def auto_replies() -> None:
    at = "2027-03-08T09:01:00+00:00"
    add(
        "auto_annual_leave_en.eml",
        "auto_reply",
        single(
            reply_headers(
                '"Olivia Grant" <olivia@grantdesigns.example>',
                at,
                21,
                subject=f"Annual leave: {SUBJECT}",
                extra=[("Auto-Submitted", "auto-replied")],
            ),
            "Hello, and thank you for getting in touch.\n\nI am on annual leave and will be "
            "returning on Monday 15 March.\nYour email will be read when I'm back.\n\nOlivia\n",
        ),
        at=at,
        country="GB",
        hint="Auto-Submitted, 'returning on Monday 15 March'",
        ret="2027-03-15",
    )
    at = "2027-03-08T10:01:00+01:00"
    add(
        "auto_it_x_autoreply.eml",
        "auto_reply",
        single(
            reply_headers(
                person("Marco Bellini", "marco@bellinifood.example"),
                at,
                22,
                subject=f"Risposta automatica: {SUBJECT}",
                extra=[("X-Autoreply", "yes")],
            ),
            "Grazie per il messaggio.\nSono fuori ufficio fino al 12 marzo e leggerò la posta "
            "al mio rientro.\n\nMarco Bellini\n",
        ),
        at=at,
        country="IT",
        hint="X-Autoreply, Italian 'fino al 12 marzo'",
        ret="2027-03-12",
    )
    at = "2027-03-08T10:02:00+01:00"
    add(
        "auto_de_exchange_loop.eml",
        "auto_reply",
        single(
            reply_headers(
                person("Katrin Vogel", "k.vogel@vogel-verlag.example"),
                at,
                23,
                subject=f"Automatische Antwort: {SUBJECT}",
                extra=[
                    ("X-MS-Exchange-Inbox-Rules-Loop", "k.vogel@vogel-verlag.example"),
                    ("X-MS-Has-Attach", ""),
                ],
            ),
            "Sehr geehrte Damen und Herren,\n\nich bin bis einschließlich 19.03.2027 nicht im "
            "Büro. Ab dem 22.03. bin ich\nwieder für Sie erreichbar.\n\nMit freundlichen "
            "Grüßen\nKatrin Vogel\n",
        ),
        at=at,
        country="DE",
        hint="Exchange inbox-rules loop header only, 'bis einschließlich 19.03.2027 … ab 22.03.'",
        ret="2027-03-22",
    )
    at = "2027-03-29T08:00:00+02:00"
    add(
        "auto_sv_semester.eml",
        "auto_reply",
        single(
            reply_headers(
                person("Nils Ekström", "nils@ekstrom-outdoor.example"),
                at,
                24,
                subject=f"Frånvaro: {SUBJECT}",
                extra=[("Auto-Submitted", "auto-generated")],
            ),
            "Hej,\n\nJag har semester och är tillbaka på kontoret tisdag 6 april.\n"
            "Brådskande ärenden: info@ekstrom-outdoor.example\n\nNils\n",
        ),
        at=at,
        country="SE",
        hint="Auto-Submitted auto-generated, Swedish 'tillbaka … tisdag 6 april'",
        ret="2027-04-06",
    )
    at = "2027-03-15T17:00:00+09:00"
    add(
        "auto_ja_x_autorespond.eml",
        "auto_reply",
        single(
            reply_headers(
                person("高橋 健", "ken.takahashi@takahashi-lab.example"),
                at,
                25,
                subject=f"自動応答: {SUBJECT}",
                extra=[("X-Autorespond", "1")],
            ),
            "ご連絡ありがとうございます。\n誠に勝手ながら、3月25日まで出張のため不在にしております。\n"
            "戻り次第ご返信いたします。\n\n高橋\n",
            cte="base64",
        ),
        at=at,
        country="JP",
        hint="X-Autorespond, Japanese '3月25日まで … 不在'",
        ret="2027-03-25",
    )
    at = "2027-03-08T09:05:00+00:00"
    add(
        "auto_support_ack.eml",
        "auto_reply",
        single(
            [
                ("From", '"Brightlane Support" <support@brightlane.example>'),
                ("To", TEAM),
                ("Subject", f"[Case #48213] We got your message: {SUBJECT}"),
                ("Date", rfc_date(at)),
                ("Message-ID", "<case-48213@brightlane.example>"),
                ("In-Reply-To", "<nudge-26@acme.example>"),
                ("Precedence", "auto_reply"),
            ],
            "Hi there,\n\nThis is a confirmation that your request reached our team. We reply\n"
            "within two business days. Please keep the case number in the subject line.\n\n"
            "- Brightlane Support\n",
        ),
        at=at,
        country="GB",
        hint="Precedence auto_reply, support acknowledgement (not away), no date",
    )
    # --- no automatic header from here on
    at = "2027-03-08T10:10:00+01:00"
    add(
        "auto_noheader_es_vacaciones.eml",
        "auto_reply",
        single(
            reply_headers(
                person("Lucía Herrero", "lucia@herrero-viajes.example"),
                at,
                27,
                subject=f"Respuesta automática: {SUBJECT}",
            ),
            "Hola,\n\nEstaré de vacaciones hasta el 29 de marzo, sin acceso al correo.\n"
            "Te responderé a mi vuelta.\n\nUn saludo,\nLucía\n",
        ),
        at=at,
        country="ES",
        hint="no header, Spanish subject 'Respuesta automática', 'hasta el 29 de marzo'",
        ret="2027-03-29",
    )
    at = "2027-03-10T08:30:00-05:00"
    add(
        "auto_noheader_us_numeric.eml",
        "auto_reply",
        single(
            reply_headers(
                '"Brian Kessler" <brian@kesslerfilms.example>', at, 28, subject=f"Re: {SUBJECT}"
            ),
            "Thanks for your note! I'm out of the office through 3/19 and will return on\n"
            "3/22. I'll have limited access to email in the meantime.\n\nBrian\n",
        ),
        at=at,
        country="US",
        hint="no header, plain Re: subject, US numeric 'through 3/19 … return on 3/22'",
        ret="2027-03-22",
    )
    at = "2027-03-22T09:00:00+00:00"
    add(
        "auto_noheader_pt_ausente.eml",
        "auto_reply",
        single(
            reply_headers(
                person("Rui Tavares", "rui@tavares-surf.example"),
                at,
                29,
                subject=f"Ausente: {SUBJECT}",
            ),
            "Olá,\n\nEncontro-me ausente até dia 5 de abril, com acesso limitado ao email.\n"
            "Obrigado pela compreensão.\n\nRui Tavares\n",
            cte="quoted-printable",
        ),
        at=at,
        country="PT",
        hint="no header, Portuguese 'Ausente', 'até dia 5 de abril'",
        ret="2027-04-05",
    )
    at = "2027-03-08T11:00:00+02:00"
    add(
        "auto_noheader_el.eml",
        "auto_reply",
        single(
            reply_headers(
                person("Ελένη Παππά", "eleni@pappa-art.example"),
                at,
                30,
                subject=f"Εκτός γραφείου: {SUBJECT}",
            ),
            "Καλησπέρα,\n\nΕίμαι εκτός γραφείου έως τις 18 Μαρτίου. Θα απαντήσω στο μήνυμά σας "
            "μόλις επιστρέψω.\n\nΕλένη\n",
            cte="base64",
        ),
        at=at,
        country="GR",
        hint="no header, Greek 'Εκτός γραφείου', 'έως τις 18 Μαρτίου'",
        ret="2027-03-18",
    )
    at = "2027-03-08T09:03:00+00:00"
    add(
        "auto_noheader_parental_leave.eml",
        "auto_reply",
        single(
            reply_headers('"Hannah Moore" <hannah@mooremakes.example>', at, 31),
            "Thank you for your email. I am currently on parental leave and checking\n"
            "messages only occasionally. For anything about partnerships, please write to\n"
            "my colleague Dev at dev@mooremakes.example.\n\nHannah\n",
        ),
        at=at,
        country="GB",
        hint="no header, plain Re: subject, parental leave, no date",
    )
    at = "2027-03-12T10:00:00+02:00"
    add(
        "auto_noheader_fi_loma.eml",
        "auto_reply",
        single(
            reply_headers(
                person("Aino Virtanen", "aino@virtanen-design.example"),
                at,
                32,
                subject=f"Poissa: {SUBJECT}",
            ),
            "Hei,\n\nOlen lomalla 15.3.–26.3.2027 enkä lue sähköpostia. Kiireellisissä asioissa\n"
            "ota yhteyttä: studio@virtanen-design.example\n\nAino\n",
        ),
        at=at,
        country="FI",
        hint="no header, Finnish 'Poissa', range '15.3.–26.3.2027'",
        ret="2027-03-26",
    )


# -------------------------------------------------------------------------------------- bounce


def bounces() -> None:
    at = "2027-03-08T09:00:07+00:00"
    add(
        "bounce_dsn_opensmtpd_hard.eml",
        "bounce",
        dsn(
            [
                ("Return-Path", "<>"),
                ("From", "MAILER-DAEMON@relay.acme.example"),
                ("To", "team@acme.example"),
                ("Subject", "Delivery status notification: error"),
                ("Date", rfc_date(at)),
                ("Message-ID", "<dsn-b1@relay.acme.example>"),
            ],
            "Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n"
            "An error has occurred while attempting to deliver a message for\n"
            "the following list of recipients:\n\nnoah@gonefilms.example: 550 No such user\n",
            "Final-Recipient: rfc822; noah@gonefilms.example\nAction: failed\nStatus: 5.1.1\n"
            "Diagnostic-Code: smtp; 550 5.1.1 No such user here",
            boundary="16EB3C2A.holdout.b1",
            reporting="relay.acme.example",
            original_id="<nudge-41@acme.example>",
            original_to="noah@gonefilms.example",
        ),
        at=at,
        country="",
        hint="RFC 3464, OpenSMTPD-like wording, hard, addr=noah@gonefilms.example",
    )
    at = "2027-03-08T09:00:09+01:00"
    add(
        "bounce_dsn_de_mailbox_full.eml",
        "bounce",
        dsn(
            [
                ("Return-Path", "<>"),
                ("From", '"Mailserver" <postmaster@mx.kunde.test>'),
                ("To", "team@acme.example"),
                ("Subject", "Unzustellbar: Postfach voll"),
                ("Date", rfc_date(at)),
                ("Message-ID", "<dsn-b2@mx.kunde.test>"),
                ("Auto-Submitted", "auto-replied"),
            ],
            "Ihre Nachricht konnte nicht zugestellt werden, weil das Postfach des\n"
            "Empfängers voll ist. Der Server versucht es nicht erneut.\n",
            "Final-Recipient: rfc822; jonas@kunde.test\nAction: failed\nStatus: 4.2.2\n"
            "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full",
            boundary="b2-holdout-report",
            reporting="mx.kunde.test",
            original_id="<nudge-42@acme.example>",
            original_to="jonas@kunde.test",
        ),
        at=at,
        country="DE",
        hint="RFC 3464, German, mailbox full, soft, addr=jonas@kunde.test",
    )
    at = "2027-03-08T13:00:00+00:00"
    add(
        "bounce_dsn_delay.eml",
        "bounce",
        dsn(
            [
                ("Return-Path", "<>"),
                ("From", '"Mail Delivery Service" <mailer-daemon@out.acme.example>'),
                ("To", "team@acme.example"),
                ("Subject", "Delivery Status Notification (Delay)"),
                ("Date", rfc_date(at)),
                ("Message-ID", "<dsn-b3@out.acme.example>"),
            ],
            "Your message has not been delivered yet. The server will keep trying for\n"
            "another 44 hours; you don't need to send it again.\n\n"
            "  zara@slowhost.example - connection timed out\n",
            "Final-Recipient: rfc822; zara@slowhost.example\nAction: delayed\nStatus: 4.4.1\n"
            "Will-Retry-Until: Wed, 10 Mar 2027 09:00:00 +0000",
            boundary="b3.delay.holdout",
            reporting="out.acme.example",
            original_id="<nudge-43@acme.example>",
            original_to="zara@slowhost.example",
        ),
        at=at,
        country="",
        hint="RFC 3464 delay warning, soft, addr=zara@slowhost.example",
    )
    at = "2027-03-08T10:00:12+01:00"
    add(
        "bounce_plain_it.eml",
        "bounce",
        single(
            [
                ("Return-Path", "<>"),
                ("From", '"Sistema di posta" <postmaster@posta.fornitore.test>'),
                ("To", "team@acme.example"),
                ("Subject", "Messaggio non recapitato"),
                ("Date", rfc_date(at)),
                ("Message-ID", "<nr-b4@posta.fornitore.test>"),
            ],
            "Il messaggio inviato a <chiara@fornitore.test> non è stato recapitato.\n"
            "Motivo: l'indirizzo del destinatario non esiste (550 utente sconosciuto).\n\n"
            f"Oggetto del messaggio originale: {SUBJECT}\n",
        ),
        at=at,
        country="IT",
        hint="plain notice, Italian, hard, addr=chiara@fornitore.test",
    )
    at = "2027-03-08T03:00:15-06:00"
    add(
        "bounce_plain_es.eml",
        "bounce",
        single(
            [
                ("From", '"Administrador del sistema" <MAILER-DAEMON@correo.negocio.test>'),
                ("To", "team@acme.example"),
                ("Subject", enc("Notificación de estado de entrega (error)")),
                ("Date", rfc_date(at)),
                ("Message-ID", "<nr-b5@correo.negocio.test>"),
            ],
            "No se pudo entregar su mensaje a los siguientes destinatarios:\n\n"
            "    pablo@negocio.test\n\nEl buzón no existe o ha sido desactivado.\n"
            "Este es un mensaje generado automáticamente; no lo responda.\n",
        ),
        at=at,
        country="MX",
        hint="plain notice, Spanish, hard, addr=pablo@negocio.test",
    )
    at = "2027-03-08T06:00:20-03:00"
    add(
        "bounce_plain_ptbr.eml",
        "bounce",
        single(
            [
                ("Return-Path", "<>"),
                ("From", '"Servidor de e-mail" <nao-responda@mail.provedor.test>'),
                ("To", "team@acme.example"),
                ("Subject", "Falha na entrega da mensagem"),
                ("Date", rfc_date(at)),
                ("Message-ID", "<nr-b6@mail.provedor.test>"),
            ],
            "Não foi possível entregar sua mensagem para bruno@provedor.test.\n"
            "O endereço de e-mail não foi encontrado no servidor de destino.\n\n"
            "Erro técnico: 550 5.1.1 recipient rejected\n",
            cte="quoted-printable",
        ),
        at=at,
        country="BR",
        hint="plain notice, Brazilian Portuguese, no-reply sender, hard, addr=bruno@provedor.test",
    )


# ----------------------------------------------------------------------------------- challenge


def challenges() -> None:
    at = "2027-03-08T09:02:00+00:00"
    add(
        "challenge_verisend_en.eml",
        "challenge",
        single(
            [
                ("From", '"Rosa Lind via VeriSend" <verify@verisend.example>'),
                ("Reply-To", "verify@verisend.example"),
                ("To", TEAM),
                ("Subject", f"Please verify you're a person: {SUBJECT}"),
                ("Date", rfc_date(at)),
                ("Message-ID", "<vs-7781@verisend.example>"),
                ("Auto-Submitted", "auto-replied"),
            ],
            "Hello,\n\nRosa Lind uses VeriSend to keep her inbox free of spam. Your message is\n"
            "on hold and will be delivered once you confirm you are a real sender.\n\n"
            "Confirm here (one click, only once): https://verisend.example/c/7781\n\n"
            "Unconfirmed messages are deleted after 7 days.\n",
        ),
        at=at,
        country="",
        hint="challenge service with Auto-Submitted, own wording",
    )
    at = "2027-03-08T10:02:00+01:00"
    add(
        "challenge_it_noheader.eml",
        "challenge",
        single(
            [
                ("From", person("Filtro antispam di Paolo Gatti", "paolo@gatti-music.example")),
                ("To", TEAM),
                ("Subject", f"Conferma il tuo indirizzo - {SUBJECT}"),
                ("Date", rfc_date(at)),
                ("Message-ID", "<cf-22@gatti-music.example>"),
            ],
            "Gentile mittente,\n\nper proteggersi dallo spam, Paolo accetta solo messaggi da "
            "mittenti\nverificati. Rispondi a questa email senza modificare l'oggetto, oppure "
            "clicca\nsul link qui sotto, e il tuo messaggio verrà consegnato:\n\n"
            "https://filtro.gatti-music.example/ok?id=22\n",
        ),
        at=at,
        country="IT",
        hint="challenge from the creator's own address, Italian, no automatic header",
    )
    at = "2027-03-08T10:03:00+01:00"
    add(
        "challenge_fr_html.eml",
        "challenge",
        alternative(
            [
                ("From", '"MailGarde" <noreply@mailgarde.test>'),
                ("To", TEAM),
                ("Subject", enc("Votre message est en attente de vérification")),
                ("Date", rfc_date(at)),
                ("Message-ID", "<mg-3390@mailgarde.test>"),
                ("Precedence", "bulk"),
            ],
            "Bonjour,\n\nVotre message à manon@manon-deco.example est retenu. Pour qu'il soit\n"
            "remis, prouvez que vous n'êtes pas un robot : https://mailgarde.test/v/3390\n\n"
            "Vous n'aurez à le faire qu'une seule fois.\n",
            "<p>Bonjour,</p><p>Votre message à manon@manon-deco.example est retenu.</p>"
            '<p><a href="https://mailgarde.test/v/3390">Je ne suis pas un robot</a></p>\n',
            boundary="mg-alt-3390",
        ),
        at=at,
        country="FR",
        hint="challenge service, French, HTML alternative, Precedence bulk",
    )


# ---------------------------------------------------------------------------------------- list


def lists() -> None:
    at = "2027-03-09T15:00:00+00:00"
    add(
        "list_newsletter_list_unsubscribe.eml",
        "list",
        alternative(
            [
                ("From", '"Creator Weekly" <news@creatorweekly.example>'),
                ("To", "team@acme.example"),
                ("Subject", "5 ways to pitch brands this spring"),
                ("Date", rfc_date(at)),
                ("Message-ID", "<cw-2027-10@mail.creatorweekly.example>"),
                ("List-Id", "Creator Weekly <weekly.creatorweekly.example>"),
                ("List-Unsubscribe", "<https://creatorweekly.example/u/abc>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ],
            "This week: five pitch templates, a rate card checklist and our Q&A.\n\n"
            "Read online: https://creatorweekly.example/issues/10\n",
            "<h1>Creator Weekly</h1><p>This week: five pitch templates.</p>\n",
            boundary="cw-10-alt",
        ),
        at=at,
        country="",
        hint="newsletter with List-Id and one-click List-Unsubscribe",
    )
    at = "2027-03-09T16:20:00+00:00"
    add(
        "list_tracker_notification.eml",
        "list",
        single(
            [
                ("From", '"Plankit" <notifications@plankit.example>'),
                ("To", "team@acme.example"),
                ("Subject", '[Plankit] Camille moved "Spring video" to Review'),
                ("Date", rfc_date(at)),
                ("Message-ID", "<card-5521-moved@plankit.example>"),
                ("X-Plankit-Event", "card.moved"),
                ("Reply-To", "no-reply@plankit.example"),
            ],
            'Camille Arnaud moved the card "Spring video" from In progress to Review.\n\n'
            "Open the board: https://plankit.example/b/88\n\n"
            "You get this email because you watch this board. Change notification settings:\n"
            "https://plankit.example/settings/notifications\n",
        ),
        at=at,
        country="",
        hint="project tool notification, no-reply Reply-To, no List-* headers",
    )
    at = "2027-03-10T07:00:00+01:00"
    add(
        "list_forum_digest_de.eml",
        "list",
        single(
            [
                ("From", '"Kreativforum" <digest@kreativforum.test>'),
                ("To", "team@acme.example"),
                ("Subject", enc("Ihre tägliche Zusammenfassung: 12 neue Beiträge")),
                ("Date", rfc_date(at)),
                ("Message-ID", "<digest-20270310@kreativforum.test>"),
                ("Precedence", "list"),
            ],
            "Guten Morgen!\n\nNeue Beiträge in Ihren Themen:\n  - Kameras unter 800 Euro (4)\n"
            "  - Kooperationsverträge prüfen (8)\n\nBenachrichtigungen abbestellen:\n"
            "https://kreativforum.test/abmelden\n",
        ),
        at=at,
        country="DE",
        hint="German forum digest, Precedence list",
    )
    at = "2027-03-10T12:30:00+01:00"
    add(
        "list_shipping_fr.eml",
        "list",
        single(
            [
                ("From", '"Colis Rapide" <ne-pas-repondre@colisrapide.test>'),
                ("To", "team@acme.example"),
                ("Subject", enc("Votre colis est en route 📦")),
                ("Date", rfc_date(at)),
                ("Message-ID", "<suivi-77120@colisrapide.test>"),
                ("X-SES-Outgoing", "2027.03.10-54.240.0.1"),
                ("Feedback-ID", "1.eu-west-1.holdout:AmazonSES"),
            ],
            "Bonjour,\n\nVotre colis n° 77120 a quitté notre entrepôt. "
            "Livraison prévue le 12 mars.\n"
            "Suivre mon colis : https://colisrapide.test/suivi/77120\n\n"
            "Merci de ne pas répondre à ce message.\n",
            cte="quoted-printable",
        ),
        at=at,
        country="FR",
        hint="transactional shipping notice, SES-style headers, no-reply, a date in text",
    )
    at = "2027-03-11T18:00:00+00:00"
    add(
        "list_survey_esp.eml",
        "list",
        alternative(
            [
                ("From", '"Lumen Cameras" <hello@lumencam.example>'),
                ("To", "team@acme.example"),
                ("Subject", "Quick question: how was your order?"),
                ("Date", rfc_date(at)),
                ("Message-ID", "<cmp-8812.u-551@send.lumencam.example>"),
                ("X-Campaign-Id", "spring-survey-8812"),
                ("X-Mailer", "SendPilot 4.2"),
            ],
            "Hi there,\n\nWe'd love to hear how your Lumen order went. It takes 1 minute:\n"
            "https://lumencam.example/survey/8812\n\n"
            "Unsubscribe: https://lumencam.example/unsub?u=551\n",
            '<p>Hi there,</p><p><a href="https://lumencam.example/survey/8812">Take the'
            ' survey</a></p><p><a href="https://lumencam.example/unsub?u=551">Unsubscribe'
            "</a></p>\n",
            boundary="sp-8812-alt",
        ),
        at=at,
        country="",
        hint="ESP survey, campaign header and mass-mailer X-Mailer, unsubscribe only in body",
    )


def main() -> None:
    ENTRIES.clear()
    humans()
    auto_replies()
    bounces()
    challenges()
    lists()
    made = {e.file for e in ENTRIES}
    for old in HERE.glob("*.eml"):
        if old.name not in made:
            old.unlink()
    for e in ENTRIES:
        (HERE / e.file).write_bytes(e.raw)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(
            ["file", "kind", "reason_hint", "return_date", "received_at", "sender_country"]
        )
        for e in sorted(ENTRIES, key=lambda e: e.file):
            writer.writerow(
                [e.file, e.kind, e.reason_hint, e.return_date, e.received_at, e.sender_country]
            )


if __name__ == "__main__":
    main()
