"""A topic typed instead of chosen (nlp.smalltalk.typed_topic)."""

from __future__ import annotations

import pytest

from bot.texts import TOPIC_NAMES
from nlp.routing import RoutingTable
from nlp.smalltalk import typed_topic

TYPED_TOPICS = [
    ("Abfall", "abfall"),
    ("abfall", "abfall"),
    ("Abfall!", "abfall"),
    ("Thema Abfall", "abfall"),
    ("Thema: Abfall", "abfall"),
    ("Müll", "abfall"),
    ("Muell", "abfall"),
    ("Güsel", "abfall"),
    ("Sauberkeit", "abfall"),
    ("Abfall und Sauberkeit", "abfall"),
    ("waste", "abfall"),
    ("Waste and cleanliness", "abfall"),
    ("déchets", "abfall"),
    ("Déchets et propreté", "abfall"),
    ("rifiuti", "abfall"),
    ("Verkehr", "verkehr"),
    ("es ist eher Verkehr", "verkehr"),
    ("Es geht um Verkehr", "verkehr"),
    ("Velo", "verkehr"),
    ("Parkieren", "verkehr"),
    ("traffic", "verkehr"),
    ("it's about parking", "verkehr"),
    ("Beleuchtung", "beleuchtung"),
    ("Beleuchtnug", "beleuchtung"),
    ("Licht", "beleuchtung"),
    ("Strassenlampe", "beleuchtung"),
    ("Street lighting", "beleuchtung"),
    ("éclairage", "beleuchtung"),
    ("Lärm", "umwelt"),
    ("Laerm", "umwelt"),
    ("eher Lärm", "umwelt"),
    ("Ratten", "umwelt"),
    ("Noise, air and pests", "umwelt"),
    ("Tram", "oev"),
    ("Tram und Bus", "oev"),
    ("ÖV", "oev"),
    ("Trams and buses", "oev"),
    ("Park", "gruen"),
    ("Spielplatz", "gruen"),
    ("Grünflächen, Bäume und Spielplätze", "gruen"),
    ("Strasse", "strasse"),
    ("Trottoir", "strasse"),
    ("Sicherheit", "sicherheit"),
    ("Ruhestörung", "sicherheit"),
    ("Baustelle", "bau_planung"),
    ("Bauen und Planung", "bau_planung"),
    ("Wohnen", "wohnen"),
    ("Schule", "schule"),
    ("Kita", "schule"),
    ("Badi", "sport"),
    ("Sport und Badis", "sport"),
    ("Jugend", "jugend"),
    ("Kinder und Jugend", "jugend"),
    ("Alter", "alter"),
    ("Senioren", "alter"),
    ("Armut", "soziales"),
    ("Soziale Notlagen", "soziales"),
    ("Integration", "integration"),
    ("Kultur", "kultur"),
    ("Quartierleben", "quartierleben"),
    ("Vita di quartiere", "quartierleben"),
]
NOT_TYPED_TOPICS = [
    "Abfall liegt überall am Idaplatz",
    "Der Abfall wird nicht abgeholt",
    "Kübel voll",
    "Lärm im Park",  # two topics named
    "Abfall und Verkehr",
    "Lampe kaputt",
    "Idaplatz",
    "Ja",
    "Grüezi",
    "Danke",
    "1",
    "",
    "Thema ändern",
    "Es geht um den Nachbarn, der jede Nacht laut Musik hört",
]


@pytest.mark.parametrize(("text", "code"), TYPED_TOPICS)
def test_typed_topic(text: str, code: str) -> None:
    assert typed_topic(text) == code


@pytest.mark.parametrize("text", NOT_TYPED_TOPICS)
def test_not_a_typed_topic(text: str) -> None:
    assert typed_topic(text) is None


def test_every_topic_name_residents_read_is_understood(routing: RoutingTable) -> None:
    for code, topic in routing.topics.items():
        assert typed_topic(topic.name) == code
        assert typed_topic(f"Thema {topic.name}") == code
    for lang, names in TOPIC_NAMES.items():
        for code, name in names.items():
            assert typed_topic(name) == code, (lang, name)


@pytest.mark.parametrize(
    "street",
    ["Austrasse", "Parkring", "Schulerweg", "Schürliweg", "In der Müseren", "Langstrasse",
     "Bellevue", "Enge", "Sihlfeld", "Hardplatz"],
)  # fmt: skip
def test_a_place_typed_at_the_confirmation_is_no_topic(street: str) -> None:
    """Street names that look like a topic word with a typo stay places."""
    assert typed_topic(street) is None
