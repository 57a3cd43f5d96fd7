"""Issue 9, corpus round 14: what lies at a place decides the topic, in all five
languages, for three gaps seen in our own trials (not in eval-real).

- Syringes and needles are a drug-scene matter for the Stadtpolizei (contract:
  sicherheit, "drug scenes"), wherever they lie: "le parc est plein de seringues"
  went to the park (gruen 0.49) and, in a trial, to the traffic office.
- Wasps, hornets, rats or pigeons at a bin are pests (umwelt, "pests (rats,
  pigeons)"), not a bin to empty: "Wasps in the bin" was abfall 0.50, so the
  dialog did not even take it as a concern ("I am listening ...").
- The sign or pole of a bus or tram stop belongs to the stop (oev, "stops"), not
  to the road signs of the traffic office: "Bus stop sign missing" was verkehr
  0.98 (and is still verkehr, 0.65, after the round: NOT_YET).

The round (nlp/corpus/extra/round14.jsonl, docs/real-baseline.md "Round 14")
teaches this; the sentences below are probes (nlp/corpus/probes/), none of them
is a training row.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.classifier import ConcernClassifier
from tests.chat import Chat
from tests.conftest import concerns

FIXED = [
    ("le parc est plein de seringues", "sicherheit"),  # the trial's sentence
    ("The park is full of syringes", "sicherheit"),
    ("Siringhe usate vicino alla fermata del tram", "sicherheit"),
    ("Bi de Rutschbahn hät's e Sprütze gha", "sicherheit"),
    ("Wasps in the bin", "umwelt"),  # the trial's sentence
    ("Wäschpi im Güselchübel", "umwelt"),
    ("Vespe nel cestino del parco", "umwelt"),
    ("The pole with the bus stop sign is gone", "oev"),
    ("Haltestellenschild fehlt an der Bushaltestelle", "oev"),
    ("Panneau d'arrêt du tram tombé par terre", "oev"),
]

# Still wrong after the round (docs/real-baseline.md, "Round 14"): the trial's
# "Bus stop sign missing" is less sure of the traffic office (verkehr 0.98 -> 0.65)
# but still there; "umgefahren" (knocked down) reads as traffic; a German wasp line
# stays with the bin (abfall 0.61).
NOT_YET = [
    ("Bus stop sign missing", "oev"),  # the trial's sentence
    ("Das Schild der Bushaltestelle wurde umgefahren", "oev"),
    ("Wespen im Abfallkübel beim Spielplatz", "umwelt"),
]


@pytest.mark.parametrize(("text", "topic"), FIXED)
def test_the_object_decides_not_the_place(
    classifier: ConcernClassifier, text: str, topic: str
) -> None:
    result = classifier.classify(text)
    assert result.topic == topic, (result.topic, result.confidence)


@pytest.mark.xfail(strict=True, reason="not taught by round 14")
@pytest.mark.parametrize(("text", "topic"), NOT_YET)
def test_what_round_14_does_not_fix_yet(
    classifier: ConcernClassifier, text: str, topic: str
) -> None:
    result = classifier.classify(text)
    assert result.topic == topic, (result.topic, result.confidence)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Stop sign missing at the junction", "verkehr"),  # a road sign stays verkehr
        ("Le panneau stop du carrefour est plié", "verkehr"),
        ("The bin at the tram stop is full", "abfall"),  # a full bin stays abfall
        ("Il cestino alla fermata del tram è pieno", "abfall"),
    ],
)
def test_what_stays_where_it_was(classifier: ConcernClassifier, text: str, topic: str) -> None:
    result = classifier.classify(text)
    assert result.topic == topic, (result.topic, result.confidence)


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("Wasps in the bin", "en", "umwelt"),
        ("le parc est plein de seringues", "fr", "sicherheit"),
        ("Haltestellenschild fehlt an der Bushaltestelle", "de", "oev"),
    ],
)
def test_the_trial_lines_are_filed_with_the_right_topic_and_asked_where(
    dialog: Dialog, engine: Engine, text: str, lang: str, topic: str
) -> None:
    chat = Chat(dialog, "4714")
    chat.say(text)
    assert t(lang, "tell_more") not in chat.text, chat.text
    assert t(lang, "ask_place") in chat.text, chat.text
    [concern] = concerns(engine)
    assert concern.topic == topic
