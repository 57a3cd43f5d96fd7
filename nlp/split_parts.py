"""What a part of a message is (`nlp.split`): a concern of its own (long enough, content
words, not small talk), one that points back to the part before ("Er stinkt", "it
smells") or only names a place back ("dort", "daneben"), one that goes on ("Wir können
nicht mehr schlafen"), and its first sentence."""

from __future__ import annotations

import re

from nlp.smalltalk import smalltalk
from nlp.split_boundaries import THERE
from nlp.split_emergency import SENTENCE_END
from nlp.split_joined import THERE_INVERTED

MIN_CHARS = 15
MIN_CONTENT_WORDS = 2
# "there are rats", "il y a des rats", "c'è un topo": after a cue, saying that
# something is there is as much a content word as German "gibt" (`is_concern`).
_EXISTS = re.compile(rf"(?<!\w)(?:{THERE}|{THERE_INVERTED})(?!\w)", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_ABBREVIATIONS = frozenset(
    ["nr", "no", "ca", "st", "bzw", "z", "b", "usw", "etc", "dr", "hr", "fr", "str", "vgl", "evtl"]
)


def _wordset(*lines: str) -> frozenset[str]:
    return frozenset(" ".join(lines).split())


# Words that point back to the concern before ("Er stinkt", "dort auch").
_ANAPHORS_ANY_CASE = _wordset(
    "er ihn ihm dieser diese dieses derselbe dieselbe dort daneben darin darauf davon",
    "dabei deshalb deswegen dadurch dazu it they them this that these those there's",
    "elle ils elles cela ceci là esso essa lì quello quella",
)
_CONTINUATIONS = _wordset(
    "ich wir man es das dies sie i we it this that je nous on ce c io noi mi ci e und",
    "and aber but mais ma deshalb darum also so",
)
_STOPWORDS = _wordset(
    "der die das den dem des ein eine einer einen einem und oder aber auch noch schon",
    "sehr ist sind war hat haben wird ich wir sie es er man mir mich uns bei beim am",
    "im an auf in mit von vom zu zum zur für nicht kein keine so da dort hier jetzt",
    "immer wieder isch het nöd bi vo the a an and or is are was it this that there of",
    "to in on at for with not le la les un une et est il elle de du des à au pas il",
    "lo gli una è e di da in non che ausserdem zudem übrigens also too aussi anche",
)


# "schon seit Montag", "since Monday", "depuis lundi": when, not a matter of its own.
SAYS_WHEN = re.compile(
    r"^\W*(?:schon|scho|seit|sit|erst|bereits|since|already|depuis|déjà|già|dal|dalla|dai)\b",
    re.IGNORECASE,
)


def stands_alone(part: str) -> bool:
    """`part` (what follows an afterthought marker) could open a concern of its
    own: its first sentence is a concern, it does not say when ("schon seit
    Montag"), and it does not point back with a pronoun ("ist er auch kaputt");
    "dort"/"there" name a place. The topics are the caller's to compare
    (`bot.dialog.answer_aside`: the answered concern's)."""
    if not is_concern(first_sentence(part)) or SAYS_WHEN.match(part):
        return False
    return not points_back(part) or only_place_back(part)


def is_concern(part: str, *, added: bool = False) -> bool:
    """`added`: the part follows a cue that says more is coming ("en plus", "and
    also"); then "il y a des rats", "there are rats" say what else is there, as
    German "es gibt Ratten" does with its verb. After a plain "and" they go on
    ("…, and there's no crossing")."""
    stripped = part.strip(" \t\n.,;:!?-–")
    exists = added and _EXISTS.match(stripped) is not None
    if len(stripped) < MIN_CHARS and not exists:
        return False
    if content_words(stripped) + exists < MIN_CONTENT_WORDS:
        return False
    return smalltalk(stripped) is None


def content_words(text: str) -> int:
    return sum(1 for w in _WORD.findall(text.lower()) if w not in _STOPWORDS and len(w) >= 3)


# French "il" before a verb is "it" ("et en plus il fait du bruit"); Italian "il" is
# an article before a noun ("e inoltre il lampione …"), and "il y a" says what is there.
_FRENCH_IL = re.compile(
    r"\W*il\s+(?:est|était|a|avait|fait|ne|n['’]|se|s['’]|sent|pue|reste|va|marche|fonctionne"
    r"|clignote|déborde|bloque)\b",
    re.IGNORECASE,
)


def points_back(part: str) -> bool:
    first = _WORD.findall(part)[:3]
    if any(w.lower() in _ANAPHORS_ANY_CASE for w in first) or _FRENCH_IL.match(part):
        return True
    # "sie" is "it"/"they"; capitalised it is that too at the start of a part,
    # and may be the reader further on ("Können Sie ...").
    return "sie" in first or first[:1] == ["Sie"]


_PLACE_BACK = _wordset("dort daneben darin darauf there là lì")


def only_place_back(part: str) -> bool:
    """The part points back only with a place word ("die Lampe daneben"), not
    with a pronoun ("er stinkt")."""
    first = [w.lower() for w in _WORD.findall(part)[:3]]
    pronouns = [w for w in first if w in _ANAPHORS_ANY_CASE and w not in _PLACE_BACK]
    return not pronouns and "sie" not in first


def goes_on(part: str) -> bool:
    """A line that continues the one before rather than starting a concern:
    "Wir können nicht mehr schlafen", "Es ist gefährlich", "I almost fell"."""
    first = _WORD.findall(part.lower())[:1]
    return bool(first) and first[0] in _CONTINUATIONS


def first_sentence(part: str) -> str:
    """The part up to the end of its first sentence that is not small talk
    ("Hallo. Die Lampe ..." -> "Hallo. Die Lampe ..."); abbreviations ("Nr.",
    "z. B.") end no sentence."""
    start = 0
    for match in SENTENCE_END.finditer(part):
        before = _WORD.findall(part[: match.start()])
        if before and before[-1].lower() in _ABBREVIATIONS:
            continue
        sentence = part[start : match.end()]
        if smalltalk(sentence) is None and _WORD.search(sentence):
            return part[: match.end()]
        start = match.end()
    return part
