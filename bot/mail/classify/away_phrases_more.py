"""More out-of-office wording, per language: merged into `away_phrases.LANGUAGES`.

Kept apart so that each file stays readable: the first covers how responders in the
languages first met word a reply; this one adds the other ways they open ("I'm currently on
annual leave", "Я в отпуске до", "休暇のため不在にしております") and more languages. Same kinds
and rules as `away_phrases`: `away_openings` are in the present or future tense, and each is
only read together with an `absence_signal` in the sender's own first lines.
"""

MORE: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "away_openings": (
            *("i'm currently on annual leave", "i am currently on annual leave"),
            *("i'm on annual leave", "i'm currently on leave", "i'm currently on holiday"),
            *("i'm currently out of the office", "i am currently out of the office"),
            *("i'm out of the office",),
            *("i'm currently on vacation", "i will be on leave", "i'll be on leave"),
            *("i will be on holiday", "i'll be on holiday", "i will be on vacation"),
            *("i'll be on vacation", "i'll be out of the office", "i will be out of office"),
            *("i'm on parental leave", "i'm on maternity leave", "i'm on paternity leave"),
            *("i'm on sick leave", "i'm away from the office", "i am away from the office"),
            *("i'm away from my desk", "i am away from my desk", "i'm on a business trip"),
            *("i am on a business trip", "i'm at a conference"),
            *("i am at a conference", "i'm on sabbatical", "i am on sabbatical"),
            *("thank you for your email. i'm", "thank you for your email. i am"),
            *("thanks for your email. i'm", "thanks for your message. i'm"),
            *("i'm out until", "i am out of the office until", "i'm out of the office until"),
            *("the office is closed", "our office is closed"),
        ),
        "absence_signals": (
            *("back on", "back in the office on", "back at my desk", "i'll be back", "i'm back on"),
            *("i return on", "i will return", "i'll return", "returning to the office"),
            *(
                "i'll reply when i'm back",
                "i'll respond when i'm back",
            ),
            *("i'll respond on my return", "i will respond on my return"),
            *("on my return", "when i return", "responses may be delayed", "delayed response"),
            *("limited access to my emails", "limited access to emails", "no access to my email"),
            *("intermittent access", "checking emails periodically", "sporadic access"),
            *(
                "if urgent",
                "if it is urgent",
                "if your query is urgent",
                "if your enquiry is urgent",
            ),
            *("for urgent enquiries", "for urgent queries", "for urgent requests"),
            *("in case of urgency", "contact my colleague", "please email"),
            *("please get in touch with", "please reach out to", "will be forwarded"),
            *("with limited access", "minimal access", "until i return", "until my return"),
        ),
    },
    "es": {
        "away_openings": (
            *("me encuentro fuera de la oficina", "estare ausente"),
            *("me encuentro de viaje", "me encuentro de permiso", "estoy de baja"),
            *("me encuentro disfrutando de mis vacaciones", "estoy disfrutando de mis vacaciones"),
            *("estare fuera de la oficina", "no estare en la oficina", "estoy con permiso"),
        ),
        "absence_signals": (
            *("regresare el", "estare de regreso", "volvere el", "respondere a la mayor brevedad"),
            *("acceso limitado", "a mi retorno"),
            *("en caso de urgencia", "para temas urgentes", "puede contactar", "contacte con"),
        ),
    },
    "pt": {
        "away_openings": (
            *("estou fora", "encontro-me de licenca", "estarei de ferias", "estou afastado"),
            *("estou afastada", "estou em licenca", "encontro-me em ferias", "estou viajando"),
            *("estarei fora do escritorio", "encontro-me fora do escritorio"),
        ),
        "absence_signals": (
            *("retorno no dia", "retornarei", "volto no dia", "voltarei", "acesso restrito"),
            *("em caso de urgencia", "para assuntos urgentes", "favor contatar"),
            *("por favor contacte", "entre em contato com", "ate o dia", "ate dia"),
        ),
    },
    "fr": {
        "away_openings": (
            *(
                "je suis actuellement en conge",
                "je suis actuellement en conges",
                "je serai en conge",
            ),
            *("je suis actuellement en vacances", "je suis hors du bureau", "je serai en conges"),
            *("je suis en conge maternite", "je suis en conge parental", "je suis en arret"),
            *("je suis actuellement en deplacement", "je serai en deplacement"),
            *("je suis absent du bureau", "je suis absente du bureau"),
        ),
        "absence_signals": (
            *("je serai de retour", "je reviendrai"),
            *(
                "je vous repondrai",
                "des que possible",
                "veuillez contacter",
                "vous pouvez contacter",
            ),
            *("en mon absence", "pour les urgences", "acces restreint"),
        ),
    },
    "de": {
        "away_openings": (
            *("ich bin zurzeit nicht im buro",),
            *("ich bin zur zeit nicht im buro", "ich bin momentan nicht im buro"),
            *(
                "ich bin derzeit im urlaub",
                "ich bin zurzeit im urlaub",
                "ich bin zur zeit im urlaub",
            ),
            *("ich bin aktuell nicht im buro", "ich bin aktuell im urlaub", "ich bin ausser haus"),
            *("ich befinde mich derzeit", "ich befinde mich zurzeit"),
            *(
                "ich bin in mutterschutz",
                "ich bin krank",
                "vielen dank fur ihre nachricht. ich bin",
            ),
            *("vielen dank fur ihre e-mail. ich bin", "danke fur deine nachricht. ich bin"),
        ),
        "absence_signals": (
            *("ich bin ab dem", "ab dem", "wieder erreichbar", "wieder im buro", "bin ich wieder"),
            *("werde ich ihre", "werde ich mich", "ich melde mich", "in dringenden fallen wenden"),
            *("wenden sie sich bitte", "bitte wenden sie sich", "ihre nachricht wird nicht"),
            *("e-mails werden nicht", "keinen zugriff", "eingeschrankt erreichbar", "vertretung"),
        ),
    },
    "it": {
        "away_openings": (
            *("sono attualmente fuori ufficio", "saro in ferie", "sono in congedo"),
            *("sono in maternita", "saro fuori sede", "sono attualmente in ferie"),
        ),
        "absence_signals": (
            *("rientrero", "saro di ritorno", "in caso di urgenza", "fino al"),
            *("si prega di contattare", "potete contattare", "puoi contattare", "accesso limitato"),
        ),
    },
    "ca": {
        "labels": ("Resposta automàtica",),
        "away_labels": ("Fora de l'oficina",),
        "away_words": ("fora de l'oficina", "vacances", "absent", "de viatge"),
        "away_openings": (
            *("soc fora de l'oficina", "estic de vacances", "estic fora", "sere fora"),
            *("estic absent", "estic absenta", "estic de viatge"),
        ),
        "absence_signals": ("a la tornada", "quan torni", "fins al", "urgent"),
    },
    "gl": {
        "labels": ("Resposta automática",),
        "away_words": ("fora da oficina", "vacacions", "ausente"),
        "away_openings": ("estou fora da oficina", "estou de vacacions", "estarei fora"),
        "absence_signals": ("cando volva", "ao meu regreso", "ata o", "urxente"),
    },
    "eu": {
        "labels": ("Erantzun automatikoa",),
        "away_words": ("bulegotik kanpo", "oporretan", "oporrak"),
        "away_openings": ("bulegotik kanpo nago", "oporretan nago", "kanpoan nago"),
        "absence_signals": ("itzultzean", "itzultzen naizenean", "premiazko"),
    },
    "nl": {
        "away_openings": (
            *("ik ben momenteel afwezig",),
            *("ik ben momenteel niet op kantoor", "ik ben op vakantie", "ik ben vrij"),
            *("ik ben met zwangerschapsverlof", "ik ben met ouderschapsverlof"),
        ),
        "absence_signals": (
            *("weer aanwezig", "weer op kantoor", "ben ik weer", "zo snel mogelijk"),
            *("neem contact op met", "kunt u contact opnemen", "wordt niet doorgestuurd"),
        ),
    },
    "af": {
        "labels": ("Outomatiese antwoord",),
        "away_words": ("met verlof", "uit die kantoor", "vakansie"),
        "away_openings": ("ek is met verlof", "ek is uit die kantoor", "ek is op vakansie"),
        "absence_signals": ("terug op", "wanneer ek terug is", "dringende sake"),
    },
    "sv": {
        "away_openings": (
            *("jag ar pa semester till", "jag ar ledig till", "jag ar bortrest"),
            *("jag ar tjanstledig till", "jag har semester", "jag ar pa tjansteresa"),
            *("jag ar for narvarande", "jag ar franvarande till", "jag ar sjukskriven"),
        ),
        "absence_signals": (
            *("tillbaka den", "ar tillbaka", "aterkommer"),
            *("kontakta", "bradskande", "begransad tillgang", "lasa e-post"),
        ),
    },
    "da": {
        "away_openings": (
            *("jeg er pa ferie til", "jeg har ferie", "jeg er pa barsel", "jeg er syg"),
            *("jeg er ikke pa kontoret", "jeg er vaek", "jeg holder ferie"),
        ),
        "absence_signals": (
            *("tilbage den", "er tilbage", "vender tilbage", "kontakt venligst"),
            *("hasteopgaver", "i hastende", "begraenset adgang"),
        ),
    },
    "nb": {
        "away_openings": (
            *("jeg er pa ferie til", "jeg er ikke pa kontoret", "jeg er borte"),
            *("jeg er i permisjon", "jeg er pa reise", "jeg er pa tjenestereise"),
        ),
        "absence_signals": (
            *("tilbake den", "er tilbake", "kontakt", "haster", "begrenset tilgang"),
        ),
    },
    "is": {
        "labels": ("Sjálfvirkt svar",),
        "away_words": ("i frii", "i sumarfrii", "fjarverandi"),
        "away_openings": ("eg er i frii", "eg er i sumarfrii", "eg er fjarverandi"),
        "absence_signals": ("kem aftur", "til baka", "bradliggjandi", "hafid samband"),
    },
    "fi": {
        "away_openings": (
            *("olen lomalla", "olen poissa toimistolta", "olen vapaalla", "olen sairaslomalla"),
            *("olen virkavapaalla", "olen matkoilla"),
        ),
        "absence_signals": ("palaan", "kiireellisissa", "ota yhteytta"),
    },
    "et": {
        "away_openings": ("olen tööl tagasi", "olen haiguslehel", "olen ara", "viibin lahetusel"),
        "absence_signals": ("olen tagasi", "kiireloomuliste", "poorduge"),
    },
    "lv": {
        "away_openings": (
            *("es esmu atvalinajuma", "atrodos atvalinajuma", "atrodos komandejuma"),
            *("esmu prom", "nebusu biroja", "esmu slimibas lapa"),
        ),
        "absence_signals": (
            *("atgriezisos", "biju atpakal", "busu atpakal", "steidzamos"),
            *("ludzu sazinieties", "ludzu, sazinieties"),
        ),
    },
    "lt": {
        "away_openings": ("esu išvykęs", "esu isvykes", "esu isvykusi", "nesu darbe"),
        "absence_signals": ("grizes", "grizusi", "skubiais", "kreipkites"),
    },
    "pl": {
        "away_openings": (
            *("obecnie jestem na urlopie", "przebywam poza biurem", "bede nieobecny"),
            *("bede nieobecna", "jestem na zwolnieniu", "jestem na urlopie macierzynskim"),
            *("przebywam na zwolnieniu", "przebywam w delegacji", "jestem na urlopie do"),
            *("dziekuje za wiadomosc. jestem", "dziekuje za wiadomosc. przebywam"),
        ),
        "absence_signals": (
            *("wracam", "bede z powrotem", "w sprawach pilnych", "prosze o kontakt"),
            *("ograniczony dostep", "po moim powrocie"),
        ),
    },
    "cs": {
        "away_openings": (
            *("jsem mimo kancelar do", "jsem na dovolene do", "jsem mimo kancelar"),
            *("budu mimo kancelar", "budu na dovolene", "jsem nemocny", "jsem nemocna"),
            *("jsem na rodicovske dovolene", "jsem na materske dovolene", "nejsem v kancelari"),
        ),
        "absence_signals": (*("vratim se", "budu zpet", "v nalehavych", "kontaktujte", "omezeny"),),
    },
    "sk": {
        "away_openings": (
            *("som mimo kancelarie do", "budem mimo kancelarie", "budem na dovolenke"),
            *("som na materskej dovolenke", "som na sluzobnej ceste", "nie som v kancelarii"),
        ),
        "absence_signals": ("vratim sa", "budem spat", "v naliehavych", "kontaktujte"),
    },
    "sl": {
        "away_openings": ("sem na letnem dopustu", "bom odsoten", "bom odsotna", "nisem v pisarni"),
        "absence_signals": ("vrnem", "v nujnih", "obrnite se"),
    },
    "hr": {
        "away_openings": (
            *("trenutno sam na godisnjem odmoru", "na godisnjem sam", "trenutno sam izvan ureda"),
            *("nisam u uredu", "na bolovanju sam", "na sluzbenom sam putu", "odsutan sam"),
            *("odsutna sam",),
        ),
        "absence_signals": ("vracam se", "vratit cu se", "hitn", "obratite se"),
    },
    "sr": {
        "away_openings": (
            *("trenutno sam na godisnjem odmoru", "nisam u kancelariji", "odsutan sam"),
            *("odsutna sam", "тренутно сам на годишњем одмору", "нисам у канцеларији"),
            *("одсутан сам", "одсутна сам", "на службеном сам путу"),
        ),
        "absence_signals": (
            *("vracam se", "враћам се", "хитн", "hitn"),
            *("obratite se", "обратите се"),
        ),
    },
    "bg": {
        "away_openings": ("в отпуска съм", "в момента съм в отпуск", "няма да бъда в офиса"),
        "absence_signals": ("ще се върна", "връщам се", "спешни", "моля, свържете"),
    },
    "ru": {
        "away_openings": (
            *(
                "я нахожусь в командировке",
                "я сейчас в отпуске",
            ),
            *("я буду в отпуске", "я буду отсутствовать", "меня не будет в офисе"),
            *("я вне офиса", "я на больничном", "нахожусь на больничном"),
            *("я в декретном отпуске", "нахожусь в декретном отпуске", "я не в офисе"),
            *("спасибо за ваше письмо. я", "благодарю за письмо. я"),
        ),
        "absence_signals": (
            *("вернусь", "возвращаюсь", "по срочным", "по всем срочным"),
            *("обращайтесь к", "прошу обращаться", "ограниченный доступ", "доступ к почте"),
            *("после моего возвращения",),
        ),
    },
    "uk": {
        "away_openings": (
            *("я перебуваю у відпустці", "я зараз у відпустці", "мене не буде в офісі"),
            *("я поза офісом", "я у декретній відпустці", "я на лікарняному"),
            *("перебуваю у відрядженні", "я буду відсутній", "я буду відсутня"),
        ),
        "absence_signals": ("повернуся", "з термінових", "звертайтеся", "доступ до"),
    },
    "ro": {
        "away_openings": (
            *("sunt plecat", "sunt plecata", "ma aflu in afara biroului", "voi fi in concediu"),
            *("sunt in concediu de odihna", "sunt in concediu medical", "sunt in delegatie"),
            *("ma aflu in delegatie", "nu sunt la birou"),
        ),
        "absence_signals": ("revin", "ma intorc", "urgent", "va rog contactati"),
    },
    "hu": {
        "away_openings": (
            *("jelenleg szabadsagon vagyok", "szabadsagon leszek", "nem vagyok az irodaban"),
            *("jelenleg nem vagyok elerheto", "uzleti uton vagyok", "betegszabadsagon vagyok"),
        ),
        "absence_signals": ("visszaerkezesem", "surgos", "forduljon", "kollegam"),
    },
    "el": {
        "away_openings": (
            *("βρισκομαι εκτος γραφειου", "θα ειμαι εκτος γραφειου", "ειμαι σε διακοπες"),
            *("βρισκομαι σε διακοπες", "βρισκομαι σε αδεια", "απουσιαζω", "θα απουσιαζω"),
            *("ειμαι σε αδεια μητροτητας", "βρισκομαι σε επαγγελματικο ταξιδι"),
            *("ευχαριστω για το μηνυμα σας. βρισκομαι", "ευχαριστω για το μηνυμα σας. ειμαι"),
        ),
        "away_words": ("απουσια", "εκτος γραφειου", "αδεια", "διακοπες"),
        "absence_signals": (
            *("θα επιστρεψω", "επιστρεφω", "επειγοντα", "επειγον"),
            *("επικοινωνηστε", "περιορισμενη προσβαση"),
        ),
    },
    "tr": {
        "away_openings": (
            *("su anda izindeyim", "su an izindeyim", "ofis disindayim", "ofiste degilim"),
            *("yillik izindeyim", "is seyahatindeyim", "raporluyum", "dogum iznindeyim"),
            *("tatildeyim", "izinli olacagim"),
        ),
        "absence_signals": (
            *("dondugumde", "donusumde", "geri dondugumde"),
            *("acil", "ulasabilirsiniz", "iletisime gecebilirsiniz", "tarihine kadar"),
            *("sinirli erisim", "e-postalarima erisimim"),
        ),
    },
    "ar": {
        "away_openings": (
            *("أنا حاليا خارج المكتب", "انا خارج المكتب", "انا في اجازة", "أنا حاليا في إجازة"),
            *("سأكون خارج المكتب", "أنا في إجازة سنوية", "انا في اجازة سنوية", "أنا في مهمة عمل"),
        ),
        "absence_signals": (
            *("عند عودتي", "بعد عودتي", "للامور العاجلة", "للأمور العاجلة"),
            *("يرجى التواصل", "يرجى الاتصال", "سأعود"),
        ),
    },
    "he": {
        "away_openings": ("אני נמצא בחופשה", "אני נמצאת בחופשה", "אני לא במשרד", 'אני בחו"ל'),
        "absence_signals": ("אחזור", "לעניינים דחופים", "בדחוף", "ניתן לפנות"),
    },
    "fa": {
        "labels": ("پاسخ خودکار",),
        "away_labels": ("خارج از دفتر",),
        "away_words": ("مرخصی", "خارج از دفتر", "تعطیلات", "سفر کاری"),
        "away_openings": (
            *("در مرخصی هستم", "من در مرخصی هستم", "خارج از دفتر هستم", "در سفر هستم"),
            *("در تعطیلات هستم", "در سفر کاری هستم", "در دفتر نیستم"),
        ),
        "absence_signals": (
            *("پاسخ خواهم داد", "پاسخ میدهم", "پاسخ می دهم", "بازگشت", "برمیگردم"),
            *("موارد فوری", "امور فوری", "تماس بگیرید", "دسترسی محدود", "تا تاریخ"),
        ),
    },
    "ur": {
        "labels": ("خودکار جواب",),
        "away_words": ("چھٹی", "دفتر سے باہر"),
        "away_openings": ("میں چھٹی پر ہوں", "میں دفتر سے باہر ہوں", "میں رخصت پر ہوں"),
        "absence_signals": ("واپسی پر", "جواب دوں گا", "جواب دوں گی", "فوری", "رابطہ کریں"),
    },
    "hi": {
        "labels": ("स्वचालित उत्तर",),
        "away_labels": ("कार्यालय से बाहर",),
        "away_words": ("छुट्टी", "अवकाश", "कार्यालय से बाहर", "दफ्तर से बाहर"),
        "away_openings": (
            *("मैं छुट्टी पर हूँ", "मैं छुट्टी पर हूं", "मैं अवकाश पर हूँ", "मैं अवकाश पर हूं"),
            *("मैं कार्यालय से बाहर हूँ", "मैं कार्यालय से बाहर हूं", "मैं दफ्तर से बाहर हूँ"),
            *(
                "मैं यात्रा पर हूँ",
                "छुट्टी पर हूँ",
                "छुट्टी पर हूं",
                "अवकाश पर हूँ",
                "अवकाश पर हूं",
                "मैं यात्रा पर हूं",
                "मैं छुट्टी पर रहूँगा",
                "मैं छुट्टी पर रहूंगी",
            ),
        ),
        "absence_signals": (
            *("वापस आने पर", "लौटने पर", "लौटने के बाद", "जवाब दूँगा", "जवाब दूंगा", "उत्तर दूँगा"),
            *("उत्तर दूंगी", "जवाब दूंगी", "तत्काल", "जरूरी", "ज़रूरी", "संपर्क करें"),
        ),
    },
    "bn": {
        "labels": ("স্বয়ংক্রিয় উত্তর",),
        "away_words": ("ছুটিতে", "অফিসের বাইরে"),
        "away_openings": ("আমি ছুটিতে আছি", "আমি অফিসের বাইরে আছি", "আমি ভ্রমণে আছি"),
        "absence_signals": ("ফিরে এসে", "ফেরার পর", "উত্তর দেব", "জরুরি", "যোগাযোগ করুন"),
    },
    "ta": {
        "labels": ("தானியங்கி பதில்",),
        "away_words": ("விடுமுறை", "அலுவலகத்தில் இல்லை"),
        "away_openings": ("நான் விடுமுறையில் இருக்கிறேன்", "நான் அலுவலகத்தில் இல்லை"),
        "absence_signals": ("திரும்பியதும்", "பதில் அளிப்பேன்", "அவசர", "தொடர்பு கொள்ளவும்"),
    },
    "th": {
        "away_openings": (
            *("ขณะนี้ไม่อยู่", "ติดธุระ", "ลาพัก", "ลาป่วย", "เดินทางไปต่างประเทศ", "ไม่ได้เข้าออฟฟิศ"),
            *("ลาคลอด", "ไปต่างจังหวัด", "อยู่ระหว่างวันหยุด", "อยู่ระหว่างการลา"),
        ),
        "absence_signals": ("จะตอบกลับ", "จะติดต่อกลับ", "กลับมาทำงาน", "เร่งด่วน", "ติดต่อ"),
    },
    "vi": {
        "away_openings": (
            *("tôi đang nghỉ phép", "tôi hiện không có mặt", "tôi đang đi công tác"),
            *("tôi sẽ vắng mặt", "tôi đang vắng mặt", "tôi đang nghỉ", "hiện tôi đang nghỉ"),
        ),
        "absence_signals": ("khi quay lại", "gấp", "vui lòng liên hệ"),
    },
    "id": {
        "away_openings": (
            *("saya sedang cuti", "saya sedang tidak di kantor", "saya sedang dinas luar"),
            *("saya sedang dalam perjalanan dinas", "saya sedang berlibur", "saya sedang libur"),
            *("saya tidak berada di kantor",),
        ),
        "absence_signals": ("mendesak", "silakan hubungi"),
    },
    "ms": {
        "labels": ("Balasan automatik",),
        "away_labels": ("Di luar pejabat",),
        "away_words": ("bercuti", "di luar pejabat", "cuti tahunan"),
        "away_openings": (
            *("saya sedang bercuti", "saya bercuti", "saya berada di luar pejabat"),
            *(
                "saya sedang bercuti tahunan",
                "saya sedang bertugas di luar",
                "saya di luar pejabat",
            ),
            *("saya sedang cuti tahunan",),
        ),
        "absence_signals": (
            *("apabila saya kembali", "selepas saya kembali", "akan membalas"),
            *("segera", "sila hubungi", "perkara segera", "akses terhad"),
        ),
    },
    "tl": {
        "labels": ("Awtomatikong sagot",),
        "away_words": ("naka-leave", "nasa bakasyon", "wala sa opisina"),
        "away_openings": ("ako ay naka-leave", "nasa bakasyon ako", "wala ako sa opisina"),
        "absence_signals": ("pagbalik ko", "agarang", "makipag-ugnayan"),
    },
    "sw": {
        "labels": ("Jibu la kiotomatiki",),
        "away_words": ("likizo", "nje ya ofisi"),
        "away_openings": (
            *("niko likizoni", "nipo likizo", "niko nje ya ofisi", "nipo nje ya ofisi"),
            *("niko safarini", "niko likizo"),
        ),
        "absence_signals": (
            *("nitarudi", "nikirudi", "baada ya kurudi", "dharura", "wasiliana na"),
            *("hadi tarehe", "mpaka tarehe"),
        ),
    },
    "zu": {
        "labels": ("Impendulo ezenzakalelayo",),
        "away_words": ("ngisekhefini", "angikho ehhovisi"),
        "away_openings": ("ngisekhefini", "angikho ehhovisi", "ngiseholidini"),
        "absence_signals": ("uma sengibuyile", "okuphuthumayo", "xhumana"),
    },
    "am": {
        "labels": ("ራስ-ሰር ምላሽ",),
        "away_words": ("እረፍት", "ከቢሮ ውጭ"),
        "away_openings": ("በእረፍት ላይ ነኝ", "ከቢሮ ውጭ ነኝ", "በዓመት እረፍት ላይ ነኝ"),
        "absence_signals": ("ስመለስ", "አስቸኳይ", "ያነጋግሩ"),
    },
    "zh": {
        "away_openings": (
            *(
                "我目前正在休假",
                "本人正在休假",
                "正在休年假",
                "我在休年假",
                "正在休假",
                "我目前在外出差",
            ),
            *("我不在办公室", "我不在辦公室", "我目前不在辦公室", "我正在休假中", "休假中"),
            *("出差中",),
        ),
        "absence_signals": (
            *("返回后", "返回後", "尽快", "盡快", "急事", "紧急", "緊急"),
            *("请联系", "請聯繫", "請聯絡", "期间", "期間"),
        ),
    },
    "ja": {
        "away_openings": (
            *(
                "不在にしております",
                "不在にしています",
                "休暇を取得しております",
                "出張しております",
            ),
            *(
                "夏季休暇",
                "年末年始休暇",
                "育児休業",
                "産休",
                "不在です",
                "休みをいただいております",
            ),
            *("オフィスを離れております", "外出しております"),
        ),
        "absence_signals": (
            *("順次", "返信いたします", "ご返信", "対応いたします", "確認でき", "急ぎ"),
            *("ご連絡ください", "ご了承ください", "戻りましたら"),
        ),
    },
    "ko": {
        "away_openings": (
            *("휴가 중입니다", "출장 중입니다", "부재중입니다", "사무실에 없습니다"),
            *("자리를 비웠습니다", "휴가입니다", "연차 휴가"),
        ),
        "absence_signals": (
            "답변 드리겠습니다",
            "회신 드리겠습니다",
            "복귀",
            "연락 주시기",
            "긴급",
        ),
    },
}
