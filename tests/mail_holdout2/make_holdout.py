"""Write the second held-out mail corpus: `uv run python tests/mail_holdout2/make_holdout.py`.

Every `.eml` file and `labels.csv` in this directory come from this script, deterministically;
change the script and run it again, never edit an `.eml` by hand. The messages are written as raw
text (so header order, boundaries and transfer encodings look like what the named clients and
mail systems send) and saved with CRLF line ends. See README.md for what the corpus measures.
"""

import base64
import csv
import html
import quopri
import zlib
from datetime import date, datetime
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).parent
TEAM = "Acme Creator Team <team@acme.example>"
COLUMNS = ["file", "kind", "reason_hint", "return_date", "received_at", "sender_country"]
LABELS: list[dict[str, str]] = []


# --- encoding helpers ------------------------------------------------------------------------


def words(text: str, charset: str = "utf-8") -> str:
    """An RFC 2047 encoded header value, as clients write non-ASCII subjects and names."""
    return Header(text, charset).encode()


def b64(text: str, charset: str = "utf-8") -> str:
    return base64.encodebytes(text.replace("\n", "\r\n").encode(charset)).decode("ascii")


def qp(text: str, charset: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def text_part(
    text: str,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    subtype: str = "plain",
    params: str = "",
) -> str:
    if cte == "base64":
        body = b64(text, charset)
    elif cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "7bit" and charset.lower() == "iso-2022-jp":
        body = text.encode(charset).decode("ascii")
    else:
        body = text
    return (
        f'Content-Type: text/{subtype}; charset="{charset}"{params}\n'
        f"Content-Transfer-Encoding: {cte}\n\n{body.rstrip(chr(10))}\n"
    )


def html_of(text: str, direction: str = "") -> str:
    """A plain reply as a webmail would render it: one div per line, quotes in a blockquote."""
    attr = f' dir="{direction}"' if direction else ""
    lines, quoted = [], []
    for line in text.split("\n"):
        if line.startswith(">"):
            quoted.append(html.escape(line[1:].lstrip()) or "<br>")
            continue
        if quoted:
            lines.append("<blockquote>" + "<br>".join(quoted) + "</blockquote>")
            quoted = []
        lines.append(f"<div>{html.escape(line) or '<br>'}</div>")
    if quoted:
        lines.append("<blockquote>" + "<br>".join(quoted) + "</blockquote>")
    return f"<html><head></head><body{attr}>" + "\n".join(lines) + "</body></html>"


def multipart(subtype: str, boundary: str, parts: list[str], params: str = "") -> str:
    inner = "".join(f"--{boundary}\n{p}\n" for p in parts)
    return (
        f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'
        f"{inner}--{boundary}--\n"
    )


def alternative(
    text: str,
    boundary: str,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    direction: str = "",
) -> str:
    return multipart(
        "alternative",
        boundary,
        [text_part(text, charset, cte), text_part(html_of(text, direction), charset, cte, "html")],
    )


def attachment(ctype: str, filename: str, data: bytes) -> str:
    return (
        f'Content-Type: {ctype}; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(data).decode('ascii')}"
    )


def dsn(reporting: str, arrival: str, recipients: list[tuple[str, str, str, str]]) -> str:
    """A message/delivery-status part (RFC 3464): (recipient, action, status, diagnostic)."""
    blocks = [f"Reporting-MTA: dns; {reporting}\nArrival-Date: {arrival}\n"]
    for rcpt, action, status, diagnostic in recipients:
        block = (
            f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
            f"Action: {action}\nStatus: {status}\n"
        )
        if diagnostic:
            block += f"Diagnostic-Code: smtp; {diagnostic}\n"
        if action == "delayed":
            block += "Will-Retry-Until: Sat, 12 Jun 2027 09:14:02 +0000 (UTC)\n"
        blocks.append(block)
    return "Content-Type: message/delivery-status\n\n" + "\n".join(blocks)


def original_headers(to: str, subject: str, sent: str, msgid: str) -> str:
    return (
        f"From: {TEAM}\nTo: {to}\nSubject: {subject}\nDate: {sent}\n"
        f"Message-ID: {msgid}\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\n'
    )


# --- the writer ------------------------------------------------------------------------------


def emit(
    name: str,
    kind: str,
    hint: str,
    received: str,
    country: str,
    headers: str,
    body: str,
    *,
    ret: str = "",
    relay: str = "mail.sender.example [192.0.2.10]",
    null_sender: bool = False,
    dated: bool = True,
) -> None:
    when = datetime.fromisoformat(received)
    assert when.tzinfo is not None, name
    if ret:
        back = date.fromisoformat(ret)
        assert when.date() < back and (back - when.date()).days <= 60, name
    stamp = format_datetime(when)
    trace = ""
    if null_sender:
        trace += "Return-Path: <>\n"
    trace += (
        "Delivered-To: team@acme.example\n"
        f"Received: from {relay.split()[0]} ({relay})\n"
        f"\tby mx1.acme.example (Postfix) with ESMTPS id {zlib.crc32(name.encode()):08X}\n"
        f"\tfor <team@acme.example>; {stamp}\n"
    )
    date_line = f"Date: {stamp}\n" if dated else ""
    raw = trace + date_line + headers.strip("\n") + "\n" + body
    data = raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    (HERE / name).write_bytes(data)
    LABELS.append(
        {
            "file": name,
            "kind": kind,
            "reason_hint": hint,
            "return_date": ret,
            "received_at": when.isoformat(),
            "sender_country": country,
        }
    )


def thread(slug: str) -> str:
    return f"<{slug}.reminder@acme.example>"


def replying(slug: str) -> str:
    return f"In-Reply-To: {thread(slug)}\nReferences: {thread(slug)}\n"


PROTON_ID = "<Xq7mZ0dLw3pRt6Yb9Nc2Vf5Hk8Js1Ga4Ue7Oi0Pa=@protonmail.example>"
CALENDAR_SUBJECT = (
    "Notification: Draft review with Inès @ Tue 15 Jun 2027 15:00 - 15:30 (CEST) "
    "(team@acme.example)"
)


# --- human replies ---------------------------------------------------------------------------


def humans() -> None:
    emit(
        "human_en_us_iphone.eml",
        "human",
        "iPhone Mail, short, 'Sent from my iPhone'",
        "2027-06-08T18:41:00-07:00",
        "US",
        f"""From: Tyler Brooks <tyler@trailtyler.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: Re: Sponsored video — Acme Trail Shoes
Message-Id: <4D1E7A2C-93B0-4F6E-8C11-2A7E5B0C9D31@trailtyler.example>
{replying("trail-tyler")}To: {TEAM}
X-Mailer: iPhone Mail (21F90)
""".replace(
            "Re: Sponsored video — Acme Trail Shoes",
            words("Re: Sponsored video — Acme Trail Shoes"),
        ),
        "\n"
        + qp(
            "Got them yesterday, they fit great! Filming this weekend, draft by Wednesday.\n\n"
            "Sent from my iPhone\n\n"
            "> On Jun 7, 2027, at 9:02 AM, Acme Creator Team <team@acme.example> wrote:\n>\n"
            "> Hi Tyler, did the Acme Trail Shoes arrive? We'd love a first draft by June 16.\n"
        ),
        relay="mail.trailtyler.example [198.51.100.20]",
    )

    emit(
        "human_en_in_vacation_link.eml",
        "human",
        "human says 'on vacation till 20th' and sends the draft link (a reply, no return date)",
        "2027-06-09T11:20:00+05:30",
        "IN",
        f"""MIME-Version: 1.0
References: {thread("tech-arjun")}
In-Reply-To: {thread("tech-arjun")}
From: Arjun Mehta <arjun.techwitharjun@webmail.example>
Message-ID: <CAF3k9xQm2v7Lr0pYt5u8wZs1nB6dEh4Jc9aK2oR@mail.webmail.example>
Subject: Re: Draft reminder: Acme Aero Headphones video
To: {TEAM}
""",
        alternative(
            "Hi Team,\n\nI am on vacation till 20th but here is the link of the draft, kindly "
            "review and revert:\nhttps://drive.files.example/d/8f3k2Aero\n\n"
            "I will check mails in the evening, so please do the needful if any changes.\n\n"
            "Thanks & Regards,\nArjun Mehta\nTechWithArjun | 1.2M subscribers\n\n"
            "On Mon, 7 Jun 2027 at 14:30, Acme Creator Team <team@acme.example> wrote:\n"
            "> Hi Arjun, a quick reminder that the draft for the Acme Aero Headphones video\n"
            "> was due on Friday. Could you share it?\n",
            "000000000000c4a9e205f1d3b7a2",
        ),
        relay="mail-ed1-f52.webmail.example [203.0.113.52]",
    )

    emit(
        "human_es_quotes_bounce.eml",
        "human",
        "Gmail-like, Spanish, quotes a forwarded bounce (Delivery Status Notification, "
        "address not found)",
        "2027-06-08T12:47:00+02:00",
        "ES",
        f"""MIME-Version: 1.0
References: {thread("lucia-aero")}
In-Reply-To: {thread("lucia-aero")}
From: =?UTF-8?Q?Luc=C3=ADa_Ferrer?= <lucia.ferrer@webmail.example>
Date: Tue, 8 Jun 2027 12:47:00 +0200
Message-ID: <CAJx0L2bVd8sYq4KzT1=r5EwHnMuP7gQf3oA6cN@mail.webmail.example>
Subject: {words("Re: Vídeo patrocinado — Acme Aero Headphones")}
To: {TEAM}
""",
        alternative(
            "Hola:\n\nSí, esa dirección del trabajo ya no existe, por eso os rebotó. Escribidme "
            "mejor aquí.\nEl vídeo sale el jueves 17, os paso el enlace en cuanto esté "
            "publicado.\n\nUn saludo,\nLucía\n\n"
            "El mar, 8 jun 2027 a las 10:15, Acme Creator Team (<team@acme.example>) escribió:\n"
            "> Hola Lucía, te escribimos aquí porque el correo a tu dirección de trabajo nos\n"
            "> ha devuelto esto:\n>\n"
            "> ---------- Forwarded message ---------\n"
            "> From: Mail Delivery Subsystem <mailer-daemon@mx.webmail.example>\n"
            "> Date: Mon, 7 Jun 2027 at 17:02\n"
            "> Subject: Delivery Status Notification (Failure)\n"
            "> To: <team@acme.example>\n>\n"
            "> Address not found\n"
            "> Your message wasn't delivered to lucia@productora.test because the address\n"
            "> couldn't be found, or is unable to receive mail.\n"
            "> The response was: 550 5.1.1 The email account that you tried to reach does\n"
            "> not exist.\n",
            "0000000000009b17d005f1e2a6c3",
        ),
        relay="mail-wr1-f41.webmail.example [203.0.113.41]",
        dated=False,  # the Date header is in the headers above, in Gmail's position
    )

    body = (
        "Oi pessoal, desculpa a demora!\n\nEstive fora do escritório na semana passada e só "
        "vi o e-mail agora. O roteiro está aprovado do meu lado, posso gravar na segunda e "
        "mando o corte na quarta.\n\nBeijos,\nBia Santos\n"
    )
    quote = (
        '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr">'
        "<b>De:</b> Acme Creator Team &lt;team@acme.example&gt;<br><b>Enviado:</b> "
        "segunda-feira, 7 de junho de 2027 09:00<br><b>Para:</b> Bia Santos &lt;"
        "bia.santos@outlookmail.example&gt;<br><b>Assunto:</b> Roteiro do vídeo — Acme Glow "
        "Serum</div><div>Oi Bia, conseguiu olhar o roteiro? Precisamos da aprovação até "
        "sexta.</div>"
    )
    emit(
        "human_ptbr_html_only.eml",
        "human",
        "Outlook.com web, HTML only, 'estive fora do escritório na semana passada'",
        "2027-06-08T10:05:00-03:00",
        "BR",
        f"""From: Bia Santos <bia.santos@outlookmail.example>
To: {TEAM}
Subject: {words("RE: Roteiro do vídeo — Acme Glow Serum")}
Thread-Topic: {words("Roteiro do vídeo — Acme Glow Serum")}
Thread-Index: AQHbV0x2c3RhYmxlLWlkLWZvci1jb3JwdXM=
Message-ID: <CP4PR80MB5123A1B2C3D4E5F6A7B8C9D0E1F2A@CP4PR80MB5123.outlookmail.example>
{replying("bia-glow")}Accept-Language: pt-BR, en-US
Content-Language: pt-BR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
""",
        text_part(
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "</head><body><div>"
            + "</div><div>".join(html.escape(line) or "<br>" for line in body.split("\n"))
            + "</div>"
            + quote
            + "</body></html>",
            cte="base64",
            subtype="html",
        ),
        relay="mail-cp4bra01.outlookmail.example [198.51.100.90]",
    )

    emit(
        "human_fr_back_holiday_draft.eml",
        "human",
        "Apple Mail, French, 'de retour de vacances', sends the draft link",
        "2027-06-07T09:12:00+02:00",
        "FR",
        f"""From: =?utf-8?Q?In=C3=A8s_Moreau?= <ines@atelier-ines.example>
Content-Type: multipart/alternative;
\tboundary="Apple-Mail=_5E1B2C3D-7A8F-4E21-9B0C-61D2E3F4A5B6"
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))
Subject: {words("Re: Vidéo sponsorisée — Acme Glow Serum")}
{replying("ines-glow")}To: {TEAM}
Message-Id: <9A0B1C2D-3E4F-4A5B-8C6D-7E8F9A0B1C2D@atelier-ines.example>
X-Mailer: Apple Mail (2.3774.600.62)
""",
        "\n\n--Apple-Mail=_5E1B2C3D-7A8F-4E21-9B0C-61D2E3F4A5B6\n"
        + text_part(
            "Bonjour Camille,\n\nDe retour de vacances ! Voici le brouillon de la vidéo :\n"
            "https://video.share.example/v/acme-glow-draft1\n\nDis-moi si le passage sur la "
            "texture te convient, je peux encore le raccourcir.\n\nBelle journée,\nInès\n\n"
            "> Le 4 juin 2027 à 10:03, Acme Creator Team <team@acme.example> a écrit :\n>\n"
            "> Bonjour Inès, nous revenons vers toi pour le brouillon de la vidéo Acme Glow\n"
            "> Serum. Pourrais-tu nous l'envoyer d'ici vendredi ?\n"
        )
        + "\n--Apple-Mail=_5E1B2C3D-7A8F-4E21-9B0C-61D2E3F4A5B6\n"
        + text_part(
            html_of(
                "Bonjour Camille,\n\nDe retour de vacances ! Voici le brouillon de la vidéo :\n"
                "https://video.share.example/v/acme-glow-draft1\n\nDis-moi si le passage sur "
                "la texture te convient, je peux encore le raccourcir.\n\nBelle journée,\nInès"
            ),
            subtype="html",
        )
        + "\n--Apple-Mail=_5E1B2C3D-7A8F-4E21-9B0C-61D2E3F4A5B6--\n",
        relay="mail.atelier-ines.example [198.51.100.33]",
    )

    emit(
        "human_de_quotes_own_ooo.eml",
        "human",
        "Outlook/Exchange, German, subject 'AW: Automatische Antwort:', quotes his own "
        "out-of-office with dates",
        "2027-06-07T10:05:00+02:00",
        "DE",
        f"""From: Jonas Weber <jonas@weber-outdoor.example>
To: {TEAM}
Subject: {words("AW: AW: Automatische Antwort: Gesponsertes Video – Acme Camp Stove")}
Thread-Topic: {words("Automatische Antwort: Gesponsertes Video – Acme Camp Stove")}
Thread-Index: AQHbWa1b2c3d4e5f6g7h8i9j0kAAAbcdef
Message-ID: <AM9PR07MB71234F5E6D7C8B9A0F1E2D3C4B5A6@AM9PR07MB7123.eurprd07.exchange.example>
{replying("jonas-stove-2")}Accept-Language: de-DE, en-US
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
""",
        alternative(
            "Hallo zusammen,\n\nsorry, da hat noch meine Abwesenheitsnotiz geantwortet – ich "
            "bin seit heute wieder da. Der Kocher ist angekommen, gedreht wird nächste Woche, "
            "den Entwurf schicke ich bis 18.06.\n\nViele Grüße\nJonas Weber\n\n"
            "Von: Acme Creator Team <team@acme.example>\n"
            "Gesendet: Montag, 7. Juni 2027 09:12\n"
            "An: Jonas Weber <jonas@weber-outdoor.example>\n"
            "Betreff: AW: Automatische Antwort: Gesponsertes Video – Acme Camp Stove\n\n"
            "Hallo Jonas, danke – sag uns gern Bescheid, wenn du zurück bist.\n\n"
            "Von: Jonas Weber <jonas@weber-outdoor.example>\n"
            "Gesendet: Freitag, 4. Juni 2027 16:40\n"
            "An: Acme Creator Team <team@acme.example>\n"
            "Betreff: Automatische Antwort: Gesponsertes Video – Acme Camp Stove\n\n"
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. Juni nicht im Büro "
            "und habe keinen Zugriff auf meine E-Mails. Ab dem 7. Juni bin ich wieder "
            "erreichbar.\n",
            "_000_AM9PR07MB71234F5E6D7C8B9A0F1E2D3C4B5A6AM9PR07MB7123_",
        ),
        relay="mail-am9pr07.exchange.example [198.51.100.71]",
    )

    jpeg = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]) + b"JFIF\x00\x01\x01" + bytes(range(256)) * 3
    jpeg += bytes([0xFF, 0xD9])
    pdf = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0"
        b"/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    emit(
        "human_it_attachments.eml",
        "human",
        "Gmail-like, Italian, two attachments (photo and invoice PDF)",
        "2027-06-08T15:22:00+02:00",
        "IT",
        f"""MIME-Version: 1.0
References: {thread("giulia-bottle")}
In-Reply-To: {thread("giulia-bottle")}
From: Giulia Conti <giulia.conti.video@webmail.example>
Message-ID: <CAH7q2pRt5Bn3Lw8Yx0Zc6Dv1Mf9Kg4Sj2Ea7Uo@mail.webmail.example>
Subject: Re: Spedizione Acme Smart Bottle
To: {TEAM}
""",
        multipart(
            "mixed",
            "000000000000e3d1a405f1e4c8b7",
            [
                alternative(
                    "Ciao!\n\nIn allegato trovi la foto del pacco arrivato e la fattura per la "
                    "spedizione di ritorno. La bozza del video arriva entro venerdì.\n\n"
                    "Grazie,\nGiulia\n\n"
                    "Il giorno lun 7 giu 2027 alle ore 11:20 Acme Creator Team <team@acme.example>"
                    " ha scritto:\n"
                    "> Ciao Giulia, ci confermi che la Acme Smart Bottle è arrivata?\n",
                    "000000000000e3d1a305f1e4c8b6",
                ),
                attachment("image/jpeg", "pacco.jpg", jpeg),
                attachment("application/pdf", "fattura_reso_0612.pdf", pdf),
            ],
        ),
        relay="mail-ej1-f44.webmail.example [203.0.113.44]",
    )

    emit(
        "human_nl_newsletter_footer.eml",
        "human",
        "Thunderbird, Dutch, signature with her own newsletter sign-up and unsubscribe links",
        "2027-06-07T21:03:00+02:00",
        "NL",
        f"""Message-ID: <6b1f0e2a-58c4-4d7a-9f3e-2c8a1b0d7e45@sannebeweegt.example>
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: Gesponsorde video — Acme Yoga Mat
Content-Language: nl
To: {TEAM}
{replying("sanne-mat")}From: Sanne de Vries <sanne@sannebeweegt.example>
""",
        "Content-Type: text/plain; charset=UTF-8; format=flowed\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "Hoi,\n\nTop, de mat is binnen en hij ligt fijn! Ik plan de opnames voor dinsdag 15 "
        "juni \nen stuur jullie daarna meteen de ruwe versie.\n\nGroetjes,\nSanne\n\n"
        "Op 07-06-2027 om 09:30 schreef Acme Creator Team:\n"
        "> Hoi Sanne, is de Acme Yoga Mat goed aangekomen? Laat je weten wanneer je \n"
        "> gaat filmen?\n\n"
        "-- \nSanne de Vries | Sanne Beweegt – yoga & mobility\n"
        "Elke zondag tips in je inbox? Meld je aan: "
        "https://sannebeweegt.example/nieuwsbrief\n"
        "Geen mails meer ontvangen? Uitschrijven: "
        "https://sannebeweegt.example/uitschrijven?u=team\n"
        "Je ontvangt dit bericht omdat je contact met me hebt opgenomen.\n",
        relay="smtp.sannebeweegt.example [198.51.100.58]",
    )

    emit(
        "human_pl_ok.eml",
        "human",
        "GMX-like webmail, one-line 'ok', no quote, no signature",
        "2027-06-09T07:58:00+02:00",
        "PL",
        f"""From: Kuba Nowak <kuba.nowak@gmxmail.example>
To: {TEAM}
Subject: Re: Termin publikacji — Acme Smart Bottle
Message-ID: <trinity-5f1c2e3a-9b8d-4c7e-a6f5-0d1e2f3a4b5c-1781243880000@msvc-mesg-gmxmail.example>
{replying("kuba-bottle")}MIME-Version: 1.0
Importance: normal
Sensitivity: Normal
X-Priority: 3
X-UI-Message-Type: mail
X-Provags-ID: V03:K1:EXAMPLEonlyProvagsIdValue0123456789
""".replace(
            "Re: Termin publikacji — Acme Smart Bottle",
            words("Re: Termin publikacji — Acme Smart Bottle"),
        ),
        'Content-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: 7bit\n\nok\n',
        relay="mout.gmxmail.example [192.0.2.77]",
    )

    emit(
        "human_tr_german_iphone_signature.eml",
        "human",
        "Turkish reply from an iPhone set to German ('Von meinem iPhone gesendet', German "
        "quote header)",
        "2027-06-08T20:15:00+02:00",
        "DE",
        f"""From: =?utf-8?Q?Elif_Y=C4=B1lmaz?= <elif@elifkocht.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: {words("Re: Sponsorlu video — Acme Brew Kettle")}
Message-Id: <C7D8E9F0-1A2B-4C3D-9E4F-5A6B7C8D9E0F@elifkocht.example>
{replying("elif-kettle")}To: {TEAM}
X-Mailer: iPhone Mail (21F90)
""",
        "\n"
        + qp(
            "Merhaba, ürün bugün elime ulaştı, çok teşekkürler! Çekimi hafta sonu yapıp "
            "taslağı pazartesi gönderirim.\n\nElif\n\nVon meinem iPhone gesendet\n\n"
            "> Am 07.06.2027 um 10:00 schrieb Acme Creator Team <team@acme.example>:\n>\n"
            "> Merhaba Elif, Acme Brew Kettle kargoya verildi. Teslim aldığında bize haber\n"
            "> verebilir misin?\n"
        ),
        relay="mail.elifkocht.example [198.51.100.61]",
    )

    emit(
        "human_ru_first_line_empty.eml",
        "human",
        "Yandex-like webmail, Russian, body starts with empty lines",
        "2027-06-08T13:02:00+03:00",
        "RU",
        f"""From: =?utf-8?B?0JTQvNC40YLRgNC40Lkg0J7RgNC70L7Qsg==?= <d.orlov@yapochta.example>
To: {TEAM}
Subject: {words("Re: Спонсорское видео — Acme Pocket Drone")}
Message-Id: <1845231718862931@mail.yapochta.example>
{replying("dmitry-drone")}MIME-Version: 1.0
X-Mailer: Yamail
""",
        alternative(
            "\n\nДобрый день!\n\nЧерновик готов, ссылка: https://disk.files.example/d/xYz12\n"
            "Посмотрите, пожалуйста, до пятницы — в субботу хочу уже монтировать финал.\n\n"
            "-- \nС уважением,\nДмитрий\n\n"
            '07.06.2027, 12:00, "Acme Creator Team" <team@acme.example>:\n'
            "> Дмитрий, добрый день! Напоминаем про черновик видео с Acme Pocket Drone.\n",
            "----ALT--d4E5f6A7b8C9d0E1f2A3b4C51623145378",
            cte="base64",
        ),
        relay="forward101.yapochta.example [203.0.113.101]",
    )

    emit(
        "human_uk_gmail.eml",
        "human",
        "Gmail-like, Ukrainian, base64, asks a question",
        "2027-06-07T17:40:00+03:00",
        "UA",
        f"""MIME-Version: 1.0
References: {thread("olena-trail")}
In-Reply-To: {thread("olena-trail")}
From: =?UTF-8?B?0J7Qu9C10L3QsCDQmtC+0LLQsNC70LXQvdC60L4=?= <olena.kovalenko@webmail.example>
Message-ID: <CAK1n4mW9e7qZr2Ty5Ux8Vi0Ob3Pc6As1Dd7Ff9G@mail.webmail.example>
Subject: {words("Re: Спонсороване відео — Acme Trail Shoes")}
To: {TEAM}
""",
        alternative(
            "Доброго дня!\n\nДякую за нагадування. Відео вже змонтоване, завтра надішлю "
            "чернетку.\nПідкажіть, будь ласка, чи потрібно додати посилання в опис?\n\n"
            "З повагою,\nОлена\n\n"
            "пн, 7 черв. 2027 р. о 10:00 Acme Creator Team <team@acme.example> пише:\n"
            "> Олено, добрий день! Нагадуємо, що чернетка відео очікується цього тижня.\n",
            "000000000000f2a1b305f1e0d9c8",
            cte="base64",
        ),
        relay="mail-lf1-f49.webmail.example [203.0.113.49]",
    )

    emit(
        "human_ar_outlook_android.eml",
        "human",
        "Outlook for Android, Arabic (RTL HTML), English mobile signature 'Get Outlook for "
        "Android'",
        "2027-06-07T15:10:00+04:00",
        "AE",
        f"""From: =?utf-8?B?2YbZiNix2Kkg2KfZhNmF2YbYtdmI2LHZig==?= <noura.m@outlookmail.example>
To: {TEAM}
Subject: {words("Re: فيديو برعاية — Acme Aero Headphones")}
Thread-Topic: {words("فيديو برعاية — Acme Aero Headphones")}
Thread-Index: AQHbWb2x3y4z5a6b7c8d9e0f1g2h3i4jAAAB
Message-ID: <DB9PR10MB6543F2E1D0C9B8A7E6F5D4C3B2A1@DB9PR10MB6543.outlookmail.example>
{replying("noura-aero")}Accept-Language: ar-AE, en-US
Content-Language: ar-AE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
""",
        alternative(
            "مرحباً فريق أكمي،\n\nوصلتني السماعات اليوم، شكراً لكم. سأرسل المسودة الأولى يوم "
            "الخميس إن شاء الله.\n\nمع التحية،\nنورة\n\nGet Outlook for Android\n"
            "________________________________\n"
            "From: Acme Creator Team <team@acme.example>\n"
            "Sent: Monday, June 7, 2027 11:00:00 AM\n"
            "To: Noura Al Mansouri <noura.m@outlookmail.example>\n"
            "Subject: فيديو برعاية — Acme Aero Headphones\n\n"
            "مرحباً نورة، هل وصلتك سماعات Acme Aero؟\n",
            "_000_DB9PR10MB6543F2E1D0C9B8A7E6F5D4C3B2A1DB9PR10MB6543_",
            cte="base64",
            direction="rtl",
        ),
        relay="mail-db9eur.outlookmail.example [198.51.100.92]",
    )

    emit(
        "human_he_gmail.eml",
        "human",
        "Gmail-like, Hebrew, Hebrew quote header",
        "2027-06-07T13:25:00+03:00",
        "IL",
        f"""MIME-Version: 1.0
References: {thread("noa-trail")}
In-Reply-To: {thread("noa-trail")}
From: =?UTF-8?B?16DXldei15Qg15vXlNef?= <noa.cohen@webmail.example>
Message-ID: <CAM5t8rY2w9qKp1Lz6Vx3Nb0Hc7Ja4Sd1Gf8Ee2R@mail.webmail.example>
Subject: {words("Re: סרטון ממומן — Acme Trail Shoes")}
To: {TEAM}
""",
        alternative(
            "היי, תודה!\nהנעליים הגיעו והן מעולות. אעלה את הסרטון ביום ראשון הבא ואשלח לכם "
            "קישור.\n\nנועה\n\n"
            "בתאריך יום ב׳, 7 ביוני 2027 ב-10:30 מאת Acme Creator Team <team@acme.example>:\n"
            "> היי נועה, רצינו לוודא שהנעליים הגיעו. מתי מתוכנן הסרטון?\n",
            "000000000000a8b9c005f1e1f2a3",
            cte="base64",
            direction="rtl",
        ),
        relay="mail-qt1-f47.webmail.example [203.0.113.47]",
    )

    emit(
        "human_ja_keitai_iso2022jp.eml",
        "human",
        "Japanese mobile carrier mail, ISO-2022-JP, no quote, a deadline date in the text",
        "2027-06-08T19:33:00+09:00",
        "JP",
        f"""From: {words("佐藤美咲", "iso-2022-jp")} <misaki.s@keitai.ne.example>
To: {TEAM}
Subject: {words("Re: 【Acme】提供動画のご案内", "iso-2022-jp")}
Message-ID: <a1b2c3d4e5f6.misaki.s@keitai.ne.example>
{replying("misaki-serum")}MIME-Version: 1.0
""",
        text_part(
            "アクメ ご担当者様\n\nお世話になっております。佐藤です。\n"
            "商品、本日受け取りました。ありがとうございます。\n"
            "来週中に撮影して、18日までに下書きをお送りします。\n\n佐藤 美咲\n",
            "iso-2022-jp",
            "7bit",
        ),
        relay="mta.keitai.ne.example [192.0.2.140]",
    )

    emit(
        "human_ko_naver.eml",
        "human",
        "Naver-like webmail, Korean, '-----Original Message-----'",
        "2027-06-07T14:12:00+09:00",
        "KR",
        f"""From: =?UTF-8?B?6rmA7ZWY64qY?= <haneul.kim@navermail.example>
To: {TEAM}
Subject: {words("RE: [Acme] 협찬 영상 안내 — Acme Pocket Drone")}
Message-ID: <7d2e9a0b4c6f1e83a5b2@navermail.example>
{replying("haneul-drone")}MIME-Version: 1.0
X-Mailer: NaverMail
""",
        alternative(
            "안녕하세요, 담당자님.\n\n제품 잘 받았습니다! "
            "이번 주 금요일까지 초안 보내드리겠습니다.\n"
            "감사합니다.\n\n김하늘 드림\n\n-----Original Message-----\n"
            'From: "Acme Creator Team"<team@acme.example>\n'
            "To: <haneul.kim@navermail.example>;\nCc:\n"
            "Sent: 2027-06-07 (월) 10:00:00 (GMT+09:00)\n"
            "Subject: [Acme] 협찬 영상 안내 — Acme Pocket Drone\n\n"
            "하늘님, 안녕하세요. Acme Pocket Drone이 발송되었습니다.\n",
            "----=_Part_2718_281828459.1781000000000",
            cte="base64",
        ),
        relay="cvsmtppost.navermail.example [203.0.113.120]",
    )

    emit(
        "human_zh_qq_gb18030.eml",
        "human",
        "QQ-Mail-like, Simplified Chinese, GB18030, '原始邮件' quote header",
        "2027-06-07T16:48:00+08:00",
        "CN",
        f"""X-QQ-mid: xmsmtpt1781000000t9k2x8c1q
From: {words("陈雨", "gb18030")} <chenyu@qqlike.example>
To: "Acme Creator Team" <team@acme.example>
Subject: {words("回复：赞助视频 — Acme Smart Bottle", "gb18030")}
Mime-Version: 1.0
Message-ID: <tencent_5A1B2C3D4E5F60718293A4B5C6D7E8F9@qqlike.example>
{replying("chenyu-bottle")}X-QQ-MIME: TCMime 1.0 by Tencent
X-Mailer: QQMail 2.x
X-QQ-Mailer: QQMail 2.x
""",
        alternative(
            "您好！\n\n样品已经收到了，谢谢。视频计划下周三发布，发布前会把草稿发给您确认。\n\n陈雨\n\n"
            "------------------ 原始邮件 ------------------\n"
            '发件人: "Acme Creator Team" <team@acme.example>;\n'
            "发送时间: 2027年6月7日(星期一) 上午10:00\n"
            '收件人: "陈雨"<chenyu@qqlike.example>;\n'
            "主题: 赞助视频 — Acme Smart Bottle\n\n"
            "陈雨您好，Acme Smart Bottle 样品已寄出，请查收。\n",
            "----=_NextPart_66C5A0B1_0A1B2C3D_4E5F6071",
            charset="gb18030",
            cte="base64",
        ),
        relay="out162-62-57-64.mail.qqlike.example [203.0.113.64]",
    )

    emit(
        "human_th_raw_8bit_subject.eml",
        "human",
        "Thai reply with a raw 8-bit UTF-8 Subject and From name (no RFC 2047)",
        "2027-06-08T11:05:00+07:00",
        "TH",
        f"""From: พลอย ศรีสุข <ploy.beauty@webmail.example>
To: {TEAM}
Subject: Re: วิดีโอสปอนเซอร์ — Acme Glow Serum
Message-ID: <20270608040500.ploy.3f9a@webmail.example>
{replying("ploy-serum")}MIME-Version: 1.0
X-Mailer: Android Mail 8.2
""",
        text_part(
            "สวัสดีค่ะ\n\nได้รับสินค้าแล้วค่ะ ขอบคุณมากนะคะ จะส่งดราฟต์ให้ภายในวันศุกร์นี้ค่ะ\n\nพลอย\n",
            cte="8bit",
        ),
        relay="mail-pj1-f77.webmail.example [203.0.113.77]",
    )

    emit(
        "human_vi_zoho_no_date.eml",
        "human",
        "Zoho-Mail-like, Vietnamese, no Date header (only the Received time)",
        "2027-06-08T09:30:00+07:00",
        "VN",
        f"""Message-ID: <17810000000.5b3c9d1e2f.minhanh@zohomail.example>
From: =?UTF-8?Q?Minh_Anh_Nguy=E1=BB=85n?= <minhanh@zohomail.example>
To: "Acme Creator Team" <team@acme.example>
{replying("minhanh-stove")}Subject: {words("Re: Video tài trợ — Acme Camp Stove")}
MIME-Version: 1.0
Importance: Medium
User-Agent: Zoho Mail
X-Mailer: Zoho Mail
""",
        alternative(
            "Chào anh/chị,\n\nEm đã nhận được bếp rồi ạ. Em sẽ quay trong tuần này và gửi bản "
            "nháp trước thứ Sáu.\n\nCảm ơn ạ,\nMinh Anh\n\n"
            "---- On Mon, 07 Jun 2027 10:00:00 +0700 Acme Creator Team "
            "<team@acme.example> wrote ----\n\n"
            "> Chào Minh Anh, bếp Acme Camp Stove đã được giao chưa?\n",
            "----=_Part_1184_2069001.1781000000000",
        ),
        relay="sender4-op-o12.zohomail.example [198.51.100.12]",
        dated=False,
    )

    emit(
        "human_id_yahoo_android.eml",
        "human",
        "Yahoo-Mail-like Android, Indonesian, 'Dikirim dari Yahoo Mail di Android'",
        "2027-06-07T12:18:00+07:00",
        "ID",
        f"""From: Raka Pratama <raka.pratama@ymail.example>
To: {TEAM}
Message-ID: <1234567890.4455667.1781000000000@mail.ymail.example>
{replying("raka-trail")}Subject: Re: Video bersponsor — Acme Trail Shoes
MIME-Version: 1.0
X-Mailer: WebService/1.1.22407 YMailAndroid
""",
        alternative(
            "Halo kak,\n\nMakasih infonya. Videonya sudah aku upload tadi pagi ya, ini linknya:\n"
            "https://tubespace.example/watch?v=ac3e9trail\nKalau ada revisi kabari aja.\n\n"
            "Salam,\nRaka\n\nDikirim dari Yahoo Mail di Android\n\n"
            "  Pada Sen, 7 Jun 2027 pada 10.00, Acme Creator Team<team@acme.example> menulis:\n"
            "> Halo Raka, kapan video Acme Trail Shoes akan tayang?\n",
            "----=_Part_4455667_1122334455.1781000000000",
        ),
        relay="sonic301-2.consmr.mail.ymail.example [203.0.113.30]",
    )

    emit(
        "human_sv_proton.eml",
        "human",
        "Proton-Mail-like, Swedish, 'Skickat med Proton Mail säker e-post'",
        "2027-06-07T16:02:00+02:00",
        "SE",
        f"""To: {TEAM}
From: Astrid Lindqvist <astrid.lindqvist@protonmail.example>
Subject: {words("Re: Sponsrad video — Acme Aero Headphones")}
Message-ID: {PROTON_ID}
{replying("astrid-aero")}X-Pm-Message-ID: {PROTON_ID}
X-Pm-Origin: external
X-Pm-Content-Encryption: end-to-end
MIME-Version: 1.0
""",
        alternative(
            "Hej!\n\nTack för påminnelsen. Jag har filmat klart och redigerar nu, utkastet "
            "kommer på torsdag.\n\nMvh\nAstrid\n\nSkickat med Proton Mail säker e-post.\n\n"
            "måndag 7 juni 2027 10:00, Acme Creator Team <team@acme.example> skrev:\n\n"
            "> Hej Astrid! Hur går det med videon om Acme Aero Headphones?\n",
            "b1_Xq7mZ0dLw3pRt6Yb9Nc2Vf5Hk8Js1Ga4Ue7Oi0Pa",
        ),
        relay="mail-4317.protonmail.example [198.51.100.43]",
    )

    emit(
        "human_fi_outlook.eml",
        "human",
        "Outlook desktop, Finnish 'Lähettäjä:/Lähetetty:' quote header, a publish date in the text",
        "2027-06-07T11:45:00+03:00",
        "FI",
        f"""From: =?iso-8859-1?Q?Veera_M=E4kinen?= <veera@kuvaamo.example>
To: {TEAM}
Subject: {words("VS: Sponsoroitu video — Acme Trail Shoes")}
Thread-Topic: {words("Sponsoroitu video — Acme Trail Shoes")}
Thread-Index: AddbWc3EXAMPLEthreadindexvalueAA==
Message-ID: <HE1PR0901MB2345C6D7E8F9A0B1C2D3E4F5A6B7@HE1PR0901MB2345.kuvaamo.example>
{replying("veera-trail")}Accept-Language: fi-FI, en-US
Content-Language: fi-FI
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
""",
        alternative(
            "Hei,\n\nkiitos muistutuksesta! Video julkaistaan perjantaina 11.6. klo 17. "
            "Lähetän linkin heti kun se on julki.\n\nTerveisin\nVeera Mäkinen\n\n"
            "Lähettäjä: Acme Creator Team <team@acme.example>\n"
            "Lähetetty: maanantai 7. kesäkuuta 2027 10.00\n"
            "Vastaanottaja: Veera Mäkinen <veera@kuvaamo.example>\n"
            "Aihe: Sponsoroitu video — Acme Trail Shoes\n\n"
            "Hei Veera, milloin video on tarkoitus julkaista?\n",
            "_000_HE1PR0901MB2345C6D7E8F9A0B1C2D3E4F5A6B7HE1PR0901MB2345_",
        ),
        relay="mail.kuvaamo.example [198.51.100.7]",
    )

    emit(
        "human_lt_autoresponder_mistake.eml",
        "human",
        "Gmail-like, Lithuanian, says his autoresponder was switched on by mistake",
        "2027-06-08T09:50:00+03:00",
        "LT",
        f"""MIME-Version: 1.0
References: {thread("mantas-drone")}
In-Reply-To: {thread("mantas-drone")}
From: Mantas Petrauskas <mantas.petrauskas@webmail.example>
Message-ID: <CAP9w2eX5r8tYq1Uz4Ia7Os0Pd3Fg6Hj9Kl2Zx5C@mail.webmail.example>
Subject: {words("Re: Remiamas vaizdo įrašas — Acme Pocket Drone")}
To: {TEAM}
""",
        alternative(
            "Sveiki,\n\natsiprašau, mano automatinis atsakiklis buvo įjungtas per klaidą – aš "
            "ne atostogose. Dronas atkeliavo, filmuosiu šį savaitgalį.\n\nPagarbiai,\nMantas\n\n"
            "2027-06-07, pr, 10:00 Acme Creator Team <team@acme.example> rašė:\n"
            "> Sveiki, Mantai, gavome jūsų automatinį atsakymą. Kada galėsite filmuoti?\n",
            "000000000000b7c8d905f1e3a4b5",
        ),
        relay="mail-ua1-f46.webmail.example [203.0.113.46]",
    )

    emit(
        "human_cs_webmail_mobile.eml",
        "human",
        "Czech webmail, 'Odesláno z mobilu', a deadline date in the text",
        "2027-06-07T18:20:00+02:00",
        "CZ",
        f"""From: =?UTF-8?Q?Tereza_Dvo=C5=99=C3=A1kov=C3=A1?= <tereza.dvorakova@posta.example>
To: {TEAM}
Subject: {words("Re: Sponzorované video — Acme Yoga Mat")}
Message-ID: <3a.9F1E2D3C.7B6A5948@posta.example>
{replying("tereza-mat")}MIME-Version: 1.0
X-Mailer: Posta Mobile 2.4
""",
        text_part(
            "Dobrý den,\n\nbalíček dorazil, děkuji. Video natočím do 15. června a pošlu vám ho "
            "ke schválení.\n\nS pozdravem\nTereza Dvořáková\n\nOdesláno z mobilu\n\n"
            "---------- Původní e-mail ----------\n"
            "Od: Acme Creator Team <team@acme.example>\n"
            "Komu: tereza.dvorakova@posta.example\n"
            "Datum: 7. 6. 2027 10:00:00\n"
            "Předmět: Sponzorované video — Acme Yoga Mat\n\n"
            "Dobrý den, dorazila vám už podložka Acme Yoga Mat?\n",
            cte="8bit",
        ),
        relay="smtp.posta.example [192.0.2.88]",
    )


# --- out-of-office and other auto-replies --------------------------------------------------


def auto(
    name: str,
    hint: str,
    received: str,
    country: str,
    sender: str,
    subject: str,
    text: str,
    *,
    ret: str = "",
    slug: str,
    extra: str = "",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    html_too: bool = False,
) -> None:
    """An auto-reply: the client's own headers in `extra` (often none), the creator's text."""
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    body = (
        alternative(text, f"=_alt_{zlib.crc32(name.encode()):08x}", charset, cte)
        if html_too
        else text_part(text, charset, cte)
    )
    emit(
        name,
        "auto_reply",
        hint,
        received,
        country,
        f"""From: {sender}
To: {TEAM}
Subject: {words(subject, charset) if not subject.isascii() else subject}
Message-ID: <auto.{zlib.crc32(name.encode()):08x}@{domain}>
{replying(slug)}{extra}MIME-Version: 1.0
""",
        body,
        ret=ret,
        relay=f"mail.{domain} [198.51.100.{zlib.crc32(domain.encode()) % 200 + 20}]",
    )


def check_weekdays() -> None:
    """The weekday names written in the auto-replies below match the calendar."""
    for day, weekday in [
        (date(2027, 6, 7), 0),
        (date(2027, 6, 14), 0),
        (date(2027, 6, 15), 1),
        (date(2027, 6, 17), 3),
        (date(2027, 6, 18), 4),
        (date(2027, 6, 20), 6),
        (date(2027, 6, 21), 0),
        (date(2027, 6, 23), 2),
        (date(2027, 6, 24), 3),
        (date(2027, 12, 29), 2),
        (date(2028, 1, 4), 1),
        (date(2028, 1, 5), 2),
        (date(2027, 6, 16), 2),
    ]:
        assert day.weekday() == weekday, day


def auto_replies() -> None:
    check_weekdays()
    auto(
        "auto_lv_ru_en_noheader.eml",
        "no header, Latvian/Russian/English, 'līdz 20. jūnijam' (until only: the until date"
        " is the return date)",
        "2027-06-07T09:15:00+03:00",
        "LV",
        "Kristaps Ozols <kristaps@studija-ozols.example>",
        "Automātiska atbilde: Sponsorēts video — Acme Trail Shoes",
        "Labdien!\nPaldies par vēstuli. Esmu atvaļinājumā līdz 20. jūnijam un e-pastus nelasu.\n"
        "Steidzamos jautājumos rakstiet uz info@studija-ozols.example.\n\n"
        "Здравствуйте!\nСпасибо за письмо. Я в отпуске до 20 июня и не читаю почту.\n\n"
        "Hello,\nThank you for your email. I am on annual leave until 20 June and not "
        "reading email.\n",
        ret="2027-06-20",
        slug="kristaps-trail",
    )
    auto(
        "auto_lt_auto_submitted_iso.eml",
        "Auto-Submitted auto-replied, plain 'Re:' subject (vacation responder), Lithuanian, "
        "ISO dates 'iki 2027-06-18 imtinai … grįšiu 2027-06-21'",
        "2027-06-08T10:00:00+03:00",
        "LT",
        "Ieva Kazlauskaitė <ieva@kelionesieva.example>",
        "Re: Remiamas vaizdo įrašas — Acme Pocket Drone",
        "Sveiki,\nšiuo metu atostogauju iki 2027-06-18 imtinai. Grįšiu 2027-06-21.\n"
        "Skubiais klausimais skambinkite +370 600 00000.\n\nIeva\n",
        ret="2027-06-21",
        slug="ieva-drone",
        extra="Auto-Submitted: auto-replied\n",
    )
    auto(
        "auto_et_en_noheader.eml",
        "no header, Estonian/English, 'kuni 16.06.2027 … alates 17. juunist'",
        "2027-06-04T12:00:00+03:00",
        "EE",
        "Kadri Tamm <kadri@kadriloob.example>",
        "Automaatvastus: Sponsitud video — Acme Camp Stove",
        "Tere!\nOlen puhkusel kuni 16.06.2027. Alates 17. juunist vastan kirjadele taas.\n\n"
        "Hello!\nI am on holiday until 16.06.2027 and will answer your email from 17 June.\n",
        ret="2027-06-17",
        slug="kadri-stove",
    )
    auto(
        "auto_pl_x_autoreply.eml",
        "X-Autoreply, Polish 'do 18 czerwca 2027 r. włącznie … od poniedziałku 21 czerwca'",
        "2027-06-09T08:00:00+02:00",
        "PL",
        "Zofia Wiśniewska <zofia@zofiagotuje.example>",
        "Odpowiedź automatyczna: Re: Termin publikacji — Acme Brew Kettle",
        "Dzień dobry,\ndziękuję za wiadomość. Jestem na urlopie do 18 czerwca 2027 r. "
        "włącznie.\nOdpowiem po powrocie, od poniedziałku 21 czerwca.\n\nZofia Wiśniewska\n",
        ret="2027-06-21",
        slug="zofia-kettle",
        extra="X-Autoreply: yes\n",
    )
    auto(
        "auto_cs_sk_range_noheader.eml",
        "no header, Czech/Slovak, range 'od 3. do 14. června … zpět v úterý 15. června'",
        "2027-06-03T07:30:00+02:00",
        "CZ",
        "Petr Horák <petr@horakfilm.example>",
        "Automatická odpověď: Sponzorované video — Acme Yoga Mat",
        "Dobrý den,\nod 3. do 14. června jsem mimo kancelář. Zpět budu v úterý 15. června.\n\n"
        "Dobrý deň,\nod 3. do 14. júna som mimo kancelárie. Späť budem v utorok 15. júna.\n",
        ret="2027-06-15",
        slug="petr-mat",
    )
    auto(
        "auto_hr_numeric_day_first.eml",
        "no header, Croatian, day-first numeric 'do 04.06. … u uredu 07.06.2027' (month-first "
        "would also be in the future)",
        "2027-06-01T09:00:00+02:00",
        "HR",
        "Ana Babić <ana@kreativa-babic.example>",
        "Automatski odgovor: Sponzorirani video — Acme Aero Headphones",
        "Poštovani,\nna godišnjem sam odmoru do 04.06. Ponovno sam u uredu 07.06.2027.\n"
        "Za hitne upite: ured@kreativa-babic.example\n\nAna Babić\n",
        ret="2027-06-07",
        slug="ana-aero",
    )
    auto(
        "auto_bg_precedence_bulk.eml",
        "Precedence bulk, Bulgarian 'до 18 юни включително … на 21 юни'",
        "2027-06-10T11:00:00+03:00",
        "BG",
        "Мария Петрова <maria@mariabeauty.example>",
        "Автоматичен отговор: Спонсорирано видео — Acme Glow Serum",
        "Здравейте,\nВ отпуск съм до 18 юни включително. Ще отговоря на писмото Ви след "
        "завръщането си на 21 юни.\n\nПоздрави,\nМария\n",
        ret="2027-06-21",
        slug="maria-serum",
        extra="Precedence: bulk\n",
    )
    auto(
        "auto_ru_new_year_noheader.eml",
        "no automatic header (Mail.Ru-like X-Mailer only), Russian 'Автоответ', New Year "
        "holidays, 'вернусь к работе 11 января' "
        "(next year)",
        "2027-12-30T15:00:00+03:00",
        "RU",
        "Андрей Соколов <andrey@sokolov-tech.example>",
        "Автоответ: Re: Спонсорское видео — Acme Pocket Drone",
        "Здравствуйте!\nЭто автоматическое сообщение. Я ухожу на новогодние каникулы и вернусь "
        "к работе 11 января. До этого времени почту не проверяю.\nС наступающим!\n",
        ret="2028-01-11",
        slug="andrey-drone",
        cte="base64",
        extra="X-Mailer: Mail.Ru Mailer 1.0\n",
    )
    auto(
        "auto_uk_auto_submitted.eml",
        "Auto-Submitted auto-replied, Ukrainian 'з 7 по 18 червня … повернуся 21 червня'",
        "2027-06-07T10:30:00+03:00",
        "UA",
        "Ірина Шевчук <iryna@irynatravel.example>",
        "Автоматична відповідь: Спонсороване відео — Acme Trail Shoes",
        "Вітаю!\nДякую за лист. З 7 по 18 червня я у відпустці з обмеженим доступом до "
        "пошти. Повернуся 21 червня.\n\nІрина\n",
        ret="2027-06-21",
        slug="iryna-trail",
        cte="base64",
        extra="Auto-Submitted: auto-replied\n",
    )
    auto(
        "auto_tr_noheader.eml",
        'no header, Turkish "23 Haziran\'a kadar izindeyim; 24 Haziran Perşembe"',
        "2027-06-08T09:00:00+03:00",
        "TR",
        "Can Demir <can@candemir.example>",
        "Otomatik yanıt: Sponsorlu video — Acme Camp Stove",
        "Merhaba,\nE-postanız için teşekkürler. 23 Haziran'a kadar izindeyim; 24 Haziran "
        "Perşembe günü ofise döneceğim.\n\nCan Demir\n",
        ret="2027-06-24",
        slug="can-stove",
    )
    auto(
        "auto_ar_arabic_digits_noheader.eml",
        "no header, Arabic, Arabic-Indic digits 'حتى ١٦ يونيو ٢٠٢٧ … يوم ١٧ يونيو'",
        "2027-06-06T09:00:00+04:00",
        "AE",
        "Omar Haddad <omar@omarreviews.example>",
        "رد تلقائي: فيديو برعاية — Acme Aero Headphones",
        "شكراً لرسالتك.\nأنا خارج المكتب حتى ١٦ يونيو ٢٠٢٧، وسأرد على رسالتك عند عودتي يوم ١٧ "
        "يونيو.\n\nعمر\n",
        ret="2027-06-17",
        slug="omar-aero",
        cte="base64",
        html_too=True,
    )
    auto(
        "auto_he_exchange_headers.eml",
        "Exchange Auto-Submitted auto-generated + X-Auto-Response-Suppress, Hebrew, back on "
        "Sunday 'עד יום חמישי, 17 ביוני … ביום ראשון, 20 ביוני'",
        "2027-06-09T10:00:00+03:00",
        "IL",
        "Yael Levi <yael@yaelcooks.example>",
        "תשובה אוטומטית: סרטון ממומן — Acme Smart Bottle",
        "שלום,\nאני מחוץ למשרד עד יום חמישי, 17 ביוני, ואחזור ביום ראשון, 20 ביוני.\n"
        "לעניינים דחופים: office@yaelcooks.example\n\nיעל\n",
        ret="2027-06-20",
        slug="yael-bottle",
        cte="base64",
        html_too=True,
        extra="Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"
        "Content-Language: he-IL\n",
    )
    auto(
        "auto_zh_business_trip_noheader.eml",
        "no header, Simplified Chinese '自动回复', on a business trip, no date",
        "2027-06-11T10:00:00+08:00",
        "CN",
        "Wang Lei <wanglei@leitech.example>",
        "自动回复: 赞助视频 — Acme Glow Serum",
        "您好，我正在出差，期间查看邮件可能会有延迟，回来后会尽快回复您。谢谢！\n\n王磊\n",
        slug="wanglei-serum",
        charset="gb18030",
        cte="base64",
    )
    auto(
        "auto_ja_year_end_closure.eml",
        "Auto-Submitted auto-replied, Japanese ISO-2022-JP, year-end closure "
        "'12月29日（水）から2028年1月4日（火）まで … 1月5日（水）より'",
        "2027-12-28T18:00:00+09:00",
        "JP",
        "Studio Haru <info@studio-haru.example>",
        "自動返信: 【Acme】提供動画の公開日について",
        "いつもお世話になっております。スタジオハルです。\n\n誠に勝手ながら、2027年12月29日（水）から"
        "2028年1月4日（火）まで年末年始休業とさせていただきます。\n"
        "1月5日（水）より順次ご返信いたします。\n\nスタジオハル\n",
        ret="2028-01-05",
        slug="haru-publish",
        charset="iso-2022-jp",
        cte="7bit",
        extra="Auto-Submitted: auto-replied\n",
    )
    auto(
        "auto_ko_bracket_noheader.eml",
        "no header, Korean '[자동응답]', shooting abroad, '6월 14일(월)부터'",
        "2027-06-05T20:00:00+09:00",
        "KR",
        "Park Jiwoo <jiwoo@jiwoovlog.example>",
        "[자동응답] 협찬 영상 안내 — Acme Pocket Drone",
        "안녕하세요. 메일 감사합니다.\n현재 해외 촬영 중이라 "
        "6월 14일(월)부터 메일 확인이 가능합니다.\n"
        "급한 용무는 매니저(manager@jiwoovlog.example)에게 연락 부탁드립니다.\n",
        ret="2027-06-14",
        slug="jiwoo-drone",
        cte="base64",
    )
    auto(
        "auto_th_buddhist_year_noheader.eml",
        "no header, Thai, Buddhist-era year 'ถึงวันที่ 13 มิถุนายน 2570 … กลับมาทำงานวันที่ 14 มิถุนายน 2570'",
        "2027-06-04T10:00:00+07:00",
        "TH",
        "Nicha Wongsa <nicha@nichaskin.example>",
        "ตอบกลับอัตโนมัติ: วิดีโอสปอนเซอร์ — Acme Yoga Mat",
        "สวัสดีค่ะ\nขณะนี้ดิฉันลาพักร้อนถึงวันที่ 13 มิถุนายน 2570 และจะกลับมาทำงานวันที่ 14 มิถุนายน 2570 ค่ะ\n\nณิชา\n",
        ret="2027-06-14",
        slug="nicha-mat",
        cte="base64",
    )
    auto(
        "auto_vi_range_noheader.eml",
        "no header, Vietnamese range 'từ ngày 7 đến hết ngày 11 tháng 6 … thứ Hai, ngày 14/6'",
        "2027-06-07T08:00:00+07:00",
        "VN",
        "Tran Quoc Bao <bao@baoreview.example>",
        "Trả lời tự động: Video tài trợ — Acme Camp Stove",
        "Xin chào,\nTôi sẽ nghỉ phép từ ngày 7 đến hết ngày 11 tháng 6 năm 2027. Tôi sẽ trả "
        "lời email của bạn khi quay lại làm việc vào thứ Hai, ngày 14/6.\n\nBảo\n",
        ret="2027-06-14",
        slug="bao-stove",
    )
    auto(
        "auto_id_until_only.eml",
        "Auto-Submitted auto-replied, Indonesian 'hingga 15 Juni 2027' (until only: the until "
        "date is the return date)",
        "2027-06-08T09:00:00+07:00",
        "ID",
        "Dewi Lestari <dewi@dewimasak.example>",
        "Balasan otomatis: Video bersponsor — Acme Brew Kettle",
        "Terima kasih atas email Anda. Saya sedang cuti hingga 15 Juni 2027 dan akan membalas "
        "email Anda secepatnya.\n\nSalam,\nDewi\n",
        ret="2027-06-15",
        slug="dewi-kettle",
        extra="Auto-Submitted: auto-replied\n",
    )
    auto(
        "auto_hu_noheader.eml",
        "no header, Hungarian 'szabadságon vagyok 2027. június 22-ig … június 23-án, szerdán'",
        "2027-06-10T09:00:00+02:00",
        "HU",
        "Nagy Eszter <eszter@eszterfit.example>",
        "Automatikus válasz: Szponzorált videó — Acme Aero Headphones",
        "Tisztelt Feladó!\nSzabadságon vagyok 2027. június 22-ig. Június 23-án, szerdán újra "
        "elérhető leszek.\n\nÜdvözlettel:\nNagy Eszter\n",
        ret="2027-06-23",
        slug="eszter-aero",
    )
    auto(
        "auto_ro_back_monday.eml",
        "Exchange-like Auto-Submitted + X-Auto-Response-Suppress, Romanian 'în perioada 7–11 "
        "iunie … revin la birou luni' (received on Monday 7 June)",
        "2027-06-07T09:00:00+03:00",
        "RO",
        "Andrei Popescu <andrei@andreibike.example>",
        "Răspuns automat: Video sponsorizat — Acme Smart Bottle",
        "Bună ziua,\nSunt în concediu în perioada 7–11 iunie. Revin la birou luni.\n\n"
        "Mulțumesc,\nAndrei Popescu\n",
        ret="2027-06-14",
        slug="andrei-bottle",
        html_too=True,
        extra="Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"
        "Content-Language: ro-RO\n",
    )
    auto(
        "auto_nl_tot_en_met_noheader.eml",
        "no header, Dutch 'tot en met vrijdag 18 juni … vanaf maandag 21 juni'",
        "2027-06-09T10:00:00+02:00",
        "NL",
        "Daan Jansen <daan@daanbouwt.example>",
        "Automatisch antwoord: Gesponsorde video — Acme Glow Serum",
        "Beste afzender,\nIk ben tot en met vrijdag 18 juni afwezig. Vanaf maandag 21 juni ben "
        "ik weer aanwezig en beantwoord ik je e-mail.\n\nMet vriendelijke groet,\nDaan Jansen\n",
        ret="2027-06-21",
        slug="daan-serum",
    )
    auto(
        "auto_da_weekday_noheader.eml",
        "no header, Danish 'tilbage på mandag' (received on Wednesday 16 June)",
        "2027-06-16T13:00:00+02:00",
        "DK",
        "Mette Nielsen <mette@mettehjem.example>",
        "Automatisk svar: Sponsoreret video — Acme Yoga Mat",
        "Hej,\nTak for din mail. Jeg holder fri resten af ugen og er tilbage på mandag. "
        "Indtil da læser jeg ikke mails.\n\nVenlig hilsen\nMette\n",
        ret="2027-06-21",
        slug="mette-mat",
    )
    auto(
        "auto_no_left_company.eml",
        "Auto-Submitted auto-generated, Norwegian, has left the company, no date",
        "2027-06-08T09:00:00+02:00",
        "NO",
        "Lars Berg <lars@fjellfilm.example>",
        "Automatisk svar: Sponset video — Acme Camp Stove",
        "Hei,\nJeg har sluttet i Fjellfilm AS, og denne e-postadressen blir ikke lenger fulgt "
        "opp. Ta kontakt med post@fjellfilm.example.\n\nMvh\nFjellfilm AS\n",
        slug="lars-stove",
        extra="Auto-Submitted: auto-generated\n",
    )
    auto(
        "auto_en_us_month_first_noheader.eml",
        "no header, English, US month-first 'through 6/4 … back Monday 6/7' (day-first would "
        "read 6 July)",
        "2027-06-01T08:00:00-05:00",
        "US",
        "Jordan Reyes <jordan@jordanlifts.example>",
        "Out of Office: Sponsored video — Acme Smart Bottle",
        "Thanks for your note! I'm out of the office through 6/4 with limited access to email "
        "and will be back Monday 6/7. For anything urgent, text my manager at 555-0142.\n\n"
        "Jordan\n",
        ret="2027-06-07",
        slug="jordan-bottle",
    )


# --- bounces ---------------------------------------------------------------------------------


def report(
    boundary: str,
    notice: str,
    status: str,
    returned: str,
    charset: str = "us-ascii",
    cte: str = "7bit",
) -> str:
    """multipart/report (RFC 6522) with a notice, a delivery-status part and the original."""
    return multipart(
        "report",
        boundary,
        [text_part(notice, charset, cte), status, returned],
        "; report-type=delivery-status",
    )


def headers_part(text: str) -> str:
    return f"Content-Type: text/rfc822-headers\n\n{text}"


def rfc822_part(text: str) -> str:
    return f"Content-Type: message/rfc822\n\n{text}\nHello, a quick reminder from the Acme team.\n"


SENT = "Mon, 7 Jun 2027 09:14:00 +0000"


def bounces() -> None:
    rcpt = "tyler.brooks@oldhost.example"
    emit(
        "bounce_postfix_3464_hard.eml",
        "bounce",
        f"RFC 3464, Postfix, user unknown, hard, addr={rcpt}",
        "2027-06-07T09:14:05+00:00",
        "",
        """From: MAILER-DAEMON@mx1.acme.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: team@acme.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Message-Id: <20270607091405.3F1A21C0452@mx1.acme.example>
""",
        report(
            "3F1A21C0452.1781255645/mx1.acme.example",
            "This is the mail system at host mx1.acme.example.\n\nI'm sorry to have to inform "
            "you that your message could not\nbe delivered to one or more recipients. It's "
            "attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\ndelete your own text "
            "from the attached returned message.\n\n                   The mail system\n\n"
            f"<{rcpt}>: host mx.oldhost.example[192.0.2.50] said: 550\n    5.1.1 <{rcpt}>: "
            "Recipient address rejected: User unknown in virtual\n    mailbox table (in reply "
            "to RCPT TO command)\n",
            dsn(
                "mx1.acme.example",
                SENT,
                [
                    (
                        rcpt,
                        "failed",
                        "5.1.1",
                        f"550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual "
                        "mailbox table",
                    ),
                ],
            ),
            headers_part(
                original_headers(
                    rcpt,
                    "Sponsored video - Acme Trail Shoes",
                    SENT,
                    "<trail-tyler.reminder@acme.example>",
                )
            ),
        ),
        relay="localhost [127.0.0.1]",
        null_sender=True,
    )

    rcpt = "ines@atelier-ines.example"
    emit(
        "bounce_exim_3464_hard.eml",
        "bounce",
        f"RFC 3464, Exim wording, X-Failed-Recipients, mailbox unavailable, hard, addr={rcpt}",
        "2027-06-07T09:14:09+00:00",
        "",
        f"""X-Failed-Recipients: {rcpt}
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay.acme.example>
To: team@acme.example
References: {thread("ines-old")}
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1qAcme-000Ex1-7t@relay.acme.example>
MIME-Version: 1.0
""",
        report(
            "1781255649-eximdsn-1804289383",
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            f"  {rcpt}\n    host mx.atelier-ines.example [198.51.100.33]\n"
            f"    SMTP error from remote mail server after RCPT TO:<{rcpt}>:\n"
            "    550 5.1.1 mailbox unavailable\n",
            dsn(
                "relay.acme.example",
                SENT,
                [(rcpt, "failed", "5.0.0", "550 5.1.1 mailbox unavailable")],
            ),
            rfc822_part(
                original_headers(
                    rcpt, "Vidéo sponsorisée - Acme Glow Serum", SENT, thread("ines-old")
                )
            ),
        ),
        relay="localhost [127.0.0.1]",
        null_sender=True,
    )

    first, second = "lena@bergfilm.example", "management@bergfilm.example"
    notice = (
        "Fehler bei der Zustellung an folgende Empfänger oder Gruppen:\n\n"
        f"{first}\nDie eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die "
        "Adresse des Empfängers und senden Sie die Nachricht erneut.\n\n"
        f"{second}\nDer Empfänger hat die Nachricht abgelehnt (Zugriff verweigert).\n\n"
        "Diagnoseinformationen für Administratoren:\n\nGenerierender Server: "
        "mx1.acme.example\n\n"
        f"{first}\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
        "Recipient not found by SMTP address lookup'\n\n"
        f"{second}\nRemote Server returned '550 5.4.1 Recipient address rejected: Access "
        "denied'\n"
    )
    emit(
        "bounce_exchange_de_two_recipients.eml",
        "bounce",
        f"RFC 3464, Exchange NDR in German ('Unzustellbar:'), two recipients, hard, "
        f"addr={first}, addr={second}",
        "2027-06-08T11:30:12+02:00",
        "",
        f"""From: Microsoft Outlook <postmaster@acme.example>
To: {TEAM}
Subject: {words("Unzustellbar: Gesponsertes Video – Acme Aero Headphones")}
Thread-Topic: {words("Gesponsertes Video – Acme Aero Headphones")}
Message-ID: <7c1e0b2a-ndr-4f5e-9d3c-2b1a0f9e8d7c@acme.example>
In-Reply-To: {thread("lena-aero")}
References: {thread("lena-aero")}
Content-Language: de-DE
X-MS-Exchange-Message-Is-Ndr:
X-MS-Has-Attach: yes
Auto-Submitted: auto-replied
MIME-Version: 1.0
""",
        multipart(
            "report",
            "b2e4c6a8-ndr-1357-9bdf-02468ace1357",
            [
                alternative(notice, "alt-ndr-1357-9bdf", cte="base64"),
                dsn(
                    "mx1.acme.example",
                    "Tue, 8 Jun 2027 09:30:05 +0000",
                    [
                        (
                            first,
                            "failed",
                            "5.1.10",
                            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by "
                            "SMTP address lookup",
                        ),
                        (
                            second,
                            "failed",
                            "5.4.1",
                            "550 5.4.1 Recipient address rejected: Access denied",
                        ),
                    ],
                ),
                headers_part(
                    original_headers(
                        f"{first}, {second}",
                        "Gesponsertes Video - Acme Aero Headphones",
                        "Tue, 8 Jun 2027 09:30:00 +0000",
                        thread("lena-aero"),
                    )
                ),
            ],
            "; report-type=delivery-status",
        ),
        relay="exchange-hub.acme.example [192.0.2.5]",
        null_sender=True,
    )

    rcpt = "raka.pratama@surel.example"
    emit(
        "bounce_webmail_3464_hard.eml",
        "bounce",
        f"RFC 3464, Gmail-like 'Delivery Status Notification (Failure)', HTML notice, hard, "
        f"addr={rcpt}",
        "2027-06-07T03:20:41+00:00",
        "",
        f"""Received: by 2002:a05:6402:1234:b0:5c2:0:0 with SMTP id ab12csp11; {SENT}
From: Mail Delivery Subsystem <mailer-daemon@mx.webmail.example>
To: team@acme.example
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: {thread("raka-old")}
In-Reply-To: {thread("raka-old")}
X-Failed-Recipients: {rcpt}
Message-ID: <66b3f1e2.050a0220.dsn.11aa@mx.webmail.example>
MIME-Version: 1.0
""",
        report(
            "00000000000047a1b205f1e6a9d2",
            "\n** Address not found **\n\nYour message wasn't delivered to "
            + rcpt
            + " because the address couldn't be found, or is unable to receive mail.\n\n"
            "The response from the remote server was:\n550 5.1.1 The email account that you "
            "tried to reach does not exist. Please try double-checking the recipient's email "
            "address for typos or unnecessary spaces.\n",
            dsn(
                "mx.webmail.example",
                SENT,
                [
                    (
                        rcpt,
                        "failed",
                        "5.1.1",
                        "550-5.1.1 The email account that you tried to reach does not exist.",
                    )
                ],
            ),
            rfc822_part(
                original_headers(
                    rcpt, "Video bersponsor - Acme Trail Shoes", SENT, thread("raka-old")
                )
            ),
        ),
        relay="mail-sor-f69.webmail.example [203.0.113.69]",
        null_sender=True,
    )

    rcpt = "astrid@postlada.example"
    emit(
        "bounce_postfix_delay_soft.eml",
        "bounce",
        f"RFC 3464 delay warning (Action: delayed), Postfix, soft, addr={rcpt}",
        "2027-06-07T13:14:02+00:00",
        "",
        """From: MAILER-DAEMON@mx1.acme.example (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: team@acme.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Message-Id: <20270607131402.9C2B41C0455@mx1.acme.example>
""",
        report(
            "9C2B41C0455.1781270042/mx1.acme.example",
            "This is the mail system at host mx1.acme.example.\n\n"
            "####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for 4.0 hours.\n"
            "It will be retried until it is 5.0 days old.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "                   The mail system\n\n"
            f"<{rcpt}>: connect to mx.postlada.example[198.51.100.80]:25:\n"
            "    Connection timed out\n",
            dsn("mx1.acme.example", SENT, [(rcpt, "delayed", "4.4.1", "")]),
            headers_part(
                original_headers(
                    rcpt, "Sponsrad video - Acme Aero Headphones", SENT, thread("astrid-old")
                )
            ),
        ),
        relay="localhost [127.0.0.1]",
        null_sender=True,
    )

    rcpt = "misaki.old@keitai.ne.example"
    emit(
        "bounce_ja_carrier_plain.eml",
        "bounce",
        f"plain notice, Japanese carrier, ISO-2022-JP subject and body, hard, addr={rcpt}",
        "2027-06-07T18:14:30+09:00",
        "",
        f"""From: postmaster@keitai.ne.example
To: team@acme.example
Subject: {words("配信エラーのお知らせ", "iso-2022-jp")}
Message-ID: <err.20270607181430.5521@keitai.ne.example>
MIME-Version: 1.0
""",
        text_part(
            "このメールは送信専用アドレスから自動送信されています。\n\n"
            "お客様が送信されたメールは、以下の宛先に配信できませんでした。\n\n"
            f"宛先: {rcpt}\n理由: 宛先のメールアドレスが存在しません。\n\n"
            "--- 送信されたメールのヘッダー ---\nFrom: team@acme.example\n"
            f"To: {rcpt}\nSubject: Re: 提供動画のご案内\nDate: {SENT}\n",
            "iso-2022-jp",
            "7bit",
        ),
        relay="mta.keitai.ne.example [192.0.2.140]",
        null_sender=True,
    )

    rcpt = "max.kraus@postfach.example"
    emit(
        "bounce_de_plain_mailbox_full.eml",
        "bounce",
        f"plain notice, German, mailbox full (Postfach voll), soft, addr={rcpt}",
        "2027-06-08T10:02:11+02:00",
        "",
        """From: Mail Delivery System <MAILER-DAEMON@mail.postfach.example>
To: team@acme.example
Subject: Nachricht konnte nicht zugestellt werden
Message-ID: <ndr-20270608080211-4412@mail.postfach.example>
MIME-Version: 1.0
""",
        text_part(
            "Dies ist eine automatisch erstellte Nachricht des Mailsystems.\n\n"
            "Ihre Nachricht an folgenden Empfänger konnte nicht zugestellt werden:\n\n"
            f"  {rcpt}\n\nGrund: Das Postfach des Empfängers ist voll (Speicherplatz "
            "überschritten).\nBitte versuchen Sie es später noch einmal.\n\n"
            "--- Kopfzeilen der ursprünglichen Nachricht ---\n"
            f"From: team@acme.example\nTo: {rcpt}\n"
            "Subject: Gesponsertes Video - Acme Brew Kettle\n",
            "iso-8859-1",
        ),
        relay="mail.postfach.example [192.0.2.99]",
        null_sender=True,
    )

    rcpt = "camille.old@messagerie.example"
    emit(
        "bounce_fr_plain_post_master.eml",
        "bounce",
        f"plain notice, French, sender 'post_master', unknown address, hard, addr={rcpt}",
        "2027-06-08T09:41:55+02:00",
        "",
        f"""From: post_master@messagerie.example
To: team@acme.example
Subject: {words("Message non remis : Vidéo sponsorisée - Acme Glow Serum", "iso-8859-1")}
Message-ID: <nonremis.8841.20270608@messagerie.example>
MIME-Version: 1.0
""",
        text_part(
            "Bonjour,\n\nVotre message n'a pas pu être remis au destinataire suivant :\n\n"
            f"<{rcpt}> : adresse inconnue (550 5.1.1)\n\nCe message a été généré "
            "automatiquement, merci de ne pas y répondre.\n\n--- En-têtes du message "
            f"d'origine ---\nFrom: team@acme.example\nTo: {rcpt}\nDate: {SENT}\n",
            "iso-8859-1",
        ),
        relay="smtp-out.messagerie.example [192.0.2.61]",
        null_sender=True,
    )

    rcpt = "dmitry.old@pochta.example"
    emit(
        "bounce_ru_plain_koi8.eml",
        "bounce",
        f"plain notice, Russian, KOI8-R, mailbox does not exist, hard, addr={rcpt}",
        "2027-06-07T12:15:20+03:00",
        "",
        f"""From: mailer-daemon@pochta.example
To: team@acme.example
Subject: {words("Недоставленное сообщение", "koi8-r")}
Message-ID: <bounce.1781255720.77@pochta.example>
MIME-Version: 1.0
""",
        text_part(
            "Это письмо создано автоматически сервером pochta.example.\n\n"
            "Ваше письмо не удалось доставить следующим адресатам:\n\n"
            f"  {rcpt}\n  Причина: такого почтового ящика не существует (550 5.1.1).\n\n"
            "Заголовки исходного письма:\nFrom: team@acme.example\n"
            f"To: {rcpt}\nSubject: Спонсорское видео - Acme Pocket Drone\n",
            "koi8-r",
            "base64",
        ),
        relay="mx.pochta.example [192.0.2.33]",
        null_sender=True,
    )

    rcpt = "chenyu.old@youxiang.example"
    emit(
        "bounce_zh_plain_gbk.eml",
        "bounce",
        f"plain notice, Simplified Chinese '系统退信', GBK, no Return-Path, hard, addr={rcpt}",
        "2027-06-07T18:15:02+08:00",
        "",
        f"""From: {words("系统退信", "gbk")} <PostMaster@youxiang.example>
To: team@acme.example
Subject: {words("系统退信", "gbk")}
Message-ID: <bounce.6a1b.20270607101502@youxiang.example>
MIME-Version: 1.0
""",
        text_part(
            "很抱歉，您发送的邮件被退回。\n\n"
            f"收件人：{rcpt}\n退信原因：收件人地址不存在，请核实后重新发送。\n\n"
            "原邮件主题：赞助视频 - Acme Smart Bottle\n发送时间：2027-06-07 10:00:00\n",
            "gbk",
            "base64",
        ),
        relay="mx.youxiang.example [203.0.113.150]",
    )

    rcpt = "crew@lists.harborstudio.example"
    emit(
        "bounce_list_not_member_en.eml",
        "bounce",
        f"list server rejection, not a member, Mailman-like headers (Precedence bulk), hard, "
        f"addr={rcpt}",
        "2027-06-09T16:02:40+00:00",
        "",
        f"""From: crew-owner@lists.harborstudio.example
To: team@acme.example
Subject: {words("Your message to Crew was rejected: Re: Sponsored video — Acme Brew Kettle")}
Message-ID: <178127056.1.notice@lists.harborstudio.example>
Precedence: bulk
X-Mailman-Version: 3.3.9
MIME-Version: 1.0
""",
        multipart(
            "mixed",
            "===============4719283746501928374==",
            [
                text_part(
                    f"Your message to the Crew mailing list ({rcpt}) has been rejected\n"
                    "for the following reason:\n\n  You are not a member of this list, and "
                    "posts from non-members are\n  not accepted.\n\nIf you think this is a "
                    "mistake, contact the list owner at\n"
                    "crew-owner@lists.harborstudio.example.\n",
                    "us-ascii",
                    "7bit",
                ),
                rfc822_part(
                    original_headers(
                        rcpt,
                        "Re: Sponsored video - Acme Brew Kettle",
                        "Wed, 9 Jun 2027 16:02:30 +0000",
                        thread("harbor-kettle"),
                    )
                ),
            ],
        ),
        relay="lists.harborstudio.example [198.51.100.140]",
        null_sender=True,
    )

    rcpt = "equipo-video@listas.productora.test"
    emit(
        "bounce_list_not_subscriber_es.eml",
        "bounce",
        f"list server rejection, Spanish, not a subscriber, Auto-Submitted, hard, addr={rcpt}",
        "2027-06-09T18:30:05+02:00",
        "",
        f"""From: Servidor de listas <listas@listas.productora.test>
To: team@acme.example
Subject: {words("Mensaje rechazado: Re: Vídeo patrocinado — Acme Aero Headphones")}
Message-ID: <rechazo.20270609163005.3321@listas.productora.test>
Auto-Submitted: auto-replied
MIME-Version: 1.0
""",
        text_part(
            f"Su mensaje para la lista {rcpt} ha sido rechazado porque\n"
            "usted no está suscrito a la lista y la lista solo acepta mensajes de sus "
            "suscriptores.\n\nAsunto del mensaje: Re: Vídeo patrocinado — Acme Aero "
            "Headphones\n\nSi cree que se trata de un error, escriba a "
            "equipo-video-owner@listas.productora.test.\n",
        ),
        relay="listas.productora.test [192.0.2.200]",
        null_sender=True,
    )

    rcpt = "veera@kuvaamo.example"
    emit(
        "bounce_exim_delay_plain.eml",
        "bounce",
        f"plain delay warning, Exim wording, greylisting 451, soft, addr={rcpt}",
        "2027-06-08T09:14:10+00:00",
        "",
        f"""X-Failed-Recipients: {rcpt}
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx.hostingbox.example>
To: team@acme.example
Subject: Warning: message 1qAcme7-000Dly-2k delayed 24 hours
Message-Id: <E1qAcme8-000Dlz-5m@mx.hostingbox.example>
MIME-Version: 1.0
""",
        text_part(
            "This message was created automatically by mail delivery software.\n"
            "A message that you sent has not yet been delivered to one or more of its\n"
            "recipients after more than 24 hours on the queue on mx.hostingbox.example.\n\n"
            "The message identifier is:     1qAcme7-000Dly-2k\n"
            "The subject of the message is: Sponsoroitu video - Acme Trail Shoes\n"
            f"The date of the message is:    {SENT}\n\n"
            "The address to which the message has not yet been delivered is:\n\n"
            f"  {rcpt}\n    host mx.kuvaamo.example [198.51.100.7]\n"
            f"    Delay reason: SMTP error from remote mail server after RCPT TO:<{rcpt}>:\n"
            "    451 4.7.1 Greylisted, please try again later\n\n"
            "No action is required on your part. Delivery attempts will continue for\n"
            "some time, and this warning may be repeated at intervals if the message\n"
            "remains undelivered. Eventually the mail delivery software will give up,\n"
            "and when that happens, the message will be returned to you.\n",
            "us-ascii",
            "7bit",
        ),
        relay="mx.hostingbox.example [198.51.100.150]",
        null_sender=True,
    )

    rcpt = "kuba@oldhost.test"
    emit(
        "bounce_qmail_plain.eml",
        "bounce",
        f"plain notice, qmail wording ('failure notice'), copy of the message below, no "
        f"Return-Path, hard, addr={rcpt}",
        "2027-06-07T09:14:33+00:00",
        "",
        """From: MAILER-DAEMON@mail.oldhost.test
To: team@acme.example
Subject: failure notice
Message-ID: <20270607091433.4410.qmail@mail.oldhost.test>
""",
        "\nHi. This is the qmail-send program at mail.oldhost.test.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        "Return-Path: <team@acme.example>\n"
        + original_headers(rcpt, "Termin publikacji - Acme Smart Bottle", SENT, thread("kuba-old"))
        + "\nCzesc Kuba, przypominamy o terminie publikacji filmu.\n",
        relay="mail.oldhost.test [192.0.2.250]",
    )


# --- challenge/response ----------------------------------------------------------------------


def challenges() -> None:
    emit(
        "challenge_gatekeep_on_behalf.eml",
        "challenge",
        "challenge service on the creator's behalf ('Chloe Martin via GateKeep'), guest-list "
        "link, HTML alternative",
        "2027-06-07T09:20:00+00:00",
        "",
        f"""From: Chloe Martin via GateKeep <notify@gatekeep.example>
Reply-To: no-reply@gatekeep.example
To: team@acme.example
Subject: {words("Please verify your email to reach Chloe Martin")}
Message-ID: <gk.7f3e1a9c2b.req@gatekeep.example>
{replying("chloe-kettle")}MIME-Version: 1.0
""",
        alternative(
            "Hi,\n\nChloe Martin (chloe@chloecooks.example) uses GateKeep to keep her inbox free "
            'of unwanted mail. Your message "Re: Sponsored video — Acme Brew Kettle" is '
            "waiting in her guest-list queue.\n\nClick below to request delivery. You only need "
            "to do this once:\nhttps://gatekeep.example/r/9c1f4e7a2b\n\nIf you don't request "
            "delivery within 7 days, your message will be deleted.\n\nGateKeep — your inbox, "
            "your guest list\n",
            "gk-alt-9c1f4e7a2b",
        ),
        relay="out-3.gatekeep.example [198.51.100.160]",
    )
    emit(
        "challenge_spambarrier_own_address.eml",
        "challenge",
        "challenge from the creator's own address ('SpamBarrier verification' in subject), "
        "no automatic header",
        "2027-06-08T14:05:00-04:00",
        "US",
        f"""From: Marcus Hill <marcus@hillrides.example>
To: team@acme.example
Subject: Re: Sponsored video - Acme Pocket Drone [SpamBarrier verification]
Message-ID: <sb.88213.verify@hillrides.example>
{replying("marcus-drone")}MIME-Version: 1.0
""",
        text_part(
            "This is an automated message from SpamBarrier on behalf of "
            "marcus@hillrides.example.\n\nI'm protecting myself from receiving junk mail. "
            "Please click the link below to complete the verification process. You have to do "
            "this only once.\n\nhttps://verify.spambarrier.test/v?id=88213a7f\n\nYour original "
            "message will be delivered as soon as you verify.\n",
            "us-ascii",
            "7bit",
        ),
        relay="mail.hillrides.example [198.51.100.170]",
    )
    emit(
        "challenge_bluejay_reply_to_confirm.eml",
        "challenge",
        "challenge from the creator's own address, 'reply keeping the subject' or click, "
        "Precedence bulk, own service header",
        "2027-06-08T10:45:00+10:00",
        "AU",
        f"""From: Ava Thompson <ava@avafilms.example>
Reply-To: ava+confirm-5e2d91@avafilms.example
To: team@acme.example
Subject: Please confirm your message [#5e2d91]
Message-ID: <bj.5e2d91@avafilms.example>
{replying("ava-mat")}Precedence: bulk
X-BlueJay-Challenge: 5e2d91
MIME-Version: 1.0
""",
        text_part(
            "Hello,\n\nI use BlueJay Mail to filter spam. Your message to ava@avafilms.example "
            "has been held.\n\nTo get it through, simply reply to this message without changing "
            "the subject line, or click:\nhttps://bluejay.test/confirm/5e2d91\n\nYou will only "
            "be asked once. Thanks!\n",
        ),
        relay="mail.avafilms.example [198.51.100.175]",
    )
    page = (
        "<html><body><p>Guten Tag,</p><p>Felix Braun schützt sein Postfach mit Mailschutz. "
        "Bitte bestätigen Sie einmalig, dass Sie ein Mensch sind, damit Ihre Nachricht "
        "„Gesponsertes Video – Acme Camp Stove“ zugestellt wird:</p>"
        '<p><a href="https://mailschutz.test/captcha/3b7e">Jetzt bestätigen</a></p>'
        "<p>Unbestätigte Nachrichten werden nach 5 Tagen gelöscht.</p></body></html>"
    )
    emit(
        "challenge_mailschutz_de_html.eml",
        "challenge",
        "captcha challenge service, German, HTML only, from the service's no-reply address",
        "2027-06-07T11:02:00+02:00",
        "",
        f"""From: {words("Mailschutz für Felix Braun")} <noreply@mailschutz.test>
To: team@acme.example
Subject: {words("Bitte bestätigen Sie Ihre Nachricht an Felix Braun")}
Message-ID: <ms.3b7e.20270607@mailschutz.test>
{replying("felix-stove")}MIME-Version: 1.0
""",
        text_part(page, cte="quoted-printable", subtype="html"),
        relay="out.mailschutz.test [192.0.2.210]",
    )
    emit(
        "challenge_es_own_auto_submitted.eml",
        "challenge",
        "challenge from the creator's own address with Auto-Submitted auto-replied, Spanish",
        "2027-06-08T12:10:00+02:00",
        "ES",
        f"""From: Pablo Ruiz <pablo@ruizviajes.example>
To: team@acme.example
Subject: {words("Verificación de remitente: Re: Vídeo patrocinado — Acme Camp Stove")}
Message-ID: <fs.20270608101000.4a2c@ruizviajes.example>
{replying("pablo-stove")}Auto-Submitted: auto-replied
MIME-Version: 1.0
""",
        text_part(
            "Hola:\n\nEste buzón está protegido por FiltroSeguro. Para que tu mensaje llegue a "
            "Pablo, confirma que eres una persona pulsando el siguiente enlace (solo tendrás "
            "que hacerlo una vez):\n\nhttps://filtroseguro.test/c/4a2c9e\n\nSi no lo confirmas "
            "en 72 horas, el mensaje se eliminará.\n",
        ),
        relay="mail.ruizviajes.example [198.51.100.180]",
    )
    emit(
        "challenge_ru_service.eml",
        "challenge",
        "challenge service on the creator's behalf, Russian, Reply-To the creator",
        "2027-06-08T15:30:00+03:00",
        "",
        f"""From: {words("Пропуск: Дмитрий О.")} <check@propusk.test>
Reply-To: d.orlov@yapochta.example
To: team@acme.example
Subject: {words("Подтвердите отправку письма Дмитрию Орлову")}
Message-ID: <propusk.51c0e7.20270608@propusk.test>
MIME-Version: 1.0
""",
        text_part(
            "Здравствуйте!\n\nДмитрий Орлов использует сервис «Пропуск» для защиты от спама. "
            "Чтобы ваше письмо «Re: Спонсорское видео — Acme Pocket Drone» было доставлено, "
            "подтвердите отправку по ссылке:\n\nhttps://propusk.test/ok/51c0e7\n\n"
            "Подтверждать нужно только один раз.\n",
            cte="base64",
        ),
        relay="mx.propusk.test [192.0.2.220]",
    )


# --- lists and notifications -----------------------------------------------------------------


def lists() -> None:
    emit(
        "list_newsletter_mailgun_no_list_id.eml",
        "list",
        "newsletter, Mailgun-like and Feedback-ID headers, no List-* headers, unsubscribe "
        "link in the body",
        "2027-06-08T07:00:00+00:00",
        "",
        """From: Creator Economy Weekly <hello@creatorweekly.example>
To: team@acme.example
Subject: Creator Economy Weekly #112: sponsorship rates are up again
Message-Id: <20270608070000.1.a1b2c3d4e5f6@mg.creatorweekly.example>
X-Mailgun-Sid: WyI3YTFiMiIsICJ0ZWFtQGFjbWUuZXhhbXBsZSIsICI5ZjhlIl0=
X-Mailgun-Tag: newsletter
X-Mailgun-Variables: {"issue": "112"}
Feedback-ID: 112:newsletter:mg.creatorweekly.example
Sender: hello=creatorweekly.example@mg.creatorweekly.example
MIME-Version: 1.0
""",
        alternative(
            "This week in the creator economy\n\n1. Sponsorship rates for mid-size channels "
            "rose 8% in May.\n2. Five ways to brief a creator so the draft arrives on time.\n"
            "3. Vacation season: how to plan your summer campaigns.\n\n"
            "Read online: https://creatorweekly.example/issues/112\n\n"
            "You're receiving this because you signed up at creatorweekly.example.\n"
            "Unsubscribe: https://creatorweekly.example/u/9f8e7d6c | Update preferences: "
            "https://creatorweekly.example/p/9f8e7d6c\n",
            "mg-alt-a1b2c3d4e5f6",
        ),
        relay="m228-14.mg.creatorweekly.example [198.51.100.228]",
    )
    emit(
        "list_rfc8058_campaign_no_list_id.eml",
        "list",
        "marketing mail, X-Campaign, RFC 8058 one-click List-Unsubscribe without List-Id",
        "2027-06-09T16:00:00+00:00",
        "",
        """From: BrandDeals Digest <digest@branddeals.example>
To: team@acme.example
Subject: 12 creators looking for outdoor brands this month
Message-ID: <c.2027-06.outdoor.team@send.branddeals.example>
X-Campaign: outdoor-june-2027
Feedback-ID: outdoor-june-2027:branddeals:esp
List-Unsubscribe: <https://branddeals.example/unsub/7c2a9f?one-click=1>,
 <mailto:unsubscribe+7c2a9f@branddeals.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
""",
        alternative(
            "Hi Acme team,\n\nThese 12 creators are looking for outdoor brands to work with "
            "this month. Browse their media kits and send an offer in one click.\n\n"
            "See the list: https://branddeals.example/c/outdoor-june\n\n"
            "You get this digest because you have a BrandDeals account. Stop these emails: "
            "https://branddeals.example/unsub/7c2a9f\n",
            "bd-alt-7c2a9f",
        ),
        relay="send.branddeals.example [198.51.100.229]",
    )
    emit(
        "list_tubespace_comment.eml",
        "list",
        "video-platform comment notification from no-reply, the comment says 'back on Monday'",
        "2027-06-09T19:12:00+00:00",
        "",
        """From: TubeSpace <no-reply@tubespace.example>
To: team@acme.example
Subject: Acme Official, there's a new comment on your video
Message-ID: <tubespace.comment.8a7b6c5d4e@tubespace.example>
X-TubeSpace-Notification-Type: comment_on_video
MIME-Version: 1.0
""",
        alternative(
            'Sofia R. commented on "Acme Trail Shoes — 100 km review":\n\n'
            "\"Do they come in wide sizes? I'm back on the trails on Monday and need new "
            'ones!"\n\nReply: https://tubespace.example/comment/8a7b6c5d4e\n\n'
            "You received this email because you have comment notifications turned on. "
            "Manage notification settings: https://tubespace.example/settings/notifications\n"
            "TubeSpace, 1 Example Way, Example City\n",
            "ts-alt-8a7b6c5d4e",
        ),
        relay="mail-ts.tubespace.example [203.0.113.200]",
    )
    emit(
        "list_pixgram_ptbr.eml",
        "list",
        "photo-app notification digest, Brazilian Portuguese, List-Unsubscribe only",
        "2027-06-08T21:40:00-03:00",
        "",
        f"""From: Pixgram <notificacoes@mail.pixgram.example>
To: team@acme.example
Subject: {words("acme.oficial, você tem 4 notificações novas")}
Message-ID: <pix.notif.20270609004000.3f2e@mail.pixgram.example>
List-Unsubscribe: <https://pixgram.example/emails/unsubscribe/?n=3f2e>
MIME-Version: 1.0
""",
        alternative(
            "Oi acme.oficial,\n\nbia.santos e mais 3 pessoas interagiram com suas publicações:\n"
            '• bia.santos marcou você em um story\n• pedro.viaja comentou: "Quando sai o '
            'vídeo?"\n• 2 novas curtidas\n\nVer no Pixgram: https://pixgram.example/n/3f2e\n\n'
            "Você recebeu este e-mail porque as notificações por e-mail estão ativadas. "
            "Cancelar inscrição: https://pixgram.example/emails/unsubscribe/?n=3f2e\n",
            "pix-alt-3f2e",
        ),
        relay="mail.pixgram.example [203.0.113.210]",
    )
    emit(
        "list_forum_summary_list_id.eml",
        "list",
        "forum summary with RFC 2919 List-Id and RFC 2369 headers, Auto-Submitted "
        "auto-generated, Precedence list",
        "2027-06-10T06:00:00+00:00",
        "",
        """From: Creators Forum <noreply@forum.creators.example>
To: team@acme.example
Subject: [Creators Forum] Summary
Message-ID: <summary.2027-06-10.team@forum.creators.example>
List-Id: Creators Forum summary <summary.forum.creators.example>
List-Archive: <https://forum.creators.example/latest>
List-Unsubscribe: <https://forum.creators.example/email/unsubscribe/41c9>
Precedence: list
Auto-Submitted: auto-generated
MIME-Version: 1.0
""",
        alternative(
            "Here's a summary of what happened on Creators Forum since your last visit.\n\n"
            "Popular topics\n- How long do you wait before chasing a brand? (23 replies)\n"
            "- Out-of-office etiquette for small creators (11 replies)\n"
            "- Shipping samples abroad: customs tips (8 replies)\n\n"
            "Visit the forum: https://forum.creators.example/latest\n\n"
            "To unsubscribe from these emails, click here: "
            "https://forum.creators.example/email/unsubscribe/41c9\n",
            "forum-alt-41c9",
        ),
        relay="mail.forum.creators.example [198.51.100.240]",
    )
    emit(
        "list_calendar_reminder.eml",
        "list",
        "calendar reminder notification with a date and time, no List-* headers",
        "2027-06-15T12:30:00+00:00",
        "",
        f"""From: Calendar <calendar-notification@calendar.example>
Reply-To: Calendar <calendar-notification@calendar.example>
To: team@acme.example
Subject: {words(CALENDAR_SUBJECT)}
Message-ID: <calendar-7e6d5c4b-reminder@calendar.example>
MIME-Version: 1.0
""",
        alternative(
            "Reminder: Draft review with Inès\n\nWhen: Tuesday 15 Jun 2027 15:00 – 15:30 "
            "(Central European Time - Paris)\nJoining info: https://meet.calendar.example/"
            "abc-defg-hij\n\nInvitation from Calendar\n\nYou are receiving this email at the "
            "account team@acme.example because you are subscribed for notifications on "
            "calendar team@acme.example.\nTo stop receiving these emails, go to your calendar "
            "settings and change your notification settings for this calendar.\n",
            "cal-alt-7e6d5c4b",
        ),
        relay="mail-cal.calendar.example [203.0.113.220]",
    )
    emit(
        "list_shipping_nl.eml",
        "list",
        "parcel tracking update, Dutch, SendGrid-like headers, a delivery date in the text",
        "2027-06-09T08:10:00+02:00",
        "",
        f"""From: PakketPost <noreply@track.pakketpost.example>
To: team@acme.example
Subject: {words("Je zending aan Sanne de Vries wordt morgen bezorgd")}
Message-ID: <sg.Qm9iZXhhbXBsZQ.3SPKT1234567@track.pakketpost.example>
X-SG-EID: u001.Zm9yY29ycHVzb25seTEyMzQ1Njc4OQ==
X-Entity-ID: pakketpost-tracking
MIME-Version: 1.0
""",
        alternative(
            "Goed nieuws!\n\nJe zending 3SPKT1234567 aan Sanne de Vries wordt morgen, "
            "donderdag 10 juni, tussen 14:00 en 16:30 bezorgd.\n\nVolg je zending: "
            "https://track.pakketpost.example/3SPKT1234567\n\nDit is een automatisch bericht; "
            "je kunt hier niet op antwoorden. Geen updates meer ontvangen? "
            "https://track.pakketpost.example/afmelden\n",
            "pp-alt-3SPKT1234567",
        ),
        relay="o1.track.pakketpost.example [198.51.100.245]",
    )
    emit(
        "list_ja_webinar.eml",
        "list",
        "Japanese mass-mailer webinar invitation, Precedence bulk, '配信停止' link in the body",
        "2027-06-10T12:00:00+09:00",
        "",
        f"""From: {words("クリエイター支援ナビ")} <info@creator-navi.example>
To: team@acme.example
Subject: {words("【無料ウェビナー】6月24日開催：企業案件の進め方")}
Message-ID: <hp.20270610030000.88f1@creator-navi.example>
X-Mailer: HaishinPro 4.2
Precedence: bulk
MIME-Version: 1.0
""",
        text_part(
            "アクメ ご担当者様\n\n"
            "いつもクリエイター支援ナビをご利用いただきありがとうございます。\n"
            "6月24日（木）20時から、無料ウェビナー「企業案件の進め方」を開催します。\n\n"
            "お申し込み：https://creator-navi.example/webinar/0624\n\n"
            "※本メールは配信専用です。\n配信停止はこちら：https://creator-navi.example/stop?id=88f1\n",
            cte="base64",
        ),
        relay="mta.creator-navi.example [203.0.113.230]",
    )


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    LABELS.clear()
    humans()
    auto_replies()
    bounces()
    challenges()
    lists()
    LABELS.sort(key=lambda row: row["file"])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(LABELS)


if __name__ == "__main__":
    main()
