"""A place correction typed at the confirmation card (trial leftovers, item 3).

"ich meinte Idaplatz", "nein, Idaplatz" and "sorry, Badenerstrasse 5" set the
place (bot.dialog.confirming: a line opening with correction wording); "eher
Idaplatz", "Idaplatz, nicht Langstrasse" and "nicht Langstrasse sondern
Idaplatz" were asked "Ist «…» ein neues Anliegen oder der Ort für ZH-…?", the
last even with correction wording first (two places: the one said not to be
it counted too). Such a line is read as a place correction after forwarding
is (`place_correction.corrected_place`): correction wording somewhere, one
place that it is (the one after "nicht" is not), and nothing else said; then
it is the draft's place, and the card comes again. Also here: a street and its
house number apart ("… bei der Nr. 14 an der Idastrasse", `numbered`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import confirming, place_answer, place_correction
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from nlp.places import PlaceResult
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog


def at_confirmation(
    d: Dialog, ctx: Ctx, concern: Concern, text: str, *, correcting: bool
) -> list[Reply] | None:
    """The draft's place corrected by `text`, or None. A line `correcting`
    (confirming.CORRECTION) that names one place is left to the card's own
    reading ("Ja, aber bei der Nr. 14 an der Idastrasse": the number kept)."""
    if correcting and len(d.place(text).mentions) <= 1:
        return None
    found = place_correction.corrected_place(d, text)
    if found is None:
        return None
    place, written = found
    return place_answer.place_resolved(d, ctx, concern, place, written)


def numbered(d: Dialog, place: PlaceResult, text: str) -> tuple[PlaceResult, str] | None:
    """A street and, apart from it, its house number ("Ja, aber es ist eher bei der
    Nr. 14 an der Idastrasse"): the address, not the street alone (the 14 was lost,
    new-user trial f, section 10). None when the text names no such number."""
    number = confirming.NUMBER_IN_TEXT.search(text)
    streets = [m for m in place.mentions if m.kind == "street"]
    if number is None or len(streets) != 1 or any(m.kind == "address" for m in place.mentions):
        return None
    street = streets[0].name or streets[0].text
    found = d.clf.gazetteer.resolve_answer(number.group(1), street, list(streets[0].candidates))
    if found.kreis is None and not found.candidates:
        return None
    return found, f"{street} {number.group(1)}"
