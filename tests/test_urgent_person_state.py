"""A person who does not move, breathe, respond or wake up is an emergency; a thing that
does not, or a person who does not answer a letter, is not (nlp.urgent.person_state).
A light that went out is no emergency (nlp.urgent.mundane)."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_urgent
from nlp.urgent.person_state import STATE_STEMS, person_state
from nlp.urgent.rules import rule_cue

# The model alone missed each of these (0.03 to 0.63, or a guard for a short text).
MISSED = [
    "Where can I throw away an old sofa? Help, my father fell and does not move, "
    "Zurlindenstrasse 12",
    "Wo kann ich Sperrmüll entsorgen? Hilfe, meine Mutter ist gestürzt und bewegt sich "
    "nicht, Zurlindenstrasse 12",
    "my father does not move",
    "my mother doesn't move anymore",
    "she won't wake up",
    "he won't wake up, please come",
    "mon père ne bouge plus",
    "un homme ne répond plus",
    "mio padre non si muove",
    "min Vater rüert sich nüm",
    "de Maa rüert sich nümme",
    "Mein Vater ist gestürzt, er bewegt sich nicht",
    "Mon père est tombé dans l'escalier, il ne bouge plus",
    "there is a man on the bench who is not moving",
]


@pytest.mark.parametrize("text", MISSED)
def test_a_person_who_does_not_move_or_respond_is_an_emergency(text: str) -> None:
    result = detect_urgent(text)
    assert result.urgent and result.reason != "model", result
    assert result.category in {"unconscious", "medical"}, result


# The state with a person as its subject, in five languages: a strong rule on its own.
STATES = [
    "my father fell and does not move",
    "the woman isn't breathing",
    "my neighbour is not responding",
    "my husband collapsed and he won't wake up",
    "someone on the pavement isn't responding",
    "ma mère ne bouge pas",
    "le voisin ne respire plus",
    "ma mère est par terre et ne répond plus",
    "il y a un homme qui ne bouge plus",
    "il bambino non risponde",
    "mia nonna è caduta e non risponde",
    "c'è un uomo a terra che non si muove",
    "mein Vater bewegt sich nicht",
    "der Nachbar reagiert nicht",
    "jetzt bewegt sich mein Vater nicht mehr",
    "Hilfe mein Mann ist umgekippt und wacht nicht mehr auf",
    "unser Nachbar liegt im Garten und reagiert nicht mehr, bitte kommen",
    "s Grosi schnuufet nüm",
    "s Chind wacht nüm uf",
]


@pytest.mark.parametrize("text", STATES)
def test_the_state_of_a_person_is_a_strong_rule(text: str) -> None:
    low = text.lower()
    found = person_state(low)
    assert found is not None, text
    assert any(stem in found.group(0) for stem in STATE_STEMS)  # the search's shortcut
    assert rule_cue(low, weak=False)[1], text
    assert detect_urgent(text).urgent


# A thing that does not move or respond: no person, no alarm.
THINGS = [
    "the app does not respond",
    "the traffic light does not move",
    "die Ampel reagiert nicht",
    "the barrier doesn't move",
    "la barrière ne bouge pas",
    "das Tor bewegt sich nicht",
    "la sbarra non si muove",
    "il comune non risponde alle mie email",
    "the queue does not move at all",
    "de Stau rüert sich nüm",
]
# A person who does not move a thing, answer a letter or has not for weeks; a pronoun
# for a thing; a second subject ("die Schule") after the person.
NOT_A_PERSON_IN_DANGER = [
    "my neighbour won't move his car from my parking space",
    "he doesn't move his bins back in",
    "mein Vater bewegt sich nicht gern, gibt es Bänkli im Park?",
    "der Vermieter reagiert nicht auf meine Mails",
    "der Verkehr bewegt sich nicht vom Fleck",
    "Ich habe der Verwaltung geschrieben, sie reagiert nicht.",
    "I sent my landlord two emails and he is not responding",
    "ma voisine ne répond plus à mes messages",
    "mio vicino non risponde al telefono",
    "Der Lift steckt fest, er bewegt sich nicht.",
    "Ihr Bub wird in der Klasse gemobbt und die Schule reagiert nicht",
    "Sperrgut seit Wochen vor dem Haus, der Nachbar reagiert nicht.",
    "Il ne bouge pas de chez lui depuis des mois",
    "my father fell last week and did not move for an hour",
]


@pytest.mark.parametrize("text", THINGS + NOT_A_PERSON_IN_DANGER)
def test_no_person_in_danger_is_no_rule(text: str) -> None:
    low = text.lower()
    assert person_state(low) is None, text
    cue, strong = rule_cue(low)
    assert not strong, (text, cue)


@pytest.mark.parametrize(
    "text", [*THINGS[:6], "my father fell last week and did not move for an hour"]
)
def test_a_thing_that_does_not_move_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


def test_the_past_still_guards_the_state() -> None:
    assert not detect_urgent("letzte Woche ist mein Vater gestürzt und bewegte sich nicht").urgent
    assert rule_cue("gestern bewegt sich mein vater nicht mehr") == (None, False)


LIGHTS_OUT = [
    "gerade eben ist die Lampe daneben ausgegangen",
    "gerade eben ist das Licht im Treppenhaus ausgegangen",
    "gerade eben ist die Strassenlampe vor unserem Haus ausgegangen, jetzt ist es dunkel",
    "grad eben isch d Lampe näbed em Spielplatz grad usgange, lueged sie",
]


@pytest.mark.parametrize("text", LIGHTS_OUT)
def test_a_light_that_went_out_is_no_emergency(text: str) -> None:
    # The model scored the first 0.95: it learnt "gerade eben" from emergencies only.
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "gerade eben ist die Lampe daneben ausgegangen und es riecht nach Gas",
        "Stromausfall, Licht ist aus, jemand steckt im Lift und hat Panik",
        "das Licht ist aus und mein Vater atmet nicht",
        "gerade eben ist das Licht ausgegangen und aus dem Keller kommt dichter Rauch",
    ],
)
def test_a_light_out_beside_a_danger_is_still_an_emergency(text: str) -> None:
    assert detect_urgent(text).urgent
