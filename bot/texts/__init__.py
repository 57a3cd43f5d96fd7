"""Everything residents and staff read, in one place: one module per language.

German (Swiss spelling) is the reference; every other language has every key
(a test checks). Keys are stable; `t(lang, key, **values)` formats. Keep it
friendly and short.
"""

from __future__ import annotations

from bot.texts import (
    animals,
    both_places,
    de,
    en,
    fr,
    it,
    phone,
    photo_question,
    reassured,
    repeats,
)

TEXTS: dict[str, dict[str, str]] = {
    "de": de.TEXTS
    | phone.DE
    | reassured.DE
    | photo_question.DE
    | animals.DE
    | both_places.DE
    | repeats.DE,
    "en": en.TEXTS
    | phone.EN
    | reassured.EN
    | photo_question.EN
    | animals.EN
    | both_places.EN
    | repeats.EN,
    "fr": fr.TEXTS
    | phone.FR
    | reassured.FR
    | photo_question.FR
    | animals.FR
    | both_places.FR
    | repeats.FR,
    "it": it.TEXTS
    | phone.IT
    | reassured.IT
    | photo_question.IT
    | animals.IT
    | both_places.IT
    | repeats.IT,
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
