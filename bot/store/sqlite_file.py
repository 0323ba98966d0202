"""Which SQLite file a database URL names, read without loading SQLAlchemy (most of a second
of start-up), so `ghostwatch doctor` can say "no database yet" at once."""

import re
from pathlib import Path
from urllib.parse import unquote

# The shape SQLAlchemy reads: `driver://[user[:password]@][host][:port][/database][?query]`.
_URL = re.compile(
    r"(?P<name>[\w+]+)://(?:[^:/]*(?::[^@]*)?@)?(?:\[[^/?]+\]|[^/:?]+)?(?::\d*)?"
    r"(?:/(?P<database>[^?]*))?"
)


def sqlite_database(url: str) -> str | None:
    """The database part of an SQLite URL as SQLAlchemy would read it; None for other URLs."""
    found = _URL.match(url)
    if found is None or found["name"].split("+")[0] != "sqlite":
        return None
    return unquote(found["database"]) if found["database"] is not None else None


def sqlite_file_missing(url: str) -> Path | None:
    """The SQLite file a URL names, when it does not exist yet (connecting would create it)."""
    name = sqlite_database(url)
    if not name or name == ":memory:":
        return None
    path = Path(name)
    return None if path.exists() else path
