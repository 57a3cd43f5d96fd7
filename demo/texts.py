"""Residents' texts for the demo, from the templates in demo/data/texts.toml:
alternatives `[a|b]`, slots `{place}`, `{when}`, `{since}`, a greeting, an
extra sentence or a closing line now and then, so lengths vary."""

from __future__ import annotations

import random
import re
from typing import Any

from nlp.places.articles import article

_ALT = re.compile(r"\[([^\[\]]+)\]")
_SLOT = re.compile(r"\{(place|when|since)\}")

# Which German-like templates a language falls back to.
FALLBACK = {"gsw": "de", "en": "de", "fr": "de", "it": "de", "de": "de"}
# The language a concern is filed in (Swiss German residents get German).
FILED = {"de": "de", "gsw": "de", "en": "en", "fr": "fr", "it": "it"}


# Quartiere named after a building or a street: "im Quartier Gewerbeschule".
_AREAS = frozenset({"Gewerbeschule", "Hochschulen", "Rathaus", "City", "Langstrasse"})


def _preposition(lang: str, name: str, *, street: bool, number: str = "") -> str:
    art = article(name)
    if lang in ("de", "gsw"):
        if number:
            near = ("bi de", "bim") if lang == "gsw" else ("bei der", "beim")
            return f"{near[0]} {name} {number}" if art == "die" else f"{near[1]} {name} {number}"
        if street and art is None:
            return f"bei {name}"
        if name in _AREAS:
            return f"im Quartier {name}"
        if art == "die":
            if lang == "gsw":
                return f"a de {name}"
            return f"an der {name}" if street else f"bei der {name}"
        return {"der": "am", "das": "im"}.get(art or "", "in") + f" {name}"
    full = f"{name} {number}".strip()
    if lang == "en":
        return f"on {full}" if street and art == "die" else f"at {full}" if art else f"in {name}"
    if lang == "fr":
        if art == "die":
            return f"à la {full}"
        return f"au {full}" if art == "der" else f"à {name}"
    return f"in {full}" if art == "die" else f"al {full}" if art == "der" else f"a {name}"


def place_phrase(lang: str, name: str, *, street: bool = False, number: str = "") -> str:
    """ "am Idaplatz", "an der Josefstrasse", "bei der Josefstrasse 12", "in Wipkingen"."""
    return _preposition(lang, name, street=street, number=number)


class Writer:
    def __init__(self, texts: dict[str, Any], rng: random.Random) -> None:
        self.t = texts
        self.rng = rng
        langs = texts["languages"]
        self._langs = list(langs)
        self._weights = [float(langs[k]) for k in self._langs]

    def language(self) -> str:
        return str(self.rng.choices(self._langs, self._weights)[0])

    def here(self, lang: str) -> str:
        return str(self.t["frame"][lang]["here"])

    def vague(self, lang: str) -> str:
        return str(self.rng.choice(self.t["frame"][lang]["vague"]))

    def templates(self, topic: str, lang: str) -> tuple[str, list[str]]:
        """The templates of `topic` in `lang` (or German): (language, templates)."""
        by_lang = self.t["topics"][topic]
        if lang in by_lang:
            return lang, list(by_lang[lang])
        return FALLBACK[lang], list(by_lang[FALLBACK[lang]])

    def urgent_template(self, lang: str) -> tuple[str, str, str]:
        """An emergency: (topic, template, language of the template)."""
        used = lang if lang in self.t["urgent"] else "de"
        topic, template = self.rng.choice(self.t["urgent"][used])
        return str(topic), str(template), used

    def fill(self, template: str, lang: str, place: str) -> str:
        text = _ALT.sub(lambda m: self.rng.choice(m.group(1).split("|")), template)
        slots = self.t["slots"][lang]

        def slot(m: re.Match[str]) -> str:
            if m.group(1) == "place":
                return place
            return str(self.rng.choice(slots[m.group(1)]))

        text = " ".join(_SLOT.sub(slot, text).split())
        text = text.replace(" .", ".").replace(" ,", ",")
        return text[:1].upper() + text[1:]

    def frame(self, text: str, lang: str) -> str:
        """Now and then a greeting, an extra sentence, a closing line."""
        frame = self.t["frame"][lang]
        rng = self.rng
        if rng.random() < 0.2:
            text = f"{text} {self.fill(rng.choice(frame['extra']), lang, '')}"
        if rng.random() < 0.3:
            text = f"{text} {rng.choice(frame['close'])}"
        if rng.random() < 0.2:
            text = f"{rng.choice(frame['open'])}\n{text}"
        return text
