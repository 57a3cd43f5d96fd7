"""The same concern sent again: asked whether it belongs to the open one.

New-user trial o, finding 7: "Die Strassenlampe an der Josefstrasse 12 ist kaputt"
sent again right after it was forwarded got a second card, and "Der Abfallkübel am
Idaplatz ist übervoll" a day later became ZH-…002 next to the open ZH-…001; the
office got both. Residents who are not sure it arrived send it again.

A text that says nearly word for word what the resident's latest concern says
(`restated.SAME_WORDS` of their words in common), or says it in another language
(closing note, item 2), with its confident topic and its place (`restated.same`),
while that concern is open (forwarded, new or in progress; not urgent) and at most
`DAYS` days old, is asked about like an addition ("Gehört das zu Ihrem Anliegen
ZH-…?" [Ja, dazuschreiben] [Nein, neues Anliegen]): yes tells the office it was
reported again, no files it as a new concern. Not a question (followup answers
those), nor "wieder"/"again" ("Der Kübel am Idaplatz ist wieder voll" is a new
report, trial b), nor "Abfallkübel Nummer 1" after "Nummer 0".

Trial p, finding 7: "Der Kübel am Idaplatz ist immer noch voll" right after "Der
Kübel am Idaplatz ist voll" went out shares too few words and got a fresh card.
With the same confident topic and the same place, fewer words are enough where
the line says it is so still ("immer noch", "still", "toujours", "ancora": within
`DAYS`), or names the same thing (a word of it, or its compound head: "Kübel" of
"Abfallkübel"; or another name of it, `thing_names`: "Abfalleimer") within
`SHORT_WHILE` of the first. Another thing at the same place ("Am Idaplatz liegt ein
altes Sofa") shares no such word and is filed.
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta
from typing import TYPE_CHECKING

from bot.dialog import restated, thing_names
from bot.dialog.context import Ctx, LatestConcern
from store.models import Concern, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

DAYS = 14
SHORT_WHILE = timedelta(hours=2)  # the same thing named again this soon: the same concern
# "immer noch voll", "still broken", "toujours plein", "ancora rotto": not fixed yet.
STILL = re.compile(
    r"\b(?:immer\s+noch|noch\s+immer|immer\s+no|geng\s+no|all\s+no|nach\s+wie\s+vor|"
    r"still|toujours|ancora|sempre\s+ancora)\b",
    re.IGNORECASE,
)
# Words that name no thing ("voll" names a state and is kept: "ist voll" twice of one
# bin is the same report; the topic and the place are checked besides).
_NO_THING = frozenset(
    (  # noqa: SIM905
        "der die das den dem des dä de dr ein eine einen einem einer es isch ist sind hat "
        "het hets hät immer noch geng jetzt scho schon sehr echt wirklich nicht nöd nid "
        "bitte und aber auch the is are it its still very really now not please and but "
        "les est sont toujours très vraiment plus encore pas une des il lo la gli è sono "
        "ancora molto davvero non più ora"
    ).split()
)
_OPEN = frozenset((Status.FORWARDED, Status.NEW, Status.IN_PROGRESS))
_WORD = re.compile(r"\w+")


def open_same(d: Dialog, ctx: Ctx, text: str, latest: LatestConcern) -> Concern | None:
    """The resident's latest concern when `text` sends it again (see above), else None."""
    if ctx.urgent:
        return None
    concern = latest()
    if concern is None or concern.status not in _OPEN or concern.urgent:
        return None
    created = (
        concern.created_at if concern.created_at.tzinfo else concern.created_at.replace(tzinfo=UTC)
    )
    age = utcnow() - created
    if age > timedelta(days=DAYS):
        return None
    if restated.same(d, concern, text) or _still_the_same(d, concern, text, age):
        return concern
    return None


def _still_the_same(d: Dialog, concern: Concern, text: str, age: timedelta) -> bool:
    """Fewer words in common (trial p, finding 7): "immer noch", or the same thing
    named within `SHORT_WHILE`; of the concern's confident topic and at its place."""
    from bot.dialog.addition import AGAIN  # it reads this module

    still = STILL.search(text) is not None
    if text.rstrip().endswith("?") or (AGAIN.search(text) and not still) or not concern.text:
        return False
    if not (still or (age <= SHORT_WHILE and _same_thing(d, text, concern.text))):
        return False
    # "La corbeille au Idaplatz déborde" after the bin there went out: the classifier
    # is unsure of "corbeille", the name of the same thing says the topic.
    named = age <= SHORT_WHILE and thing_names.same_kind(text, concern.text)
    return restated.topic_and_place_agree(d, concern, text, sure=not named)


def _same_thing(d: Dialog, text: str, before: str) -> bool:
    """A word of `text` that names what `before` named, besides its place: the
    same word, or one the other ends with ("Kübel", "Abfallkübel"). Not another
    one ("noch ein voller Kübel", "Abfallkübel Nummer 1" after "Nummer 0")."""
    from bot.dialog.addition import ANOTHER  # it reads this module

    numbers = [set(re.findall(r"\d+", x)) for x in (text, before)]
    if ANOTHER.search(text) or (all(numbers) and numbers[0] != numbers[1]):
        return False
    one, two = _things(d, text), _things(d, before)
    same = any(a == b or a.endswith(b) or b.endswith(a) for a in one for b in two)
    return same or thing_names.same_kind(text, before)  # "Abfalleimer" for "Kübel"


def _things(d: Dialog, text: str) -> set[str]:
    place = " ".join(m.text for m in d.place(d.about_place(text)).mentions).casefold()
    words = set(_WORD.findall(text.casefold())) - set(_WORD.findall(place))
    return {w for w in words if len(w) >= 4 and not w.isdigit() and w not in _NO_THING}
