"""Header-less out-of-office replies in the charsets and transfer encodings mail clients use per
language, read from what the sync fetches: the headers and the body's first bytes, often a MIME
multipart cut in the middle of a part. The same person's real reply stays human in each."""

import email
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest

from bot.mail.classify import classify, classify_headers

# (charset, an out-of-office opening, a person's reply in the same language)
TEXTS = [
    (
        "iso-2022-jp",
        "休暇のため不在にしております。12月10日に戻ります。緊急の場合は田中までご連絡ください。",
        "先週は休暇でした。動画の下書きを添付します。金曜日までにご確認ください。",
    ),
    (
        "shift_jis",
        "休暇のため不在にしております。12月10日に戻ります。緊急の場合は田中までご連絡ください。",
        "先週は休暇でした。動画の下書きを添付します。金曜日までにご確認ください。",
    ),
    (
        "euc-kr",
        "휴가로 부재중입니다. 12월 10일에 복귀합니다. 급한 용무는 김에게 연락 바랍니다.",
        "지난주에 휴가였어요. 영상 초안을 보내드립니다. 금요일까지 확인 부탁드려요.",
    ),
    (
        "gb2312",
        "我目前休假不在办公室，12月10日返回。如有急事请联系王先生。",
        "上周我在休假，视频初稿已经做好了，周五前发给你。",
    ),
    (
        "gbk",
        "我目前休假不在办公室，12月10日返回。如有急事请联系王先生。",
        "上周我在休假，视频初稿已经做好了，周五前发给你。",
    ),
    (
        "big5",
        "我目前休假不在辦公室，12月10日返回。如有急事請聯繫王先生。",
        "上週我在休假，影片初稿已經做好了，週五前寄給你。",
    ),
    (
        "iso-8859-7",
        "Βρίσκομαι εκτός γραφείου έως τις 10 Δεκεμβρίου. Για επείγοντα θέματα επικοινωνήστε"
        " με τον Γιώργο.",
        "Ήμουν σε άδεια την περασμένη εβδομάδα. Το βίντεο είναι έτοιμο, το στέλνω την Παρασκευή.",
    ),
    (
        "windows-1256",
        "أنا خارج المكتب حتى 10 ديسمبر. للأمور العاجلة يرجى التواصل مع أحمد.",
        "كنت في إجازة الأسبوع الماضي. الفيديو جاهز وسأرسله يوم الجمعة.",
    ),
    (
        "windows-1251",
        "Я в отпуске до 10 декабря. По срочным вопросам обращайтесь к Ивану.",
        "Я был в отпуске на прошлой неделе. Видео готово, пришлю в пятницу.",
    ),
    (
        "koi8-r",
        "Я в отпуске до 10 декабря. По срочным вопросам обращайтесь к Ивану.",
        "Я был в отпуске на прошлой неделе. Видео готово, пришлю в пятницу.",
    ),
    (
        "iso-8859-2",
        "Jestem na urlopie do 10 grudnia. W pilnych sprawach proszę kontaktować się z Anną.",
        "W zeszłym tygodniu byłam na urlopie. Film jest gotowy, wyślę go w piątek.",
    ),
    (
        "tis-620",
        "ขณะนี้ฉันลาพักร้อน จะกลับมาในวันที่ 10 ธันวาคม หากมีเรื่องด่วนกรุณาติดต่อคุณสมชาย",
        "สัปดาห์ที่แล้วฉันลาพักร้อน วิดีโอเสร็จแล้ว จะส่งให้วันศุกร์นะคะ",
    ),
]
ENCODINGS = ("base64", "quoted-printable", "8bit")
SHAPES = ("plain", "alternative", "html")


def composed(text: str, charset: str, cte: str, shape: str) -> bytes:
    """A threaded answer as a mail client writes it: plain, plain + HTML, or HTML only."""
    markup = f"<html><head><style>p {{margin:0}}</style></head><body><p>{text}</p></body></html>"
    message = EmailMessage()
    message["From"] = "Creator <creator@example.net>"
    message["To"] = "team@agency.example"
    message["Subject"] = "Re: Video brief"
    message["In-Reply-To"] = "<brief-1@agency.example>"
    message["Message-ID"] = "<answer-1@example.net>"
    if shape == "html":
        message.set_content(markup, subtype="html", charset=charset, cte=cte)
    else:
        message.set_content(text, charset=charset, cte=cte)
    if shape == "alternative":
        message.add_alternative(markup, subtype="html", charset=charset, cte=cte)
    return message.as_bytes()


def fetched(raw: bytes, size: int) -> tuple[EmailMessage, bytes]:
    """The headers and `BODY.PEEK[TEXT]<0.size>`: the body's first bytes, as IMAP sends them."""
    head, _, body = raw.partition(b"\n\n")
    headers = email.message_from_bytes(head + b"\n\n", policy=policy.default)
    assert isinstance(headers, EmailMessage)
    return headers, body[:size]


CASES = [
    pytest.param(charset, cte, shape, id=f"{charset}-{cte}-{shape}")
    for charset, _, _ in TEXTS
    for cte in ENCODINGS
    for shape in SHAPES
]


@pytest.mark.parametrize(("charset", "cte", "shape"), CASES)
def test_the_fetched_start_of_an_out_of_office_is_read(charset: str, cte: str, shape: str) -> None:
    away, reply = next((a, r) for c, a, r in TEXTS if c == charset)
    raw = composed(away, charset, cte, shape)
    headers, body = fetched(raw, 4096)
    found = classify_headers(headers, body)
    assert (found.kind, found.out_of_office) == ("auto_reply", True), found.reason
    assert classify_headers(headers, body) == classify(
        BytesParser(policy=policy.default).parsebytes(raw)
    )
    person = classify_headers(*fetched(composed(reply, charset, cte, shape), 4096))
    assert person.kind == "human", person.reason


@pytest.mark.parametrize(("charset", "cte"), [(c, e) for c, _, _ in TEXTS for e in ENCODINGS])
def test_a_body_cut_in_the_middle_of_a_part_is_read(charset: str, cte: str) -> None:
    """The cut falls anywhere: inside a base64 group, an encoded byte or a multibyte character,
    before the HTML part's boundary ever comes."""
    away = next(a for c, a, _ in TEXTS if c == charset)
    raw = composed(away, charset, cte, "alternative")
    head = len(raw.partition(b"\n\n")[0]) + 2
    text_end = raw.index(b"\n--", head)  # where the plain part's text ends
    for cut in range(text_end - 8, text_end):
        headers, body = fetched(raw, cut - head)
        found = classify_headers(headers, body)
        assert (found.kind, found.out_of_office) == ("auto_reply", True), (cut, found.reason)
        whole = classify(BytesParser(policy=policy.default).parsebytes(raw[:cut]))
        assert whole.kind == "auto_reply", (cut, whole.reason)
