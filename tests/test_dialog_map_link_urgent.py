"""An emergency with a maps link of coordinates in it ("Es brennt!
https://maps.google.com/?q=47.3769,8.5417") was read without them: it went out
without a place and the resident was asked "Wo ist das?". Its coordinates are now
its place (bot.dialog.map_link), as for an ordinary concern: it goes out with its
Kreis, no place question."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

HARD = (47.378, 8.518)  # Quartier Hard, Kreis 4


def test_an_emergency_with_a_coordinates_link_goes_out_with_its_kreis(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Es brennt! https://maps.google.com/?q=47.378,8.518")
    assert t("de", "emergency") in chat.text
    assert t("de", "urgent_ask_place") not in chat.text
    [filed] = concerns(engine)
    assert filed.urgent and filed.status == Status.FORWARDED
    assert (filed.kreis, filed.lat, filed.lon) == (4, *HARD)
    assert "http" not in (filed.text or "")  # the link is the place, not the words


def test_an_emergency_with_another_link_is_asked_where_as_before(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Es brennt! siehe https://www.stadt-zuerich.ch/abfall")
    [filed] = concerns(engine)
    assert filed.urgent and filed.lat is None and filed.kreis is None
