"""Closure notices, per language: merged into `away_phrases.LANGUAGES` like `away_phrases_more`.

A studio or agency answers with "our office is closed for the holidays" (Christmas, New Year,
Orthodox Easter, Lunar New Year, Golden Week, Songkran, Diwali, Nowruz, Eid, national days) rather
than "I am away". The openings name the closure in the present or future; the signals are what
only such a notice adds: a reply after the holidays or when the office reopens. A person who
mentions the holiday ("we close next week, send it before Friday") names no such signal.
"""

CLOSED: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "away_openings": (
            *("our office will be closed", "the office will be closed", "our offices are closed"),
            *("our offices will be closed", "we are closed for", "we're closed for"),
            *("the studio is closed", "our studio is closed", "the studio will be closed"),
            *("closed for the holidays", "closed for the public holiday", "closed for christmas"),
            *("closed for the lunar new year", "closed for chinese new year", "closed for eid"),
            *("closed for diwali", "closed for easter", "closed for golden week"),
        ),
        "absence_signals": (
            *("when we reopen", "when the office reopens", "we reopen on", "reopening on"),
            *("after the holidays", "after the holiday", "after the break"),
            *("we will reply", "we will respond", "we'll get back to you", "we will be back"),
            *("upon our return", "on our return", "when we return", "once we are back"),
        ),
    },
    "es": {
        "away_openings": (
            *("estare fuera del", "estare ausente del", "estoy fuera hasta el"),
            *("nuestra oficina estara cerrada", "la oficina estara cerrada"),
            *("nuestras oficinas permaneceran cerradas", "la oficina permanecera cerrada"),
            *(
                "nuestras oficinas estaran cerradas",
                "estaremos cerrados",
                "permaneceremos cerrados",
            ),
        ),
        "absence_signals": (
            *("despues de las fiestas", "tras las fiestas", "a nuestro regreso"),
            *("responderemos", "le responderemos", "te responderemos", "cuando reabramos"),
        ),
    },
    "pt": {
        "away_openings": (
            *("estarei ausente de", "estou ausente ate", "estarei fora de"),
            *("nosso escritorio estara fechado", "o escritorio estara fechado"),
            *("o nosso escritorio estara encerrado", "estaremos fechados", "estaremos em recesso"),
            *("entraremos em recesso", "recesso de fim de ano"),
        ),
        "absence_signals": (
            *("apos o recesso", "apos as festas", "no nosso regresso", "no nosso retorno"),
            *("responderemos", "retornaremos o contato", "retomaremos as atividades"),
        ),
    },
    "fr": {
        "away_openings": (
            *("je serai absent du", "je serai absente du", "je serai absent a partir du"),
            *("nos bureaux seront fermes", "nos bureaux sont fermes", "le bureau sera ferme"),
            *("notre bureau sera ferme", "notre agence sera fermee", "nous serons fermes"),
            *("fermeture annuelle", "fermeture exceptionnelle"),
        ),
        "absence_signals": (
            *("a notre retour", "des notre retour", "apres les fetes", "a la reouverture"),
            *("nous vous repondrons", "nous reviendrons vers vous", "des la reprise"),
        ),
    },
    "de": {
        "away_openings": (
            *("unser buro ist geschlossen", "unser buro bleibt", "bleibt unser buro"),
            *("unsere buros bleiben", "bleiben unsere buros", "wir haben betriebsferien"),
            *("befinden uns in den betriebsferien", "sind wir in den betriebsferien"),
            # a person away, with the dates first: "ich bin bis zum 14. im Urlaub"
            *("ich bin bis zum", "ich bin bis einschliesslich", "bin ich bis zum", "ich bin vom"),
        ),
        "absence_signals": (
            *("nach den feiertagen", "nach unserer ruckkehr"),
            *("wir melden uns", "wir antworten", "wir beantworten", "in dringenden fallen"),
        ),
    },
    "it": {
        "away_openings": (
            *("saro assente dal", "saro fuori ufficio dal", "sono assente fino al"),
            *("il nostro ufficio sara chiuso", "l'ufficio sara chiuso", "i nostri uffici saranno"),
            *("resteremo chiusi", "rimarremo chiusi", "chiusura per ferie"),
        ),
        "absence_signals": (
            *("al nostro rientro", "dopo le festivita", "alla riapertura", "vi risponderemo"),
            *("risponderemo", "riapriremo"),
        ),
    },
    "nl": {
        "away_openings": (
            *("ik ben tot en met", "ik ben afwezig van", "ben ik afwezig"),
            *("ons kantoor is gesloten", "ons kantoor is dicht", "ons kantoor zal gesloten"),
            *("wij zijn gesloten", "we zijn gesloten", "zijn wij gesloten"),
        ),
        "absence_signals": (
            *("na de feestdagen", "na onze terugkeer", "wij reageren", "we reageren"),
            *("nemen wij contact", "beantwoorden wij"),
        ),
    },
    "sv": {
        "away_openings": ("vart kontor ar stangt", "kontoret ar stangt", "vi har stangt"),
        "absence_signals": ("efter helgerna", "efter helgen", "vi aterkommer", "vi svarar"),
    },
    "da": {
        "away_openings": ("vores kontor er lukket", "kontoret er lukket", "vi holder lukket"),
        "absence_signals": ("efter helligdagene", "efter ferien", "vi vender tilbage"),
    },
    "nb": {
        "away_openings": ("kontoret vart er stengt", "kontoret er stengt", "vi holder stengt"),
        "absence_signals": ("etter helligdagene", "etter ferien", "vi svarer", "vi kommer tilbake"),
    },
    "fi": {
        "away_openings": ("toimistomme on suljettu", "toimisto on suljettuna", "olemme suljettu"),
        "absence_signals": ("pyhien jalkeen", "lomien jalkeen", "vastaamme"),
    },
    "pl": {
        "away_openings": (
            *("nasze biuro bedzie nieczynne", "biuro jest nieczynne", "biuro bedzie zamkniete"),
            *("nasze biuro jest zamkniete",),
        ),
        "absence_signals": ("po swietach", "odpowiemy", "po powrocie"),
    },
    "cs": {
        "away_openings": ("nase kancelar bude uzavrena", "kancelar je zavrena", "mame zavreno"),
        "absence_signals": ("po svatcich", "odpovime", "po navratu"),
    },
    "ro": {
        "away_openings": ("biroul nostru va fi inchis", "biroul este inchis", "suntem inchisi"),
        "absence_signals": ("dupa sarbatori", "va vom raspunde", "la intoarcere"),
    },
    "hu": {
        "away_openings": ("irodank zarva tart", "irodank zarva lesz", "az iroda zarva"),
        "absence_signals": ("az unnepek utan", "valaszolunk", "visszaterest kovetoen"),
    },
    "el": {
        "away_openings": (
            *("το γραφειο μας θα παραμεινει κλειστο", "το γραφειο μας ειναι κλειστο"),
            *("τα γραφεια μας θα παραμεινουν κλειστα", "θα παραμεινουμε κλειστοι"),
        ),
        "absence_signals": ("μετα τις γιορτες", "μετα τις εορτες", "θα σας απαντησουμε"),
    },
    "ru": {
        "away_openings": (
            *("наш офис закрыт", "офис не работает", "офис будет закрыт", "мы не работаем"),
            *("в связи с новогодними праздниками", "в связи с праздниками"),
        ),
        "absence_signals": ("после праздников", "мы ответим", "ответим вам", "по возвращении"),
    },
    "uk": {
        "away_openings": (
            *("наш офіс зачинено", "офіс не працює", "офіс буде зачинено", "ми не працюємо"),
            *("у зв'язку зі святами", "у зв'язку з новорічними святами"),
        ),
        "absence_signals": ("після свят", "ми відповімо", "відповімо вам"),
    },
    "tr": {
        "away_openings": (
            *("ofisimiz kapalidir", "ofisimiz kapali olacaktir", "ofisimiz tatildedir"),
            *("bayram tatili nedeniyle", "bayrami tatili nedeniyle", "resmi tatil nedeniyle"),
            *("yilbasi tatili nedeniyle", "nedeniyle kapalidir", "ofisimiz kapali"),
        ),
        "absence_signals": ("tatil sonrasi", "tatilden sonra", "donus yapacagiz", "yanitlayacagiz"),
    },
    "ar": {
        "away_openings": (
            *("المكتب مغلق", "مكتبنا مغلق", "سيكون المكتب مغلقا", "ستكون مكاتبنا مغلقة"),
            *("بمناسبة عيد الفطر", "بمناسبة عيد الاضحى", "بمناسبة العيد", "خلال عطلة العيد"),
        ),
        "absence_signals": ("بعد انتهاء العطلة", "بعد العطلة", "بعد العيد", "سنرد على"),
    },
    "he": {
        "away_openings": ("המשרד סגור", "המשרד יהיה סגור", "משרדינו סגורים", "לרגל החג"),
        "absence_signals": ("אחרי החג", "לאחר החגים", "נחזור אליכם", "נשוב"),
    },
    "fa": {
        "away_openings": (
            *("دفتر تعطیل است", "دفتر ما تعطیل است", "شرکت تعطیل است", "تعطیلات نوروز"),
            *("به مناسبت تعطیلات", "به مناسبت عید نوروز"),
        ),
        "absence_signals": ("پس از تعطیلات", "بعد از تعطیلات", "پاسخ خواهیم داد", "پاسخگو خواهیم"),
    },
    "hi": {
        "away_openings": (
            *("कार्यालय बंद रहेगा", "कार्यालय बंद है", "हमारा कार्यालय बंद", "दफ्तर बंद रहेगा"),
            *("दिवाली के अवसर पर", "होली के अवसर पर", "अवकाश के कारण"),
        ),
        "absence_signals": ("अवकाश के बाद", "छुट्टियों के बाद", "उत्तर देंगे", "जवाब देंगे"),
    },
    "zh": {
        "away_openings": (
            *("春节放假", "春節放假", "公司放假", "放假通知", "国庆放假", "國慶放假"),
            *("假期期间", "假期期間", "休假期间", "休假期間", "停止营业", "暫停營業"),
        ),
        "absence_signals": ("节后", "節後", "假期结束后", "假期結束後", "收假后", "恢复办公"),
    },
    "ja": {
        "away_openings": (
            *("年末年始休業", "夏季休業", "ゴールデンウィーク休業", "休業とさせていただきます"),
            *("休業いたします", "休業日", "お休みをいただいております"),
        ),
        "absence_signals": ("休業明け", "営業開始後", "順次対応", "順次ご返信", "順次回答"),
    },
    "ko": {
        "away_openings": ("설 연휴", "추석 연휴", "연휴 기간", "휴무입니다", "휴무일"),
        "absence_signals": ("연휴 이후", "연휴가 끝난 후", "순차적으로", "업무 복귀 후"),
    },
    "th": {
        "away_openings": ("บริษัทหยุดทำการ", "สำนักงานปิด", "หยุดเทศกาลสงกรานต์", "หยุดยาว"),
        "absence_signals": ("หลังวันหยุด", "หลังเทศกาล", "จะติดต่อกลับ", "จะตอบกลับ"),
    },
    "vi": {
        "away_openings": ("cong ty nghi tet", "van phong dong cua", "nghi le", "nghi tet"),
        "absence_signals": ("sau ky nghi", "sau tet", "se phan hoi", "se tra loi"),
    },
    "id": {
        "away_openings": (
            "kantor kami tutup",
            "kantor kami libur",
            "libur lebaran",
            "cuti bersama",
        ),
        "absence_signals": ("setelah libur", "kami akan membalas", "kami akan menghubungi"),
    },
    "ms": {
        "away_openings": ("pejabat kami ditutup", "pejabat akan ditutup", "cuti hari raya"),
        "absence_signals": ("selepas cuti", "kami akan membalas", "kami akan menjawab"),
    },
}

# A notice already known to be automatic (it carries the header) says the sender is away when it
# names the closure.
for _language in CLOSED.values():
    _language["away_words"] = _language["away_openings"]
