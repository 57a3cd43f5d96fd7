"""Reading an answer to "Wo ist das genau?" or "Welche Hausnummer?" (split from
bot/dialog/place_answer.py): whether it names a place, has content, reads like a
concern of its own, says it does not know; a place followed by a second concern;
a courtesy or a "Ja, aber" before the answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot import call_me
from bot.dialog import answer_lead, confirming, place_only
from bot.dialog.context import Ctx
from bot.dialog.model import State
from bot.dialog.sayings import NO_PLACE
from bot.texts import LANGUAGES, t
from nlp.places import PlaceResult
from nlp.smalltalk import SmallTalk, smalltalk

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
# "Idaplatz, und übrigens liegt dort auch Sperrmüll": a place, then a new concern.
_MORE = re.compile(
    r"[,;.!]?\s*\b(?:und\s+|and\s+|et\s+|e\s+)?(?:übrigens|ausserdem|zudem|also noch|"
    r"by the way|also|en plus|par ailleurs|inoltre|poi)\b[,:]?\s*",
    re.IGNORECASE,
)
# "Ja, aber Nr. 14", "yes, number 14", "sì, il 14" at "Welche Hausnummer?": the yes
# (and "aber", "es ist") before the number says nothing (new-user trial g, finding 9).
_YES_LEAD = re.compile(
    r"^\W*(?:ja|jo|jap|yes|yeah|yep|oui|sì|si)\b[\s,;:.!-]*"
    r"(?:(?:aber|but|mais|ma)\b[\s,;:]*)?"
    r"(?:(?:es\s+ist|es\s+isch|it\s+is|it's|c'est|è)\s+)?"
    r"(?:(?:die|der|the|le|la|il)\s+)?",
    re.IGNORECASE,
)
# A place answer is short; a longer text that names a place may be a new concern.
SHORT_ANSWER_WORDS = 8
# A text this long that names no place is probably a new concern, not a place.
CONCERN_WORDS = 7
# From this length, a text with a place that reads like a concern is asked about.
CONCERN_MIN_WORDS = 5


def has_content(text: str) -> bool:
    """'1', 'Nr. 12', '??' are no concern: at least one real word is needed. A
    request to be phoned says enough ("Call me?", trial j: "zu kurz")."""
    words = [w for w in _WORDS.findall(text) if len(w) >= 3]
    return sum(len(w) for w in words) >= 5 or call_me.CALL_ME.search(text) is not None


def dont_know(text: str) -> bool:
    folded = text.strip().casefold()
    if folded in {t(lang, "btn_place_unknown").casefold() for lang in LANGUAGES}:
        return True
    if NO_PLACE.match(text):
        return True
    talk = smalltalk(text)
    return talk is not None and talk.kind == "dont_know"


def names_a_place(place: PlaceResult) -> bool:
    return place.kreis is not None or bool(place.candidates) or place.outside_city


_PLACE_WORDS = re.compile(
    r"\b(an|am|auf|bei|beim|im|in|der|die|das|dem|den|vor|hinter|neben|ecke|at|on|near|"
    r"à|au|près|de|la|le|a|al|alla|vicino|strasse|platz|nr|nummer|hausnummer|doch|nicht)\b",
    re.IGNORECASE,
)


def only_a_place(d: Dialog, text: str) -> bool:
    """'Josefstrasse 12', 'am Idaplatz': a place and nothing about what is wrong."""
    place = d.place(text)
    if not names_a_place(place) or len(text.split()) > 6:
        return False
    rest = text
    for mention in place.mentions:
        rest = rest.replace(mention.text, " ")
    return re.search(r"[^\W\d_]{3,}", _PLACE_WORDS.sub(" ", rest)) is None


def resolve(d: Dialog, ctx: Ctx, text: str) -> PlaceResult:
    """A place answer read against the question asked (the street in question)."""
    if ctx.state is State.AWAIT_PLACE_DETAIL:
        street = str(ctx.data.get("street") or "")
        return d.clf.gazetteer.resolve_answer(text, street, list(ctx.data.get("candidates", [])))
    return d.place(d.about_place(text))


# "Danke, es geht wieder": the courtesy first, then words of no place.
_FIRST_PIECE = re.compile(r"^([^,.;:!?]+)[,.;:!?]\s*(.*)$", re.DOTALL)
_COURTESY_FIRST = {"thanks", "bye", "greeting"}


def courtesy_first(d: Dialog, ctx: Ctx, text: str) -> SmallTalk | None:
    """At "Welche Hausnummer?", a thank-you followed by words that hold no number
    and no place ("Danke, es geht wieder", after crisis talk, new-user trial g,
    finding 13): the small talk it opens with, not a house number (the words
    were stored after the street). None otherwise."""
    piece = _FIRST_PIECE.match(text.strip())
    if ctx.state is not State.AWAIT_PLACE_DETAIL or piece is None or re.search(r"\d", text):
        return None
    talk = smalltalk(piece.group(1))
    if talk is None or talk.kind not in _COURTESY_FIRST:
        return None
    rest = piece.group(2)
    if _PLACE_WORDS.search(rest) or names_a_place(d.place(rest)):
        return None  # "Danke, beim Kiosk": maybe what is near
    return talk


def number_after_yes(ctx: Ctx, text: str) -> str:
    """ "Ja, aber Nr. 14" at the house-number question: "Nr. 14", read with the
    street asked about. Any other text stays as it is."""
    lead = _YES_LEAD.match(text) if ctx.state is State.AWAIT_PLACE_DETAIL else None
    if lead is None or lead.end() == 0:
        return text
    rest = text[lead.end() :].strip()
    number = confirming.HOUSE_NUMBER.match(rest) or (
        confirming.NUMBER_IN_TEXT.search(rest) if len(rest.split()) <= 4 else None
    )
    return f"Nr. {number.group(1)}" if number else text


def place_then_more(text: str) -> tuple[str, str]:
    m = _MORE.search(text)
    if m is None or m.start() == 0:
        return text, ""
    return text[: m.start()].strip(), text[m.end() :].strip()


def could_be_a_concern(d: Dialog, text: str, named: bool) -> bool:
    """A place answer is short; a longer text, or one the classifier reads as a
    concern of its own, may be a new concern: then the resident is asked. The
    words that open an answer ("Nein, es ist …", "sorry, it's …") do not count."""
    if named:
        text = answer_lead.bare(text) or text
    words = len(text.split())
    if not named:
        return words >= CONCERN_WORDS
    if words > SHORT_ANSWER_WORDS:
        return True
    if words < CONCERN_MIN_WORDS or place_only.where_and_names_only(d, text):
        return False  # "vor dem Haus Josefstrasse 12": the place, whatever "Haus" reads as
    return d.topic_of(text)[1] >= d.settings.low_confidence
