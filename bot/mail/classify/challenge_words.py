"""Challenge/response wording in more languages, merged into the phrase sets of `challenges`.

Each set keeps its meaning there: `SUBJECTS` are a challenge service's own subjects,
`PERSON` asks the reader to prove they are a person (strong enough alone), `HELD`, `STEP` are
two of the three kinds of evidence that count only when two meet.
"""

SUBJECTS: tuple[str, ...] = (
    *(
        "发件人验证",
        "寄件人驗證",
        "邮件发送确认",
        "郵件發送確認",
        "反垃圾邮件验证",
        "请确认您的邮件",
    ),
    *("발신자 확인", "발신자 인증", "메일 발송 확인", "스팸 방지 인증"),
    *("التحقق من المرسل", "تأكيد رسالتك", "تأكيد المرسل"),
    *("επιβεβαιωση αποστολεα", "επιβεβαιωστε το μηνυμα σας"),
    *("overeni odesilatele", "potvrdte svou zpravu", "felado ellenorzese", "erositse meg uzenetet"),
    *(
        "verificarea expeditorului",
        "confirmati mesajul",
        "avsandarverifiering",
        "bekrafta ditt meddelande",
    ),
    *("تایید فرستنده", "تأیید فرستنده", "प्रेषक सत्यापन", "การยืนยันผู้ส่ง", "xac minh nguoi gui"),
    *(
        "verifikasi pengirim",
        "konfirmasi pesan anda",
        "lahettajan vahvistus",
        "afsenderbekraeftelse",
    ),
)
PERSON: tuple[str, ...] = (
    *("确认您是真人", "证明您不是机器人", "確認您是真人", "證明您不是機器人", "确认您不是机器人"),
    *("사람인지 확인", "로봇이 아님을 확인", "실제 사람임을 확인"),
    *("تأكيد أنك إنسان", "تأكيد أنك لست روبوتا", "للتأكد من أنك شخص حقيقي"),
    *("οτι ειστε ανθρωπος", "οτι δεν ειστε ρομποτ"),
    *("ze jste clovek", "ze nejste robot", "hogy on ember", "hogy nem robot"),
    *(
        "ca sunteti o persoana",
        "ca nu sunteti robot",
        "att du ar en manniska",
        "att du inte ar en robot",
    ),
    *("که شما انسان هستید", "که ربات نیستید", "कि आप इंसान हैं", "कि आप रोबोट नहीं हैं"),
    *("ว่าคุณเป็นมนุษย์", "ว่าคุณไม่ใช่หุ่นยนต์", "rang ban la nguoi", "rang ban khong phai la robot"),
    *("bahwa anda manusia", "bahwa anda bukan robot", "etta olet ihminen", "at du er et menneske"),
)
HELD: tuple[str, ...] = (
    *("您的邮件已被暂扣", "您的邮件正在等待", "您的郵件已被暫扣", "확인 후 전달", "메일이 보류"),
    *(
        "رسالتك معلقة",
        "سيتم تسليم رسالتك بعد",
        "το μηνυμα σας κρατειται",
        "vase zprava byla pozdrzena",
    ),
    *(
        "mesajul dumneavoastra este retinut",
        "ditt meddelande har hallits kvar",
        "pesan anda ditahan",
    ),
)
STEP: tuple[str, ...] = (
    *(
        "点击下面的链接",
        "點擊下面的連結",
        "아래 링크를 클릭",
        "انقر على الرابط",
        "κάντε κλικ στον σύνδεσμο",
    ),
    *("kliknete na odkaz", "kattintson a linkre", "faceti clic pe link", "klicka pa lanken"),
    *("klik tautan di bawah", "nhap vao lien ket", "คลิกลิงก์ด้านล่าง", "روی لینک زیر کلیک"),
    *("只需一次", "한 번만", "مرة واحدة فقط"),
)
