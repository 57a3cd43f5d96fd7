"""The place of an emergency written beside a calm matter at another place.

"Der Kübel beim Idaplatz ist voll. Ausserdem liegt beim Limmatplatz ein Mann
bewusstlos am Boden": the emergency keeps the whole message (its place may be in
the other part, "… Ausserdem liegt dort ein Mann …"), so it names two places in
two Kreise and no Kreis; the urgent card went to the shared coordination office
(new-user trial j, finding 16). When the emergency's own part names a place in
the city, that place is the emergency's.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from nlp.places import PlaceResult
from nlp.split import split_concerns
from nlp.split_announced import places_by
from nlp.urgent import detect_urgent
from store import repository as repo
from store.models import Concern, EventKind

if TYPE_CHECKING:
    from bot.dialog.context import Ctx
    from bot.dialog.core import Dialog


def placed(d: Dialog, ctx: Ctx, concern: Concern) -> bool:
    """Give the urgent `concern` the place its emergency's own part names (Kreis,
    Quartier, the place as written); False when there is none to give."""
    from bot.dialog.intake import written_place  # it imports this module

    own = own_place(d, concern.text or "")
    if own is None or own.kreis is None:
        return False
    topic = concern.topic or "quartierleben"
    repo.apply_routing(
        ctx.s,
        concern=concern,
        kind=EventKind.CLASSIFIER,
        kreis=own.kreis,
        quartier=own.quartier,
        office=d.routing.route(topic, concern.confidence or 0.0, own.kreis).office,
        place_text=written_place(own, own.kreis),
    )
    return True


def own_place(d: Dialog, text: str) -> PlaceResult | None:
    """The place the emergency's own part of `text` names, when the message splits
    into an emergency and what is none and that part is placed in a Kreis."""
    urgent_of = cache(lambda part: detect_urgent(part).urgent)
    parts = split_concerns(text, d.topic_of, urgent_of, places_by(d.place))
    urgent = [part for part in parts if urgent_of(part)]
    if not urgent or len(urgent) == len(parts):
        return None
    place = d.place(d.about_place(" ".join(urgent)))
    return place if place.kreis is not None and not place.outside_city else None
