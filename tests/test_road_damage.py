"""A hole in the road the topic model is unsure of (topics review, finding 3: "Il y a
un grand trou dans la chaussée à Wipkingen" came out as waste and the resident was
offered waste, building and parks; "nid de poule" without hyphens as environment):
the Tiefbauamt's topic (`strasse`, potholes in the routing contract) comes first, with
the model's confidence, so the concern still goes to triage unless the resident
chooses it."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.render import topic_name
from nlp.classifier import ConcernClassifier
from nlp.road_damage import ROAD_TOPIC, candidates, speaks_of
from tests.chat import Chat
from tests.conftest import concerns

CHAUSSEE = "Il y a un grand trou dans la chaussée à Wipkingen"
NID_DE_POULE = "Il y a un nid de poule dans la rue à Wipkingen"


@pytest.mark.parametrize(
    "text",
    [
        CHAUSSEE,
        "Il y a un grand trou dans la chaussée",
        NID_DE_POULE,
        "Il y a des nids de poule dans la route",
        "Un gros trou dans le bitume devant chez moi",
        "C'è un buco nella strada",
        "Buco nell'asfalto del marciapiede",
    ],
)
def test_a_hole_in_the_road_gets_the_road_topic(classifier: ConcernClassifier, text: str) -> None:
    result = classifier.classify(text)
    assert result.topic == ROAD_TOPIC
    # The model's own confidence decides triage: a reading of another topic, or an
    # unsure one, still goes to triage (since round 14 the model reads some of
    # these texts as the road itself, sure enough for the Tiefbauamt).
    top, confidence = classifier.topic(text)
    sure = top == ROAD_TOPIC and confidence >= classifier.routing.min_confidence
    assert result.route_reason == ("topic" if sure else "triage")


@pytest.mark.parametrize(
    "text",
    [
        # A confident reading stands.
        "Il y a un nid-de-poule dans la rue à Wipkingen",
        # No road surface: a hole in a hedge, in a fence.
        "Il y a un trou dans la haie du parc",
        "Loch im Zaun des Spielplatzes beim Idaplatz",
    ],
)
def test_other_matters_keep_their_topic(classifier: ConcernClassifier, text: str) -> None:
    assert classifier.classify(text).topic == classifier.topic(text)[0]


def test_only_an_unsure_reading_of_a_hole_in_the_road_changes() -> None:
    ranked = [("abfall", 0.29), ("bau_planung", 0.19), ("strasse", 0.12), ("gruen", 0.1)]
    assert candidates(CHAUSSEE, ranked, 0.55) == [
        ("strasse", 0.12),
        ("abfall", 0.29),
        ("bau_planung", 0.19),
        ("gruen", 0.1),
    ]
    sure = [("abfall", 0.6), ("strasse", 0.2)]
    assert candidates(CHAUSSEE, sure, 0.55) == sure
    assert candidates("Il y a un grand trou dans la haie", ranked, 0.55) == ranked
    assert not speaks_of("La chaussée est sale après le marché")
    assert not speaks_of("Loch im Zaun an der Josefstrasse")


def test_the_choice_offers_the_road_topic_first(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(NID_DE_POULE)  # read as environment by the model (round 14: umwelt 0.41)
    labels = [b.label for b in chat.buttons]
    road = topic_name(dialog, "fr", ROAD_TOPIC)
    assert labels[0] == road, labels
    chat.press(road)
    [concern] = concerns(engine)
    assert (concern.topic, concern.kreis) == (ROAD_TOPIC, 10)
