"""People at rest, and a request with no answer: no emergency.

The trained model learnt lying, children and "reagiert nicht" from emergencies, and
scores people at rest the same way: "Am Idaplatz liegt ein Mann auf der Wiese und
schläft" (0.83), "Im Park liegen viele Leute in der Sonne" (0.47), "Un enfant lit un
livre" (0.89: the French "lit" reads, or is a bed; the Swiss "lit" lies), and "Der
Bauarbeiter reagiert nicht auf meine Bitte" (0.60: a request with no answer, not a
person who does not respond).

Someone who sleeps, rests, sunbathes, reads or has a picnic, in the sun, on a lawn, in
bed or on a lounger, is at rest (`resting`), unless the text doubts it ("schläft??",
"oder ist er bewusstlos", "scheint zu schlafen", "seit Stunden", "in der Kälte", "on the pavement"). The
model's own verdict on such a text is overruled when no word of danger or hint of one
is left once the resting, the lying, the persons and the unanswered request are set
aside (`at_rest`); the rules still count ("liegt am Boden und schläft?? reagiert
nicht", "ein Mann liegt am Boden" stay emergencies).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.urgent.lying_thing import _LYING_ANY, _MORE_PERSONS
from nlp.urgent.person_state import _NAMES_A_PERSON

# Sleeping, resting, sunbathing, reading, a picnic; in the sun, in bed, on a lounger.
_REST = re.compile(
    r"\b(?:schläft|schlafen|schlaft|schlafend\w*|pennt|pennen|döst|dösen|ruht\s+sich\s+aus"
    r"|ruhen\s+sich\s+aus|sonnt\s+sich|sonnen\s+sich|sonnenbad\w*|liest|lesen|picknick\w*"
    r"|chillt|chillen|entspannt\s+sich|pfuust|pfuused|schloft|schlofed"
    r"|(?:in\s+der|a\s+de|i\s+de|in\s+the|au|al|nel|sotto\s+il)\s+(?:sonne|sunne|sun|soleil|sole)"
    r"|(?:auf|uf)\s+(?:der|de|dr)\s+(?:wiese|wise|matte|decke|liegewiese)"
    r"|(?:im|is)\s+bett|(?:au|dans\s+(?:son|sa|le|leur|un|mon))\s+lit"
    r"|liegestuhl|badetuch|hängematte|sleeps|sleeping|asleep|napping|taking\s+a\s+nap|resting"
    r"|sunbath\w*|sunning|reading|reads|relaxing|picnic\w*|(?:on\s+the|on\s+a)\s+(?:lawn|grass)"
    r"|in\s+bed|deckchairs?|loungers?|hammocks?|towels?|dort|dorment|dormir|endormie?s?|se\s+repose"
    r"|se\s+reposent|bronze|bronzent|lisent|pique-nique\w*|sur\s+l['’]herbe|sur\s+la\s+pelouse"
    r"|transats?|lit\s+(?:un|une|le|la|les|des|son|sa|ses|mon|ma|l['’])|dorme|dormono"
    r"|addormentat[oaie]|riposa|riposano|legge|leggono|prende\s+il\s+sole|prendono\s+il\s+sole"
    r"|sull['’]erba|sul\s+prato|nel\s+letto|a\s+letto|sdraio|amaca|asciugamano)\b"
)
# A doubt, or a sign that the rest is no rest: "schläft??", "oder ist er bewusstlos",
# "scheint zu schlafen", "seit Stunden", "in der Kälte", "wie tot", "on the pavement".
_DOUBT = re.compile(
    r"\?|\b(?:oder|or|ou|ob|whether|scheint|schiint|seems?|semble|sembra|wie\s+tot|as\s+if"
    r"|comme\s+si|come\s+se|seit\s+(?:stunden|gestern|tagen)|for\s+hours|since\s+yesterday"
    r"|depuis\s+des\s+heures|da\s+ore|kälte|kalt|chalt|cold|froid|freddo|schnee|snow|neige|neve"
    r"|minus|regen|rain|pluie|pioggia)\b"
    # The ground, a road, a floor is no place to rest (the rules read "am Boden" too).
    r"|\b(?:boden|bode|strasse|strass|trottoir|fahrbahn|gleis\w*|treppe\w*|ground|floor"
    r"|pavement|sidewalk|road|street|tracks|stairs|par\s+terre|sol|chaussée|rue|escalier\w*"
    r"|per\s+terra|a\s+terra|pavimento|marciapiede|strada|binari|scale)\b"
)
# No answer to a request, a letter or a call for a reply: "reagiert nicht auf meine
# Bitte", "is not responding to my emails", "ne répond pas à mes messages" (no bell,
# no call, no knock: a neighbour who does not open is for nlp.urgent.welfare).
_UNANSWERED = re.compile(
    r"\b(?:reagiert|reagieren|antwortet|antworten|responds?|responding|replies|replying"
    r"|réagit|répond|répondent|reagisce|risponde|rispondono)\s+(?:\w+\s+){0,3}?"
    r"(?:auf|to|à|aux|alle?|ai|agli)\s+(?:\w+\s+){0,2}?"
    r"(?:bitten?|anfragen?|anliegen|e-?mails?|mails?|nachrichten?|briefe?|schreiben"
    r"|reklamation\w*|beschwerde\w*|meldung\w*|aufforderung\w*|hinweis\w*|fragen?|gesuch\w*"
    r"|requests?|emails?|e-mails?|messages?|letters?|complaints?|questions?|reminders?"
    r"|demandes?|courriels?|lettres?|plaintes?|réclamations?|richiest[ae]|messaggi|mail"
    r"|lettere?|reclam[oi]|domand[ae])\b"
)
STEMS = (
    "schl", "penn", "dös", "ruh", "sonn", "sunn", "liest", "lese", "picknick", "chill",
    "entspannt", "pfuus", "wiese", "wise", "matte", "decke", "bett", "liegestuhl", "badetuch",
    "hängematte", "sleep", "asleep", "nap", "rest", "sun", "read", "relax", "picnic", "lawn",
    "grass", "bed", "deckchair", "lounger", "hammock", "towel", "dor", "repos", "bronz", "lis",
    "pique", "herbe", "pelouse", "transat", "lit", "addorment", "ripos", "legg", "sole",
    "erba", "prato", "letto", "sdraio", "amaca", "asciugamano",
    "reagier", "antwort", "respond", "repl", "réagit", "répond", "reagisce", "rispond",
)  # fmt: skip


def resting(low: str) -> bool:
    """A lower-cased text that says someone sleeps, rests, sunbathes or reads, in the sun,
    on a lawn or in bed, and does not doubt it."""
    return _REST.search(low) is not None and _DOUBT.search(low) is None


def at_rest(low: str, danger: Callable[[str], bool], any_hint: Callable[[str], bool]) -> bool:
    """A lower-cased text about people at rest, or a request with no answer, with no word
    of danger (`danger`) or hint of one (`any_hint`) left once the resting, the lying, the
    persons and the request are set aside: "Im Park liegen viele Leute in der Sonne"."""
    unanswered = _UNANSWERED.search(low) is not None
    if not unanswered and not resting(low):
        return False
    rest = _UNANSWERED.sub(" ", low)
    if resting(low):
        rest = _LYING_ANY.sub(" ", _REST.sub(" ", rest))
    rest = _MORE_PERSONS.sub(" ", _NAMES_A_PERSON.sub(" ", rest))
    return not danger(rest) and not any_hint(rest)
