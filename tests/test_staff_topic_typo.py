"""New-user trial p, finding 8: "/thema 1 beleuchtig" answered "Dieses Thema kenne
ich nicht." with all 18 topic codes. A typo close to a code or a word of a topic's
name is answered with the code it likely meant (difflib, standard library); a word
close to none still gets the list."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.staff.parse import close
from nlp.routing import RoutingTable
from tests.chat import Chat
from tests.staff_helpers import ERZ, concern, file_concern, register


def test_a_typo_gets_the_topic_it_meant(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    text = Chat(dialog, ERZ).say(f"/thema {c.reference} beleuchtig")[0].text
    assert "Meinten Sie beleuchtung (Beleuchtung)?" in text
    assert f"/thema {c.reference} beleuchtung" in text
    assert "quartierleben" not in text  # not the whole list
    assert concern(engine, c.id).topic == "abfall"  # nothing changed


def test_a_word_close_to_no_topic_gets_the_list(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    text = Chat(dialog, ERZ).say(f"/thema {c.reference} xylofon")[0].text
    assert "Dieses Thema kenne ich nicht" in text and "quartierleben" in text


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("beleuchtig", "beleuchtung"),
        ("verker", "verkehr"),
        ("schuhle", "schule"),
        ("sicherhet", "sicherheit"),
        ("laerm", "umwelt"),  # a word of "Lärm, Luft und Schädlinge"
        ("quartierlebn", "quartierleben"),
    ],
)
def test_close(routing: RoutingTable, typed: str, meant: str) -> None:
    names = {c: t.name for c, t in routing.topics.items()}
    assert close(f"{typed} eine Bemerkung", names)[0] == meant
