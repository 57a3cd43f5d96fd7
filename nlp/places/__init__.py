"""Place recognition: from free text (and optional coordinates) to Kreis and Quartier.

The gazetteer is data (nlp/data/): streets and address points derived from the
city's open data, and a hand-kept places.toml of landmarks, dialect names and
places outside the city. Matching works on tokens folded for case, umlauts and
hyphens, tries the longest phrase first, and falls back to fuzzy matching
(rapidfuzz) for street-like tokens and longer place names, so typos and Swiss
German spellings ("Josefstross", "Schwamedinge") still land.

Evidence is ranked: coordinates > street with house number > landmark or
Quartier > unambiguous street or "Kreis 4" > postal code. A street that spans
several Kreise is narrowed by any other evidence (a house number placed by the
address points either side of it, a landmark, a postal code); if nothing
narrows it, the result is ambiguous and lists the candidate Kreise so the
dialog can ask, and ``Gazetteer.resolve_answer`` reads the resident's answer.
Places named in different Kreise are a conflict the dialog asks about, except a
street with a landmark or square in a neighbouring Kreis as its qualifier
("Seefeldstrasse beim Kreuzplatz"): the street's Kreis.

Modules: ``text`` (tokens, folding, word lists), ``model`` (results),
``addresses`` (house numbers), ``matcher`` (scanning a text), ``gazetteer``
(loading and resolution), ``answers`` (the answer to "which house number?"),
``articles`` ("der Hegibachplatz", "die Badenerstrasse"), ``near`` (a street
"beim Kreuzplatz").
"""

from nlp.places.addresses import AddressHit, AddressIndex
from nlp.places.articles import article, with_article
from nlp.places.gazetteer import DATA_DIR, Gazetteer
from nlp.places.model import Mention, PlaceResult, Strength
from nlp.places.text import fold, text_span

__all__ = [
    "DATA_DIR",
    "AddressHit",
    "AddressIndex",
    "Gazetteer",
    "Mention",
    "PlaceResult",
    "Strength",
    "article",
    "fold",
    "text_span",
    "with_article",
]
