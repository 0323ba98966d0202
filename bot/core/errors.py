"""Errors the domain raises for people, not for programmers."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Only for the annotation: the views module imports this one through `bot.core.money`.
    from bot.core.views import DealView


class InputError(ValueError):
    """Input a person typed could not be understood; the message says why, in their words."""


class NotFound(LookupError):
    """A deal or creator reference matched nothing in this workspace."""


class Ambiguous(LookupError):
    """A reference matched several deals; `candidates` lets the reply list them."""

    def __init__(self, message: str, candidates: list[DealView]) -> None:
        super().__init__(message)
        self.candidates = candidates
