"""The place of a concern corrected after it went out (new-user trial l, finding 2).

"Nein, es ist am Lochergut, nicht am Hardplatz", "Sorry, ich meinte
Hohlstrasse 12", "No, it's at Lochergut, not Hardplatz" right after
forwarding became a new draft: the forwarded concern kept the wrong place and
its office never heard. Now such a line is the correction of

- the concern a Telegram reply points to (the bot's message naming it), or a
  line naming its reference ("ZH-2026-000001 ist am Lochergut"), while it is
  forwarded or in progress;
- otherwise the resident's latest concern, forwarded a moment ago
  (`references.forwarded_a_moment_ago`).

A correction needs correction wording ("nein", "nicht am …", "falsch",
"sorry", "ich meinte", "no", "not", "I meant", "non", "pas", "je voulais
dire", "intendevo", "nei", "nöd") and nothing but a place besides: "Nein, am
Lochergut ist es auch so schlimm" or "Der Kübel am Lochergut ist nicht
geleert" stay new concerns. A place said not to be it ("nicht am Hardplatz")
is not the new one. A street across Kreise ("an der Badenerstrasse") is a
correction too: `corrected_street` asks its house number.

The place is set at once, as the product does for a resident's place after
an emergency went out without one (`late_place`) and as staff's /kreis does
(bot/staff/actions.set_kreis): a department keeps the concern in any Kreis;
one with a Kreis's coordination office moves to the new Kreis's office (not
once someone took it over: those staff decide). The office is sent the card
again, "Ort korrigiert durch die Person: …", the office that had it a line
saying where it went, and the resident hears what was changed and who has it.
Asking "Soll ich …?" first would add a question to a line that says plainly
what it wants; a correction misread is corrected the same way.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from bot.dialog import corrected_street, intake, render
from bot.dialog.context import Ctx, LatestConcern
from bot.dialog.late_place import placeless
from bot.dialog.model import Reply
from bot.staff import alerts
from bot.staff.render import place as card_place
from bot.texts import t
from nlp.places import PlaceResult
from store import repository as repo
from store.models import Concern, EventKind, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# A correction is short: one place and a few words around it.
MAX_WORDS = 14
# Words that say the place before was wrong.
CORRECTION = re.compile(
    r"\b(?:nein|nei|nee|nä|nöd|nid|nicht|falsch|sorry|sorri|pardon|entschuldigung|oops|ups|"
    r"hoppla|(?:ich\s+)?meinte|eher|rather|plutôt|piuttosto|ich\s+ha\s+gmeint|i\s+ha\s+gmeint|gemeint\s+war|eigentlich|"
    r"no|not|nope|wrong|i\s+meant|i\s+mean|actually|"
    r"non|pas|faux|je\s+voulais\s+dire|en\s+fait|"
    r"intendevo|volevo\s+dire|sbagliat[oa]|in\s+realtà|scusa|scusi|scusate|"
    # "das war an der Idastrasse 30", "it was at …", "c'était au …", "era in via …",
    # "es isch bi … gsi": the past says the place before was not it (new-user
    # trial r, finding 7; the line became a new draft)
    r"(?:das|es|s)\s+(?:war|isch\s+gsi)|gsi|it\s+was|c['’]était|c['’]etait|era)\b",
    re.IGNORECASE,
)
# "nicht am", "not", "pas au", "non all'", "nöd bim" right before a place: not it.
NEGATED = re.compile(
    r"\b(?:nicht|nöd|nid|net|not|pas|non)\s+(?:(?:am|an|auf|bei|beim|bim|bi|im|in|vor|der|die|"
    r"das|dem|den|de|dr|at|on|near|the|au|aux|à|la|le|l['’]|al|alla|all['’]|allo|a|nel|nella)"
    r"\s*)*$",
    re.IGNORECASE,
)
# What may stand around the place in a correction without saying anything more.
_FILLER = re.compile(
    r"\b(?:es|ist|isch|is|it|it['’]s|its|c['’]est|est|c|è|e|sondern|but|aber|mais|ma|doch|"
    r"bitte|please|s['’]il|vous|plaît|per|favore|danke|thanks|merci|grazie|oh|ah|eh|ok|okay|"
    r"der|die|das|dem|den|de|dr|the|le|la|les|l|il|lo|ort|place|lieu|luogo|posto|richtig|"
    r"right|correct|juste|giusto|an|am|auf|bei|beim|bim|bi|im|in|vor|hinter|neben|ecke|at|on|"
    r"near|à|au|aux|près|du|des|a|al|alla|all|allo|vicino|nel|nella|nr|nummer|number|no|"
    r"numéro|numero|strasse|platz|gmeint|ha|ich|i|je|mean|meant|war|was|gsi|était|etait|"
    r"era|via)\b",
    re.IGNORECASE,
)
OPEN = (Status.FORWARDED, Status.IN_PROGRESS)
# "Nicht Central, sondern …", "I meant Lochergut not Central": a name right after
# the contrast, without the "am" that makes an everyday word ("Central", "Enge")
# a place; read as if it stood there.
_BARE = re.compile(
    r"\b((?i:nicht|nöd|nid|not|pas|non|sondern|but|mais|ma|meinte|meant|gmeint)\s+)(?=[A-ZÄÖÜ])"
)


def corrected_place(d: Dialog, text: str) -> tuple[PlaceResult, str] | None:
    """The place `text` corrects to, and what of it is written; None when
    `text` is no correction of a place (no correction wording, no place with a
    Kreis, or more than a place)."""
    from bot.dialog.references import REFERENCE  # it reads this module

    text = REFERENCE.sub(" ", text)
    if len(text.split()) > MAX_WORDS or CORRECTION.search(text) is None:
        return None
    text = _BARE.sub(r"\1am ", text)
    rest = without_negated(d, text)
    new = d.place(rest)
    if new.kreis is None and corrected_street.across(new) is None:
        return None  # no place, or one of no Kreis (a street across Kreise is asked about)
    left = rest
    for mention in new.mentions:
        left = left.replace(mention.text, " ")
    left = _FILLER.sub(" ", CORRECTION.sub(" ", left))
    if re.search(r"[^\W\d_]{3,}", left):
        return None  # more than a place: a concern of its own
    if new.kreis is None:
        return new, str(new.street)
    written = intake.written_place(new, new.kreis) or ", ".join(new.places)
    return new, written


def without_negated(d: Dialog, text: str) -> str:
    """`text` without the places it says it is not ("nicht am Hardplatz")."""
    rest = text
    for mention in sorted(d.place(text).mentions, key=lambda m: m.start, reverse=True):
        said_not = NEGATED.search(rest[: mention.start])
        if said_not is not None:  # "nicht am Hardplatz": the place it is not
            rest = f"{rest[: said_not.start()]} {rest[mention.start + len(mention.text) :]}"
    return rest


def after_forwarding(
    d: Dialog, ctx: Ctx, text: str, latest: LatestConcern | None = None
) -> list[Reply] | None:
    """A place correction of the concern forwarded a moment ago (an idle line)."""
    if ctx.urgent:
        return None
    from bot.dialog.references import forwarded_a_moment_ago  # it calls this module

    just = forwarded_a_moment_ago(ctx, latest)
    number = corrected_street.answered(d, ctx, text, just)
    if number is not None:  # "Nr. 120" after "Welche Hausnummer?" of the street corrected to
        concern, place = number
        return apply(d, ctx, concern, place, corrected_street.written(place))
    if CORRECTION.search(text) is None or just is None:
        return None
    return of_concern(d, ctx, just, text)


def of_concern(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """`text` corrects the place of `concern` (one the resident pointed at, or
    the one just forwarded): the place set, the offices told; None when it is no
    correction, or the concern is not open at an office."""
    if ctx.urgent or concern.status not in OPEN or placeless(concern):
        return None  # an emergency without a place: bot.dialog.late_place adds it
    found = corrected_place(d, text)
    if found is None:
        return None
    place, written = found
    across = corrected_street.across(place)
    if across is not None:  # "an der Badenerstrasse": its Kreis is asked after
        place = corrected_street.kept(concern, across)
    same = place.kreis == concern.kreis and (
        written.casefold() == (concern.place_text or "").casefold()
    )
    if same:
        where = render.place_name(ctx.lang, concern, d)
        return [Reply(t(ctx.lang, "place_unchanged", reference=concern.reference, place=where))]
    replies = apply(d, ctx, concern, place, written)
    if across is None or len(replies) > 1:
        return replies  # a draft's question waits: the street stays the place
    return [*replies, corrected_street.ask(ctx, concern, across)]


def apply(d: Dialog, ctx: Ctx, concern: Concern, place: PlaceResult, written: str) -> list[Reply]:
    """Give `concern` the corrected place, move it where that place belongs, tell
    the offices and the resident."""
    before, previous = card_place(concern), concern.office
    changes: dict[str, Any] = {
        "kreis": place.kreis,
        "quartier": place.quartier,
        "place_text": written[:200],
    }
    if concern.lat is not None:
        changes["lat"] = changes["lon"] = None  # the pin was of the place before
    if _moves(d, concern, place.kreis):
        changes["office"] = d.routing.coordination_office(place.kreis)
    repo.apply_routing(ctx.s, concern=concern, kind=EventKind.RESIDENT, actor="resident", **changes)
    alerts.place_corrected(ctx.s, d.routing, concern, previous, before)
    key = "place_corrected" if concern.office == previous else "place_corrected_moved"
    office = render.office_name(d, concern.office)
    where = render.place_name(ctx.lang, concern, d)
    reply = Reply(t(ctx.lang, key, reference=concern.reference, place=where, office=office))
    return [reply, *render.prompt(d, ctx)]


def _moves(d: Dialog, concern: Concern, kreis: int | None) -> bool:
    """The concern goes to the new Kreis's coordination office: it is with a
    Kreis's coordination office (or the one for an unknown Kreis), nobody took
    it over yet, and the Kreis changes (as staff's /kreis moves it)."""
    if concern.status != Status.FORWARDED or kreis == concern.kreis:
        return False
    entry = d.routing.offices.get(concern.office or "")
    return concern.office is None or (
        entry is not None and (bool(entry.kreise) or concern.office == d.routing.unknown_office)
    )
