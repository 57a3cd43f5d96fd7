"""Words of danger, harm or help ("hints"), found where they stand in a word.

A hint is a stem, and a stem found anywhere inside a word misleads: the Langstrasse
holds "angst", a caretaker a "car", a street a "tree", "brauchen" a "Rauch", a
"Vorschlag" a "Schlag", "beaucoup" an "eau". So each hint is found only at the start
of a word (the text's start, or after a space, an apostrophe, a hyphen or other
punctuation: "l'eau", "Gas-Leitung"), unless it may be the tail of a compound, where
it is found anywhere in a word (`_TAILS`: "Kellerbrand", "Verkehrsunfall",
"Stadtpolizei", "schwerverletzt"), or it means something only as a whole word
(`_WHOLE`: "car", "sos", "lit"). Words that begin with a hint and mean something else
are named per hint (`_NOT_BEFORE`: "Schlagloch" is no "Schlag", "Gasse" no "Gas",
"herzlich" no heart, "buttare" is to throw away, not "buttarsi", "falls" (if) no fall,
"kind regards" no child, "Brandenburg" no fire; "schien" is no tail: "erschienen").

`WordHints.found_in` first asks the shared word index (nlp.urgent.fastre.Substrings)
whether any hint occurs at all, as a plain substring (the common case: none), and only
then looks at where the few found stand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nlp.urgent.cues import EXTRA_STEMS
from nlp.urgent.fastre import Substrings
from nlp.urgent.rules import STRONG_STEMS

# The words of danger, harm or help.
DANGER_HINTS = (
    "hilf", "hälf", "hiuf", "help", "aiut", "secours", "aide", "sos", "notfall", "emergen", "urgen",
    "verletz", "wund", "verwund", "blut", "bleed", "sang", "unfall", "accident", "incident", "crash",
    "polizei", "police", "polizia", "feuerwehr", "füürwehr", "pompier", "sanität", "ambulan",
    "schrei", "scream", "cri", "grida", "urla", "verschwund", "vermisst", "missing", "disparu",
    "scompars", "atme", "schnuuf", "breath", "respir", "reagier", "respond", "réagit", "bewegt",
    "move", "bouge", "muove", "gestürzt", "gheit", "fell", "fall", "gefallen", "tomb", "cadut",
    "bewusst", "ohnm", "uncons", "incons", "svenut", "tot", "dead", "mort", "leblos", "schlag",
    "reglos", "regungslos", "motionless",
    "hirnschlag", "stromschlag",
    "prügel", "beat", "frapp", "picchi", "messer", "knife", "waffe", "gun", "handgun", "shotgun",
    "pistol", "droh", "threat", "menac", "minacc", "brenn", "brönn", "bränn", "brûl", "brul",
    "burn", "bruci", "glut", "glüe", "feuer", "füür", "fire", "feu", "fuoco",
    "rauch", "smoke", "fumée", "fumo", "brand", "gas", "gaz", "explo", "esplo", "wasser", "water",
    "eau", "acqua", "ertrink", "drown", "noie", "anneg", "kabel", "cable", "cavo", "cavi", "wire",
    "strom", "elektr", "electr", "baum", "tree", "arbre", "albero", "chemi", "chimi", "gift",
    "toxi", "hund", "dog", "chien", "cane", "cani", "einbr", "iibr", "burglar", "cambriol", "ladro",
    "lift", "aufzug", "elevator", "ascens", "herz", "heart", "cardi", "infarkt", "krampf",
    "seizure", "tram", "gleis", "track", "binari", "voie", "auto", "car", "cars", "voiture",
    "macchin", "kind", "chind", "child", "enfant", "bambin", "baby", "bébé", "gefahr", "danger",
    "pericol", "glis", "angst", "panik", "panic", "schnell", "hurry", "vite", "presto", "sofort",
    "jetzt",
)  # fmt: skip

# Hints that may be the tail of a compound or sit inside a word as it is written
# ("Kellerbrand", "Erdgas", "Verkehrsunfall", "Kantonspolizei", "Strassenbaum",
# "Stromkabel", "Hochwasser", "abbrennen", "hingestürzt", "Brückengeländer").
_TAILS = frozenset((
    "verletz", "blut", "blüet", "unfall", "polizei", "feuerwehr", "füürwehr", "verschwund",
    "vermisst", "atme", "atmet", "schnuuf", "reagier", "bewegt", "gestürzt", "stürzt", "gheit",
    "gefallen", "bewusst", "leblos", "prügel", "prügl", "messer", "waffe", "droh", "droht",
    "brenn", "brönn", "bränn", "brûl", "brul", "burn", "feuer", "füür", "fire", "brand", "flamm",
    "explo", "esplo", "wasser", "ertrink", "vertrink", "kabel", "strom", "elektr", "electr",
    "baum", "bäume", "gift", "hund", "hünd", "einbr", "iibr", "ngebroch", "lift", "aufzug",
    "infarkt", "krampf", "gleis", "schiine", "auto", "wagen", "kind", "chind",
    "gefahr", "angefahr", "geruch", "gruch", "dämpf", "chlor", "brust", "geländer", "gländer",
    "brüstung", "suizid", "umbring", "taucht", "gesackt", "gsackt", "gas",
))  # fmt: skip

# Hints that are hints only as whole words: "car" (not "caretaker", "career"), "sos" (not
# "sosta"), "lit" (a bed, "er lit": not "little"), "come" (not "comment"), "cane"/"cani"
# (not "canette"), "terra"/"terre" (not "terrasse"), "cavi" (cables: not "caviglia").
_WHOLE = frozenset(("car", "cars", "sos", "lit", "come", "cane", "cani", "terra", "terre", "cavi"))

# What may not follow a hint for it to be one: the words that begin with it (or, for a
# tail, hold it) and mean something else.
_NOT_BEFORE = {
    "schlag": r"l|zeil|rahm|er\b|wort",  # Schlagloch, Schlagzeile, Schlagrahm, Schlager
    "gas": r"s|t",  # Gasse, Gast, Gastronomie (a tail: "Erdgas", "Propangasflasche")
    "brand": r"neu|\s+new|enburg|schenk",  # brandneu, brand new, Brandenburg, Brandschenkestrasse
    "kind": r"ly|ness|\s+(?:regards|wishes|of\b)",  # kindly, kindness, kind regards, kind of
    "fall": r"s\b",  # falls (if): "Falls Sie Zeit haben"
    "schien": r"\b",  # schien (seemed); not a tail: "erschienen" (the Tramschiene has "tram")
    "gaz": r"on|ette",  # gazon, gazette
    "herz": r"l|ig",  # herzlich, herzig
    "wund": r"er",  # wunderbar, sich wundern
    "butta": r"r(?:e|lo|la|li|le)\b",  # buttare: to throw away ("buttarsi" is to jump)
    "hund": r"ert",  # hundert, Jahrhundert
    "glut": r"en",  # gluten
    "feu": r"ille|tre",  # feuille, feutre
    "cri": r"tiq",  # critique
    "urla": r"ub",  # Urlaub
    "cavo": r"l",  # cavolo
    "wire": r"less",  # wireless
    "voie": r"nt",  # ils voient
    "vite": r"sse",  # vitesse
    "chemi": r"n",  # chemin, cheminée
    "auto": r"ur|mne|ri|mat",  # autour, automne, Autorität, Automat
    "gefahr": r"en\b",  # gefahren (driven)
    "tot": r"al",  # total
    "tomb": r"ola",  # tombola
    "investit": r"ion",  # Investition
}

# Stems the rules need that name no danger, only where a thing is ("à côté", "on site", "auf
# der anderen Seite": "À côté il y a un vélo" counted as a word of danger, new-user trial m,
# finding 4; "site" is also in "visite"), or that something stayed ("liegen geblieben":
# the lying, or a fall, is what names the danger).
_NOT_HINTS = frozenset(("side", "seite", "site", "parte", "côté", "geblieben", "blibe"))

WORD_START = r"(?<![^\W_])"  # not after a letter or a digit (also nlp.urgent.category)
_WORD_END = r"(?![^\W_])"


def _where(stem: str) -> re.Pattern[str]:
    """Where `stem` counts as a hint (see the module's docstring)."""
    start = "" if stem in _TAILS else WORD_START
    end = _WORD_END if stem in _WHOLE else ""
    not_before = _NOT_BEFORE.get(stem)
    after = f"(?!{not_before})" if not_before else ""
    return re.compile(start + re.escape(stem) + after + end)


class WordHints:
    """Whether a lower-cased text holds one of `stems` where it stands as a hint."""

    def __init__(self, stems: Iterable[str]) -> None:
        stems = tuple(dict.fromkeys(stems))
        # A tail with nothing excluded is a hint wherever it occurs: no need to look.
        anywhere = tuple(s for s in stems if s in _TAILS and s not in _NOT_BEFORE)
        placed = tuple(s for s in stems if s not in anywhere)
        self._anywhere = Substrings(anywhere)
        self._placed = Substrings(placed)
        self._where = {s: _where(s) for s in placed}

    def found_in(self, text: str) -> bool:
        if self._anywhere.found_in(text):
            return True
        if not self._placed.found_in(text):
            return False  # the common case: no stem at all
        where = self._where
        found = self._placed.present(text)
        spaced = (s for s in self._placed.spaced if s in text)
        return any(where[s].search(text) for s in (*found, *spaced))


# Any word of danger, harm or help, or a stem of the rules ("a power line lies where kids
# play"): what a short text the model alone flags must hold, and what must be left of a
# text once its everyday matter is set aside (nlp.urgent.mundane).
HINT_SEARCH = WordHints(
    s for s in (*DANGER_HINTS, *STRONG_STEMS, *EXTRA_STEMS) if s not in _NOT_HINTS
)
# Only the words of danger, harm or help (not the rules' stems such as "ancora").
DANGER_SEARCH = WordHints(DANGER_HINTS)
