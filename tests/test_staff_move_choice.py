"""/umleiten REF without an office asks where to, with the offices as buttons
that redirect REF when pressed (new-user trial f, section 10: it answered
"Diese Stelle kenne ich nicht" and a list of codes)."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts.staff import st
from tests.chat import Chat
from tests.staff_helpers import ERZ, concern, file_concern, register


def test_umleiten_without_an_office_offers_the_offices(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    [reply] = staff.say(f"/umleiten {c.reference}")
    assert reply.text == st("choose_office_move", reference=c.reference)
    assert "kenne ich nicht" not in reply.text
    labels = [b.label for b in staff.buttons]
    assert st("btn_all_offices") in labels and st("btn_cancel") in labels
    staff.press(st("btn_all_offices"))
    staff.press("Grün Stadt Zürich")
    assert concern(engine, c.id).office == "gsz"


def test_umleiten_without_an_office_can_be_cancelled(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/umleiten {c.reference}   ")
    staff.press(st("btn_cancel"))
    assert concern(engine, c.id).office == "erz"


def test_thema_without_a_topic_offers_the_topics(dialog: Dialog, engine: Engine) -> None:
    # The same fault as /umleiten had (V2's note): "unknown topic" and a list of codes.
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    [reply] = staff.say(f"/thema {c.reference}")
    assert reply.text == st("choose_topic", reference=c.reference)
    labels = [b.label for b in staff.buttons]
    assert "Abfall und Sauberkeit" not in labels  # its own topic is not offered
    assert st("btn_cancel") in labels
    staff.press("Grünflächen, Bäume und Spielplätze")
    moved = concern(engine, c.id)
    assert moved.topic == "gruen" and moved.office == "gsz"
    assert "Grünflächen, Bäume und Spielplätze" in staff.text
