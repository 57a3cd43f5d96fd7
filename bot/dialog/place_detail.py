"""A more precise place for the concern forwarded a moment ago (new-user trial
m, finding 6).

Right after "Der Abfallkübel an der Bäckeranlage ist voll" went to ERZ,
"Genauer gesagt ist es beim Eingang der Bäckeranlage" (or "Pardon, c'est
plutôt près de l'entrée") became a new draft with a topic choice, and the office
never learned where exactly the bin is. Such a line refines the place, it
does not correct it (`place_correction`: "Nein, am Lochergut, nicht am
Hardplatz") and reports nothing new: it says it is more precise ("genauer
gesagt", "eher", "more precisely", "plutôt", "più precisamente"), says where
("beim Eingang", "près de l'entrée", "vicino all'ingresso"), names no place
but the concern's own, and nothing else (no "auch", no other thing that
is broken). It is added to the concern as an addition and passed to the office
like any other (`to_office.forward`: an ADDITION event, the office's chats
sent it), and the resident is told in one line. No question first: the line
says plainly what it is, as a place correction does. Read before "Gehört das
zu ZH-…?" is offered (`reply_to_city`), and after a place correction
(`references.just_forwarded`).

Such a line that names another place ("Eigentlich eher beim Eingang vom
Lochergut" for a bin at the Bäckeranlage) moves the concern there: a place
correction (`place_correction.apply`, the offices told), with what was written
around the place kept ("beim Eingang vom Lochergut"); it became a new draft.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import intake, new_at_place, place_correction, render, topic_kin
from bot.dialog.context import Ctx, LatestConcern
from bot.dialog.late_place import placeless
from bot.dialog.model import Reply
from bot.dialog.to_office import forward
from nlp.places import PlaceResult
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

MAX_WORDS = 16  # a place detail is a line, not a story
# Words that say the place given is made more precise.
REFINES = re.compile(
    r"\b(?:genauer(?:\s+gesagt)?|genau\s+gesagt|besser\s+gesagt|präziser|präzis\s+gesagt|"
    r"um\s+genau\s+zu\s+sein|eigentlich|eher|vielmehr|gnauer(?:\s+gseit)?|gnau\s+gseit|"
    r"more\s+precisely|to\s+be\s+(?:more\s+)?precise|precisely|more\s+exactly|rather|actually|"
    r"plutôt|plus\s+précisément|précisément|plus\s+exactement|pour\s+être\s+(?:plus\s+)?précise?|"
    r"en\s+fait|più\s+precisamente|precisamente|più\s+esattamente|per\s+la\s+precisione|"
    r"per\s+essere\s+precis[oaie]|piuttosto|in\s+realtà)\b",
    re.IGNORECASE,
)
# Another thing, not the place of this one ("… liegt dort auch Glas").
OTHER = re.compile(
    r"\b(?:auch|ausserdem|zudem|noch\s+(?:ein|eine|einen|es|öppis|etwas)|also|too|another|"
    r"as\s+well|aussi|encore\s+un|anche|pure|inoltre|un\s+altro|un['’]altra)\b",
    re.IGNORECASE,
)
# The mentions that name a place; a refinement names none but the concern's own.
NAMED_KINDS = frozenset(["address", "street", "landmark"])
# The copula says where it is; any other state word says something of its own
# (`new_at_place.STATES`), and then a topic of another concern makes it a new one.
_COPULA = re.compile(r"\b(?:ist|isch|sind|is|are|est|sont|è|sono)\b", re.IGNORECASE)


def _said_where(concern: Concern, text: str) -> bool:
    """`text` says more precisely where `concern` is, and nothing else about it."""
    if concern.urgent or placeless(concern) or text.rstrip().endswith("?"):
        return False
    if len(text.split()) > MAX_WORDS or REFINES.search(text) is None:
        return False
    return new_at_place.WHERE.search(text) is not None and OTHER.search(text) is None


def refines(d: Dialog, concern: Concern, text: str) -> bool:
    """`text` makes the place of `concern` more precise (see the module)."""
    if not _said_where(concern, text):
        return False
    if place_correction.corrected_place(d, text) is not None:
        return False  # "Nein, es ist am Lochergut, nicht am Hardplatz": a correction
    place = d.place(text)
    if place.outside_city or (place.kreis is not None and place.kreis != concern.kreis):
        return False  # another Kreis: a correction of the place, or another concern
    known = f"{concern.place_text or ''} {concern.text or ''}".casefold()
    named = (m.name or m.text for m in place.mentions if m.kind in NAMED_KINDS)
    if any(name.casefold() not in known for name in named):
        return False  # "… beim Eingang vom Lochergut": another place, not this one's
    if new_at_place.STATES.search(_COPULA.sub(" ", text)) is not None:
        # "… brennt die Lampe nicht": something else; a guess is not (`topic_kin`:
        # "… steht er neben dem Spielplatz", gruen 0.59, says where the bin is)
        return not topic_kin.clearly_another(d, concern, text)
    return True


def after_forwarding(
    d: Dialog, ctx: Ctx, text: str, latest: LatestConcern | None = None
) -> list[Reply] | None:
    """A place detail of the concern forwarded a moment ago (an idle line): added
    to it and passed to its office; None for anything else."""
    if ctx.urgent:
        return None
    from bot.dialog.references import forwarded_a_moment_ago  # it calls this module

    concern = forwarded_a_moment_ago(ctx, latest)
    if concern is None:
        return None
    moved = elsewhere(d, concern, text)
    if moved is not None:  # "Eigentlich eher beim Eingang vom Lochergut"
        return place_correction.apply(d, ctx, concern, *moved)
    if not refines(d, concern, text):
        return None
    return [*forward(d, ctx, concern, text.strip(), addition=True), *render.prompt(d, ctx)]


# Longest place kept as written with the words before it ("beim Eingang vom Lochergut").
WRITTEN_CHARS = 60


def elsewhere(d: Dialog, concern: Concern, text: str) -> tuple[PlaceResult, str] | None:
    """The place `text` says `concern` is at more precisely, when that is another
    place than its own, and how it is written; None for anything else. Only a
    place is said (no state: "… ist der Kübel voll" may be a concern of its own)."""
    if not _said_where(concern, text) or new_at_place.STATES.search(_COPULA.sub(" ", text)):
        return None
    if topic_kin.maybe_another(d, concern, text):
        return None  # "Eigentlich eher Lärm am Idaplatz": perhaps another matter
    place = d.place(text)
    named = [m for m in place.mentions if m.kind in NAMED_KINDS]
    if place.kreis is None or place.outside_city or len(named) != 1:
        return None
    known = f"{concern.place_text or ''} {concern.text or ''}".casefold()
    mention = named[0]
    if (mention.name or mention.text).casefold() in known:
        return None  # its own place: a detail (`refines`)
    end = mention.start + len(mention.text)
    where = new_at_place.WHERE.search(text[: mention.start])
    start = where.start() if where is not None else mention.start
    written = text[start:end].strip()
    if len(written) > WRITTEN_CHARS:
        written = intake.written_place(place, place.kreis) or mention.text
    return place, written
