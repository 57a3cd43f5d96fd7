""" "beide" at "Sie nennen Helvetiaplatz / Limmatplatz: Das liegt in verschiedenen
Kreisen. Wo genau ist es?": the concern is at each place, one concern per place
(new-user trial k, finding 2: "beide" was no place the bot knew, and the concern
ended "Ort unbekannt").

The concern takes the first place; for each further place a concern with the same
words and topic waits in the queue with its place set, and is confirmed after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import intake
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.texts import t
from nlp.places import Mention
from store import repository as repo
from store.models import Concern, EventKind, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# "beide", "an beiden Orten", "both", "les deux", "entrambi", "tutti e due".
_BOTH = re.compile(
    r"\b(?:beide|beiden|beidi|beidne|both|les\s+deux|tous\s+les\s+deux|aux\s+deux|entrambi"
    r"|entrambe|tutti\s+e\s+due|tutte\s+e\s+due)\b",
    re.IGNORECASE,
)
# A longer answer is read as usual (it may be a place or a new concern).
_MAX_WORDS = 8
# The mentions that name a place of their own (a Kreis or postal code is an area).
_NAMED = frozenset(["address", "street", "landmark", "quartier", "kreisname"])


def says_both(text: str) -> bool:
    return len(text.split()) <= _MAX_WORDS and _BOTH.search(text) is not None


def both(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """One concern per place when the resident says "beide" to the question about
    places in different Kreise; None when that is not what was asked or said."""
    if ctx.state is not State.AWAIT_PLACE or concern.urgent:
        return None
    places = _places(d, concern)
    if len(places) < 2 or not (says_both(text) or _names_them(d, text, places)):
        return None
    from bot.dialog import place_answer  # it hooks this module

    for mention in places[1:]:
        other = intake.create(ctx, concern.text or "", [], Status.DRAFT, urgent=False)
        ctx.s.flush()
        repo.apply_routing(
            ctx.s,
            concern=other,
            kind=EventKind.CLASSIFIER,
            topic=concern.topic,
            confidence=concern.confidence,
        )
        name = _name(mention)
        place_answer.set_place(d, ctx, other, d.place(name), text=name)
        ctx.save(ctx.state, **{**ctx.data, "queue": [*ctx.queue, other.id]})
    ctx.commit()
    name = _name(places[0])
    said = Reply(t(ctx.lang, "both_places", n=len(places), place=name))
    return [said, *place_answer.place_resolved(d, ctx, concern, d.place(name), name)]


def _places(d: Dialog, concern: Concern) -> list[Mention]:
    """The first place the concern's words name in each Kreis, in their order."""
    found = d.place(d.about_place(concern.text or ""))
    if not found.conflict:
        return []
    first: dict[int, Mention] = {}
    for mention in found.mentions:
        if mention.kind in _NAMED and mention.kreis is not None:
            first.setdefault(mention.kreis, mention)
    return list(first.values())


# Words that may join the places named again ("Helvetiaplatz und Limmatplatz").
_JOINING = re.compile(
    r"und|u|and|et|e|sowie|am|beim|bim|an|der|dem|bei|im|at|the|au|al|a|à|la|le|in",
    re.IGNORECASE,
)


def _names_them(d: Dialog, text: str, places: list[Mention]) -> bool:
    """The answer names the concern's places again and nothing else: "Helvetiaplatz
    und Limmatplatz" is at both (not one street across Kreise: trial k, finding 2)."""
    found = d.place(text)
    said = {_name(m).casefold() for m in found.mentions}
    if len(said & {_name(m).casefold() for m in places}) < 2:
        return False
    rest = text
    for mention in found.mentions:
        rest = rest.replace(mention.text, " ")
    return all(_JOINING.fullmatch(w) for w in re.findall(r"[^\W\d_]+", rest))


def _name(mention: Mention) -> str:
    return mention.text if mention.kind == "address" else (mention.name or mention.text)
