"""A thing that lies somewhere, and no person: no emergency.

The trained model learnt "liegt", "liit" and "lying" from people lying on the ground,
and scores a thing lying there the same way: "Und daneben liegt noch ein Sofa" 0.96,
"… ein Sack" 0.79, "And there's a bag lying next to it" 0.49 (new-user trial k,
finding 5; the dialog took "daneben" as the place of the concern before, so the
false alarm went out at once). What lies decides: a thing named with its article
("ein Sack", "a bag", "un sac … par terre") or a bare noun ("noch Abfall") is litter;
a person ("ein Mann am Boden", "jemand", "einer") is an emergency.

A person is known by name of kin, age or role (nlp.urgent.person_state, and the
words below), or by the ending of an agent noun or a noun made of an adjective
("ein Jogger", "ein Betrunkener", "eine Touristin", "a stranger"): such an ending
keeps the model's verdict, as a missed person costs more than a false alarm, unless
nlp.objects names the word a thing ("ein Koffer", "ein Fernseher", "un ordinateur";
trial k, left of finding 5). A pronoun may be a person ("Und daneben liegt noch
einer"), unless it is one more of a thing named before it in the text ("Da liegt ein
Sofa, und daneben liegt noch einer"). The text must name no person anywhere, and no
word of danger or hint of one may be left once the lying, the place by a side ("auf
der Seite", "à côté de") and the names of nlp.objects ("Kinderwagen" holds "kind")
are set aside: the thing itself stays, so "ein Stromkabel", "eine Gasflasche", "ein
Baum", "ein Gaskocher" keep the alarm. Only the model's own verdict is overruled
(nlp.urgent.mundane); rules still count.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.objects import THINGS
from nlp.urgent.person_state import _NAMES_A_PERSON

# The lying: German, Swiss German, English, French, Italian ("par terre", "per terra":
# on the ground, after what lies there).
_LYING = r"(?:liegt|liegen|lieget|liit|ligt|lies|lying|laying|traîne|traînent|gît|giace|giacciono)"
_ON_THE_GROUND = r"(?:par\s+terre|per\s+terra|a\s+terra)"
_LYING_WORD = re.compile(r"^" + _LYING + r"$")
_LYING_ANY = re.compile(r"\b(?:" + _LYING + "|" + _ON_THE_GROUND + r")\b")


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


LYING_STEMS = ("lieg", "liit", "ligt", "lies", "lying", "laying", "traîn", "gît", "giac", "terr")

# Articles, possessives and counts that open what lies there.
_DETERMINERS = _set(
    """ein eine einen einem eines der die das den dem e en es s d dr de kein keine
    mein meine sein seine ihr ihre unser unsere min mini mis sin sini zwei drei vier
    mehrere viele paar einige a an the some another this that these those my his her our
    their two three four several many lots lot un une des le la les l' du mon ma mes son sa
    ses uno il lo i gli dei degli delle mio mia suo sua"""
)
# Pronouns stand for whatever lies there, a person or not: "Und daneben liegt noch einer".
_PRONOUNS = _set(
    """einer eine eins jemand niemand keiner öpper öpert er sie si är äs man someone
    somebody anyone anybody one he she they him them it quelqu'un quelqu’un personne lui
    elle il lei qualcuno nessuno uno una"""
)
# Words that add nothing to the lying: "liegt noch ein Sack", "a bag is still lying
# around", "übrigens", "il y a", "c'è".
_ADVERBS = _set(
    """noch no nomal auch au da do dort det dete hier hie daneben dänebe dernebe
    drneben danäbe derbi dabei debii dazu überall überal rum herum ume umenand schon scho
    jetzt jetz immer wieder ganz sogar gleich gerade grad halt eben einfach zusätzlich
    zudem ausserdem übrigens nun also dann bereits
    is are was were still just also now there there's theres here's too been currently
    already again around about anyway btw ps
    y est sont encore aussi déjà là maintenant c'è c’è ci sono ancora anche già lì
    ora adesso è"""
)
# Words that open a place: "am Boden", "next to it", "par terre", "vicino al cestino".
_PREPOSITIONS = _set(
    """am an auf aufm im in ins bei beim bi bim vor vorm neben näbe hinter hinderem
    unter under über zwischen mit ohne von vom vo zum zur zu uf ufem ufm nach gegenüber
    seit sit bis of to on at next near by beside behind in front outside inside since
    for from à au aux sur par dans près devant derrière sous depuis
    al alla allo sul sulla per nel nella vicino accanto davanti dietro sotto dal"""
)
# Words that join clauses: what follows is read like the rest.
_CONJUNCTIONS = _set("und oder aber and or but et ou mais e o ma")
# Persons that nlp.urgent.person_state does not name (it reads a person's state).
_MORE_PERSONS = re.compile(
    r"\b(?:typ|type|kerl|guy|guys|bloke|chap|dude|fellow|lad|mec|gars|tizio|tipo|junkie"
    r"|drunk|homeless|clochard|sdf|senzatetto|body|corpse|leiche|cadavre|cadavere|corps"
    r"|corpo|opfer|victim|victime|vittima|greis|teen|teenie|säugling|patient\w*|senior\w*"
    r"|people|leute|lüt|lüüt|gens|gente|men|women|kids|children|kinder|chinder|personen"
    r"|persons|persone|obdachlos\w*|betrunken\w*|besoffen\w*|jugendlich\w*|alki|youth|infant"
    r"|\w*fahrer\w*|\w*gänger\w*|passant\w*"
    # Plurals the names of nlp.urgent.person_state leave out: "Da liegen die Nachbarn".
    r"|nachbarn|nachbarinnen|männer|manne|mannen|frauen|fraue|buben|buebe|jungen|jungs"
    r"|mädchen|meitli|rentner(?:innen|n)?|seniorinnen|grosseltern|eltern)\b"
)
# The ending of an agent noun or a noun made of an adjective ("Jogger", "Betrunkener",
# "Touristin", "Praktikant", "stranger", "Flüchtling"): perhaps a person.
_PERSON_ENDING = re.compile(
    r"\w{2,}(?:er|erin|ling|ist|istin|or|orin|ant|antin|ent|entin|ian|ière|eur|euse"
    r"|trice|ista|ore|ora|ante|ente)$"
)
# Things whose ending looks like a person's ("ein Koffer", "un ordinateur") or whose
# letters hold a word of danger ("ein Kinderwagen"), named in nlp.objects: the head of
# a compound, so "Reisekoffer" is one; what comes before the head still counts.
_THING = re.compile(r"[\w'’-]*(?:" + THINGS + r")")
_THING_HEAD = re.compile(r"(?:" + THINGS + r")\b")
# Where, by a side (the rules read "seite", "side", "côté", "parte" for "on the other
# side of the railing"): "auf der Seite", "beside the bin", "à côté de la poubelle",
# "dall'altra parte". The railing, if any, stays.
_SIDE = re.compile(
    r"\b(?:(?:auf|an)\s+(?:der|die)\s+(?:anderen\s+)?seite|zur\s+seite"
    r"|(?:uf|a)\s+(?:de|dr|d)\s+(?:andere\s+)?site"
    r"|beside|alongside|on\s+(?:its|the|their)\s+side|(?:on|at|by)\s+the\s+(?:other\s+)?side\s+of"
    r"|(?:road|kerb|curb|way|street)side|sidewalks?"
    r"|à\s+côté|de\s+côté|sur\s+le\s+côté|de\s+l['’]autre\s+côté"
    r"|(?:dall|sull)['’]\s*altra\s+parte|dalla\s+parte|da\s+parte)\b"
)
# One more of what was named: "Da liegt ein Sofa, und daneben liegt noch einer".
_ONE_MORE = _set("noch no nomal another")
_ONE_MORE_PRONOUNS = _set("einer eine eins eines one")
_NOW = re.compile(r"\b(?:jetzt|jetz|now|maintenant|adesso|ora)\b")
# "Abfall" (waste) holds the stem "fall" of a word of danger and names no fall:
# "Und daneben liegt noch ein Abfallsack".
_WASTE = re.compile(r"\w*abfall\w*")
_GROUND = "on-the-ground"
# What follows a heading that names the matter: "Sperrmüll: …", "Sperrmüll, …", "Sperrmüll - …".
_LABEL_MARKS = frozenset((":", ",", "-"))
_ON_THE_GROUND_RE = re.compile(_ON_THE_GROUND)
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+|[^\w\s]")


# An adjective of a thing's state, look or size, declined ("ein umgekippter", "ein
# kaputtes", "ein grosser"): the ending "-er" of a declined adjective is no agent's, so
# such a word standing where a noun would ("Da liegt ein umgekippter") names no person.
# Words that also name a person by age, size or state ("ein Alter", "ein Kleiner", "ein
# Verletzter", "ein Betrunkener") are not among them.
_THING_ADJECTIVE = re.compile(
    r"(?:umgekippt|umgefallen|umgestossen|kaputt|defekt|zerbrochen|verrostet|rostig"
    r"|leer|voll|nass|dreckig|schmutzig|herrenlos|weggeworfen|liegengelassen|riesig"
    r"|rot|blau|grün|gelb|schwarz|weiss|grau|braun|orange)"
    r"(?:e|er|es|en|em)$"
)


def _person_like(word: str) -> bool:
    """Whether a word for what lies there may name a person: a pronoun, a name of kin,
    age or role ("nachbar", "nachbarn", "velofahrer"), or an agent's ending that is not a
    thing's ("roller", "koffer", nlp.objects) nor a declined adjective's ("umgekippter")."""
    return (
        word in _PRONOUNS
        or _NAMES_A_PERSON.fullmatch(word) is not None
        or _MORE_PERSONS.fullmatch(word) is not None
        or (
            _PERSON_ENDING.match(word) is not None
            and _THING.fullmatch(word) is None
            and _THING_ADJECTIVE.match(word) is None
        )
    )


def _closed(token: str) -> bool:
    return (
        token in _DETERMINERS
        or token in _ADVERBS
        or token in _PREPOSITIONS
        or token in _CONJUNCTIONS
        or token == _GROUND
        or _LYING_WORD.match(token) is not None
    )


def _lies(token: str) -> bool:
    return token == _GROUND or _LYING_WORD.match(token) is not None


def _words(tokens: list[str], i: int, most: int) -> int:
    """The end of the open words (nouns, adjectives) from i on, at most `most` of them."""
    end = i
    while end < len(tokens) and end - i < most and tokens[end][0].isalnum():
        if _closed(tokens[end]):
            break
        end += 1
    return end


def _only(tokens: list[str], start: int, end: int, *allowed: frozenset[str]) -> bool:
    return all(any(t in words for words in allowed) for t in tokens[start:end])


def _bare_noun_first(tokens: list[str], i: int, end: int) -> bool:
    """A bare noun (tokens[i:end]) that heads the text ("Sperrmüll: ein Sofa, daneben
    liegt noch ein Sack", "Sperrmüll, …") or lies itself ("Abfall liegt daneben")."""
    if i == 0 and end < len(tokens) and tokens[end] in _LABEL_MARKS:
        return True
    after = end
    while after < len(tokens) and tokens[after] in _ADVERBS:
        after += 1
    return after < len(tokens) and _lies(tokens[after])


def _lying_things(low: str) -> list[tuple[str, list[str]]] | None:
    """What lies (the word before it, and its words) in a lower-cased text that says only
    that something lies somewhere; None when it says more ("… und rührt sich nicht",
    "lying motionless", "vom Bus angefahren") or when a lying has nothing named next to it
    ("da liegt einer")."""
    tokens = _TOKEN.findall(_ON_THE_GROUND_RE.sub(" " + _GROUND + " ", low))
    phrases: list[tuple[int, int]] = []  # what is named: (start, end)
    lyings: list[int] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == _GROUND or _LYING_WORD.match(token):
            lyings.append(i)
        elif token in _DETERMINERS:  # "ein alter Sack"
            end = _words(tokens, i + 1, 3)
            if end > i + 1:
                phrases.append((i + 1, end))
            elif token in _PRONOUNS and end < len(tokens) and _lies(tokens[end]):
                phrases.append((i, end))  # "eine liit am Bode": a pronoun, perhaps a person
            i = end
            continue
        elif token in _PREPOSITIONS:  # a place: "am Boden", "next to the bin"
            j = i + 1
            while j < len(tokens) and tokens[j] in _DETERMINERS:
                j += 1
            i = _words(tokens, j, 2)
            continue
        elif token[0].isalpha() and not _closed(token):
            # A bare noun right after the lying and at the end: "liegt noch Abfall"; any
            # other word says more than a lying ("… und funkt", "liit offe uf em Trottoir").
            end = _words(tokens, i, 1)
            after_lying = bool(lyings) and _only(tokens, lyings[-1] + 1, i, _ADVERBS)
            if not (after_lying or _bare_noun_first(tokens, i, end)) or (
                end < len(tokens) and tokens[end][0].isalpha() and tokens[end] not in _ADVERBS
            ):
                return None
            phrases.append((i, end))
            i = end
            continue
        i += 1
    # Each named thing, whether it lies or lies next to what does ("Ein Sofa, daneben
    # liegt ein Sack"): the text says no more ("Der Kübel ist voll, daneben liegt ein
    # Sack" says more: its verb ended the reading above), and every thing is judged a
    # person or not below.
    things = [(tokens[start - 1] if start else "", tokens[start:end]) for start, end in phrases]
    return things if lyings and things else None


def lying_thing(low: str, danger: Callable[[str], bool], any_hint: Callable[[str], bool]) -> bool:
    """A lower-cased text that says only that a named thing lies somewhere and names no
    person, with no word of danger (`danger`) or hint of one (`any_hint`) left once the
    lying is set aside: "Und daneben liegt noch ein Sofa"."""
    if _NAMES_A_PERSON.search(low) is not None or _MORE_PERSONS.search(low) is not None:
        return False
    things = _lying_things(low)
    if things is None:
        return False
    for n, (before, words) in enumerate(things):
        one_more = before in _ONE_MORE and len(words) == 1 and words[0] in _ONE_MORE_PRONOUNS
        if not (one_more and n > 0) and _person_like(words[-1]):
            return False  # a person perhaps; "noch einer" with no thing before it too
    rest = _WASTE.sub(" ", _NOW.sub(" ", _LYING_ANY.sub(" ", low)))
    rest = _SIDE.sub(" ", _THING_HEAD.sub(" ", rest))  # "Kinderwagen", "à côté"
    return not danger(rest) and not any_hint(rest)
