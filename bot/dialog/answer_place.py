"""The place named in the resident's answer to the city, set on a concern without one.

Staff ask "In welchem Hinterhof genau? Strasse und Hausnummer würden helfen." on a
concern that is "Kreis unbekannt", and the resident answers "Im Hinterhof der
Zweierstrasse 100". The answer reached the office, but the concern stayed "Kreis
unbekannt" until staff typed /kreis (new-user trial k, finding 1, left over).

Now, when an open concern has no Kreis and the answer (a Telegram reply, or a text
the resident confirmed as the answer) names places the gazetteer puts in one Kreis,
that place is the concern's: a routing event by the resident, with a note saying it
came from the answer (the card and the history show it), and the staff who get the
answer read a line saying so under it. The office:
- a concern at the unknown-Kreis coordination office (`qk_unknown`) is there only
  because its Kreis was unknown; it goes where the routing table sends it now, as an
  emergency's place given late does (`late_place.add`) and as staff's /kreis does
  for a coordination office: the new office, the Kreis's coordination office and
  qk_unknown get the card ("Ort nachgetragen …; zuständig jetzt: …");
- any other office keeps it, as /kreis leaves a department its concern. When the
  routing table names another office for the Kreis, the line says which, with the
  /umleiten that moves it: staff decide.
A place that may lie in several Kreise ("Zweierstrasse 100": Kreis 3 or 4 by the
gazetteer's house numbers) is not guessed: the line names the Kreise, and staff set
it with /kreis.
A closed concern ("erledigt", "abgelehnt") is left as it is: its answer goes to the
office, nothing is moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.dialog import spelling
from bot.dialog.context import Ctx
from bot.staff import alerts
from bot.staff.render import office_name, place
from bot.texts.staff import st
from nlp.places import PlaceResult
from store import repository as repo
from store.models import OPEN_STATUSES_STAFF, Concern, EventKind

if TYPE_CHECKING:
    from bot.dialog.core import Dialog


def take(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> str | None:
    """Set `concern`'s place from `text`, the resident's answer to the city, when
    it has none and the answer names one Kreis. The line staff read under the
    answer (the place set, or the Kreise it may be in), or None."""
    if concern.kreis is not None or concern.status not in OPEN_STATUSES_STAFF:
        return None
    found = d.place(d.about_place(text))  # not "ich wohne an der …" when more is named
    if found.outside_city:
        return None
    if found.kreis is None or found.ambiguous or found.conflict:
        return _unclear(concern, found)
    routed = _routed(d, concern, found.kreis)
    previous = concern.office
    moves = previous == d.routing.unknown_office and routed != previous
    changes: dict[str, Any] = {"kreis": found.kreis, "quartier": found.quartier}
    said = ", ".join(spelling.named(m) for m in found.mentions)  # "Militärstrass 76" typed
    if said:
        changes["place_text"] = said[:200]
    if moves:
        changes["office"] = routed
    note = st("note_place_from_reply")
    repo.apply_routing(
        ctx.s, concern=concern, kind=EventKind.RESIDENT, actor="resident", note=note, **changes
    )
    where = place(concern)
    if moves:
        alerts.place_added(ctx.s, d.routing, concern, previous)
        return st("reply_place_moved", place=where, office=office_name(d.routing, routed))
    if routed != concern.office:
        office = office_name(d.routing, routed)
        return st("reply_place_routing", place=where, office=office, move=_move(concern, routed))
    return st("reply_place_set", place=where)


def _routed(d: Dialog, concern: Concern, kreis: int) -> str:
    """The office the routing table gives the concern at `kreis` (as `late_place`)."""
    office = d.unsure_office(concern, kreis, confirmed=not concern.unconfirmed)
    if office is not None:
        return office
    topic = concern.topic or "quartierleben"
    return d.routing.route(topic, concern.confidence or 0.0, kreis).office


def _unclear(concern: Concern, found: PlaceResult) -> str | None:
    """ "Zweierstrasse 100" lies where Kreise 3 and 4 meet: nothing is guessed,
    staff read which Kreise it may be and set it with /kreis."""
    if not found.candidates or not found.places:
        return None
    kreise = " oder ".join(str(k) for k in sorted(found.candidates))
    return st(
        "reply_place_unclear",
        place=", ".join(spelling.named(m) for m in found.mentions),
        kreise=kreise,
        reference=concern.reference,
    )


def _move(concern: Concern, office: str) -> str:
    return f"/umleiten {concern.reference} {office}"
