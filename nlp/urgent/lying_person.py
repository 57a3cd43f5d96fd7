"""A person lying somewhere, now: urgent, when the model and the other rules flag nothing
(nlp.urgent.detector looks for it last, so that what they flag keeps its category).

"Da liegt ein Mann" is flagged by the model (0.92), "Da liegt ein Bettler" (0.42), "Da
liegt ein Rentner" (0.49) and "Am Idaplatz liegt ein alter Mann" (0.25) were not: the
model learnt the lying from some words for a person and not others, and a short text
needs a surer score. Someone lying on the ground is an emergency whatever the word for
them, so the rule reads a person (nlp.persons, and the rules' own words for people)
that lies somewhere:

- the lying first: "Da liegt ein Bettler", "Am Idaplatz liegt ein alter Mann", "Dert
  liit en Bättler", "There is a homeless man lying on the pavement" (after "there is"),
  "Un clochard est allongé par terre", "C'è un senzatetto sdraiato per terra";
- the person first, opening the clause: "Ein Rentner liegt am Boden", "Eine Seniorin
  liegt auf dem Trottoir".

One person (singular), with an article: not "Im Park liegen viele Leute", not a thing of
a person ("Da liegt ein Sack von einem Rentner", "Vor dem Haus des Rentners liegt
Sperrmüll"). Nor a person resting where one rests: in bed, in hospital, in the sun, on a
lounger or a towel ("Mein Nachbar liegt im Spital"). Nor of the past or a risk, nor a
drill, with the guards of the rules ("Gestern lag ein Bettler vor dem Haus").
"""

from __future__ import annotations

import re

from nlp.persons import ROLES
from nlp.urgent.at_rest import resting
from nlp.urgent.category import category_of
from nlp.urgent.cues import VETO
from nlp.urgent.fastre import Substrings
from nlp.urgent.lying_people import lying_people
from nlp.urgent.rules import past_marker, past_or_risk

# The category of a person lying, when the text names no other (nlp.urgent.cues).
CATEGORY = "fall"

# The rules' own words for a person (as nlp.urgent.cues reads a person lying), and roles.
_PERSON = (
    r"(?:mann|frau|herr|dame|person|kind|bub|bueb|mädchen|meitli|junge|maa|grosi|opa|oma"
    r"|man|woman|guy|lady|gentleman|boy|girl|child|kid|homme|femme|monsieur|dame|garçon"
    r"|fille|enfant|uomo|donna|signor[ea]?|bambin[oa]|" + ROLES + r")"
)
_ARTICLE = (
    r"(?:ein|eine|einen|der|die|e|en|es|d|dr|de|mein|meine|min|mini|unser|unsere|a|an|the"
    r"|this|my|our|un|une|le|la|l['’]|mon|ma|notre|uno|una|il|lo|mio|mia|nostr[oa])"
)
# Up to two adjectives: "ein alter", "eine ältere", "a homeless", "un vieil".
_ADJECTIVES = r"(?:[^\W\d_][\w'’-]*\s+){0,2}?"
# Not the Swiss "lit" (the French "lit" reads: "un enfant lit un livre"), not "lies" nor
# "lying to" (tells lies).
_LYING_NOW = (
    r"(?:liegt|liit|ligt|(?:is\s+)?lying(?!\s+(?:to|about)\b)"
    r"|est\s+(?:allongée?|étendue?|couchée?)|gît|giace|(?:è\s+)?sdraiat[oa]|allongée?"
    r"|par\s+terre|per\s+terra|a\s+terra)"
)
# A word of the same clause that opens no thing of a person: "liegt (noch, am Boden)".
_NOT_OF = r"(?!(?:von|vom|vo|des|of|from|de|du|des|di|del|della|dei|delle)\b)"
_GAP = r"(?:" + _NOT_OF + r"[^\s.!?,;:]+\s+){0,4}?"
_LYING_FIRST = (
    r"\b" + _LYING_NOW + r"\s+" + _GAP + _ARTICLE + r"\s+" + _ADJECTIVES + _PERSON + r"\b"
)
# The person opens the clause (after "da", "there is", "il y a", "c'è" at most).
_OPENER = (
    r"(?:^|[.!?,;:]\s*|\b(?:und|da|dort|hier|det|do|jetzt|gerade|there\s+is|there['’]s|and"
    r"|il\s+y\s+a|et|c['’]è|e)\s+)"
)
_PERSON_FIRST = (
    _OPENER
    + _ARTICLE
    + r"\s+"
    + _ADJECTIVES
    + _PERSON
    + r"\s+(?:[^\s.!?,;:]+\s+){0,3}?"
    + _LYING_NOW
    + r"\b"
)
_LYING_PERSON = re.compile(_LYING_FIRST + "|" + _PERSON_FIRST)
# Where a person rests: no emergency.
_RESTING = re.compile(
    r"\b(?:im|in\s+(?:the|a|ihrem|seinem)|à\s+l['’]|all['’]|in)\s*(?:spital|krankenhaus|bett"
    r"|hospital|bed|hôpital|lit\b|ospedale|letto)"
    r"|\b(?:sonne|sun|soleil|sole|sonnt|sunbath\w*|bronze|liegestuhl|badetuch|deckchair"
    r"|lounger|towel|transat|serviette|sdraio|asciugamano|hängematte|hammock|amaca)"
)
# Every match holds one of these (a text with none skips the search).
LYING_PERSON_STEMS = (
    "liegt", "liit", "ligt", "lying", "allong", "étendu", "couch", "gît", "giace", "sdraiat",
    "terre", "terra",
)  # fmt: skip

_LYING_PERSON_STEMS = Substrings(LYING_PERSON_STEMS)


def lying_person(low: str) -> re.Match[str] | None:
    """The person (or people) lying somewhere in a lower-cased text (the past is judged
    apart)."""
    one = _LYING_PERSON.search(low) if _LYING_PERSON_STEMS.found_in(low) else None
    found = one or lying_people(low)  # one person, or several (nlp.urgent.lying_people)
    if found is None or _RESTING.search(low) is not None or resting(low):
        return None
    return found


def lying_person_cue(low: str, score: float, doubt_score: float) -> tuple[str, str] | None:
    """(cue, category) for a person lying somewhere in a lower-cased text, now: not of the
    past or a risk ("Gestern lag ein Bettler vor dem Haus"), nor a drill; a word of the
    past needs a model score of at least `doubt_score` (as a strong rule does)."""
    found = lying_person(low)
    if found is None or past_or_risk(low) or VETO.search(low) is not None:
        return None
    if score < doubt_score and past_marker(low):
        return None
    return found.group(0).strip(), category_of(low) or CATEGORY


# Kinds the model may give a person lying that the text must name itself: a tree, a fire,
# an explosion, a tram, a car in the sun, a lift, a cable, a dog ("Zwei Leute liegen reglos
# auf der Strasse" was "tree_down" at 0.79, "There are two people lying on the ground"
# "explosion").
NOT_OF_A_PERSON_LYING = frozenset(
    {
        "tree_down", "fire", "smoke", "explosion", "gas", "chemical", "tram_child", "hot_car",
        "lift", "live_cable", "flood_electric", "dog_attack", "burglar", "weapon",
    }
)  # fmt: skip


def lying_kind(low: str, kind: str | None) -> str | None:
    """The kind of a lower-cased text the model flagged as `kind`: a person lying there
    whom the model gave a kind of things the text does not name is of the text's own kind,
    else a fall; any other kind stays."""
    if kind not in NOT_OF_A_PERSON_LYING or category_of(low) == kind:
        return kind
    if lying_person(low) is None:
        return kind
    return category_of(low) or CATEGORY
