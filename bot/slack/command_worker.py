"""Slash commands run from the journal on workers of their own.

A listener only writes the command down, acknowledges it and hands it here, so acks never wait
behind slow work, and a command the process was killed on is still in the database: the next
start (and a pass every few seconds, on any replica) finishes it, or tells the person what became of
it, while its response_url still works.
"""

import logging
import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient
from slack_sdk.webhook import WebhookClient
from sqlmodel import Session

from bot.core.errors import InputError
from bot.core.typed import CONTROL_PROBLEM, has_control
from bot.logsafe import clean
from bot.slack.blocks.notes import noted
from bot.slack.blocks.text import escape, truncate
from bot.slack.listeners.errors import FAILURE
from bot.slack.respond import privately
from bot.slack.typed_text import as_typed
from bot.store import journal
from bot.store.engine import Store
from bot.wiring import Deps

log = logging.getLogger(__name__)

# Slack honours a response_url for 30 minutes; after that nobody can be answered.
RESPONSE_URL_LIFE = timedelta(minutes=30)
# How often any replica looks for commands whose worker died (an indexed query of open rows).
RECOVER_SECONDS = 5
# A command younger than this is left to the worker it was handed to.
GRACE = timedelta(seconds=10)
# An answer that takes longer is given up, well inside the journal's lease.
ANSWER_TIMEOUT = 10
LATE = ":hourglass: This took longer than usual: ghostwatch restarted while it was working on it."
NUL = f":warning: {CONTROL_PROBLEM} `/deal help` shows the usage."
UNANSWERED = "`{command}` was done, but its answer was lost. `/deal list` shows where things stand."

# What the command does once taken: (deps whose store marks it done, client, respond, command,
# late). `late` is true when the original worker died, so a trigger_id has long expired.
Runner = Callable[[Deps, WebClient, Callable[..., Any], journal.Taken, bool], None]


class _JournaledStore(Store):
    """The store as one command sees it: the first transaction that commits marks the command
    done, so its change and that mark are kept together or not at all."""

    def __init__(self, store: Store, taken: journal.Taken, deps: Deps) -> None:
        super().__init__(store.engine)
        self._taken, self._deps, self.marked = taken, deps, False

    @contextmanager
    def session(self, *, urgent: bool = False) -> Iterator[Session]:
        with super().session(urgent=urgent) as session:
            yield session
            if not self.marked:
                journal.mark_done(session, self._taken, self._deps.clock.now())
                self.marked = True


class CommandWorker:
    def __init__(self, deps: Deps, client: WebClient, run: Runner, *, workers: int = 8) -> None:
        self._deps, self._client, self._run = deps, client, run
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="command")
        self._stopped = threading.Event()

    def take(self, command: dict[str, Any], ack: Ack) -> None:
        """Write the command down, then acknowledge it, then run it. If it cannot be written
        down it is still acknowledged, and the error handler answers."""
        if has_control(command.get("text") or ""):  # no database keeps a NUL; no command has one
            ack()
            privately(_responder(command["response_url"]), NUL)
            return
        try:
            record_id = self._record(command)
        except Exception:
            ack()
            raise
        ack()
        self._pool.submit(self._process, record_id, late=False)

    def _record(self, command: dict[str, Any]) -> int:
        """The text is kept as typed (Slack's escapes undone), the one form every command reads."""
        return journal.record(
            self._deps.store,
            self._deps.clock.now(),
            team_id=command["team_id"],
            user_id=command["user_id"],
            channel_id=command.get("channel_id"),
            command=command.get("command") or "/deal",
            text=as_typed(command.get("text") or ""),
            response_url=command["response_url"],
            trigger_id=command.get("trigger_id"),
        )

    def recover(self, *, grace: timedelta = GRACE) -> int:
        """Finish or answer what no live worker holds; give up what can no longer be answered."""
        now = self._deps.clock.now()
        abandoned = journal.abandon(self._deps.store, now, received_before=now - RESPONSE_URL_LIFE)
        if abandoned:
            log.warning("%s commands were too old to answer after a restart", abandoned)
        left = journal.left_over(self._deps.store, now, received_before=now - grace)
        for record_id in left:
            self._process(record_id, late=True)
        return len(left)

    def start(self) -> None:
        """Recover at once, then every few seconds, on a thread of its own."""
        threading.Thread(target=self._loop, name="command-recovery", daemon=True).start()

    def close(self) -> None:
        self._stopped.set()
        self._pool.shutdown(wait=True, cancel_futures=False)

    def _loop(self) -> None:
        grace = timedelta(0)  # at start nothing of ours is in flight
        while not self._stopped.is_set():
            try:
                self.recover(grace=grace)
            except Exception as error:
                log.warning("recovering commands failed: %s", clean(error))
            grace = GRACE
            self._stopped.wait(RECOVER_SECONDS)

    def _process(self, record_id: int, *, late: bool) -> None:
        store = self._deps.store
        now = self._deps.clock.now()
        taken = journal.claim(store, record_id, uuid.uuid4().hex, now, self._deps.command_lease)
        if taken is None:
            return  # another worker has it, or it is finished
        respond = _responder(taken.response_url)
        journaled = _JournaledStore(store, taken, self._deps)
        try:
            if taken.state == journal.DONE:
                privately(respond, f"{LATE}\n{_unanswered(taken)}")
            else:
                answer = _late(respond) if late else respond
                self._run(replace(self._deps, store=journaled), self._client, answer, taken, late)
        except journal.LeaseLost:
            return
        except InputError as error:  # the person's to retry, such as a form that expired
            _tell(respond, taken, escape(str(error)))
        except Exception as error:
            team, command = clean(taken.team_id), clean(taken.command)
            log.error("%s failed for team %s: %s", command, team, clean(error))
            _tell(respond, taken, _unanswered(taken) if journaled.marked else FAILURE)
        journal.settle(store, taken, journal.ANSWERED, self._deps.clock.now())


def _tell(respond: Callable[..., Any], taken: journal.Taken, text: str) -> None:
    try:
        privately(respond, text)
    except Exception as told:
        log.warning("could not answer command %s: %s", taken.id, clean(told))


def _responder(url: str) -> Callable[..., Any]:
    webhook = WebhookClient(url, timeout=ANSWER_TIMEOUT)

    def respond(**message: Any) -> Any:
        return webhook.send_dict(message)

    return respond


def _unanswered(taken: journal.Taken) -> str:
    return UNANSWERED.format(command=escape(truncate(f"{taken.command} {taken.text}".strip(), 200)))


def _late(respond: Callable[..., Any]) -> Callable[..., Any]:
    """The first answer of a recovered command says why it comes late."""
    first = [True]

    def answer(**message: Any) -> Any:
        if first[0]:
            first[0] = False
            message = noted(message, LATE)
        return respond(**message)

    return answer
