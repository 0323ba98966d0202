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
    schedule = "schedule"  # a person approved it outside the creator's working hours
    send_now = "send_now"  # a person would not wait for the working hours
    due = "due"  # the working hours came
    cancel = "cancel"  # a person took back the approval before it was sent
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
    Move.schedule: (frozenset({S.pending}), S.scheduled),
    Move.send_now: (frozenset({S.scheduled}), S.sending),
    Move.due: (frozenset({S.scheduled}), S.sending),
    Move.cancel: (frozenset({S.scheduled}), S.pending),
    Move.retry: (frozenset({S.failed}), S.sending),
    Move.resend: (frozenset({S.uncertain}), S.sending),
    Move.delivered: (frozenset({S.sending}), S.sent),
    Move.found: (frozenset({S.sending, S.uncertain}), S.sent),
    Move.fail: (frozenset({S.sending}), S.failed),
    Move.refuse: (frozenset({S.sending}), S.refused),
    Move.lose: (frozenset({S.sending}), S.uncertain),
    Move.edit: (frozenset({S.pending, S.failed, S.refused}), S.pending),
    Move.discard: (
        frozenset({S.pending, S.scheduled, S.failed, S.refused, S.uncertain}),
        S.discarded,
    ),
    Move.close: (
        frozenset({S.pending, S.scheduled, S.failed, S.refused, S.uncertain}),
        S.discarded,
    ),
    # An email that may have gone out stays visible until a person settles it, and one a
    # person approved for the morning still goes.
    Move.supersede: (frozenset({S.pending, S.failed, S.refused}), S.discarded),
}

# A draft is open while any move leads out of its state: one such draft per deal at a time.
OPEN: frozenset[DraftState] = frozenset(s for starts, _ in TRANSITIONS.values() for s in starts)
CLAIMS = (Move.send, Move.retry, Move.resend, Move.send_now, Move.due)


def starts(move: Move) -> list[DraftState]:
    """The states `move` may start from, in a stable order for SQL."""
    return sorted(TRANSITIONS[move][0])


def target(move: Move) -> DraftState:
    return TRANSITIONS[move][1]


def open_states_sql() -> str:
    """The partial index's predicate: the same states as `OPEN`."""
    return "state IN (" + ", ".join(f"'{s.value}'" for s in sorted(OPEN)) + ")"
