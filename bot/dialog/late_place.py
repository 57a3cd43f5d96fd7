"""The place of an emergency that went out without one, or without its Kreis.

An emergency is never held for its place: "Danke", "Weiss ich nicht" or the
timeout at "Wo ist das?" forward it at once, and so does a street that runs
through several Kreise ("im Hinterhof an der Hohlstrasse": no house-number
question in an emergency; it goes to the shared coordination office). The
resident is told that it went without a place (or that the house number is
welcome) and that a place written now is added; this module adds it (typed,
"Nr. 120" read against the street, or a location shared) to the emergency
forwarded in the last half hour, and the offices that now handle it are sent
its card (new-user trial l, finding 1: "Hohlstrasse 120" was asked "Was ist
los, und wo?").
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta
from typing import TYPE_CHECKING, Any

from bot.dialog import place_first, render, spelling
from bot.dialog.context import Ctx, LatestConcern, latest_concern
from bot.dialog.model import Reply
from bot.staff import alerts
from bot.texts import t
from nlp.places import PlaceResult
from store import repository as repo
from store.models import Concern, EventKind, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

WINDOW = timedelta(minutes=30)
# The emergencies whose late place names Die Dargebotene Hand (143) again: suicidal
# talk, and a report whose kind is not known (stored before migration 0009). A fire's
# or a fall's place needs no "Geht es Ihnen selbst nicht gut".
SELF_HELP = frozenset({None, "suicide"})


# "es ist an der Zurlindenstrasse 40", "it's at …", "c'est à …", "è in via …": the
# place said as the answer to "Wo ist das?" (new-user trial q, finding 2: read as a
# new concern). The lead says nothing; what follows must be only a place.
_IT_IS = re.compile(
    r"^\W*(?:(?:es|das|des|s)\s+(?:ist|isch|esch)|(?:it|that|this)\s+is|(?:it|that)['’]s"
    r"|c['’]est|ça\s+se\s+trouve|(?:è|si\s+trova))\s+",
    re.IGNORECASE,
)


def placeless(concern: Concern) -> bool:
    return concern.kreis is None and not concern.place_text and concern.lat is None


def waiting_for_place(ctx: Ctx, latest: LatestConcern | None = None) -> Concern | None:
    """The resident's latest concern (read by `latest` when given), if it is an
    emergency forwarded a moment ago without any place, or with one of no Kreis
    (a street across Kreise, a place not known)."""
    concern = (latest or latest_concern(ctx))()
    waiting = place_first.waiting_ids(ctx)
    if concern is not None and concern.id in waiting:
        # A part split off the emergency waits (the newest concern): the one before it.
        rows = repo.concerns_of(ctx.s, resident=ctx.resident, limit=len(waiting) + 1)
        concern = next((c for c in rows if c.id not in waiting), None)
    if concern is None:
        return None
    if not concern.urgent or concern.status not in {Status.FORWARDED, Status.IN_PROGRESS}:
        return None
    if concern.kreis is not None or concern.lat is not None:
        return None
    at = concern.forwarded_at or concern.created_at
    at = at if at.tzinfo else at.replace(tzinfo=UTC)
    return concern if utcnow() - at <= WINDOW else None


def street(d: Dialog, concern: Concern) -> PlaceResult | None:
    """The street across Kreise an emergency went out with ("Hohlstrasse": its
    name and Kreise), if that is its place."""
    if concern.kreis is not None or not concern.place_text:
        return None
    place = d.place(concern.place_text)
    return place if place.kreis is None and place.street and len(place.candidates) > 1 else None


def where(d: Dialog, concern: Concern, text: str) -> PlaceResult:
    """The place `text` names for the emergency: with a street across Kreise, read
    as the answer to "Welche Hausnummer?" ("Nr. 120", "Hohlstrasse 120", "beim
    Lochergut"); otherwise as any place."""
    across = street(d, concern)
    if across is None or across.street is None:
        return d.place(text)
    return d.clf.gazetteer.resolve_answer(text, across.street, across.candidates)


def fits(concern: Concern, place: PlaceResult) -> bool:
    """A place to add: in the city; for an emergency that has a place already
    (the street), only one that settles the Kreis."""
    from bot.dialog.place_answer import names_a_place  # it imports modules that import this

    if not names_a_place(place) or place.outside_city:
        return False
    return placeless(concern) or place.kreis is not None


def typed(
    d: Dialog, ctx: Ctx, text: str, latest: LatestConcern | None = None
) -> list[Reply] | None:
    """The place written after an emergency went out without one ("Josefstrasse
    12"), or the house number of its street ("Hohlstrasse 120"): added to it. None
    when no such emergency waits, or the text is no place for it (or reads like
    a concern of its own)."""
    from bot.dialog.place_answer import could_be_a_concern, only_a_place  # they import this

    emergency = waiting_for_place(ctx, latest)
    if emergency is None:
        return None
    said = _IT_IS.sub("", text, count=1)  # "es ist an der …": the place
    place = where(d, emergency, said)
    if not fits(emergency, place):
        return None
    if not (said != text and only_a_place(d, said)) and could_be_a_concern(d, said, True):
        return None
    return add(d, ctx, emergency, place, said)


def forwarded(d: Dialog, ctx: Ctx, concern: Concern) -> Reply:
    """What the resident reads when an emergency went out at once: without a place,
    that a place written now is added; on a street across Kreise, that its house
    number is. Not after suicidal talk (no place question there)."""
    across = street(d, concern)
    name = render.the_street(ctx.lang, across.street) if across and across.street else ""
    if ctx.category == "suicide" or concern.kreis is not None or concern.lat is not None:
        key = "urgent_forwarded"
    elif name:
        key = "urgent_forwarded_street"
    else:  # no place, or one not known ("Den Ort habe ich nicht erkannt")
        key = "urgent_forwarded_no_place"
    return Reply(t(ctx.lang, key, reference=concern.reference, the_street=name))


def add(
    d: Dialog,
    ctx: Ctx,
    concern: Concern,
    place: PlaceResult,
    text: str | None,
    lat: float | None = None,
    lon: float | None = None,
) -> list[Reply]:
    """Give the emergency its place, route it there and tell the offices."""
    office = d.unsure_office(concern, place.kreis, confirmed=not concern.unconfirmed)
    if office is None:
        topic = concern.topic or "quartierleben"
        office = d.routing.route(topic, concern.confidence or 0.0, place.kreis).office
    said = ", ".join(spelling.spelled(m) for m in place.mentions) or (text or "").strip()
    changes: dict[str, Any] = {"kreis": place.kreis, "quartier": place.quartier}
    changes["office"] = office
    if said:
        changes["place_text"] = said[:200]
    if lat is not None:
        changes["lat"], changes["lon"] = lat, lon
    previous = concern.office
    repo.apply_routing(ctx.s, concern=concern, kind=EventKind.RESIDENT, actor="resident", **changes)
    alerts.place_added(ctx.s, d.routing, concern, previous)
    where = render.place_name(ctx.lang, concern, d)
    said_back = t(ctx.lang, "urgent_place_added", reference=concern.reference, place=where)
    if concern.emergency in SELF_HELP:  # "Geht es Ihnen selbst nicht gut: … 143"
        said_back = f"{said_back} {t(ctx.lang, 'urgent_place_added_143')}"
    return [Reply(said_back)]
