"""Thank-you words as residents spell them, read as the phrase lists write them.

"merci viumou" was no small talk (new-user trial h, finding 7: it was offered as
an addition to the concern just forwarded) while "merci viumau" and "Merci viu
mau" were: Swiss German writes "vielmal" a dozen ways (viumou, viumal, vilmol,
vielmol, fillmal, "viu mou", "vüu mau"), and no list holds them all. Before the
phrase lists of nlp/data/smalltalk.toml cover a message, a word they do not know
is read as the thank-you word it spells, by families of spellings (the sounds that
vary, as patterns) and, for a longer word, a one-letter typo of one
("Dankeschin"). Only words the lists do not know are read anew, and a message is
small talk only when every word is explained, so a concern ("merci, de Kübel isch
immer no voll") stays one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz, process

# Folded words (nlp.shorttext.fold: lower case, no umlauts or accents, no e after a, o, u).
_FAMILIES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), word)
    for pattern, word in (
        # viumou, viumau, viumal, vilmal, villmal, vielmol, fillmal, fiumau, vumou ("vüu mou")
        (r"[vf][iu]+e?(?:ll?|u|w)m(?:a|o)(?:u|l|hl|ll)?s?|[vf]um(?:a|o)(?:u|l)", "vielmal"),
        # dankschön, danggschön, dankeschön, dankschi: "dankeschon"
        (r"dan[gk]+[ei]?sch(?:o|e|i)n?", "dankeschon"),
        # dankee, danki, danggi, dange, danku
        (r"dan[gk]+[eiau]?", "danke"),
        # mersi, marci, mercy, merssi
        (r"m[ae]r[cs]+[iy]", "merci"),
        # tuusig, tusig, tausig, tuusigs, tuusend
        (r"t[au]+s(?:i|e)n?[gd]s?", "tausend"),
        # bcp, boku, beaucou, bocoup
        (r"bcp|b(?:eau|o)c?(?:ou|u|o)(?:p|k)?|boku", "beaucoup"),
        # grazzie, grazi, grasie
        (r"gra[tzs]+i[ea]?", "grazie"),
        # mile (grazie mile)
        (r"mill?e", "mille"),
        # thx, thnx, thanx, thks, tks, tx, thanq
        (r"th?a?n?[kx]s?|thanx|thnx|thnks|thanq|tanks|thenks", "thanks"),
        # alot, alott (thanks alot)
        (r"alott?", "a lot"),
    )
)
# Longer thank-you words a one-letter typo of which is still one ("Dankeschin", "vielmsl").
_LONG_WORDS = ("dankeschon", "vielmals", "vielmal", "herzlichen", "beaucoup", "thanks", "grazie")
_CUTOFF = 85  # fuzz.ratio: one letter changed in a word of 7, or swapped in one of 8


def _family(word: str) -> str | None:
    for pattern, known in _FAMILIES:
        if pattern.fullmatch(word):
            return known
    return None


def _typo(word: str) -> str | None:
    if len(word) < 6 or not word.isalpha():
        return None
    found = process.extractOne(word, _LONG_WORDS, scorer=fuzz.ratio, score_cutoff=_CUTOFF)
    return found[0] if found else None


def as_listed(tokens: Sequence[str], vocabulary: frozenset[str]) -> list[str]:
    """`tokens` (folded words) with each unknown spelling of a thank-you word as the
    lists write it; two words that together spell one ("viu mou") become that one.
    The very same words when the lists know every one."""
    if all(tok in vocabulary for tok in tokens):
        return list(tokens)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and (tok not in vocabulary or nxt not in vocabulary):
            joined = _family(tok + nxt)
            if joined == "vielmal":  # "viu mou", "vil mol", "fiu mau"
                out.append(joined)
                i += 2
                continue
        if tok in vocabulary:
            out.append(tok)
        else:
            listed = _family(tok) or _typo(tok)
            if listed is None:
                return list(tokens)  # a word of something else: no cover (and no more work)
            out.extend(listed.split(" "))
        i += 1
    return out
