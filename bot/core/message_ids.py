"""Message-IDs good enough to thread on: RFC 5322 `msg-id`, nothing looser.

A creator's mail client may write an id without angle brackets or with a space inside; such an
id cannot go into In-Reply-To or References, so a reminder threads on the valid ids only
instead of failing to send.
"""

import re
from collections.abc import Iterable

_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_DOT_ATOM = rf"{_ATEXT}(?:\.{_ATEXT})*"
_NO_FOLD_LITERAL = r"\[[!-Z^-~]*\]"
_MSG_ID = re.compile(rf"<{_DOT_ATOM}@(?:{_DOT_ATOM}|{_NO_FOLD_LITERAL})>")
# Longer than a header line may be: no client writes one, and it could not be folded.
_MAX = 250


def valid_message_id(value: str | None) -> str | None:
    """`value` when it is one valid msg-id (surrounding whitespace aside), else None."""
    if value is None:
        return None
    value = value.strip()
    return value if len(value) <= _MAX and _MSG_ID.fullmatch(value) else None


def valid_message_ids(values: Iterable[str | None]) -> list[str]:
    """The valid ids among space-separated lists of them, each once, in order."""
    ids = (valid_message_id(token) for value in values for token in (value or "").split())
    return list(dict.fromkeys(i for i in ids if i is not None))
