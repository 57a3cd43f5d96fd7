"""Text helpers for place matching: tokens, folding, the word lists that decide
whether a word is a place."""

from __future__ import annotations

import re

# French and Italian elided articles and prepositions are tokens of their own,
# so the name after them is matched as it stands: "l'Enge" -> "l'", "Enge";
# "dell'Enge", "sull’Albisriederplatz", "l'école Limmat" (a name of two words).
# Only at the start of a word ("aujourd'hui", "Zurich's" stay one token).
_ELIDED = (
    "dell|dall|nell|sull|all|coll|pell|dagl|degl|sugl|negl|quell|un"
    "|jusqu|lorsqu|puisqu|qu|l|d|j|m|n|s|t|c"
)
_TOKEN_RE = re.compile(
    rf"\b(?i:{_ELIDED})['’](?=\w)|\w+(?:[-'’.]\w+)*\.?",
    re.UNICODE,
)
# Without an apostrophe the elided alternative never matches: texts without one
# (most) are split by the plain word pattern, which is cheaper per token.
_WORD_RE = re.compile(r"\w+(?:[-'’.]\w+)*\.?", re.UNICODE)


def token_re(text: str) -> re.Pattern[str]:
    """The token pattern for this text: ``_TOKEN_RE`` where it has an apostrophe."""
    return _TOKEN_RE if ("'" in text or "’" in text) else _WORD_RE


_NUMBER_RE = re.compile(r"^(\d{1,4})([a-z]?)$", re.IGNORECASE)
_PLZ_RE = re.compile(r"^\d{4}$")
# Words between a street and its house number: "Badenerstrasse Nr. 120".
_NUMBER_WORDS = frozenset({"nr", "no", "nummer", "hausnummer", "hausnr"})
_MAX_PHRASE = 4
# A house number this close to a known address point on the same side of the
# street (same parity) is taken to be in the same Kreis.

# Street suffixes residents write, in dialect or shorthand, folded to one form.
_SUFFIX_RE = re.compile(
    r"(?:strasse|strase|strass|str|stras|strosse|stross|strooss|strooss|straass|strasa|strase)$"
)
_STRONG_SUFFIX = re.compile(r"(?:strasse|gasse|weg|platz|quai|allee)$")
_STREETLIKE_RE = re.compile(
    r"(?:strasse|gasse|weg|platz|quai|allee|brucke|steig|rain|halde|ring|steg|graben|anlage|park)$"
)


def _slips(suffix: str) -> list[str]:
    """`suffix` with one letter left out (not its first) or two neighbours swapped."""
    dropped = {suffix[:i] + suffix[i + 1 :] for i in range(1, len(suffix))}
    swapped = {
        suffix[:i] + suffix[i + 1] + suffix[i] + suffix[i + 2 :] for i in range(len(suffix) - 1)
    }
    return sorted((dropped | swapped) - {suffix})


# A street suffix with a slip of the finger ("Idasrasse", "Idastrsse",
# "Idaplaz"): fuzzy matched against the streets like a street-like word
# (new-user trial r, section 10: "Lampe kaput Idasrasse 20" found no place; the
# name is matched against landmarks then, and "Idastrase" was only found since
# `fold` respells that one ending). The fuzzy cutoff still wants the whole word
# within a letter or two of a street of eight letters or more.
_SLIPPED_SUFFIX_RE = re.compile("(?:" + "|".join([*_slips("strasse"), *_slips("platz")]) + ")$")


def streetlike(key: str) -> bool:
    """A folded word that ends like a street: its suffix, or that suffix mistyped."""
    return bool(_STREETLIKE_RE.search(key) or _SLIPPED_SUFFIX_RE.search(key))


_CONTEXT_WORDS = frozenset(
    [
        "in",
        "im",
        "i",
        "ir",
        "de",
        "der",
        "die",
        "das",
        "dem",
        "den",
        "bi",
        "bim",
        "bei",
        "beim",
        "zur",
        "zum",
        "zu",
        "am",
        "an",
        "vom",
        "von",
        "nach",
        "ab",
        "bis",
        "vor",
        "hinter",
        "neben",
        "um",
        "ums",
        "gegenuber",
        "richtung",
        "quartier",
        "kreis",
        "chreis",
        "nahe",
        "near",
        "at",
        "from",
        "to",
        "by",
        "schulhaus",
        "schuelhuus",
        "schulhauses",
        "quartiertreff",
        "gz",
        "kirchgemeindehaus",
        # A church named by its Quartier: "Kirche Enge", "d Chile Enge", "l'église
        # d'Enge", "la chiesa di Enge" (closing note, item 5).
        "kirche",
        "chile",
        "eglise",
        "chiesa",
        "siedlung",
        "friedhof",
        "badi",
        "hallenbad",
        "sportanlage",
        "alterszentrum",
        "gare",
        "bahnhof",
        "z",
        "tramhaltestelle",
        "haltestelle",
        "station",
        "tramstation",
        "stop",
    ]
)
# Elided articles and prepositions ("l'", "d'", "dell'", "all'", "sull'"), folded:
# before a name they count as a word of ``_CONTEXT_WORDS`` ("à l'Enge", "l'église
# d'Enge", "nell'Enge"), only written with their apostrophe ("all" alone is English).
_ELIDED_CONTEXT = frozenset({"l", "d", "dell", "dall", "nell", "sull", "all", "coll", "pell"})
# "in Zug", "nach Baden": the only words that make an everyday word ("der Zug",
# "baden") a town outside the city.
_OUTSIDE_CONTEXT = frozenset({"in", "nach", "z", "bei", "bi", "richtung", "à", "to"})
# "aus Basel", "vo Dübedorf", "from Winterthur": where someone comes from.
_ORIGIN_WORDS = frozenset({"aus", "vo", "von", "us", "from"})
_UNIT_WORDS = frozenset(
    [
        "fr",
        "franken",
        "chf",
        "stutz",
        "euro",
        "eur",
        "leute",
        "personen",
        "menschen",
        "meter",
        "m",
        "km",
        "mal",
        "uhr",
        "jahre",
        "tage",
        "wochen",
        "minuten",
        "stunden",
        "kilo",
        "kg",
        "franke",
    ]
)
# "nous venons d'arriver de Lausanne": French "de" after a verb of coming.
_FRENCH_FROM = frozenset(
    [
        "arriver",
        "arrive",
        "arrives",
        "viens",
        "venons",
        "venez",
        "vient",
        "venu",
        "venue",
        "venus",
        "venues",
        "demenage",
        "demenages",
        "demenagee",
    ]
)
_SCHOOL_KEY = re.compile(
    r"(schulhaus|schuelhuus|schulanlage|schule|schuel|primarschule|school|ecole|scuola)"
)
# Tokens that may be a compound or an inflected place name.
_MAY_INFLECT = re.compile(r"[-–'’]|\w{4,}(?:es|s|n)$")
_KREIS_PREFIX = frozenset({"kreis", "chreis", "kr", "kr.", "district", "stadtkreis"})
_KREIS_WORD_PREFIX = frozenset({"im", "in", "i", "ins", "em"})


def fold(text: str) -> str:
    """Fold a name for matching: lower case, ß→ss, umlauts and their ae/oe/ue forms to the
    base vowel, accents off, hyphens, apostrophes, dots and spaces removed."""
    s = text.lower().replace("ß", "ss")
    s = s.replace("ä", "a").replace("ö", "o").replace("ü", "u")
    s = s.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    s = s.translate(_ACCENTS)
    s = re.sub(r"[\s\-'’.]", "", s)
    return _SUFFIX_RE.sub("strasse", s)


_ACCENTS = str.maketrans("éèêàâîôûç", "eeeaaiouc")


def _variants(word: str) -> list[str]:
    """Lookup keys for a token that did not match as it stands: the parts of a
    hyphenated compound ("Hardplatz-Gebiet") and forms without a genitive or
    dative ending ("Hardplatzes", "Lindenplatzes")."""
    keys: list[str] = []
    if "'" in word or "’" in word:  # French elision: "d'Oerlikon", "l'Enge"
        keys.append(fold(re.split(r"['’]", word, maxsplit=1)[1]))
    parts = re.split(r"[-–]", word.rstrip("."))
    for k in range(len(parts) - 1, 0, -1):
        keys.append(fold("".join(parts[:k])))
    key = fold(word)
    for ending in ("es", "s", "n"):
        if key.endswith(ending) and len(key) - len(ending) >= 5:
            keys.append(key[: -len(ending)])
    return keys


def text_span(tokens: list[tuple[str, int]]) -> str:
    return " ".join(t for t, _ in tokens).rstrip(".")
