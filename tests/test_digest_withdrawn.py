"""Concerns the resident withdrew, in the digest (trial 2026-12-06 b: they were
counted and listed among the new ones). A withdrawn draft never reached an
office: not in the digest at all. One withdrawn after forwarding, by the end
of the period: not counted nor listed as new, only named on one line under
the figures. One withdrawn after the period: new then, listed with its
current status (a digest built again later says the same). SQLite and
PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from digest import build_digest, daily_period, render_telegram, render_text
from digest.model import Digest
from digest.page import render_html
from nlp.routing import RoutingTable
from store.db import session_scope
from store.models import Concern, Status
from tests.digest_factories import DIGEST_DAY, NOW, add_concern, fill_scenario, set_status, zurich

OFFICE = "qk_kreise_3_4_5"
LINE = "Von der Person zurückgezogen, nicht mitgezählt"


@pytest.fixture
def refs(engine: Engine, routing: RoutingTable) -> dict[str, str]:
    """The fixed scenario plus three concerns of Monday 9 March in Kreis 4."""
    with session_scope(engine) as s:
        fill_scenario(s, routing)
        kreis4 = {"kreis": 4, "quartier": "Langstrasse", "topic": "abfall"}
        # a draft the resident discarded: never forwarded
        draft = add_concern(
            s, routing, text="Abfall an der Brauerstrasse", at=zurich(2026, 3, 9, 9), **kreis4
        )
        draft.status, draft.forwarded_at = Status.DRAFT, None
        s.add(draft)
        set_status(s, draft, Status.WITHDRAWN, zurich(2026, 3, 9, 9, 5))
        # forwarded, then "hat sich erledigt" twenty minutes later
        gone = add_concern(
            s, routing, text="Kübel an der Hohlstrasse voll", at=zurich(2026, 3, 9, 10), **kreis4
        )
        set_status(s, gone, Status.WITHDRAWN, zurich(2026, 3, 9, 10, 20))
        # forwarded on Monday, withdrawn on Tuesday morning (after the period)
        later = add_concern(
            s, routing, text="Sperrgut an der Kanzleistrasse", at=zurich(2026, 3, 9, 11), **kreis4
        )
        set_status(s, later, Status.WITHDRAWN, zurich(2026, 3, 10, 6))
        found = {"draft": draft, "gone": gone, "later": later}
        return {name: str(c.reference) for name, c in found.items()}


def build(engine: Engine, routing: RoutingTable, office: str = OFFICE) -> Digest:
    with session_scope(engine) as s:
        return build_digest(s, routing, office, *daily_period(DIGEST_DAY), now=NOW)


def listed(d: Digest) -> set[str]:
    shown = {i.reference for g in d.by_topic for i in g.items}
    return shown | {i.reference for g in d.by_area for i in g.items}


def test_withdrawn_concerns_are_not_new(
    engine: Engine, routing: RoutingTable, refs: dict[str, str]
) -> None:
    d = build(engine, routing)
    # the scenario's 9 of Monday, and "later" (still there at midnight)
    assert d.new_count == 10
    assert sum(g.count for g in d.by_topic) + len(d.urgent) == d.new_count
    assert refs["draft"] not in listed(d) and refs["gone"] not in listed(d)
    assert refs["later"] in listed(d)
    later = next(i for g in d.by_topic for i in g.items if i.reference == refs["later"])
    assert later.status_label == "zurückgezogen"
    # only the one withdrawn after forwarding, by the end of the period, is named
    assert d.withdrawn == (refs["gone"],)
    clustered = {r for c in d.clusters for r in c.references}
    assert refs["gone"] not in clustered and refs["draft"] not in clustered
    # the department sees the same
    erz = build(engine, routing, "erz")
    assert refs["gone"] not in listed(erz) and erz.withdrawn == (refs["gone"],)


def test_the_withdrawn_line_in_every_format(
    engine: Engine, routing: RoutingTable, refs: dict[str, str]
) -> None:
    d = build(engine, routing)
    text = render_text(d)
    assert f"  {LINE}: 1 ({refs['gone']})\n" in text
    assert "Neue Anliegen: 10 " in text
    assert refs["gone"] not in text.replace(f"{LINE}: 1 ({refs['gone']})", "")
    assert refs["draft"] not in text
    telegram = "".join(render_telegram(d))
    assert f"{LINE}: 1 ({refs['gone']})" in telegram
    assert refs["draft"] not in telegram
    page = render_html(d)
    assert f"{LINE}: 1 ({refs['gone']})" in page
    assert refs["draft"] not in page


def test_no_line_without_withdrawn_concerns(engine: Engine, routing: RoutingTable) -> None:
    with session_scope(engine) as s:
        fill_scenario(s, routing)
    d = build(engine, routing)
    assert d.withdrawn == () and LINE not in render_text(d)


def test_a_concern_still_open_is_unaffected(
    engine: Engine, routing: RoutingTable, refs: dict[str, str]
) -> None:
    """ "Noch offen" counts what was open at midnight: "later" was."""
    d = build(engine, routing)
    with session_scope(engine) as s:
        later = s.get(Concern, int(refs["later"].rsplit("-", 1)[1]))
        assert later is not None and later.status == Status.WITHDRAWN
    # the scenario's 12 open at midnight, and "later"
    assert d.figure("open").value == 13
