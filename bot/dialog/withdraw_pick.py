"""Which of the listed concerns a resident names in words, at "Welches Anliegen
soll ich zurückziehen?" (U6 check: "die mit der Lampe" was filed as a new
concern).

- by position in the list as shown (newest first): "2", "Nr. 2", "Nummer 2" (the
  button's number typed, up to the list's length), "meine erste Meldung", "die
  zweite", "the first", "la deuxième", "la seconda", "die letzte", "l'ultima":
  the first, the second, the last line the resident sees (new-user trial m,
  § 11: they counted by age, from the last line up, while the list reads top to
  bottom; trial n, § 8: "the last one" is the bottom line);
- the newest filed: "meine letzte Meldung", "mein neustes Anliegen", "my latest
  report", "ma dernière demande", "la mia ultima segnalazione" (trial leftovers,
  item 6: it named the bottom line, the oldest); the line that shows it, and
  the resident is told which (`Pick.latest`). "die letzte" alone stays the
  bottom line;
- by reference, also in part: "ZH-2026-000012", "Nr. 12" (beyond the list's
  length), "000012", "die 12";
- by its words: "die mit der Lampe", "das mit dem Kübel am Helvetiaplatz": the
  one concern whose text, topic or place has them (and no other as many), when
  the line is short and names no other place.

A typed pick is never withdrawn at once: the resident is asked "ZH-… (topic,
place) zurückziehen?" first (the buttons of the list withdraw at once).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.dialog import render
from bot.dialog.context import Ctx
from bot.dialog.references import named_reference
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

ORDINALS = {
    0: "erste ersten erstes erst erschte erschti first premier première prima primo",
    1: "zweite zweiten zweites zwöite zwöiti zwoiti second seconde deuxième seconda secondo",
    2: "dritte dritten drittes dritti third troisième terza terzo",
    3: "vierte vierten vierti fourth quatrième quarta quarto",
    4: "fünfte fünften füfti fifth cinquième quinta quinto",
    # counted from the end of the list as shown (trial n, § 8): "die letzte", "l'ultima"
    -1: "letzte letzten letztes letscht letschte letschti last dernier dernière ultima ultimo",
    -2: "vorletzte vorletzten vorletztes vorletschte vorletschti penultimate second-last "
    "second-to-last avant-dernier avant-dernière penultima penultimo",
}
_ORDINAL = {word: i for i, words in ORDINALS.items() for word in words.split()}
_ORDINAL_WORD = re.compile(r"\w+(?:-\w+)*")  # "avant-dernière" is one word
_NUMBER_ONLY = re.compile(r"^\W*(?:nr\.?|nummer|number|no\.?|n°|numéro|numero|#)?\s*(\d{1,6})\W*$")
# "Nr. 12", "ZH 12", "000012", "die 12": a running number of a reference.
_RUNNING = re.compile(
    r"(?:\b(?:nr\.?|nummer|number|no\.?|n°|numéro|numero|zh)[\s-]*|#\s*|\b0+)(\d{1,6})\b"
    r"|\b(?:die|das|der|the|la|le|il)\s+(\d{1,6})\b",
    re.IGNORECASE,
)
_LETTERS = re.compile(r"[^\W\d_]{4,}")
# Words of the request itself, not of a concern.
_NOT_ABOUT = frozenset(
    " ".join(
        (
            "meldung meldig anliegen aliege beschwerde anfrage report concern request complaint",
            "signalement demande réclamation segnalazione richiesta reclamo bitte please merci",
            "grazie diese dieser dieses jene jener welche welches which that this with about",
            "celle celui quella quello della dello zurückziehen withdraw retirer ritirare meine",
            "mein meinen mine ihre their eine einen einer nicht doch also auch",
        )
    ).split()
)
WORDS = 8  # a line naming a concern by its words is short; a longer one says more


# "meine letzte Meldung", "the latest", "la più recente": the newest filed.
LATEST = re.compile(
    r"\b(?:(?:meine?[rsn]?|mis|mini|my|mon|ma|la\s+mia|il\s+mio)\s+"
    r"(?:letzte[rsn]?|letscht\w*|last|dernier|dernière|ultim[ao])\b|"
    r"neueste[rsn]?|neuste[rsn]?|jüngste[rsn]?|zuletzt|latest|most\s+recent|newest|"
    r"plus\s+récente?|più\s+recente)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Pick:
    concern: Concern  # asked about before it is withdrawn
    latest: bool = False  # the newest filed, named so: the resident is told which


def picked(d: Dialog, ctx: Ctx, concerns: list[Concern], text: str) -> Pick | None:
    """The listed concern `text` names, if exactly one (`concerns` newest first)."""
    folded = text.strip().casefold()
    number = _NUMBER_ONLY.match(folded)
    if number and 1 <= int(number.group(1)) <= len(concerns):
        return Pick(concerns[int(number.group(1)) - 1])  # the line's number, "Nr. 2"
    reference = named_reference(text)
    by_reference = [c for c in concerns if reference and c.reference == reference]
    if reference is not None:
        return Pick(by_reference[0]) if by_reference else None
    running = {int(a or b) for a, b in _RUNNING.findall(folded)}
    by_number = [c for c in concerns if _running_number(c) in running]
    if len(by_number) == 1:
        return Pick(by_number[0])
    if LATEST.search(folded) and len(folded.split()) <= 5:
        newest = max(concerns, key=lambda c: (c.created_at, c.id or 0))
        return Pick(newest, latest=True)  # whichever line shows it
    positions = {_ORDINAL[w] for w in _ORDINAL_WORD.findall(folded) if w in _ORDINAL}
    if len(positions) == 1 and len(folded.split()) <= 4:
        [i] = positions
        return Pick(concerns[i]) if -len(concerns) <= i < len(concerns) else None  # as shown
    if len(folded.split()) > WORDS:
        return None
    return _by_words(d, ctx, concerns, text)


def _running_number(concern: Concern) -> int | None:
    tail = (concern.reference or "").rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else None


def _by_words(d: Dialog, ctx: Ctx, concerns: list[Concern], text: str) -> Pick | None:
    said = {w for w in _LETTERS.findall(text.casefold()) if w not in _NOT_ABOUT}
    if not said:
        return None
    place = d.place(text)
    scores: list[tuple[int, Concern]] = []
    for concern in concerns:
        if place.kreis is not None and concern.kreis is not None and place.kreis != concern.kreis:
            continue  # "der Kübel an der Josefstrasse" is not the one at the Helvetiaplatz
        own = set(_LETTERS.findall(_blob(d, ctx, concern).casefold()))
        score = sum(1 for w in said if any(w in o or o in w for o in own))
        if score:
            scores.append((score, concern))
    scores.sort(key=lambda sc: -sc[0])
    if not scores or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None  # none, or two alike: the list again
    return Pick(scores[0][1])


def _blob(d: Dialog, ctx: Ctx, concern: Concern) -> str:
    """A concern's own words: its text, topic (the resident's language and German)
    and place."""
    topics = {render.concern_topic(d, lang, concern) for lang in (ctx.lang, "de")}
    return " ".join([concern.text or "", concern.place_text or "", *topics])
