"""A false alarm in the digest (new-user trial k, finding 13): a concern that went
out at once as urgent, and that the resident then said was no emergency, is
unconfirmed and no longer urgent. The digest said "ohne Bestätigung der Person",
which read like a resident who did not confirm; now it says what happened."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session

from digest import build_digest, daily_period, render_telegram, render_text
from digest.page import render_html
from digest.texts import T
from nlp.routing import RoutingTable
from store.db import session_scope
from store.models import Concern
from tests.digest_factories import DIGEST_DAY, NOW, add_concern, add_event, zurich

OFFICE = "qk_kreise_3_4_5"


def _calmed_and_plain(s: Session, routing: RoutingTable) -> tuple[Concern, Concern]:
    """Two unconfirmed concerns in Kreis 4: one went out as urgent and the
    resident then said it was no emergency, the other was never urgent."""
    kreis4 = {"kreis": 4, "quartier": "Langstrasse", "topic": "abfall", "unconfirmed": True}
    at = zurich(2026, 3, 9, 9)
    calmed = add_concern(s, routing, text="Daneben liegt ein Sack", at=at, **kreis4)
    add_event(
        s,
        calmed,
        kind="resident",
        at=zurich(2026, 3, 9, 9, 2),
        before={"urgent": True},
        after={"urgent": False},
        actor="resident",
    )
    plain = add_concern(s, routing, text="Kübel voll", at=zurich(2026, 3, 9, 10), **kreis4)
    return calmed, plain


def test_a_calmed_false_alarm_is_not_called_unconfirmed(
    engine: Engine, routing: RoutingTable
) -> None:
    with session_scope(engine) as s:
        calmed, plain = _calmed_and_plain(s, routing)
        refs = (calmed.reference, plain.reference)
        d = build_digest(s, routing, OFFICE, *daily_period(DIGEST_DAY), now=NOW)
    items = {i.reference: i for g in d.by_topic for i in g.items}
    assert items[refs[0]].calmed and not items[refs[1]].calmed
    for rendered in (render_text(d), render_telegram(d), render_html(d)):
        text = rendered if isinstance(rendered, str) else "\n".join(rendered)
        line = next(x for x in text.splitlines() if refs[0] in x)
        assert T["calmed"] in line and T["unconfirmed"] not in line
        other = next(x for x in text.splitlines() if refs[1] in x)
        assert T["unconfirmed"] in other


def test_the_staff_card_says_so_too(engine: Engine, routing: RoutingTable) -> None:
    from bot.staff.render import card
    from bot.texts.staff import STAFF

    calmed_line, unconfirmed_line = STAFF["card_calmed"], STAFF["card_unconfirmed"]
    with session_scope(engine) as s:
        calmed, plain = _calmed_and_plain(s, routing)
        calmed_card, plain_card = card(s, routing, calmed), card(s, routing, plain)
    assert calmed_line in calmed_card and unconfirmed_line not in calmed_card
    assert unconfirmed_line in plain_card and calmed_line not in plain_card
