"""What staff type: references in the forms people write them, offices and
topics by code or by name, status words as the bot shows them."""

from __future__ import annotations

import re
from difflib import get_close_matches

from bot.staff.codec import MAX_ID
from nlp.routing import RoutingTable
from store.models import Status

# ZH-2026-000123, zh-2026-123, ZH 2026 000123, #123, 123
_REF = re.compile(r"^\s*#?\s*(?:zh[\s\-_/]*(\d{4})[\s\-_/]*)?0*(\d{1,12})(?=\s|$)", re.I)

STATUS_WORDS: dict[str, Status] = {
    "neu": Status.NEW,
    "new": Status.NEW,
    "weitergeleitet": Status.FORWARDED,
    "forwarded": Status.FORWARDED,
    "in_bearbeitung": Status.IN_PROGRESS,
    "in bearbeitung": Status.IN_PROGRESS,
    "inbearbeitung": Status.IN_PROGRESS,
    "in arbeit": Status.IN_PROGRESS,
    "bearbeitung": Status.IN_PROGRESS,
    "in_progress": Status.IN_PROGRESS,
    "erledigt": Status.DONE,
    "fertig": Status.DONE,
    "done": Status.DONE,
    "abgelehnt": Status.REJECTED,
    "ablehnen": Status.REJECTED,
    "rejected": Status.REJECTED,
}


def reference(text: str) -> tuple[int, int | None, str] | None:
    """(concern id, year or None, the rest of the text) from the start of `text`."""
    m = _REF.match(text)
    if m is None or int(m.group(2)) > MAX_ID:  # no concern has such a number
        return None
    year = int(m.group(1)) if m.group(1) else None
    return int(m.group(2)), year, text[m.end() :].strip()


def _named(words: list[str], names: dict[str, str]) -> tuple[str, str] | None:
    """The code whose code or name the first words are (longest first), and the
    rest; else the one code whose name contains the first word."""
    for n in range(len(words), 0, -1):
        said = " ".join(words[:n]).casefold()
        for code, name in names.items():
            if said in (code.casefold(), name.casefold()):
                return code, " ".join(words[n:])
    if words and len(words[0]) >= 3:
        first = words[0].casefold()
        hits = [c for c, name in names.items() if first in name.casefold()]
        if len(hits) == 1:
            return hits[0], " ".join(words[1:])
    return None


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def close(text: str, names: dict[str, str], n: int = 3) -> list[str]:
    """The codes whose code or a word of whose name is closest to the first word
    of `text`, for a typo ("beleuchtig" -> ["beleuchtung"]); [] when none is
    close. A word of several names ("Stadt", "Quartierkoordination") points to
    none of them. The standard library's difflib: one line of similar-enough ratios."""
    words = text.split()
    if not words or len(words[0]) < 3:
        return []
    typed = words[0].casefold()
    codes_of: dict[str, set[str]] = {}
    for code, name in names.items():
        codes_of.setdefault(code.casefold(), set()).add(code)
        for word in re.findall(r"\w+", name.casefold()):
            if len(word) >= 3:
                codes_of.setdefault(word, set()).add(code)
                codes_of.setdefault(word.translate(_UMLAUTS), set()).add(code)  # "laerm"
    by_word = {w: next(iter(codes)) for w, codes in codes_of.items() if len(codes) == 1}
    found = get_close_matches(typed, list(by_word), n=n * 2, cutoff=0.75)
    return list(dict.fromkeys(by_word[w] for w in found))[:n]


def office(routing: RoutingTable, text: str) -> tuple[str, str] | None:
    """(office code, remark) from "gsz Bitte ..." or "Grün Stadt Zürich Bitte ..."."""
    return _named(text.split(), {c: o.name for c, o in routing.offices.items()})


def topic(routing: RoutingTable, text: str) -> tuple[str, str] | None:
    return _named(text.split(), {c: t.name for c, t in routing.topics.items()})


def status(text: str) -> tuple[Status, str] | None:
    """(status, remark) from "erledigt Danke" or "in Bearbeitung"."""
    words = text.split()
    for n in (2, 1):
        said = " ".join(words[:n]).casefold()
        if len(words) >= n and said in STATUS_WORDS:
            return STATUS_WORDS[said], " ".join(words[n:])
    return None


def listing(names: dict[str, str]) -> str:
    return "\n".join(f"{code}: {name}" for code, name in names.items())
