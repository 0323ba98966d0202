"""Fresh PostgreSQL databases without migrating each one: copies of a template migrated once.

`CREATE DATABASE … TEMPLATE` copies a migrated schema in a fraction of the time the migrations
take. Copies are made on a thread of their own a few ahead of the tests that take them, and
dropped there after them, so a test waits for neither.
"""

import hashlib
import os
import queue
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType

import psycopg
from sqlalchemy.engine import make_url

from bot.store.engine import Store, normalise_url
from bot.store.migrate import migrations_dir, upgrade

AHEAD = 2  # copies kept ready; each test takes one


def database_url(admin_url: str, name: str) -> str:
    return make_url(normalise_url(admin_url)).set(database=name).render_as_string(False)


def run_tag() -> str:
    """Names this process's databases: the migrations they hold, the xdist worker and the pid,
    so parallel workers and runs side by side never share one."""
    digest = hashlib.sha256()
    root = migrations_dir()
    for path in sorted(root.rglob("*.py")):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    return f"{digest.hexdigest()[:10]}_{worker}_{os.getpid()}"


class PgClones:
    def __init__(self, admin_url: str, template: str) -> None:
        self._admin_url, self.template = admin_url, template
        self._ready: queue.Queue[str | BaseException] = queue.Queue()
        self._jobs: queue.Queue[tuple[str, str]] = queue.Queue()
        self._thread = threading.Thread(target=self._work, name="pg-clones", daemon=True)

    def __enter__(self) -> "PgClones":
        with psycopg.connect(self._admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{self.template}"')
        store = Store.from_url(database_url(self._admin_url, self.template))
        upgrade(store.engine)
        store.engine.dispose()  # a template with a session open cannot be copied
        self._conn = psycopg.connect(self._admin_url, autocommit=True)
        for _ in range(AHEAD):
            self._jobs.put(("make", ""))
        self._thread.start()
        return self

    @contextmanager
    def clone(self) -> Iterator[str]:
        made = self._ready.get(timeout=120)
        if isinstance(made, BaseException):
            raise made
        self._jobs.put(("make", ""))
        try:
            yield database_url(self._admin_url, made)
        finally:
            self._jobs.put(("drop", made))

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._jobs.put(("stop", ""))
        self._thread.join(timeout=60)
        left = [self.template]
        while not self._ready.empty():
            made = self._ready.get_nowait()
            if isinstance(made, str):
                left.insert(0, made)
        with psycopg.connect(self._admin_url, autocommit=True) as conn:
            for name in left:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _work(self) -> None:
        with self._conn as conn:
            while True:
                job, name = self._jobs.get()
                if job == "stop":
                    return
                try:
                    if job == "make":
                        name = f"gw_test_{uuid.uuid4().hex[:12]}"
                        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
                        self._ready.put(name)
                    else:
                        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                except psycopg.Error as error:
                    if job == "make":
                        self._ready.put(error)
