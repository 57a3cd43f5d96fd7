"""Residents' texts made safe for layout (escaping is the templates' job).

- `tidy`: whitespace and line breaks collapsed to single spaces, control
  characters dropped, every word longer than `MAX_WORD` characters shortened
  to its start and "…" (a 300-character word would break any layout).
- `shorten`: cut at a word boundary to at most `limit` characters, with "…".
- Cuts never split a character sequence that belongs together: emoji with
  skin tones, ZWJ families, flags (pairs of regional indicators), keycaps,
  combining accents (Python strings are code points, so surrogate pairs are
  never split either).
"""

from __future__ import annotations

import re
import unicodedata

MAX_WORD = 40
ELLIPSIS = "…"

_SPACE = re.compile(r"\s+")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")  # categories Cc, Zl, Zp
_ZWJ = "\u200d"


def _joins_previous(ch: str) -> bool:
    """A code point that belongs to the one before it."""
    code = ord(ch)
    return (
        ch == _ZWJ
        or 0xFE00 <= code <= 0xFE0F  # variation selectors
        or 0x1F3FB <= code <= 0x1F3FF  # skin tones
        or 0xE0020 <= code <= 0xE007F  # tag sequences (subdivision flags)
        or code == 0x20E3  # keycap
        or unicodedata.combining(ch) != 0
    )


def _is_regional_indicator(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def safe_cut(text: str, index: int) -> int:
    """The largest cut position <= index that splits no grapheme sequence."""
    index = max(0, min(index, len(text)))
    while 0 < index < len(text) and (_joins_previous(text[index]) or text[index - 1] == _ZWJ):
        index -= 1
    if 0 < index < len(text) and _is_regional_indicator(text[index]):
        run = 0
        while index - run > 0 and _is_regional_indicator(text[index - run - 1]):
            run += 1
        if run % 2 == 1:  # the cut would separate the two halves of a flag
            index -= 1
    return index


def _short_word(word: str) -> str:
    if len(word) <= MAX_WORD:
        return word
    return word[: safe_cut(word, MAX_WORD - 1)] + ELLIPSIS


def tidy(text: str | None) -> str:
    """One line, no control characters, no word longer than MAX_WORD."""
    if not text:
        return ""
    words = _SPACE.split(_CONTROL.sub(" ", text).strip())
    return " ".join(_short_word(w) for w in words if w)


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut after a whole word where possible."""
    if len(text) <= limit:
        return text
    cut = safe_cut(text, limit - 1)
    space = text.rfind(" ", 0, cut + 1)
    if space > limit // 2:
        cut = space
    return text[:cut].rstrip(" ,;:.-–") + ELLIPSIS
