"""An afterthought at the end of a message ("…, ach ja und die Strassenlampe dort ist auch
kaputt", "…, oh and the streetlight there is broken too") opens a new concern when its
clause is one of its own, "dort"/"there" naming its place (new-user trial k, finding 3:
after a long first part the lamp was lost in one concern). A filler left at the end of
the first part by a split ("…, ah", "…, oh") goes (trial k, finding 13)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from nlp.split import TopicOf, split_concerns
from nlp.split_afterthought import without_filler
from nlp.split_announced import PlacesOf
from tests.chat import Chat
from tests.conftest import concerns

_PARK = (
    "Im Park bei der Bäckeranlage schläft jede Nacht ein Mann und lässt Flaschen liegen, kein"
    " Notfall, einfach mühsam"
)
_PARK_EN = (
    "hey so theres like this guy sleeping in the park next to Bäckeranlage every night and he"
    " leaves bottles and stuff, not an emergency just annoying"
)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            f"{_PARK}, ach ja und die Strassenlampe dort ist auch kaputt",
            [_PARK, "die Strassenlampe dort ist auch kaputt"],
        ),
        (
            f"{_PARK_EN}, oh and the streetlight there is broken too",
            [_PARK_EN, "the streetlight there is broken too"],
        ),
        (
            "La poubelle au Helvetiaplatz déborde, au fait le lampadaire là est cassé",
            ["La poubelle au Helvetiaplatz déborde", "le lampadaire là est cassé"],
        ),
        (
            "Il cestino al Helvetiaplatz è pieno, ah e il lampione lì è rotto",
            ["Il cestino al Helvetiaplatz è pieno", "il lampione lì è rotto"],
        ),
        (
            "Der Kübel am Idaplatz ist schon wieder voll, übrigens ist dort auch die Lampe kaputt",
            [
                "Der Kübel am Idaplatz ist schon wieder voll",
                "übrigens ist dort auch die Lampe kaputt",
            ],
        ),
    ],
)
def test_an_afterthought_is_a_concern_of_its_own(
    topic_of: TopicOf, places_of: PlacesOf, text: str, parts: list[str]
) -> None:
    assert split_concerns(text, topic_of, places_of=places_of) == parts


@pytest.mark.parametrize(
    "text",
    [
        # The same matter, pointed back to with a pronoun, or nothing of its own.
        "Der Kübel am Idaplatz ist voll und stinkt, ach ja und er ist auch kaputt",
        "Der Kübel am Idaplatz ist voll und stinkt fürchterlich, ach ja, schon seit Tagen",
        # When, not a matter of its own (the classifier read "schon seit Montag" as
        # Abfall at 0.96 and split it off).
        "Die Lampe an der Josefstrasse ist kaputt, übrigens schon seit Montag",
        "The street lamp on Josefstrasse is broken, by the way since Monday",
        "La lampe de la Josefstrasse est cassée, au fait depuis lundi",
        # "oh" inside a clause is no marker.
        "The bins at Idaplatz are overflowing oh and so smelly and disgusting",
    ],
)
def test_no_new_concern_after_it_stays_one(topic_of: TopicOf, text: str) -> None:
    assert split_concerns(text, topic_of) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Der Kübel am Idaplatz ist voll, ah und die Lampe dort brennt auch nicht",
            "Der Kübel am Idaplatz ist voll",
        ),
        (
            "The bins at Idaplatz are overflowing, oh and the street light there is out too",
            "The bins at Idaplatz are overflowing",
        ),
    ],
)
def test_no_filler_at_the_end_of_the_first_part(topic_of: TopicOf, text: str, first: str) -> None:
    assert split_concerns(text, topic_of)[0] == first


@pytest.mark.parametrize(
    ("part", "trimmed"),
    [
        ("Der Kübel am Idaplatz ist voll, ah", "Der Kübel am Idaplatz ist voll"),
        ("The bins are overflowing, oh", "The bins are overflowing"),
        ("Der Kübel ist voll, äh", "Der Kübel ist voll"),
        ("Der Kübel ist voll", "Der Kübel ist voll"),
        ("Oh", "Oh"),
    ],
)
def test_without_filler(part: str, trimmed: str) -> None:
    assert without_filler(part) == trimmed


def test_the_afterthought_reaches_its_own_office_at_the_same_place(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(f"{_PARK}, ach ja und die Strassenlampe dort ist auch kaputt")
    assert "2 Anliegen" in chat.text
    chat.press("Sicherheit und Ruhestörung")  # the first part's topic is asked for
    chat.say("Ja")
    assert "Strassenlampe dort ist auch kaputt" in chat.text
    assert "Beleuchtung, Bäckeranlage" in chat.text  # "dort": the place before
    chat.say("Ja")
    park, lamp = concerns(engine)
    assert (park.topic, park.office, park.kreis) == ("sicherheit", "stapo", 4)
    assert (lamp.topic, lamp.office, lamp.kreis) == ("beleuchtung", "ewz", 4)
