"""Small talk and plain answers in short messages: greetings, thanks, "ja", "weiss nicht".

A message is small talk only when every word of it is explained by the phrase
lists in `nlp/data/smalltalk.toml` (plus filler words like "und", "nochmals");
"Hallo, der Kübel am Idaplatz ist voll" has words no phrase explains, so it is a
concern and `smalltalk` returns None. Pure functions, data loaded once.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from nlp.shorttext import PhraseSet, Piece, words_within
from nlp.thanks_variants import as_listed
from nlp.topic_names import typed_topic

__all__ = ["KINDS", "SmallTalk", "smalltalk", "typed_topic", "yes_no"]

DATA = Path(__file__).parent / "data" / "smalltalk.toml"

# When a message mixes kinds ("Hallo, wie funktioniert das?", "Ja, danke"),
# the first kind in this order is the one the message is about.
KINDS = (
    "plea",
    "how_it_works",
    "who_are_you",
    "anonymous",
    "question_intro",
    "insult",
    "dont_know",
    "no",
    "yes",
    "test",
    "bye",
    "thanks",
    "greeting",
    "ok",
)
# Where a phrase belongs to two lists ("passt", "super"), the earlier list wins.
_MATCH_ORDER = (
    "plea",
    "how_it_works",
    "who_are_you",
    "anonymous",
    "question_intro",
    "dont_know",
    "test",
    "insult",
    "thanks",
    "bye",
    "greeting",
    "ok",
    "yes",
    "no",
    "filler",
)
MAX_WORDS = 16


@dataclass(frozen=True)
class SmallTalk:
    kind: str
    lang: str | None


@cache
def _phrases() -> PhraseSet:
    raw = tomllib.loads(DATA.read_text(encoding="utf-8"))
    unknown = set(raw) - set(_MATCH_ORDER)
    if unknown:
        raise ValueError(f"unknown small-talk kinds in {DATA.name}: {sorted(unknown)}")
    table = {
        label: {lang: spec["patterns"] for lang, spec in raw[label].items()}
        for label in _MATCH_ORDER
        if label in raw
    }
    return PhraseSet.build(table)


# Within `one_update()`: each text's cover, worked out once (smalltalk, yes_no,
# the language and the courtesy check read a message's text in turn).
_MEMO: ContextVar[dict[str, list[Piece] | None] | None] = ContextVar("smalltalk_memo", default=None)


@contextmanager
def one_update() -> Iterator[None]:
    """Remember each text's cover until the block ends (one update of the dialog;
    a context variable, so per thread and never past the block)."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def _cover(text: str) -> list[Piece] | None:
    memo = _MEMO.get()
    if memo is None:
        return _cover_now(text)
    if text not in memo:
        memo[text] = _cover_now(text)
    return memo[text]


def _cover_now(text: str) -> list[Piece] | None:
    tokens = words_within(text, MAX_WORDS)
    if not tokens:
        return None
    phrases = _phrases()
    # "merci viumou", "Danggschön": thank-you words as the lists write them
    return phrases.cover(as_listed(tokens, phrases.vocabulary))


def _language(pieces: list[Piece]) -> str | None:
    """The language most phrases were written in; None when only shared words."""
    counts: dict[str, int] = {}
    for piece in pieces:
        if piece.lang is not None:
            counts[piece.lang] = counts.get(piece.lang, 0) + len(piece.words)
    if not counts:
        return None
    return max(counts, key=lambda lang: counts[lang])


def _bare_greeting(pieces: list[Piece]) -> bool:
    return all(
        piece.label == "filler" or (piece.label == "greeting" and len(piece.words) == 1)
        for piece in pieces
    )


def smalltalk(text: str) -> SmallTalk | None:
    """What kind of small talk `text` is, or None when it carries a concern
    (or is nothing we recognise)."""
    pieces = _cover(text)
    if not pieces:
        return None
    labels = {piece.label for piece in pieces}
    kind = next((k for k in KINDS if k in labels), None)
    if kind is None:  # only filler words ("und", "bitte")
        return None
    if kind == "greeting" and text.rstrip().endswith("?") and _bare_greeting(pieces):
        kind = "test"  # "Hallo?" - is anybody there? ("Wie geht's?" stays a greeting)
    return SmallTalk(kind, _language(pieces))


def yes_no(text: str) -> bool | None:
    """True for a plain yes ("Ja", "passt", "oui", "👍"), False for a plain no
    ("Nein", "stimmt nicht", "no grazie"), None for anything else - including a
    yes with more to say ("Ja, aber der Ort ist falsch")."""
    pieces = _cover(text)
    if not pieces:
        return None
    # Politeness around the answer does not change it: "Ja, danke, tschüss".
    labels = {piece.label for piece in pieces} - {"filler", "thanks", "bye", "greeting"}
    if labels and labels <= {"yes", "ok"}:
        return True
    if labels == {"no"}:
        return False
    return None
