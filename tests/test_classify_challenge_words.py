"""Challenge/response requests in more languages, sent from the creator's own address (their
mailbox's filter answers as them) in the charsets and encodings of their mail systems; each
beside that creator's own reply in the same language."""

import email
from email import policy
from email.message import EmailMessage

import pytest

from bot.mail.classify import classify, classify_headers

CREATOR = "Creator <creator@example.net>"

# (charset, subject, a filter's request, the creator's own reply)
REQUESTS = [
    (
        "gb2312",
        "【发件人验证】请确认您的邮件",
        "您好，为防止垃圾邮件，您的邮件已被暂扣。请点击下面的链接确认您是真人，只需一次。",
        "您好，验证码我收到了，谢谢。视频下周发给你。",
    ),
    (
        "big5",
        "寄件人驗證",
        "您好，您的郵件已被暫扣。請點擊下面的連結，確認您是真人。",
        "您好，影片下週寄給你，謝謝。",
    ),
    (
        "euc-kr",
        "[발신자 확인] 메일 발송 확인",
        "안녕하세요. 스팸 방지를 위해 메일이 보류되었습니다. "
        "아래 링크를 클릭하여 사람인지 확인해 주세요.",
        "안녕하세요! 확인했어요. 영상은 다음 주에 보내드릴게요.",
    ),
    (
        "windows-1256",
        "التحقق من المرسل",
        "مرحبا، رسالتك معلقة. يرجى النقر على الرابط أدناه لتأكيد أنك إنسان.",
        "مرحبا، شكرا على رسالتك. سأرسل الفيديو الأسبوع القادم.",
    ),
    (
        "iso-8859-7",
        "Επιβεβαίωση αποστολέα",
        "Το μήνυμά σας κρατείται. Παρακαλούμε επιβεβαιώστε ότι είστε άνθρωπος.",
        "Γεια σας, ευχαριστώ. Θα σας στείλω το βίντεο την επόμενη εβδομάδα.",
    ),
    (
        "iso-8859-2",
        "Ověření odesílatele",
        "Vaše zpráva byla pozdržena. Klikněte na odkaz a potvrďte, že jste člověk.",
        "Dobrý den, děkuji, video pošlu příští týden.",
    ),
    (
        "iso-8859-2",
        "Feladó ellenőrzése",
        "Üzenete várakozik. Kattintson a linkre, és igazolja, hogy Ön ember.",
        "Szia, köszönöm, a videót jövő héten küldöm.",
    ),
    (
        "utf-8",
        "Verificarea expeditorului",
        "Mesajul dumneavoastră este reținut. Confirmați că sunteți o persoană.",
        "Bună, mulțumesc, trimit videoclipul săptămâna viitoare.",
    ),
    (
        "utf-8",
        "تأیید فرستنده",
        "سلام، لطفاً روی لینک زیر کلیک کنید و تأیید کنید که شما انسان هستید.",
        "سلام، ممنون. ویدیو را هفته آینده می‌فرستم.",
    ),
    (
        "tis-620",
        "การยืนยันผู้ส่ง",
        "กรุณาคลิกลิงก์ด้านล่างเพื่อยืนยันว่าคุณเป็นมนุษย์",
        "สวัสดีค่ะ ขอบคุณค่ะ จะส่งวิดีโอให้สัปดาห์หน้านะคะ",
    ),
    (
        "utf-8",
        "Verifikasi pengirim",
        "Pesan Anda ditahan. Silakan klik tautan di bawah untuk memastikan bahwa Anda manusia.",
        "Halo, terima kasih, videonya saya kirim minggu depan.",
    ),
    (
        "iso-8859-1",
        "Avsändarverifiering",
        "Ditt meddelande har hållits kvar. Klicka på länken och bekräfta att du är en människa.",
        "Hej, tack! Jag skickar videon nästa vecka.",
    ),
]
ENCODINGS = ("base64", "quoted-printable", "8bit")


def composed(subject: str, text: str, charset: str, cte: str, *, reply: bool) -> bytes:
    message = EmailMessage()
    message["From"] = CREATOR
    message["To"] = "team@agency.example"
    message["Subject"] = f"Re: {subject}" if reply else subject
    message["Message-ID"] = "<c-1@example.net>"
    if reply:
        message["In-Reply-To"] = "<brief-1@agency.example>"
    message.set_content(text, charset=charset, cte=cte)
    return message.as_bytes()


CASES = [
    pytest.param(index, cte, id=f"{charset}-{subject}-{cte}")
    for index, (charset, subject, _, _) in enumerate(REQUESTS)
    for cte in ENCODINGS
]


@pytest.mark.parametrize(("index", "cte"), CASES)
def test_a_challenge_from_the_creators_own_address_is_told(index: int, cte: str) -> None:
    charset, subject, request, _ = REQUESTS[index]
    raw = composed(subject, request, charset, cte, reply=False)
    whole = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(whole, EmailMessage)
    found = classify(whole, from_creator=True)
    assert found.kind == "challenge", found.reason
    head, _, body = raw.partition(b"\n\n")
    headers = email.message_from_bytes(head + b"\n\n", policy=policy.default)
    assert classify_headers(headers, body[:4096]).kind == "challenge"


@pytest.mark.parametrize(("index", "cte"), CASES)
def test_the_creators_own_reply_in_that_language_is_human(index: int, cte: str) -> None:
    charset, _, _, reply = REQUESTS[index]
    raw = composed("Video brief", reply, charset, cte, reply=True)
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert classify(message, from_creator=True).kind == "human"


@pytest.mark.parametrize(
    "text",
    [
        "My spam filter held your message, sorry! I'm a real person, here is the draft.",
        "垃圾邮件过滤器把你的邮件拦下了，抱歉。视频在附件里。",
        "스팸 필터 때문에 메일을 늦게 봤어요. 영상 보내드립니다.",
    ],
)
def test_a_creator_who_mentions_their_spam_filter_is_human(text: str) -> None:
    raw = composed("Video brief", text, "utf-8", "8bit", reply=True)
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert classify(message, from_creator=True).kind == "human"
