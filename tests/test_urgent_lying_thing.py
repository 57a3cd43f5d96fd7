"""A thing lying somewhere is litter, a person lying there an emergency (new-user
trial k, finding 5): "Und daneben liegt noch ein Sofa" after a full bin got the
emergency numbers and went out at once as DRINGEND, as "daneben" took the bin's place.
What was left of it: "ein Koffer", "ein Kinderwagen", "à côté de la poubelle", "Da liegt
ein Sofa, und daneben liegt noch einer". Made-up texts."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.urgent import detect_urgent
from nlp.urgent.detector import DANGER_SEARCH, _hints_at_danger
from nlp.urgent.lying_thing import _person_like, lying_thing
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    "text",
    [
        "Und daneben liegt noch ein Sofa",
        "Und daneben liegt noch ein Sack",
        "Daneben liegt noch ein Sack",
        "Und daneben liegt noch ein Abfallsack",
        "Und daneben liegt noch ein Velo",
        "Und dort liegt noch ein Sack",
        "Und daneben liegt noch eine alte Matratze",
        "Ein Sofa liegt daneben",
        "Und dänebe liit no en Sack",
        "Es liit e Sofa dänebe",
        "And there's a bag lying next to it",
        "There's a sofa lying next to it",
        "A bag is lying next to the bin",
        "E accanto c'è un sacco per terra",
        "Und daneben liegt noch Abfall",
    ],
)
def test_a_thing_lying_there_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Und daneben liegt noch ein Mann am Boden",
        "Und daneben liegt noch eine Frau",
        "Und daneben liegt noch einer",  # a pronoun: a person perhaps
        "Da liegt jemand",
        "Und dänebe liit no en Maa",
        "And there's a man lying next to it",
        "And someone is lying next to it",
        # Persons no list names: the ending of an agent noun keeps the alarm.
        "Und daneben liegt noch ein Jogger",
        "Und daneben liegt noch ein Betrunkener",
        "Und daneben liegt noch eine Touristin",
        # A dangerous thing.
        "Und daneben liegt noch ein Stromkabel",
        "Und daneben liegt noch eine Gasflasche",
        # More than a lying is said (typos such as residents make in a hurry).
        "Es Kabl liit offe uf em Trottoir und funkt",
        "A persn lying on the path, not respnding",
        "im bad liit es chnd am bode und rüert sich nöd",
    ],
)
def test_a_person_or_a_danger_lying_there_still_is(text: str) -> None:
    assert detect_urgent(text).urgent


# Left of finding 5 in trial k: a thing with an agent's ending (nlp.objects), a thing
# whose name holds a word of danger ("Kinderwagen": "kind", "wagen"; "carton": "car"), a
# place by a side ("à côté", "auf der Seite", "beside": rules' stems) and "noch einer"
# after a thing named before it.
@pytest.mark.parametrize(
    "text",
    [
        "Da liegt ein Koffer",
        "Und daneben liegt noch ein Koffer",
        "Neben dem Container liegt noch ein Fernseher",
        "Ein Container liegt auf der Seite",
        "Und daneben liegt noch ein alter Computer",
        "Und daneben liegt noch ein Flachbildfernseher",
        "Und dänebe liit no en Staubsauger",
        "An old printer is lying next to the bin",
        "Il y a un ordinateur par terre à côté de la poubelle",
        "C'è un televisore per terra accanto al cestino",
        "Und daneben liegt noch ein Kinderwagen",
        "Und daneben liegt noch ein Einkaufswagen",
        "Und dänebe liit no en Chinderwage",
        "Da liegt ein kaputter Kinderwagen am Strassenrand",
        "Ein Einkaufswagen liegt im Bach",
        "Il y a un sac par terre à côté de la poubelle",
        "Il y a un carton par terre à côté de la poubelle",
        "There's a bag lying beside the bin",
        "There's a bag lying on the side of the road",
        "Es liit en Koffer uf de Site",
        "Da liegt ein Sofa, und daneben liegt noch einer",
        "Da liegt ein Koffer, und daneben liegt noch einer",
    ],
)
def test_a_thing_with_a_persons_ending_or_a_danger_in_its_name_is_no_emergency(
    text: str,
) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        # Persons with the ending "-er".
        "Da liegt ein Jogger",
        "Und daneben liegt noch ein Fahrer",
        "Und daneben liegt noch ein Velofahrer",
        "Und daneben liegt noch ein Bettler",
        "Und daneben liegt noch ein Arbeiter",
        "Und daneben liegt noch ein Rentner",
        "Und daneben liegt noch ein Penner",
        "Da liegt ein Körper",  # a body ("Heizkörper" is a thing)
        "Und daneben liegt noch ein Rollator",  # its owner may have fallen
        # A child, or a pram where a danger is left.
        "Ein Kind liegt am Boden",
        "Neben dem Kinderwagen liegt ein Kind",
        "Ein Kinderwagen liegt auf den Tramgleisen",
        "Und daneben liegt noch ein Gaskocher",
        # A person by a side.
        "Un homme est par terre à côté de l'arrêt",
        "Il y a quelqu'un par terre à côté de la poubelle",
        "A stranger is lying on the side of the road",
        "Da liegt einer auf der Seite",
        "Es liit öpper uf de Site",
        # "noch einer" after a person, or after nothing.
        "Da liegt ein Mann, und daneben liegt noch einer",
        "Da liegt einer, und daneben liegt noch einer",
    ],
)
def test_a_person_with_such_an_ending_or_by_a_side_still_is(text: str) -> None:
    assert detect_urgent(text).urgent


@pytest.mark.parametrize(
    "word",
    ["jogger", "fahrer", "velofahrer", "bettler", "arbeiter", "rentner", "penner", "körper",
     "rollator", "leiter", "controller", "stranger", "voyageur", "signore", "schleimer"],
)  # fmt: skip
def test_a_persons_agent_noun_is_no_thing_of_the_vocabulary(word: str) -> None:
    assert _person_like(word)


@pytest.mark.parametrize(
    "word",
    ["koffer", "reisekoffer", "container", "fernseher", "computer", "eimer", "heizkörper",
     "printer", "ordinateur", "televisore", "lavatrice"],
)  # fmt: skip
def test_a_thing_with_an_agents_ending_is_no_person(word: str) -> None:
    assert not _person_like(word)


def test_the_sofa_next_to_the_full_bin_is_asked_about(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll")
    chat.press("Ja, weiterleiten")
    chat.say("Und daneben liegt noch ein Sofa")
    assert t("de", "emergency") not in chat.text
    assert "Stimmt das?" in chat.text  # confirmed by the resident, not sent at once
    assert [c.urgent for c in concerns(engine)] == [False, False]


# A vehicle that runs on electricity holds "elektr", "electr", a word of danger, and
# "Elektroroller" the ending of an agent noun: "Da liegt ein Elektroroller am Boden"
# (0.57) and "There is an electric scooter lying on the pavement" (0.68) raised the
# alarm (nlp.objects). A live cable still does.
@pytest.mark.parametrize(
    "text",
    [
        "Da liegt ein Elektroroller am Boden",
        "There is an electric scooter lying on the pavement",
        "Da liegt ein Elektrovelo",
    ],
)
def test_an_e_scooter_lying_there_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Das Stromkabel liegt offen",
        "Ein E-Bike liegt auf dem Trottoir und brennt",
        "Da liegt ein Elektroroller und ein Mann",
    ],
)
def test_a_live_cable_a_fire_or_a_person_by_it_still_is(text: str) -> None:
    assert detect_urgent(text).urgent


# A thing named before the lying is one of the things, as one named after it: "Ein
# Sofa, daneben liegt ein Sack" (0.89) raised the alarm, "Und daneben liegt noch ein
# Sack. Ein Sofa auch" did not (the check that each thing lies next to a lying held for
# any thing after one). A pronoun right before the lying is perhaps a person.
@pytest.mark.parametrize(
    "text",
    [
        "Ein Sofa, daneben liegt ein Sack",
        "Ein Sofa, und daneben liegt noch ein Sack",
        "Ein altes Sofa. Und daneben liegt noch ein Sack",
        "A sofa. And there is a bag lying next to it",
        "Und daneben liegt noch ein Sack. Ein Sofa auch",
    ],
)
def test_a_thing_named_before_the_lying_is_no_emergency_either(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Ein Mann, daneben liegt ein Sack",
        "Eine Gasflasche. Daneben liegt noch ein Sack",
        "Die schlö sech grad vor dr Beiz, eine liit am Bode",
        "Die Buebe vor em Club, eine ligt scho am Bode",
    ],
)
def test_a_person_or_a_danger_named_before_it_still_is(text: str) -> None:
    assert detect_urgent(text).urgent


# The person test at word level: a plural of a person's name is a person ("Nachbarn"), a
# thing with an agent's ending ("Roller") or a declined adjective ("umgekippter") is not.
@pytest.mark.parametrize("word", ["nachbarn", "nachbarinnen", "männer", "frauen"])
def test_a_plural_of_persons_is_a_person(word: str) -> None:
    assert _person_like(word)


@pytest.mark.parametrize("word", ["roller", "umgekippter", "kaputter", "rostiges", "herrenloser"])
def test_a_roller_and_an_adjective_are_no_person(word: str) -> None:
    assert not _person_like(word)


def test_the_neighbours_lying_there_are_not_set_aside_as_a_thing() -> None:
    assert not lying_thing(
        "und daneben liegen noch die nachbarn", DANGER_SEARCH.found_in, _hints_at_danger
    )


@pytest.mark.parametrize(
    "text",
    [
        "Vor dem Nachbarhaus liegt ein umgekippter Roller",
        "Vor dem Haus liegt ein umgekippter Roller",
        "Und daneben liegt noch ein Roller",
        "Da liegt ein umgekippter",
    ],
)
def test_a_roller_lying_there_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Vor dem Haus liegt ein älterer Mann",
        "da liegt en Velofahrer am Bode",
        "Vor dem Haus liegt ein Nachbar",
        "Und daneben liegt noch ein Verletzter",
        "Und daneben liegt noch ein Fussgänger",
    ],
)
def test_a_person_lying_there_still_is_with_the_word_level_test(text: str) -> None:
    assert detect_urgent(text).urgent
