"""The deal form's country, language and time-zone menus: options as the person types."""

from typing import Any

from slack_bolt import Ack, App

from bot.core.locales import country_options, language_options, timezone_options
from bot.slack.blocks.form import COUNTRY_PICK, LANGUAGE_PICK, TIMEZONE_PICK, picker_options
from bot.slack.listeners.binding import bind
from bot.slack.modal_values import view_values
from bot.wiring import Deps


def countries(ack: Ack, payload: dict[str, Any], *, deps: Deps) -> None:
    ack(**picker_options(country_options(payload.get("value") or "")))


def languages(ack: Ack, payload: dict[str, Any], *, deps: Deps) -> None:
    ack(**picker_options(language_options(payload.get("value") or "")))


def zones(ack: Ack, payload: dict[str, Any], body: dict[str, Any], *, deps: Deps) -> None:
    """The country already picked in the same form comes first."""
    picked = view_values((body.get("view") or {}).get("state") or {}).get("country")
    country = picked if isinstance(picked, str) else None
    ack(**picker_options(timezone_options(payload.get("value") or "", country)))


def register(app: App, deps: Deps) -> None:
    app.options(COUNTRY_PICK)(bind(countries, deps))
    app.options(LANGUAGE_PICK)(bind(languages, deps))
    app.options(TIMEZONE_PICK)(bind(zones, deps))
