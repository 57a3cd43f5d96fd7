""" "beide" at "Sie nennen Helvetiaplatz / Limmatplatz: Das liegt in verschiedenen Kreisen.
Wo genau ist es?" files one concern per place (new-user trial k, finding 2: "beide" was
no place the bot knew, and "Helvetiaplatz und Limmatplatz, an beiden Orten" was answered
"Der Helvetiaplatz führt durch mehrere Kreise (4, 5)", which it does not: Kreis 4 in
nlp/data; the concern ended "Ort unbekannt")."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from tests.chat import Chat
from tests.conftest import concerns

_TEXT = {
    "de": "Die Kübel am Helvetiaplatz und am Limmatplatz sind voll",
    "en": "The bins at Helvetiaplatz and at Limmatplatz are full",
    "fr": "Les poubelles au Helvetiaplatz et au Limmatplatz débordent",
    "it": "I cestini al Helvetiaplatz e al Limmatplatz sono pieni",
}
_YES = {"de": "Ja", "en": "Yes", "fr": "Oui", "it": "Sì"}


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        ("de", "beide"),
        ("de", "Helvetiaplatz und Limmatplatz, an beiden Orten"),
        ("de", "Helvetiaplatz und Limmatplatz"),
        ("en", "both"),
        ("fr", "les deux"),
        ("it", "entrambi"),
    ],
)
def test_both_places_are_two_concerns(
    dialog: Dialog, engine: Engine, lang: str, answer: str
) -> None:
    chat = Chat(dialog)
    chat.say(_TEXT[lang])
    assert "Helvetiaplatz / Limmatplatz" in chat.text
    chat.say(answer)
    assert "mehrere Kreise" not in chat.text
    assert "Helvetiaplatz" in chat.text and "Kreis 4" in chat.text
    chat.say(_YES[lang])
    assert "Limmatplatz" in chat.text and "Kreis 5" in chat.text
    chat.say(_YES[lang])
    first, second = concerns(engine)
    assert (first.topic, first.kreis, first.place_text, first.status) == (
        "abfall",
        4,
        "Helvetiaplatz",
        "forwarded",
    )
    assert (second.topic, second.kreis, second.place_text, second.status) == (
        "abfall",
        5,
        "Limmatplatz",
        "forwarded",
    )
    assert second.text == first.text == _TEXT[lang]


def test_one_of_the_places_is_one_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(_TEXT["de"])
    chat.say("Limmatplatz")
    chat.say("Ja")
    (only,) = concerns(engine)
    assert (only.kreis, only.place_text, only.status) == (5, "Limmatplatz", "forwarded")


def test_two_other_places_are_no_street_across_kreise(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(_TEXT["de"])
    chat.say("Idaplatz oder Bucheggplatz")
    assert "mehrere Kreise" not in chat.text
    assert "Idaplatz / Bucheggplatz" in chat.text
    assert len(concerns(engine)) == 1
