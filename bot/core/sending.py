"""Sending an approved reminder: who may, the claim, one mail conversation, the outcome.

The use case speaks to the world through small ports: a `Mailer` (the team's mail server) and a
Sent folder lookup, filled in once by the composition root; a `Directory` (who is an admin or
in an approver group in the chat workspace) and `Cards` (where a draft's approval card is
shown), given with each request by the chat adapter that holds that workspace's client.

A Send click costs two transactions: the permission check with the claim, then the outcome;
each also reads what its card shows.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from sqlmodel import Session, col, select

from bot.core import deal_refs, draft_lifecycle
from bot.core.draft_states import Move
from bot.core.drafts import DraftView, draft_view, get_draft, view_of
from bot.core.enums import DraftState
from bot.core.errors import NotFound
from bot.core.send_window import workspace_window
from bot.core.views import deal_view
from bot.core.workspaces import find_workspace, is_approver
from bot.store.engine import Store
from bot.store.models import Deal, Draft, Workspace

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    """What a mail server's answer means for the draft."""

    failed = "failed"  # not sent; the same message may pass later (4xx, no connection)
    refused = "refused"  # not sent; it never will be as it is (5xx, bad login or TLS)
    uncertain = "uncertain"  # maybe delivered (cut off after DATA, some recipients refused)


_MOVES = {Outcome.failed: Move.fail, Outcome.refused: Move.refuse, Outcome.uncertain: Move.lose}


class SendFailed(Exception):
    """Raised by a `Mailer`; `reason` is short, human and safe to show (never a password)."""

    def __init__(self, reason: str, outcome: Outcome) -> None:
        super().__init__(reason)
        self.reason = reason
        self.outcome = outcome


@dataclass(frozen=True)
class Outgoing:
    """A reminder as it leaves: the mailer adds the From header and encodes the rest."""

    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    body: str
    message_id: str
    in_reply_to: str | None
    references: tuple[str, ...]


class Mailer(Protocol):
    def new_message_id(self) -> str:
        """A fresh Message-ID for the sender's domain (no network)."""
        ...

    def send(self, outgoing: Outgoing) -> str:
        """Send; returns where it went (server or file), or raises `SendFailed`."""
        ...


class Directory(Protocol):
    """What the chat workspace knows of a user; asked only when the answer matters."""

    def is_admin(self, team_id: str, user_id: str) -> bool: ...

    def in_group(self, team_id: str, group_id: str, user_id: str) -> bool: ...


class Cards(Protocol):
    def show(self, team_id: str, draft: DraftView) -> None:
        """Show the draft's state on its approval card, if it has one."""
        ...


# Looks for a Message-ID in the team mailbox's Sent folder; raises when it cannot tell.
SentLookup = Callable[[str], bool]


@dataclass(frozen=True)
class NotAllowed:
    """Only approvers send: `ask` are the Slack ids (users `U…`, groups `S…`) who may."""

    ask: tuple[str, ...]


@dataclass(frozen=True)
class Taken:
    """Another click or a job already moved the draft: nothing to do."""


@dataclass(frozen=True)
class Done:
    draft: DraftView


Result = NotAllowed | Taken | Done
FOUND = "found in the Sent folder"


@dataclass(frozen=True)
class _Claimed(Done):
    """Taken for sending: the card's view, and the message as it will leave."""

    outgoing: Outgoing


def may_send(ws: Workspace, deal: Deal, user_id: str, directory: Directory, team_id: str) -> bool:
    """The workspace's approvers (users or user groups), or by default the deal's owner and the
    workspace's admins."""
    if ws.approvers:
        return is_approver(ws, user_id, lambda group: directory.in_group(team_id, group, user_id))
    return user_id == deal.owner_id or directory.is_admin(team_id, user_id)


def approvers(ws: Workspace, deal: Deal) -> tuple[str, ...]:
    """Who to ask, as Slack ids (users `U…`, groups `S…`)."""
    return tuple(ws.approvers) or ((deal.owner_id,) if deal.owner_id else ())


def outgoing(draft: Draft) -> Outgoing:
    return Outgoing(
        to=tuple(draft.to_addrs),
        cc=tuple(draft.cc_addrs),
        subject=draft.subject,
        body=draft.body,
        message_id=draft.sent_message_id or "",
        in_reply_to=draft.in_reply_to,
        references=tuple((draft.references or "").split()),
    )


@dataclass(frozen=True)
class Sending:
    """The use case, built once by the composition root."""

    store: Store
    mailer: Mailer
    clock: Callable[[], datetime]
    in_sent: SentLookup | None = None

    def send(
        self,
        team_id: str,
        user_id: str,
        draft_id: int,
        move: Move = Move.send,
        *,
        directory: Directory,
        cards: Cards,
    ) -> Result:
        """Send a draft a person approved (`send`, `retry`, `send_now`, or `resend` after a
        confirm). Approved outside the creator's working hours, it waits for them."""
        return self._deliver(team_id, user_id, draft_id, move, directory, cards)

    def send_due(self, cards: Cards, *, limit: int = 20) -> int:
        """Send the approved reminders whose working hours have come; each exactly once, however
        many replicas run this (the move from `scheduled` is a conditional UPDATE)."""
        now = self.clock()
        with self.store.session() as session:
            due = session.exec(
                select(Draft.id, Workspace.team_id, Draft.acted_by)
                .join(Workspace, col(Workspace.id) == col(Draft.workspace_id))
                .where(Draft.state == DraftState.scheduled, col(Draft.send_after) <= now)
                .order_by(col(Draft.send_after))
                .limit(limit)
            ).all()
        sent = 0
        for draft_id, team_id, approver in due:
            if draft_id is None:
                continue
            result = self._deliver(team_id, approver or "", draft_id, Move.due, None, cards)
            sent += isinstance(result, Done)
        return sent

    def _deliver(
        self,
        team_id: str,
        user_id: str,
        draft_id: int,
        move: Move,
        directory: Directory | None,
        cards: Cards,
    ) -> Result:
        claimed = self._claim(team_id, user_id, draft_id, move, directory)
        if isinstance(claimed, Done):
            cards.show(team_id, claimed.draft)
        if not isinstance(claimed, _Claimed):
            return claimed
        mail = claimed.outgoing
        if move == Move.resend and self._found(mail.message_id):
            return self._settle(team_id, draft_id, Move.found, cards, via=FOUND)
        try:
            via = self.mailer.send(mail)
        except SendFailed as exc:
            log.warning("draft %s was not sent: %s", draft_id, exc.reason)
            if exc.outcome == Outcome.uncertain and self._found(mail.message_id):
                return self._settle(team_id, draft_id, Move.found, cards, via=FOUND)
            return self._settle(team_id, draft_id, _MOVES[exc.outcome], cards, reason=exc.reason)
        return self._settle(team_id, draft_id, Move.delivered, cards, via=via)

    def _claim(
        self,
        team_id: str,
        user_id: str,
        draft_id: int,
        move: Move,
        directory: Directory | None,
    ) -> NotAllowed | Taken | Done:
        """Check who asks (a job acting on an earlier approval has no `directory`), then take
        the draft for sending, or schedule it for the creator's working hours."""
        with self.store.session() as session:
            ws = _workspace(session, team_id)
            draft = get_draft(session, ws, draft_id)
            deal = deal_refs.get_deal(session, ws, draft.deal_id)
            if directory is not None and not may_send(ws, deal, user_id, directory, team_id):
                return NotAllowed(approvers(ws, deal))
            now = self.clock()
            shown = deal_view(session, ws, deal)
            zone = shown.locality.effective_zone
            window = workspace_window(ws)
            opens = window.opens(now, zone) if move == Move.send and zone else None
            if opens is not None:
                by = {"acted_by": user_id, "acted_at": now, "error": None, "send_after": opens}
                if not draft_lifecycle.make(session, ws, draft, Move.schedule, now, **by):
                    return Taken()
                return Done(view_of(draft, shown))
            message_id = None if move == Move.resend else self.mailer.new_message_id()
            if move == Move.due:
                user_id = draft.acted_by or user_id
            if not draft_lifecycle.claim(
                session, ws, draft, user_id, now, move=move, message_id=message_id
            ):
                return Taken()
            return _Claimed(view_of(draft, shown), outgoing(draft))

    def _settle(
        self,
        team_id: str,
        draft_id: int,
        move: Move,
        cards: Cards,
        *,
        via: str | None = None,
        reason: str | None = None,
    ) -> Done:
        """Record the outcome and show it; a job that resolved the send meanwhile wins."""
        now = self.clock()
        with self.store.session() as session:
            ws = _workspace(session, team_id)
            draft = get_draft(session, ws, draft_id)
            if via is not None:
                moved = draft_lifecycle.record_sent(session, ws, draft, via=via, now=now, move=move)
            else:
                moved = draft_lifecycle.record_unsent(session, ws, draft, move, reason or "", now)
            if not moved:
                session.refresh(draft)
            view = draft_view(session, ws, draft)
        cards.show(team_id, view)
        return Done(view)

    def _found(self, message_id: str) -> bool:
        """Whether the Sent folder holds it; unknown (no mailbox, or unreachable) is no."""
        if self.in_sent is None or not message_id:
            return False
        try:
            return self.in_sent(message_id)
        except Exception as exc:
            log.warning("could not look in the Sent folder: %s", type(exc).__name__)
            return False

    def recover(self, older_than: datetime, cards: Cards) -> int:
        """Drafts a stopped process left `sending`: sent when the Sent folder has them, else
        shown as "may have been sent" for a person to settle. Never re-sent blindly."""
        with self.store.session() as session:
            stuck = [
                (d.id, d.workspace_id, d.sent_message_id or "")
                for d in draft_lifecycle.stuck_sending(session, older_than)
            ]
        resolved = 0
        for draft_id, workspace_id, message_id in stuck:
            found = self._found(message_id)
            now = self.clock()
            with self.store.session() as session:
                ws = session.get(Workspace, workspace_id)
                if ws is None or draft_id is None:
                    continue
                draft = get_draft(session, ws, draft_id)
                if found:
                    moved = draft_lifecycle.record_sent(
                        session, ws, draft, via=FOUND, now=now, move=Move.found
                    )
                else:
                    moved = draft_lifecycle.record_unsent(
                        session, ws, draft, Move.lose, draft_lifecycle.STOPPED, now
                    )
                if not moved:
                    continue
                view, team_id = draft_view(session, ws, draft), ws.team_id
            log.warning("draft %s was left sending; resolved for a person to check", draft_id)
            cards.show(team_id, view)
            resolved += 1
        return resolved


def _workspace(session: Session, team_id: str) -> Workspace:
    ws = find_workspace(session, team_id)
    if ws is None:
        raise NotFound("That draft no longer exists in this workspace.")
    return ws
