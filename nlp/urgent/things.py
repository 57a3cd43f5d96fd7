"""A lost thing, a lost or run-away pet, or a dead animal, and no person: no emergency.

The trained model learnt "liegt", "tram" and "bus" from people lying on the ground
and children on the tracks, and scores a thing there the same way: "I lost my wallet
on tram 4" 0.46 (tram_child), "I lost my keys on the tram" 0.46, "Vor dem Schulhaus
Limmat liegt eine tote Taube und eine verlorene Jacke" 0.45 (new-user trial j,
findings 6 and 7). A text that says a thing was lost, forgotten or left behind
("lost my …", "verloren", "vergessen", "perdu", "oublié", "perso", "smarrito"), or
names a dead animal ("eine tote Taube", "a dead bird", "un pigeon mort"), is no
emergency when it names no person and no word of danger or hint of one is left once
the lost thing's verb, the dead animal, the vehicle and the lying are set aside. Only
the model's own verdict is overruled here (nlp.urgent.mundane); rules still count:
"I lost my kid on tram 4", "Ich habe mein Kind im Tram verloren" stay urgent.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.animals import (
    ANIMAL,
    BITES,
    DEAD_AFTER,
    DEAD_BEFORE,
    FELL,
    HURT,
    HURT_ONES,
    KIN_AND_MORE,
    MENACES,
    PEOPLE,
    PET,
    PET_FOUND,
    PET_GONE,
    no_walking_stick,
    without_owners,
)
from nlp.urgent.nobody import without_nobody

_DET = (
    r"(?:my|his|her|our|their|your|a|an|the|some|all|mon|ma|mes|son|sa|ses|notre|nos|un|une"
    r"|le|la|les|l'|il|lo|gli|i|uno|mio|mia|miei|mie|suo|sua|suoi|sue|nostr[oaie])"
)
# Lost or forgotten: a thing (a person who "got lost", "est perdu", "si è perso" is no
# thing: the verb must take an object, or the adjective follow a noun). Not "left": "a
# bag left on the tram" may be a suspicious one.
_LOST = re.compile(
    r"\b(?:lost|forgot|forgotten)\s+" + _DET + r"\b|\b(?:a|an|the|my|some)\s+lost\s+\w+"
    r"|\bverlor(?:en|ene[rsnm]?|e|ni)\b|\bvergessen\b|\bvergässe\b|\bliegen\s*gelassen\b"
    r"|\b(?:perdu|oublié|égaré)e?s?\s+"
    + _DET
    + r"\b|\b(?:perso|dimenticato|smarrito)\s+"
    + _DET
    + r"\b"
    r"|\b(?!(?:suis|es|est|sommes|êtes|sont|s'est|me|se|sono|sei|è|siamo|siete|si|mi|ti|ci|vi)\b)"
    r"\w+\s+(?:perdue?s?|oubliée?s?|égarée?s?|pers[oaie]|smarrit[oaie]|dimenticat[oaie])\b"
)
# Lost but harmed: "lost consciousness", "a perdu connaissance", "ha perso i sensi".
_HARM = re.compile(
    r"\b(?:consciousness|conscious|bewusstsein|besinnung|connaissance|conoscenza|sensi|blood|blut"
    r"|sang|sangue|control|kontrolle|contrôle|controllo|balance|gleichgewicht|équilibre"
    r"|equilibrio|breath|atem|souffle|fiato)\b"
)
# A dead animal: "eine tote Taube", "a dead bird", "un pigeon mort", "il gatto è morto".
_ANIMAL = rf"(?:{ANIMAL})"
_DEAD = re.compile(
    rf"\b(?:{DEAD_BEFORE})\s+(?:\w+\s+)?{_ANIMAL}\b"
    rf"|\b{_ANIMAL}\s+(?:\w+\s+){{0,2}}?(?:{DEAD_AFTER})\b"
)
# Persons, by name of kin, age or role (pronouns say who lost it, not who is lost).
_PERSON = re.compile(rf"\b(?:{PEOPLE}|{KIN_AND_MORE})\b")
# What is set aside besides: the vehicle the thing was lost in, and "liegt" ("da liegt
# eine verlorene Jacke": a thing lies there).
_VEHICLE = re.compile(
    r"\b(?:tram|trams|tramway|bus|busse|autobus|zug|train|treno|s-bahn|postauto|trolleybus"
    r"|taxi|auto|car|voiture|macchina)\b(?:\s*(?:nr\.?|no\.?|nummer|number|linie|line|ligne"
    r"|linea))?(?:\s*\d{1,3})?"
)
# A pet that is lost or ran away is no danger either, and no dog attack: "I lost my dog
# on tram 4" 0.53, "Mein Hund ist im Tram 4 verloren gegangen" 0.64 from the model alone
# (dog_attack: "Hund" is a word of danger). The pet and its going are set aside like a
# lost thing, unless it bites or attacks ("Ein Hund hat mein Kind gebissen"); so is a
# pet found ("Uns ist ein Hund zugelaufen"). The words are nlp.animals'.
_PET = re.compile(rf"\b(?:{PET})\b")
_PET_GONE = re.compile(rf"\b(?:{PET_GONE}|{PET_FOUND})\b")
_ATTACK = re.compile(rf"(?:{BITES}|{MENACES})")
_LYING = re.compile(r"\b(?:liegt|liegen|liit|lies|lying|traîne|traînent|giace|giacciono)\b")
THING_STEMS = (
    "lost", "forgot", "verlor", "vergess", "vergäss", "liegen",
    "perdu", "oubli", "égar", "pers", "smarrit", "dimentic",
    "tot", "dead", "verendet", "mort", "crev",
    "lauf", "abgehau", "abghau", "ausgebüxt", "verschwund", "vermisst", "ran away", "run away",
    "runs away", "missing", "escaped", "enfui", "échapp", "sauvé", "disparu", "fugu", "scappat",
    "fuggit", "scompars", "sparit",
    "flog", "flew away", "flown away", "envol", "volat", "found a", "trovato un",
)  # fmt: skip


def lost_or_dead_thing(
    low: str, danger: Callable[[str], bool], any_hint: Callable[[str], bool]
) -> bool:
    """A lower-cased text about a lost thing or a dead animal that names no person, with no
    word of danger (`danger`) or hint of one (`any_hint`) left besides."""
    low = no_walking_stick(low)  # "lost her cane": a walking stick, unless in Italian
    lost = _LOST.search(low) is not None
    pet = _PET.search(low) is not None and _PET_GONE.search(low) is not None
    if not lost and not pet and _DEAD.search(low) is None:
        return False
    if _PERSON.search(without_nobody(low)) is not None or (lost and _HARM.search(low)):
        return False
    if pet or (lost and _PET.search(low) is not None):
        if _ATTACK.search(low) is not None:
            return False  # "my dog ran away and bit a child"
        low = _PET.sub(" ", _PET_GONE.sub(" ", low))
    rest = _DEAD.sub(" ", _LOST.sub(" ", low))
    rest = _LYING.sub(" ", _VEHICLE.sub(" ", rest))
    return not danger(rest) and not any_hint(rest)


# An injured animal, and no person: "J'ai trouvé un hérisson blessé dans le parc",
# "Ho trovato un gatto ferito" (the rules "blessé", "ferito" are about people), "Im Park
# liegt ein verletzter Igel" (0.55 from the model). The hurt word must go with the
# animal ("ein verletzter Igel", "der Igel ist verletzt", "a cat, it is injured"); no
# person, no one hurt by it ("hat ihn verletzt"), no bite and no word of danger or hint
# of one may be left once the animal, the hurt, the lying and a vehicle are set aside
# ("Ein Reh liegt verletzt auf der Strasse und blutet" stays urgent). Unlike a lost
# thing this overrules the rules too (nlp.urgent.detector.decide); the resident gets
# where to turn (bot.dialog.elsewhere).
# An animal up a tree or on a roof that does not come down ("Mis Büsi isch uf em Baum und
# chunnt nöd abe"): a matter for the animal rescue, no person in danger; the tree or roof
# it sits on is set aside with it (a tree is the rules' word of a tree that fell).
_STUCK_UP = (
    r"(?:chunnt|chunt|kommt|gaht|geht)\s+(?:\w+\s+){0,2}(?:nöd|nid|nicht|nüm|nümme)\s+(?:meh\s+|mehr\s+)?"
    r"(?:abe|obenabe|runter|herunter|hinunter|herab)"
    r"|(?:can't|cannot|can\s+not|won't|doesn't|does\s+not)\s+(?:get|come|climb)\s+(?:back\s+)?down"
    r"|(?:ne\s+)?(?:descend|redescend|peut\s+(?:plus|pas)\s+descendre)\w*\s+(?:plus|pas)?"
    r"|non\s+(?:riesce\s+a\s+)?scende(?:re)?(?:\s+più)?"
)
_UP_THERE = re.compile(
    r"\b(?:uf|auf|on|up|in|sur|dans|sul|sull['’]|su|oben\s+auf)\s+(?:(?:em|dem|de|the|a|l['’]|le"
    r"|un|una|il|einem|ein)\s*)?(?:\w*baum|tree|arbre|albero|\w*dach|roof|toit|tetto)\b"
)
_HURT = rf"(?:{HURT}|{_STUCK_UP})"
_HURT_WORD = re.compile(r"\b" + _HURT + r"\b")
_ANIMAL_WORD = re.compile(r"\b" + _ANIMAL + r"\b")
_HURT_ANIMAL = re.compile(
    r"\b" + _HURT + r"\s+(?:\w+\s+)?" + _ANIMAL + r"\b"
    r"|\b" + _ANIMAL + r"\b,?(?:\s+[^\s.!?;]+){0,8}?\s+" + _HURT + r"\b"
)
_SOMEONE = re.compile(
    rf"\b(?:{HURT_ONES}|mir|myself|himself|herself|gli|\w*fahrer\w*|\w*lenker\w*|drivers?|riders?"
    r"|conducteur\w*|conductrice\w*|conducent\w*|autista)\b"
)
_NEAR_TO = re.compile(
    r"\bvicin[oa]\s+(?:a|al|alla|allo|ai|agli|alle|all['’])"
)  # "near", no neighbour
# Where an animal sits by the water: "Ufer" holds the rules' stem "ufe" (Swiss "chunnt nüm
# ufe": cannot get up), a hint of danger ("Eine verletzte Möwe sitzt am Seeufer" stayed
# urgent). The shore is set aside like the lying; the water is not ("ins Wasser gefallen").
# Not any word on "-ufer": "Läufer", "Käufer" are people.
_SHORE = re.compile(r"\b(?:\w*see|fluss|limmat|sihl|bach|teich|weiher)?ufer[ns]?\b")
HURT_STEMS = (
    "verletz", "verwund", "injur", "hurt", "wound", "bless", "ferit",
    "humpel", "hinkt", "limp", "boite", "zoppic", "gebrochen", "broken", "cass", "rott",
    "stürzt", "fallen", "gheit", "fell", "tomb", "cadut",
    "abe", "runter", "herab", "down", "descend", "scende",
)  # fmt: skip


# An animal that fell into the water is the drowning rule's ("A dog has fallen into the
# lake", "Der Hund ist in die Limmat gefallen"), not a fall: only its other hurts count.
_FELL_WORD = re.compile(rf"\b(?:{FELL})\b")
_WATER = re.compile(
    r"\b(?:wasser|limmat|sihl|see|fluss|bach|teich|weiher|water|lake|river|pond|eau|lac|rivière"
    r"|fleuve|étang|acqua|lago|fiume|stagno)\b"
)


def hurt_animal(low: str, danger: Callable[[str], bool], any_hint: Callable[[str], bool]) -> bool:
    """A lower-cased text about an injured animal that names no person, with no word of
    danger (`danger`) or hint of one (`any_hint`) left besides."""
    low = no_walking_stick(low)  # "my cane slipped and I hurt my hip": no dog
    if _WATER.search(low) is not None:
        low = _FELL_WORD.sub(" ", low)  # "a dog has fallen into the lake"
    if _HURT_ANIMAL.search(low) is None:
        return False
    low = without_owners(_NEAR_TO.sub(" ", low))  # "der Hund des Nachbarn": no one hurt
    if _PERSON.search(low) or _SOMEONE.search(low) or _ATTACK.search(low):
        return False
    rest = _ANIMAL_WORD.sub(" ", _HURT_WORD.sub(" ", _UP_THERE.sub(" ", low)))
    rest = _SHORE.sub(" ", _LYING.sub(" ", _VEHICLE.sub(" ", rest)))
    return not danger(rest) and not any_hint(rest)
