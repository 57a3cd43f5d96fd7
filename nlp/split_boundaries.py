"""Where a message may turn to a new concern (`nlp.split`): the connectors.

A cue ("ausserdem", "by the way", "en plus", "inoltre") after a sentence end, a comma or
"und"; a bullet or a number; a plain new line (weak); something more that is there
("and there are also rats"); a turn in time ("und vorhin"); a plain conjunction (split
only between confident, different topics: `nlp.split`); with `urgent_of`, a plain
sentence end (`nlp.split_emergency`). `find_boundaries` finds them, overlapping ones merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.split_afterthought import afterthoughts
from nlp.split_emergency import sentence_ends
from nlp.split_joined import joined_too

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
THERE = rf"{_THERE_ROMANCE}|{_THERE_GERMAN}"
_ALSO_THERE = re.compile(
    r"\s*,?\s+(?:und|u|and|et|e|ed)\s+(?="
    rf"(?:{_THERE_ROMANCE})\s+(?:also|too|aussi|anche|encore|ancora)\b"
    rf"|(?:{_THERE_GERMAN})\s+(?:auch|au|ou|noch|no|ebenfalls)\b"
    r")",
    re.IGNORECASE,
)
BULLET = re.compile(r"^[ \t]*(?:[-*•–·>]|\d{1,2}[.)]|[a-hA-H]\))[ \t]+", re.MULTILINE)
# A connector that numbers or bullets the next part ("2. ", "- ", "b) ").
LISTED = re.compile(r"(?:^|\s)(?:\d{1,2}[.)]|[a-hA-H]\)|[-*•–·])\s*$")
_NEWLINES = re.compile(r"\s*\n\s*")
_FIRST_NUMBER = re.compile(r"(?:^|(?<=:))\s*1[.)]\s+")
_INLINE_NUMBER = re.compile(r"(?<=\s)(\d)[.)]\s+")


@dataclass(frozen=True, slots=True)
class Boundary:
    start: int  # first character of the connector (cue words, bullet, whitespace)
    end: int  # first character of the next part
    strong: bool
    conjunction: bool = False  # a plain "und"/"and": confident, different topics needed
    sentence: bool = False  # a plain sentence end: only a concern before an emergency


def with_sentence_ends(text: str, boundaries: list[Boundary]) -> list[Boundary]:
    """`boundaries` and the plain sentence ends between them (`nlp.split_emergency`)."""
    taken = [(b.start, b.end) for b in boundaries]
    extra = [Boundary(a, b, False, sentence=True) for a, b in sentence_ends(text, taken)]
    return sorted([*boundaries, *extra], key=lambda b: b.start)


def find_boundaries(text: str) -> list[Boundary]:
    """The connectors of `text` where it may turn to a new concern, in order."""
    found: dict[int, Boundary] = {}

    def add(start: int, end: int, strong: bool) -> None:
        if start > 0 and end < len(text):
            old = found.get(start)
            if old is None or (end > old.end) or (strong and not old.strong):
                found[start] = Boundary(start, end, strong or (old.strong if old else False))

    for m in _NEWLINES.finditer(text):
        end = m.end()
        strong = False
        bullet = BULLET.match(text, end)
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
            found[m.start()] = Boundary(m.start(), m.end(), False, conjunction=True)
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
    merged: list[Boundary] = []
    for b in ordered:
        if merged and b.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Boundary(
                last.start,
                max(last.end, b.end),
                last.strong or b.strong,
                last.conjunction and b.conjunction,
            )
        else:
            merged.append(b)
    return merged
