"""Holiday closure notices in many languages, and return days written without their month;
each beside a person's reply that mentions the same holiday or the same day."""

from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest

from bot.mail.classify import classify, return_date

RECEIVED = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)  # a Thursday


def threaded(body: str, **extra: str) -> EmailMessage:
    """A reply threaded under our reminder, as a mail client sends it."""
    message = EmailMessage()
    message["From"], message["To"] = "Studio <hello@studio.example>", "team@acme.example"
    message["Subject"] = "Re: Holiday video draft"
    message["Message-ID"] = "<a1@studio.example>"
    message["In-Reply-To"] = message["References"] = "<reminder-9@acme.example>"
    for name, value in extra.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    parsed = message_from_bytes(message.as_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


CLOSURES = [
    "Our studio is closed for the Christmas holidays. We will reply when we reopen on 4 January.",
    "Unser Büro bleibt vom 24.12. bis 1.1. geschlossen. Wir melden uns nach den Feiertagen.",
    "Nos bureaux seront fermés jusqu'au 3 janvier. Nous vous répondrons dès notre retour.",
    "Nuestra oficina estará cerrada hasta el 7 de enero. Le responderemos a nuestro regreso.",
    "Il nostro ufficio sarà chiuso fino al 6 gennaio. Vi risponderemo al nostro rientro.",
    "Το γραφείο μας θα παραμείνει κλειστό λόγω του Πάσχα. Θα σας απαντήσουμε μετά τις γιορτές.",
    "Наш офис закрыт на новогодние праздники до 11 января. Мы ответим после праздников.",
    "Ofisimiz Kurban Bayramı tatili nedeniyle kapalıdır. Tatil sonrası dönüş yapacağız.",
    "بمناسبة عيد الفطر المكتب مغلق حتى 14 مارس. سنرد على رسالتكم بعد انتهاء العطلة.",
    "دفتر ما به مناسبت تعطیلات نوروز تعطیل است. پس از تعطیلات پاسخ خواهیم داد.",
    "दिवाली के अवसर पर हमारा कार्यालय बंद रहेगा। अवकाश के बाद हम उत्तर देंगे।",
    "您好！春节放假期间暂停办公，节后我们会尽快回复您。",
    "誠に勝手ながら、ゴールデンウィーク休業とさせていただきます。休業明けより順次ご返信いたします。",
    "추석 연휴 기간 동안 휴무입니다. 연휴 이후 순차적으로 답변드리겠습니다.",
    "บริษัทหยุดทำการช่วงเทศกาลสงกรานต์ และจะติดต่อกลับหลังวันหยุด",
    "Công ty nghỉ Tết Nguyên đán, chúng tôi sẽ phản hồi sau kỳ nghỉ.",
    "Kantor kami libur dalam rangka Idul Fitri. Kami akan membalas email Anda setelah libur.",
]


@pytest.mark.parametrize("body", CLOSURES)
def test_a_closure_notice_without_a_header_is_an_out_of_office(body: str) -> None:
    found = classify(threaded(body))
    assert (found.kind, found.out_of_office) == ("auto_reply", True), found.reason


@pytest.mark.parametrize("body", CLOSURES[:4])
def test_a_closure_notice_with_a_header_says_the_sender_is_away(body: str) -> None:
    found = classify(threaded(body, Auto_Submitted="auto-replied"))
    assert (found.kind, found.out_of_office) == ("auto_reply", True)


@pytest.mark.parametrize(
    "body",
    [
        "Our office will be closed from the 24th, so could you send the final cut before "
        "then? Happy holidays!\n\nSent from my iPhone",
        "Nuestra oficina estará cerrada el lunes por el festivo, así que te mando el vídeo hoy.",
        "Wir haben ab dem 24.12. Betriebsferien, schick mir den Schnitt bitte bis Montag.",
        "С наступающим! Наш офис закрыт с 30 декабря, поэтому отправляю ролик сегодня.",
        "春节快乐！我们下周放假，视频我今天先发给你。",
        "ゴールデンウィーク前に動画をお送りしますので、ご確認をお願いします。",
        "عيد مبارك! سأرسل الفيديو قبل العيد إن شاء الله.",
        "Thanks, that works. Here is the cut.\n\n> Our studio is closed for the Christmas "
        "holidays. We will reply when we reopen on 4 January.",
    ],
)
def test_a_person_who_mentions_the_holiday_closure_is_human(body: str) -> None:
    assert classify(threaded(body)).kind == "human"


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("I'm on leave until the 14th. For urgent matters contact Sam.", date(2026, 12, 14)),
        ("I'm back on the 2nd.", date(2027, 1, 2)),  # the 2nd has passed this month
        ("Ich bin bis zum 14. im Urlaub.", date(2026, 12, 14)),
        ("Je suis absente jusqu'au 14.", date(2026, 12, 14)),
        ("Estoy de vacaciones hasta el 14.", date(2026, 12, 14)),
        ("Sono in ferie fino al 14.", date(2026, 12, 14)),
        ("Estou de férias até dia 14.", date(2026, 12, 14)),
        ("Jestem na urlopie do 14.", date(2026, 12, 14)),
        ("Я в отпуске до 14-го.", date(2026, 12, 14)),
        ("14'üne kadar izindeyim.", date(2026, 12, 14)),
        ("14日まで休暇です。", date(2026, 12, 14)),
        ("14일까지 휴가입니다.", date(2026, 12, 14)),
        ("我14号回来。", date(2026, 12, 14)),
        ("मैं १४ तक छुट्टी पर हूँ।", date(2026, 12, 14)),
        ("Saya bercuti hingga 14hb.", date(2026, 12, 14)),
        ("I'm away until the 31st.", date(2026, 12, 31)),
    ],
)
def test_a_day_of_the_month_alone_is_the_next_such_day(text: str, back: date) -> None:
    assert return_date(text, received=RECEIVED) == back


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("Olen takaisin tiistaina.", date(2026, 12, 8)),
        ("Palaan toimistolle keskiviikkona.", date(2026, 12, 9)),
        ("Kedden visszatérek.", date(2026, 12, 8)),
        ("Szerdán újra elérhető vagyok.", date(2026, 12, 9)),
        ("Voi reveni marți.", date(2026, 12, 8)),
        ("Mă voi întoarce luni.", date(2026, 12, 7)),
    ],
)
def test_a_weekday_in_the_case_that_says_on_that_day(text: str, back: date) -> None:
    assert return_date(text, received=RECEIVED) == back


@pytest.mark.parametrize(
    "text",
    [
        "Odpowiem do 3 dni.",  # within three days
        "I'm out until 5 pm today.",
        "I'm back in 2 weeks.",
        "I'll return 3 calls tomorrow.",
        "Back until 10:30.",
        "Until 1.5 million views, we keep posting.",
        "Erreichbar bis 17 Uhr.",
        "I'm back on the 32nd.",
    ],
)
def test_a_number_that_is_no_day_is_no_return_date(text: str) -> None:
    assert return_date(text, received=RECEIVED) is None
