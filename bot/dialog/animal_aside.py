"""An injured animal beside a city matter in one message: both are answered.

"Der Kübel beim Idaplatz ist voll, und beim Limmatplatz sitzt ein verletzter Igel"
(trial leftovers) got the injured animal's advice alone and the bin was lost; with
a full stop between them the hedgehog went to the waste office inside the bin's
concern. The message is cut in two where a sentence ends, a line breaks or "und"
joins two clauses: one side is an injured animal (`elsewhere`), the other a matter
the classifier is sure of, and the resident says they are two (each side names a
place of its own, or a cue such as "ausserdem" stands between them). The matter is
filed as a concern of its own and the animal gets what it gets alone. "Ein
verletzter Igel liegt im Gebüsch, und die Kinder wollen ihn anfassen" stays the
animal's. Other matters the city does not handle (a lost cat, a landlord) beside a
city matter are filed as before (`elsewhere`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import elsewhere
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.texts import t
from nlp.split import opens_new_part
from nlp.split_announced import own_places, places_by

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

_CUES = (
    r"ausserdem|außerdem|zudem|übrigens|uebrigens|by\s+the\s+way|besides|also,|en\s+plus"
    r"|par\s+ailleurs|inoltre"
)
# Where the message may be cut: a sentence end, a line break, an "und" between clauses.
_CUT = re.compile(
    r"(?<=[.!?])\s+|\s*\n\s*|(?P<conj>\s*[,;]?\s+(?:und|and|et|e|sowie)\s+)",
    re.IGNORECASE,
)
_CUE = re.compile(rf"^(?:{_CUES})(?!\w)[\s,:]*", re.IGNORECASE)
# The matter after the animal speaks of it ("und die Kinder wollen ihn anfassen").
_BACK = re.compile(
    r"\b(?:er|ihn|ihm|es|sie|dort|da|it|him|her|he|she|they|them|there|lui|elle|là|esso|essa"
    r"|lì|qui)\b",
    re.IGNORECASE,
)
_MIN_WORDS = 3  # a matter of its own says more than "und zwar"


def _hurt(text: str) -> str | None:
    key = elsewhere.key_of(text)
    return key if key is not None and key.startswith("elsewhere_hurt") else None


def _a_matter(d: Dialog, text: str) -> bool:
    """A city matter of its own: no matter for elsewhere, a topic the classifier
    is sure of."""
    if len(text.split()) < _MIN_WORDS or elsewhere.key_of(text) is not None:
        return False
    return d.topic_of(text)[1] >= d.settings.low_confidence


def _two(d: Dialog, before: str, after: str, cue: bool) -> bool:
    """The resident tells two things: a cue between them, or a place each."""
    return cue or own_places(before, after, places_by(d.place))


def split_off(d: Dialog, text: str) -> tuple[str, str] | None:
    """(the city matter, the injured animal's text key) when `text` is both; None
    otherwise. Of several cuts, the one that leaves the animal the fewest words."""
    if not elsewhere.speaks_of_hurt(text):
        return None  # most messages
    found: tuple[int, str, str] | None = None
    for cut in _CUT.finditer(text):
        before, after = text[: cut.start()].strip(), text[cut.end() :].strip()
        cue = _CUE.match(after)
        after = after[cue.end() :] if cue else after
        if not before or not after:
            continue
        key = _hurt(after)
        if key is not None:
            if _hurt(before) is not None or not _a_matter(d, before):
                continue
            option = (len(after), before, key)
        else:
            key = _hurt(before)
            joined = cut.group("conj") is not None and cue is None
            if key is None or _BACK.search(after) or (joined and not opens_new_part(after)):
                continue  # "Der Igel ist verletzt und liegt beim Kübel": one matter
            if _hurt(after) is not None or not _a_matter(d, after):
                continue
            option = (len(before), after, key)
        if (found is None or option[0] < found[0]) and _two(d, before, after, cue is not None):
            found = option
    return None if found is None else (found[1], found[2])


def set_aside(d: Dialog, ctx: Ctx, parts: list[str]) -> tuple[list[Reply], list[str]]:
    """The advice for each injured animal beside a city matter in `parts`, and the
    parts without it."""
    advice: list[Reply] = []
    kept: list[str] = []
    for part in parts:
        split = split_off(d, part)
        if split is not None:
            part = split[0]
            advice.append(Reply(t(ctx.lang, split[1])))
        kept.append(part)
    return advice, kept
