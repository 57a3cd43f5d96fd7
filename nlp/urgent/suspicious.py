"""A suspicious object that may be dangerous: the police want it called in at once (117).

"Da hat jemand eine verdächtige Tasche liegen lassen" (the model 0.11) and "A bag left
at the station is ticking, please come quickly" (0.12) were not flagged. A strong rule:

- a bag, a suitcase, a parcel, a rucksack or an object called suspicious: "verdächtiger
  Koffer", "verdächtigi Täsche", "suspicious package", "colis suspect", "bagage abandonné
  suspect", "pacco sospetto", "zaino sospetto", "der Koffer sieht verdächtig aus";
- such a thing that ticks or may be a bomb: "eine tickende Tasche", "es tickt i dere
  Täsche", "unattended bag … ticking", "un sac qui fait tic-tac";
- an unattended thing in a text that calls something suspicious: "Herrenloser Koffer
  im Bahnhof, sieht verdächtig aus".

An unattended thing alone ("herrenloser Koffer", "unattended bag") is no emergency, nor
is a bag of rubbish, an umbrella forgotten (nlp.urgent.left_thing), suspicious people
without any object ("verdächtige Leute beim Spielplatz": the detector as before), a
clock that ticks ("Die Uhr am Bahnhof tickt falsch", "the clock is ticking"), a thing
that is not suspicious ("nicht verdächtig"), nor one of the past or taken care of:
"Gestern stand da ein verdächtiger Koffer, die Polizei hat ihn weggebracht".
"""

from __future__ import annotations

import re

from nlp.urgent.fastre import Substrings
from nlp.urgent.rules import _PAST, _STILL, _STRONG_NOW, _WEEKDAY

CATEGORY = "suspicious_object"

# Every rule below needs a word holding one of these: a text with none is skipped.
_STEM_WORDS = (
    "verdächt", "verdaecht", "suspici", "suspect", "sospett", "tick", "tic-tac", "tictac",
    "tic tac", "ticchett", "bomb", "spreng", "explosi", "esplosiv",
)  # fmt: skip
_STEMS = Substrings(_STEM_WORDS)
# The thing: a bag, a case, a parcel, an object (whole words: no "Kehrichtsack").
_THING = (
    r"(?:tasche|taschen|täsche|täsch|täschli|handtasche|sporttasche|reisetasche|koffer|goffer"
    r"|paket|pakete|päckli|päckchen|rucksack|rucksäcke|rucksäck|gegenstand|gegenstände"
    r"|gegeständ|objekt|kiste|chischte|schachtel|karton|box|behälter|gepäck|gepäckstück|sack"
    r"|bag|bags|backpack|suitcase|suitcases|luggage|package|packages|parcel|parcels|object"
    r"|objects|holdall"
    r"|sac|sacs|sac\s+à\s+dos|valise|valises|bagage|bagages|colis|paquet|paquets|objet|objets"
    r"|boîte|pacco|pacchi|pacchetto|borsa|borse|borsone|valigia|valige|zaino|zaini|oggetto"
    r"|oggetti|bagaglio|bagagli|scatola)"
)
_SUSPECT = r"(?:verdächtig\w*|verdaechtig\w*|suspicious(?:ly)?|suspect[es]?|sospett[oaie])"
# Ticking, or a bomb: the danger of the thing ("ticks" is the insect).
_TICKS = (
    r"(?:tickt|ticke[tn]|tickend\w*|ticking|tic[-\s]?tac|ticchett\w*|bombe|bomb|bomba"
    r"|sprengsatz|sprengstoff|explosive?|explosif|esplosiv[oaie])"
)
_UNATTENDED = (
    r"(?:herrenlos\w*|unbeaufsichtigt\w*|unattended|abandonn\w*|sans\s+surveillance"
    r"|incustodit[oaie]|abbandonat[oaie])"
)
_DETERMINER = (
    r"(?:the|a|an|that|this|my|his|her|their|our|der|die|das|den|dem|ein|eine|einen|le|la"
    r"|les|un|une|il|lo|che|que)"
)
_WORD = r"[^\s.!?]+\s+"  # a word of the same sentence, and the space after it
_CLAUSE_WORD = r"[^\s.!?,;]+\s+"  # a word of the same clause
_SUSPICIOUS_THING = re.compile(
    # "verdächtige (schwarze) Tasche", "suspicious (looking) bag"; not "I suspect the parcel"
    rf"\b{_SUSPECT}\s+(?:(?!{_DETERMINER}\s){_WORD})?{_THING}\b"
    # "colis suspect", "bagage abandonné suspect", "pacco sospetto"
    rf"|\b{_THING}\s+(?:{_WORD})?{_SUSPECT}\b"
    # "der Koffer (am Gleis 3) sieht verdächtig aus", "the bag looks suspicious"
    rf"|\b{_THING}\s+(?:{_CLAUSE_WORD}){{0,3}}?(?:sieht|gseht|wirkt|ist|isch|scheint|looks"
    rf"|seems|is|appears|semble|est|sembra|pare|è)\s+(?:{_CLAUSE_WORD}){{0,2}}?{_SUSPECT}\b"
)
# The thing near its ticking, either way round, in one sentence.
_TICKING_THING = re.compile(
    rf"\b{_THING}\b[,;:]?\s+(?:{_WORD}){{0,8}}?{_TICKS}\b|\b{_TICKS}\s+(?:{_WORD}){{0,8}}?{_THING}\b"
)
_UNATTENDED_THING = re.compile(
    rf"\b{_UNATTENDED}\s+(?:{_WORD})?{_THING}\b|\b{_THING}\s+(?:{_WORD})?{_UNATTENDED}"
)
_ANY_SUSPECT = re.compile(rf"\b{_SUSPECT}")
# "nicht verdächtig", "nothing suspicious", "doesn't look suspicious", "tickt nicht mehr"
_DENIED = re.compile(
    r"(?:\b(?:nicht|nöd|nid|nüt|nichts|kein\w*|not|nothing|no|pas|rien\s+de|non|niente\s+di"
    r"|nulla\s+di)|n't)\s+(?:(?:mehr|more|so|sehr|really|wirklich|besonders|particularly|très"
    r"|plus|più|molto|è|look|looks|seem|seems)\s+)?"
    + _SUSPECT
    + r"|\b(?:tickt|ticking)\s+(?:\w+\s+)?(?:nicht|nöd|nid|not|no\s+longer)\b"
)
# A clock, time, a heater, a meter or a signal that ticks: set aside before looking for
# a ticking thing. "Um 10 Uhr" is no clock.
_CLOCK = (
    r"(?:\w+uhr|(?<!\d\s)(?<!\d)uhr|uhre|\w*wecker|zeit|clock|watch|time|horloge|montre|réveil"
    r"|temps|orologio|sveglia|tempo|heiz\w*|radiator|radiateur|termosifone|zähler|meter"
    r"|compteur|contatore|taximeter|blindensignal|ampel|signal|metronom\w*|countdown)"
)
_CLOCK_TICKS = re.compile(
    rf"\b{_CLOCK}\b\s+(?:{_WORD}){{0,3}}?{_TICKS}\b|\b{_TICKS}\s+(?:{_WORD}){{0,3}}?{_CLOCK}\b"
)
# A bag of rubbish is no suspicious thing: "Sack Abfall", "sac poubelle", "trash bag".
_RUBBISH = (
    r"(?:abfall|abfälle|müll|kehricht|ghüder|rubbish|garbage|trash|litter|waste|déchets"
    r"|ordures|poubelle|spazzatura|rifiuti|immondizia)"
)
_RUBBISH_THING = re.compile(
    rf"\b{_THING}\s+(?:(?:mit|voll|vol|of|full\s+of|de|d'|di|della|pieno\s+di)\s+)?{_RUBBISH}\b"
    rf"|\b{_RUBBISH}\s+{_THING}\b"
)
# Already taken care of, or harmless: "die Polizei hat ihn weggebracht", "false alarm".
_OVER = re.compile(
    r"\b(?:fehlalarm|entwarnung|false\s+alarm|all\s+clear|fausse\s+alerte|falso\s+allarme)\b"
    r"|\b(?:hat|haben|hät|händ|hend|wurde|wurden|isch|ist|has|have|had|was|were|been|a|ont"
    r"|été|ha|hanno|stato|stata)\s+(?:\S+\s+){0,3}?(?:weggebracht|abgeholt|abtransportiert"
    r"|entschärft|gesprengt|wäggnoh|abgholt|removed|taken\s+away|defused|enlevée?|emportée?"
    r"|désamorcée?|rimoss[oa]|portat[oa]\s+via|disinnescat[oa])\b"
    r"|\b(?:war|was|isch|ist|is|était|est|era|è)\s+(?:\S+\s+){0,2}?(?:harmlos|harmless"
    r"|inoffensi\w*|innocu[oa])\b"
    rf"|\b(?:nur|bloss|numme|nume|just|only|juste|seulement|solo|soltanto)\s+(?:\S+\s+)?{_RUBBISH}"
)


def suspicious_object(low: str) -> tuple[str | None, bool]:
    """(cue, over) for a lower-cased text: the words that name a suspicious or ticking
    object (None when none do), and whether the text says it is over: of the past
    ("gestern", "letzte Woche", "am Samstag") with nothing saying it is still there, or
    taken care of ("die Polizei hat ihn weggebracht", "Fehlalarm")."""
    if not _STEMS.found_in(low) or _DENIED.search(low) is not None:
        return None, False
    text = _RUBBISH_THING.sub(" ", low)
    found = _SUSPICIOUS_THING.search(text) or _TICKING_THING.search(_CLOCK_TICKS.sub(" ", text))
    if found is None and _ANY_SUSPECT.search(text) is not None:
        found = _UNATTENDED_THING.search(text)
    if found is None:
        return None, False
    past = (_PAST.search(low) or _WEEKDAY.search(low)) and not (
        _STILL.search(low) or _STRONG_NOW.search(low)
    )
    return found.group(0).strip(), bool(past) or _OVER.search(low) is not None
