"""A line that only says where the writer is: no emergency from the model alone.

Residents often say where they are before saying what is wrong: "Ich bin gerade an
der Josefstrasse 12", then "Da liegt ein Sofa auf dem Trottoir". The model learnt
"gerade" / "right now" next to a place from emergencies in progress and scored
"Ich bin gerade an der Langstrasse 100" 0.88, "Ich stehe gerade vor dem Haus
Josefstrasse 12" 0.73, "I am at Langstrasse 100 right now" 0.56: the emergency
numbers and an urgent card with no matter in it (new-user trial o, finding 1). The
guard for short texts with no word of danger stopped at six words; the house number
or "vor dem Coop an der" made seven or eight.

`only_whereabouts` is true for a whole line of the form "(greeting) I am / stand /
live (now) at PLACE (now)" whose place part holds no word of danger and no second
clause ("… und da liegt ein Mann am Boden" is not whereabouts alone). Only the
model's own verdict is overruled; the rules still count ("… und es brennt").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.urgent.on_edge import GREETING, edge_opener_rest

# Swiss German as German: "Ich bi a de Josefstrasse", "bin grad a de …", "i stoh bim …"
# (closing note leftovers, item 2: the split guard read "Ich bin an der …" only).
_I_AM = (
    r"(?:ich\s+(?:bin|bi|stehe|steh|stah|stoh|sitze|sitz|hocke|hock|wohne|wohn|warte|wart)"
    r"|i\s+(?:bi|stah|stoh|sitz|hock|wohn|wart)|bin|bi|stehe"
    r"|i\s+am(?:\s+(?:standing|sitting|waiting))?|i['’]m(?:\s+(?:standing|sitting|waiting))?"
    r"|i\s+live|je\s+suis|j['’]habite|sono|abito|mi\s+trovo)"
)
# "mir sind bi de …", "wir sind an der …": a whole line only (`only_whereabouts`); as
# an opener they start stories ("Mir sind am Sunntig go spaziere, …").
_WE_ARE = r"(?:(?:wir|mir|mer)\s+(?:sind|sin|sii|stehen|stönd|warten|wartet)|simmer)"
_NOW = (
    r"(?:gerade|grad|grade|grat|jetzt|jetz|etz|momentan|im\s+moment|right\s+now|now|just|currently"
    r"|actuellement|maintenant|en\s+ce\s+moment|adesso|ora|in\s+questo\s+momento)"
)
# Beside or in front of a place, never on top of something: "Ich stehe jetzt auf dem
# Dach", "I am on the roof … right now" are no whereabouts (they may be a crisis).
_AT = (
    r"(?:an|am|vor|beim|bim|bi|bei|im|in|a|ad|at|near|in\s+front\s+of|outside"
    r"|à|au|aux|devant|près\s+de|chez|al|alla|allo|ai|davanti\s+a\w*|vicino\s+a\w*|presso)"
)
# Places that are a danger in themselves, or a way of saying one is at the end: the
# model decides as before ("Ich bin gerade an der Hardbrücke", "am Ende meiner Kräfte").
_RISKY = re.compile(
    r"\b(?:\w*brücke\w*|\w*bruecke\w*|\w*brugg\w*|\w*brügg\w*|bridge|pont|ponte|dach|dächer"
    r"|roof|toit|tetto|\w*geländer\w*|\w*gländer\w*|railing|rambarde|parapet\w*|ringhiera|brüstung|fenster\w*|window|fenêtre|finestra|kran|crane|turm|tower|tour"
    r"|torre|rand|edge|bord|ende|end|limmat|sihl|fluss|river|see|lake|lac|lago|ufer"
    r"|gleis\w*|tracks?|schienen?|binari|voie|abgrund|klippe)\b"
)
# The place: a few words, none of them a joint to a second clause.
_JOINT = re.compile(
    r"\b(?:und|u|and|et|e|aber|but|mais|ma|da|do|dort|there|wo|where|où|dove|weil|because"
    r"|parce|perché|dass|that|que|che)\b"
)
_LINE = re.compile(
    rf"^\W*{GREETING}(?:{_I_AM}|{_WE_ARE})(?:\s+{_NOW}){{0,2}}\s+{_AT}\s+(?P<place>[\w .'’/-]{{2,60}}?)"
    rf"(?:,?\s+{_NOW})?\W*$"
)


def only_whereabouts(low: str, hints_at_danger: Callable[[str], bool]) -> bool:
    """Whether the lower-cased line only says where the writer is, with no word of
    danger (`hints_at_danger`, the detector's list) in its place part."""
    match = _LINE.match(low.strip())
    if match is None:
        return False
    place = match.group("place")
    return (
        len(place.split()) <= 8
        and not _JOINT.search(place)
        and not _RISKY.search(place)
        and not hints_at_danger(place)
    )


# The same opener followed by more: "Ich bin gerade an der Josefstrasse 12. Da liegt ein
# Sofa" (two lines of the dialog read together). It ends at a stop, a comma or a joint.
_OPENER = re.compile(
    rf"^\W*{GREETING}{_I_AM}(?:\s+{_NOW})?\s+{_AT}\s+(?P<place>[\w .'’/-]{{2,60}}?)"
    rf"(?:,?\s+{_NOW})?(?:\s*[.,;:!]\s*|\s+(?=(?:und|and|et|e|da|do|dort|there|hier|here|ici|qui)\b)"
    # or after a house number: two lines of the dialog are joined with a space only
    r"|(?<=\d)\s+|(?<=\d[a-z])\s+)"
)


def without_whereabouts(low: str, hints_at_danger: Callable[[str], bool]) -> str:
    """The lower-cased text without an opening "ich bin gerade an der Josefstrasse 12"
    that holds no word of danger, for the model to read (its "gerade" next to a place
    is no evidence); the very same object when there is none or nothing follows. On a
    bridge, a roof or a railing, the opener goes only before a matter with no word of a
    crisis (nlp.urgent.on_edge: "Ich stehe auf der Brücke beim Bahnhof, der Kübel ist voll")."""
    edge_rest = edge_opener_rest(low)
    if edge_rest is not None:
        return edge_rest
    match = _OPENER.match(low)
    if match is None or len(match.group("place").split()) > 8:
        return low
    place, rest = match.group("place"), low[match.end() :].strip()
    if not rest or _JOINT.search(place) or _RISKY.search(place) or hints_at_danger(place):
        return low
    return rest
