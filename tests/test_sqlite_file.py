"""The SQLite file named by a URL, read without SQLAlchemy, must be the one SQLAlchemy opens."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.store.sqlite_file import sqlite_database, sqlite_file_missing

SCHEMES = ("sqlite", "sqlite+pysqlite", "postgresql", "postgresql+psycopg", "mysql")
TAILS = st.text(alphabet="ab/._:?=%20-~@", max_size=24)


def _sqlalchemy(url: str) -> str | None:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    return parsed.database if parsed.get_backend_name() == "sqlite" else None


@given(scheme=st.sampled_from(SCHEMES), tail=TAILS)
def test_the_database_part_matches_sqlalchemy(scheme: str, tail: str) -> None:
    url = f"{scheme}://{tail}"
    # An empty name names no file, whichever way it is read.
    assert (sqlite_database(url) or None) == (_sqlalchemy(url) or None), url


@pytest.mark.parametrize(
    ("url", "database"),
    [
        ("sqlite:///ghostwatch.db", "ghostwatch.db"),
        ("sqlite:////var/lib/gw.db?mode=ro", "/var/lib/gw.db"),
        ("sqlite+pysqlite:///a%20b.db", "a b.db"),
        ("sqlite://", None),
        ("postgresql://u:p@h/db", None),
    ],
)
def test_common_spellings(url: str, database: str | None) -> None:
    assert sqlite_database(url) == database == _sqlalchemy(url)


def test_only_a_file_that_is_not_there_is_missing(tmp_path: Path) -> None:
    there = tmp_path / "there.db"
    there.write_bytes(b"")
    assert sqlite_file_missing(f"sqlite:///{there}") is None
    assert sqlite_file_missing(f"sqlite:///{tmp_path / 'gone.db'}") == tmp_path / "gone.db"
    assert sqlite_file_missing("sqlite:///:memory:") is None
    assert sqlite_file_missing("postgresql://u@h/db") is None
