"""A maps link as the place. One carrying only coordinates got "Diesen Ort kenne ich
leider nicht": it is read as the shared location it points at. A short link
("https://maps.app.goo.gl/…") cannot be opened without the network: the resident is
asked for the street or a location pin, in their language."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.map_link import coordinates
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns

HARD = (47.378, 8.518)  # Quartier Hard, Kreis 4
LINKS = [
    "https://www.google.com/maps/@47.3780,8.5180,17z",
    "https://maps.google.com/?q=47.378,8.518",
    "https://www.openstreetmap.org/#map=18/47.37800/8.51800",
    "https://www.openstreetmap.org/?mlat=47.378&mlon=8.518#map=18/47.378/8.518",
    "Hier: https://www.google.ch/maps?q=47.378%2C8.518",
]


@pytest.mark.parametrize("link", LINKS)
def test_a_coordinates_link_is_a_shared_location(dialog: Dialog, engine: Engine, link: str) -> None:
    pinned = Chat(dialog, chat_id="1")
    pinned.say("Der Abfallkübel ist übervoll")
    pinned.location(*HARD)
    linked = Chat(dialog, chat_id="2")
    linked.say("Der Abfallkübel ist übervoll")
    linked.say(link)
    assert linked.text == pinned.text  # the card, as for the pin
    assert t("de", "ask_place_again") not in linked.text
    by_pin, by_link = concerns(engine)
    assert (by_link.kreis, by_link.quartier) == (by_pin.kreis, by_pin.quartier) == (4, "Hard")
    assert (by_link.lat, by_link.lon) == HARD


def test_a_coordinates_link_alone_is_kept_for_the_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(LINKS[0])
    assert chat.text == t("de", "location_kept")
    chat.say("Der Abfallkübel ist übervoll")
    [filed] = concerns(engine)
    assert (filed.kreis, filed.lat, filed.lon) == (4, *HARD)


@pytest.mark.parametrize(
    ("concern", "lang"),
    [
        ("Der Abfallkübel ist übervoll", "de"),
        ("The rubbish bin is overflowing", "en"),
        ("La poubelle déborde", "fr"),
        ("Il cestino è stracolmo", "it"),
    ],
)
def test_a_short_link_asks_for_the_street_or_a_pin(
    dialog: Dialog, engine: Engine, concern: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(concern)
    chat.say("https://maps.app.goo.gl/Xy7abCdEf12")
    assert chat.text == t(lang, "map_link_short")
    assert chat.last[0].request_location
    chat.say("Idaplatz")  # the place question is still open
    [filed] = concerns(engine)
    assert filed.kreis == 3


@pytest.mark.parametrize(
    "link",
    [
        "https://www.google.com/maps/place/Idaplatz/@47.3755,8.5190,17z",
        "https://www.example.com/@47.378,8.518",
        "https://maps.google.com/?q=Idaplatz",
    ],
)
def test_a_link_that_names_a_place_or_is_no_map_has_no_coordinates(link: str) -> None:
    assert coordinates(link) is None
