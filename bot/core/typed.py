"""Text a person typed, made safe to keep: one rule for every way text comes in.

A database refuses some characters (PostgreSQL keeps no NUL) and others make a name read
differently from what it is: bidi overrides turn `Jane‮moc.lapyap` around on screen, and
zero-width characters make two equal-looking names different. Control characters are refused
with the reason; the invisible ones are dropped, since nobody means to type them.
"""

import unicodedata

from bot.core.errors import InputError

CONTROL_PROBLEM = (
    "Your text contains control characters (such as NUL or an escape), so nothing was saved; "
    "please retype it as plain text."
)
# Bidi embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), and the zero-width
# space, non-joiner, joiner, word joiner and byte-order mark.
INVISIBLE = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u2060\ufeff"
)
_DROP = dict.fromkeys(map(ord, INVISIBLE))


def has_control(text: str) -> bool:
    """Whether `text` holds a control character other than a tab or a line break."""
    return any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in text)


def typed(text: str) -> str:
    """`text` without invisible characters; InputError (CONTROL_PROBLEM) if it holds controls."""
    if has_control(text):
        raise InputError(CONTROL_PROBLEM)
    return text.translate(_DROP)
