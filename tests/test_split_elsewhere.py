"""The same matter at a second place ("Der Kübel beim Coop am Helvetiaplatz ist voll und
beim Migros Limmatplatz auch") is two concerns of the same topic, one per place
(new-user trial k, finding 2: one concern whose places lay in different Kreise, asked
about, and filed as "Ort unbekannt")."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from nlp.split import TopicOf, split_concerns
from nlp.split_announced import PlacesOf
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Der Kübel beim Coop am Helvetiaplatz ist voll und beim Migros Limmatplatz auch",
            [
                "Der Kübel beim Coop am Helvetiaplatz ist voll",
                "Der Kübel beim Migros Limmatplatz ist voll",
            ],
        ),
        (
            "De Chübel bim Idaplatz isch voll und bim Limmatplatz au",
            ["De Chübel bim Idaplatz isch voll", "De Chübel bim Limmatplatz isch voll"],
        ),
        (
            "The bin at Helvetiaplatz is full and at Limmatplatz too",
            ["The bin at Helvetiaplatz is full", "The bin at Limmatplatz is full"],
        ),
        (
            "La poubelle au Helvetiaplatz déborde, et aussi au Limmatplatz",
            ["La poubelle au Helvetiaplatz déborde", "La poubelle au Limmatplatz déborde"],
        ),
        (
            "Il cestino al Helvetiaplatz è pieno, e anche al Limmatplatz",
            ["Il cestino al Helvetiaplatz è pieno", "Il cestino al Limmatplatz è pieno"],
        ),
    ],
)
def test_the_same_matter_at_a_second_place_is_two_concerns(
    topic_of: TopicOf, places_of: PlacesOf, text: str, parts: list[str]
) -> None:
    assert split_concerns(text, topic_of, places_of=places_of) == parts


@pytest.mark.parametrize(
    "text",
    [
        "Der Kübel am Idaplatz ist voll und am Abend auch",  # no place
        "Der Kübel am Idaplatz ist voll und am Idaplatz auch",  # the same place
        "Der Kübel ist voll und beim Limmatplatz auch",  # no place of the first
    ],
)
def test_no_second_place_stays_one(topic_of: TopicOf, places_of: PlacesOf, text: str) -> None:
    assert split_concerns(text, topic_of, places_of=places_of) == [text]


def test_both_places_reach_the_office(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel beim Coop am Helvetiaplatz ist voll und beim Migros Limmatplatz auch")
    assert "2 Anliegen" in chat.text
    chat.say("Ja")
    chat.say("Ja")
    first, second = concerns(engine)
    assert (first.topic, first.kreis) == ("abfall", 4)
    assert first.place_text == "Coop am Helvetiaplatz"  # the venue kept (bot/dialog/venue.py)
    assert (second.topic, second.kreis, second.place_text) == ("abfall", 5, "Migros Limmatplatz")
    assert first.status == second.status == "forwarded"
