"""A concern next to an emergency without a cue word ("ausserdem", "übrigens") is its
own concern too (new-user trial f, finding 5): split at a plain sentence end when a
concern the classifier is sure of comes before an emergency (not yet at a plain
", und": "tombé et ne bouge plus" would be cut in two)."""

from __future__ import annotations

from functools import cache

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.split import TopicOf, split_concerns
from nlp.urgent import detect_urgent
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns


@cache
def _urgent(text: str) -> bool:
    return detect_urgent(text).urgent


BENCH = "Die Parkbank beim Brupbacherplatz ist kaputt."
MAN = "Dort liegt ein Mann bewusstlos am Boden!"
QUESTION = "Wo kann ich Sperrmüll abgeben?"
GAS = "Bei uns im Haus riecht es stark nach Gas, Weststrasse 50"
MEUBLES = "Où puis-je jeter de vieux meubles?"
TOMBE = "Au secours, mon père est tombé et ne bouge plus, Zurlindenstrasse 12"
DIVANO = "Dove posso buttare un vecchio divano?"
CADUTO = "Aiuto, mio padre è caduto e non si muove, Zurlindenstrasse 12"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (f"{BENCH} {MAN}", [BENCH, MAN]),
        (f"{QUESTION} {GAS}", [QUESTION, GAS]),
        # French and Italian questions (the U6 check): the classifier is less sure
        # of their topic; a where/when question is a concern of its own all the
        # same, and the fall told in two clauses (" et ", " e ") stays one.
        (f"{MEUBLES} {TOMBE}", [MEUBLES, TOMBE]),
        (f"{MEUBLES[:-1]} ? {TOMBE}", [f"{MEUBLES[:-1]} ?", TOMBE]),
        (f"{DIVANO} {CADUTO}", [DIVANO, CADUTO]),
    ],
)
def test_a_concern_before_an_emergency_is_split_off(
    topic_of: TopicOf, text: str, parts: list[str]
) -> None:
    assert split_concerns(text, topic_of, _urgent) == parts


@pytest.mark.parametrize(
    "text",
    [
        "Es brennt im Keller. Der Rauch kommt ins Treppenhaus",  # more of the emergency
        "Mein Vater ist 85 Jahre alt. Er ist gestürzt und bewegt sich nicht",  # points back
        "Ich war gerade einkaufen am Idaplatz. Dort liegt ein Mann bewusstlos am Boden",
        # A plea before the sentence end: one.
        "Hilfe, mein Vater ist gestürzt. Jetzt bewegt er sich nicht mehr",
        # A question that asks for help is part of the emergency.
        "Pouvez-vous m'aider? Mon père est tombé et ne bouge plus, Zurlindenstrasse 12",
        "Wo bleibt die Hilfe? Mein Vater ist gestürzt und bewegt sich nicht mehr",
    ],
)
def test_the_emergency_and_its_context_stay_one(topic_of: TopicOf, text: str) -> None:
    assert split_concerns(text, topic_of, _urgent) == [text]


def test_a_plain_sentence_end_still_splits_no_ordinary_message(topic_of: TopicOf) -> None:
    text = "Der Abfallkübel am Idaplatz ist voll. Die Lampe an der Weststrasse 30 flackert."
    assert split_concerns(text, topic_of) == [text]


def test_the_bench_is_taken_up_after_the_emergency(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(
        "Die Parkbank beim Brupbacherplatz ist kaputt. Dort liegt ein Mann bewusstlos am Boden!"
    )
    assert "117" in chat.last[0].text if chat.last else False
    assert "Parkbank" in chat.text and t("de", "btn_confirm") in [b.label for b in chat.buttons]
    chat.press(t("de", "btn_confirm"))
    emergency, bench = concerns(engine)
    assert emergency.urgent and emergency.status == Status.FORWARDED
    assert not bench.urgent and bench.status == Status.FORWARDED and bench.kreis == 3
