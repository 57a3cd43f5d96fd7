"""Which language to answer in: English for residents who write English, else German."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zäöüéèàß']+")
_EN = frozenset(
    [
        "the",
        "is",
        "are",
        "was",
        "were",
        "there",
        "this",
        "that",
        "it's",
        "its",
        "my",
        "our",
        "your",
        "we",
        "i",
        "you",
        "he",
        "she",
        "they",
        "have",
        "has",
        "been",
        "not",
        "no",
        "please",
        "can",
        "could",
        "would",
        "should",
        "with",
        "from",
        "for",
        "on",
        "at",
        "in",
        "of",
        "to",
        "and",
        "or",
        "but",
        "near",
        "next",
        "street",
        "broken",
        "full",
        "since",
        "hello",
        "hi",
        "thanks",
        "thank",
        "who",
        "what",
        "where",
        "when",
        "why",
        "how",
    ]
)
_DE = frozenset(
    [
        "der",
        "die",
        "das",
        "ist",
        "sind",
        "war",
        "ein",
        "eine",
        "einer",
        "nicht",
        "kein",
        "keine",
        "bitte",
        "mit",
        "von",
        "für",
        "auf",
        "an",
        "im",
        "in",
        "und",
        "oder",
        "aber",
        "seit",
        "strasse",
        "straße",
        "beim",
        "bei",
        "am",
        "zum",
        "zur",
        "ich",
        "wir",
        "sie",
        "es",
        "hat",
        "haben",
        "isch",
        "het",
        "hät",
        "mir",
        "de",
        "d",
        "s",
        "nöd",
        "nid",
        "bi",
        "grüezi",
        "hallo",
        "danke",
        "wo",
        "wer",
        "was",
        "wie",
        "wieso",
        "warum",
    ]
)


def detect_language(text: str) -> str | None:
    """'en' or 'de' when the text says so clearly, None when it does not."""
    words = _WORD.findall(text.lower())
    en = sum(w in _EN for w in words)
    de = sum(w in _DE for w in words)
    if en >= 2 and en > 1.5 * de:
        return "en"
    if de >= 1 and de >= en:
        return "de"
    return None
