"""Staff corrections as training rows: what staff decided, without personal data.

A concern counts as corrected when at least one staff routing event changed its
topic or its Kreis. Its row holds the concern's current topic and Kreis (the
latest staff decision is the truth) and its text with contact details replaced
by placeholders (`scrub`); nothing else: no reference, no ids, no dates, no chat.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sqlmodel import Session, col, select

from store.models import Concern, EventKind, RoutingEvent

# The routing fields whose staff change makes a concern a training example.
CORRECTED_FIELDS = ("topic", "kreis")

EMAIL = "<email>"
PHONE = "<telefon>"
URL = "<url>"
HANDLE = "<benutzername>"
IBAN = "<iban>"

_SEP = r"[ ./-]?"
# A Swiss number after its leading 0 or +41: 79 123 45 67 (two, three, two, two digits).
_SWISS = rf"\d{{2}}{_SEP}\d{{3}}{_SEP}\d{{2}}{_SEP}\d{{2}}(?!\d)"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Links first, so an e-mail address inside a URL goes with the URL.
    (re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)\]]", re.I), URL),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.I), EMAIL),
    # A bare domain with a path, or one of the usual top-level domains (stadt-zuerich.ch).
    (
        re.compile(
            r"\b[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:ch|swiss|zuerich|li|de|at|fr|it|com|org|net|"
            r"info|io|eu)\b(?:/[^\s<>\"']*[^\s<>\"'.,;:!?)\]])?",
            re.I,
        ),
        URL,
    ),
    (re.compile(r"\bCH\d{2}(?: ?[0-9A-Z]{4}){4} ?[0-9A-Z]\b"), IBAN),
    # Swiss numbers, international form: +41 79 123 45 67, 0041 44 123 45 67, +41 (0)79 ...
    (re.compile(rf"(?<![\w+])(?:\+|00)41{_SEP}(?:\(0\) ?)?{_SWISS}"), PHONE),
    # Any other international number: + and 8 to 15 digits, single separators between.
    (re.compile(r"(?<![\w+])\+\d{1,3}(?:[ ./-]?\(?\d\)?){7,14}(?!\d)"), PHONE),
    # Swiss numbers, national form: 079 123 45 67, 044/123 45 67, 0791234567, 0800 80 80 80.
    (re.compile(rf"(?<![\d+])0{_SWISS}"), PHONE),
    (re.compile(r"(?<![\d+])0(?:[ /-]?\d){9}(?!\d)"), PHONE),
    # Telegram and other @handles (5 to 32 characters, as Telegram allows).
    (re.compile(r"(?<![\w.@])@[a-z][\w]{4,31}\b", re.I), HANDLE),
)


def scrub(text: str) -> str:
    """Replace contact details in a concern's text by placeholders.

    Removes: e-mail addresses (`<email>`); links and bare domains such as
    `https://…`, `www.…`, `stadt-zuerich.ch/…` (`<url>`); Swiss phone numbers
    in the usual ways of writing them (`079 123 45 67`, `044/123 45 67`,
    `0791234567`, `+41 79 123 45 67`, `0041 44 123 45 67`, `+41 (0)79 …`) and
    other international numbers starting with `+` (`<telefon>`); Swiss IBANs
    (`<iban>`); @handles such as Telegram user names (`<benutzername>`).

    Keeps what routing needs and what cannot be told apart from it: places
    and street addresses, postal codes, house numbers, dates, times, tram and
    bus lines, amounts, reference numbers (ZH-2026-000123). Names of people
    are not recognised and stay: rows are for staff-side training only.
    """
    for pattern, placeholder in _PATTERNS:
        text = pattern.sub(placeholder, text)
    return text


def _changed(before: dict[str, Any], after: dict[str, Any]) -> bool:
    return any(before.get(f) != after.get(f) for f in CORRECTED_FIELDS)


def corrected_concerns(session: Session) -> Iterator[dict[str, Any]]:
    """Training rows `{"text", "topic", "kreis"}` for every concern with text and a
    topic that staff corrected (topic or Kreis changed by a staff routing event),
    oldest concern first. A correction that was undone (/rueckgaengig) does not
    count, nor does the undo itself; deleted texts are skipped."""
    events = list(session.exec(select(RoutingEvent).where(RoutingEvent.kind == EventKind.STAFF)))
    undone = {e.undoes for e in events if e.undoes is not None}
    corrected = sorted(
        {
            e.concern_id
            for e in events
            if e.undoes is None and e.id not in undone and _changed(e.before, e.after)
        }
    )
    for start in range(0, len(corrected), 500):
        chunk = corrected[start : start + 500]
        query = select(Concern).where(col(Concern.id).in_(chunk)).order_by(col(Concern.id))
        for concern in session.exec(query):
            if concern.text is None or not concern.text.strip() or concern.topic is None:
                continue
            yield {"text": scrub(concern.text), "topic": concern.topic, "kreis": concern.kreis}
