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

The connectors are found in `nlp.split_boundaries`; what a part is (a concern, one
that points back or goes on, its first sentence) is read in `nlp.split_parts`. This
module weighs each boundary and re-exports the public names (`split_concerns`,
`stands_alone`, `opens_new_part`, `TopicOf`, the thresholds).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.split_afterthought import is_afterthought, without_filler
from nlp.split_announced import (
    PlacesOf,
    announces_several,
    opens_with_place,
    own_places,
    without_announcement,
)
from nlp.split_boundaries import BULLET, LISTED, Boundary, find_boundaries, with_sentence_ends
from nlp.split_elsewhere import elsewhere_too
from nlp.split_emergency import emergency_follows, emergency_there
from nlp.split_joined import ADVERBS, refers_back
from nlp.split_opening import without_opening
from nlp.split_parts import (
    MIN_CHARS,
    MIN_CONTENT_WORDS,
    SAYS_WHEN,
    content_words,
    first_sentence,
    goes_on,
    is_concern,
    only_place_back,
    points_back,
    stands_alone,
)
from nlp.split_place_clause import opens_place_clause
from nlp.split_same_thing import same_thing

__all__ = [
    "CONJUNCTION_MIN_CONFIDENCE",
    "MIN_CHARS",
    "MIN_CONTENT_WORDS",
    "NEW_PART_MIN_CONFIDENCE",
    "WEAK_MIN_CONFIDENCE",
    "TopicOf",
    "opens_new_part",
    "split_concerns",
    "stands_alone",
]

TopicOf = Callable[[str], tuple[str, float]]

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


def opens_new_part(part: str) -> bool:
    """After "Zwei Sachen:" (`nlp.split_announced`), a part after a plain "und" that
    opens with a new subject or with where it is is a concern of its own."""
    return _NEW_SUBJECT.match(part) is not None or opens_with_place(part)


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
    boundaries = find_boundaries(text)
    if urgent_of is not None:
        boundaries = with_sentence_ends(text, boundaries)
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
        listed = LISTED.search(text[boundary.start : boundary.end]) is not None
        if boundary.sentence:
            # The emergency read up to the next boundary that is no plain "und":
            # "Aiuto, mio padre è caduto e non si muove" is one (its half is none).
            later = [b.start for b in boundaries[i + 1 :] if not b.conjunction]
            whole = _clean(text[boundary.end : later[0] if later else len(text)])
            split = _concern_before_emergency(current, whole, topic, urgent_of)
        else:
            places = places_of if announced else None
            aside = is_afterthought(text[boundary.start : boundary.end])
            elsewhere = opens_place_clause(current, following, places_of, content_words)
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
    lead = BULLET.match(parts[0])
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
    boundary: Boundary,
    urgent_of: Callable[[str], bool],
    announced: bool = False,
    topic: Callable[[str], tuple[str, float]] | None = None,
) -> bool:
    if topic is not None and _emergency_there(current, following, boundary, topic, urgent_of):
        return True  # "… ist kaputt und da liegt ein Mann am Boden": nlp.split_emergency
    # After "Zwei Sachen:" a plain "und" before a new subject or a place is a
    # boundary too ("…, und beim Limmatplatz liegt ein Mann bewusstlos am Boden").
    announced_and = announced and boundary.conjunction and opens_new_part(following)
    if not ((boundary.strong or announced_and) and is_concern(current)):
        return False
    if not is_concern(following):
        return False
    if points_back(following) and not only_place_back(following):
        return False  # "Ausserdem brennt er": the same thing, now an emergency
    return urgent_of(current) != urgent_of(following)


def _emergency_there(
    current: str,
    following: str,
    boundary: Boundary,
    topic: Callable[[str], tuple[str, float]],
    urgent_of: Callable[[str], bool],
) -> bool:
    """A plain "und" before an emergency that is there, or after one: `nlp.split_emergency`."""
    if not (boundary.conjunction and is_concern(current) and is_concern(following)):
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
    if urgent_of is None or not (is_concern(current) and is_concern(following)):
        return False
    if points_back(following) and not only_place_back(following):
        return False  # "Er ist gestürzt": the same person, now in danger
    if goes_on(following):
        return False

    def sure(part: str) -> bool:
        return topic(part)[1] >= WEAK_MIN_CONFIDENCE

    return emergency_follows(current, following, sure, urgent_of)


def _clean(part: str) -> str:
    """A part without surrounding blanks and a dangling comma or dash."""
    return part.strip().rstrip(",;:-–").rstrip()


def _accept(
    current: str,
    following: str,
    boundary: Boundary,
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
    if not (is_concern(current) and is_concern(first_sentence(following), added=added)):
        return False
    if aside and SAYS_WHEN.match(following):
        return False  # "…, übrigens schon seit Montag": when, not a matter of its own
    if points_back(following) and not (
        (boundary.conjunction or aside) and only_place_back(following)
    ):
        return False  # after "und" or "ach ja", "daneben"/"dort" name a place: topics decide
    if listed:
        return True  # "1. … 2. …", bullets: the resident numbered the concerns
    if refers_back(first_sentence(following)):
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
        clause_topic, clause_conf = topic(first_sentence(following))
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
    return min(conf_a, conf_b) >= WEAK_MIN_CONFIDENCE and not goes_on(following)
