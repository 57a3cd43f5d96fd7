"""A range of house numbers (new-user trial k, finding 8): "Langstrasse 200-204"
went to Kreis 4 (200 alone is in Kreis 5), "Badenerstrasse 120-122" was said to
lie where Kreise meet (120 alone is in Kreis 4), and the confirmation showed the
street without its number. The first number is the house number; the place
shown keeps the range as written."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from nlp.places import Gazetteer
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "kreis", "shown"),
    [
        ("Vor der Langstrasse 200-204 hat es ein grosses Schlagloch", 5, "Langstrasse 200-204"),
        ("Schlagloch an der Badenerstrasse 120-122", 4, "Badenerstrasse 120-122"),
        ("Schlagloch an der Badenerstrasse 120–122", 4, "Badenerstrasse 120–122"),
        ("Schlagloch an der Badenerstrasse 120 bis 122", 4, "Badenerstrasse 120 bis 122"),
        ("Schlagloch an der Badenerstrasse 120/122", 4, "Badenerstrasse 120/122"),
        ("Schlagloch an der Langstrasse 200 - 204", 5, "Langstrasse 200 - 204"),
        ("Schlagloch an der Langstrasse Nr. 200-204", 5, "Langstrasse 200-204"),
    ],
)
def test_the_first_number_of_a_range_places_it(
    gazetteer: Gazetteer, text: str, kreis: int, shown: str
) -> None:
    place = gazetteer.resolve(text)
    assert (place.kreis, place.candidates) == (kreis, [])
    assert place.places == [shown]


@pytest.mark.parametrize(
    "text",
    [
        "Schlagloch an der Langstrasse 200-120",  # the end below the start: no range
        "Schlagloch an der Langstrasse 200-900",  # far apart: no range of houses
    ],
)
def test_no_range_is_no_house_number(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.resolve(text).places == ["Langstrasse"]


def test_the_confirmation_keeps_the_range(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Vor der Langstrasse 200-204 hat es ein grosses Schlagloch")
    [c] = concerns(engine)
    assert (c.kreis, c.place_text) == (5, "Langstrasse 200-204")
    assert "Langstrasse 200-204 (Quartier Gewerbeschule, Kreis 5)" in chat.text
