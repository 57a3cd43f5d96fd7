"""Urgent detection: glass on the ground is no explosion; a thing burning now is a fire;
a tree is an emergency when it fell on a road, car or person, not when it only might.

Probes written before the corpus rows of 2026-12-06 (engineer R) and kept out of
nlp/corpus/urgent_train.jsonl; each of the fixed ones failed with the detector and
model of a522386.
"""

from __future__ import annotations

import pytest

from nlp.urgent import detect_urgent
from nlp.urgent.rules import rule_cue

# Shards on the ground are a cleaning concern: the model alone flagged the first
# as an explosion (0.66), from corpus rows like "explosion beim bahnhof, überall glas".
GLASS = [
    "liegt überall Glas",
]

# Burning now, said with the present participle, "lichterloh", "brûle" or a fire that
# was not put out: the rules missed every one (the model cannot flag 2 words alone).
BURNING_NOW = [
    "Brennende Abfalleimer",
    "Brennender Container",
    "brennende Mülltonnen im Hinterhof",
    "Brennende Hecke am Zürichbergweg",
    "Mülltonne brennt lichterloh",
    "une poubelle brûle devant l'école",
    "Feuerstelle nicht gelöscht im Wald",
    "Lagerfeuer im Wald nicht gelöscht, niemand mehr da",
]

# What the new cues must leave alone.
NOT_BURNING_NOW = [
    "brennende Grabkerzen auf dem Friedhof, sehr schön gemacht",
    "Gestern Abend brennende Container an der Langstrasse, jetzt ist alles schwarz",
    "Das Feuer an der Feuerstelle ist gelöscht",
    "Die Lampe im Durchgang brennt seit Tagen",
    "Der Container brannte letzte Woche, wer räumt die Reste weg?",
]


@pytest.mark.parametrize("text", GLASS)
def test_glass_on_the_ground_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent, text


@pytest.mark.parametrize("text", BURNING_NOW)
def test_a_thing_burning_now_is_a_fire(text: str) -> None:
    result = detect_urgent(text)
    assert result.urgent, text
    assert result.category == "fire", (text, result)


@pytest.mark.parametrize("text", NOT_BURNING_NOW)
def test_burning_words_that_are_no_fire_now(text: str) -> None:
    assert not detect_urgent(text).urgent, text


def test_the_participle_is_a_strong_cue_unless_a_candle_burns() -> None:
    assert rule_cue("brennender container") == ("brennender", True)
    assert rule_cue("brännende chübel bim bahnhof") == ("brännende", True)
    assert rule_cue("brennende kerzen am fenster") == (None, False)
    assert rule_cue("brennende zigarette vom balkon geworfen") == (None, False)


def test_a_fire_not_put_out_is_strong_and_not_vetoed() -> None:
    cue, strong = rule_cue("feuerstelle nicht gelöscht im wald")
    assert strong and cue is not None and cue.startswith("feuerstelle")
    assert rule_cue("il fuoco nel bosco non è spento")[1]
    assert rule_cue("campfire was not put out, still glowing")[1]
    # put out is still the end of it
    assert not detect_urgent("Das Lagerfeuer im Wald ist gelöscht").urgent


def test_lichterloh_is_no_light() -> None:
    assert detect_urgent("Der Abfallkübel brennt lichterloh").urgent
    assert not detect_urgent("Das Licht im Keller brennt dauernd").urgent


# docs/urgent-test-set.md: tree_down is a tree or big branch that just fell on a road, car
# or person; a danger with nothing happening now is a risk. "droht abzubrechen" was a
# strong rule (urgent at a model score of 0.22) while the corpus labels a branch that
# "menace de tomber sur le chemin" an ordinary concern; now it needs a sign of "now".
TREE = [
    ("Ast droht abzubrechen über dem Gehweg", False),
    ("Baum umgestürzt, blockiert den Weg", False),
    ("Ein Baum ist auf die Strasse gefallen und blockiert beide Spuren", True),
    # four words need a model score of 0.6; a tree across a road is a rule, as "ist auf die
    # Strasse gefallen" was
    ("Baum umgestürzt, blockiert die Strasse", True),
    ("Ast liegt quer über der Fahrbahn", True),
    ("Der Baum im Garten blockiert die Sicht auf die Strasse", False),
]


@pytest.mark.parametrize(("text", "urgent"), TREE)
def test_a_tree_on_the_road_is_urgent_one_that_might_fall_is_not(text: str, urgent: bool) -> None:
    assert detect_urgent(text).urgent is urgent, text


def test_about_to_fall_counts_with_a_sign_of_now() -> None:
    assert rule_cue("ast droht abzubrechen über dem gehweg") == (None, False)
    assert rule_cue("der baum droht jeden moment umzufallen!") == (
        "droht jeden moment umzufallen",
        False,
    )


def test_a_sentence_that_burns_in_a_text_about_a_lamp_is_no_fire() -> None:
    # The second look read "er brennt nur jede zweite nacht" alone, without its lamp.
    text = "Kandelaber an der Kreuzung: Unfallgefahr! Er brennt nur jede zweite Nacht."
    assert not detect_urgent(text).urgent
    # a thing that burns, named in its own sentence, still counts
    assert detect_urgent(
        "Wo melde ich eine kaputte Lampe? Übrigens brennt gerade ein Container"
    ).urgent


def test_fallen_and_cannot_get_up_is_a_strong_cue() -> None:
    # docs/urgent-test-set.md, fall: "cannot get up". The glass rows ("liegt überall Glas")
    # took "liegt" down with them: "liegt seit heute Morgen im Flur, sie ist gestürzt und
    # kommt nicht mehr hoch" fell to a model score of 0.34, under the threshold.
    assert rule_cue("sie ist gestürzt und kommt nicht mehr hoch")[1]
    assert rule_cue("the old man fell and can't get up")[1]
    assert rule_cue("i can't get up early enough for the bin collection") == (None, False)
    assert rule_cue("gestern ist sie gestürzt und kommt nicht mehr hoch") == (None, False)
