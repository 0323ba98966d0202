"""The moves a reminder draft can make, in one table that the code and the database both follow.

Every state change is a conditional UPDATE whose WHERE names the states the move starts from,
so two clicks (or a click and a job) can never both make it; the unique index that allows one
open draft per deal is built from `OPEN`.
"""

from enum import StrEnum

from bot.core.enums import DraftState

S = DraftState


class Move(StrEnum):
    send = "send"  # a person approved it
    retry = "retry"  # after a transient failure
    resend = "resend"  # after "may have been sent", confirmed by a person who checked Sent
    delivered = "delivered"  # the server took it
    found = "found"  # its Message-ID is in the Sent folder
    fail = "fail"  # not sent; trying again may work
    refuse = "refuse"  # not sent; the server will never take it as it is
    lose = "lose"  # the outcome is unknown: maybe delivered
    edit = "edit"  # a person changed its text
    discard = "discard"  # a person threw it away
    close = "close"  # made moot by a reply or the deal's end
    supersede = "supersede"  # a higher level's reminder takes its place


TRANSITIONS: dict[Move, tuple[frozenset[DraftState], DraftState]] = {
    Move.send: (frozenset({S.pending}), S.sending),
    Move.retry: (frozenset({S.failed}), S.sending),
    Move.resend: (frozenset({S.uncertain}), S.sending),
    Move.delivered: (frozenset({S.sending}), S.sent),
    Move.found: (frozenset({S.sending, S.uncertain}), S.sent),
    Move.fail: (frozenset({S.sending}), S.failed),
    Move.refuse: (frozenset({S.sending}), S.refused),
    Move.lose: (frozenset({S.sending}), S.uncertain),
    Move.edit: (frozenset({S.pending, S.failed, S.refused}), S.pending),
    Move.discard: (frozenset({S.pending, S.failed, S.refused, S.uncertain}), S.discarded),
    Move.close: (frozenset({S.pending, S.failed, S.refused, S.uncertain}), S.discarded),
    # An email that may have gone out stays visible until a person settles it.
    Move.supersede: (frozenset({S.pending, S.failed, S.refused}), S.discarded),
}

# A draft is open while any move leads out of its state: one such draft per deal at a time.
OPEN: frozenset[DraftState] = frozenset(s for starts, _ in TRANSITIONS.values() for s in starts)
CLAIMS = (Move.send, Move.retry, Move.resend)


def starts(move: Move) -> list[DraftState]:
    """The states `move` may start from, in a stable order for SQL."""
    return sorted(TRANSITIONS[move][0])


def target(move: Move) -> DraftState:
    return TRANSITIONS[move][1]


def open_states_sql() -> str:
    """The partial index's predicate: the same states as `OPEN`."""
    return "state IN (" + ", ".join(f"'{s.value}'" for s in sorted(OPEN)) + ")"
