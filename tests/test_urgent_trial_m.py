"""False alarms of the new-user trial of 2026-12-07 (m, findings 3 and 4).

Noise and people shouting or calling were forwarded as DRINGEND from the model alone
(nlp.urgent.noise), once with the kind "gas" (the model's likeliest kind at 0.05:
nlp.urgent.kind); "Et aussi, à côté, il y a un vélo abandonné" got the crisis answer
with 143 (the model learned "côté" from "de l'autre côté de la rambarde", and "côté"
counted as a word of danger: nlp.urgent.crisis, nlp.urgent.detector)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.urgent import detect_many, detect_urgent
from nlp.urgent.kind import believed
from nlp.urgent.model import shared_model
from tests.chat import Chat
from tests.conftest import concerns

NOISE = [
    "Vor der Bar an der Langstrasse 120 ist es laut, Leute schreien herum",
    "Im Hof ist es laut und jemand ruft die ganze Nacht nach seinem Hund",
    "Vor der Bäckeranlage ist es laut und jemand ruft",
    "Jede Nacht schreit jemand vor dem Haus an der Josefstrasse 12",
    "Vor de Bar isch es mega lut, d Lüüt brüeled ume",
    "It's loud outside the bar, people are shouting all night",
    "C'est bruyant devant le bar, des gens crient toute la nuit",
    "Davanti al bar c'è rumore, la gente urla tutta la notte",
]
DANGER = [
    "Jemand schreit um Hilfe im Hof",
    "Es ist laut im Hof, jemand schreit um Hilfe",
    "Vor der Bar ist es laut, es gibt eine Schlägerei",
    "Vor der Bar ist es laut, jemand wird geschlagen",
    "Leute schreien herum, jemand wird geschlagen",
    "Vor der Bar schreien Leute herum, einer hat ein Messer",
    "It's loud and someone is screaming for help",
    "I can hear my neighbour hitting his wife, she's screaming, it is happening now",
]
BESIDE = [
    "Et aussi, à côté, il y a un vélo abandonné",
    "Et aussi, à côté, il y a un vélo",
    "Et à côté il y a un vélo abandonné",
    "À côté il y a un vélo",
    "Il y a un vélo à côté",
]
CRISIS_FR = [
    "Je veux mourir",
    "je vais me suicider",
    "je n'en peux plus de vivre",
    "Je n'ai plus envie de vivre",
    "Je suis seul et je veux en finir",
    "un homme est assis de l'autre côté du parapet du pont",
]
COMPLAINTS_FR = [
    "Je n'en peux plus de vivre dans ce bruit",
    "J'en ai marre de vivre à côté de ce chantier",
    "Je veux en finir avec ce problème de poubelles",
]


@pytest.mark.parametrize("text", NOISE)
def test_noise_and_shouting_are_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent, text


@pytest.mark.parametrize("text", DANGER)
def test_shouting_with_violence_or_a_call_for_help_stays_urgent(text: str) -> None:
    assert detect_urgent(text).urgent, text


@pytest.mark.parametrize("text", BESIDE)
def test_a_bicycle_beside_is_no_crisis(text: str) -> None:
    assert not detect_urgent(text).urgent, text


@pytest.mark.parametrize("text", CRISIS_FR)
def test_french_crisis_talk_stays_a_crisis(text: str) -> None:
    verdict = detect_urgent(text)
    assert verdict.urgent and verdict.category == "suicide", text


@pytest.mark.parametrize("text", COMPLAINTS_FR)
def test_french_complaints_about_living_here_are_no_crisis(text: str) -> None:
    assert not detect_urgent(text).urgent, text


def test_the_models_kind_is_believed_only_where_the_text_names_it() -> None:
    text = "im hof ist es laut und jemand ruft die ganze nacht nach seinem hund"
    [(_, kind)] = shared_model().score_texts([text])
    assert kind == "gas"  # the model's likeliest kind, at 0.05: "laut" as in "zischt laut"
    assert believed(kind, text) is None
    assert believed("gas", "es riecht stark nach gas im treppenhaus") == "gas"
    [(_, kind)] = shared_model().score_texts(["et aussi, à côté, il y a un vélo abandonné"])
    assert kind == "suicide" and believed(kind, "et aussi, à côté, il y a un vélo") is None


def test_one_by_one_as_in_a_batch() -> None:
    texts = NOISE + DANGER + BESIDE + CRISIS_FR + COMPLAINTS_FR
    assert [r.urgent for r in detect_many(texts)] == [detect_urgent(x).urgent for x in texts]


def test_noise_at_the_bar_is_an_ordinary_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Vor der Bar an der Langstrasse 120 ist es laut, Leute schreien herum")
    assert t("de", "emergency") not in chat.text
    assert not any(c.urgent for c in concerns(engine))


def test_a_bicycle_beside_after_a_concern_gets_no_crisis_answer(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Bonjour, la poubelle de la Bäckeranlage déborde depuis trois jours")
    chat.press(t("fr", "btn_confirm"))
    assert len(concerns(engine)) == 1
    chat.say("Et aussi, à côté, il y a un vélo abandonné")
    assert t("fr", "emergency_suicide") not in chat.text
    assert t("fr", "emergency") not in chat.text
    assert t("fr", "btn_confirm") in [b.label for b in chat.buttons]  # an ordinary concern
    assert not any(c.urgent for c in concerns(engine))


def test_french_crisis_talk_gets_the_crisis_answer(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("je n'en peux plus de vivre")
    assert t("fr", "emergency_suicide") in chat.text
