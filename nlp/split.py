"""Two or more concerns in one message: "Der Kübel ist voll, und ausserdem brennt die Lampe nicht".

Where a message may turn to a new concern:

- strong boundaries: a cue ("ausserdem", "zudem", "übrigens", "P.S.", "by the
  way", "en plus", "inoltre", ...) after a sentence end, a comma or "und";
  a bullet or a number at the start of a line ("- ", "2.", "b)"), or inline
  after a leading "1.";
- weak boundaries: a plain new line;
- something more that is there ("and there are also rats", "et il y a aussi",
  "e c'è anche", "und es het au Ratte"): strong, as a cue; after a cue, "there
  are rats" / "il y a des rats" is a concern of its own as "es gibt Ratten" is;
- a turn in time after a conjunction ("und vorhin", "und gerade eben", "and
  just now", "et tout à l'heure", "e poco fa"): strong, as a cue;
- conjunctions: a plain "und"/"and"/"et"/"e" ("Der Kübel ist voll und die
  Lampe daneben ist kaputt"), split only between two confident, different
  topics, and not when the new part starts with a pronoun ("und er stinkt");
  the clause after it (up to its sentence end) must be confident on its own.

A plain sentence end is no boundary: "Die Nachbarn feiern jede Nacht. Wir
können nicht schlafen." is one concern, and the classifier cannot tell.

A boundary splits only when the text before it and the part after it are both
real concerns (long enough, content words, not small talk) that the
classifier puts under different topics; a part that starts by pointing back
("Er stinkt", "it smells", "dort") belongs to the one before. Weak
boundaries also need confident topics on both sides. Everything that does not
split stays where it was, so every character of the message except the cue
words of an accepted split is in exactly one part. A German cue adverb before its
verb stays with its part ("ausserdem ist die Laterne kaputt"): without it the part
reads as a question.

A message that announces several concerns ("Zwei Sachen:", "two things:") splits
more readily: see `nlp.split_announced`. With `urgent_of`, an ordinary concern before
an emergency is split off at a plain sentence end: see `nlp.split_emergency`. An
afterthought ("…, ach ja und …") opens a new part: `nlp.split_afterthought`; the same
matter at a second place ("… und beim Limmatplatz auch") is two concerns:
`nlp.split_elsewhere`; another matter at a place of its own ("… und bi de Bushaltestell
Stauffacher liit Glas"), whatever its topic: `nlp.split_place_clause`. A part about a
thing the part before named, at no place of its own ("…, und die Schachteln sind …"
after "Kartonschachteln"), goes on with it: `nlp.split_same_thing`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from nlp.smalltalk import smalltalk
from nlp.split_afterthought import afterthoughts, is_afterthought, without_filler
from nlp.split_announced import (
    PlacesOf,
    announces_several,
    opens_with_place,
    own_places,
    without_announcement,
)
from nlp.split_elsewhere import elsewhere_too
from nlp.split_emergency import SENTENCE_END, emergency_follows, emergency_there, sentence_ends
from nlp.split_joined import ADVERBS, THERE_INVERTED, joined_too, refers_back
from nlp.split_opening import without_opening
from nlp.split_place_clause import opens_place_clause
from nlp.split_same_thing import same_thing

TopicOf = Callable[[str], tuple[str, float]]

MIN_CHARS = 15
MIN_CONTENT_WORDS = 2
WEAK_MIN_CONFIDENCE = 0.6
# The part after a cue must be clearly about its topic: "Ausserdem wünschen sich
# die Besucher mehr Kontakt" (0.29) goes on with the same concern.
NEW_PART_MIN_CONFIDENCE = 0.4
# A plain "und" splits only before a new subject and between confident topics.
CONJUNCTION_MIN_CONFIDENCE = 0.75
_NEW_SUBJECT = re.compile(
    r"(?:der|die|das|den|ein|eine|einen|unser|unsere|d|s|de|the|a|an|our|le|la|les|l'|un|une"
    r"|il|lo|gli|una|uno)\s+\w"
    r"|(?:es\s+(?:gibt|git|liegt|liegen|hat|het|hät|sind|stehen)|there\s+(?:is|are)"
    r"|il\s+y\s+a|c'è|ci\s+sono)\b",
    re.IGNORECASE,
)

# "und gleich daneben ist ein Schlagloch", "und grad dernäbe hets es Loch": a
# new subject after a place word and a verb of being there (not a pronoun:
# "und daneben ist er auch kaputt" goes on with the same concern).
_PLACE_THEN_NEW = re.compile(
    r"(?:(?:gleich|grad|direkt|genau|right|just|juste|proprio)\s+)?"
    r"(?:daneben|dernäbe|dernebe|dänebe|nebendran|dort|dört|det|next\s+to\s+it|à\s+côté|accanto)"
    r"\s+(?:ist|sind|liegt|liegen|steht|stehen|hat\s+es|hats|hets|het\s+s|hät\s+s|gibt\s+es|git\s+s"
    r"|isch|there\s+is|there\s+are|is|are|il\s+y\s+a|y\s+a|c['’]è|ci\s+sono)"
    r"\s+(?!(?:er|sie|es\s+(?:auch|nicht)|it|they|il|elle|lui|esso|essa)\b)\w",
    re.IGNORECASE,
)

_CUE_WORDS = (
    r"ausserdem|außerdem|zudem|zusätzlich|des\s+weiteren|übrigens|uebrigens|ach\s+ja,?(?:\s+und)?"
    r"|apropos|zweitens|drittens|und\s+no(?:ch)?\s+(?:etwas|was|öppis|eine\s+sache|e\s+sach)"
    r"|und\s+no(?:ch)?\s+(?:ein|es)\s+anliegen"
    r"|no(?:ch)?\s+(?:etwas|was|öppis|eine\s+sache|e\s+sach|ein\s+anliegen)\s*:"
    r"|noch\s+etwas\s+anderes|was\s+anderes\s*:"
    r"|was\s+ich\s+noch\s+sagen\s+wollte|und\s+dann\s+noch|dann\s+noch|sonst\s+noch"
    r"|überdies|ueberdies|obendrein|usserdem|ussertdem|zuedem"
    r"|(?:dänn|denn|susch|sonst)\s+no(?:ch)?"
    r"|p\.\s?s\.?|ps\s*:|another\s+thing|one\s+more\s+thing|by\s+the\s+way|btw|furthermore"
    r"|in\s+addition|additionally|also\s*,|and\s+also|moreover|besides"
    r"|what['’]?s\s+more|what\s+is\s+more|on\s+top\s+of\s+(?:that|this|it)|as\s+well\s*,"
    r"|plus(?=\s*,|\s+(?:the|there|a|an|our|my|some)\s)|also(?=\s+(?:there|the|a|an|our|my)\b)"
    r"|secondly"
    r"|(?<!de\s)en\s+plus|par\s+ailleurs|de\s+plus(?!\s+en\s+plus)|et\s+aussi|autre\s+chose"
    r"|aussi\s*,|en\s+outre|qui\s+plus\s+est|également\s*,"
    r"|puis(?=\s+(?:le|la|les|l['’]|un|une|des|il\s+y\s+a|y\s+a)\b)"
    r"|inoltre|e\s+poi|in\s+più|un'altra\s+cosa|anche\s*,|per\s+di\s+più|oltretutto"
    r"|oltre\s+a\s+(?:ciò|questo)"
)
# A cue counts after the start, a sentence end, a colon/semicolon/comma or a
# conjunction; it takes the conjunction and trailing punctuation with it.
_CUE = re.compile(
    rf"(?:(?<=^)|(?<=[.!?;:,\n])|(?<=[.!?;:,]\s)|\s+(?:und|and|et|e|sowie)\s+)"
    rf"\s*(?:{_CUE_WORDS})(?!\w)[\s:,\-–]*",
    re.IGNORECASE,
)
# A plain conjunction ("Der Kübel ist voll und die Lampe ist kaputt") is a
# boundary of its own kind: it splits only between two confident, different topics.
# Also gsw "u", "und au", "und denn" and it "ed", "e poi".
_AND = re.compile(
    r"\s*,?\s+(?:(?:und|u)\s+(?:au|denn)\s+|(?:e|ed)\s+poi\s+"
    r"|(?:und|u|and|et|e|ed|sowie)\s+(?:(?:auch|also|aussi|anche|dann)\s+)?)",
    re.IGNORECASE,
)
# "…, und vorhin hat ein Auto ein Kind angefahren": a second event, joined only by
# a turn in time. A strong boundary (both sides must still be concerns of their
# own); the conjunction goes, the time word stays with its event. A bare
# "vorhin"/"eben" is none ("Das ist eben so"), nor is "et" alone ("mon père est
# tombé et ne bouge plus" is one emergency).
_TIME_SHIFT = re.compile(
    r"\s*,?\s+(?:und|and|et|e)\s+(?=(?:vorhin|gerade(?:\s+eben)?|grad|eben|soeben|just\s+now"
    r"|tout\s+à\s+l['’]heure|poco\s+fa)(?!\w))",
    re.IGNORECASE,
)
# "…, and there are also rats", "…, et il y a aussi des rats", "e c'è anche", "und es
# het au Ratte": something else there, said to be more. A strong boundary, as a cue;
# the conjunction goes, the clause stays whole.
_THERE_ROMANCE = r"there\s+(?:is|are|was|were)|there['’]s|il\s+y\s+a|y\s+a|c['’]è|ci\s+sono"
_THERE_GERMAN = r"es\s+(?:gibt|git|hat|het|hät|hed|sind|hets)|hets|hät\s+s|het\s+s"
_THERE = rf"{_THERE_ROMANCE}|{_THERE_GERMAN}"
_ALSO_THERE = re.compile(
    r"\s*,?\s+(?:und|u|and|et|e|ed)\s+(?="
    rf"(?:{_THERE_ROMANCE})\s+(?:also|too|aussi|anche|encore|ancora)\b"
    rf"|(?:{_THERE_GERMAN})\s+(?:auch|au|ou|noch|no|ebenfalls)\b"
    r")",
    re.IGNORECASE,
)
# "there are rats", "il y a des rats", "c'è un topo": after a cue, saying that
# something is there is as much a content word as German "gibt" (`_is_concern`).
_EXISTS = re.compile(rf"(?<!\w)(?:{_THERE}|{THERE_INVERTED})(?!\w)", re.IGNORECASE)
_BULLET = re.compile(r"^[ \t]*(?:[-*•–·>]|\d{1,2}[.)]|[a-hA-H]\))[ \t]+", re.MULTILINE)
# A connector that numbers or bullets the next part ("2. ", "- ", "b) ").
_LISTED = re.compile(r"(?:^|\s)(?:\d{1,2}[.)]|[a-hA-H]\)|[-*•–·])\s*$")
_NEWLINES = re.compile(r"\s*\n\s*")
_FIRST_NUMBER = re.compile(r"(?:^|(?<=:))\s*1[.)]\s+")
_INLINE_NUMBER = re.compile(r"(?<=\s)(\d)[.)]\s+")
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


@dataclass(frozen=True, slots=True)
class _Boundary:
    start: int  # first character of the connector (cue words, bullet, whitespace)
    end: int  # first character of the next part
    strong: bool
    conjunction: bool = False  # a plain "und"/"and": confident, different topics needed
    sentence: bool = False  # a plain sentence end: only a concern before an emergency


def _with_sentence_ends(text: str, boundaries: list[_Boundary]) -> list[_Boundary]:
    taken = [(b.start, b.end) for b in boundaries]
    extra = [_Boundary(a, b, False, sentence=True) for a, b in sentence_ends(text, taken)]
    return sorted([*boundaries, *extra], key=lambda b: b.start)


def _boundaries(text: str) -> list[_Boundary]:
    found: dict[int, _Boundary] = {}

    def add(start: int, end: int, strong: bool) -> None:
        if start > 0 and end < len(text):
            old = found.get(start)
            if old is None or (end > old.end) or (strong and not old.strong):
                found[start] = _Boundary(start, end, strong or (old.strong if old else False))

    for m in _NEWLINES.finditer(text):
        end = m.end()
        strong = False
        bullet = _BULLET.match(text, end)
        if bullet:
            end, strong = bullet.end(), True
        cue = _CUE.match(text, end)
        if cue and cue.start() == end:
            end, strong = cue.end(), True
        add(m.start(), end, strong)
    for m in _CUE.finditer(text):
        add(m.start(), m.end(), True)
    for m in _TIME_SHIFT.finditer(text):
        add(m.start(), m.end(), True)
    for m in _ALSO_THERE.finditer(text):
        add(m.start(), m.end(), True)
    for start, end in [*afterthoughts(text), *joined_too(text)]:  # nlp.split_afterthought,
        add(start, end, True)  # "…, ach ja und …"; nlp.split_joined, "und dazu …", "… too"
    for m in _AND.finditer(text):
        if m.start() not in found and m.start() > 0 and m.end() < len(text):
            found[m.start()] = _Boundary(m.start(), m.end(), False, conjunction=True)
    first = _FIRST_NUMBER.search(text)
    if first:  # "1. ... 2. ... 3. ..." on one line, at the start or after a colon
        add(first.start(), first.end(), True)
        expected = 2
        for m in _INLINE_NUMBER.finditer(text, first.end()):
            if int(m.group(1)) == expected:
                add(m.start() - 1 if text[m.start() - 1] == " " else m.start(), m.end(), True)
                expected += 1
    ordered = sorted(found.values(), key=lambda b: b.start)
    # Overlapping connectors (a sentence end just before a cue): keep the wider.
    merged: list[_Boundary] = []
    for b in ordered:
        if merged and b.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = _Boundary(
                last.start,
                max(last.end, b.end),
                last.strong or b.strong,
                last.conjunction and b.conjunction,
            )
        else:
            merged.append(b)
    return merged


def opens_new_part(part: str) -> bool:
    """After "Zwei Sachen:" (`nlp.split_announced`), a part after a plain "und" that
    opens with a new subject or with where it is is a concern of its own."""
    return _NEW_SUBJECT.match(part) is not None or opens_with_place(part)


# "schon seit Montag", "since Monday", "depuis lundi": when, not a matter of its own.
_SAYS_WHEN = re.compile(
    r"^\W*(?:schon|scho|seit|sit|erst|bereits|since|already|depuis|déjà|già|dal|dalla|dai)\b",
    re.IGNORECASE,
)


def stands_alone(part: str) -> bool:
    """`part` (what follows an afterthought marker) could open a concern of its
    own: its first sentence is a concern, it does not say when ("schon seit
    Montag"), and it does not point back with a pronoun ("ist er auch kaputt");
    "dort"/"there" name a place. The topics are the caller's to compare
    (`bot.dialog.answer_aside`: the answered concern's)."""
    if not _is_concern(_first_sentence(part)) or _SAYS_WHEN.match(part):
        return False
    return not _points_back(part) or _only_place_back(part)


def _is_concern(part: str, *, added: bool = False) -> bool:
    """`added`: the part follows a cue that says more is coming ("en plus", "and
    also"); then "il y a des rats", "there are rats" say what else is there, as
    German "es gibt Ratten" does with its verb. After a plain "and" they go on
    ("…, and there's no crossing")."""
    stripped = part.strip(" \t\n.,;:!?-–")
    exists = added and _EXISTS.match(stripped) is not None
    if len(stripped) < MIN_CHARS and not exists:
        return False
    if _content_words(stripped) + exists < MIN_CONTENT_WORDS:
        return False
    return smalltalk(stripped) is None


def _content_words(text: str) -> int:
    return sum(1 for w in _WORD.findall(text.lower()) if w not in _STOPWORDS and len(w) >= 3)


# French "il" before a verb is "it" ("et en plus il fait du bruit"); Italian "il" is
# an article before a noun ("e inoltre il lampione …"), and "il y a" says what is there.
_FRENCH_IL = re.compile(
    r"\W*il\s+(?:est|était|a|avait|fait|ne|n['’]|se|s['’]|sent|pue|reste|va|marche|fonctionne"
    r"|clignote|déborde|bloque)\b",
    re.IGNORECASE,
)


def _points_back(part: str) -> bool:
    first = _WORD.findall(part)[:3]
    if any(w.lower() in _ANAPHORS_ANY_CASE for w in first) or _FRENCH_IL.match(part):
        return True
    # "sie" is "it"/"they"; capitalised it is that too at the start of a part,
    # and may be the reader further on ("Können Sie ...").
    return "sie" in first or first[:1] == ["Sie"]


_PLACE_BACK = _wordset("dort daneben darin darauf there là lì")


def _only_place_back(part: str) -> bool:
    """The part points back only with a place word ("die Lampe daneben"), not
    with a pronoun ("er stinkt")."""
    first = [w.lower() for w in _WORD.findall(part)[:3]]
    pronouns = [w for w in first if w in _ANAPHORS_ANY_CASE and w not in _PLACE_BACK]
    return not pronouns and "sie" not in first


def _goes_on(part: str) -> bool:
    """A line that continues the one before rather than starting a concern:
    "Wir können nicht mehr schlafen", "Es ist gefährlich", "I almost fell"."""
    first = _WORD.findall(part.lower())[:1]
    return bool(first) and first[0] in _CONTINUATIONS


def split_concerns(
    text: str,
    topic_of: TopicOf,
    urgent_of: Callable[[str], bool] | None = None,
    places_of: PlacesOf | None = None,
) -> list[str]:
    """The concerns in `text`, in order; `[text]` when it is one concern.

    `topic_of(part)` is the topic classifier: (topic code, confidence).
    `urgent_of(part)`, when given: after a cue ("übrigens", "ausserdem") an
    emergency and what is none are two concerns whatever their topics, also
    when the emergency is "there" ("Die Bank ist kaputt. Ausserdem liegt dort
    ein Mann bewusstlos am Boden").
    `places_of(part)`, when given: after an announcement ("Zwei Sachen:") two parts
    of the same topic are two concerns when each names a place of its own ("the bin
    at Idaplatz is full, and there is graffiti … at Limmatplatz")."""
    boundaries = _boundaries(text)
    if urgent_of is not None:
        boundaries = _with_sentence_ends(text, boundaries)
    if not boundaries:
        return elsewhere_too(text, places_of)
    cache: dict[str, tuple[str, float]] = {}

    def topic(part: str) -> tuple[str, float]:
        if part not in cache:
            cache[part] = topic_of(part)
        return cache[part]

    announced = announces_several(text)
    spans: list[tuple[int, int]] = []
    cur_start, cur_end = 0, boundaries[0].start
    for i, boundary in enumerate(boundaries):
        nxt_end = boundaries[i + 1].start if i + 1 < len(boundaries) else len(text)
        current = _clean(text[cur_start:cur_end])
        following = _clean(text[boundary.end : nxt_end])
        listed = _LISTED.search(text[boundary.start : boundary.end]) is not None
        if boundary.sentence:
            # The emergency read up to the next boundary that is no plain "und":
            # "Aiuto, mio padre è caduto e non si muove" is one (its half is none).
            later = [b.start for b in boundaries[i + 1 :] if not b.conjunction]
            whole = _clean(text[boundary.end : later[0] if later else len(text)])
            split = _concern_before_emergency(current, whole, topic, urgent_of)
        else:
            places = places_of if announced else None
            aside = is_afterthought(text[boundary.start : boundary.end])
            elsewhere = opens_place_clause(current, following, places_of, _content_words)
            # "…, und die Schachteln sind …" after "Kartonschachteln": nlp.split_same_thing
            goes_on = not (listed or announced) and same_thing(current, following, places_of)
            split = (
                not goes_on
                and _accept(
                    current, following, boundary, topic, listed, announced, places, aside, elsewhere
                )
            ) or (
                urgent_of is not None
                and _urgency_differs(current, following, boundary, urgent_of, announced, topic)
            )
        if split:
            spans.append((cur_start, cur_end))
            cur_start = boundary.end
        cur_end = nxt_end
    spans.append((cur_start, cur_end))
    if len(spans) == 1:
        return elsewhere_too(text, places_of)
    spans = [spans[0], *((_with_adverb(text, a), b) for a, b in spans[1:])]
    parts = [without_filler(_clean(text[a:b])) for a, b in spans]
    if announced:  # "Zwei Sachen: …": a connector too
        parts[0] = without_announcement(parts[0])
    parts[0] = without_opening(parts[0])  # "Ja also hallo ich wollte nur sagen dass …"
    lead = _BULLET.match(parts[0])
    if lead:  # "1. Kübel voll 2. Lampe kaputt": the first number is a connector too
        parts[0] = _clean(parts[0][lead.end() :])
    return [p for part in parts for p in elsewhere_too(part, places_of)]


# A German cue that stands in its clause ("und ausserdem ist die Laterne kaputt"):
# without it the part reads as a question ("Ist die Laterne kaputt"), so it stays.
_ADVERB_BEFORE = re.compile(rf"(?<!\w)(?:{ADVERBS})[ \t]+$", re.IGNORECASE)


def _with_adverb(text: str, start: int) -> int:
    """Where a part that starts at `start` begins: at a German cue adverb right
    before it when the part goes on with its verb ("ist die Laterne …")."""
    m = _ADVERB_BEFORE.search(text, 0, start)
    return m.start() if m and text[start : start + 1].islower() else start


def _urgency_differs(
    current: str,
    following: str,
    boundary: _Boundary,
    urgent_of: Callable[[str], bool],
    announced: bool = False,
    topic: Callable[[str], tuple[str, float]] | None = None,
) -> bool:
    if topic is not None and _emergency_there(current, following, boundary, topic, urgent_of):
        return True  # "… ist kaputt und da liegt ein Mann am Boden": nlp.split_emergency
    # After "Zwei Sachen:" a plain "und" before a new subject or a place is a
    # boundary too ("…, und beim Limmatplatz liegt ein Mann bewusstlos am Boden").
    announced_and = announced and boundary.conjunction and opens_new_part(following)
    if not ((boundary.strong or announced_and) and _is_concern(current)):
        return False
    if not _is_concern(following):
        return False
    if _points_back(following) and not _only_place_back(following):
        return False  # "Ausserdem brennt er": the same thing, now an emergency
    return urgent_of(current) != urgent_of(following)


def _emergency_there(
    current: str,
    following: str,
    boundary: _Boundary,
    topic: Callable[[str], tuple[str, float]],
    urgent_of: Callable[[str], bool],
) -> bool:
    """A plain "und" before an emergency that is there, or after one: `nlp.split_emergency`."""
    if not (boundary.conjunction and _is_concern(current) and _is_concern(following)):
        return False

    def sure(part: str) -> bool:
        return topic(part)[1] >= CONJUNCTION_MIN_CONFIDENCE

    return emergency_there(current, following, sure, urgent_of)


def _concern_before_emergency(
    current: str,
    following: str,
    topic: Callable[[str], tuple[str, float]],
    urgent_of: Callable[[str], bool] | None,
) -> bool:
    """Without a cue: a concern, then an emergency that does not point back with a
    pronoun ("dort"/"there" name a place: it may) nor go on (`nlp.split_emergency`)."""
    if urgent_of is None or not (_is_concern(current) and _is_concern(following)):
        return False
    if _points_back(following) and not _only_place_back(following):
        return False  # "Er ist gestürzt": the same person, now in danger
    if _goes_on(following):
        return False

    def sure(part: str) -> bool:
        return topic(part)[1] >= WEAK_MIN_CONFIDENCE

    return emergency_follows(current, following, sure, urgent_of)


def _clean(part: str) -> str:
    """A part without surrounding blanks and a dangling comma or dash."""
    return part.strip().rstrip(",;:-–").rstrip()


def _first_sentence(part: str) -> str:
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


def _accept(
    current: str,
    following: str,
    boundary: _Boundary,
    topic: Callable[[str], tuple[str, float]],
    listed: bool = False,
    announced: bool = False,
    places_of: PlacesOf | None = None,
    aside: bool = False,
    elsewhere: bool = False,
) -> bool:
    # The new part must say something at once: "... und zudem dreckig. Gibt es ..."
    # continues the sentence before.
    added = boundary.strong and not listed
    if not (_is_concern(current) and _is_concern(_first_sentence(following), added=added)):
        return False
    if aside and _SAYS_WHEN.match(following):
        return False  # "…, übrigens schon seit Montag": when, not a matter of its own
    if _points_back(following) and not (
        (boundary.conjunction or aside) and _only_place_back(following)
    ):
        return False  # after "und" or "ach ja", "daneben"/"dort" name a place: topics decide
    if listed:
        return True  # "1. … 2. …", bullets: the resident numbered the concerns
    if refers_back(_first_sentence(following)):
        return False  # "… and the foxes are getting into it": that thing (nlp.split_joined)
    if boundary.conjunction:
        # A plain "und" inside a sentence: its own clause must already be a confident
        # concern of the topic the part is read as. "…, manchmal auch Scherben, und
        # die Kinder spielen dann dort. Mein Enkel … Polizei …" is one matter; only the
        # sentences after the clause sounded like another topic (new-user trial h,
        # finding 3: split mid-sentence, the second half sent to the police).
        # After "Zwei Sachen:", or when it opens at a place of its own
        # (`nlp.split_place_clause`), the clause need only be clearly about its topic.
        needed = NEW_PART_MIN_CONFIDENCE if announced or elsewhere else CONJUNCTION_MIN_CONFIDENCE
        clause_topic, clause_conf = topic(_first_sentence(following))
        if clause_topic != topic(following)[0] or clause_conf < needed:
            return False
    (topic_a, conf_a), (topic_b, conf_b) = topic(current), topic(following)
    if conf_b < NEW_PART_MIN_CONFIDENCE:
        return False
    if elsewhere:
        return True  # a matter at a place of its own: two concerns whatever the topics
    if topic_a == topic_b and not own_places(current, following, places_of):
        return False
    if boundary.strong:
        return True
    if boundary.conjunction and announced:
        return opens_new_part(following)
    if boundary.conjunction:
        # "und die Lampe daneben ist kaputt", "und es liegt Glas": only a new
        # subject opens a new concern; "und Tauben verteilen alles", "und steht
        # schräg", "und mit Graffiti beschmiert" go on with the same one.
        new_subject = _NEW_SUBJECT.match(following) or _PLACE_THEN_NEW.match(following)
        return new_subject is not None and min(conf_a, conf_b) >= CONJUNCTION_MIN_CONFIDENCE
    return min(conf_a, conf_b) >= WEAK_MIN_CONFIDENCE and not _goes_on(following)
