"""'Gleich daneben liegt Sperrmüll': the place just given.

A concern that names no place of its own but points to one ("gleich daneben",
"dort", "grad dernäbe", "next to it", "juste à côté", "lì accanto") is where
the concern before it is: the one split off the same message, or the one the
resident reported a moment ago (trial 2026-12-06 c: the bot asked "Wo ist das
genau?" without even offering that place). It is taken with that concern's
place, which the confirmation shows; "Ort ändern" is one tap away.
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta
from typing import TYPE_CHECKING

from bot.dialog.context import Ctx
from bot.texts.staff import st
from store import repository as repo
from store.models import Concern, EventKind, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# Within the first words: "Gleich daneben liegt …", "Die Lampe daneben …",
# "Und dort hat es auch …", "Right next to it …".
POINTS_TO_PLACE = re.compile(
    r"\b(?:daneben|dernäbe|dernebe|dänebe|danebe|nebedra|nebendran|dort|dört|det|dete|"
    r"next\s+to\s+it|beside\s+it|right\s+there|à\s+côté|a\s+côté|accanto|lì|lì\s+vicino)\b",
    re.IGNORECASE,
)
# Anywhere in an emergency only the words for "next to it": "dort", "det", "lì" are
# too often just "there" ("er liegt dort am Boden").
NEXT_TO_IT = re.compile(
    r"\b(?:daneben|dernäbe|dernebe|dänebe|danebe|nebedra|nebendran|"
    r"next\s+to\s+it|beside\s+it|à\s+côté|a\s+côté|accanto)\b",
    re.IGNORECASE,
)
# "Das ist voll daneben" is "out of line", not a place; "dort, wo ich wohne"
# names a place still to come, not the one before.
_IDIOM = re.compile(
    r"\b(?:voll|völlig|total|ziemlich|echt|komplett|gründlich|so|etwas|bisschen|grad\s+voll)"
    r"\s+daneben\b|\b(?:dort|dört|det|there|là|lì),?\s+(?:wo|where|où|dove)\b",
    re.IGNORECASE,
)
FIRST_WORDS = 6
JUST = timedelta(minutes=30)  # "a moment ago"


def points_to_place(text: str, *, anywhere: bool = False) -> bool:
    """The text opens by pointing to a place named before; `anywhere`: points to
    it in any of its words (an emergency: "… es brennt jetzt ein Müllcontainer
    daneben!", new-user trial g, finding 8)."""
    if anywhere and NEXT_TO_IT.search(text) is not None and _IDIOM.search(text) is None:
        return True
    head = " ".join(text.split()[:FIRST_WORDS])
    return POINTS_TO_PLACE.search(head) is not None and _IDIOM.search(head) is None


def earlier(ctx: Ctx, concern: Concern, previous: Concern | None) -> Concern | None:
    """The concern whose place `concern` points to: `previous` (the one before
    it in the same message), else the resident's latest one of the last half
    hour; None when that has no Kreis. An emergency may point to it anywhere in
    its words: asking "Wo ist das?" then costs the resident time."""
    if not points_to_place(concern.text or "", anywhere=concern.urgent):
        return None
    if previous is None:
        latest = [
            c
            for c in repo.concerns_of(ctx.s, resident=ctx.resident, limit=3)
            if c.id != concern.id and c.status != Status.WITHDRAWN
        ]
        if latest:
            created = latest[0].created_at
            created = created if created.tzinfo else created.replace(tzinfo=UTC)
            previous = latest[0] if utcnow() - created < JUST else None
    return previous if previous is not None and previous.kreis is not None else None


def take_place(d: Dialog, ctx: Ctx, concern: Concern, source: Concern) -> None:
    """Give `concern` the place of `source` (Kreis, Quartier, written place, location)."""
    office = d.routing.route(
        concern.topic or "quartierleben", concern.confidence or 0.0, source.kreis
    ).office
    repo.apply_routing(
        ctx.s,
        concern=concern,
        kind=EventKind.CLASSIFIER,
        note=st("note_place_nearby", reference=source.reference),  # staff read it on the card
        kreis=source.kreis,
        quartier=source.quartier,
        office=office,
        place_text=source.place_text,
        lat=source.lat,
        lon=source.lon,
    )
