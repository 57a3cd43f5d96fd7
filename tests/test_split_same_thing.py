"""A part about a thing the part before named goes on with it (new-user trial m,
finding 10): a letter about one pile of bulky waste at Zurlindenstrasse 80 became
"3 Anliegen", its second ("die Schachteln sind inzwischen über das ganze Trottoir
verteilt", the boxes of the pile) a second card to ERZ at the same address."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.settings import Settings
from nlp.split import split_concerns
from nlp.split_announced import PlacesOf
from tests.chat import Chat
from tests.conftest import concerns

LETTER = (
    "Grüezi mitenand, ich wohne seit über zwanzig Jahren an der Zurlindenstrasse und muss "
    "mich jetzt einmal melden, weil es so nicht mehr weitergeht. Seit etwa drei Wochen steht "
    "vor dem Haus Nummer 80 ein Haufen Sperrmüll: zwei alte Matratzen, ein kaputter "
    "Bürostuhl, mehrere Kartonschachteln, die vom Regen schon ganz aufgeweicht sind, und seit "
    "gestern auch noch ein Kühlschrank, aus dem es tropft. Die Kinder aus dem Quartier spielen "
    "dort auf dem Weg zur Schule, und die Schachteln sind inzwischen über das ganze Trottoir "
    "verteilt, so dass man mit dem Kinderwagen auf die Strasse ausweichen muss. Ich habe schon "
    "mit der Verwaltung gesprochen, aber die sagen, das sei nicht ihr Grundstück, und der "
    "Hauswart meint, die Stadt müsse das abholen. Meine Nachbarin hat letzte Woche angerufen, "
    "aber passiert ist nichts. Ausserdem riecht es langsam, und gestern Abend habe ich eine "
    "Ratte gesehen, die zwischen den Schachteln verschwunden ist. Ich verstehe, dass alle viel "
    "zu tun haben, aber es wäre schön, wenn das bald jemand anschauen könnte. Vielen Dank und "
    "freundliche Grüsse, eine Anwohnerin"
)
BOXES = "die Schachteln sind inzwischen über das ganze Trottoir verteilt"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The letter is longer than the tests' usual limit (300): the real one."""
    return settings.model_copy(update={"max_text_length": 2000})


def test_the_boxes_of_the_pile_are_no_second_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(LETTER)
    stored = concerns(engine)
    assert BOXES in (stored[0].text or "")
    assert not any((c.text or "").startswith(BOXES) for c in stored)
    assert "3 Anliegen" not in chat.text
    assert "Zurlindenstrasse 80" in chat.text  # the pile's card comes first


def _by_word(part: str) -> tuple[str, float]:
    """A classifier that reads the pavement as roads, as the real one did."""
    for word, topic in (("Trottoir", "strasse"), ("pavement", "strasse"), ("Lampe", "beleuchtung")):
        if word in part:
            return topic, 0.9
    return "abfall", 0.9


@pytest.mark.parametrize(
    "text",
    [
        "Vor dem Haus an der Zurlindenstrasse 80 liegen alte Kartonschachteln, und die "
        "Schachteln sind jetzt über das ganze Trottoir verteilt",
        "Vor dem Haus an der Zurlindenstrasse 80 liegen alte Kartonschachteln, und die "
        "Kartonschachteln sind jetzt über das ganze Trottoir verteilt",
        "Old cardboard boxes have been left at Zurlindenstrasse 80, and the boxes are now "
        "spread all over the pavement",
    ],
)
def test_the_same_thing_goes_on(text: str, places_of: PlacesOf) -> None:
    assert split_concerns(text, _by_word, places_of=places_of) == [text]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (  # another thing
            "Vor dem Haus an der Zurlindenstrasse 80 liegen alte Kartonschachteln, und die "
            "Lampe ist seit Tagen dunkel",
            [
                "Vor dem Haus an der Zurlindenstrasse 80 liegen alte Kartonschachteln",
                "die Lampe ist seit Tagen dunkel",
            ],
        ),
        (  # the same thing at a place of its own
            "Vor dem Haus an der Zurlindenstrasse 80 liegen alte Kartonschachteln, und die "
            "Schachteln am Idaplatz sind über das ganze Trottoir verteilt",
            [
                "Vor dem Haus an der Zurlindenstrasse 80 liegen alte Kartonschachteln",
                "die Schachteln am Idaplatz sind über das ganze Trottoir verteilt",
            ],
        ),
    ],
)
def test_another_thing_or_place_still_splits(
    text: str, parts: list[str], places_of: PlacesOf
) -> None:
    assert split_concerns(text, _by_word, places_of=places_of) == parts
