"""An emergency kind that names its offices (routing.toml `emergency_offices`): the
topic's office when it is one of them, else the coordination office of the Kreis
(new-user trial q, finding 3: a live cable read as "Abfall" went urgent to ERZ)."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from nlp.routing import RoutingTable
from tests.chat import Chat
from tests.conftest import concerns


def test_the_kind_and_the_topic_guess_disagree() -> None:
    routing = RoutingTable.load()
    assert routing.coordinates("live_cable", "abfall")  # ERZ has nothing to do with it
    assert not routing.coordinates("live_cable", "beleuchtung")  # ewz
    assert not routing.coordinates("live_cable", "oev")  # an overhead tram line: VBZ
    assert routing.coordinates("tree_down", "abfall")
    assert not routing.coordinates("tree_down", "gruen")
    assert routing.coordinates("flood_electric", "sport")
    assert routing.coordinates("fire", "abfall") and routing.coordinates("fire")
    assert not routing.coordinates("live_cable")  # no topic: nothing to disagree with
    assert not routing.coordinates(None, "abfall")


def test_a_live_cable_read_as_rubbish_does_not_go_to_erz(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("an der kalkbreitestrasse 10 hängt ein stromkabel runter und es funkt")
    assert "117" in chat.text and "als dringend" in chat.text
    [c] = concerns(engine)
    assert c.urgent and c.emergency == "live_cable" and c.status == "forwarded"
    # The topic guess (Abfall at the trial) is not the cable's office: triage.
    assert c.office == ("ewz" if c.topic == "beleuchtung" else "qk_kreise_3_4_5")
