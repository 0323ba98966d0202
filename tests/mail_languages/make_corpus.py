"""Write the many-languages mail corpus: `uv run python tests/mail_languages/make_corpus.py`.

Every `.eml` file and `labels.csv` here come from this script, deterministically; change the
script and run it again, never an `.eml` by hand. See README.md for what the corpus measures.
"""

import csv
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from closures import CLOSURES

HERE = Path(__file__).parent
TEAM = "Acme Creator Team <team@acme.example>"
COLUMNS = ["file", "kind", "reason_hint", "return_date", "received_at", "sender_country"]
LABELS: list[dict[str, str]] = []
QUOTE = "> Hi! Just checking in on the holiday video draft. Could you send it by Friday?"


def write(
    name: str,
    kind: str,
    hint: str,
    *,
    sender: str,
    subject: str,
    body: str,
    at: str,
    country: str = "",
    back: str = "",
    threaded: bool = True,
    extra: tuple[tuple[str, str], ...] = (),
    charset: str = "utf-8",
) -> None:
    """One message as a mail client or a mail system sends it, and its label."""
    received = datetime.fromisoformat(at)
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = sender
    message["To"] = TEAM
    message["Subject"] = subject
    message["Date"] = format_datetime(received)
    message["Message-ID"] = f"<{name.removesuffix('.eml')}@mail.test>"
    if threaded:
        message["In-Reply-To"] = "<reminder-42@acme.example>"
        message["References"] = "<reminder-42@acme.example>"
    for field, value in extra:
        message[field] = value
    message.set_content(body.strip() + "\n", charset=charset)
    (HERE / name).write_bytes(message.as_bytes())
    LABELS.append(
        {
            "file": name,
            "kind": kind,
            "reason_hint": hint,
            "return_date": back,
            "received_at": at,
            "sender_country": country,
        }
    )


# (language, country, sender, out-of-office first lines, its return date, a person's reply)
AWAY: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "en-GB",
        "GB",
        "Olivia Hart <olivia@hartfilms.test>",
        "Hello,\n\nThanks for your message. I'm currently on annual leave and will be back in "
        "the office on Tuesday. For anything urgent please contact studio@hartfilms.test.\n\n"
        "Kind regards,\nOlivia",
        "2026-12-08",
        "Hi both,\n\nI was on annual leave last week, sorry for the wait. The draft is here: "
        "https://drive.test/v/1\n\nCheers,\nOlivia\n\nSent from my phone",
    ),
    (
        "en-AU",
        "AU",
        "Jack Wills <jack@outback.test>",
        "G'day,\n\nI'm out of the office until 14 December with limited access to emails. "
        "I'll respond on my return.\n\nJack",
        "2026-12-14",
        "Hey! Back from the trip, the cut is rendering now and I'll send it tonight.\n\nJack",
    ),
    (
        "el",
        "GR",
        "Ελένη Παππά <eleni@pappa.test>",
        "Καλησπέρα σας,\n\nΒρίσκομαι σε άδεια έως τις 11 Δεκεμβρίου, με περιορισμένη πρόσβαση "
        "στο email. Θα απαντήσω μόλις επιστρέψω.\n\nΕλένη",
        "2026-12-11",
        "Καλησπέρα! Ήμουν σε άδεια, συγγνώμη για την καθυστέρηση. Το βίντεο είναι έτοιμο.\n\nΕλένη",
    ),
    (
        "fa",
        "IR",
        "مریم رضایی <maryam@rezaei.test>",
        "سلام،\n\nبا تشکر از ایمیل شما. من تا ۱۸ آذر در مرخصی هستم و پس از بازگشت پاسخ خواهم "
        "داد. برای موارد فوری با studio@rezaei.test تماس بگیرید.",
        "2026-12-09",
        "سلام! از مرخصی برگشتم و ویدیو را تا جمعه می‌فرستم. ممنون از صبرتان.",
    ),
    (
        "hi",
        "IN",
        "अनीता शर्मा <anita@sharma.test>",
        "नमस्ते,\n\nआपके ईमेल के लिए धन्यवाद। मैं 12 दिसंबर तक छुट्टी पर हूँ। लौटने पर जवाब "
        "दूँगी। ज़रूरी काम के लिए studio@sharma.test पर संपर्क करें।",
        "2026-12-12",
        "नमस्ते! मैं कल छुट्टी से लौटी हूँ। वीडियो का ड्राफ्ट शुक्रवार तक भेज दूँगी।",
    ),
    (
        "ja",
        "JP",
        "佐藤 花子 <hanako@sato.test>",
        "お世話になっております。\n\n誠に勝手ながら、12月10日まで休暇をいただいております。"
        "戻り次第、順次ご返信いたします。",
        "2026-12-10",
        "お世話になっております。休暇から戻りました。動画の下書きを金曜日までにお送りします。",
    ),
    (
        "lv",
        "LV",
        "Anna Bērziņa <anna@berzina.test>",
        "Labdien!\n\nEsmu atvaļinājumā līdz 9. decembrim. Steidzamos jautājumos lūdzu "
        "sazinieties ar studio@berzina.test.",
        "2026-12-09",
        "Labdien! Biju atvaļinājumā, tagad esmu atpakaļ. Video melnraksts būs piektdien.",
    ),
    (
        "ms",
        "MY",
        "Nurul Aini <nurul@aini.test>",
        "Salam sejahtera,\n\nSaya sedang bercuti tahunan sehingga 11 Disember 2026 dan akses "
        "e-mel adalah terhad. Untuk perkara segera, sila hubungi studio@aini.test.",
        "2026-12-11",
        "Salam! Saya baru pulang bercuti. Draf video akan saya hantar esok, terima kasih.",
    ),
    (
        "pl",
        "PL",
        "Katarzyna Nowak <kasia@nowak.test>",
        "Dzień dobry,\n\nprzebywam na urlopie do 13 grudnia. W sprawach pilnych proszę o "
        "kontakt z studio@nowak.test.\n\nPozdrawiam\nKasia",
        "2026-12-13",
        "Dzień dobry, byłam na urlopie, przepraszam za zwłokę. Film wyślę w piątek.\n\nKasia",
    ),
    (
        "ru",
        "RU",
        "Ольга Иванова <olga@ivanova.test>",
        "Здравствуйте!\n\nЯ нахожусь в отпуске до 15 декабря, доступ к почте ограничен. "
        "По срочным вопросам обращайтесь к studio@ivanova.test.",
        "2026-12-15",
        "Здравствуйте! Была в отпуске, вернулась. Черновик пришлю в пятницу.\n\nОльга",
    ),
    (
        "sw",
        "KE",
        "Amina Mwangi <amina@mwangi.test>",
        "Habari,\n\nAsante kwa barua pepe yako. Niko likizo hadi tarehe 10 Desemba 2026. Kwa "
        "mambo ya dharura, wasiliana na studio@mwangi.test.",
        "2026-12-10",
        "Habari! Nimerudi kutoka likizo. Video itakuwa tayari Ijumaa. Asante!",
    ),
    (
        "th",
        "TH",
        "สมหญิง ใจดี <somying@jaidee.test>",
        "สวัสดีค่ะ\n\nขณะนี้ดิฉันลาพักร้อนถึงวันที่ 9 ธันวาคม 2569 หากมีเรื่องด่วนกรุณาติดต่อ studio@jaidee.test",
        "2026-12-09",
        "สวัสดีค่ะ กลับมาจากพักร้อนแล้วนะคะ จะส่งวิดีโอให้วันศุกร์ค่ะ",
    ),
    (
        "tr",
        "TR",
        "Ayşe Yılmaz <ayse@yilmaz.test>",
        "Merhaba,\n\n14 Aralık tarihine kadar yıllık izindeyim. Acil durumlarda "
        "studio@yilmaz.test adresine ulaşabilirsiniz.",
        "2026-12-14",
        "Merhaba, izindeydim, yeni döndüm. Videoyu cuma günü göndereceğim.",
    ),
    (
        "uk",
        "UA",
        "Оксана Коваль <oksana@koval.test>",
        "Добрий день!\n\nЯ перебуваю у відпустці до 12 грудня. З термінових питань "
        "звертайтеся до studio@koval.test.",
        "2026-12-12",
        "Добрий день! Повернулася з відпустки, відео надішлю в п'ятницю.",
    ),
    (
        "cs",
        "CZ",
        "Petra Dvořáková <petra@dvorak.test>",
        "Dobrý den,\n\njsem mimo kancelář do 11. 12. V naléhavých případech kontaktujte "
        "studio@dvorak.test.",
        "2026-12-11",
        "Dobrý den, byla jsem na dovolené. Video pošlu v pátek.",
    ),
    (
        "hu",
        "HU",
        "Kovács Réka <reka@kovacs.test>",
        "Tisztelt Partnerünk!\n\nJelenleg szabadságon vagyok, december 14-ig. Sürgős "
        "ügyekben forduljon kollégámhoz: studio@kovacs.test.",
        "2026-12-14",
        "Szia! Szabadságon voltam, most értem vissza. A videót pénteken küldöm.",
    ),
    (
        "ro",
        "RO",
        "Ioana Popescu <ioana@popescu.test>",
        "Bună ziua,\n\nSunt în concediu de odihnă până pe 10 decembrie. Pentru urgențe vă rog "
        "contactați studio@popescu.test.",
        "2026-12-10",
        "Bună! Am fost în concediu, acum m-am întors. Trimit videoclipul vineri.",
    ),
    (
        "ar",
        "AE",
        "ليلى حسن <layla@hassan.test>",
        "مرحباً،\n\nأنا حالياً في إجازة سنوية حتى 13 ديسمبر. للأمور العاجلة يرجى التواصل مع "
        "studio@hassan.test.",
        "2026-12-13",
        "مرحباً! عدت من الإجازة، وسأرسل الفيديو يوم الجمعة.",
    ),
    (
        "zh-CN",
        "CN",
        "王芳 <fang@wang.test>",
        "您好，\n\n我目前正在休年假，12月11日返回。如有急事请联系 studio@wang.test。",
        "2026-12-11",
        "您好！我休假回来了，视频草稿周五发给您。",
    ),
    (
        "ko",
        "KR",
        "김지은 <jieun@kim.test>",
        "안녕하세요.\n\n12월 10일까지 휴가 중입니다. 복귀 후 답변 드리겠습니다.",
        "2026-12-10",
        "안녕하세요! 휴가에서 돌아왔습니다. 영상은 금요일에 보내드릴게요.",
    ),
    (
        "vi",
        "VN",
        "Nguyễn Thu Hà <ha@nguyen.test>",
        "Xin chào,\n\nTôi đang nghỉ phép đến ngày 12 tháng 12. Việc gấp vui lòng liên hệ "
        "studio@nguyen.test.",
        "2026-12-12",
        "Chào anh! Tôi vừa nghỉ phép về, thứ Sáu tôi sẽ gửi video.",
    ),
    (
        "pt-BR",
        "BR",
        "Juliana Costa <ju@costa.test>",
        "Olá!\n\nEstou de férias até 14/12 com acesso restrito ao e-mail. Em caso de urgência, "
        "entre em contato com studio@costa.test.",
        "2026-12-14",
        "Oi! Voltei das férias ontem, mando o vídeo na sexta.\n\nEnviado do meu celular",
    ),
    (
        "ca",
        "ES",
        "Marta Puig <marta@puig.test>",
        "Bon dia,\n\nEstic de vacances fins al 9 de desembre. Respondré el vostre missatge a "
        "la tornada.",
        "2026-12-09",
        "Bon dia! Ja he tornat de vacances; us envio el vídeo divendres.",
    ),
    (
        "fi",
        "FI",
        "Aino Virtanen <aino@virtanen.test>",
        "Hei,\n\nolen lomalla 11.12. asti. Kiireellisissä asioissa ota yhteyttä "
        "studio@virtanen.test.",
        "2026-12-11",
        "Hei! Olin lomalla, nyt palasin. Lähetän videon perjantaina.",
    ),
    (
        "id",
        "ID",
        "Dewi Lestari <dewi@lestari.test>",
        "Halo,\n\nSaya sedang cuti sampai 10 Desember. Untuk keperluan mendesak silakan hubungi "
        "studio@lestari.test.",
        "2026-12-10",
        "Halo! Saya sudah kembali dari cuti, videonya saya kirim hari Jumat.",
    ),
)

RECEIVED = "2026-12-03T09:30:00+00:00"


def make_away() -> None:
    for language, country, sender, away, back, human in AWAY:
        tag = language.lower().replace("-", "")
        write(
            f"auto_{tag}_noheader.eml",
            "auto_reply",
            f"{language} out-of-office, threaded, no automatic header",
            sender=sender,
            subject="Re: Holiday video draft",
            body=away,
            at=RECEIVED,
            country=country,
            back=back,
        )
        write(
            f"human_{tag}_reply.eml",
            "human",
            f"{language} person back from leave",
            sender=sender,
            subject="Re: Holiday video draft",
            body=f"{human}\n\n{QUOTE}",
            at=RECEIVED,
            country=country,
        )
    _, _, sender, away, _, _ = AWAY[0]
    quoted = "\n".join(f"> {line}" for line in away.splitlines())
    write(
        "human_en_quotes_own_ooo.eml",
        "human",
        "a reply that quotes the sender's own out-of-office",
        sender=sender,
        subject="Re: Holiday video draft",
        body=f"Ignore my auto-reply, I'm here: the draft is done.\n\nOn Thu, Olivia wrote:\n"
        f"{quoted}",
        at=RECEIVED,
        country="GB",
    )
    write(
        "human_en_was_out_draft.eml",
        "human",
        "'I was out of office last week, here is the draft'",
        sender="Sam Lee <sam@lee.test>",
        subject="Re: Holiday video draft",
        body="I was out of office last week, here is the draft: https://drive.test/v/9\n\n"
        "Sent from my phone",
        at=RECEIVED,
        country="US",
    )


def make_closures() -> None:
    for tag, language, country, sender, at, charset, notice, back, human in CLOSURES:
        write(
            f"auto_{tag}.eml",
            "auto_reply",
            f"{language} closure or day-alone notice, {charset}, threaded, no automatic header",
            sender=sender,
            subject="Re: Holiday video draft",
            body=notice,
            at=at,
            country=country,
            back=back,
            charset=charset,
        )
        write(
            f"human_{tag}.eml",
            "human",
            f"{language} person who mentions the same holiday or day, {charset}",
            sender=sender,
            subject="Re: Holiday video draft",
            body=f"{human}\n\n{QUOTE}",
            at=at,
            country=country,
            charset=charset,
        )
    _, _, country, sender, at, charset, notice, _, _ = CLOSURES[5]
    quoted = "\n".join(f"> {line}" for line in notice.splitlines())
    write(
        "human_ja_quotes_closure.eml",
        "human",
        "a reply above the sender's own quoted closure notice (ISO-2022-JP)",
        sender=sender,
        subject="Re: Holiday video draft",
        body=f"承知しました。休業前に確認してお送りします。\n\n{quoted}",
        at=at,
        country=country,
        charset=charset,
    )


def make_others() -> None:
    write(
        "challenge_ja_own_address.eml",
        "challenge",
        "Japanese challenge that quotes the creator's own address",
        sender="佐藤 花子 <hanako@sato.test>",
        subject="【送信者確認】メールの配信確認のお願い",
        body="このメールは自動送信です。\n\nhanako@sato.test 宛てのメールは迷惑メール対策のため"
        "一時的に保留されています。以下のリンクをクリックして、人間であることを確認してください。"
        "確認は初回のみ必要です。\n\nhttps://verify.test/c/8812",
        at=RECEIVED,
        threaded=False,
        extra=(("Auto-Submitted", "auto-replied"),),
    )
    write(
        "challenge_tr_service.eml",
        "challenge",
        "Turkish service challenge on behalf of a creator",
        sender="Posta Kalkanı <dogrulama@postakalkani.test>",
        subject="Gönderen doğrulaması: mesajınız beklemede",
        body="Merhaba,\n\nayse@yilmaz.test adresine gönderdiğiniz mesaj spam koruması nedeniyle "
        "beklemede. Lütfen aşağıdaki bağlantıya tıklayın ve insan olduğunuzu doğrulayın. Bu "
        "işlemi yalnızca bir kez yapmanız gerekir.\n\nhttps://postakalkani.test/d/55",
        at=RECEIVED,
        threaded=False,
        extra=(("Precedence", "junk"),),
    )
    write(
        "bounce_ptbr_group_refusal.eml",
        "bounce",
        "group service refuses a post, from a no-reply mailbox (pt-BR); hard",
        sender="Grupos Conecta <nao-responda@grupos.conecta.test>",
        subject="Sua mensagem para criadores-sp não foi entregue",
        body="Olá,\n\nVocê não tem permissão para postar no grupo criadores-sp@grupos.conecta.test."
        " Somente membros podem enviar mensagens a este grupo.\n\nEquipe Grupos Conecta",
        at=RECEIVED,
        threaded=False,
    )
    write(
        "bounce_postfix_plain.eml",
        "bounce",
        "plain notice from MAILER-DAEMON; hard; addr=oldcreator@gone.test",
        sender="MAILER-DAEMON@mx.acme.example",
        subject="Undelivered Mail Returned to Sender",
        body="This is the mail system at host mx.acme.example.\n\n<oldcreator@gone.test>: host "
        "mx.gone.test said: 550 5.1.1 User unknown",
        at=RECEIVED,
        threaded=False,
        extra=(("Return-Path", "<>"),),
    )
    write(
        "list_ptbr_newsletter_noreply.eml",
        "list",
        "pt-BR newsletter from a no-reply mailbox that mentions its list",
        sender="Conecta Novidades <nao-responda@news.conecta.test>",
        subject="Novidades de dezembro",
        body="Olá! Confira as novidades do mês para criadores. Você está na nossa lista porque "
        "se cadastrou no site. Para cancelar a inscrição, acesse https://conecta.test/sair",
        at=RECEIVED,
        threaded=False,
    )
    write(
        "list_tr_notification.eml",
        "list",
        "Turkish notification from a no-reply mailbox",
        sender="Video Portalı <noreply@videoportali.test>",
        subject="Videonuza yeni bir yorum var",
        body="Merhaba, videonuza yeni bir yorum yapıldı. Bildirim ayarlarınızı değiştirmek için: "
        "https://videoportali.test/ayarlar\nAboneliği iptal et: https://videoportali.test/iptal",
        at=RECEIVED,
        threaded=False,
    )


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    make_away()
    make_closures()
    make_others()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(LABELS, key=lambda row: row["file"]))


if __name__ == "__main__":
    main()
