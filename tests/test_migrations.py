"""Every schema comes from the migrations, and the migrations match the models."""

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from bot.store.engine import Store
from bot.store.migrate import alembic_config, downgrade, upgrade
from bot.store.models import SQLModel

TABLES = {
    "workspace",
    "creator",
    "creator_address",
    "creator_handle",
    "deal",
    "touchpoint",
    "payment",
    "draft",
    "escalation",
    "digest_run",
    "outbox",
    "mail_folder",
    "mail_problem",
    "seen_request",
    "command_record",
}


def test_upgrade_downgrade_upgrade_and_check(empty_db_url: str) -> None:
    store = Store.from_url(empty_db_url)
    upgrade(store.engine)
    assert set(inspect(store.engine).get_table_names()) >= TABLES
    command.check(alembic_config(store.engine))
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert diff == []
    downgrade(store.engine)
    assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
    upgrade(store.engine)
    assert set(inspect(store.engine).get_table_names()) >= TABLES
    indexes = {ix["name"] for ix in inspect(store.engine).get_indexes("deal")}
    assert "ix_deal_next_check_at" in indexes
    store.engine.dispose()


def test_sqlite_runs_in_wal_with_foreign_keys(sqlite_store: Store) -> None:
    with sqlite_store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
