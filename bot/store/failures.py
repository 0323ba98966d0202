"""What a database that cannot be used means, in words a person can act on."""

from dataclasses import dataclass

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

# Substrings of the driver's message (lower case) that mean the settings are wrong, not that
# the server is away; everything else that fails to connect is an outage.
_REFUSED_LOGIN = ("password authentication failed", "no password supplied", "role ")
_NO_DATABASE = ("does not exist",)
_NO_FILE = ("unable to open database file",)


@dataclass(frozen=True)
class DatabaseProblem:
    """`reason` names the cause and the fix and never shows a password; `config` says
    whether the settings are wrong (rather than the server away)."""

    reason: str
    config: bool


def shown_url(url: str) -> str:
    """The URL as it may be printed: the password masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unreadable URL)"


def describe(exc: Exception, url: str) -> DatabaseProblem | None:
    """What went wrong opening or using the database at `url`; None for anything else."""
    where = shown_url(url)
    if isinstance(exc, ArgumentError | NoSuchModuleError):
        return DatabaseProblem(
            f"DATABASE_URL is not a database URL we can use ({where}): write it like "
            "sqlite:///ghostwatch.db or postgresql://user:password@host:5432/name",
            config=True,
        )
    if not isinstance(exc, OperationalError):
        return None
    text = str(exc.orig).lower()
    if any(s in text for s in _REFUSED_LOGIN):
        return DatabaseProblem(
            f"the database at {where} refused the login: fix the user or password in DATABASE_URL",
            config=True,
        )
    if any(s in text for s in _NO_FILE):
        return DatabaseProblem(
            f"the SQLite file {where} cannot be opened: make its folder exist and be writable, "
            "or fix DATABASE_URL",
            config=True,
        )
    if "database" in text and any(s in text for s in _NO_DATABASE):
        return DatabaseProblem(
            f"the database named in {where} does not exist: create it, or fix DATABASE_URL",
            config=True,
        )
    return DatabaseProblem(
        f"the database at {where} cannot be reached: start it or check the network and try "
        "again, or fix the host and port in DATABASE_URL",
        config=False,
    )
