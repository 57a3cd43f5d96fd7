"""Issue 9, English corpus round (round 13): in an "object at place" text the
object decides the topic, not the place, and a short English first line about
a bin is filed as a concern.

On the model before the round, "The bin at the tram stop is full" went to the
Verkehrsbetriebe (oev 0.98: "tram" and "full", as in a full tram), and "The bin
is full" was oev at 0.33 ("bin" is also German's "ich bin"), so the dialog,
which keeps a short first line without a confident topic as the start of a
concern, answered "I am listening: what is the matter, and where?" instead of
filing it and asking where.

The English round that teaches this (round 13, 317 rows, appended to
nlp/corpus/train.jsonl) is in the installed model since its pool weights are
fitted out of fold (docs/real-baseline.md, "A steadier pool"; kept aside before,
"English round 13").
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.classifier import ConcernClassifier
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("The bin at the tram stop is full", "abfall"),  # the sentence
        ("Litter bin at the bus stop is full", "abfall"),
        ("The garbage can by the bus stop is full", "abfall"),
        ("bin at the playground full", "abfall"),
        ("The bin next to the bench is full", "abfall"),
        ("Tree at the tram stop is dying", "gruen"),
    ],
)
def test_the_object_decides_not_the_place(
    classifier: ConcernClassifier, text: str, topic: str
) -> None:
    result = classifier.classify(text)
    assert result.topic == topic, (result.topic, result.confidence)


@pytest.mark.parametrize("text", ["The bin is full", "The bin is full at the tram stop"])
def test_a_short_english_line_about_a_bin_is_filed_and_asked_where(
    dialog: Dialog, engine: Engine, text: str
) -> None:
    chat = Chat(dialog, "4712")
    chat.say(text)
    assert t("en", "tell_more") not in chat.text, chat.text
    assert t("en", "ask_place") in chat.text, chat.text
    [concern] = concerns(engine)
    assert concern.topic == "abfall"
