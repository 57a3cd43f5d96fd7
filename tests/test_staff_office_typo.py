"""New-user trial p, finding 8 (what was left): "/umleiten REF" with an office it
does not know answered the whole list of offices. A typo close to an office's
code or a word of its name gets "Meinten Sie …?" like /thema does
(bot.staff.parse.close); a word of several offices' names, or one close to
none, still gets the list."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.staff.parse import close
from nlp.routing import RoutingTable
from tests.chat import Chat
from tests.staff_helpers import ERZ, concern, file_concern, register


def test_a_typo_gets_the_office_it_meant(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    before = concern(engine, c.id).office
    text = Chat(dialog, ERZ).say(f"/umleiten {c.reference} tiefbaumt bitte prüfen")[0].text
    assert "Diese Stelle kenne ich nicht. Meinten Sie taz (Tiefbauamt)?" in text
    assert f"/umleiten {c.reference} taz" in text
    assert "sok" not in text  # not the whole list
    assert concern(engine, c.id).office == before  # nothing changed


@pytest.mark.parametrize("typed", ["xylofon", "quartierkoordinatio", "stdt"])
def test_a_word_close_to_no_single_office_gets_the_list(
    dialog: Dialog, engine: Engine, typed: str
) -> None:
    register(engine)
    c = file_concern(dialog)
    text = Chat(dialog, ERZ).say(f"/umleiten {c.reference} {typed}")[0].text
    assert "Meinten Sie" not in text
    assert "Diese Stelle kenne ich nicht" in text and "sok" in text


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("tiefbaumt", "taz"), ("vbzz", "vbz"), ("stapoo", "stapo"), ("waidberk", "qk_waidberg")],
)
def test_close_offices(routing: RoutingTable, typed: str, meant: str) -> None:
    names = {c: o.name for c, o in routing.offices.items()}
    assert close(f"{typed} eine Bemerkung", names) == [meant]
