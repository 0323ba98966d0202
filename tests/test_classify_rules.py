"""Automatic mail that carries no automatic header, and bounces that are no RFC 3464 report;
each rule beside the human replies it must leave alone."""

from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest

from bot.mail.classify import classify

OURS = "<reminder-9@acme.example>"


def mail(
    subject: str,
    body: str,
    *,
    sender: str = "Lena Petrova <lena@lenacooks.example>",
    threaded: bool = False,
    **extra: str,
) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"] = sender, "Acme <team@acme.example>"
    message["Subject"] = subject
    message["Date"] = "Wed, 02 Dec 2026 09:15:00 +0000"
    message["Message-ID"] = "<m1@lenacooks.example>"
    if threaded:
        message["In-Reply-To"], message["References"] = OURS, OURS
    for name, value in extra.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    parsed = message_from_bytes(message.as_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Re: Quick check-in", "I am currently out of the office until 9 December."),
        ("RE: Collab", "Я в отпуске до 14.12, отвечу после возвращения."),
        ("Re: Collab", "您好，我在出差，12月7日回来后回复您。"),
        ("Re: Collab", "Halo, saya sedang cuti dan akan kembali 7/12."),
        ("Re: Collab", "Sveiki, šiuo metu atostogauju iki gruodžio 13 d."),
        ("Re: Collab", "This mailbox is no longer monitored. Please write to my new address."),
    ],
)
def test_an_unthreaded_answer_that_opens_like_a_responder_is_automatic(
    subject: str, body: str
) -> None:
    assert classify(mail(subject, body)).kind == "auto_reply"


@pytest.mark.parametrize(
    ("subject", "body", "threaded"),
    [
        # A person's Reply always threads: whatever they say of their holidays, it is a reply.
        ("Re: Quick check-in", "I am currently out of the office, but yes: Friday works!", True),
        ("Re: Collab", "Я в отпуске до 14.12, но видео будет готово в пятницу.", True),
        ("Re: Collab", "I was out of office last week, sorry! Draft attached.", True),
        # A new message, not an answer, saying they will travel.
        ("Shoot next week", "I am travelling on Monday, can we move the shoot to Friday?", False),
        ("Video draft", "I am away this weekend, so here is the draft already.", False),
    ],
)
def test_a_person_who_mentions_being_away_is_still_a_person(
    subject: str, body: str, threaded: bool
) -> None:
    assert classify(mail(subject, body, threaded=threaded)).kind == "human"


def test_a_responder_label_answered_is_automatic_but_a_topic_answered_is_not() -> None:
    assert classify(mail("RE: Abwesenheitsnotiz", "Ich bin bis 14.12. nicht im Büro.")).kind == (
        "auto_reply"
    )
    for subject in ("Re: Out of Office series - episode 3", "Re: Absent Friends podcast"):
        assert classify(mail(subject, "Sounds good, see you Friday!", threaded=True)).kind == (
            "human"
        )


def test_a_carrier_notice_from_post_master_is_a_bounce_naming_the_address_in_its_text() -> None:
    found = classify(
        mail(
            "メール送信エラー",
            "お客様が送信されたメールは、宛先不明のため配信できませんでした。\n\n"
            "宛先: hanako-old@carrier-mobile.example\n",
            sender="post_master@carrier-mobile.example",
        )
    )
    assert (found.kind, found.bounce_hard) == ("bounce", True)
    assert found.bounced_addresses == ("hanako-old@carrier-mobile.example",)


@pytest.mark.parametrize(
    ("sender", "subject", "hard"),
    [
        ("listserv@groups.brand.example", "Rejected: you are not a member of this list", True),
        ("creators-owner@lists.brand.example", "Your message awaits moderator approval", False),
    ],
)  # fmt: skip
def test_a_list_server_refusing_or_holding_a_post_is_a_bounce(
    sender: str, subject: str, hard: bool
) -> None:
    found = classify(mail(subject, "Only members may post to creators@lists.brand.example.",
                          sender=sender, Auto_Submitted="auto-replied"))  # fmt: skip
    assert (found.kind, found.bounce_hard) == ("bounce", hard)


def test_a_person_whose_address_looks_like_a_list_owner_is_still_a_person() -> None:
    found = classify(
        mail("Re: Collab", "Happy to be a member of the campaign!", sender="ana-owner@ana.example",
             threaded=True)
    )  # fmt: skip
    assert found.kind == "human"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "extra", "hard", "address"),
    [
        (
            "Administrador del sistema <MAILER-DAEMON@correo.tienda.test>",
            "Notificación de estado de entrega (error)",
            "No se pudo entregar su mensaje a:\n\n    marta@tienda.test\n",
            {}, True, "marta@tienda.test",
        ),
        (
            "Servidor <nao-responda@mail.loja.test>",
            "Aviso do servidor",
            "Não foi possível entregar sua mensagem para joao@loja.test.\n",
            {"Return_Path": "<>"}, True, "joao@loja.test",
        ),
        (
            "Mail Delivery System <mailer_daemon@mx.slow.test>",
            "Warning: message still in queue",
            "Your message to kim@slow.test has been delayed. We will retry for 4 days.\n",
            {}, False, "kim@slow.test",
        ),
    ],
)  # fmt: skip
def test_a_plain_notice_names_its_failed_address_in_the_text(
    sender: str, subject: str, body: str, extra: dict[str, str], hard: bool, address: str
) -> None:
    found = classify(mail(subject, body, sender=sender, **extra))
    assert (found.kind, found.bounce_hard, found.bounced_addresses) == ("bounce", hard, (address,))


def test_a_person_with_a_null_return_path_header_and_a_failure_story_is_a_person() -> None:
    body = "The upload could not be delivered to the printer, so I'll bring a USB stick."
    assert classify(mail("Re: Collab", body, threaded=True)).kind == "human"


def test_an_italian_challenge_without_headers_is_a_challenge() -> None:
    body = (
        "Gentile mittente,\n\nper proteggersi dallo spam, Paolo accetta solo messaggi da mittenti"
        " verificati. Clicca sul link qui sotto e il tuo messaggio verrà consegnato:\n"
        "https://filtro.paolo.example/ok?id=3\n"
    )
    assert classify(mail("Verifica del mittente", body)).kind == "challenge"
    human = "Ho cliccato sul link della vostra piattaforma: tutto ok, la bozza arriva venerdì."
    assert classify(mail("Re: Collab", human, threaded=True)).kind == "human"


CREATOR_FOOTERS = [
    "Jane\n\nJoin my newsletter: https://janedoe.example/news (unsubscribe any time)",
    "Jane\n--\nManage your preferences or unsubscribe: https://list.janedoe.example/p?u=1",
]


@pytest.mark.parametrize("footer", CREATOR_FOOTERS)
def test_a_creators_fresh_mail_with_a_newsletter_footer_is_a_person(footer: str) -> None:
    """Unthreaded and with an unsubscribe link, as a newsletter would be: from a creator's own
    address it is a person writing; only bulk headers would make it list mail."""
    message = mail("Draft for the spring collab", f"Hi team, the draft is ready!\n\n{footer}")
    assert classify(message).kind == "list"
    assert classify(message, from_creator=True).kind == "human"
    bulk = mail("Spring news", f"News!\n\n{footer}", List_Unsubscribe="<https://x.example/u>")
    assert classify(bulk, from_creator=True).kind == "list"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "hard", "address"),
    [
        ("Listenserver <liste@listen.band.test>", "Nachricht abgelehnt",
         "Ihre Nachricht an tour@listen.band.test wurde nicht verteilt: Sie sind kein Mitglied"
         " dieser Liste.\n", True, "tour@listen.band.test"),
        ("Servidor <listas@listas.agencia.test>", "Rechazo",
         "Su mensaje a la lista (prensa@listas.agencia.test) no se ha distribuido porque no es"
         " miembro de ella.\n", True, "prensa@listas.agencia.test"),
        ("Listes <sympa-bot@listes.studio.test>", "Message en attente",
         "Votre message pour equipe@listes.studio.test est en attente de moderation.\n", False,
         "equipe@listes.studio.test"),
    ],
)  # fmt: skip
def test_a_list_hosts_refusal_with_a_null_path_is_a_bounce_of_the_list(
    sender: str, subject: str, body: str, hard: bool, address: str
) -> None:
    """The list's address bounced, not the creator's: the bounce names the list's address."""
    found = classify(mail(subject, body, sender=sender, Return_Path="<>"))
    assert (found.kind, found.bounce_hard, found.bounced_addresses) == ("bounce", hard, (address,))


def test_a_members_post_passed_on_by_a_list_host_is_a_reply() -> None:
    """A list that rewrites From sends a member's post from its own host, with no automatic mark."""
    body = "Not a member of the jury yet, but count me in for the shoot on Friday."
    found = classify(
        mail("Re: Shoot", body, sender="Crew via Crew <crew@lists.harbor.test>", threaded=True)
    )
    assert found.kind == "human"


def test_a_list_digest_that_says_auto_generated_is_list_mail() -> None:
    digest = mail(
        "[Makers] Weekly digest",
        "Top threads this week: lighting on a budget (12 posts).",
        sender="Makers <digest@community.test>",
        Auto_Submitted="auto-generated",
        List_Id="Makers digest <digest.community.test>",
    )
    assert classify(digest).kind == "list"
    # an out-of-office that says auto-generated and carries no list header stays one
    away = mail("Abwesend", "Ich bin bis 14.12. im Urlaub.", Auto_Submitted="auto-generated")
    assert classify(away).kind == "auto_reply"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Подтвердите отправку сообщения Анне",
         "Анна защищает свой ящик от спама. Перейдите по ссылке, и ваше письмо будет доставлено."),
        ("Re: Коллаборация",
         "Чтобы ваше письмо было доставлено получателю, подтвердите отправку по ссылке ниже."
         " Для защиты от спама Анна принимает почту только от проверенных адресов."),
        ("Re: Співпраця",
         "Щоб ваш лист було доставлено, підтвердіть, що ви людина."),
    ],
)  # fmt: skip
def test_a_challenge_in_russian_or_ukrainian_is_a_challenge(subject: str, body: str) -> None:
    found = classify(mail(subject, body, sender="Фильтр <check@filtr.test>",
                          Reply_To="anna@annafilm.example"))  # fmt: skip
    assert found.kind == "challenge"


def test_a_russian_reply_telling_of_a_challenge_is_a_reply() -> None:
    body = "Сервис попросил подтвердить отправку по ссылке, я подтвердил. Видео будет в пятницу."
    assert classify(mail("Re: Коллаборация", body, threaded=True)).kind == "human"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Automaatvastus: Koostöö", "Olen lähetusel. Vastan kirjadele uuesti esmaspäeval."),
        ("Re: Koostöö", "Tere!\nOlen puhkusel kuni 14.12. Vastan e-kirjadele pärast puhkust.\n\n"
                        "Hi! I am on holiday until 14 December."),
    ],
)  # fmt: skip
def test_an_estonian_out_of_office_without_headers_is_one(subject: str, body: str) -> None:
    found = classify(mail(subject, body, threaded=True))
    assert (found.kind, found.out_of_office) == ("auto_reply", True)


def test_an_estonian_reply_from_a_holiday_is_a_reply() -> None:
    body = "Olen puhkusel, aga vastan kohe: sobib! Mustand on siin: https://drive.example/d/9"
    assert classify(mail("Re: Koostöö", body, threaded=True)).kind == "human"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Подтвердите отправку образца", "Добрый день! Подтвердите отправку образца, пожалуйста."),
        ("Re: Коллаборация", "Я знаю, что вы человек занятой, но ответьте до пятницы."),
    ],
)
def test_russian_words_that_sound_like_a_challenge_are_a_reply(subject: str, body: str) -> None:
    assert classify(mail(subject, body)).kind == "human"


@pytest.mark.parametrize(
    ("subject", "body", "extra"),
    [
        (
            "【送信者確認】配信確認のお願い",
            "lena@lenacooks.example 宛てのメールは迷惑メール対策のため一時的に保留されています。"
            "以下のリンクをクリックして、人間であることを確認してください。",
            {"Auto_Submitted": "auto-replied", "Return_Path": "<>"},
        ),
        (
            "Mesajınız beklemede",
            "lena@lenacooks.example adresine gönderdiğiniz mesaj spam koruması nedeniyle "
            "beklemede. Aşağıdaki bağlantıya tıklayın; bunu yalnızca bir kez yapmanız gerekir.",
            {"Precedence": "junk"},
        ),
    ],
)
def test_japanese_and_turkish_challenges_are_no_bounce_of_the_creator(
    subject: str, body: str, extra: dict[str, str]
) -> None:
    assert classify(mail(subject, body, **extra)).kind == "challenge"


def test_a_group_refusal_from_a_no_reply_mailbox_is_a_bounce() -> None:
    body = "Você não tem permissão para postar no grupo criadores@grupos.example."
    found = classify(mail("Mensagem não entregue", body, sender="nao-responda@grupos.example"))
    assert (found.kind, found.bounce_hard) == ("bounce", True)


def test_a_no_reply_newsletter_about_its_list_and_member_prices_is_no_bounce() -> None:
    body = "Preços para non-member na nossa lista de eventos. Cancelar inscrição: https://x.example"
    found = classify(mail("Novidades", body, sender="nao-responda@news.example"))
    assert found.kind == "list"


@pytest.mark.parametrize(
    "body",
    [
        "Olen puhkusel, aga vastan kohe: sobib! Mustand on siin.",
        "Jestem na urlopie, ale odpowiem szybko: tak, piątek pasuje.",
        "Я в отпуске, но отвечу сразу: да, пятница подходит.",
        "Saya sedang bercuti, tetapi jawapannya ya: Jumaat boleh.",
        "Estic de vacances, però sí: divendres em va bé.",
    ],
)
def test_a_person_answering_from_their_holiday_is_a_person(body: str) -> None:
    assert classify(mail("Re: Koostöö", body, threaded=True)).kind == "human"
