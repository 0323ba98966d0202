"""Column types that behave the same on SQLite and PostgreSQL."""

from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, String
from sqlalchemy.dialects.sqlite import DATETIME as SQLITE_DATETIME
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine


class _SQLiteDateTime(SQLITE_DATETIME):
    """SQLite's DATETIME, stored as naive UTC, read back aware with `datetime.fromisoformat`:
    several times faster than the default parser and `replace(tzinfo=...)`, and the digest
    reads thousands of rows at a time."""

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        def process(value: str | None) -> datetime | None:
            return None if value is None else datetime.fromisoformat(value + "+00:00")

        return process


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime in and out.

    PostgreSQL keeps it as ``timestamptz``; SQLite has no time zones, so values are stored as
    naive UTC (which also keeps their text sortable) and made aware again on the way out.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            # SQLAlchemy's SQLite DATETIME constructor is unannotated.
            return dialect.type_descriptor(_SQLiteDateTime())  # type: ignore[no-untyped-call]
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: ghostwatch stores aware UTC datetimes only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def result_processor(self, dialect: Dialect, coltype: Any) -> Callable[[Any], Any] | None:
        """On SQLite the stored text is read straight to aware UTC: one step per value."""
        if dialect.name == "sqlite":
            return self.impl_instance.result_processor(dialect, coltype)
        return super().result_processor(dialect, coltype)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None or value.tzinfo is UTC:
            return value
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class EnumText(TypeDecorator[Any]):
    """A domain enum kept as its text (no database enum type to migrate when a value is added),
    checked on the way in and read back as the enum, so no caller converts it again."""

    impl = String
    cache_ok = True

    def __init__(self, enum: type[StrEnum], length: int) -> None:
        super().__init__(length)
        self.enum = enum

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else self.enum(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> StrEnum | None:
        return None if value is None else self.enum(value)

    def result_processor(self, dialect: Dialect, coltype: Any) -> Callable[[Any], Any] | None:
        """A dictionary look-up per value: calling the enum costs several times more, and the
        digest reads a stage for each of thousands of deals. Unknown text still raises."""
        members: dict[Any, StrEnum | None] = {m.value: m for m in self.enum}
        members[None] = None
        enum = self.enum

        def process(value: Any) -> StrEnum | None:
            try:
                return members[value]
            except KeyError:
                return enum(value)

        return process
