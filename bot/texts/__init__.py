"""Everything residents and staff read, in one place: one module per language.

German (Swiss spelling) is the reference; every other language has every key
(a test checks). Keys are stable; `t(lang, key, **values)` formats. Keep it
friendly and short.
"""

from __future__ import annotations

from bot.texts import (
    about_bot,
    animals,
    anonymous,
    attachments,
    both_places,
    card_line,
    change_after,
    chatter,
    dates,
    de,
    en,
    fr,
    held_questions,
    it,
    lists,
    map_links,
    no_record,
    phone,
    photo_question,
    place_correction,
    place_first,
    place_hints,
    reassured,
    reconsidered,
    repeats,
    same_place,
    theft,
)

# Tables of one part of the dialog each, merged into each language's.
_PARTS = (
    about_bot,
    phone,
    anonymous,
    reassured,
    photo_question,
    animals,
    both_places,
    place_correction,
    attachments,
    repeats,
    held_questions,
    lists,
    reconsidered,
    map_links,
    same_place,
    no_record,
    dates,
    place_hints,
    card_line,
    place_first,
    change_after,
    chatter,
    theft,
)
TEXTS: dict[str, dict[str, str]] = {
    lang: base.TEXTS | {k: v for part in _PARTS for k, v in getattr(part, lang.upper()).items()}
    for lang, base in (("de", de), ("en", en), ("fr", fr), ("it", it))
}

# Topic names residents read; German names come from the routing table.
TOPIC_NAMES: dict[str, dict[str, str]] = {
    "en": en.TOPIC_NAMES,
    "fr": fr.TOPIC_NAMES,
    "it": it.TOPIC_NAMES,
}
TOPIC_NAMES_EN = en.TOPIC_NAMES

LANGUAGES = tuple(TEXTS)


def t(lang: str, key: str, **values: object) -> str:
    """The text `key` in `lang` (German when the language is unknown)."""
    table = TEXTS.get(lang, TEXTS["de"])
    return table[key].format(**values) if values else table[key]
