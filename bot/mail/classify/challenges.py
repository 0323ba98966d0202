"""Rule 0: challenge/response ("confirm you are human before my mailbox takes your mail").

Services in the manner of Boxbe, Spam Arrest, Bluebottle, Mailblocks, EarthLink's spamBlocker or
TMDA hold a stranger's message and send back a request to prove a person sent it. That request is
no reply (the creator has not read anything) and no bounce (the address works, the message waits):
it is its own kind, and it is read before the bounce and auto-reply rules, because such requests
often carry their markers (`Auto-Submitted`, `Precedence: junk`, the held message's address).

What decides, strongest first: the sender is a challenge service; TMDA's confirmation request
(its agent header with its confirm address or Message-ID); a subject in the services' own words;
the sender's own text asking to prove they are a person ("confirm you are human", "que es una
persona", "dass Sie ein Mensch sind"…); else two kinds of evidence together among a held message,
a sender whitelist and a confirmation step. A person's words that merely mention such a request
(quoted, or "they asked you to confirm…") never count, nor do delivery reports.
"""

import re
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses

from bot.mail.classify import challenge_words
from bot.mail.classify.classification import Classification
from bot.mail.classify.reading import Mail, any_phrase, attempt, fold, headers

# --- senders and headers ------------------------------------------------------------------------

# Domains that only send challenges to strangers (their users' own mail comes from elsewhere).
_SERVICE_DOMAINS = ("boxbe.com", "spamarrest.com", "bluebottle.com", "mailblocks.com")
# Local parts of challenge senders: EarthLink's spamBlocker, TMDA's confirm addresses
# (`name-confirm-<timestamp>.<pid>.<hmac>@host`).
_SERVICE_LOCAL = re.compile(r"^(?:spamblocker-challenge|[\w.+]*-confirm-\d+\.\d+\.[0-9a-f]+)$")


def _addresses(mail: Mail, name: str) -> list[str]:
    pairs = attempt(getaddresses, [], headers(mail.message, name))
    return [address.lower() for _, address in pairs if "@" in address]


def _service(mail: Mail) -> str | None:
    """The challenge service a sender or Reply-To address belongs to."""
    for address in (*_addresses(mail, "From"), *_addresses(mail, "Reply-To")):
        local, _, domain = address.rpartition("@")
        for service in _SERVICE_DOMAINS:
            if domain == service or domain.endswith(f".{service}"):
                return service
        if _SERVICE_LOCAL.match(local):
            return "TMDA confirm address" if "-confirm-" in local else local
    return None


def _tmda(mail: Mail) -> bool:
    """TMDA's confirmation request. `X-Delivery-Agent: TMDA` alone is on all its users' own mail
    (and on the messages it releases): the request also has a `.TMDA@` Message-ID."""
    agent = fold(mail.header("X-Delivery-Agent") or "")
    return agent.startswith("tmda") and ".tmda@" in fold(mail.header("Message-ID") or "")


# --- words --------------------------------------------------------------------------------------

# Asking the reader to prove they are a person: strong enough alone, in the subject or own text.
_PERSON = re.compile(
    r"(?:"
    # en: confirm / verify / prove (that) you are (a) human, a (real) person, not a robot
    r"\b(?:confirm|verify|prove|show)(?:ing)?\s+(?:that\s+)?(?:you\s*(?:are|'re)|you\s+re)"
    r"\s+(?:a\s+)?(?:real\s+|live\s+)?(?:human(?:\s+being)?|person|not\s+a\s+(?:ro)?bot"
    r"|not\s+a\s+(?:spammer|machine|computer))\b"
    r"|\bare\s+you\s+(?:a\s+)?(?:real\s+)?(?:human|person|robot)\s*\?"
    # es: confirme / verifique / demuestre que (usted) es (una persona | humano), no es un robot
    r"|\b(?:confirm|verifiqu|verific|demuestr|comprueb)\w*\s+que\s+(?:usted\s+|tu\s+)?"
    r"(?:es|eres|no\s+es|no\s+eres)\s+(?:una?\s+)?(?:persona|humano|humana|ser\s+humano|robot)\b"
    # pt: confirme / verifique / comprove que (você) é humano, uma pessoa, não é um robô
    r"|\b(?:confirm|verifiqu|verific|comprov)\w*\s+que\s+(?:voce\s+|vc\s+)?(?:e|nao\s+e)"
    r"\s+(?:uma?\s+)?(?:humano|humana|pessoa|ser\s+humano|robo)\b"
    # fr: confirmer / vérifier / prouver que vous êtes (un) humain, une personne, pas un robot
    r"|\b(?:confirm|verifi|prouv)\w*\s+que\s+vous\s+(?:etes|n'etes\s+pas)\s+(?:une?\s+)?"
    r"(?:humain|humaine|etre\s+humain|personne|robot)\b"
    # de: bestätigen Sie (einmalig), dass Sie ein Mensch / kein Roboter sind
    r"|\bdass\s+sie\s+(?:wirklich\s+)?(?:ein\s+mensch|eine\s+reale\s+person|kein\s+(?:ro)?bot\w*)"
    r"\s+sind\b"
    # it, nl
    r"|\b(?:conferm|verific)\w*\s+che\s+(?:sei|e|lei\s+e)\s+(?:un\s+)?(?:essere\s+umano|persona)\b"
    r"|\bbevestig\w*\s+dat\s+(?:u|je)\s+(?:een\s+mens|geen\s+robot)\b"
    # ru, uk, pl: подтвердите, что вы человек / не робот; підтвердіть, що ви людина; potwierdź,
    # że jesteś człowiekiem ("я знаю, что вы человек занятой" asks nothing)
    r"|\bподтверд\w*\s*,?\s+что\s+вы\s+(?:не\s+робот|человек|живои\s+человек)\b"
    r"|\bпідтверд\w*\s*,?\s+що\s+ви\s+(?:не\s+робот|людина|жива\s+людина)\b"
    r"|\bpotwierdz\w*\s*,?\s+ze\s+(?:jestes|pan\s+jest|pani\s+jest)\s+(?:człowiekiem|osoba)\b"
    r")"
)
# Words just before a match that report someone else's request: "they asked you to confirm
# you are human", a quotation mark ("please confirm you are human").
_REPORTED = re.compile(
    r"(?:\b(?:ask|asks|asked|asking|tell|tells|told|want|wants|wanted|request|requested|make|made"
    r"|got|get|sent|send|received|receive)\s+(?:you|me|us|them|him|her)?\s*(?:to\s+)?"
    r"|[\"'«“”„‹]\s*(?:please\s+|kindly\s+|por\s+favor,?\s+|bitte\s+|merci\s+de\s+)?)$"
)
_SUBJECTS = any_phrase(
    (
        *("please confirm your message", "confirm your message", "verify your message"),
        *("verify your email to reach", "confirm your email to reach", "sender verification"),
        *("anti-spam verification", "antispam verification", "spam verification"),
        *("challenge/response", "challenge-response", "your message is awaiting verification"),
        *("solicitud de verificacion", "verificacion de remitente", "confirme su mensaje"),
        *("confirma tu mensaje", "verificacao anti-spam", "verificacao de remetente"),
        *("confirme sua mensagem", "confirme a sua mensagem", "verification de l'expediteur"),
        *("verification anti-spam", "confirmez votre message", "absenderprufung"),
        *("absenderverifizierung", "bestatigen sie ihre nachricht", "bestatigen sie ihre e-mail"),
        *("conferma il tuo indirizzo", "conferma il tuo messaggio", "verifica del mittente"),
        *("bevestig uw bericht", "bevestig je bericht", "afzenderverificatie"),
        *("potwierdz swoja wiadomosc", "weryfikacja nadawcy", "potwierdź wysłanie wiadomości"),
        # "подтвердите отправку образца" (of the sample) is business: only of a letter counts
        *("подтвердите отправку письма", "подтвердите отправку сообщения"),
        *("подтвердите ваше письмо", "подтвердите свое письмо", "проверка отправителя"),
        *("подтверждение отправителя", "підтвердіть надсилання листа", "підтвердіть ваш лист"),
        *("перевірка відправника",),
        # ja, tr
        *("送信者確認", "送信者の確認", "送信元確認", "送信確認のお願い", "メール送信者の認証"),
        *("gonderen dogrulamasi", "gonderici dogrulamasi", "mesajinizi onaylayin"),
        *("e-postanizi dogrulayin", "iletinizi onaylayin"),
        *challenge_words.SUBJECTS,
    )
)
# The same request in words `_PERSON` does not spell, matched folded like phrases.
_PERSON_WORDS = any_phrase(
    (
        *("人間であることを確認", "人であることを確認", "ロボットではないことを確認"),
        *("ご本人であることを確認", "スパムではないことを確認"),
        *("insan oldugunuzu dogrulayin", "insan oldugunuzu dogrulamak", "robot olmadiginizi"),
        *("insan oldugunuzu onaylayin", "gercek bir kisi oldugunuzu"),
        *challenge_words.PERSON,
    )
)
_HELD_WORDS = any_phrase(
    (
        *("メールは保留", "保留されています", "一時的に保留", "確認後に配信", "確認後、配信"),
        *("mesajiniz beklemede", "mesajiniz bekletiliyor", "iletiniz beklemede"),
        *("onayladiktan sonra teslim", "onayinizdan sonra iletilecek"),
        *challenge_words.HELD,
    )
)
_STEP_WORDS = any_phrase(
    (
        *(
            "以下のリンクをクリック",
            "下記のリンクをクリック",
            "下記urlをクリック",
            "以下のurlをクリック",
        ),
        *("一度だけ", "初回のみ", "asagidaki baglantiya tiklayin", "asagidaki linke tiklayin"),
        *("yalnizca bir kez", "sadece bir kez"),
        *challenge_words.STEP,
    )
)
# A tag a filter appends to the original subject: "Re: … [SpamLock verification required]".
_SUBJECT_TAG = re.compile(
    r"[\[(](?=[^\])]{0,60}(?:verif|confirm|challenge))"
    r"(?=[^\])]{0,60}(?:required|needed|requise|necessaria|erforderlich|spam|sender|remitente"
    r"|remetente|expediteur|absender|challenge|human|humano|humain))[^\])]{0,60}[\])]"
)
# The three kinds of evidence that count when two meet.
_HELD = re.compile(
    r"(?:"
    r"\byour\s+(?:e-?mail|message)\s+(?:to\s+\S+\s+)?(?:is|has\s+been|was)\s+(?:being\s+)?"
    r"(?:on\s+hold|held|pending|waiting|quarantined|waiting\s+in|awaiting)\b"
    r"|\b(?:holding|we\s+are\s+holding|we've\s+held)\s+your\s+(?:e-?mail|message)\b"
    r"|\b(?:your\s+|the\s+)?(?:original\s+)?message\s+will\s+be\s+delivered\s+(?:as\s+soon\s+as"
    r"|once|when|after)\b"
    r"|\bunconfirmed\s+(?:messages|e-?mails)\s+(?:are|will\s+be)\s+deleted\b"
    r"|\b(?:su|tu)\s+(?:mensaje|correo)\s+(?:para\s+\S+\s+)?(?:esta|ha\s+sido|fue)\s+"
    r"(?:retenido|en\s+espera|pendiente)\b"
    r"|\b(?:sua|a\s+sua)\s+mensagem\s+(?:para\s+\S+\s+)?(?:esta|foi)\s+(?:retida|em\s+espera"
    r"|pendente)\b|\bsua\s+mensagem\s+sera\s+entregue\b"
    r"|\bvotre\s+(?:message|e-?mail|courriel)\s+(?:a\s+\S+\s+)?(?:est|a\s+ete)\s+"
    r"(?:en\s+attente|retenu|bloque)\b|\bvotre\s+message\s+sera\s+(?:remis|livre|distribue)\b"
    r"|\bihre\s+(?:e-?mail|nachricht)\s+(?:an\s+\S+\s+)?(?:wurde|ist)\s+(?:zuruckgehalten"
    r"|angehalten|in\s+warteschlange)\b|\bihre\s+nachricht\s+wird\s+(?:erst\s+)?zugestellt\b"
    r"|\b(?:il\s+)?tuo\s+messaggio\s+(?:verra|sara)\s+consegnato\b"
    r"|\buw\s+bericht\s+wordt\s+(?:pas\s+)?(?:bezorgd|afgeleverd)\b"
    r"|\bваше\s+(?:письмо|сообщение)\b[^.]{0,80}?\b(?:будет|было)\s+доставлен"
    r"|\bваше\s+(?:письмо|сообщение)\s+(?:ожидает|задержано|удерживается)\b"
    r"|\bваш\s+лист\b[^.]{0,80}?\bбуде\s+доставлен"
    r"|\btwoja\s+wiadomosc\s+(?:zostanie\s+dostarczona|czeka|została\s+wstrzymana)\b"
    r")"
)
_WHITELIST = any_phrase(
    (
        *("approved senders", "approved sender list", "approved sender", "allowed senders"),
        *("whitelist", "white list", "guest list", "trusted senders", "verified senders"),
        *("to cut down on spam", "to reduce spam", "to avoid spam", "protecting myself from junk"),
        *("protect my inbox", "keep my inbox clean", "keep her inbox clean"),
        *("keep his inbox clean", "keep their inbox clean"),
        *("remitentes aprobados", "remitentes autorizados", "lista blanca", "para evitar spam"),
        *("para evitar el spam", "remetentes aprovados", "remetentes autorizados"),
        *("lista de remetentes", "lista branca", "expediteurs approuves", "expediteurs autorises"),
        *("liste blanche", "pour eviter les spams", "pour eviter le spam", "genehmigte absender"),
        *("zugelassene absender", "um spam zu vermeiden", "spamschutz"),
        *("mittenti verificati", "mittenti autorizzati", "mittenti approvati", "lista bianca"),
        *("per proteggersi dallo spam", "per evitare lo spam", "goedgekeurde afzenders"),
        *("geverifieerde afzenders", "om spam te voorkomen", "zatwierdzonych nadawcow"),
        *("для защиты от спама", "защиты от спама", "белый список", "разрешенных отправителей"),
        *("для захисту від спаму", "білий список", "ochrony przed spamem", "biała lista"),
        *("迷惑メール対策", "承認済みの送信者", "許可された送信者", "ホワイトリスト"),
        *("spam korumasi", "onayli gondericiler", "beyaz liste", "istenmeyen e-postalara karsi"),
    )
)
_STEP = re.compile(
    r"(?:"
    r"\bclick\s+(?:on\s+)?(?:the\s+|this\s+)?(?:link|button)\s+(?:below\s+)?to\s+"
    r"(?:verify|confirm|complete|be\s+added|approve|deliver|release|prove)\b"
    r"|\b(?:complete|finish)\s+the\s+verification\b|\bverification\s+process\b"
    r"|\breply\s+to\s+this\s+(?:message|e-?mail)\s+(?:with|without|to\s+(?:confirm|verify))\b"
    r"|\btype\s+the\s+(?:word|code|characters|letters)\b|\bcaptcha\b"
    r"|\byou\s+(?:only\s+)?(?:need|have)\s+to\s+do\s+this\s+(?:only\s+)?once\b"
    r"|\b(?:respondiendo|responda|responde)\s+a\s+este\s+(?:mensaje|correo)\b"
    r"|\brespond\w*\s+(?:a\s+)?esta\s+mensagem\b|\brepondez\s+a\s+ce\s+(?:message|courriel)\b"
    r"|\bantworten\s+sie\s+auf\s+diese\s+(?:nachricht|e-?mail)\b"
    r"|\bhaga\s+clic\s+en\s+el\s+enlace\b|\bclique\s+no\s+link\b|\bcliquez\s+sur\s+le\s+lien\b"
    r"|\bklicken\s+sie\s+auf\s+(?:den|diesen)\s+link\b|\bsolo\s+una\s+vez\b|\bapenas\s+uma\s+vez\b"
    r"|\bune\s+seule\s+fois\b|\beinmalig\b"
    r"|\brispondi\s+a\s+questa\s+(?:e-?mail|messaggio)\b|\bclicca\s+sul\s+link\b"
    r"|\buna\s+sola\s+volta\b|\bklik\s+op\s+de\s+link\b|\bbeantwoord\s+dit\s+bericht\b"
    r"|\bподтверди\w*\s+(?:отправку|письмо)\b[^.]{0,40}?\bпо\s+ссылке\b"
    r"|\b(?:нужно|необходимо)\s+(?:сделать\s+)?только\s+один\s+раз\b"
    r"|\bпідтверд\w*\s+[^.]{0,40}?\bза\s+посиланням\b|\bлише\s+один\s+раз\b"
    r"|\bkliknij\s+w\s+(?:link|ponizszy\s+link)\b|\btylko\s+raz\b"
    r")"
)


def _person(text: str) -> str | None:
    """The first request to prove one is a person that is not reported speech."""
    for found in _PERSON.finditer(text):
        if not _REPORTED.search(text[max(0, found.start() - 40) : found.start()]):
            return found.group()
    return None


def _words(mail: Mail) -> str | None:
    """The reason the subject or the sender's own text gives, if any."""
    subject = " ".join(fold(mail.subject).split())
    text = " ".join(fold(mail.own_text).split())
    if found := _SUBJECTS.search(subject):
        return f"Subject: {found.group()!r}"
    if found := _SUBJECT_TAG.search(subject):
        return f"Subject: {found.group()!r}"
    for where, words in (("Subject", subject), ("text", text)):
        if said := _person(words):
            return f"{where}: {said!r}"
        if found := _PERSON_WORDS.search(words):
            return f"{where}: {found.group()!r}"
    both = f"{subject}\n{text}"
    kinds = [name for name, rules in _EVIDENCE if any(rule.search(both) for rule in rules)]
    if len(kinds) >= 2:
        return f"text: {' + '.join(kinds)}"
    return None


_EVIDENCE: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = (
    ("held message", (_HELD, _HELD_WORDS)),
    ("sender whitelist", (_WHITELIST,)),
    ("confirmation step", (_STEP, _STEP_WORDS)),
)


def _decoded(value: str) -> str:
    """A header as text when the sync parsed it raw: RFC 2047 words ("=?utf-8?b?…?=") decoded,
    so that a subject in Russian or German is read, not its encoding."""
    if "=?" not in value:
        return value
    return attempt(lambda: str(make_header(decode_header(value))), value)


def may_be_challenge(message: Message) -> bool:
    """Whether a stranger's headers may carry a challenge sent for someone else's mailbox: a
    service's sender or Reply-To, a TMDA request, or a subject in the services' words. Cheap, so
    that the sync fetches a body start only for these (it looks there for whose mailbox)."""
    mail = Mail(message)
    subject = " ".join(fold(_decoded(mail.subject)).split())
    return bool(
        _service(mail) or _tmda(mail) or _SUBJECTS.search(subject) or _SUBJECT_TAG.search(subject)
    )


def challenge(mail: Mail) -> Classification | None:
    """Rule 0. A delivery report or a `X-Failed-Recipients` notice is never a challenge."""
    if mail.is_dsn or mail.has("X-Failed-Recipients"):
        return None
    if service := _service(mail):
        reason = f"challenge/response sender ({service})"
    elif _tmda(mail):
        reason = "TMDA confirmation request"
    elif words := _words(mail):
        reason = f"challenge/response {words}"
    else:
        return None
    return Classification("challenge", reason[:200])
