"""The deal form: a modal to add a deal, or to edit one (prefilled)."""

from datetime import date
from typing import Any

from bot.core.locales import country_name, language_name
from bot.core.platforms import platform_name
from bot.core.stages import LABELS, TERMINAL
from bot.core.views import DealView
from bot.slack.blocks.text import truncate

CALLBACK_ID = "deal_form"
CURRENCIES = (
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "KRW",
    "CNY",
    "IDR",
    "VND",
    "THB",
    "PHP",
    "MYR",
    "SGD",
    "INR",
    "BRL",
    "MXN",
    "AUD",
    "CAD",
)
PLATFORM_CHOICES = (
    "youtube",
    "tiktok",
    "instagram",
    "twitch",
    "x",
    "facebook",
    "snapchat",
    "kick",
    "bilibili",
    "xiaohongshu",
)


def _plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text}


def _option(value: str, label: str) -> dict[str, Any]:
    return {"text": _plain(truncate(label, 75)), "value": value}


def _input(
    block_id: str, label: str, element: dict[str, Any], *, optional: bool = True, hint: str = ""
) -> dict[str, Any]:
    block = {
        "type": "input",
        "block_id": block_id,
        "label": _plain(label),
        "optional": optional,
        "element": {"action_id": block_id, **element},
    }
    if hint:
        block["hint"] = _plain(hint)
    return block


def _text(initial: str | None, placeholder: str = "", **extra: Any) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "plain_text_input", **extra}
    if initial:
        element["initial_value"] = initial
    if placeholder:
        element["placeholder"] = _plain(placeholder)
    return element


def _select(choices: list[tuple[str, str]], initial: str | None) -> dict[str, Any]:
    options = [_option(v, label) for v, label in choices]
    element: dict[str, Any] = {"type": "static_select", "options": options}
    chosen = [o for o in options if o["value"] == initial]
    if chosen:
        element["initial_option"] = chosen[0]
    return element


# External selects: Slack asks the bot for options as the person types (a block_suggestion).
COUNTRY_PICK, LANGUAGE_PICK, TIMEZONE_PICK = "country_pick", "language_pick", "timezone_pick"


def _search(action_id: str, placeholder: str, initial: tuple[str, str] | None) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "external_select",
        "action_id": action_id,
        "placeholder": _plain(placeholder),
        "min_query_length": 0,
    }
    if initial is not None:
        element["initial_option"] = _option(*initial)
    return element


def picker_options(choices: list[tuple[str, str]]) -> dict[str, Any]:
    """The answer to a block_suggestion: at most 100 options."""
    return {"options": [_option(value, label) for value, label in choices[:100]]}


def _locale_inputs(deal: DealView | None) -> list[dict[str, Any]]:
    place = deal.locality if deal else None
    country = (place.country, country_name(place.country)) if place and place.country else None
    language = (place.language, language_name(place.language)) if place and place.language else None
    zone = (place.timezone, place.timezone) if place and place.timezone else None
    return [
        _input("country", "Creator's country", _search(COUNTRY_PICK, "Type a country", country)),
        _input(
            "language",
            "Language of their reminders",
            _search(LANGUAGE_PICK, "Type a language", language),
            hint="Empty: the language of their replies, else their country's.",
        ),
        _input(
            "timezone",
            "Their time zone",
            _search(TIMEZONE_PICK, "Type a city or country", zone),
            hint="Reminders are sent in their working hours when it is known.",
        ),
    ]


def _date(initial: date | None) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "datepicker"}
    if initial is not None:
        element["initial_date"] = initial.isoformat()
    return element


def deal_form(
    *, metadata: str, currency: str, owner_id: str, deal: DealView | None = None
) -> dict[str, Any]:
    """`metadata` travels back on submit (deal id, where to confirm); the caller encodes it."""
    handle = deal.handles[0] if deal and deal.handles else (None, None)
    fee = deal.fee.format() if deal and deal.fee else None
    currency = deal.fee.currency if deal and deal.fee else currency
    currencies = list(dict.fromkeys([currency, *CURRENCIES]))
    stages = [(s.value, LABELS[s]) for s in LABELS if deal is not None or s not in TERMINAL]
    owner: dict[str, Any] = {
        "type": "users_select",
        "initial_user": (deal and deal.owner_id) or owner_id,
    }
    blocks = [
        _input(
            "name",
            "Creator name",
            _text(deal.creator_name if deal else None, "Jane Doe", max_length=200),
            optional=False,
        ),
        _input(
            "emails",
            "Email addresses",
            _text(", ".join(deal.emails) if deal else None, "jane@example.com"),
            hint="Separate several with commas.",
        ),
        _input(
            "managers",
            "Manager's email",
            _text(", ".join(deal.managers) if deal else None, "booking@agency.com"),
            hint="Copied on reminders from level 3, and their replies count as the creator's.",
        ),
        _input("handle", "Handle", _text(handle[1], "@janedoe", max_length=101)),
        _input(
            "platform",
            "Platform",
            _select([(p, platform_name(p)) for p in PLATFORM_CHOICES], handle[0]),
        ),
        _input(
            "fee",
            "Fee",
            _text(fee, "1200, $1,200 or 1.2k", max_length=40),
            hint="A symbol or code in the fee wins over the currency below.",
        ),
        _input(
            "currency", "Currency", _select([(c, c) for c in currencies], currency), optional=False
        ),
        _input(
            "stage",
            "Stage",
            _select(stages, deal.stage.value if deal else "negotiating"),
            optional=False,
        ),
        _input("publish_due", "Publish deadline", _date(deal.publish_due if deal else None)),
        _input("draft_due", "Draft deadline", _date(deal.draft_due if deal else None)),
        *_locale_inputs(deal),
        _input("owner", "Owner", owner, optional=False),
        _input(
            "campaign",
            "Campaign",
            _text(deal.campaign if deal else None, "Spring launch", max_length=200),
        ),
        _input(
            "notes", "Notes", _text(deal.notes if deal else None, multiline=True, max_length=3000)
        ),
    ]
    title = f"Edit deal #{deal.number}" if deal else "New deal"
    return {
        "type": "modal",
        "callback_id": CALLBACK_ID,
        "title": _plain(truncate(title, 24)),
        "submit": _plain("Save"),
        "close": _plain("Cancel"),
        "private_metadata": metadata,
        "blocks": blocks,
    }
