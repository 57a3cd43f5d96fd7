"""Report artefacts removed before the topic model reads a text (classifying and
training alike, so both see the same words).

What goes, and why (none of it says what the concern is about):
- HTML from web forms and other apps: line-break tags (`<br/>`, `<p>`) become
  spaces, any other tag is dropped, entities (`&amp;`, `&quot;`, `&#39;`) are
  decoded.
- A trailing address-search note that other reporting apps append, such as
  "(Adresssuche nach: Musterweg 3)" or "(Adresse: …)"; the place recognizer
  still reads the original text.
- URLs and "www." links.
- Photo boilerplate: "siehe Foto", "Foto anbei", "s. Bild", "see photo", "photo
  attached", "voir photo", "ci-joint", "vedi foto", "in allegato", gsw "lueg
  Foti": a photo is attached to every kind of report. The dialog reads the same
  words (`refers_to_photo`) to say when the photo did not come.
- Runs of whitespace collapse to one space.

Only the topic model reads the normalised text; place and urgency read the
resident's text as written.
"""

from __future__ import annotations

import html
import re

_BREAK_TAG = re.compile(r"<\s*(?:br|p|/p|div|/div|li)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
_ADDRESS_NOTE = re.compile(
    r"\(\s*(?:Adresssuche(?:\s+nach)?|Adresse|Standort|Location)\s*:[^()]*\)\s*$", re.IGNORECASE
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_PHOTO = re.compile(
    r"""
    (?:\(\s*)?
    (?:
        (?:siehe|s\.)\s+(?:(?:das|die|beigefügte[ns]?|angehängte[ns]?)\s+)?
            (?:Fotos|Foto|Bilder|Bild|Anhang|Photos|Photo)\b
      | (?:Fotos|Foto|Bilder|Bild)\s+(?:anbei|im\s+Anhang|beigefügt)\b
      | see\s+(?:the\s+|attached\s+)?(?:photo|picture|image)s?\b
      | (?:photo|picture|image)s?\s+(?:is\s+|are\s+)?attached\b
      | (?:voir|cf\.?)\s+(?:la\s+|les\s+)?photos?(?:\s+ci-jointes?)?\b
      | (?:(?:la\s+|les\s+)?photos?\s+)?ci-jointe?s?\b
      | vedi\s+(?:la\s+|le\s+)?foto(?:\s+in\s+allegato|\s+allegat[ae])?\b
      | (?:(?:la\s+|le\s+)?foto\s+)?in\s+allegato\b
      | lueg(?:ed)?\s+(?:(?:s|d|uf|ufs|em)\s+)?(?:Fotis?|Föteli|Bild|Bildli)\b
      | Fotis?\s+(?:anbei|im\s+Aahang)\b
    )
    (?:\s*\))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_SPACE = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?])")
_DANGLING = re.compile(r"[,;:]+(?=[.!?]|$)")  # "kaputt, siehe Foto." -> "kaputt."


# Every alternative of _PHOTO names one of these words (same flags, so the same
# case folding): a text without them has no photo boilerplate.
_PHOTO_WORDS = re.compile(
    r"foto|foti|föteli|bild|anhang|aahang|photo|picture|image|joint|allegat", re.IGNORECASE
)
_PHOTO_WORD_LIST = (
    "foto",
    "foti",
    "föteli",
    "bild",
    "anhang",
    "aahang",
    "photo",
    "picture",
    "image",
    "joint",
    "allegat",
)
# The only characters on which IGNORECASE and str.lower() disagree about these
# words' letters: "İ" and "ı" match "i" case-insensitively but do not lower to
# it (tests/test_speed_shortcuts.py checks every code point).
_CASE_ODD = ("\u0130", "\u0131")
# = any of " .", " ,", " ;", " :", " !", " ?" in the text: one scan instead of six.
_PUNCT_AFTER_SPACE = re.compile(r" [.,;:!?]")
# Where _DANGLING matches, a [,;:] is followed by [.!?] or ends the text (the last of
# its run), and where one is, _DANGLING matches: one search before the substitution.
_DANGLING_HINT = re.compile(r"[,;:](?:[.!?]|$)")


def _photo_words(text: str) -> bool:
    """_PHOTO_WORDS.search(text) is not None: the words in the lower-cased text."""
    if any(map(text.__contains__, _CASE_ODD)):
        return _PHOTO_WORDS.search(text) is not None
    low = text.lower()
    return any(map(low.__contains__, _PHOTO_WORD_LIST))


def refers_to_photo(text: str) -> bool:
    """The text points to a photo or an attachment ("siehe Foto", "photo attached",
    "ci-joint", "lueg Foti")."""
    return _photo_words(text) and _PHOTO.search(text) is not None


def only_photo_words(text: str) -> bool:
    """The text says nothing but that: "siehe Foto", "(Foto anbei)"."""
    return refers_to_photo(text) and not any(ch.isalnum() for ch in _PHOTO.sub(" ", text))


def normalise(text: str) -> str:
    """The text without report artefacts (see the module's docstring); never empty
    when the input had words: if nothing but artefacts remains, the input is kept.

    Each step is skipped when the text lacks what its pattern needs ("<" for tags,
    "(" for an address note, ...): the step would change nothing."""
    out = text
    if "<" in out:
        out = _BREAK_TAG.sub(" ", out)
        out = _TAG.sub("", out)
    out = html.unescape(out)
    if "(" in out:
        out = _ADDRESS_NOTE.sub("", out)
    # ("." is in out.lower() only where it is in out: no other character lowers to it)
    if "://" in out or ("." in out and "www." in out.lower()):
        out = _URL.sub(" ", out)
    if _photo_words(out):
        out = _PHOTO.sub(" ", out)
    # = _SPACE.sub(" ", out).strip(): str.split() and "\\s" know the same whitespace
    out = " ".join(out.split())
    if _PUNCT_AFTER_SPACE.search(out):  # single spaces only by now
        out = _SPACE_BEFORE_PUNCT.sub(r"\1", out)
    if ("," in out or ";" in out or ":" in out) and _DANGLING_HINT.search(out):
        out = _DANGLING.sub("", out)
    # (most texts begin with a letter or digit: no need to look further)
    return out if out[:1].isalnum() or any(ch.isalnum() for ch in out) else text.strip()


def normalise_reference(text: str) -> str:
    """``normalise`` step by step without the shortcuts (tests compare the two)."""
    out = _BREAK_TAG.sub(" ", text)
    out = _TAG.sub("", out)
    out = html.unescape(out)
    out = _ADDRESS_NOTE.sub("", out)
    out = _URL.sub(" ", out)
    out = _PHOTO.sub(" ", out)
    out = _SPACE.sub(" ", out).strip()
    out = _SPACE_BEFORE_PUNCT.sub(r"\1", out)
    out = _DANGLING.sub("", out)
    return out if any(ch.isalnum() for ch in out) else text.strip()
