"""Two concerns joined by "and" with a word that says the second is more, where
`nlp.split`'s cues did not reach (new-user trial p, left from finding 2):

- de "und dazu" / "und ebenfalls" before a verb and a new subject: "Der Kübel am
  Idaplatz ist voll und dazu ist die Lampe dort kaputt", "… und ebenfalls hat es
  Ratten". The adverb stays with its part («Dazu ist die Lampe dort kaputt», as
  «Ausserdem ist …»). "und dazu stinkt er", "und dazu noch kaputt" name no new
  subject: they go on with the same concern.
- "and there are rats too" with "too" / "as well" at the end of its clause, no
  comma needed: "The bin at Idaplatz is full and there are rats too"; likewise
  fr "et il y a des rats aussi", it "e ci sono dei topi pure", de "und es hat
  Ratten auch".

Each is a strong boundary of `nlp.split_boundaries.find_boundaries`: both sides must still be
concerns of their own, of confident and different topics (or places of their
own), so "the bin is full and there is rubbish next to it too" stays one.

A part that speaks of the thing before with a pronoun further on (`refers_back`:
"… and the foxes are getting into it", "… und die Füchse wühlen darin", "… et les
renards le renversent", "… e le volpi lo rovesciano"; the new-user trial q, § 11:
«The foxes are getting into it» became a second concern) is about that thing: no
new concern. "Next to it", "daneben" name a place, as before.
"""

from __future__ import annotations

import re

# German cue adverbs that stay with the verb of their part (`nlp.split._with_adverb`).
ADVERBS = (
    r"ausserdem|außerdem|zudem|zusätzlich|übrigens|uebrigens|überdies|ueberdies"
    r"|obendrein|usserdem|zuedem|des\s+weiteren|(?:dann|dänn|denn|susch|sonst)\s+no(?:ch)?"
    r"|dazu|ebenfalls|zweitens|drittens|viertens"  # «Zweitens liegt …», not «Liegt …?»
)
# A verb, then a new subject: an article and a noun, or "es" that says what is there.
_VERB = (
    r"(?:ist|sind|war|waren|hat|haben|liegt|liegen|steht|stehen|brennt|brennen|fehlt|fehlen"
    r"|funktioniert|funktionieren|stinkt|stinken|blockiert|blockieren|isch|het|hät|hend|händ"
    r"|lit|ligt|staht|stönd|brönnt|gaht|goht|funktioniert)"
)
_SUBJECT = r"(?:der|die|das|den|dem|ein|eine|einen|d|de|dä|s|es\s+(?!auch\b|au\b)\w+)"
_AND_MORE = re.compile(
    rf"\s*,?\s+(?:und|u)\s+(?:dazu|ebenfalls)\s+(?={_VERB}\s+{_SUBJECT}\b)"
    rf"|\s*,?\s+(?:und|u)\s+(?:dazu|ebenfalls)\s+(?=(?:gibt|git)\s+es\s+\w)",
    re.IGNORECASE,
)
# "(und dazu) gibt es Ratten", "hat es Ratten": what is there, the verb first; after a
# cue a concern as "es gibt Ratten" is (`nlp.split_parts._EXISTS`).
THERE_INVERTED = r"(?:gibt|git|hat|het|hät)\s+es"
# "and there are rats too": what is there, said to be more at the end of its clause.
_THERE_TOO = re.compile(
    r"\s*,?\s+(?:and|et|e|ed|und|u)\s+(?=(?:"
    r"(?:there\s+(?:is|are|were|was)|there['’]s)\s+[^,.;:!?]{2,40}?\s+(?:too|as\s+well)"
    r"|(?:il\s+y\s+a|y\s+a)\s+[^,.;:!?]{2,40}?\s+(?:aussi|également|en\s+plus)"
    r"|(?:c['’]è|ci\s+sono)\s+[^,.;:!?]{2,40}?\s+(?:anche|pure|inoltre)"
    r"|(?:es\s+(?:gibt|git|hat|het|hät|hets)|hets)\s+[^,.;:!?]{2,40}?\s+(?:auch|au|ebenfalls)"
    r")\s*(?:[,.;:!?]|$))",
    re.IGNORECASE,
)


def joined_too(text: str) -> list[tuple[int, int]]:
    """The spans of the connectors in `text` that open a new part (the conjunction
    with "dazu" / "ebenfalls", or the bare conjunction before "there are … too");
    see above."""
    found = [*_AND_MORE.finditer(text), *_THERE_TOO.finditer(text)]
    return [(m.start(), m.end()) for m in found if m.end() < len(text)]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_TOKEN = re.compile(r"\w+(?:['’]\w+)?")
# "next to it", "near it": a place by the thing, not the thing.
_PLACE_BEFORE_IT = _set("to near beside behind under above below around by opposite")
# "it is", "it's": "it" as a subject, maybe of something new ("… and it's dangerous").
_IT_SUBJECT_NEXT = _set("is was has does seems looks smells 's s")
# German pronouns and pronominal adverbs for a thing named before.
_GERMAN_BACK = _set("ihn ihm darin drin dran daran darauf drauf drinnen")
# "et les renards le renversent": an object pronoun before a verb of the third person plural.
_ROMANCE_OBJECT = _set("le la lo li l y ci")
_ROMANCE_NOT_BEFORE = _set(
    "de du des à au aux dans sur sous par pour avec vers chez contre entre et ou "
    "di da in su per con tra fra e o"
)


def refers_back(clause: str) -> bool:
    """`clause` (after a connector) speaks of the thing before with a pronoun after
    its first word (see above)."""
    words = [w.casefold() for w in _TOKEN.findall(clause)]
    for i, word in enumerate(words[1:], start=1):
        before, after = words[i - 1], (words[i + 1] if i + 1 < len(words) else "")
        if word in {"it", "them"}:
            if before not in _PLACE_BEFORE_IT and after not in _IT_SUBJECT_NEXT:
                return True
        elif word in _GERMAN_BACK:
            return True
        elif word == "es" and i == len(words) - 1:
            return True  # "… und die Krähen zerren es", not "… und dann gibt es Ratten"
        elif (
            word in _ROMANCE_OBJECT
            and before not in _ROMANCE_NOT_BEFORE
            and after not in {"sono", "sont", "a"}
            and len(after) > 4
            and after.endswith(("ent", "ano", "ono"))
        ):
            return True
    return False
