"""People lying somewhere, now (the plural of nlp.urgent.lying_person): urgent when the
model and the other rules flag nothing.

"Da liegen die Nachbarn am Boden" (the model 0.25) and "die lieged am Bode" (0.53, too
short for the model alone) were missed: the rule knew "liegt", not "liegen". Read like
one person lying, in the plural:

- the lying first: "Da liegen die Nachbarn am Boden", "Dert lieged zwei Manne", "Il y a
  deux personnes allongées par terre";
- the people first, opening the clause: "Zwei Leute liegen reglos auf der Strasse", "two
  people lying on the ground", "Deux personnes sont allongées par terre", "Due persone
  sono sdraiate per terra";
- only "they", opening the clause, on the ground or the floor: "die lieged am Bode",
  "Sie liegen auf dem Boden", "they are lying on the floor".

People counted or named ("zwei", "die", "meine", "two", "deux", "due"), not "viele Leute"
("Im Park liegen viele Leute"): a crowd lies on a lawn. Not things of people ("Da liegen
die Velos der Nachbarn"), nor people at rest, in the past or a risk (nlp.urgent.lying_person
applies the same guards).
"""

from __future__ import annotations

import re

from nlp.neighbours import NEIGHBOUR
from nlp.persons import ROLES

# People, in the plural (and the roles of nlp.persons, whose plural is mostly the same
# word: "die Velofahrer", "zwei Obdachlose").
_PEOPLE = (
    r"(?:leute|lüt|personen|persone|menschen|mensche|männer|manne|frauen|fraue|kinder|chind"
    r"|buben|buebe|mädchen|meitli|jungs|jugendliche|senioren|seniorinnen|obdachlose"
    r"|betrunkene|people|persons|men|women|children|kids|guys|boys|girls|personnes|gens"
    r"|hommes|femmes|enfants|jeunes|garçons|filles|persone|uomini|donne|bambini|ragazzi"
    r"|ragazze|anziani|anziane|eltern|eltere|grosseltern|grosseltere|beiden|freunde|fründe"
    r"|kollegen|kollege|parents|grandparents|friends|grands-parents|amis|genitori|nonni|amici"
    r"|" + NEIGHBOUR + "|" + ROLES + r")"
)
# Counted or named: a number, an article, a possessive.
_WHICH = (
    r"(?:zwei|zwöi|zwee|drei|drü|vier|beide|beidi|die|d|meine|mini|unsere|eusi|two|three"
    r"|both|the|my|our|deux|trois|les|mes|nos|due|tre|i|gli|le|miei|mie|nostri|nostre)"
)
_LYING = (
    r"(?:liegen|lieged|ligged|liged|lieget|(?:are\s+)?lying(?!\s+(?:to|about)\b)"
    r"|(?:sont\s+)?(?:allongée?s|étendue?s)|gisent|giacciono|(?:sono\s+)?sdraiat[ie])"
)
# On the ground, said right after the people ("deux personnes par terre", "due anziani
# per terra"), or first: not "les gens laissent leurs bouteilles par terre".
_ON_THE_GROUND = r"(?:(?:sont|sono)\s+)?(?:par\s+terre|per\s+terra|a\s+terra)"
# A word of the same clause that opens no thing of people: "liegen (noch, am Boden)".
_NOT_OF = (
    r"(?!(?:von|vom|vo|des|der|meiner|unserer|seiner|ihrer|of|from|de|du|di|del|della|dei"
    r"|delle)\b)"
)
_GAP = r"(?:" + _NOT_OF + r"[^\s.!?,;:]+\s+){0,3}?"
# Up to two adjectives ("zwei ältere", "two elderly"), none that opens a thing of people:
# "Da liegen die Velos der Nachbarn", "… die Kleider meiner Nachbarn".
_ADJECTIVES = r"(?:" + _NOT_OF + r"[^\W\d_][\w'’-]*\s+){0,2}?"
_OPENER = (
    r"(?:^|[.!?,;:]\s*|\b(?:und|da|dort|hier|det|dert|do|jetzt|gerade|grad|there\s+are"
    r"|and|il\s+y\s+a|et|ci\s+sono|e)\s+)"
)
_LYING_FIRST = (
    r"\b(?:" + _LYING + "|" + _ON_THE_GROUND + r")\s+"
    + _GAP + _WHICH + r"\s+" + _ADJECTIVES + _PEOPLE + r"\b"
)  # fmt: skip
_PEOPLE_FIRST = (
    _OPENER + _WHICH + r"\s+" + _ADJECTIVES + _PEOPLE + r"\s+(?:(?:[^\s.!?,;:]+\s+){0,3}?"
    + _LYING + "|" + _ON_THE_GROUND + r")\b"
)  # fmt: skip
# They, on the ground or the floor, opening the text: "die lieged am Bode" (not "Die
# Schlüssel? Die liegen am Boden": a thing named before).
_THEY_ON_THE_GROUND = (
    r"^\W*(?:(?:da|dort|det|dert|do|jetzt|grad|gerade|hilfe|help|und|and)\W+)?"
    r"(?:sie|si|die|beide|beidi|they|ils|elles|entrambi)\s+" + _LYING
    + r"\s+(?:\w+\s+){0,2}?(?:am|auf\s+dem|uf\s+em|ufem|im|on\s+the|au|sul|sulla)\s+"
    r"(?:boden|bode|ground|floor|sol|pavimento)\b"
)  # fmt: skip
_LYING_PEOPLE = re.compile(_LYING_FIRST + "|" + _PEOPLE_FIRST + "|" + _THEY_ON_THE_GROUND)
# People who play, or lie where people rest in a crowd (a lakeside, a beach, a lawn, a
# park): "Die Kinder liegen auf dem Boden und spielen", "Die Leute liegen am See". A
# person lying still or hurt there is for the other rules and the model.
_AT_PLAY_OR_LEISURE = re.compile(
    r"\b(?:spielen|spielt|spieled|spieläd|play|plays|playing|jouent|jouer|giocano|giocare"
    r"|giocando|lachen|laughing|rient"
    r"|ridono|see|strand|beach|plage|spiaggia|lido|badi|freibad|ufer|wiese|wise|rasen|lawn"
    r"|grass|pelouse|herbe|prato|park|parc|parco|pärkli)\b"
)
# Every match holds one of these (a text with none skips the search).
STEMS = (
    "liegen", "lieged", "ligged", "liged", "lieget", "lying", "allong", "étendu",
    "gisent", "giacciono", "sdraiat", "terre", "terra",
)  # fmt: skip


def lying_people(low: str) -> re.Match[str] | None:
    """People lying somewhere in a lower-cased text (resting and the past are judged by
    nlp.urgent.lying_person)."""
    if not any(stem in low for stem in STEMS):
        return None
    found = _LYING_PEOPLE.search(low)
    if found is None or _AT_PLAY_OR_LEISURE.search(low) is not None:
        return None
    return found
