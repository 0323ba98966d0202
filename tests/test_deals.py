"""Deal use cases on SQLite and PostgreSQL: numbering, references, the silence clock."""

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest

from bot.core import deal_refs, deals
from bot.core.clock import FixedClock
from bot.core.deals import NewDeal
from bot.core.enums import Stage
from bot.core.errors import Ambiguous, NotFound
from bot.core.money import Money
from bot.core.silence import recompute_silence
from bot.core.views import deal_view
from bot.core.workspaces import WorkspaceDefaults, ensure_workspace
from bot.store.engine import Store
from bot.store.models import Deal, Touchpoint

DEFAULTS = WorkspaceDefaults(channel_id="CTEAM", timezone="Europe/Paris")
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def add(store: Store, name: str, team: str = "T1", **fields) -> Deal:
    with store.session() as session:
        ws = ensure_workspace(session, team, DEFAULTS)
        deal, _ = deals.add_deal(session, ws, NewDeal(name=name, **fields), actor="U1", now=T0)
        return deal


def test_concurrent_adds_get_distinct_numbers_and_one_workspace(store: Store) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        added = list(pool.map(lambda i: add(store, f"Creator {i}"), range(24)))
    assert sorted(d.number for d in added) == list(range(1, 25))
    assert len({d.workspace_id for d in added}) == 1


def test_a_known_address_or_handle_reuses_the_creator(store: Store) -> None:
    first = add(store, "Jane Doe", emails=("jane@example.com",))
    second = add(store, "J. Doe", emails=("JANE@example.com",))
    third = add(store, "Jane", handle="janedoe", platform="youtube")
    fourth = add(store, "Jane D", handle="JaneDoe", platform="youtube")
    other_team = add(store, "Jane Doe", team="T2", emails=("jane@example.com",))
    assert first.creator_id == second.creator_id
    assert third.creator_id == fourth.creator_id != first.creator_id
    assert other_team.creator_id != first.creator_id and other_team.number == 1


def test_references_prefer_exact_and_active_deals(store: Store) -> None:
    add(store, "Ana Souza", handle="anasouza", platform="instagram")
    add(store, "Ana Lima")
    add(store, "Bo Kim")
    with store.session() as session:
        ws = ensure_workspace(session, "T1", DEFAULTS)
        assert deal_refs.resolve_deal(session, ws, "#3").number == 3
        assert deal_refs.resolve_deal(session, ws, "@AnaSouza").number == 1
        assert deal_refs.resolve_deal(session, ws, "ana lima").number == 2
        assert deal_refs.resolve_deal(session, ws, "souza").number == 1
        with pytest.raises(Ambiguous) as many:
            deal_refs.resolve_deal(session, ws, "ana")
        assert [v.number for v in many.value.candidates] == [1, 2]
        deals.close(session, ws, deal_refs.resolve_deal(session, ws, "#2"), "cancelled", T0)
        assert deal_refs.resolve_deal(session, ws, "ana").number == 1, "active deals win"
        with pytest.raises(NotFound):
            deal_refs.resolve_deal(session, ws, "100%_")
        deal, rest = deal_refs.split_ref(session, ws, ["Bo", "Kim", "said", "yes"])
        assert (deal.number, rest) == (3, ["said", "yes"])


def test_silence_follows_who_holds_the_ball(store: Store) -> None:
    clock = FixedClock(T0)
    deal = add(store, "Lan", stage=Stage.negotiating)
    assert deal.awaiting_since is None, "nobody has asked the creator anything yet"

    def act(fn) -> Deal:
        with store.session() as session:
            ws = ensure_workspace(session, "T1", DEFAULTS)
            d = deal_refs.get_deal(session, ws, deal.id)
            fn(session, ws, d)
            return d

    clock.advance(timedelta(hours=1))
    d = act(lambda s, ws, d: deals.set_stage(s, ws, d, Stage.product_shipped, clock.now()))
    assert d.awaiting_since == clock.now() and d.episode == 0

    shipped_at = clock.now()
    clock.advance(timedelta(days=1))
    d = act(
        lambda s, ws, d: deals.log_touchpoint(
            s, ws, d, direction="out", channel="email", actor="U1", now=clock.now()
        )
    )
    assert d.awaiting_since == shipped_at, "a nudge does not restart the silence"

    clock.advance(timedelta(days=1))
    d = act(lambda s, ws, d: setattr(d, "level", 2))
    d = act(
        lambda s, ws, d: deals.log_touchpoint(
            s, ws, d, direction="in", channel="whatsapp", actor="U1", now=clock.now()
        )
    )
    assert d.awaiting_since is None and d.level == 0 and d.episode == 1
    assert d.last_creator_reply_at == clock.now()

    clock.advance(timedelta(hours=3))
    d = act(
        lambda s, ws, d: deals.log_touchpoint(
            s, ws, d, direction="out", channel="email", actor="U1", now=clock.now()
        )
    )
    assert d.awaiting_since == clock.now() and d.last_team_contact_at == clock.now()

    def auto_reply(session, ws, d) -> None:
        session.add(
            Touchpoint(
                workspace_id=ws.id,
                creator_id=d.creator_id,
                deal_id=d.id,
                direction="in",
                occurred_at=clock.now() + timedelta(minutes=1),
                source="imap",
                classification="auto_reply",
                reason="Auto-Submitted: auto-replied",
            )
        )
        session.flush()
        recompute_silence(session, d, clock.now())

    waiting_since = clock.now()
    d = act(auto_reply)
    assert d.awaiting_since == waiting_since, "an out-of-office is not a reply"


def test_views_carry_money_paid_and_contacts(store: Store) -> None:
    deal = add(
        store,
        "Ana",
        emails=("ana@example.com",),
        handle="ana",
        platform="tiktok",
        fee=Money(250000, "BRL"),
    )
    with store.session() as session:
        ws = ensure_workspace(session, "T1", DEFAULTS)
        view = deal_view(session, ws, deal_refs.get_deal(session, ws, deal.id))
    assert view.fee == Money(250000, "BRL") and view.paid is None
    assert view.emails == ("ana@example.com",) and view.handles == (("tiktok", "ana"),)
    assert view.fee.format() == "R$2,500"
