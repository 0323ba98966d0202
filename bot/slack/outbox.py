"""What each kind of outbox row becomes in Slack, and what is remembered once it is posted.

One handler per `OutboxKind`, the way a transport has one class per channel. Preparing only
reads (the drain gives it a read-only session); recording writes the message's ts where the
deal, the draft, the escalation or the digest run keeps it, in the row's workspace only.
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from bot.core.digest import build_digest
from bot.core.drafts import draft_view
from bot.core.enums import OutboxKind
from bot.core.ladder import short_suggestion, situation, suggestion
from bot.core.outbox import Folder, Handler, Posting, Prepared
from bot.core.views import DealView, deal_view
from bot.slack.blocks.digest import digest_pages
from bot.slack.blocks.draft import approval_card
from bot.slack.blocks.escalation import (
    escalation_message,
    folded_message,
    notice_message,
    reset_message,
)
from bot.slack.poster import SlackPoster, WebPoster
from bot.store.models import Deal, DigestRun, Draft, Escalation, Outbox, Workspace

# New escalations in one channel from one drain fold into a single message from this many on.
FOLD_AT = 3
FOLD_MAX = 20


def _workspace(session: Session, row: Outbox) -> Workspace:
    return session.exec(select(Workspace).where(Workspace.id == row.workspace_id)).one()


def _deal(session: Session, row: Outbox) -> Deal:
    return session.exec(
        select(Deal).where(Deal.id == row.deal_id, Deal.workspace_id == row.workspace_id)
    ).one()


def _thread(deal: Deal, row: Outbox) -> str | None:
    """The deal's thread, when it lives in the channel this row posts to."""
    return deal.thread_ts if deal.channel_id == row.channel_id else None


def _root(session: Session, row: Outbox, deal_ids: Sequence[int | None], ts: str) -> None:
    """A message about deals without a thread starts theirs."""
    session.exec(
        update(Deal)
        .where(
            col(Deal.id).in_(deal_ids),
            col(Deal.workspace_id) == row.workspace_id,
            col(Deal.thread_ts).is_(None),
        )
        .values(thread_ts=ts, channel_id=row.channel_id)
    )


class DealPost:
    """A message about one deal: in its thread, or starting it."""

    def prepare(self, session: Session, row: Outbox, now: datetime) -> Prepared | None:
        deal = _deal(session, row)
        thread_ts = _thread(deal, row)
        message = self.message(session, row, deal_view(session, _workspace(session, row), deal))
        if message is None:
            return None
        return Prepared(message, thread_ts=thread_ts, notes={"root": thread_ts is None})

    def message(self, session: Session, row: Outbox, view: DealView) -> dict[str, Any] | None:
        """The message about the deal; a subclass says what it is."""
        return notice_message(row.payload["text"])

    def record(
        self, session: Session, row: Outbox, prepared: Prepared, ts: str, now: datetime
    ) -> None:
        if prepared.notes.get("root"):
            _root(session, row, [row.deal_id], ts)


class NoticePost(DealPost):
    """A notice about the deal (an out-of-office, a bounce, a challenge) in its thread."""


class ResetPost(DealPost):
    """Only said in a thread that exists: a deal never escalated needs no "back to normal"."""

    def prepare(self, session: Session, row: Outbox, now: datetime) -> Prepared | None:
        deal = _deal(session, row)
        thread_ts = _thread(deal, row)
        if thread_ts is None:
            return None
        view = deal_view(session, _workspace(session, row), deal)
        return Prepared(reset_message(view, int(row.payload["level_before"])), thread_ts=thread_ts)


def _escalation(session: Session, row: Outbox) -> Escalation:
    return session.exec(
        select(Escalation).where(
            Escalation.id == row.escalation_id, Escalation.workspace_id == row.workspace_id
        )
    ).one()


def _mark_posted(session: Session, rows: Sequence[Outbox], ts: str, now: datetime) -> None:
    session.exec(
        update(Escalation)
        .where(
            col(Escalation.id).in_([r.escalation_id for r in rows]),
            col(Escalation.workspace_id) == rows[0].workspace_id,
        )
        .values(message_ts=ts, posted_at=now)
    )


class EscalationPost(DealPost):
    """A level change, broadcast from the deal's thread so the channel sees it too."""

    def prepare(self, session: Session, row: Outbox, now: datetime) -> Prepared | None:
        prepared = super().prepare(session, row, now)
        if prepared is not None:
            prepared.broadcast = prepared.thread_ts is not None
        return prepared

    def message(self, session: Session, row: Outbox, view: DealView) -> dict[str, Any]:
        escalation = _escalation(session, row)
        advice = suggestion(escalation.to_level, situation(view))
        return escalation_message(view, escalation.to_level, escalation.reason or "", advice)

    def record(
        self, session: Session, row: Outbox, prepared: Prepared, ts: str, now: datetime
    ) -> None:
        super().record(session, row, prepared, ts, now)
        _mark_posted(session, [row], ts, now)


class EscalationFolder:
    """Many new level changes in one channel at once: one message, and it roots each thread."""

    kind = OutboxKind.escalation
    at_least = FOLD_AT
    at_most = FOLD_MAX

    def foldable(self, session: Session, rows: Sequence[Outbox]) -> list[Outbox]:
        ids = [r.deal_id for r in rows if r.deal_id is not None]
        threaded = set(
            session.exec(
                select(Deal.id).where(col(Deal.id).in_(ids), col(Deal.thread_ts).is_not(None))
            )
        )
        return [r for r in rows if r.deal_id not in threaded]

    def prepare(self, session: Session, rows: Sequence[Outbox], now: datetime) -> Prepared:
        ws = _workspace(session, rows[0])
        items = []
        for row in rows:
            view = deal_view(session, ws, _deal(session, row))
            escalation = _escalation(session, row)
            advice = short_suggestion(escalation.to_level, view)
            items.append((view, escalation.to_level, escalation.reason or "", advice))
        return Prepared(folded_message(items))

    def record(self, session: Session, rows: Sequence[Outbox], ts: str, now: datetime) -> None:
        _root(session, rows[0], [r.deal_id for r in rows], ts)
        _mark_posted(session, rows, ts, now)


def _draft(session: Session, row: Outbox) -> Draft:
    return session.exec(
        select(Draft).where(
            Draft.id == row.payload["draft_id"], Draft.workspace_id == row.workspace_id
        )
    ).one()


class DraftCardPost:
    """A drafted reminder's approval card, in the deal's thread; posted once."""

    def prepare(self, session: Session, row: Outbox, now: datetime) -> Prepared | None:
        draft = _draft(session, row)
        if draft.message_ts is not None:
            return None
        thread_ts = _thread(_deal(session, row), row)
        card = approval_card(draft_view(session, _workspace(session, row), draft))
        return Prepared(card, thread_ts=thread_ts, notes={"root": thread_ts is None})

    def record(
        self, session: Session, row: Outbox, prepared: Prepared, ts: str, now: datetime
    ) -> None:
        if prepared.notes.get("root"):
            _root(session, row, [row.deal_id], ts)
        session.exec(
            update(Draft)
            .where(
                col(Draft.id) == row.payload["draft_id"],
                col(Draft.workspace_id) == row.workspace_id,
            )
            .values(channel_id=row.channel_id, message_ts=ts)
        )


class DraftUpdate:
    """A draft's new state on the card it already has, wherever that is."""

    def prepare(self, session: Session, row: Outbox, now: datetime) -> Prepared | None:
        draft = _draft(session, row)
        if not (draft.channel_id and draft.message_ts):
            return None
        card = approval_card(draft_view(session, _workspace(session, row), draft))
        return Prepared(card, channel=draft.channel_id, update_ts=draft.message_ts)

    def record(
        self, session: Session, row: Outbox, prepared: Prepared, ts: str, now: datetime
    ) -> None:
        """The card already knows where it is."""


class DigestPost:
    """The daily digest's first page; the rest follow in its thread, one row each."""

    def prepare(self, session: Session, row: Outbox, now: datetime) -> Prepared | None:
        ws = _workspace(session, row)
        pages = digest_pages(build_digest(session, ws, now), quiet=ws.settings.get("quiet", "line"))
        if not pages:
            return None
        return Prepared(pages[0], notes={"followups": pages[1:]})

    def record(
        self, session: Session, row: Outbox, prepared: Prepared, ts: str, now: datetime
    ) -> None:
        session.exec(
            update(DigestRun)
            .where(
                col(DigestRun.id) == row.payload["digest_run_id"],
                col(DigestRun.workspace_id) == row.workspace_id,
            )
            .values(message_ts=ts, posted_at=now)
        )
        for message in prepared.notes["followups"]:
            session.add(
                Outbox(
                    workspace_id=row.workspace_id,
                    kind=OutboxKind.digest_page,
                    channel_id=row.channel_id,
                    payload={"message": message, "thread_ts": ts},
                    not_before=now,
                    created_at=now,
                )
            )


class DigestPagePost:
    def prepare(self, session: Session, row: Outbox, now: datetime) -> Prepared | None:
        return Prepared(row.payload["message"], thread_ts=row.payload["thread_ts"])

    def record(
        self, session: Session, row: Outbox, prepared: Prepared, ts: str, now: datetime
    ) -> None:
        """A page is only read."""


HANDLERS: dict[OutboxKind, Handler] = {
    OutboxKind.digest: DigestPost(),
    OutboxKind.digest_page: DigestPagePost(),
    OutboxKind.escalation: EscalationPost(),
    OutboxKind.reset: ResetPost(),
    OutboxKind.notice: NoticePost(),
    OutboxKind.draft_card: DraftCardPost(),
    OutboxKind.draft_update: DraftUpdate(),
}
FOLDER: Folder = EscalationFolder()


def slack_posting(client: WebPoster) -> Posting:
    """The outbox's chat side, posting through `client` (a WebClient, or the demo's printer)."""
    return Posting(poster=SlackPoster(client), handlers=HANDLERS, folder=FOLDER)
