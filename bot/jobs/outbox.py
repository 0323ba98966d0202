"""Drain the outbox into the chat at its pace: one handler per kind, one poster, one queue.

A rate limit defers the row (and its channel) by Retry-After, a passing failure backs off, a
permanent one is recorded on the row instead of retried forever, and a post whose answer was
lost is looked for before it is posted again.
"""

import logging
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlmodel import Session, col, func, select

from bot.core.enums import OutboxState
from bot.core.outbox import Failure, PostFailed, Posting, Prepared
from bot.jobs import queue
from bot.store.engine import Store
from bot.store.models import Outbox

log = logging.getLogger(__name__)

# A row that cannot even be prepared this many times is given up, with the reason kept on it.
MAX_ATTEMPTS = 8
NO_CHANNEL = "No team channel is set: choose one with /deal settings."


class Result(StrEnum):
    posted = "posted"
    skipped = "skipped"
    throttled = "throttled"
    deferred = "deferred"
    failed = "failed"


@dataclass
class DrainReport:
    posted: int = 0
    deferred: int = 0
    failed: int = 0
    waiting: int = 0

    @property
    def busy(self) -> bool:
        """Rows were held back only to keep to the chat's pace; draining again soon posts them."""
        return self.waiting > 0


def drain(
    store: Store, posting: Posting, now: datetime, *, per_channel: int = 1, limit: int = 50
) -> DrainReport:
    """Post what is due, at most `per_channel` messages per channel per call (about 1/s)."""
    report = DrainReport()
    token = uuid.uuid4().hex[:16]
    with store.session() as session:
        rows = queue.claim(session, now, limit, token)
        units = _units(session, rows, posting)
    sent_per_channel: Counter[str] = Counter()
    throttled: set[str] = set()
    waiting_deals: set[int] = set()
    for unit in units:
        channel = unit[0].channel_id or ""
        deal_ids = {r.deal_id for r in unit if r.deal_id is not None}
        held_back = (
            channel in throttled
            or sent_per_channel[channel] >= per_channel
            or bool(deal_ids & waiting_deals)
        )
        waiting_deals |= deal_ids
        if held_back:
            for row in unit:
                queue.release(store, row, token)
            report.waiting += len(unit)
            continue
        if len(unit) == 1:
            result = _post(store, posting, unit[0], token, now)
        else:
            result = _post_fold(store, posting, unit, token, now)
        if result == Result.posted:
            sent_per_channel[channel] += 1
            report.posted += len(unit)
        elif result == Result.throttled:
            throttled.add(channel)
            report.deferred += len(unit)
        elif result == Result.deferred:
            report.deferred += len(unit)
        elif result == Result.failed:
            report.failed += len(unit)
    return report


def _units(session: Session, rows: list[Outbox], posting: Posting) -> list[list[Outbox]]:
    """Rows in order, except that the folder's kind, when enough of it arrives at once in one
    channel, goes out together as one message."""
    folder = posting.folder
    if folder is None:
        return [[row] for row in rows]
    fresh: dict[tuple[int, str], list[Outbox]] = defaultdict(list)
    for row in folder.foldable(session, [r for r in rows if r.kind == folder.kind]):
        fresh[(row.workspace_id, row.channel_id or "")].append(row)
    enough = {key: group for key, group in fresh.items() if len(group) >= folder.at_least}
    folds = {key: group[: folder.at_most] for key, group in enough.items()}
    folded = {row.id for group in folds.values() for row in group}
    units: list[list[Outbox]] = []
    for row in rows:
        group = folds.get((row.workspace_id, row.channel_id or ""))
        if group and row is group[0]:
            units.append(group)
        elif row.id not in folded:
            units.append([row])
    return units


def _post(store: Store, posting: Posting, row: Outbox, token: str, now: datetime) -> Result:
    if not row.channel_id:
        queue.fail(store, row, token, NO_CHANNEL)
        return Result.failed
    handler = posting.handlers[row.kind]
    try:
        # Preparing only reads: thousands of deals in a digest must not hold up writers.
        with store.reading() as session:
            prepared = handler.prepare(session, row, now)
    except Exception as exc:  # a broken team template or a race must not stall the outbox
        log.exception("outbox row %s could not be prepared", row.id)
        return _unprepared(store, row, token, now, f"could not prepare: {type(exc).__name__}")
    if prepared is None:
        with store.session() as session:
            queue.posted(session, row, token, None, now)
        return Result.skipped
    channel = prepared.channel or row.channel_id
    try:
        ts = _find_or_post(posting, channel, prepared, row)
    except PostFailed as exc:
        return _failed(store, row, token, now, exc)
    with store.session() as session:
        handler.record(session, row, prepared, ts, now)
        queue.posted(session, row, token, ts, now)
    return Result.posted


def _find_or_post(posting: Posting, channel: str, prepared: Prepared, row: Outbox) -> str:
    """A row whose last answer was lost is looked for first, so it never appears twice."""
    marker = str(row.id)
    if row.maybe_posted and prepared.update_ts is None:
        found = posting.poster.find(channel, marker, thread_ts=prepared.thread_ts)
        if found is not None:
            log.info("outbox row %s was posted before its answer was lost", row.id)
            return found
    return posting.poster.post(channel, prepared, marker=marker)


def _post_fold(
    store: Store, posting: Posting, rows: list[Outbox], token: str, now: datetime
) -> Result:
    folder = posting.folder
    assert folder is not None and rows[0].channel_id
    try:
        with store.reading() as session:
            prepared = folder.prepare(session, rows, now)
    except Exception:
        log.exception("folded outbox rows could not be prepared")
        results = [_unprepared(store, row, token, now, "could not prepare") for row in rows]
        return results[0]
    try:
        ts = _find_or_post(posting, rows[0].channel_id, prepared, rows[0])
    except PostFailed as exc:
        results = [_failed(store, row, token, now, exc) for row in rows]
        return results[0]
    with store.session() as session:
        folder.record(session, rows, ts, now)
        for row in rows:
            queue.posted(session, row, token, ts, now)
    return Result.posted


def _unprepared(store: Store, row: Outbox, token: str, now: datetime, reason: str) -> Result:
    if row.attempts + 1 >= MAX_ATTEMPTS:
        queue.fail(store, row, token, reason)
        return Result.failed
    queue.defer(store, row, token, now, reason)
    return Result.deferred


def _failed(store: Store, row: Outbox, token: str, now: datetime, exc: PostFailed) -> Result:
    if exc.failure == Failure.permanent:
        log.warning("outbox row %s cannot be posted: %s", row.id, exc.reason)
        queue.fail(store, row, token, exc.reason)
        return Result.failed
    if exc.retry_after is not None:
        # Slack said when: waiting it out is not a failed try, so it never grows the backoff.
        wait = timedelta(seconds=max(exc.retry_after, 1))
        queue.defer(store, row, token, now, exc.reason, wait, counts=False)
        return Result.throttled
    log.warning("posting outbox row %s failed: %s", row.id, exc.reason)
    maybe = exc.failure == Failure.uncertain
    queue.defer(store, row, token, now, exc.reason, maybe_posted=maybe or row.maybe_posted)
    return Result.deferred


def posts_summary(store: Store, posted: int, failed: int) -> str:
    """What a run of drains did, and what it left for later with the reason (a rate limit, a
    passing error): a deferred post is not a failed one."""
    with store.reading() as session:
        left = session.exec(
            select(Outbox.error, func.count())
            .where(Outbox.state == OutboxState.pending, col(Outbox.error).is_not(None))
            .group_by(col(Outbox.error))
            .order_by(col(Outbox.error))
        ).all()
    deferred = sum(count for _, count in left)
    why = f" ({', '.join(f'{error}: {count}' for error, count in left)})" if left else ""
    return f"{posted} messages posted, {deferred} deferred{why}, {failed} failed"
