"""Alembic environment bound to the SQLModel metadata; batch mode so SQLite can alter tables."""

from alembic import context
from sqlalchemy import Engine

from bot.store import models
from bot.store.engine import make_engine
from bot.store.types import EnumText, UTCDateTime

target_metadata = models.SQLModel.metadata


def _engine() -> Engine:
    engine = context.config.attributes.get("engine")
    if engine is not None:
        return engine
    from bot.config import Settings

    return make_engine(Settings().database_url)


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    if type_ == "type" and isinstance(obj, UTCDateTime):
        autogen_context.imports.add("import bot.store.types")  # type: ignore[attr-defined]
        return "bot.store.types.UTCDateTime()"
    if type_ == "type" and isinstance(obj, EnumText):
        return f"sa.String(length={obj.impl.length})"  # type: ignore[attr-defined]
    if type_ == "type" and obj.__class__.__module__.startswith("sqlmodel"):
        autogen_context.imports.add("import sqlmodel")  # type: ignore[attr-defined]
        return f"sqlmodel.sql.sqltypes.{obj!r}"
    return False


def run_migrations_offline() -> None:
    context.configure(
        url=_engine().url,
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    with _engine().connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            render_item=_render_item,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
