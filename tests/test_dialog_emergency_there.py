"""An ordinary concern and an emergency joined by a plain "und da" / "and there is" /
"et il y a" / "e c'è": the emergency first, then the ordinary part as a concern of its
own (new-user trial q, finding 6: one urgent concern, the lamp never reached ewz). An
emergency whose other part only says more about it stays one."""

from __future__ import annotations

from functools import cache

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from nlp.classifier import ConcernClassifier
from nlp.split import split_concerns
from nlp.split_emergency import emergency_follows, emergency_there
from nlp.urgent import detect_urgent
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "lamp"),
    [
        (
            "Die Lampe an der Josefstrasse 12 ist kaputt und da liegt ein Mann am Boden der blutet",
            "Die Lampe an der Josefstrasse 12 ist kaputt",
        ),
        (
            "the streetlight at Josefstrasse 12 is broken and there is a man bleeding on the"
            " ground",
            "the streetlight at Josefstrasse 12 is broken",
        ),
        (
            "Le lampadaire de la Josefstrasse 12 ne marche plus et il y a un homme qui saigne"
            " par terre",
            "Le lampadaire de la Josefstrasse 12 ne marche plus",
        ),
    ],
)
def test_the_lamp_becomes_its_own_concern_after_the_emergency(
    dialog: Dialog, engine: Engine, text: str, lamp: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert "117" in chat.text
    emergency, lamp_ = concerns(engine)
    assert emergency.urgent and emergency.status == "forwarded"
    assert not lamp_.urgent and lamp_.text == lamp and lamp_.topic == "beleuchtung"
    assert lamp_.kreis == 5 and lamp_.office == "ewz"
    # The lamp is taken up at once: its card comes after the emergency's answer.
    assert chat.text.index("117") < chat.text.index("Josefstrasse 12 (")


@pytest.mark.parametrize(
    "text",
    [
        "es brennt und es raucht stark",
        "es brennt im Keller und da ist überall Rauch",
        "a man collapsed and is not breathing",
        "Ich bin an der Josefstrasse und da liegt ein Mann am Boden der blutet",
        "Ein Mann ist gestürzt und da liegt er jetzt und blutet",
    ],
)
def test_one_emergency_stays_one(classifier: ConcernClassifier, text: str) -> None:
    urgent_of = cache(lambda part: detect_urgent(part).urgent)
    assert split_concerns(text, classifier.topic, urgent_of) == [text]


# Where the writer is, then what is there: one emergency, in each language, also
# across a sentence end.
WHERE_THEN_EMERGENCY = [
    ("Ich bin an der Josefstrasse", "da liegt ein Mann am Boden der blutet"),
    ("I'm at Josefstrasse", "there is a man bleeding on the ground"),
    ("je suis à la Josefstrasse", "il y a un homme qui saigne par terre"),
    ("sono in Josefstrasse", "c'è un uomo che sanguina a terra"),
]


@pytest.mark.parametrize(("where", "what"), WHERE_THEN_EMERGENCY)
def test_only_where_the_writer_is_is_no_concern_before_an_emergency(where: str, what: str) -> None:
    """However sure the classifier is of "Ich bin an der Josefstrasse" (a retrained
    model was 0.75 sure of it, and the message went out as two concerns), it only
    says where the emergency is."""
    urgent_of = cache(lambda part: detect_urgent(part).urgent)
    assert urgent_of(what) and not urgent_of(where)
    assert not emergency_there(where, what, lambda _: True, urgent_of)
    assert not emergency_follows(where, what, lambda _: True, urgent_of)


@pytest.mark.parametrize(("where", "what"), WHERE_THEN_EMERGENCY)
def test_where_and_what_is_there_is_one_emergency(
    classifier: ConcernClassifier, where: str, what: str
) -> None:
    urgent_of = cache(lambda part: detect_urgent(part).urgent)
    joint = {"da": "und", "th": "and", "il": "et", "c'": "e"}[what[:2]]
    for text in (f"{where} {joint} {what}", f"{where}. {what[0].upper()}{what[1:]}"):
        assert split_concerns(text, classifier.topic, urgent_of) == [text]
