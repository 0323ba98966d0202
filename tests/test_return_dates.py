"""Return dates in more languages, ambiguous numeric dates and "until … back on …" (DESIGN §5).

Hand-written examples of each case the mail corpus (`tests/mail_corpus/`) scores, in other words.
"""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.mail.classify.return_dates import pause_until, return_date

RECEIVED = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # a Tuesday

OTHER_LANGUAGES = [
    # Arabic
    ("أنا في إجازة حتى 15 ديسمبر، وسأرد عند عودتي.", date(2026, 12, 15)),
    ("سأعود في 3 يناير", date(2027, 1, 3)),
    # Czech: genitive and nominative month names, "8. 12." with a space
    ("Jsem na dovolené do 15. prosince.", date(2026, 12, 15)),
    ("Do 11. 12. nejsem v kanceláři.", date(2026, 12, 11)),
    ("Mimo kancelář do 4. 1. 2027.", date(2027, 1, 4)),
    # Polish
    ("Jestem na urlopie do 16 grudnia.", date(2026, 12, 16)),
    ("Wracam 4 stycznia, do tego czasu proszę pisać do biura.", date(2027, 1, 4)),
    # Ukrainian and Russian
    ("Я у відпустці до 18 грудня.", date(2026, 12, 18)),
    ("Повернуся 5 січня.", date(2027, 1, 5)),
    ("Я в командировке до 17.12, отвечу позже.", date(2026, 12, 17)),
    ("Буду в отпуске до 20 декабря.", date(2026, 12, 20)),
    ("Вернусь 11 янв.", date(2027, 1, 11)),
    # Turkish: the keyword follows the date, a suffix after the month
    ("16 Aralık'a kadar yıllık izindeyim.", date(2026, 12, 16)),
    ("19.12.2026 tarihine kadar ofiste değilim.", date(2026, 12, 19)),
    ("4 Ocak'ta döneceğim.", date(2027, 1, 4)),
    # Lithuanian: month before the day
    ("Atostogauju iki gruodžio 21 d.", date(2026, 12, 21)),
    ("Grįšiu sausio 7 d.", date(2027, 1, 7)),
    # Thai: wide and abbreviated month names, a Buddhist-era year
    ("ลาพักร้อนถึงวันที่ 18 ธันวาคม", date(2026, 12, 18)),
    ("จะกลับมาวันที่ 12 ธ.ค. ค่ะ", date(2026, 12, 12)),
    ("ไม่อยู่ที่สำนักงานจนถึง 5 มกราคม 2570", date(2027, 1, 5)),
    # January and March abbreviations fold alike ("ม.ค." and "มี.ค."): both still read
    ("จะกลับมาวันที่ 6 ม.ค.", date(2027, 1, 6)),
    ("จะกลับมาวันที่ 6 มี.ค.", date(2027, 3, 6)),
]

OTHER_LANGUAGES += [
    # Persian: Solar Hijri dates, with and without a year, and as 1405/09/25
    ("من تا ۱۵ دی ۱۴۰۵ در مرخصی هستم.", date(2027, 1, 5)),
    ("در مرخصی هستم تا ۲۰ آذر.", date(2026, 12, 11)),
    ("از ۱۴۰۵/۰۹/۲۵ برمی‌گردم.", date(2026, 12, 16)),
    ("تا ۱۰ فروردین در تعطیلات نوروزی هستم.", date(2027, 3, 30)),
    # Hindi, Malay, Swahili, Latvian: CLDR month names and the dative "decembrim"
    ("मैं 15 दिसंबर तक छुट्टी पर हूँ।", date(2026, 12, 15)),
    ("Saya sedang bercuti sehingga 14 Disember 2026.", date(2026, 12, 14)),
    ("Niko likizo hadi tarehe 10 Desemba 2026.", date(2026, 12, 10)),
    ("Esmu atvaļinājumā līdz 14. decembrim.", date(2026, 12, 14)),
    ("Είμαι εκτός γραφείου έως τις 10 Δεκεμβρίου.", date(2026, 12, 10)),
    # a weekday alone: the next such day after the day received
    ("I'm currently on annual leave, back on Tuesday.", date(2026, 12, 8)),
    ("मैं सोमवार को वापस आऊँगा।", date(2026, 12, 7)),
    ("Saya akan kembali bertugas pada hari Isnin.", date(2026, 12, 7)),
    ("Θα επιστρέψω την Πέμπτη.", date(2026, 12, 3)),
    ("Wracam w piątek.", date(2026, 12, 4)),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_LANGUAGES)
def test_return_dates_in_other_languages(text: str, expected: date) -> None:
    assert return_date(text, received=RECEIVED) == expected


NOT_DATES = [
    "Postup: 1. 2. 3. kroky najdete v příloze.",  # a numbered list, not 1 February
    "Rezervace pro 5 lidí je potvrzena.",  # Czech "pro" (for), not the abbreviation of December
    "Toplantı ara 5 dakika sürdü.",  # Turkish "ara" (break), not the abbreviation of December
    "Вернусь после праздников.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_words_like_month_abbreviations_are_not_dates(text: str) -> None:
    assert return_date(text, received=RECEIVED) is None


def test_a_numeric_date_reads_the_way_that_is_due_soon() -> None:
    june = datetime(2011, 6, 27, 8, tzinfo=UTC)
    # month first, 6 May 2011, has passed: only the day-first reading (6 July) is ahead
    assert return_date("I'm away until 06/07/2011.", received=june) == date(2011, 7, 6)
    # either way round, only one reading is after the day received
    assert return_date("Away until 09/12/2026.", received=RECEIVED) == date(2026, 12, 9)
    assert return_date("Away until 12/09/2026.", received=RECEIVED) == date(2026, 12, 9)
    # without a year: 3 Jan is a month away, 1 March three months, so 03/01 is 3 January
    assert return_date("back 03/01", received=RECEIVED, day_first=False) == date(2027, 1, 3)


def test_day_first_settles_a_numeric_date_due_soon_both_ways() -> None:
    received = datetime(2026, 12, 20, 9, tzinfo=UTC)  # 2 January and 1 February are both near
    assert return_date("back 01/02", received=received, day_first=True) == date(2027, 2, 1)
    assert return_date("back 01/02", received=received, day_first=False) == date(2027, 1, 2)
    # not told: English text reads month first, other languages day first (as before)
    assert return_date("back 01/02", received=received) == date(2027, 1, 2)
    assert return_date("kembali 01/02", received=received) == date(2027, 2, 1)
    # dotted dates are day first whatever the sender's order
    assert return_date("zurück am 01.02.", received=received, day_first=False) == date(2027, 2, 1)


def test_pause_until_passes_day_first_on() -> None:
    received = datetime(2026, 12, 20, 9, tzinfo=UTC)
    tz = ZoneInfo("Europe/London")
    resume = pause_until("Back 01/02/2027.", received=received, tz=tz, day_first=True)
    assert resume == datetime(2027, 1, 19, 9, tzinfo=UTC)  # 1 Feb is beyond the 30-day cap
    resume = pause_until("Back 01/02/2027.", received=received, tz=tz, day_first=False)
    assert resume == datetime(2027, 1, 2, tzinfo=UTC)


UNTIL_AND_BACK = [
    ("Away until Friday 11 December, back in the office on 14 December.", date(2026, 12, 14)),
    ("Ich bin bis 18.12. im Urlaub und ab dem 21.12.2026 wieder im Büro.", date(2026, 12, 21)),
    ("De vacaciones hasta el 11 de diciembre. Vuelvo el 14 de diciembre.", date(2026, 12, 14)),
    ("Saya cuti sampai 10 Desember dan kembali masuk tanggal 11 Desember.", date(2026, 12, 11)),
    ("Jestem na urlopie do 10 grudnia, wracam 11 grudnia.", date(2026, 12, 11)),
    # the day back wins even when it is named first
    ("Back on 14 December; until then please write to Sam.", date(2026, 12, 14)),
]


@pytest.mark.parametrize(("text", "expected"), UNTIL_AND_BACK)
def test_the_day_back_wins_over_the_last_day_away(text: str, expected: date) -> None:
    assert return_date(text, received=RECEIVED) == expected


def test_japanese_until_and_from() -> None:
    text = "12月18日まで不在にしております。12月21日以降にご連絡いたします。"
    assert return_date(text, received=RECEIVED) == date(2026, 12, 21)
    # only the last day away named: that date, as "until 18 December" reads (corpus README)
    assert return_date("12月18日まで不在です。", received=RECEIVED) == date(2026, 12, 18)


def test_earlier_forms_still_read() -> None:
    december = datetime(2026, 12, 29, 10, tzinfo=UTC)
    assert return_date("Off until the new year, returning 4th Jan.", received=december) == date(
        2027, 1, 4
    )
    thursday = datetime(2026, 12, 3, 16, tzinfo=UTC)
    assert return_date("At a workshop, back on Tuesday.", received=thursday) == date(2026, 12, 8)
    text = "On leave from the 2nd to the 16th of December."
    assert return_date(text, received=RECEIVED) == date(2026, 12, 16)


MORE_LANGUAGES = [
    # an explicit day back ("ab") beats an "until … inclusive" date
    ("Ich bin bis einschließlich 19.03. nicht im Büro, ab 22.03. wieder erreichbar.", "2027-03-22"),
    # Greek genitive month name, from CLDR
    ("Είμαι εκτός γραφείου έως τις 18 Μαρτίου.", "2027-03-18"),
    ("Olen lomalla 15.3.–26.3.2027.", "2027-03-26"),
    ("Jag är ledig till och med 19 mars.", "2027-03-19"),
    ("Esmu atvaļinājumā līdz 18.03.2027. Atgriezīšos 19.03.2027.", "2027-03-19"),
    ("Szabadságon vagyok, március 20-ig.", "2027-03-20"),
    ("Sunt în concediu până la 19 martie.", "2027-03-19"),
    ("Olen puhkusel kuni 17.03.2027.", "2027-03-17"),
    ("В отпуск съм до 16 март.", "2027-03-16"),
]


@pytest.mark.parametrize(("text", "expected"), MORE_LANGUAGES)
def test_return_dates_in_more_languages(text: str, expected: str) -> None:
    march = datetime(2027, 3, 8, 9, tzinfo=UTC)
    assert return_date(text, received=march) == date.fromisoformat(expected)


DAY_BACK_AFTER_UNTIL = [
    # the day back in words no keyword knows, a later date right after the last day away
    ("Off until Friday 11 December; answering mail from the 14th of December.", "2026-12-14"),
    ("Na službenom sam putu do 09.12. U uredu opet 10.12.2026.", "2026-12-10"),
    ("Отсъствам до 11 декември включително, на работа съм от 14 декември.", "2026-12-14"),
    ("Jestem nieobecna do 10 grudnia włącznie, dostępna od czwartku 17 grudnia.", "2026-12-17"),
    ("15 Aralık'a kadar seyahatteyim, 16 Aralık Çarşamba ofisteyim.", "2026-12-16"),
    ("Olen koolitusel kuni 9.12.2026, kontoris taas 10. detsember.", "2026-12-10"),
    # a year-end closure with years in 年月日 and the day back in a sentence of its own
    ("2026年12月26日（土）から2027年1月5日（火）まで休業いたします。1月6日（水）より営業します。",
     "2027-01-06"),
    # only the last day away: that day, even with another date far later or before it
    ("Away until 11 December. The spring campaign launches on 15 January.", "2026-12-11"),
    ("The film is out on 30 December; I am away until 11 December.", "2026-12-11"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DAY_BACK_AFTER_UNTIL)
def test_a_later_date_right_after_the_last_day_away_is_the_day_back(
    text: str, expected: str
) -> None:
    assert return_date(text, received=RECEIVED) == date.fromisoformat(expected)


def test_digits_of_other_scripts_read_as_digits() -> None:
    assert return_date("سأعود يوم ٣ يناير ٢٠٢٧", received=RECEIVED) == date(2027, 1, 3)
    assert return_date("في إجازة حتى ١٠/١٢/٢٠٢٦", received=RECEIVED) == date(2026, 12, 10)
    assert return_date("जल्दी: until १४/१२/२०२६", received=RECEIVED) == date(2026, 12, 14)


def test_hebrew_and_arabic_prefixes_on_months_weekdays_and_keywords() -> None:
    text = "אני בכנס עד 10 בדצמבר ואשוב למשרד ב-14 בדצמבר."
    assert return_date(text, received=RECEIVED) == date(2026, 12, 14)
    assert return_date("אחזור ביום רביעי.", received=RECEIVED) == date(2026, 12, 2)
    assert return_date("في مؤتمر وحتى 9 ديسمبر.", received=RECEIVED) == date(2026, 12, 9)
    # the same letters starting an ordinary word are left alone: no date, no weekday
    assert return_date("אני בבית עם הילדים.", received=RECEIVED) is None


WEEKDAYS = [
    # CLDR weekday names after a keyword: the next such day after the day received (a Tuesday)
    ("Jeg er tilbage på torsdag.", "2026-12-03"),
    ("Jeg er tilbake på mandag.", "2026-12-07"),
    ("Vraćam se u ponedjeljak.", "2026-12-07"),
    ("Cuma döneceğim.", "2026-12-04"),
    ("Revin marți.", "2026-12-08"),
    ("Kembali hari Jumat.", "2026-12-04"),
    ("我周四回来。", "2026-12-03"),
    # after the end of the time away written before it
    ("Sunt plecat 7–11 decembrie. Revin luni.", "2026-12-14"),
    ("Jeg har ferie til og med 18. december og er tilbage på mandag.", "2026-12-21"),
    # a date the weekday only names is read as the date
    ("Back on Monday, 14 December.", "2026-12-14"),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAYS)
def test_a_weekday_after_a_keyword_is_the_next_such_day(text: str, expected: str) -> None:
    assert return_date(text, received=RECEIVED) == date.fromisoformat(expected)


def test_estonian_month_names_in_a_case() -> None:
    march = datetime(2027, 3, 8, 9, tzinfo=UTC)
    text = "Olen koolitusel 19. märtsini. Kontoris olen alates 22. märtsist."
    assert return_date(text, received=march) == date(2027, 3, 22)
    assert return_date("Puhkusel kuni 12. aprillini.", received=march) == date(2027, 4, 12)
    # "mail" is no case of "mai" (May)
    assert return_date("Loen maili 2 korda päevas.", received=march) is None


ACCUSATIVE_WEEKDAYS = [
    ("Вернусь в среду.", "2026-12-02"),
    ("Повернуся в п'ятницю.", "2026-12-04"),
    ("Wracam w środę.", "2026-12-02"),
    ("Vrátím se ve středu.", "2026-12-02"),
    ("Vratit ću se u subotu.", "2026-12-05"),
    ("Vrnem se v sredo.", "2026-12-02"),
]


@pytest.mark.parametrize(("text", "expected"), ACCUSATIVE_WEEKDAYS)
def test_a_weekday_in_the_accusative_after_back_is_read(text: str, expected: str) -> None:
    assert return_date(text, received=RECEIVED) == date.fromisoformat(expected)
