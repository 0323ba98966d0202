"""What out-of-office replies say, per language: the data the auto-reply rule reads.

Phrases are written as people write them; the rule folds case, accents and width (`fold`), a
trailing `*` marks a word stem, and spaces or hyphens between words are optional. Each kind of
phrase has one precise use in `auto_replies`:

- `labels`: a responder's label before the original subject ("Automatic reply: …"), saying nothing
  about absence; `away_labels` say the person is away; `leading_labels` are ordinary words
  ("Absent", "不在") that count only at the very start of the subject.
- `away_words`: decide whether a message already known to be automatic says the person is away.
- `away_openings`: how a responder opens ("I am out of the office", "Olen lomalla"), in the
  present or future tense: a person's "I was on holiday" never matches.
- `absence_signals`: what only a responder adds to that opening: limited access to mail, whom to
  write to meanwhile, a reply promised on return.

A message with no automatic header counts as an out-of-office only when an `away_opening` stands
in its first lines and an `absence_signal` follows close by, in the sender's own words (quotes
are never read), or when its subject carries a label.
"""

from dataclasses import dataclass, fields, replace

from bot.mail.classify.away_phrases_closed import CLOSED
from bot.mail.classify.away_phrases_more import MORE


@dataclass(frozen=True)
class Language:
    labels: tuple[str, ...] = ()
    away_labels: tuple[str, ...] = ()
    leading_labels: tuple[str, ...] = ()
    away_words: tuple[str, ...] = ()
    away_openings: tuple[str, ...] = ()
    absence_signals: tuple[str, ...] = ()


_FIRST: dict[str, Language] = {
    "en": Language(
        labels=(
            *("Automatic reply", "Auto-reply", "Auto-response", "Automatic response"),
            "No longer monitored",
        ),
        away_labels=("Out of Office", "Out of the Office", "Away from the office"),
        leading_labels=("OOO",),
        away_words=(
            *("out of office", "out of the office", "ooo", "vacation", "on holiday", "on leave"),
            *("annual leave", "parental leave", "maternity leave", "paternity leave"),
            *("sick leave", "travelling", "traveling", "away from", "currently away"),
            *("will be away", "i am away", "i'm away", "absent", "out until"),
            *("limited access to email", "limited access to e-mail", "out of town"),
            *("business trip", "day off", "days off", "off work", "sabbatical"),
        ),
        away_openings=(
            *("i am currently out", "i'm currently out", "i am out of the office"),
            *("i'm out of the office", "i am out of office", "i'm out of office"),
            *("i am away", "i'm away", "i'm currently away", "i am currently away"),
            *("i will be out of the office", "i will be away", "i'll be away"),
            *("i am on vacation", "i'm on vacation", "i am currently on vacation"),
            *("i am on holiday", "i'm on holiday", "i am currently on holiday"),
            *("i am on leave", "i'm on leave", "i am currently on leave"),
            *("i am on annual leave", "i am currently on annual leave"),
            *("i am on parental leave", "i'm on parental leave", "i am currently on parental"),
            *("i am on maternity leave", "i am on paternity leave", "i am on sick leave"),
            *("i am travelling", "i am traveling", "i'm travelling", "i'm traveling"),
            *("i am out until", "i'm out until", "i am currently travelling"),
        ),
        absence_signals=(
            *("limited access to email", "limited access to e-mail", "limited access to my email"),
            *("checking messages only occasionally", "checking email only occasionally"),
            *("checking email intermittently", "checking my email intermittently"),
            *("no access to email", "without access to email", "not checking email"),
            *("will not be checking", "won't be checking", "will respond when i return"),
            *("will reply when i return", "will get back to you when i return"),
            *("will respond upon my return", "upon my return", "on my return", "when i'm back"),
            *("when i am back", "as soon as i return", "as soon as i'm back", "in my absence"),
            *("for urgent matters", "for anything urgent", "if your matter is urgent"),
            *("if it's urgent", "if this is urgent", "please contact my colleague"),
            *("please write to my colleague", "please contact", "please write to"),
            *("will return on", "will be back on", "returning on", "back in the office"),
            *("your email will not be forwarded", "thank you for your email"),
            *("thanks for your email", "thank you for your message", "thanks for your note"),
        ),
    ),
    "es": Language(
        labels=("Respuesta automática",),
        away_labels=("Fuera de la oficina", "Fuera de oficina"),
        leading_labels=("Ausente", "Ausencia"),
        away_words=(
            *("fuera de la oficina", "fuera de oficina", "vacaciones", "ausente", "de viaje"),
            *("de permiso", "estare fuera", "baja medica"),
        ),
        away_openings=(
            *("estoy fuera de la oficina", "me encuentro fuera", "estoy de vacaciones"),
            *("me encuentro de vacaciones", "estare fuera", "estoy ausente", "estoy de viaje"),
            *("me encuentro ausente", "estoy de permiso", "estare de vacaciones"),
        ),
        absence_signals=(
            *("acceso limitado al correo", "acceso limitado a mi correo", "sin acceso al correo"),
            *("respondere a mi regreso", "a mi regreso", "a mi vuelta", "en cuanto regrese"),
            *("para asuntos urgentes", "para cualquier urgencia", "si es urgente"),
            *("gracias por su mensaje", "gracias por tu mensaje", "gracias por su correo"),
        ),
    ),
    "pt": Language(
        labels=("Resposta automática",),
        away_labels=("Ausente do escritório", "Fora do escritório"),
        leading_labels=("Ausente",),
        away_words=(
            *("fora do escritorio", "ferias", "viajando", "em viagem", "de licenca"),
            *("estarei fora", "ausente"),
        ),
        away_openings=(
            *("encontro-me ausente", "estou ausente", "estou fora do escritorio"),
            *("encontro-me fora", "estou de ferias", "estou em ferias", "encontro-me de ferias"),
            *("estarei ausente", "estarei fora", "estou de licenca", "estou em viagem"),
        ),
        absence_signals=(
            *("acesso limitado ao email", "acesso limitado ao e-mail", "sem acesso ao email"),
            *("responderei quando voltar", "responderei no meu regresso", "quando retornar"),
            *("ao meu regresso", "no meu retorno", "assuntos urgentes", "para urgencias"),
            *("obrigado pela compreensao", "obrigada pela compreensao"),
            *("obrigado pela sua mensagem", "obrigada pela sua mensagem"),
        ),
    ),
    "fr": Language(
        labels=("Réponse automatique",),
        away_labels=("Absence du bureau", "Hors du bureau"),
        leading_labels=("Absent", "Absente"),
        away_words=(
            *("absente", "absence", "en conge", "en conges", "vacances", "en deplacement"),
            *("hors du bureau",),
        ),
        away_openings=(
            *("je suis absent", "je suis absente", "je suis en conge", "je suis en conges"),
            *("je suis en vacances", "je suis en deplacement", "je serai absent"),
            *("je serai absente", "je suis actuellement absent", "je suis actuellement absente"),
        ),
        absence_signals=(
            *("acces limite a mes e-mails", "acces limite a mes emails", "acces limite"),
            *("je vous repondrai a mon retour", "a mon retour", "des mon retour"),
            *("en cas d'urgence", "pour toute urgence", "merci pour votre message"),
            *("merci de votre message",),
        ),
    ),
    "de": Language(
        labels=("Automatische Antwort",),
        away_labels=("Abwesenheitsnotiz", "Nicht im Büro"),
        leading_labels=("Abwesend",),
        away_words=(
            *("abwesend", "abwesenheit*", "urlaub*", "nicht im buro", "ausser haus"),
            *("dienstreise", "elternzeit", "nicht erreichbar", "ferien"),
        ),
        away_openings=(
            *("ich bin nicht im buro", "ich bin derzeit nicht im buro", "ich bin im urlaub"),
            *("ich befinde mich im urlaub", "ich bin abwesend", "ich bin derzeit abwesend"),
            "ich bin in elternzeit",
            *("ich bin auf dienstreise", "ich befinde mich auf dienstreise"),
        ),
        absence_signals=(
            *(
                "keinen zugriff auf meine e-mails",
                "eingeschrankten zugriff",
                "nach meiner ruckkehr",
            ),
            *("in dringenden fallen", "in dringenden angelegenheiten", "ihre e-mail wird nicht"),
            *("vielen dank fur ihre nachricht", "danke fur ihre nachricht"),
        ),
    ),
    "it": Language(
        labels=("Risposta automatica",),
        away_labels=("Fuori sede", "Fuori ufficio"),
        leading_labels=("Assente",),
        away_words=(
            *("fuori sede", "fuori ufficio", "ferie", "assente", "in viaggio", "in vacanza"),
            "in congedo",
        ),
        away_openings=(
            *("sono fuori ufficio", "sono fuori sede", "sono in ferie", "sono assente"),
            *("saro assente", "saro fuori ufficio", "sono in vacanza", "sono in viaggio"),
        ),
        absence_signals=(
            *("accesso limitato alla posta", "al mio rientro", "al mio ritorno"),
            *("per questioni urgenti", "per urgenze", "grazie per il messaggio"),
        ),
    ),
    "nl": Language(
        labels=("Automatisch antwoord",),
        away_labels=("Niet op kantoor",),
        leading_labels=("Afwezig",),
        away_words=("afwezig", "vakantie", "niet op kantoor", "verlof", "op reis"),
        away_openings=(
            *("ik ben afwezig", "ik ben met vakantie", "ik ben op vakantie"),
            *("ik ben niet op kantoor", "ik ben met verlof"),
        ),
        absence_signals=(
            *("beperkt toegang tot mijn e-mail", "na mijn terugkeer", "bij dringende zaken"),
            *("voor dringende zaken", "bedankt voor je bericht", "bedankt voor uw bericht"),
        ),
    ),
    "sv": Language(
        labels=("Autosvar", "Automatiskt svar"),
        away_labels=("Inte på kontoret",),
        leading_labels=("Frånvarande",),
        away_words=("semester", "ledig", "franvarande", "tjanstledig", "foraldraledig"),
        away_openings=(
            *(
                "jag ar pa semester",
                "jag ar ledig",
                "jag ar franvarande",
                "jag ar inte pa kontoret",
            ),
            *("jag ar foraldraledig", "jag ar tjanstledig"),
        ),
        absence_signals=(
            *("begransad tillgang till e-post", "nar jag ar tillbaka", "i bradskande arenden"),
            *("tack for ditt mejl", "tack for ditt meddelande"),
        ),
    ),
    "da": Language(
        labels=("Autosvar", "Automatisk svar"),
        away_labels=("Ikke på kontoret", "Fraværende"),
        away_words=("ferie", "fraværende", "ikke pa kontoret", "barsel"),
        away_openings=("jeg er pa ferie", "jeg er fraværende", "jeg er ikke pa kontoret"),
        absence_signals=("nar jeg er tilbage", "i hastende tilfælde", "tak for din mail"),
    ),
    "nb": Language(
        labels=("Autosvar", "Automatisk svar"),
        away_labels=("Ikke på kontoret", "Fraværende"),
        away_words=("ferie", "fraværende", "permisjon"),
        away_openings=("jeg er pa ferie", "jeg er fraværende", "jeg har ferie"),
        absence_signals=("nar jeg er tilbake", "i hastesaker", "takk for e-posten din"),
    ),
    "fi": Language(
        labels=("Automaattinen vastaus",),
        away_labels=("Poissa toimistolta",),
        leading_labels=("Poissa", "Lomalla"),
        away_words=("lomalla", "poissa", "vuosilomalla", "vanhempainvapaalla"),
        away_openings=(
            *("olen lomalla", "olen poissa", "olen vuosilomalla", "olen vanhempainvapaalla"),
            *("olen tyomatkalla",),
        ),
        absence_signals=(
            *("en lue sahkopostia", "luen sahkopostia rajoitetusti", "kiireellisissa asioissa"),
            *("palattuani", "kun palaan", "kiitos viestistasi"),
        ),
    ),
    "et": Language(
        labels=("Automaatne vastus", "Automaatvastus"),
        away_labels=("Kontorist eemal",),
        away_words=("puhkusel", "kontorist eemal", "lahetusel"),
        away_openings=(
            "olen puhkusel",
            "olen kontorist eemal",
            "viibin puhkusel",
            "olen lahetusel",
        ),
        absence_signals=(
            *("kiireloomuliste kusimuste", "tagasi joudes", "ei ole e-posti", "vastan kirjadele"),
            *("vastan kirjale", "vastan teie kirjale", "vastan e-kirjadele", "parast puhkust"),
        ),
    ),
    "lv": Language(
        labels=("Automātiskā atbilde",),
        away_labels=("Ārpus biroja",),
        away_words=("atvalinajuma", "arpus biroja", "komandejuma"),
        away_openings=("esmu atvalinajuma", "esmu arpus biroja", "esmu komandejuma"),
        absence_signals=("steidzamos jautajumos", "pec atgriesanas", "ierobezota piekluve"),
    ),
    "lt": Language(
        labels=("Automatinis atsakymas",),
        away_labels=("Ne biure",),
        away_words=("atostog*", "ne biure", "komandiruot*"),
        away_openings=("atostog*", "esu atostogose", "nesu biure", "esu komandiruoteje"),
        absence_signals=("skubiais klausimais", "grizusi atsakysiu", "grizes atsakysiu"),
    ),
    "pl": Language(
        labels=("Automatyczna odpowiedź", "Odpowiedź automatyczna"),
        away_labels=("Poza biurem", "Nieobecność"),
        away_words=("urlop*", "poza biurem", "nieobecn*", "delegacj*"),
        away_openings=(
            *("jestem na urlopie", "jestem poza biurem", "przebywam na urlopie"),
            *("jestem nieobecny", "jestem nieobecna", "jestem w delegacji"),
        ),
        absence_signals=(
            *("ograniczony dostep do poczty", "po powrocie", "w pilnych sprawach"),
            *("dziekuje za wiadomosc",),
        ),
    ),
    "cs": Language(
        labels=("Automatická odpověď",),
        away_labels=("Mimo kancelář", "Mimo kancelar", "Nepřítomnost"),
        away_words=("dovolen*", "mimo kancelar", "nepritomn*", "sluzebni cest*"),
        away_openings=(
            *("jsem na dovolene", "jsem mimo kancelar", "jsem nepritomen", "jsem nepritomna"),
            *("jsem na sluzebni ceste",),
        ),
        absence_signals=("omezeny pristup k e-mailu", "po navratu", "v nalehavych pripadech"),
    ),
    "sk": Language(
        labels=("Automatická odpoveď",),
        away_labels=("Mimo kancelárie", "Neprítomnosť"),
        away_words=("dovolenk*", "mimo kancelarie", "nepritomn*"),
        away_openings=(
            "som na dovolenke",
            "som mimo kancelarie",
            "som nepritomny",
            "som nepritomna",
        ),
        absence_signals=("obmedzeny pristup k e-mailu", "po navrate", "v naliehavych pripadoch"),
    ),
    "sl": Language(
        labels=("Samodejni odgovor",),
        away_labels=("Izven pisarne",),
        leading_labels=("Odsoten", "Odsotna"),
        away_words=("dopust*", "odsoten", "odsotna", "izven pisarne"),
        away_openings=("sem na dopustu", "sem odsoten", "sem odsotna", "sem izven pisarne"),
        absence_signals=("po vrnitvi", "v nujnih primerih", "omejen dostop do e-poste"),
    ),
    "hr": Language(
        labels=("Automatski odgovor",),
        away_labels=("Izvan ureda",),
        away_words=("godisnj*", "izvan ureda", "odmor*"),
        away_openings=("na godisnjem sam odmoru", "sam na godisnjem", "izvan ureda sam"),
        absence_signals=("po povratku", "za hitne slucajeve", "u hitnim slucajevima"),
    ),
    "sr": Language(
        labels=("Automatski odgovor", "Аутоматски одговор"),
        away_labels=("Van kancelarije", "Ван канцеларије"),
        away_words=("godisnj*", "van kancelarije", "одмор*", "ван канцеларије"),
        away_openings=("na godisnjem sam odmoru", "на годишњем сам одмору", "van kancelarije sam"),
        absence_signals=("po povratku", "по повратку", "za hitne slucajeve", "за хитне случајеве"),
    ),
    "bg": Language(
        labels=("Автоматичен отговор",),
        away_labels=("Извън офиса",),
        away_words=("отпуск*", "извън офиса", "командировк*"),
        away_openings=("в отпуск съм", "извън офиса съм", "в командировка съм", "отсъствам"),
        absence_signals=("след завръщането", "при спешни въпроси", "ограничен достъп"),
    ),
    "ru": Language(
        labels=("Автоматический ответ", "Автоответ"),
        away_labels=("Вне офиса", "Нет на месте"),
        away_words=("отпуск*", "вне офиса", "командировк*", "отсутств*"),
        away_openings=(
            *("я в отпуске", "я нахожусь в отпуске", "нахожусь в отпуске", "в отпуске"),
            *("нахожусь в командировке", "я в командировке", "вне офиса", "я отсутствую"),
        ),
        absence_signals=(
            *("ограниченный доступ к почте", "после возвращения", "по возвращении"),
            *("по срочным вопросам", "спасибо за ваше письмо", "спасибо за письмо"),
        ),
    ),
    "uk": Language(
        labels=("Автоматична відповідь",),
        away_labels=("Поза офісом",),
        away_words=("відпуст*", "поза офісом", "відрядженн*"),
        away_openings=(
            "я у відпустці",
            "я в відпустці",
            "перебуваю у відпустці",
            "я у відрядженні",
        ),
        absence_signals=("після повернення", "з термінових питань", "обмежений доступ"),
    ),
    "hu": Language(
        labels=("Automatikus válasz",),
        away_labels=("Házon kívül", "Irodán kívül"),
        away_words=("szabadsag*", "hazon kivul", "irodan kivul"),
        away_openings=("szabadsagon vagyok", "hazon kivul vagyok", "irodan kivul vagyok"),
        absence_signals=("visszaterve", "surgos ugyekben", "korlatozottan ferek hozza"),
    ),
    "ro": Language(
        labels=("Răspuns automat",),
        away_labels=("În afara biroului",),
        away_words=("concediu", "in afara biroului"),
        away_openings=("sunt in concediu", "ma aflu in concediu", "sunt in afara biroului"),
        absence_signals=("la intoarcere", "dupa intoarcere", "pentru urgente", "acces limitat"),
    ),
    "el": Language(
        labels=("Αυτόματη απάντηση",),
        away_labels=("Εκτός γραφείου",),
        away_words=("εκτος γραφειου", "αδεια", "διακοπες"),
        away_openings=("ειμαι εκτος γραφειου", "βρισκομαι σε αδεια", "ειμαι σε αδεια"),
        absence_signals=("μολις επιστρεψω", "για επειγοντα", "περιορισμενη προσβαση"),
    ),
    "tr": Language(
        labels=("Otomatik yanıt", "Otomatik cevap"),
        away_labels=("Ofis dışında", "Ofis disinda"),
        away_words=("izinde*", "ofis disinda", "tatil*"),
        away_openings=("izindeyim", "ofis disinda", "tatildeyim", "yillik izindeyim"),
        absence_signals=("dondugumde", "acil durumlarda", "sinirli erisim", "mesajiniz icin"),
    ),
    "ar": Language(
        labels=("رد تلقائي",),
        away_labels=("خارج المكتب",),
        away_words=("خارج المكتب", "إجازة"),
        away_openings=("أنا خارج المكتب", "خارج المكتب", "في إجازة", "أنا في إجازة"),
        absence_signals=("عند عودتي", "للأمور العاجلة", "للحالات العاجلة", "شكرا لرسالتك"),
    ),
    "he": Language(
        labels=("תשובה אוטומטית",),
        away_labels=("מחוץ למשרד",),
        away_words=("מחוץ למשרד", "חופשה", "בחופשה"),
        away_openings=("אני מחוץ למשרד", "מחוץ למשרד", "אני בחופשה", "בחופשה"),
        absence_signals=("עם חזרתי", "בעניינים דחופים", "לעניינים דחופים", "תודה על פנייתך"),
    ),
    "zh": Language(
        labels=("自动回复", "自動回覆"),
        away_labels=("不在办公室", "不在辦公室"),
        away_words=("不在", "休假", "出差", "请假", "請假", "假期"),
        away_openings=(
            *("我在出差", "我在休假", "不在办公室", "不在辦公室", "我正在休假", "我目前休假"),
            *("我目前不在", "我正在出差"),
        ),
        absence_signals=("回来后", "回來後", "紧急事务", "緊急事務", "如有急事", "谢谢您的来信"),
    ),
    "ja": Language(
        labels=("自動応答", "自動返信"),
        leading_labels=("不在",),
        away_words=("不在", "休暇", "出張", "外出", "休み", "休業"),
        away_openings=("不在にしております", "休暇中", "出張中", "休暇をいただいております"),
        absence_signals=("戻り次第", "帰社後", "急ぎの", "お急ぎの", "ご連絡ありがとうございます"),
    ),
    "ko": Language(
        labels=("자동 회신", "자동 응답"),
        leading_labels=("부재중",),
        away_words=("부재", "휴가", "출장", "외근"),
        away_openings=("휴가 중", "출장 중", "부재 중", "자리를 비웁니다"),
        absence_signals=("복귀 후", "돌아오는 대로", "급한 용무", "급한 일"),
    ),
    "th": Language(
        labels=("ตอบกลับอัตโนมัติ",),
        away_labels=("ไม่อยู่ที่สำนักงาน", "นอกสำนักงาน"),
        away_words=("ลาพัก", "ไม่อยู่", "นอกสำนักงาน"),
        away_openings=("ไม่อยู่", "ลาพักร้อน", "ลาพักผ่อน"),
        absence_signals=("เมื่อกลับมา", "กรณีเร่งด่วน", "หากมีเรื่องด่วน"),
    ),
    "vi": Language(
        labels=("Trả lời tự động",),
        away_labels=("Vắng mặt khỏi văn phòng",),
        leading_labels=("Vắng mặt",),
        away_words=("vắng mặt", "nghỉ phép", "công tác", "ngoài văn phòng", "kỳ nghỉ", "nghỉ lễ"),
        away_openings=("đang nghỉ phép", "đang đi công tác", "hiện đang vắng mặt"),
        absence_signals=("khi tôi trở lại", "việc gấp", "trường hợp khẩn cấp"),
    ),
    "id": Language(
        labels=("Balasan otomatis",),
        away_labels=("Di luar kantor",),
        away_words=(
            *("di luar kantor", "cuti", "liburan", "tidak di kantor", "dinas luar"),
            "perjalanan dinas",
        ),
        away_openings=(
            *("sedang cuti", "sedang di luar kantor", "sedang dinas", "saya sedang cuti"),
            *("saya sedang berada di luar kantor",),
        ),
        absence_signals=("setelah saya kembali", "untuk keperluan mendesak", "akses terbatas"),
    ),
}


def _merged() -> dict[str, Language]:
    """The languages above with `away_phrases_more` and `away_phrases_closed` added to them,
    and their new languages."""
    merged = dict(_FIRST)
    for code, extra in (*MORE.items(), *CLOSED.items()):
        known = merged.get(code, Language())
        unknown = set(extra) - {field.name for field in fields(Language)}
        blank = [w for words in extra.values() for w in words if len(w.strip()) < 2]
        if unknown or blank:
            raise ValueError(f"{code}: unknown kinds {sorted(unknown)} or blank phrases {blank}")
        merged[code] = replace(
            known, **{kind: (*getattr(known, kind), *words) for kind, words in extra.items()}
        )
    return merged


LANGUAGES: dict[str, Language] = _merged()
