"""Listeners are module-level functions that take their dependencies as the keyword `deps`."""

import inspect
from collections.abc import Callable
from typing import Any

from bot.slack.listeners.errors import on_error
from bot.wiring import Deps

# What the error handler needs from Bolt, asked for on the listener's behalf.
_FOR_ERRORS = ("ack", "body", "context", "client")


def bind(listener: Callable[..., Any], deps: Deps, **bound: Any) -> Callable[..., Any]:
    """Bolt passes a listener the arguments it names; `deps` (and any other keyword in `bound`)
    is bound here, so a test can call the listener directly with its own.

    An error goes to the one error handler from here, acknowledged first if it came before
    `ack()`: Bolt's own path for it can lose the acknowledgement when the error comes within
    milliseconds of it, and answers 404 after three seconds when there was none.
    """
    own = [
        p
        for p in inspect.signature(listener).parameters.values()
        if p.name != "deps" and p.name not in bound
    ]
    names = [p.name for p in own]
    extra = [
        inspect.Parameter(n, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        for n in _FOR_ERRORS
        if n not in names
    ]

    def run(**kwargs: Any) -> Any:
        try:
            return listener(**{n: kwargs[n] for n in names}, deps=deps, **bound)
        except Exception as error:
            if getattr(kwargs["ack"], "response", True) is None:
                kwargs["ack"]()  # failed before its ack: Slack still hears back in time
            on_error(error, kwargs["body"], kwargs["context"], kwargs["client"])
            return None

    run.__signature__ = inspect.Signature([*own, *extra])  # type: ignore[attr-defined]
    run.__name__ = listener.__name__
    return run
