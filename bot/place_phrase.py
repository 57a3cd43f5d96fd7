"""A short line that only says where: no sign of the resident's language.

"Vor dem Haus Nr. 12" from a resident who writes English turned the whole
conversation German (new-user trial p): "vor", "dem" are clear German words and
"Nr" made it four words, a sentence (`bot.language.turns_to`). Such a line is
the answer to "Where exactly is it?", given as the street sign says it; it keeps
the conversation's language like "Josefstrasse 12" or "Nr. 12" do.

A place answer here: a few words that open with a preposition, a house number,
a place noun or a name ("Vor dem Haus Nr. 12", "bei der Haltestelle Idaplatz",
"Nr. 12", "at the tram stop Lochergut", "devant la maison n° 12"), and every
word of it is one of those, an article, a number or a name (a word with a
street's ending, or written with a capital inside the line). "Der Kübel am
Idaplatz" opens with an article and names a thing: not a place answer.
"""

from __future__ import annotations

import re
import unicodedata


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


WORDS = 8  # "devant la maison n° 12 de la Josefstrasse" is as long as it gets

_PREPOSITIONS = _words(
    """
    vor vorem bei beim bim bi am an ad im in neben näbed nebem gegenüber visavis hinter
    hinder hinterem zwischen auf uf ufem vom von vo zur zum zu nähe nahe höhe direkt gleich
    genau ca circa etwa ungefähr bis ab
    at on near by opposite outside behind next to front of corner between around
    à au aux devant près derrière en face de du coin entre vers chez côté
    a al alla allo ai alle davanti vicino dietro presso di del della dello angolo fronte tra
    fra accanto verso
    """
)
_ARTICLES = _words("der die das dem den des de d em dr the le la les l il lo i")
_PLACE_NOUNS = _words(
    """
    nr nummer hausnummer haus huus hus hauseingang eingang einfahrt haltestelle tramhaltestelle
    bushaltestelle haltestell station bahnhof schule schulhaus schuelhuus kirche spielplatz
    kreuzung ecke brücke block überbauung siedlung hof innenhof parkplatz
    no number house building entrance stop tram bus school church playground crossing
    crossroads bridge square street road
    n nº numéro maison immeuble entrée arrêt école église carrefour pont gare place rue
    avenue chemin
    numero civico casa palazzo entrata ingresso fermata scuola chiesa incrocio ponte
    stazione piazza via
    """
)
_OPENERS = _PREPOSITIONS | _PLACE_NOUNS
_STREET_ENDING = re.compile(
    r"(?:strasse|straße|str|gasse|weg|platz|quai|allee|anlage|park|brücke|steig|steg|"
    r"graben|rain|halde|ring)$"
)
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+[a-z]?", re.IGNORECASE)


def is_place_answer(text: str) -> bool:
    """True for a short line that only says where (see above)."""
    tokens = _TOKEN.findall(unicodedata.normalize("NFC", text))
    if not tokens or len(tokens) > WORDS:
        return False
    first = tokens[0].casefold()
    if not (first in _OPENERS or first[0].isdigit() or _name(first)):
        return False
    return all(_placeish(token, tokens[i - 1] if i else "") for i, token in enumerate(tokens))


# A correction of the place in a few words ("no, it's at Helvetiaplatz not Idaplatz",
# "nein, am Idaplatz, nicht am Helvetiaplatz", "non, c'est au Idaplatz"): words that
# say no, it is, not, meant, but; with place names and words of where only.
_CORRECTING = _words(
    """
    no nope not sorry oops actually it its it's is was meant i mean but rather instead
    nein nei nö nicht nöd nid sorry pardon es ist isch ich meinte meine eigentlich sondern
    aber doch halt sondern
    non pas c c'est est je voulais dire plutôt mais en fait
    intendevo volevo dire anzi è ma
    """
)
CORRECTION_WORDS = 10  # "no, it's at the Helvetiaplatz, not at the Idaplatz" and shorter


def is_place_correction(text: str) -> bool:
    """True for a short correction that names a place and says no more than no,
    not, it is, meant ("no, it's at Helvetiaplatz not Idaplatz"): it keeps the
    conversation's language (`bot.language.turns_to`), like a place answer."""
    tokens = _TOKEN.findall(unicodedata.normalize("NFC", text))
    if not tokens or len(tokens) > CORRECTION_WORDS or not any(_name(t.casefold()) for t in tokens):
        return False
    return all(
        _name(w) or w in _CORRECTING or w in _OPENERS or w in _ARTICLES or w[0].isdigit()
        for w in (t.casefold() for t in tokens)
    )


def where_words_only(text: str) -> bool:
    """True when every word of `text` is a preposition, an article, a place noun or
    a number ("vor dem Haus" once the place's name is taken out)."""
    tokens = _TOKEN.findall(unicodedata.normalize("NFC", text))
    return all(
        t.casefold() in _OPENERS or t.casefold() in _ARTICLES or t[0].isdigit() for t in tokens
    )


def _placeish(token: str, before: str) -> bool:
    """A place word, an article, a number or a name: capitalised inside the line, or
    right after a place noun ("bei der haltestelle lochergut")."""
    word = token.casefold()
    if word in _OPENERS or word in _ARTICLES or word[0].isdigit() or _name(word):
        return True
    return bool(before) and (token[0].isupper() or before.casefold() in _PLACE_NOUNS)


def _name(word: str) -> bool:
    """A street or a square by its ending ("Josefstrasse", "idaplatz")."""
    return len(word) > 4 and _STREET_ENDING.search(word) is not None
