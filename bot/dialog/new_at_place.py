"""A new concern typed at "Wo ist das genau?" (new-user trial m, finding 2).

Right after "Und die Sitzbank ist auch kaputt" was asked where, "Die
Strassenlampe ist dunkel" became the bench's place text "(Kreis unklar)": no
lamp concern existed. A line with a clear topic of its own (not the waiting
concern's), a statement of what is wrong, and no word of where (no place the
bot knows, no "beim …", "vor dem …", "dort") is no place: it is a concern of its
own. The waiting one is kept and taken up again after it
(`confirming.new_concern_meanwhile`); the new one's place question offers the
place of the last hour ("Gleicher Ort wie vorher", `same_place`).

A place answer the classifier reads as a topic ("Bei der Bushaltestelle", "Im
Park", "Vor dem Coop") has a word of where, and a bare noun phrase
("Parkplatz des Schulhauses") says nothing is wrong: both stay place answers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import confirming, nearby, same_place
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.dialog.topic_kin import VAGUE_TOPIC
from nlp.places import PlaceResult
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

MIN_WORDS = 3  # "Es stinkt", "Spielplatz": too little to tell a concern from a place

# Words that say where (or point to a place said before): then it is a place answer.
WHERE = re.compile(
    r"\b(?:an|am|auf|uf|bei|beim|bim|bi|im|vor|vorm|hinter|hinterem|neben|näbe|gegenüber|ecke|"
    r"zwischen|richtung|entlang|da|do|hier|hie|dört|dort|det|dete|strasse|str|gasse|weg|platz|nr|"
    r"nummer|hausnummer|at|near|behind|opposite|outside|corner|street|road|here|there|"
    r"près|devant|derrière|dans|à|au|aux|rue|coin|ici|là|vers|"
    r"vicino|davanti|dietro|accanto|presso|via|piazza|angolo|nel|nella|nello|al|alla|allo|"
    r"sul|sulla|qui|qua|lì|là)\b",
    re.IGNORECASE,
)
# A statement of what is wrong: a verb or a state ("ist dunkel", "isch voll", "est
# cassée", "è spento", "is out").
STATES = re.compile(
    r"\b(?:ist|isch|sind|sin|sönd|hat|het|hät|hets|hend|gibt|gits|liegt|liit|lit|steht|stoht|"
    r"brennt|brönnt|funktioniert|funktioniered|geht|gaht|stinkt|fehlt|tropft|läuft|lauft|"
    r"kaputt|defekt|voll|is|are|has|have|isn['’]t|doesn['’]t|est|sont|ont|marche|fonctionne|"
    r"è|sono|ha|hanno|funziona|manca)\b",
    re.IGNORECASE,
)


def of_its_own(
    d: Dialog, ctx: Ctx, concern: Concern, text: str, place: PlaceResult
) -> list[Reply] | None:
    """`text` at the place question of `concern` is a concern of its own (see the
    module): filed as such, `concern` kept for after it; None otherwise (`place`:
    what the text names, read by the caller)."""
    if ctx.urgent or concern.urgent or ctx.state is not State.AWAIT_PLACE:
        return None
    if len(text.split()) < MIN_WORDS or text.rstrip().endswith("?"):
        return None
    if place.kreis is not None or place.candidates or place.outside_city or place.mentions:
        return None
    if WHERE.search(text) or nearby.points_to_place(text) or same_place.TYPED.match(text):
        return None
    if STATES.search(text) is None:
        return None
    topic, confidence = d.topic_of(text)
    if confidence < d.settings.low_confidence or topic in {VAGUE_TOPIC, concern.topic}:
        return None
    return confirming.new_concern_meanwhile(d, ctx, concern, text)
