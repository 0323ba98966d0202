"""Out-of-office replies with no automatic header and no label, in every language of
`bot.mail.classify.away_phrases`, each beside a person's reply in the same language."""

from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest

from bot.mail.classify import classify
from bot.mail.classify.away_phrases import LANGUAGES

OURS = "<reminder-9@acme.example>"

# (language, out-of-office text with no header, a person's reply in the same language)
AWAY_TEXTS = [
    (
        "en",
        "Thank you for your email. I am currently on annual leave with limited access to email.",
        "Back from holiday, here is the draft. Let me know what you think!\n\nSent from my iPhone",
    ),
    (
        "es",
        "Gracias por su mensaje. Estoy de vacaciones y con acceso limitado al correo.",
        "Ya volví de vacaciones, aquí tienes el borrador.\n\nEnviado desde mi iPhone",
    ),
    (
        "pt",
        "Encontro-me de férias, com acesso limitado ao email. Responderei quando voltar.",
        "Voltei das férias, segue o rascunho em anexo.\n\nEnviado do meu iPhone",
    ),
    (
        "fr",
        "Je suis absente du bureau. Je vous répondrai à mon retour.",
        "De retour de vacances : voici le brouillon.\n\nEnvoyé de mon iPhone",
    ),
    (
        "de",
        "Ich bin im Urlaub. In dringenden Fällen wenden Sie sich bitte an studio@x.example.",
        "Bin aus dem Urlaub zurück, hier der Entwurf.\n\nVon meinem iPhone gesendet",
    ),
    (
        "it",
        "Sono in ferie. Per urgenze scrivete a studio@x.example.",
        "Rientrata dalle ferie, ecco la bozza.\n\nInviato da iPhone",
    ),
    (
        "nl",
        "Ik ben met vakantie. Voor dringende zaken kunt u mailen naar studio@x.example.",
        "Terug van vakantie, hierbij het concept.\n\nVerzonden vanaf mijn iPhone",
    ),
    (
        "sv",
        "Jag är på semester. I brådskande ärenden, kontakta studio@x.example.",
        "Tillbaka från semestern, här är utkastet.\n\nSkickat från min iPhone",
    ),
    (
        "da",
        "Jeg er på ferie. I hastende tilfælde kontakt studio@x.example.",
        "Tilbage fra ferie, her er udkastet.\n\nSendt fra min iPhone",
    ),
    (
        "nb",
        "Jeg er på ferie. I hastesaker, kontakt studio@x.example.",
        "Tilbake fra ferie, her er utkastet.\n\nSendt fra min iPhone",
    ),
    (
        "fi",
        "Olen lomalla enkä lue sähköpostia. Kiireellisissä asioissa: studio@x.example.",
        "Palasin lomalta, tässä luonnos.\n\nLähetetty iPhonesta",
    ),
    (
        "et",
        "Olen puhkusel. Kiireloomuliste küsimuste korral kirjutage studio@x.example.",
        "Tulin puhkuselt tagasi, siin on mustand.\n\nSaadetud minu iPhone'ist",
    ),
    (
        "lv",
        "Esmu atvaļinājumā. Steidzamos jautājumos rakstiet studio@x.example.",
        "Atgriezos no atvaļinājuma, pielikumā melnraksts.\n\nNosūtīts no mana iPhone",
    ),
    (
        "lt",
        "Šiuo metu atostogauju. Skubiais klausimais rašykite studio@x.example.",
        "Grįžau iš atostogų, štai juodraštis.\n\nIšsiųsta iš mano iPhone",
    ),
    (
        "pl",
        "Jestem na urlopie. W pilnych sprawach proszę pisać na studio@x.example.",
        "Wróciłam z urlopu, w załączniku szkic.\n\nWysłane z iPhone'a",
    ),
    (
        "cs",
        "Jsem na dovolené. V naléhavých případech pište na studio@x.example.",
        "Vrátila jsem se z dovolené, posílám koncept.\n\nOdesláno z iPhonu",
    ),
    (
        "sk",
        "Som na dovolenke. V naliehavých prípadoch píšte na studio@x.example.",
        "Vrátila som sa z dovolenky, posielam koncept.\n\nOdoslané z iPhonu",
    ),
    (
        "sl",
        "Sem na dopustu. V nujnih primerih pišite na studio@x.example.",
        "Vrnila sem se z dopusta, tukaj je osnutek.\n\nPoslano iz mojega iPhona",
    ),
    (
        "hr",
        "Na godišnjem sam odmoru. U hitnim slučajevima pišite na studio@x.example.",
        "Vratila sam se s godišnjeg, evo nacrta.\n\nPoslano s mog iPhonea",
    ),
    (
        "sr",
        "На годишњем сам одмору. За хитне случајеве пишите на studio@x.example.",
        "Вратила сам се са одмора, ево нацрта.\n\nПослато са мог iPhone-а",
    ),
    (
        "bg",
        "В отпуск съм. При спешни въпроси пишете на studio@x.example.",
        "Върнах се от отпуск, ето черновата.\n\nИзпратено от моя iPhone",
    ),
    (
        "ru",
        "Спасибо за ваше письмо. Я в отпуске, по срочным вопросам пишите studio@x.example.",
        "Вернулась из отпуска, вот черновик.\n\nОтправлено с iPhone",
    ),
    (
        "uk",
        "Я у відпустці. З термінових питань пишіть на studio@x.example.",
        "Повернулася з відпустки, ось чернетка.\n\nНадіслано з iPhone",
    ),
    (
        "hu",
        "Szabadságon vagyok. Sürgős ügyekben írjon a studio@x.example címre.",
        "Visszajöttem a szabadságról, csatolom a vázlatot.\n\niPhone-ról küldve",
    ),
    (
        "ro",
        "Sunt în concediu. Pentru urgențe scrieți la studio@x.example.",
        "M-am întors din concediu, atașez ciorna.\n\nTrimis de pe iPhone",
    ),
    (
        "el",
        "Είμαι εκτός γραφείου. Θα απαντήσω μόλις επιστρέψω.",
        "Γύρισα από τις διακοπές, ορίστε το προσχέδιο.\n\nΣτάλθηκε από το iPhone μου",
    ),
    (
        "tr",
        "Yıllık izindeyim. Acil durumlarda studio@x.example adresine yazınız.",
        "İzinden döndüm, taslak ekte.\n\niPhone'umdan gönderildi",
    ),
    (
        "ar",
        "أنا خارج المكتب حاليا. للأمور العاجلة يرجى مراسلة studio@x.example",
        "عدت من الإجازة، إليك المسودة.\n\nأرسلت من iPhone",
    ),
    (
        "he",
        "אני מחוץ למשרד. בעניינים דחופים ניתן לפנות אל studio@x.example",
        "חזרתי מהחופשה, מצורפת הטיוטה.\n\nנשלח מה-iPhone שלי",
    ),
    (
        "zh",
        "您好，我正在休假，如有急事请联系 studio@x.example。",
        "我休假回来了，草稿在附件里。\n\n发自我的iPhone",
    ),
    (
        "ja",
        "ただいま休暇中です。お急ぎの場合は studio@x.example までご連絡ください。",
        "休暇から戻りました。下書きをお送りします。\n\niPhoneから送信",
    ),
    (
        "ko",
        "현재 휴가 중입니다. 급한 용무는 studio@x.example 로 연락 주세요.",
        "휴가에서 돌아왔습니다. 초안을 보내드립니다.\n\niPhone에서 보냄",
    ),
    (
        "th",
        "ขณะนี้ดิฉันลาพักร้อน หากมีเรื่องด่วนกรุณาติดต่อ studio@x.example",
        "กลับจากพักร้อนแล้วค่ะ ส่งร่างมาให้ดูนะคะ\n\nส่งจาก iPhone ของฉัน",
    ),
    (
        "vi",
        "Tôi đang nghỉ phép. Trường hợp khẩn cấp xin liên hệ studio@x.example.",
        "Tôi đã đi nghỉ về, đây là bản nháp.\n\nGửi từ iPhone của tôi",
    ),
    (
        "id",
        "Saya sedang cuti. Untuk keperluan mendesak hubungi studio@x.example.",
        "Saya sudah kembali dari cuti, ini drafnya.\n\nDikirim dari iPhone saya",
    ),
    (
        "fa",
        "با سلام، من تا ۱۵ دی در مرخصی هستم و پس از بازگشت پاسخ خواهم داد.",
        "سلام، از مرخصی برگشتم. پیش‌نویس را فرستادم.\n\nارسال شده از iPhone من",
    ),
    (
        "hi",
        "नमस्ते, मैं 15 दिसंबर तक छुट्टी पर हूँ। लौटने पर जवाब दूँगा।",
        "नमस्ते, मैं छुट्टी से लौट आया हूँ, यह रहा ड्राफ्ट।\n\nमेरे iPhone से भेजा गया",
    ),
    (
        "ur",
        "میں چھٹی پر ہوں۔ واپسی پر جواب دوں گا۔",
        "میں چھٹی سے واپس آ گیا ہوں، یہ رہا مسودہ۔",
    ),
    (
        "bn",
        "আমি ছুটিতে আছি। ফিরে এসে উত্তর দেব।",
        "আমি ছুটি থেকে ফিরেছি, খসড়াটি পাঠালাম।",
    ),
    (
        "ta",
        "நான் விடுமுறையில் இருக்கிறேன். திரும்பியதும் பதில் அளிப்பேன்.",
        "விடுமுறையிலிருந்து திரும்பிவிட்டேன், வரைவு இதோ.",
    ),
    (
        "ms",
        "Terima kasih. Saya sedang bercuti sehingga 14 Disember dan akan membalas selepas itu.",
        "Saya sudah pulang dari cuti, ini draf video.\n\nDihantar dari iPhone saya",
    ),
    (
        "tl",
        "Salamat sa email. Ako ay naka-leave; sasagot ako pagbalik ko.",
        "Nakabalik na ako mula sa bakasyon, heto ang draft.",
    ),
    (
        "sw",
        "Asante kwa barua pepe yako. Niko likizoni hadi tarehe 14 Desemba; nitajibu nikirudi.",
        "Nimerudi kutoka likizo, hii ndiyo rasimu.",
    ),
    (
        "zu",
        "Ngiyabonga nge-imeyili yakho. Ngisekhefini; ngizophendula uma sengibuyile.",
        "Sengibuyile ekhefini, nansi i-draft.",
    ),
    (
        "am",
        "ለኢሜይልዎ እናመሰግናለን። በእረፍት ላይ ነኝ፤ ስመለስ እመልሳለሁ።",
        "ከእረፍት ተመልሻለሁ፣ ረቂቁ ይኸውና።",
    ),
    (
        "ca",
        "Gràcies pel missatge. Estic de vacances fins al 14 de desembre; respondré a la tornada.",
        "Ja he tornat de vacances, aquí tens l'esborrany.\n\nEnviat des del meu iPhone",
    ),
    (
        "gl",
        "Grazas pola mensaxe. Estou de vacacións ata o 14 de decembro; responderei cando volva.",
        "Xa volvín das vacacións, aquí tes o borrador.",
    ),
    (
        "eu",
        "Eskerrik asko. Oporretan nago; itzultzean erantzungo dizut.",
        "Oporretatik itzuli naiz, hemen duzu zirriborroa.",
    ),
    (
        "is",
        "Takk fyrir póstinn. Ég er í sumarfríi og kem aftur 14. desember.",
        "Ég er komin úr fríi, hér er drögin.",
    ),
    (
        "af",
        "Dankie vir jou e-pos. Ek is met verlof en sal antwoord wanneer ek terug is.",
        "Ek is terug van vakansie, hier is die konsep.",
    ),
]


def reply(body: str, *, subject: str = "Re: Spring collab with Acme") -> EmailMessage:
    """A reply as a mail client threads it: In-Reply-To and References, no automatic header."""
    message = EmailMessage()
    message["From"], message["To"] = "Lena Petrova <lena@lenacooks.example>", "team@acme.example"
    message["Subject"] = subject
    message["Date"] = "Mon, 08 Mar 2027 09:15:00 +0000"
    message["Message-ID"] = "<m1@lenacooks.example>"
    message["In-Reply-To"], message["References"] = OURS, OURS
    message.set_content(body)
    parsed = message_from_bytes(message.as_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_every_language_of_the_phrase_data_is_exercised() -> None:
    assert {language for language, _, _ in AWAY_TEXTS} == set(LANGUAGES)


@pytest.mark.parametrize(("language", "away", "human"), AWAY_TEXTS)
def test_an_out_of_office_with_no_header_is_told_from_its_first_lines(
    language: str, away: str, human: str
) -> None:
    verdict = classify(reply(f"Hi,\n\n{away}\n\nLena\n"))
    assert (verdict.kind, verdict.out_of_office) == ("auto_reply", True), language


@pytest.mark.parametrize(("language", "away", "human"), AWAY_TEXTS)
def test_a_person_back_from_holiday_is_a_person(language: str, away: str, human: str) -> None:
    assert classify(reply(human)).kind == "human", language


@pytest.mark.parametrize(("language", "away", "human"), AWAY_TEXTS)
def test_a_reply_quoting_an_out_of_office_is_a_person(language: str, away: str, human: str) -> None:
    body = f"{human}\n\nOn Mon, 8 Mar 2027, Lena wrote:\n> {away}\n"
    assert classify(reply(body)).kind == "human", language
    assert classify(reply(f"Ok!\n\n> {away}\n")).kind == "human", language


@pytest.mark.parametrize(
    "body",
    [
        "I was out of office last week, sorry! Draft attached.",
        "I'm on holiday until Monday, but quickly: yes, Friday works for the post.",
        "Thanks for your email! I was away, back now. The draft is ready.",
        "Sorry for the slow answer, I was on parental leave until yesterday.",
        "Я в отпуске до 14.12, но видео будет готово в пятницу.",
        "I'm currently on annual leave but wanted to say yes: the draft is great, post it Friday.",
        "Ich bin ab Montag im Urlaub, melde mich aber vorher noch mit dem Entwurf.",
        "Estoy fuera hasta el lunes; te mando el guion esta noche, ¡gracias!",
        "Saya sedang bercuti, tapi draf sudah siap: ini linknya, boleh diposting Jumaat.",
        "मैं छुट्टी पर हूँ, पर वीडियो तैयार है, लिंक भेज रहा हूँ।",
        # "until" alone is what a person writes too; only what a responder adds counts
        "Je suis absente jusqu'au 14, mais voici le lien du montage.",
        "Olen lomalla 14. päivään asti, mutta tässä on linkki luonnokseen.",
        "14日まで休暇中ですが、下書きのリンクを送ります。",
        "Είμαι σε άδεια μέχρι τις 14, αλλά το βίντεο είναι έτοιμο.",
        "אני בחופשה עד ה-14, אבל הסרטון מוכן, הנה הקישור.",
        "أنا في إجازة حتى يوم 14، لكن الفيديو جاهز وهذا الرابط.",
        "Saya bercuti sehingga 14 haribulan, tapi video sudah siap.",
        # a long answer from the beach is still an answer
        "I am on vacation, but thank you for your email. " + "Here is what I think. " * 60,
    ],
)
def test_a_person_who_writes_about_being_away_is_a_person(body: str) -> None:
    assert classify(reply(body)).kind == "human"


def test_an_answer_with_an_attachment_is_a_person() -> None:
    message = reply("Thank you for your email. I am on holiday, limited access to email.")
    message.add_attachment(b"draft", maintype="application", subtype="pdf", filename="d.pdf")
    assert classify(message_from_bytes(message.as_bytes(), policy=policy.default)).kind == "human"


@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        ("Poissa: Spring collab with Acme", "auto_reply"),
        ("【不在】Re: Spring collab", "auto_reply"),
        ("Εκτός γραφείου: Spring collab with Acme", "auto_reply"),
        # an ordinary word at the start is a label only when a separator follows it
        ("Ausente la semana próxima, ¿movemos la llamada?", "human"),
        ("Absent-minded me: here is the draft", "human"),
    ],
)
def test_a_leading_label_needs_a_separator(subject: str, kind: str) -> None:
    assert classify(reply("Hola", subject=subject)).kind == kind
