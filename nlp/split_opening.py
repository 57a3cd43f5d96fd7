"""The opening of a split message that is no part of its first concern (new-user
trial q, § 11: the quotes «Ja also hallo ich wollte nur sagen dass bei uns …» and
«Hallo ich möchte zwei Sachen melden. Erstens ist die Ampel …»).

A split message's first part is shown to the resident in «…» and filed on its own;
before it the resident may greet and say that they report something:

- greeting and filler words ("Ja also hallo", "hey so", "bonjour alors") followed
  by "ich wollte nur sagen, dass", "I just wanted to say that", "je voulais dire
  que", "volevo dire che": both go. A greeting alone stays ("Grüezi, de Chübel
  …": the resident's words as they were, `nlp.split` keeps them);
- a first sentence that announces several concerns without a colon ("Hallo ich
  möchte zwei Sachen melden."; with a colon `nlp.split_announced` takes it);
- a sentence that only announces a complaint, with the greeting before it:
  "Guten Tag. Leider muss ich mich erneut beschweren.", "I have to complain
  again.", "Bonjour, je dois me plaindre à nouveau." (new-user trial r, § 10). The
  greeting goes only with such a sentence: "Bonjour, la poubelle …" keeps it.

What is left must still be a few words; otherwise the part stays as it is.
"""

from __future__ import annotations

import re

from nlp.split_announced import announces_several

_GREETING = (
    r"(?:hallo|hallöchen|hoi|hey|hi|hello|sali|salü|grüezi|grüessech|guten\s+tag|gueten\s+tag"
    r"|bonjour|salut|ciao|buongiorno)"
)
# Words of no weight around a greeting or before "I wanted to say" ("So viel Abfall"
# without either keeps its "So").
_FILLER = rf"(?:ja|jo|also|so|äh|ähm|hm|ok|okay|well|alors|bon|allora|{_GREETING})"
_SAYING = (
    r"(?:ich\s+(?:wollte|wott|wet|möchte|wollt)\s+(?:(?:nur|nume|mal|emal|kurz|ihnen|euch)\s+)*"
    r"(?:sagen|säge|melden|mälde|mitteilen|berichten)"
    r"|i\s+(?:just\s+|only\s+)?(?:wanted|want)\s+to\s+(?:say|tell\s+you|let\s+you\s+know|report)"
    r"|je\s+(?:voulais|veux)\s+(?:juste\s+|seulement\s+)?(?:dire|signaler|vous\s+dire)"
    r"|(?:volevo|voglio)\s+(?:solo\s+)?(?:dire|segnalare|dirvi))"
)
_THAT = r"(?:\s*,?\s*(?:dass|das|that|que|qu['’]|che)(?!\w))?\s*"
_FILLERS = rf"(?:{_FILLER}(?!\w)[\s,.!]*)*"
_OPENING = re.compile(rf"^\W*{_FILLERS}{_SAYING}{_THAT}", re.IGNORECASE)
# "Hallo ich möchte zwei Sachen melden. ": a short first sentence that announces.
_ANNOUNCING_SENTENCE = re.compile(r"^([^.!?:]{0,80}?)[.!]\s+(?=\S)")
MIN_WORDS = 3
# "Guten Tag. Leider muss ich mich erneut beschweren. ": a greeting (or a letter's
# salutation) and a sentence of only the words in _COMPLAINING, one of them a complaint's.
_COMPLAINT_SENTENCE = re.compile(
    rf"^\W*(?:(?:{_GREETING}|sehr\s+geehrte[^.!?,]{{0,40}}|dear\s+[^.!?,]{{0,30}}"
    r"|madame,?\s+monsieur|gentil[ei]\s+[^.!?,]{0,30})(?:\s+zäme|\s+mitenand)?\s*[.!,;]?\s*)?"
    r"([^.!?]{3,90}?)[.!]\s+(?=\S)",
    re.IGNORECASE,
)
_COMPLAINT = re.compile(
    r"^(?:beschweren|beschwäre|beschwere|reklamieren|complain|plaindre|lamentarmi|lamentare)$"
)
_COMPLAINING = re.compile(
    r"(?:ich|i|mich|mi|leider|muss|mues|möchte|möcht|will|wott|erneut|wieder|schon|scho|nochmals"
    r"|nomal|noch|einmal|mal|bei|ihnen|euch|hier|halt|also|ja"
    r"|have|to|must|need|want|would|like|unfortunately|again|once|more|yet"
    r"|je|me|m|dois|veux|voudrais|souhaite|malheureusement|à|nouveau|de|encore|une|fois"
    r"|io|devo|voglio|vorrei|purtroppo|di|nuovo|ancora|una|volta)"
)


def without_opening(part: str) -> str:
    """`part` (a split message's first part) without its opening (see above)."""
    sentence = _ANNOUNCING_SENTENCE.match(part)
    if sentence is not None and announces_several(sentence.group(1)):
        part = _rest(part, sentence.end())
    complaint = _COMPLAINT_SENTENCE.match(part)
    if complaint is not None and _only_complains(complaint.group(1)):
        part = _rest(part, complaint.end())
    opening = _OPENING.match(part)
    return part if opening is None else _rest(part, opening.end())


def _only_complains(sentence: str) -> bool:
    """The sentence only says that the resident complains (again)."""
    words = re.findall(r"[^\W\d_]+", sentence.casefold())
    complains = [w for w in words if _COMPLAINT.match(w)]
    return len(complains) == 1 and all(
        _COMPLAINING.fullmatch(w) or _COMPLAINT.match(w) for w in words
    )


def _rest(part: str, start: int) -> str:
    rest = part[start:].strip()
    return rest if len(rest.split()) >= MIN_WORDS else part
