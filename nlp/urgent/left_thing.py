"""A thing someone forgot, left behind or lost, and no person or animal: no emergency.

The trained model scores an everyday thing left behind as an emergency: "Someone left
an umbrella on the bench" 0.47 (tree_down), "Jemand hat einen Schirm auf der Bank
vergessen" 0.41 (violence), "Quelqu'un a oublié un parapluie sur le banc" 0.57,
"Öpper hät en Schirm uf de Bank la ligge" 0.44 (new-user trial, lead's finding: the
emergency numbers for an umbrella). nlp.urgent.things knows a lost thing, but only
when no person is named, and "jemand", "someone" is one.

Here the one who left it ("jemand hat", "someone left", "quelqu'un a oublié", "hat
öpper") is set aside; what is left behind must be a thing: a person or an animal
named anywhere else keeps the model's verdict ("Someone left a child in the car", "a
dog left in a hot car", "Jemand wurde im Lift vergessen"), and so does a word of
danger, harm or help, or a hint of one (the detector's), or a word that makes a thing
left behind alarming ("verdächtige Tasche", "suspicious bag", "a bag that is ticking",
"unattended"), an appliance left on ("den Herd vergessen"), a medicine forgotten, or a
loss that is no thing ("alles verloren", "lost my job", "perdu espoir"). "Forgot to",
"vergessen, …", "oublié de" forget a deed, not a thing. Only the model's own verdict is
overruled (nlp.urgent.mundane); rules still count. The words of leaving are
nlp.lost_property's (bot.dialog.elsewhere reads them too: where to turn).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.animals import ANIMAL, HURT_ONES, PET
from nlp.lost_property import LEFT_BEHIND, LEFT_LYING, LEFT_VERB
from nlp.urgent.lying_thing import _MORE_PERSONS
from nlp.urgent.person_state import _NAMES_A_PERSON
from nlp.urgent.things import _HARM, _PERSON, _VEHICLE

# A thing that stayed where it was left counts too ("Mein Schirm ist im Tram
# liegengeblieben" got the emergency numbers from the model alone); a person who stayed
# lying is named, and keeps the verdict.
_LEFT = re.compile(rf"{LEFT_BEHIND}|{LEFT_LYING}")
_LEFT_VERB = re.compile(rf"{LEFT_VERB}|{LEFT_LYING}")
LEFT_STEMS = (
    "vergess", "vergäss", "lassen", "liegelassen", "zurückgelassen", "ligge", "lige", "liege",
    "verlor", "left", "forgot", "lost", "oubli", "laiss", "perdu", "égar",
    "dimentic", "lasciat", "pers", "smarrit",
)  # fmt: skip
# The one who left it, as subject: "jemand hat", "someone (has) left", "quelqu'un a
# oublié", "qualcuno ha lasciato", "öpper hät", and after the verb "hat jemand".
_WHO = (
    r"(?:jemand|öpper|öpert|someone|somebody|quelqu['’]un|qualcuno|man|he|she|er|sie|si|är"
    r"|il|elle|lui|lei|(?:a|some|this|ein|eine|une|un|una)\s+(?:man|woman|guy|person|mann|frau"
    r"|person|personne|homme|femme|uomo|donna|persona|tourist|touristin|touriste|turista)"
    r"|people|leute|lüt|d\s+lüt|(?:des\s+)?gens|la\s+gente)"
)
_AUX = r"(?:has|had|just|hat|hät|het|hed|hatte|hend|händ|a|avait|ha|aveva|hanno|ont)"
_WHO_LEFT = re.compile(
    rf"\b{_WHO}\s+(?=(?:{_AUX}\s+)?(?:(?:just|grad|gerade|soeben)\s+)?(?:left|forgot|lost|oublié"
    r"|laissé|perdu|dimenticato|lasciato|perso)\b|"
    rf"{_AUX}\b)"
)
_LEFT_WHO = re.compile(rf"\b((?:hat|hät|het|hed|hatte)\s+){_WHO}\b")
# Persons and animals: what is left behind is not a thing then.
_ALIVE = re.compile(rf"\b(?:{ANIMAL}|{PET}|{HURT_ONES})\b")
# What makes a thing left behind alarming, or a loss no thing: a suspicious or ticking
# bag, one left by someone who ran off, one that leaks, an appliance or a candle left
# on, a syringe (where children play), a medicine forgotten, everything lost.
_ALARMING = re.compile(
    r"verdächtig|verdaechtig|suspici|suspect|sospett|\btick|tic-?tac|ticchett|herrenlos"
    r"|unattended|sans\s+surveillance|incustodit|ran\s+(?:away|off)|fled|rannte|davongerannt|abgehauen"
    r"|geflüchtet|weggerannt|enfui|scappat|fuggit|leak|ausläuft|läuft\s+aus|undicht|fuit"
    r"|\bherd\b|\w*ofen\b|bügeleisen|kerze|stove|oven"
    r"|\biron\b|candle|cuisinière|\bfour\b|bougie|fer\s+à\s+repasser|plaque|fornell|\bforno\b"
    r"|spritze|syringe|seringue|siring|needle|injektionsnadel"
    r"|ferro\s+da\s+stiro|candel|medikament|medizin|medic|médicament|farmac|insulin|tablett|pill"
    r"|inhal|epipen|asthma|asthme|asma|\balles\b|everything|\btout\b|\btutto\b|hoffnung|\bhope\b"
    r"|espoir|speranza|\bjob\b|arbeit|\bstelle\b|wohnung|\bhome\b|\bleben\b|\blife\b|\bvie\b"
    r"|\bvita\b|\bsinn\b|\bway\b|\bweg\b|chemin|strada|orientierung|bearings|verstand|\bmind\b"
)


def left_thing(low: str, danger: Callable[[str], bool], any_hint: Callable[[str], bool]) -> bool:
    """A lower-cased text that says someone forgot, left behind or lost a thing, naming no
    other person and no animal, with no word of danger (`danger`), hint of one
    (`any_hint`) or alarm about the thing left besides: "Someone left an umbrella on the
    bench"."""
    if _LEFT.search(low) is None or _HARM.search(low) is not None:
        return False
    if _ALARMING.search(low) is not None:
        return False
    rest = _LEFT_WHO.sub(r"\1", _WHO_LEFT.sub(" ", low))
    if (
        _PERSON.search(rest) is not None
        or _NAMES_A_PERSON.search(rest) is not None
        or _MORE_PERSONS.search(rest) is not None
        or _ALIVE.search(rest) is not None
    ):
        return False  # "Someone left a child in the car", "a dog left in a hot car"
    # The verb and the vehicle go ("on the tram": a hint of a child on the tracks); a
    # lying stays ("… and is lying on the ground").
    rest = _VEHICLE.sub(" ", _LEFT_VERB.sub(" ", rest))
    return not danger(rest) and not any_hint(rest)
