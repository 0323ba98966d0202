"""The draft's moves: one table that the code and the database's unique index both follow."""

from sqlalchemy import text

from bot.core.draft_states import CLAIMS, OPEN, TRANSITIONS, Move, open_states_sql, starts
from bot.core.enums import DraftState
from bot.store.engine import Store

TERMINAL = {DraftState.sent, DraftState.discarded}


def test_every_state_is_reachable_and_only_sent_and_discarded_are_final() -> None:
    reached = {DraftState.pending} | {to for _, to in TRANSITIONS.values()}
    assert reached == set(DraftState)
    assert set(DraftState) - OPEN == TERMINAL


def test_a_send_starts_from_an_approval_and_an_uncertain_one_only_by_resend() -> None:
    sources = {move: set(starts(move)) for move in CLAIMS}
    assert sources == {
        Move.send: {DraftState.pending},
        Move.retry: {DraftState.failed},
        Move.resend: {DraftState.uncertain},
        Move.send_now: {DraftState.scheduled},
        Move.due: {DraftState.scheduled},
    }
    assert DraftState.scheduled not in starts(Move.supersede), "an approval is kept"
    assert DraftState.scheduled in starts(Move.close), "a reply cancels it"
    refused_exits = {m for m, (frm, _) in TRANSITIONS.items() if DraftState.refused in frm}
    assert refused_exits == {Move.edit, Move.discard, Move.close, Move.supersede}
    assert DraftState.uncertain not in starts(Move.supersede), "a newer level never hides it"


def test_the_database_index_allows_one_open_draft_per_deal_in_exactly_the_open_states(
    store: Store,
) -> None:
    with store.engine.connect() as connection:
        if store.dialect == "sqlite":
            sql = connection.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'uq_draft_open_deal'")
            ).scalar_one()
        else:
            sql = connection.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = 'uq_draft_open_deal'")
            ).scalar_one()
    named = {state for state in DraftState if f"'{state.value}'" in sql}
    assert named == OPEN, sql
    assert "UNIQUE" in sql.upper()
    assert all(f"'{s.value}'" in open_states_sql() for s in OPEN)
