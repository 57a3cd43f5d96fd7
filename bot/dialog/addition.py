"""More about the concern forwarded a moment ago.

"Das isch e Seich, de Kübel isch jedi Wuche voll!!" right after the full bin
at the Idaplatz went to ERZ names no place and has the bin's topic: it says more
about that concern, it is not a new one (the lead's try, 2026-12-06: it was
filed as a second concern and asked "Wo ist das genau?"). The resident is asked
("Gehört das zu ZH-…?"), with the same offer as an answer to the city
(`reply_to_city`): yes adds it to the concern and passes it to the office, no
files it as a new concern.
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta
from typing import TYPE_CHECKING

from bot.dialog import (
    corrected_street,
    deletion_words,
    nearby,
    place_answer,
    place_correction,
    references,
    reported_again,
    topic_kin,
)
from bot.dialog.context import Ctx, LatestConcern, latest_concern
from nlp.smalltalk import smalltalk
from store.models import Concern, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

MAX_WORDS = 30  # a longer text tells a story of its own
# "Gleich daneben liegt auch noch Sperrmüll", "there is also …": something else.
# (French "au Idaplatz", "au coin" is "at the", not Swiss German "au", also.)
ANOTHER = re.compile(
    r"\b(?:auch|au(?!\s+(?:\w*(?:platz|strasse|gasse|weg|quai|park|anlage)|coin|bout|bord|pied|"
    r"fond|milieu|niveau|numéro|parc|square|carrefour|croisement)\b)|ausserdem|zudem|noch\s+(?:ein|eine|einen|es)|also|too|as\s+well|another|"
    r"aussi|encore\s+un|anche|pure|inoltre|un\s+altro|un'altra|noch\s+(?:etwas|was|öppis|eppis)"
    r"|no\s+(?:öppis|eppis)|öppis\s+anders|etwas\s+anderes|something\s+else|autre\s+chose|altra\s+cosa"
    r"|andere[nmrs]?|anderi|the\s+other|l['’]autre|l['’]altro|l['’]altra)\b",
    re.IGNORECASE,
)

# "Gehört noch dazu: es hat auch Ratten": said to belong to it, whatever follows.
BELONGS = re.compile(
    r"\b(?:gehört\s+(?:noch\s+)?dazu|ghört\s+(?:no\s+)?derzue|dazu\s+noch|noch\s+dazu"
    r"|zu\s+(?:meiner|der|dieser)\s+(?:meldung|anliegen)|about\s+(?:my|the)\s+(?:report|concern)"
    r"|(?:à|a)\s+propos\s+de\s+ma\s+demande|riguardo\s+alla\s+(?:mia\s+)?segnalazione)\b",
    re.IGNORECASE,
)
SHORT = 10  # up to this many words without a topic of their own: about the last one
# "Der stinkt mittlerweile fürchterlich", "It has been flickering for a week":
# the subject is a pronoun, the thing is the one reported before (trial g,
# finding 11: "Der stinkt …" read as a smell of its own, 'umwelt', and asked
# "Wo ist das genau?"). A demonstrative counts when a lower-case word follows
# ("Der stinkt", not "Der Kübel"); "es" and "il y a" are mostly no one's pronoun.
REFERS_BACK = re.compile(
    r"^\W*(?:(?i:und|aber|jetzt|and|but|now|et|mais|e|ma)\s+)?"
    r"(?:(?i:er|sie|är|si|he|she|it|they|il(?!\s+y\b)|elle|ils|elles)\b"
    r"|(?i:der|die|das|dä|de|dr)\s+(?=[a-zäöüéèà]))"
)
# "Er ist schon wieder voll", "immer noch kaputt": the same thing again, or
# still (said of a concern the city has closed).
AGAIN = re.compile(
    r"\b(?:wieder|erneut|nochmals|immer\s+noch|wider|widr|again|still|de\s+nouveau|"
    r"à\s+nouveau|toujours|encore|di\s+nuovo|ancora|un'altra\s+volta)\b",
    re.IGNORECASE,
)


def says_more(d: Dialog, concern: Concern, text: str, *, closed: bool = False) -> bool:
    """`text` says more about `concern`: said to belong to it, or of its topic
    (confidently; a near tie of the concern's counts both: `topic_kin`), or
    short with a pronoun for the thing ("Der stinkt …"), or short and of no
    topic of its own ("È pieno da tre giorni"). Of a `closed`
    concern not the last (a thank-you is no new report), but short and saying
    it is so again or still ("Er ist schon wieder voll"). Never a question, an
    undo, a place correction, another thing ("auch noch") or a text that names
    a place of its own."""
    if text.rstrip().endswith("?") or len(text.split()) > MAX_WORDS:
        return False  # a question goes to followup
    if smalltalk(text) is not None:
        return False  # "merci viumou", "Hallo zäme": thanks or a greeting says nothing more
    if references.UNDO.search(text) or references.MEANT_PLACE.search(text):
        return False  # "bitte wieder löschen", "ich meinte Josefstrasse 120": undo or correct
    if place_correction.corrected_place(d, text) is not None:
        return False  # "Nein, es ist am Lochergut, nicht am Hardplatz"
    if deletion_words.requested(text):
        return False  # "Ich möchte mein Konto löschen" is never passed on to the office
    belongs = BELONGS.search(text) is not None
    # "Der Kübel stinkt jetzt auch", "Er stinkt auch": the thing reported, and more of it.
    same_thing = REFERS_BACK.search(text) is not None or names_the_thing(concern, text)
    another = ANOTHER.search(text) is not None and not (same_thing and _only_also(text))
    if not belongs and (another or nearby.POINTS_TO_PLACE.search(text)):
        return False  # "auch noch", "gleich daneben": another thing, here or there
    topic, confidence = d.topic_of(text)
    confident = confidence >= d.settings.low_confidence
    short = len(text.split()) <= SHORT
    same = topic in topic_kin.of_concern(d, concern) and confident
    unclear = not confident and short and not closed
    back = short and (same_thing or (closed and AGAIN.search(text) is not None))
    if not (belongs or same or unclear or back):
        return False
    # a text that names a place reads as a report of its own
    return not place_answer.names_a_place(d.place(text))


# The words of ANOTHER that are a bare "also": of the thing reported, more of it.
_ALSO = re.compile(r"\b(?:auch|au|also|too|as\s+well|aussi|anche|pure)\b", re.IGNORECASE)
# "Der Kübel …", "Die Lampe …": the subject, a noun after a definite article.
_SUBJECT = re.compile(
    r"^\W*(?:(?i:und|aber|jetzt|and|but|now|et|mais|e|ma)\s+)?"
    r"(?i:der|die|das|dä|de|dr|the|le|la|il|lo)\s+([^\W\d_]{4,})",
)


def _only_also(text: str) -> bool:
    """Of ANOTHER's words, only a bare "auch"/"also"/"aussi"/"anche"."""
    return ANOTHER.search(_ALSO.sub(" ", text)) is None


def names_the_thing(concern: Concern, text: str) -> bool:
    """ "Der Kübel stinkt …" about "Der Abfallkübel am Helvetiaplatz ist voll":
    the text's subject is the concern's thing (a word of it, or its compound head)."""
    subject = _SUBJECT.search(text)
    if subject is None:
        return False
    noun = subject.group(1).casefold()
    return any(
        word.casefold().endswith(noun) for word in re.findall(r"[^\W\d_]+", concern.text or "")
    )


def joined(d: Dialog, concern: Concern, kept: str, text: str) -> str | None:
    """A further line while "Gehört das zu ZH-…?" is open that says more about
    `concern` too (`says_more`): the kept text and this line, one addition
    asked about once (trial j, finding 10: "Der Kübel stinkt jetzt auch", then
    "Es ist immer noch nicht gemacht" became a draft asked "Wo ist das genau?").
    None for anything else (a question, a place, another thing), and when both
    together would be longer than a text of its own (`MAX_WORDS`)."""
    if not kept or not says_more(d, concern, text):
        return None
    both = f"{kept.rstrip()}\n{text.strip()}"
    return both if len(both.split()) <= MAX_WORDS else None


def forwarded_concern(
    d: Dialog, ctx: Ctx, text: str, latest: LatestConcern | None = None
) -> Concern | None:
    """The open concern that `text` says more about (`says_more`): the one
    forwarded within `references.JUST` (30 minutes), or the latest one, "in
    Bearbeitung" since a status set within `reply_window_days` (trial
    leftovers, item 2: "Es ist immer noch nicht gemacht" got "Wo ist das
    genau?"); else None. Small talk ("merci viumou", "Hallo zäme") says nothing
    more (trial h, finding 7). `latest` reads the latest concern when given."""
    latest = latest or latest_concern(ctx)
    again = reported_again.open_same(d, ctx, text, latest)  # the same concern sent again
    if again is not None:
        return again
    concern = references.forwarded_a_moment_ago(ctx, latest) or _in_progress(d, latest)
    if concern is None or concern.urgent:
        return None
    if corrected_street.reading(d, ctx, text, concern) is not None:
        return None  # "Nr. 120": the house number asked for (`corrected_street`)
    return concern if says_more(d, concern, text) else None


def _in_progress(d: Dialog, latest: LatestConcern) -> Concern | None:
    concern = latest()
    if concern is None or concern.status != Status.IN_PROGRESS:
        return None
    at = concern.updated_at
    at = at if at.tzinfo else at.replace(tzinfo=UTC)
    return concern if utcnow() - at <= timedelta(days=d.settings.reply_window_days) else None
