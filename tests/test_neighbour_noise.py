"""A neighbour's noise the topic model is unsure of (trial leftovers: "My neighbour
has been making noise for days at Langstrasse 100" was offered "Traffic, parking and
cycling" first, verkehr 0.24): the candidates are the topics the routing contract gives
noise to, Umwelt (noise) and Sicherheit (nightly disturbance of the peace)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.render import topic_name
from nlp.classifier import ConcernClassifier
from nlp.neighbour_noise import NOISE_TOPICS, candidates, speaks_of
from tests.chat import Chat
from tests.conftest import concerns

LANGSTRASSE = "My neighbour has been making noise for days at Langstrasse 100"


@pytest.mark.parametrize(
    "text",
    [
        LANGSTRASSE,
        "My neighbor has been making noise for days at Langstrasse 100",
        "My neighbour has been making noise for days",
        "My neighbour has been making noise for days at Idaplatz",
        "Mein Nachbar macht seit Tagen Lärm",
        "De Nachbar isch jedi Nacht so luut",
        "Mis Nachbar macht sit Täg Lärm",
        "Mon voisin fait du bruit depuis des jours à la Langstrasse 100",
        "Il mio vicino fa rumore da giorni in Langstrasse 100",
    ],
)
def test_a_neighbours_noise_gets_a_noise_topic(classifier: ConcernClassifier, text: str) -> None:
    assert classifier.classify(text).topic in NOISE_TOPICS


@pytest.mark.parametrize(
    "text",
    [
        # A confident reading stands: the manhole cover is the Tiefbauamt's.
        "Oerlikon, Querstrasse 7: Dolendeckel klappert laut, Nachbarn wachen nachts auf",
        # "Laut" as "according to" is no noise.
        "Laut meiner Nachbarin ist der Kübel am Idaplatz seit Tagen voll",
    ],
)
def test_other_matters_keep_their_topic(classifier: ConcernClassifier, text: str) -> None:
    assert classifier.classify(text).topic == classifier.topic(text)[0]


def test_only_an_unsure_reading_of_a_neighbours_noise_changes() -> None:
    ranked = [("verkehr", 0.24), ("sicherheit", 0.17), ("umwelt", 0.13), ("alter", 0.12)]
    assert candidates(LANGSTRASSE, ranked, 0.55) == [("sicherheit", 0.17), ("umwelt", 0.13)]
    sure = [("verkehr", 0.6), ("sicherheit", 0.2), ("umwelt", 0.1)]
    assert candidates(LANGSTRASSE, sure, 0.55) == sure
    assert candidates("Die Ampel an der Langstrasse 100 ist zu kurz", ranked, 0.55) == ranked
    assert not speaks_of("Der Nachbar hat seinen Kübel auf dem Trottoir stehen lassen")


def test_the_choice_offers_the_noise_topics(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(LANGSTRASSE)
    labels = [b.label for b in chat.buttons]
    names = [topic_name(dialog, "en", code) for code in ("sicherheit", "umwelt")]
    assert labels[:2] == names, labels
    assert topic_name(dialog, "en", "verkehr") not in labels
    chat.press(names[1])
    [concern] = concerns(engine)
    assert (concern.topic, concern.kreis) == ("umwelt", 4)
