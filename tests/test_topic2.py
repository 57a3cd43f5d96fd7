"""A message about two things reports the second topic (topic2, confidence2)
when it is strong; a message about one thing does not."""

from __future__ import annotations

from nlp.classifier import SECOND_TOPIC_MIN, ConcernClassifier


def test_two_topics_give_topic2(classifier: ConcernClassifier) -> None:
    text = (
        "Die Hecke wuchert über das Trottoir, "
        "und die Autos fahren viel zu schnell durch die Strasse."
    )
    row = classifier.classify(text).as_dict()
    assert {row["topic"], row["topic2"]} == {"gruen", "verkehr"}
    assert row["confidence"] >= row["confidence2"] >= SECOND_TOPIC_MIN


def test_one_topic_gives_no_topic2(classifier: ConcernClassifier) -> None:
    row = classifier.classify("Ratten im Hinterhof an der Josefstrasse").as_dict()
    assert row["topic"] == "umwelt"
    assert row["topic2"] is None
    assert row["confidence2"] is None
