"""Log lines that text from outside cannot forge or flood.

Every log call that carries user or request text passes it through `clean`; Bolt's own loggers
get `BoltRecords`, which drops the lines where Bolt would write a whole request body.
"""

import logging
import unicodedata

LIMIT = 300
# Bolt's lines that carry a request body (an unsigned request's, or every request's at DEBUG).
_BODY_LINES = ("Invalid request signature detected", "request body:", "Request body:")


def clean(value: object, limit: int = LIMIT) -> str:
    """`value` as one line: control, format and separator characters escaped, at most `limit`
    characters, so a newline or a bidi override in it cannot start or disguise a line."""
    text = str(value)
    out = []
    for char in text[: limit + 1]:
        if char == " " or unicodedata.category(char)[0] not in "CZ":
            out.append(char)
        else:
            out.append(char.encode("unicode_escape").decode("ascii"))
    shown = "".join(out)
    return shown if len(text) <= limit else shown[:limit] + "…"


class BoltRecords(logging.Filter):
    """Drops Bolt's body-carrying lines and escapes the rest."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(marker in message for marker in _BODY_LINES):
            return False
        record.msg, record.args = clean(message, limit=1000), None
        return True
