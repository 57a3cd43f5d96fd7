"""The German article of a street, square or area name, for texts like
"Die Badenerstrasse führt durch mehrere Kreise" / "Der Hegibachplatz ...".

Decided by the name's last part (Swiss spelling and dialect endings included),
with a small table of exceptions. Names that already start with a preposition
or article ("Am Wasser", "Im Sack") and names that take no article (towns and
most Quartiere: "Oerlikon", "Höngg") are returned as they are.
"""

from __future__ import annotations

import re

# Whole names whose article no suffix rule gets right (folded to lower case).
_EXCEPTIONS: dict[str, str] = {
    "enge": "die",
    "hard": "das",
    "werd": "das",
    "city": "die",
    "letten": "der",
    "oberer letten": "der",
    "seebecken": "das",
    "bellevue": "das",
    "central": "das",
    "niederdorf": "das",
    "langstrasse": "die",
    "platzspitz": "der",
    "triemli": "das",
    "zoo": "der",
    "hb": "der",
    "milchbuck": "der",
    "stauffacher": "der",
    "kreis cheib": "der",
    "industriequartier": "das",
    "escher wyss": "das",
    "prime tower": "der",
    "limmat": "die",
    "sihl": "die",
    "uni irchel": "die",
    "eth hönggerberg": "die",
    "letzigrund": "der",
    "hönggerberg": "der",
    "üetliberg": "der",
    "uetliberg": "der",
}

# Last part of the name -> article, longest ending first.
_SUFFIXES: tuple[tuple[str, str], ...] = (
    # feminine
    ("strasse", "die"),
    ("str.", "die"),
    ("strass", "die"),
    ("gasse", "die"),
    ("gass", "die"),
    ("brücke", "die"),
    ("brügg", "die"),
    ("halde", "die"),
    ("allee", "die"),
    ("promenade", "die"),
    ("anlage", "die"),
    ("wiese", "die"),
    ("wies", "die"),
    ("matte", "die"),
    ("matt", "die"),
    ("zelg", "die"),
    ("terrasse", "die"),
    ("insel", "die"),
    ("egg", "die"),
    ("au", "die"),
    ("treppe", "die"),
    ("stiege", "die"),
    ("mauer", "die"),
    ("kirche", "die"),
    ("passage", "die"),
    ("siedlung", "die"),
    ("äcker", "die"),
    ("acher", "die"),
    ("fabrik", "die"),
    ("hütte", "die"),
    ("schule", "die"),
    ("bahn", "die"),
    ("station", "die"),
    ("haltestelle", "die"),
    ("breite", "die"),
    ("ebene", "die"),
    ("weid", "die"),
    ("weide", "die"),
    ("hofstatt", "die"),
    # neuter (diminutives in -li first: "Gässli", "Birchdörfli")
    ("li", "das"),
    ("feld", "das"),
    ("quartier", "das"),
    ("areal", "das"),
    ("dorf", "das"),
    ("gut", "das"),
    ("tor", "das"),
    ("horn", "das"),
    ("ried", "das"),
    ("moos", "das"),
    ("tobel", "das"),
    ("holz", "das"),
    ("zentrum", "das"),
    ("spital", "das"),
    ("stadion", "das"),
    ("haus", "das"),
    ("huus", "das"),
    ("werk", "das"),
    ("wehr", "das"),
    ("ufer", "das"),
    ("kreuz", "das"),
    ("gebiet", "das"),
    ("dreieck", "das"),
    ("eck", "das"),
    ("loch", "das"),
    ("bad", "das"),
    # masculine
    ("platz", "der"),
    ("plaz", "der"),
    ("weg", "der"),
    ("quai", "der"),
    ("kai", "der"),
    ("rain", "der"),
    ("graben", "der"),
    ("steig", "der"),
    ("steg", "der"),
    ("stieg", "der"),
    ("hof", "der"),
    ("berg", "der"),
    ("bärg", "der"),
    ("bühl", "der"),
    ("ring", "der"),
    ("park", "der"),
    ("markt", "der"),
    ("garten", "der"),
    ("pfad", "der"),
    ("viadukt", "der"),
    ("tunnel", "der"),
    ("kanal", "der"),
    ("bahnhof", "der"),
    ("hang", "der"),
    ("acker", "der"),
    ("wald", "der"),
    ("brunnen", "der"),
    ("spitz", "der"),
    ("stutz", "der"),
    ("boden", "der"),
    ("grund", "der"),
    ("kreis", "der"),
    ("see", "der"),
    ("bach", "der"),
)
_SUFFIXES_BY_LENGTH = tuple(sorted(_SUFFIXES, key=lambda s: -len(s[0])))

# Names that already carry a preposition or an article: "Am Wasser", "Im Sack".
_LEADING = re.compile(r"^(?:am|an|im|in|auf|unter|ob|zum|zur|bim|der|die|das|den)\s", re.I)
# Bare Quartier and Kreis names take no article ("in Oerlikon", "Hirzenbach").
_NO_ARTICLE = frozenset(
    [
        "wollishofen",
        "leimbach",
        "wiedikon",
        "alt-wiedikon",
        "aussersihl",
        "unterstrass",
        "oberstrass",
        "fluntern",
        "hottingen",
        "hirslanden",
        "witikon",
        "riesbach",
        "weinegg",
        "albisrieden",
        "altstetten",
        "höngg",
        "wipkingen",
        "affoltern",
        "oerlikon",
        "seebach",
        "saatlen",
        "schwamendingen",
        "schwamendingen-mitte",
        "hirzenbach",
        "mühlebach",
        "rathaus",
        "hochschulen",
        "gewerbeschule",
    ]
)


_STRONG_ADJECTIVE = re.compile(
    r"^(?:Ober|Unter|Hinter|Vorder|Mittler|Inner|Äusser|Neu|Alt|Klein|Gross|Lang|Hoh)e[rs]$"
)


def article(name: str) -> str | None:
    """ "die", "der" or "das" for a place name, or None where it takes none."""
    low = " ".join(name.strip().lower().split())
    if low in _EXCEPTIONS:
        return _EXCEPTIONS[low]
    if not low or low in _NO_ARTICLE or _LEADING.match(low):
        return None
    last = re.split(r"[\s\-]", low)[-1] or low
    for ending, art in _SUFFIXES_BY_LENGTH:
        if last.endswith(ending):
            return art
    return None


def with_article(name: str) -> str:
    """The German nominative phrase for a place name: "die Badenerstrasse",
    "der Hegibachplatz", "das Seefeld"; the name alone where it takes no
    article ("Oerlikon", "Am Wasser"). The caller capitalises the first letter."""
    clean = " ".join(name.split())
    art = article(clean)
    if not art:
        return clean
    # After the article an adjective loses its strong ending: "Oberer Letten"
    # -> "der Obere Letten", "Hinteres Feld" -> "das Hintere Feld".
    first, sep, rest = clean.partition(" ")
    if sep and _STRONG_ADJECTIVE.match(first):
        clean = f"{first[:-1]} {rest}"
    return f"{art} {clean}"
