"""Everyday matters of a flat are no emergency: a dripping tap, a leaking cistern, no
hot water, a damp patch on the ceiling, "mir blutet das Herz" get the normal card (the
place question, then the card to confirm), not the emergency numbers. Their urgent
neighbours (water reaching the electrics, a burst water main, a gas smell, a person
collapsed) still get the emergency answer first. The heart idioms are stripped by
nlp.urgent.cues; the household matters need the everyday corpus round, kept aside for
now (strict xfail below); the probe file nlp/corpus/probes/urgent_everyday.jsonl
measures the rest (docs/urgent-test-set.md, "Everyday matters")."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import TEXTS
from tests.chat import Chat
from tests.conftest import concerns

PLACE = "Josefstrasse 12"

# The everyday round's model, kept aside (nlp/corpus/urgent_aside/everyday_round.jsonl):
# it files these, but failed two pinned urgent tests. Strict: a model that files them
# turns these into failures, so that the marker goes with it.
_ASIDE = pytest.mark.xfail(
    strict=True, reason="main's urgent model; the everyday round is kept aside (docs)"
)

# (language the bot answers in, message): each was an emergency before.
EVERYDAY = [
    pytest.param("de", "Der Wasserhahn tropft", marks=_ASIDE),
    pytest.param("de", "Der Wasserhahn in der Küche tropft", marks=_ASIDE),
    pytest.param("de", "Üse Wasserhahne i de Chuchi tropft", marks=_ASIDE),  # gsw, answered in de
    pytest.param("it", "Lo sciacquone del bagno perde un po' d'acqua", marks=_ASIDE),
    pytest.param("it", "Da ieri niente acqua calda in casa", marks=_ASIDE),
    pytest.param("it", "Sul soffitto del bagno si allarga una macchia bagnata", marks=_ASIDE),
    ("de", "Mir blutet das Herz, wenn ich den Park sehe"),  # an idiom (nlp.urgent.cues)
    ("en", "My heart bleeds when I see the state of the park"),
]

# (language, message with its place): emergencies before and after.
EMERGENCIES = [
    ("de", f"Wasser läuft durch die Decke in die Steckdosen, es knistert, {PLACE}"),
    ("en", f"A water main burst and the street is flooding, {PLACE}"),
    ("de", f"Im Treppenhaus riecht es stark nach Gas, {PLACE}"),
    ("fr", f"Un homme s'est effondré devant l'épicerie et ne répond plus, {PLACE}"),
]


@pytest.mark.parametrize(("lang", "text"), EVERYDAY)
def test_an_everyday_matter_gets_the_normal_card(
    dialog: Dialog, engine: Engine, lang: str, text: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)  # the place question (or "what and where?" to a short line)
    assert TEXTS[lang]["emergency"] not in chat.text
    assert not any(c.urgent for c in concerns(engine))
    chat.say(PLACE)
    # The card with the place: to confirm, or to pick the topic when unsure.
    assert PLACE in chat.text and chat.buttons
    assert TEXTS[lang]["emergency"] not in chat.text
    [concern] = concerns(engine)
    assert not concern.urgent and concern.kreis == 5


@pytest.mark.parametrize(("lang", "text"), EMERGENCIES)
def test_its_urgent_neighbour_gets_the_emergency_answer(
    dialog: Dialog, engine: Engine, lang: str, text: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert chat.last[0].text == TEXTS[lang]["emergency"]  # the numbers first
    [concern] = concerns(engine)
    assert concern.urgent
