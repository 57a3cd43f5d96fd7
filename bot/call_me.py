"""A request to be phoned, phrase by phrase and language by language.

The phrases are read by bot.dialog.phone (`CALL_ME`: the bot cannot phone, and
says so) and by bot.language: a short request names its language by its phrase
("Pouvez-vous m'appeler?" has no word of the French lexicon, and was answered in
German; new-user trial j, finding 13).
"""

from __future__ import annotations

import re

# "Können Sie mich bitte anrufen?", "Ruefed Sie mi aa?", "Could you call me back?"
_BY_LANGUAGE = {
    "de": r"ruf\w*\s+(?:sie\s+)?mich\s+(?:bitte\s+)?(?:doch\s+)?(?:zurück|an)|"
    r"mich(?:\W+\w+){0,8}?\W+(?:anrufen|zurückrufen|telefonisch\s+kontaktieren)|"
    r"mi\s+(?:bitte\s+)?(?:aalüte|alüte|aalüüte|aaruefe|zruggrüefe|aalüütä)|"
    r"rüef\w*\s+(?:sie\s+)?mi\s+(?:bitte\s+)?(?:aa|a|zrugg)",
    "en": r"call\s+me(?:\s+back)?|phone\s+me|ring\s+me|give\s+me\s+a\s+(?:call|ring)",
    "fr": r"m['’]appeler|me\s+(?:rappeler|téléphoner|appeler)",
    "it": r"(?:chiamarmi|richiamarmi|telefonarmi)|mi\s+(?:può|potete|puoi|potreste)\s+"
    r"(?:chiamare|richiamare|telefonare)",
}
CALL_ME = re.compile(
    r"\b(?:" + "|".join(f"(?P<{lang}>{phrase})" for lang, phrase in _BY_LANGUAGE.items()) + r")\b",
    re.IGNORECASE,
)


def language_of(text: str) -> str | None:
    """The language of the request to be phoned in `text` ("Può chiamarmi?":
    'it'); None when there is none, or requests in two languages."""
    found = {match.lastgroup for match in CALL_ME.finditer(text)}
    return found.pop() if len(found) == 1 else None
