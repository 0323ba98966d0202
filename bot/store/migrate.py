"""Run the Alembic migrations from code: the bot migrates on start, tests build schemas so."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

import bot

_PACKAGE = Path(bot.__file__).resolve().parent


def migrations_dir() -> Path:
    """`migrations/` beside the package in a checkout, or inside it in an installed wheel."""
    for candidate in (_PACKAGE.parent / "migrations", _PACKAGE / "_migrations"):
        if (candidate / "env.py").is_file():
            return candidate
    raise FileNotFoundError("the migrations folder is missing from this installation")


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    command.downgrade(alembic_config(engine), revision)
