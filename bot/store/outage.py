"""Telling a database outage from a bug, and naming its cause in words safe to log."""

from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError

# What the drivers say (psycopg, sqlite3), and the few words a log line gives for it. The
# driver's own text is never logged: it can carry a host, a user or a file path.
_CAUSES = (
    ("connection refused", "connection refused"),
    ("timeout expired", "connection timed out"),
    ("timed out", "connection timed out"),
    ("could not translate host name", "host name not found"),
    ("name or service not known", "host name not found"),
    ("no route to host", "no route to host"),
    ("not currently accepting connections", "database not accepting connections"),
    ("does not exist", "database does not exist"),
    ("password authentication failed", "login refused"),
    ("too many clients", "too many connections"),
    ("too many connections", "too many connections"),
    ("the database system is starting up", "database starting up"),
    ("the database system is shutting down", "database shutting down"),
    ("terminating connection", "connection closed by the server"),
    ("server closed the connection", "connection closed by the server"),
    ("connection is closed", "connection closed"),
    ("unable to open database file", "database file cannot be opened"),
    ("database is locked", "database is locked"),
    ("disk i/o error", "disk I/O error"),
    ("no space left", "disk full"),
    ("database or disk is full", "disk full"),
    ("read-only", "database is read-only"),
)


def outage_cause(exc: BaseException) -> str | None:
    """The cause, when `exc` means the database cannot be used right now; None for any other
    error (a bug or a constraint deserves its traceback)."""
    if isinstance(exc, DisconnectionError):
        return "connection lost"
    if not isinstance(exc, DBAPIError):
        return None
    if not isinstance(exc, OperationalError | InterfaceError) and not exc.connection_invalidated:
        return None
    said = str(exc.orig).lower()
    for words, cause in _CAUSES:
        if words in said:
            return cause
    return type(exc.orig).__name__
