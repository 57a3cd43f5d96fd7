"""A maps link sent instead of a place (bot.dialog.place_forms reads one that names a
place, "https://www.google.com/maps/place/Idaplatz").

- A link that carries only coordinates ("https://www.google.com/maps/@47.3780,8.5180,17z",
  "https://maps.google.com/?q=47.378,8.518", "https://www.openstreetmap.org/#map=18/
  47.37800/8.51800") got "Diesen Ort kenne ich leider nicht": it is taken as the shared
  location it points at (the dialog's location path: the place, outside the city, a
  pin kept for the next concern).
- A short link ("https://maps.app.goo.gl/…") names nothing until it is opened, and the
  bot opens no links: the resident is asked for the street or a location pin.

A message that is the link (and at a draft a few words with it: "Hier: …") is
the place alone. A longer text with a link of coordinates in it ("Hier ist es:
https://maps.google.com/?q=47.37,8.53 der Kübel ist voll", trial leftovers,
item 4) was read without them: now its words are the concern (idle: the
coordinates kept for it, as a pin sent first is) or join the draft whose place
is asked (the coordinates its place). Any other link in a text is read as before.
An emergency with such a link ("Es brennt! https://maps.google.com/?q=47.3769,8.5417")
is read the same way at idle: it went out without a place and was asked "Wo ist das?";
now the coordinates are its place, and it goes out with its Kreis. So it is while
another concern is open (at its confirm card or place question): the emergency is a
new concern (`confirming.new_concern_meanwhile`), the coordinates kept for it as at
idle, not taken as the waiting concern's place; it went out without a place before
(closing note, item 1). Only at the place question of an emergency's own draft does
the link join that draft, as any text's does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import unquote

from bot.dialog import once_more
from bot.dialog.context import Ctx
from bot.dialog.model import CONCERN_STATES, Incoming, Reply, State
from bot.texts import t

_LINK = re.compile(r"(?:\bhttps?://|\bwww\.|\bgeo:)\S+", re.IGNORECASE)
_MAPS = re.compile(
    r"^(?:https?://)?(?:[\w-]+\.)*(?:google\.[a-z.]+/maps|maps\.google\.[a-z.]+|openstreetmap\.org"
    r"|osm\.org|maps\.apple\.com|bing\.com/maps)|^geo:",
    re.IGNORECASE,
)
_SHORT = re.compile(
    r"^(?:https?://)?(?:maps\.app\.goo\.gl|goo\.gl/maps|g\.co/kgs|osm\.org/go|maps\.apple/p)/",
    re.IGNORECASE,
)
_LAT, _LON = r"(-?\d{1,2}\.\d+)", r"(-?\d{1,3}\.\d+)"
_SEP = r"\s*(?:,|%2C)\s*"
# Where a link keeps its coordinates: "@lat,lon,17z", "?q=lat,lon" (also ll, query,
# center, destination), "#map=zoom/lat/lon", "mlat=…&mlon=…", "!3dlat!4dlon", "geo:lat,lon".
_COORDINATES = (
    re.compile(rf"@{_LAT},{_LON}"),
    re.compile(
        rf"[?&#](?:q|query|ll|sll|center|destination|daddr)=(?:loc:)?{_LAT}{_SEP}{_LON}",
        re.IGNORECASE,
    ),
    re.compile(rf"#map=\d{{1,2}}/{_LAT}/{_LON}"),
    re.compile(rf"[?&]mlat={_LAT}&mlon={_LON}"),
    re.compile(rf"!3d{_LAT}!4d{_LON}"),
    re.compile(rf"^geo:{_LAT},{_LON}", re.IGNORECASE),
)
# A link that names a place ("/maps/place/Idaplatz/@47.37,8.52"): place_forms reads
# the name. Not a dropped pin's ("/place/47°22'40.8"N+8°31'04.8"E/").
_NAMED = re.compile(r"/(?:place|search)/[^/@]*?[^\W\d_]{3}")
_FEW_WORDS = 3


def coordinates(link: str) -> tuple[float, float] | None:
    """The latitude and longitude a maps link carries and no place's name; None for
    any other link."""
    if _MAPS.match(link) is None or _NAMED.search(unquote(link)) is not None:
        return None
    for rule in _COORDINATES:
        found = rule.search(link)
        if found is not None:
            lat, lon = float(found.group(1)), float(found.group(2))
            return (lat, lon) if abs(lat) <= 90 and abs(lon) <= 180 else None
    return None


def _the_link(ctx: Ctx, text: str) -> str | None:
    """The one link a message is (at a draft, with a few words beside it)."""
    links = _LINK.findall(text)
    if len(links) != 1:
        return None
    rest = re.findall(r"\w+", _LINK.sub(" ", text))
    at_draft = ctx.current() is not None and ctx.state in CONCERN_STATES
    return links[0] if not rest or (at_draft and len(rest) <= _FEW_WORDS) else None


def heard(
    ctx: Ctx, msg: Incoming, route: Callable[[Ctx, Incoming], list[Reply]]
) -> list[Reply] | None:
    """A maps link as the place: its coordinates as a shared location, a short link
    answered with what to send instead; None for anything else."""
    if msg.kind != "text" or not msg.text:
        return None
    if ctx.urgent:  # an emergency's link of coordinates is its place, in any state
        return _within(ctx, msg, route)
    link = _the_link(ctx, msg.text)
    if link is None:
        return _within(ctx, msg, route)
    found = coordinates(link)
    if found is not None:
        lat, lon = found
        return route(ctx, replace(msg, kind="location", text=None, lat=lat, lon=lon))
    if _SHORT.match(link) is not None:
        once_more.keep(ctx)  # the open question stays open
        return [Reply(t(ctx.lang, "map_link_short"), request_location=True)]
    return None


_PLACE_ASKED = (State.AWAIT_PLACE, State.AWAIT_PLACE_DETAIL)


def _within(
    ctx: Ctx, msg: Incoming, route: Callable[[Ctx, Incoming], list[Reply]]
) -> list[Reply] | None:
    """A text with one maps link of coordinates in it (see the module); None for
    anything else, and at a draft whose place is not asked (unless the text is an
    emergency: a new concern wherever it comes)."""
    text = msg.text or ""
    links = _LINK.findall(text)
    found = coordinates(links[0]) if len(links) == 1 else None
    if found is None:
        return None
    words = " ".join(_LINK.sub(" ", text).split())
    lat, lon = found
    located = replace(msg, kind="location", text=None, lat=lat, lon=lon)
    draft = ctx.current()
    own = draft is not None and (draft.urgent or not ctx.urgent)  # an emergency: its own
    if own and draft is not None and ctx.state in _PLACE_ASKED:
        from bot.dialog import place_answer  # it reads the dialog's modules

        if place_answer.has_content(words):
            place_answer.add_text(ctx, draft, words)  # more about it, as said
        return route(ctx, located)
    if ctx.state is not State.IDLE and not ctx.urgent:
        return None
    ctx.save(ctx.state, **{**ctx.data, "location": [lat, lon]})  # for the concern it says
    return route(ctx, replace(msg, text=words))
