"""Two forms of a place answer that are not a place's name (new-user trial m,
§ 14):

- a Zürich postcode alone ("8003", 8001–8099) at the confirmation: it names a
  Kreis, as a postcode in a concern does, and is no house number ("Zu welcher
  Strasse gehört die Nummer?" was asked);
- a maps link ("https://www.google.com/maps/place/Idaplatz"): the place it names
  is shown and kept, not the link."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from nlp.places import PlaceResult
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

POSTCODE = re.compile(
    r"^\W*(?:plz\s*)?(80(?:0[1-9]|[1-9]\d))(?:\s+(?:zürich|zurich|züri|zh))?\W*$", re.IGNORECASE
)
LINK = re.compile(r"\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)
_NO_NAME = frozenset({"coordinates", "postal_code", "kreis"})


def postcode_at_confirmation(
    d: Dialog, ctx: Ctx, concern: Concern, text: str
) -> list[Reply] | None:
    """ "8003" typed at the confirmation: the Kreis it names (the card again when it
    is the concern's own); None for anything else."""
    if POSTCODE.match(text) is None:
        return None
    place = d.place(text)
    if place.kreis is None:
        return None
    from bot.dialog import place_answer  # it reads this module

    if place.kreis == concern.kreis:
        return [render.confirm(d, ctx, concern)]  # "8005" of the Josefstrasse 12
    return place_answer.place_resolved(d, ctx, concern, place, text.strip())


def link_place(text: str, place: PlaceResult) -> str | None:
    """What to show for a place answer that is a maps link: the places it names
    ("Idaplatz", "Josefstrasse 12"), else its Quartier, else none (the Kreis
    shows)."""
    names = [
        (m.text if m.kind == "address" else m.name or m.text).replace("+", " ")
        for m in place.mentions
        if m.kind not in _NO_NAME
    ]
    return ", ".join(dict.fromkeys(names)) or place.quartier


def has_link(text: str) -> bool:
    return LINK.search(text) is not None
