"""Listeners are module-level functions that take their dependencies as the keyword `deps`."""

from collections.abc import Callable
from functools import partial
from typing import Any

from bot.wiring import Deps


def bind(listener: Callable[..., Any], deps: Deps) -> Callable[..., Any]:
    """Bolt passes a listener the arguments it names; `deps` is bound here, so a test can call
    the listener directly with its own."""
    return partial(listener, deps=deps)
