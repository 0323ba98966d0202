"""Threaded out-of-office replies with no automatic header or label, and people's replies in the
same languages, for `make_corpus.py`: the first lines are all there is to tell them apart."""

# (file, client, sender, lang, country, received, return date, text)
AWAY = (
    (
        "ooo_noheader_lt_gmail.eml",
        "gmail",
        "Rūta Kazlauskienė <ruta@rutafoto.example>",
        "lt",
        "LT",
        "2026-12-01T09:10:00+02:00",
        "2026-12-14",
        "Laba diena,\n\nšiuo metu atostogauju iki gruodžio 14 d. Skubiais klausimais rašykite "
        "studija@rutafoto.example.\n\nRūta",
    ),
    (
        "ooo_noheader_et_outlook.eml",
        "outlook",
        "Kadri Tamm <kadri@tammdesign.example>",
        "et",
        "EE",
        "2026-12-01T09:12:00+02:00",
        "2026-12-11",
        "Tere!\n\nOlen puhkusel kuni 11.12.2026. Kiireloomuliste küsimuste korral kirjutage "
        "info@tammdesign.example.\n\nKadri",
    ),
    (
        "ooo_noheader_cs_iphone.eml",
        "iphone",
        "Petra Nováková <petra@novakova-art.example>",
        "cs",
        "CZ",
        "2026-12-01T09:20:00+01:00",
        "2026-12-09",
        "Dobrý den,\n\njsem na dovolené do 9. prosince. V naléhavých případech pište na "
        "asistent@novakova-art.example.\n\nPetra",
    ),
    (
        "ooo_noheader_hr_yahoo.eml",
        "yahoo",
        "Ivana Horvat <ivana.horvat@ivanaputuje.example>",
        "hr",
        "HR",
        "2026-12-01T09:25:00+01:00",
        "",
        "Poštovani,\n\nna godišnjem sam odmoru. U hitnim slučajevima pišite na "
        "ured@ivanaputuje.example.\n\nIvana",
    ),
    (
        "ooo_noheader_bg_mailru.eml",
        "mailru",
        "Мария Иванова <maria@mariaivanova.example>",
        "bg",
        "BG",
        "2026-12-01T10:00:00+02:00",
        "2026-12-15",
        "Здравейте,\n\nв отпуск съм до 15 декември. При спешни въпроси пишете на "
        "office@mariaivanova.example.\n\nМария",
    ),
    (
        "ooo_noheader_uk_gmail.eml",
        "gmail",
        "Олена Коваль <olena@olenakoval.example>",
        "uk",
        "UA",
        "2026-12-01T10:05:00+02:00",
        "2026-12-12",
        "Добрий день!\n\nЯ у відпустці до 12 грудня. З термінових питань пишіть на "
        "team@olenakoval.example.\n\nОлена",
    ),
    (
        "ooo_noheader_hu_outlook.eml",
        "outlook",
        "Kovács Anna <anna@kovacsanna.example>",
        "hu",
        "HU",
        "2026-12-01T09:30:00+01:00",
        "2026-12-10",
        "Tisztelt Partnerem!\n\nSzabadságon vagyok, december 10-ig. Sürgős ügyekben írjon a "
        "studio@kovacsanna.example címre.\n\nAnna",
    ),
    (
        "ooo_noheader_he_gmail.eml",
        "gmail",
        "נועה לוי <noa@noalevi.example>",
        "he",
        "IL",
        "2026-12-01T11:00:00+02:00",
        "",
        "שלום,\n\nאני מחוץ למשרד. בעניינים דחופים ניתן לפנות אל office@noalevi.example\n\nנועה",
    ),
    (
        "ooo_noheader_zh_qq.eml",
        "qq",
        "王芳 <wangfang@wangfang-vlog.example>",
        "zh",
        "CN",
        "2026-12-01T17:00:00+08:00",
        "2026-12-08",
        "您好，\n\n我正在休假，12月8日回来后回复您。"
        "如有急事请联系 assistant@wangfang-vlog.example。\n\n王芳",
    ),
    (
        "ooo_noheader_ko_naver.eml",
        "naver",
        "김지은 <jieun@jieunkim.example>",
        "ko",
        "KR",
        "2026-12-01T18:00:00+09:00",
        "2026-12-07",
        "안녕하세요,\n\n현재 휴가 중입니다. 12월 7일 복귀 예정이며, 급한 용무는 "
        "office@jieunkim.example 로 연락 주세요.\n\n김지은",
    ),
    (
        "ooo_noheader_th_gmail.eml",
        "gmail",
        "สุดา ใจดี <suda@sudajaidee.example>",
        "th",
        "TH",
        "2026-12-01T15:00:00+07:00",
        "2026-12-10",
        "สวัสดีค่ะ\n\nขณะนี้ดิฉันลาพักร้อนถึงวันที่ 10 ธันวาคม หากมีเรื่องด่วนกรุณาติดต่อ "
        "team@sudajaidee.example\n\nสุดา",
    ),
    (
        "ooo_noheader_ro_yahoo.eml",
        "yahoo",
        "Ioana Popescu <ioana@ioanapopescu.example>",
        "ro",
        "RO",
        "2026-12-01T10:10:00+02:00",
        "2026-12-11",
        "Bună ziua,\n\nSunt în concediu până la 11 decembrie. Pentru urgențe scrieți la "
        "birou@ioanapopescu.example.\n\nIoana",
    ),
)

# (file, client, sender, lang, country, received, text): each says something of being away
HUMANS = (
    (
        "human_lt_back_from_holiday.eml",
        "gmail",
        "Rūta Kazlauskienė <ruta@rutafoto.example>",
        "lt",
        "LT",
        "2026-12-15T09:00:00+02:00",
        "Sveiki, grįžau iš atostogų! Nuotraukų juodraštis bus penktadienį.\n\nRūta",
    ),
    (
        "human_cs_was_on_leave.eml",
        "iphone",
        "Petra Nováková <petra@novakova-art.example>",
        "cs",
        "CZ",
        "2026-12-10T09:00:00+01:00",
        "Dobrý den, byla jsem minulý týden na dovolené, omlouvám se. Koncept posílám zítra.\n\n"
        "Odesláno z iPhonu",
    ),
    (
        "human_bg_away_but_answers.eml",
        "mailru",
        "Мария Иванова <maria@mariaivanova.example>",
        "bg",
        "BG",
        "2026-12-02T10:00:00+02:00",
        "Здравейте! В отпуск съм до петък, но отговарям накратко: да, датата е удобна.\n\nМария",
    ),
    (
        "human_zh_back.eml",
        "qq",
        "王芳 <wangfang@wangfang-vlog.example>",
        "zh",
        "CN",
        "2026-12-09T10:00:00+08:00",
        "我休假回来了，视频草稿明天发给您。\n\n发自我的iPhone",
    ),
    (
        "human_ko_after_trip.eml",
        "naver",
        "김지은 <jieun@jieunkim.example>",
        "ko",
        "KR",
        "2026-12-08T10:00:00+09:00",
        "출장에서 돌아왔습니다. 초안은 이번 주 금요일에 보내드릴게요.\n\n김지은",
    ),
    (
        "human_he_short.eml",
        "gmail",
        "נועה לוי <noa@noalevi.example>",
        "he",
        "IL",
        "2026-12-03T12:00:00+02:00",
        "היי, חזרתי מחופשה. הטיוטה מצורפת בהמשך השבוע.\n\nנועה",
    ),
)
