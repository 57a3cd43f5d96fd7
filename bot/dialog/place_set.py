"""A place answer applied to a concern (split from bot/dialog/place_answer.py):
the house number asked for once, never the same question twice; the place, its
Kreis and office stored; more text written while the bot waits kept with it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from bot.dialog import answer_lead, intake, place_forms, render, same_place, spelling
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.dialog.place_reading import CONCERN_WORDS, has_content
from bot.texts import t
from nlp.places import PlaceResult
from store import repository as repo
from store.models import Concern, EventKind

if TYPE_CHECKING:
    from bot.dialog.core import Dialog


def place_resolved(
    d: Dialog,
    ctx: Ctx,
    concern: Concern,
    place: PlaceResult,
    text: str | None,
    lat: float | None = None,
    lon: float | None = None,
) -> list[Reply]:
    """Apply a place answer; ask for a house number once, never the same question twice."""
    if place.outside_city:
        return intake.outside(d, ctx, concern, place.places, EventKind.RESIDENT)
    detail_asked = concern.urgent or ctx.state is State.AWAIT_PLACE_DETAIL
    if place.conflict and not detail_asked and not ctx.data.get("retried"):
        # Places in different Kreise, not one street across them (trial k, finding 2).
        earlier = same_place.still_offered(ctx)
        return [render.ask_place(ctx, concern, earlier, again=True, conflict=place.places)]
    if place.kreis is None and place.candidates and not detail_asked and not place.conflict:
        street = place.street or (place.places[0] if place.places else (text or ""))
        return [render.ask_detail(ctx, concern, street, place.candidates, text or "")]
    replies: list[Reply] = []
    if place.kreis is None and lat is None:
        street = str(ctx.data.get("street") or "") if ctx.state is State.AWAIT_PLACE_DETAIL else ""
        if street:
            # The street is known, its Kreis is not: keep the street for the office.
            text, key = _with_street(ctx, concern, street, text)
            kreise = ", ".join(map(str, ctx.data.get("candidates") or []))
            replies.append(Reply(t(ctx.lang, key, place=text, kreise=kreise)))
        elif text and not (concern.urgent and place.street and place.candidates):
            # (An emergency's street across Kreise is known: it goes out with it.)
            replies.append(Reply(t(ctx.lang, "place_unknown_go_on")))
    set_place(d, ctx, concern, place, text=_numbered(ctx, place, text), lat=lat, lon=lon)
    return [*replies, *intake.conclude(d, ctx, concern)]


def _numbered(ctx: Ctx, place: PlaceResult, text: str | None) -> str | None:
    """ "Langstrasse 150" asked about where Kreise meet, answered "Kreis 4" or
    "beim Helvetiaplatz": the address given stays the place, the answer settled
    its Kreis (new-user trial q, finding 7: the place became "Kreis 4"); a place
    named nearby is kept after it ("Langstrasse 150, beim Helvetiaplatz")."""
    street, number = ctx.data.get("street"), ctx.data.get("number")
    if ctx.state is not State.AWAIT_PLACE_DETAIL or not street or not number or not text:
        return text
    if place.kreis is None or any(m.kind == "address" for m in place.mentions):
        return text  # still unknown, or another address ("Nein, Nr. 120")
    near = any(m.kind in ("landmark", "street") for m in place.mentions)
    return f"{street} {number}, {text.strip()}" if near else f"{street} {number}"


def _with_street(ctx: Ctx, concern: Concern, street: str, text: str | None) -> tuple[str, str]:
    """The place to keep when the house-number question found no Kreis, and the
    text key that says so. "Weinbergstrasse 45" repeated is not "Weinbergstrasse
    Weinbergstrasse 45"; a sentence that names no place ("Ich bitte Sie höflich,
    sich der Sache anzunehmen.", an e-mail typed line by line, then "Ort für ZH-…")
    joins the concern's text and the address given stays the place (new-user
    trial i, finding 12)."""
    if text and render.house_number(text, street) is not None:
        return text, "place_detail_unresolved"
    if text and len(text.split()) >= CONCERN_WORDS and not re.search(r"\d", text):
        add_text(ctx, concern, text)
        number = str(ctx.data.get("number") or "")
        if number:
            return f"{street} {number}", "place_detail_address_kept"
        return street, "place_detail_unresolved"
    number = str(ctx.data.get("number") or "")
    if number and not (text and has_content(text)):
        return f"{street} {number}", "place_detail_unresolved"  # "weiss nicht": as given
    return (f"{street} {text}" if text and has_content(text) else street), "place_detail_unresolved"


def set_place(
    d: Dialog,
    ctx: Ctx,
    concern: Concern,
    place: PlaceResult,
    *,
    text: str | None,
    lat: float | None = None,
    lon: float | None = None,
) -> None:
    office = d.routing.route(
        concern.topic or "quartierleben", concern.confidence or 0.0, place.kreis
    ).office
    changes: dict[str, Any] = {"kreis": place.kreis, "quartier": place.quartier}
    changes["office"] = office
    if text and place_forms.has_link(text):  # a maps link: the place it names (trial m)
        changes["place_text"] = place_forms.link_place(text, place)
    elif text:
        # "Zurlindnstrasse 12" typed: shown as the gazetteer writes it.
        said = spelling.respelled(answer_lead.without_answer_words(text.strip(), place), place)
        changes["place_text"] = spelling.without_lead(said, place)[:200]
    elif lat is not None and (place.kreis, place.quartier) != (concern.kreis, concern.quartier):
        # A pin elsewhere replaces the place: "Idaplatz" is not in the pin's Kreis 4.
        changes["place_text"] = None
    if lat is not None:
        changes["lat"], changes["lon"] = lat, lon
    repo.apply_routing(ctx.s, concern=concern, kind=EventKind.RESIDENT, actor="resident", **changes)


def add_text(ctx: Ctx, concern: Concern, text: str) -> None:
    """More about the concern (an emergency, an e-mail's next line), written while
    the bot waits: it belongs to it."""
    concern.text = f"{concern.text}\n{text.strip()}" if concern.text else text.strip()
    ctx.s.add(concern)
    ctx.commit()
