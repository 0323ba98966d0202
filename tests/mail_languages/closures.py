"""Holiday closure notices and day-of-the-month returns for `make_corpus.py`, in the charsets
each language's mail clients still send, each beside a person's reply that mentions the same
holiday or day (so the "0 human replies lost" goal covers them)."""

# (tag, language, country, sender, received, charset, notice, return date, a person's reply)
CLOSURES: tuple[tuple[str, str, str, str, str, str, str, str, str], ...] = (
    (
        "en_studio_christmas",
        "en",
        "GB",
        "Hart Films <studio@hartfilms.test>",
        "2026-12-22T10:00:00+00:00",
        "utf-8",
        "Hello,\n\nOur studio is closed for the Christmas holidays. We reopen on Monday 4 "
        "January and will reply to every message then. For anything urgent please contact "
        "olivia@hartfilms.test.\n\nHart Films",
        "2027-01-04",
        "Hi! Our office will be closed from the 24th, so could you send the final cut before "
        "then? Happy holidays!\n\nSent from my iPhone",
    ),
    (
        "de_betriebsferien",
        "de",
        "DE",
        "Studio Brandt <info@brandt.test>",
        "2026-12-23T08:00:00+01:00",
        "iso-8859-1",
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Unser Büro bleibt vom 24.12. bis "
        "einschließlich 3.1. geschlossen. Ab dem 4. Januar sind wir wieder für Sie da; wir "
        "melden uns nach den Feiertagen.\n\nStudio Brandt",
        "2027-01-04",
        "Hallo, wir haben ab dem 24.12. Betriebsferien, schickt mir den Schnitt bitte bis "
        "Montag, dann gebe ich ihn noch frei. Frohe Weihnachten!",
    ),
    (
        "el_orthodox_easter",
        "el",
        "GR",
        "Στούντιο Άλφα <info@alfa.test>",
        "2027-04-28T09:00:00+03:00",
        "iso-8859-7",
        "Καλησπέρα σας,\n\nτο γραφείο μας θα παραμείνει κλειστό λόγω των εορτών του Πάσχα έως "
        "τις 3 Μαΐου. Θα σας απαντήσουμε μετά τις γιορτές.\n\nΣτούντιο Άλφα",
        "2027-05-03",
        "Καλό Πάσχα! Το γραφείο μας κλείνει την Πέμπτη, οπότε σας στέλνω το βίντεο σήμερα.",
    ),
    (
        "ru_new_year",
        "ru",
        "RU",
        "Студия Север <hello@sever.test>",
        "2026-12-30T12:00:00+03:00",
        "koi8-r",
        "Здравствуйте!\n\nНаш офис закрыт на новогодние праздники до 11 января. Мы ответим "
        "вам после праздников.\n\nСтудия Север",
        "2027-01-11",
        "С наступающим! Мы уходим на новогодние праздники, поэтому отправляю ролик сегодня.",
    ),
    (
        "zhcn_spring_festival",
        "zh-CN",
        "CN",
        "星光工作室 <hello@xingguang.test>",
        "2027-02-04T10:00:00+08:00",
        "gb2312",
        "您好！\n\n春节放假期间（2月5日至2月14日）暂停办公，2月15日恢复办公，节后我们会尽快回复您。"
        "\n\n星光工作室",
        "2027-02-15",
        "春节快乐！我们下周放假，视频我今天先发给你，请查收。",
    ),
    (
        "ja_golden_week",
        "ja",
        "JP",
        "株式会社サクラ映像 <info@sakura.test>",
        "2027-04-28T10:00:00+09:00",
        "iso-2022-jp",
        "平素より大変お世話になっております。\n\n誠に勝手ながら、4月29日から5月5日まで"
        "ゴールデンウィーク休業とさせていただきます。休業明けの5月6日より順次ご返信いたします。",
        "2027-05-06",
        "いつもお世話になっております。ゴールデンウィーク前に動画をお送りしますので、"
        "ご確認をお願いします。",
    ),
    (
        "ko_chuseok",
        "ko",
        "KR",
        "한빛 스튜디오 <hello@hanbit.test>",
        "2027-09-13T10:00:00+09:00",
        "euc-kr",
        "안녕하세요.\n\n추석 연휴 기간(9월 14일~9월 16일) 동안 휴무입니다. 9월 17일부터 "
        "순차적으로 답변드리겠습니다.",
        "2027-09-17",
        "안녕하세요! 추석 연휴 전에 영상 보내드릴게요. 즐거운 명절 보내세요.",
    ),
    (
        "th_songkran",
        "th",
        "TH",
        "สตูดิโอฟ้าใส <hello@fasai.test>",
        "2027-04-09T10:00:00+07:00",
        "tis-620",
        "เรียนลูกค้าทุกท่าน\n\nบริษัทหยุดทำการเนื่องในเทศกาลสงกรานต์ เปิดทำการวันที่ 17 "
        "เมษายน 2570 และจะติดต่อกลับหลังวันหยุด",
        "2027-04-17",
        "สวัสดีค่ะ ช่วงสงกรานต์ดิฉันจะกลับบ้าน วิดีโอจะส่งให้ก่อนวันหยุดนะคะ",
    ),
    (
        "hi_diwali",
        "hi",
        "IN",
        "रंग स्टूडियो <hello@rang.test>",
        "2027-10-27T10:00:00+05:30",
        "utf-8",
        "नमस्ते,\n\nदिवाली के अवसर पर हमारा कार्यालय बंद रहेगा और २ नवंबर को फिर से खुलेगा। "
        "अवकाश के बाद हम आपको उत्तर देंगे।",
        "2027-11-02",
        "नमस्ते! दिवाली की शुभकामनाएँ। छुट्टी से पहले वीडियो भेज दूँगी।",
    ),
    (
        "fa_nowruz",
        "fa",
        "IR",
        "استودیو نور <hello@noor.test>",
        "2027-03-17T10:00:00+03:30",
        "utf-8",
        "سلام،\n\nدفتر ما به مناسبت تعطیلات نوروز تعطیل است و از ۱۴ فروردین ۱۴۰۶ پاسخ خواهیم داد.",
        "2027-04-03",
        "سلام! نوروزتان مبارک. قبل از تعطیلات نوروز ویدیو را می‌فرستم.",
    ),
    (
        "ar_eid",
        "ar",
        "AE",
        "استوديو الأفق <hello@ofoq.test>",
        "2027-03-08T10:00:00+04:00",
        "windows-1256",
        "السلام عليكم،\n\nبمناسبة عيد الفطر المبارك سيكون المكتب مغلقا حتى 14 مارس. سنرد على "
        "رسالتكم بعد انتهاء العطلة.",
        "2027-03-14",
        "السلام عليكم، عيد مبارك! سأرسل الفيديو قبل العيد إن شاء الله.",
    ),
    (
        "tr_bayram",
        "tr",
        "TR",
        "Yıldız Stüdyo <merhaba@yildiz.test>",
        "2027-05-14T10:00:00+03:00",
        "iso-8859-9",
        "Merhaba,\n\nKurban Bayramı tatili nedeniyle ofisimiz 20 Mayıs'a kadar kapalıdır. "
        "Tatil sonrası size dönüş yapacağız.",
        "2027-05-20",
        "Merhaba, iyi bayramlar! Bayramdan önce videoyu gönderiyorum.",
    ),
    (
        "vi_tet",
        "vi",
        "VN",
        "Studio Sen <hello@sen.test>",
        "2027-02-02T10:00:00+07:00",
        "utf-8",
        "Kính gửi Quý khách,\n\nCông ty nghỉ Tết Nguyên đán đến hết ngày 12/2. Chúng tôi sẽ "
        "phản hồi sau kỳ nghỉ.",
        "2027-02-12",
        "Chào anh, chúc mừng năm mới! Em gửi video trước Tết nhé.",
    ),
    (
        "en_until_the_14th",
        "en",
        "US",
        "Sam Lee <sam@lee.test>",
        "2026-12-03T09:30:00+00:00",
        "utf-8",
        "Hi,\n\nI'm on leave until the 14th with no access to email. For anything urgent "
        "please contact studio@lee.test.",
        "2026-12-14",
        "Hi! I was on leave until the 2nd, sorry. The draft is done, here it is.",
    ),
    (
        "de_bis_zum",
        "de",
        "DE",
        "Jonas Weber <jonas@weber.test>",
        "2026-12-03T09:30:00+01:00",
        "iso-8859-1",
        "Hallo,\n\nich bin bis zum 14. im Urlaub und habe nur eingeschränkten Zugriff auf "
        "meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@weber.test.",
        "2026-12-14",
        "Hallo! Ich war bis zum 1. im Urlaub, der Schnitt kommt morgen.",
    ),
    (
        "ja_day_alone",
        "ja",
        "JP",
        "山田 太郎 <taro@yamada.test>",
        "2026-12-03T18:30:00+09:00",
        "shift_jis",
        "お世話になっております。\n\n誠に勝手ながら、14日まで休暇をいただいております。"
        "戻り次第、順次ご返信いたします。",
        "2026-12-14",
        "お世話になっております。昨日まで休暇でした。動画は14日までにお送りします。",
    ),
)
