"""A forwarded concern's place corrected to a street that runs through several
Kreise ("Nein, es ist an der Badenerstrasse, nicht am Hardplatz").

Such a line became a new draft: the street gives no Kreis, so it was no
correction (`place_correction`). Now the concern gets the street at once; its
Kreis stays when the street runs through it, otherwise the Kreis is unknown
(a concern with a Kreis's coordination office goes to the shared one, as an
emergency on such a street does). The resident is asked for the house number,
as at intake, and the answer ("Nr. 120", "beim Lochergut") settles the Kreis
of that concern, moving it where it belongs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import intake, render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.texts import t
from nlp.places import PlaceResult
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# The conversation's note of the question: the concern, the street and its Kreise.
ASKED = "street_asked"


def across(place: PlaceResult) -> PlaceResult | None:
    """`place` if it is a street across Kreise that nothing narrowed down."""
    if place.kreis is not None or place.conflict or place.outside_city or not place.street:
        return None
    return place if len(place.candidates) > 1 else None


def kept(concern: Concern, street: PlaceResult) -> PlaceResult:
    """The corrected place: the street, in the concern's Kreis if it runs
    through it (the Quartier is not known), otherwise in none yet."""
    kreis = concern.kreis if concern.kreis in street.candidates else None
    return PlaceResult(
        kreis=kreis,
        mentions=list(street.mentions),
        street=street.street,
        candidates=list(street.candidates),
    )


def ask(ctx: Ctx, concern: Concern, street: PlaceResult) -> Reply:
    """ "Die Badenerstrasse führt durch mehrere Kreise (3, 4, 9). Welche
    Hausnummer …?", noted for the answer."""
    name = str(street.street)
    ctx.save(
        ctx.state,
        **ctx.data,
        **{ASKED: {"concern": concern.id, "street": name, "kreise": street.candidates}},
    )
    kreise = ", ".join(map(str, street.candidates))
    return Reply(
        t(ctx.lang, "ask_place_detail", the_street=render.the_street(ctx.lang, name), kreise=kreise)
    )


def reading(d: Dialog, ctx: Ctx, text: str, concern: Concern | None) -> PlaceResult | None:
    """The place `text` gives `concern` as the answer to that question, if it is
    the concern asked about and the answer settles a Kreis."""
    from bot.dialog.place_answer import could_be_a_concern  # it imports modules that import this

    asked = ctx.data.get(ASKED)
    if not isinstance(asked, dict) or concern is None or concern.id != asked.get("concern"):
        return None
    street, kreise = str(asked.get("street")), [int(k) for k in asked.get("kreise", [])]
    place = d.clf.gazetteer.resolve_answer(text, street, kreise)
    if place.kreis is None or place.outside_city or could_be_a_concern(d, text, True):
        return None
    return place


def answered(
    d: Dialog, ctx: Ctx, text: str, concern: Concern | None
) -> tuple[Concern, PlaceResult] | None:
    """`reading`, for the concern forwarded a moment ago; the question is then done."""
    place = reading(d, ctx, text, concern)
    if concern is None or place is None:
        return None
    ctx.save(ctx.state, **{k: v for k, v in ctx.data.items() if k != ASKED})
    return concern, place


def written(place: PlaceResult) -> str:
    """The place as staff read it ("Badenerstrasse 120")."""
    kreis = place.kreis
    found = intake.written_place(place, kreis) if kreis is not None else None
    return found or ", ".join(place.places) or str(place.street or "")
