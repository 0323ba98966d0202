"""Keeping the cycle collector's work in line with the work in progress.

CPython's collector traverses every tracked object it has not promoted out of sight, again and
again as new objects pile up. A digest of thousands of deals allocates tens of thousands of
objects that all live until it is posted and form no cycles, so collections during the build find
nothing and cost a tenth of its time.
"""

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_resume = False


def settle_heap() -> None:
    """What start-up built lives until exit: out of the collector's sight, each collection costs
    what is in flight, not the whole program."""
    gc.collect()
    gc.freeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection while a large acyclic result is built (also a decorator).

    Reference counting still frees everything as usual. Nested and concurrent pauses share one:
    the collector resumes when the last ends, and only if it was running when the first began.
    """
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()
