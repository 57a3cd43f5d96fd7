"""A weapon that threatens no one: a toy, a water pistol, knives being sharpened, a knife
thrower in the circus, a sword in a museum. No emergency.

The trained model learnt "Messer", "gun" and "Pistole" from threats, and the rules read
"couteau", "pistolet", "coltello" and "pistola" as a weapon at hand: "Er schleift die
Messer am Markt" (a knife grinder) scored 0.73, "Die Kinder spielen mit der
Wasserpistole" 0.71, and "Les enfants jouent avec un pistolet à eau" was urgent by rule.
What decides is what the weapon is and what is done with it:

- a toy or water weapon, named as one: "Wasserpistole", "Spielzeugpistole", "toy gun",
  "water pistol", "Nerf gun", "pistolet à eau", "épée en plastique", "pistola ad acqua";
- one who sharpens knives, or does so: "Messerschleifer", "er schleift die Messer",
  "knife sharpener", "il aiguise les couteaux", "l'arrotino affila i coltelli";
- an act, a sport or a show: a knife thrower, a sword swallower, fencing, the circus, a
  museum, an exhibition, a theatre; here only where no one is "with" a weapon ("Im
  Museum ist ein Mann mit einem Messer" is a threat, not an exhibit).

Unless a threat or harm is said ("bedroht uns mit einer Spielzeugpistole": police cannot
tell a toy from a gun, "der Messerwerfer hat die Assistentin getroffen, sie blutet"):
the text is harmless only when no word of a threat, of danger or a hint of one is left
once the harmless weapons, their context, the weapon words and children at play (as in
nlp.urgent.mundane) are set aside. Rules and
model both are overruled (a strong rule's "couteau" is this module's to judge).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.urgent.mundane import _PLAY, _PLAYERS  # people at play, and the players

# Weapon words, as the rules and the model know them (nlp.urgent.cues, nlp.urgent.category).
_WEAPON = (
    r"(?:messer|mässer|pistole[n]?|waffe[n]?|gewehr[e]?|schwert(?:er)?|säbel|degen|dolch"
    r"|knife|knives|guns?|pistols?|rifles?|weapons?|swords?|daggers?|couteaux?|pistolets?"
    r"|armes?|fusils?|épées?|sabres?|poignards?|coltell[oi]|pistole?a?|armi|arma|fucil[ei]"
    r"|spad[ae]|pugnal[ei])"
)
# A weapon word, also in a German compound ("Küchenmesser", "Spielzeugpistolen"); other
# languages' words as they stand (the "Ermässigung" holds a "gun").
_WEAPON_WORD = re.compile(
    r"\b(?:\w*(?:messer|mässer|pistole|waffe|gewehr|schwert|säbel|degen|dolch)\w*|" + _WEAPON
    + r")\b"
)  # fmt: skip
# A toy or a water weapon, named as one (also as a compound: "Spielzeugpistole",
# "Wasserpistole", "Plastikschwert", "Holzschwert").
_TOY = re.compile(
    r"\b\w*(?:spielzeug|wasser|plastik|holz|schaumstoff|nerf)\w*(?:pistole|gewehr|waffe|schwert"
    r"|säbel|messer)\w*"
    r"|\b(?:toy|water|squirt|nerf|plastic|wooden|foam|cap)\s+(?:guns?|pistols?|rifles?|swords?"
    r"|knives|knife|weapons?)\b"
    r"|\b(?:pistolets?|fusils?|armes?|épées?|sabres?)\s+(?:à\s+eau|en\s+plastique|en\s+bois"
    r"|jouets?|en\s+mousse)\b"
    r"|\b(?:pistol[ae]|fucil[ei]|arm[ai]|spad[ae])\s+(?:ad\s+acqua|giocattolo|di\s+plastica"
    r"|di\s+legno)\b"
)
# One who sharpens knives, or sharpening them ("er schleift die Messer", "sharpens the
# knives", "aiguise les couteaux", "affila i coltelli").
_SHARPENING = re.compile(
    r"\b(?:messerschleif\w*|scherenschleif\w*|schleifer\w*|knife[\s-]+sharpen\w*"
    r"|(?:knife|scissors?)[\s-]+grind\w*|rémouleur\w*|arrotin[oi]|affilacoltell\w*)\b"
    r"|\b(?:schleift|schleifen|schliift|schliifed|schärft|schärfen|sharpen\w*|grinds?"
    r"|grinding|aiguis\w*|affût\w*|affil\w*)\b(?:\s+\S+){0,4}?\s+" + _WEAPON + r"\b"
    r"|\b" + _WEAPON + r"\b(?:\s+\S+){0,4}?\s+(?:schleifen|schärfen|sharpen\w*|aiguiser"
    r"|affûter|affilare|geschliffen|gschliffe|sharpened|aiguisée?s?|affilat[ie])\b"
)
# An act, a sport or a show with weapons, and where one is shown.
_SHOW = re.compile(
    r"\b(?:messerwerfer\w*|knife[\s-]+throw\w*|lanceu\w*\s+de\s+couteaux|lanciator\w*\s+di"
    r"\s+coltelli|schwertschluck\w*|sword[\s-]+swallow\w*|avaleu\w*\s+de\s+sabres?"
    r"|mangiator\w*\s+di\s+spade|fecht\w*|fencing|escrime|scherma|zirkus\w*|circus|cirque"
    r"|circo|\w*museum|museums?|musée|museo|ausstellung\w*|exhibition|exhibit|exposition"
    r"|mostra|theater|theatre|théâtre|teatro|bühne|stage|scène|palco)\b"
)
# Someone with a weapon, or armed: a threat wherever it is ("ein Mann mit einem Messer").
_WITH = re.compile(
    r"\b(?:mit|with|avec|con|has|hat|het|holds?|holding|hält|(?:il|elle|on|qui)\s+a|ont|ha"
    r"|hanno|tient|tiene)\s+"
    r"(?:\S+\s+){0,2}?" + _WEAPON + r"\b"
    r"|\b(?:armed|bewaffnet\w*|armée?s?|armat[oaie])\b"
)
# A threat or harm said (the words of danger of nlp.urgent.hints name most; these too).
_THREAT = re.compile(
    r"\b(?:\w*droh\w*|threat\w*|menac\w*|minacc\w*|ziel\w*|aim\w*|point\w*|vise\w*|punt\w*"
    r"|schiess\w*|schüss\w*|shoot\w*|shot|tir\w*|spar\w*|stich\w*|sticht|stab\w*|poignard\w*"
    r"|accoltell\w*|angriff\w*|greift|attack\w*|attaqu\w*|aggress\w*|agress\w*|raub\w*"
    r"|überfall\w*|rob\w*|braqu\w*|rapin\w*|geisel\w*|hostage\w*|otage\w*|ostagg\w*|amok"
    r"|getroffen|hit|blesse\w*|ferit\w*|wound\w*)\b"
)
# Every weapon word holds one of these.
_WEAPON_STEMS = (
    "messer", "mässer", "pistol", "waffe", "gewehr", "schwert", "säbel", "degen", "dolch",
    "knife", "knives", "gun", "rifle", "weapon", "sword", "dagger", "couteau", "arme", "fusil",
    "épée", "sabre", "poignard", "coltell", "armi", "arma", "fucil", "spad", "pugnal",
)  # fmt: skip
# Every harmless text holds one of these (a text with none is not looked at further).
STEMS = (
    "spielzeug", "wasser", "plastik", "holz", "schaumstoff", "nerf", "toy", "water", "squirt",
    "plastic", "wooden", "foam", "cap", "eau", "jouet", "bois", "mousse", "acqua", "giocattol",
    "legno", "schleif", "schliif", "schärf", "sharpen", "grind", "rémouleur", "arrotin",
    "aiguis", "affût", "affil", "werfer", "throw", "lanc", "schluck", "swallow", "avaleu",
    "mangiator", "fecht", "fencing", "escrime", "scherma", "zirkus", "circus", "cirque", "circo",
    "museum", "musée", "museo", "ausstellung", "exhibit", "exposition", "mostra", "theat",
    "théâtre", "teatro", "bühne", "stage", "scène", "palco",
)  # fmt: skip


def harmless_weapon(
    low: str, danger: Callable[[str], bool], any_hint: Callable[[str], bool]
) -> bool:
    """Whether a lower-cased text speaks of a weapon only as a toy, a water pistol, knives
    being sharpened, or a show or an exhibit, with no threat and, once these and the
    weapon words are set aside, no word of danger (`danger`) or hint of one (`any_hint`)."""
    if not any(stem in low for stem in _WEAPON_STEMS) or not any(stem in low for stem in STEMS):
        return False  # most texts: no weapon, or no harmless context
    if _THREAT.search(low) is not None:
        return False
    rest = _SHARPENING.sub(" ", _TOY.sub(" ", low))
    if rest != low or (_SHOW.search(low) is not None and _WITH.search(low) is None):
        if rest == low and _WEAPON_WORD.search(low) is None:
            return False  # a show and no weapon at all: nothing of this module's
        rest = _WEAPON_WORD.sub(" ", _SHOW.sub(" ", rest))
        if _PLAY.search(rest) is not None:  # "Die Kinder spielen mit der Wasserpistole"
            rest = _PLAYERS.sub(" ", _PLAY.sub(" ", rest))
        return not danger(rest) and not any_hint(rest)
    return False
