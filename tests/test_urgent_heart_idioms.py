"""Idioms of a bleeding heart, a burning tongue or stomach are no emergency: "Mir blutet
das Herz, wenn ich den Park sehe" read "blutet" as heavy bleeding (nlp.urgent.cues.IDIOMS
now strips them before anything reads the text). A nose or a person that bleeds, a
throat that burns from fumes, stays an emergency."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_urgent
from nlp.urgent.cues import strip_idioms

IDIOMS = [
    ("de", "Mir blutet das Herz, wenn ich die gefällten Bäume an der Limmat sehe"),
    ("gsw", "Mir bluetet s Härz, wänn i de Spielplatz gseh"),
    ("en", "My heart bleeds for the old chestnut trees on our street"),
    ("fr", "J'ai le cœur qui saigne quand je vois l'état du parc"),
    ("it", "Mi sanguina il cuore a vedere la piazza così sporca"),
    ("de", "Das brennt mir schon lange auf der Seele: wann kommt der Zebrastreifen?"),
    ("fr", "La question me brûle les lèvres: quand rouvre la piscine?"),
    ("it", "Mi brucia ancora lo stomaco per come hanno chiuso il centro giovani"),
]

STILL_URGENT = [
    "Mein Kind blutet stark am Kopf, es hört nicht auf",
    "Ein Mann blutet stark an der Tramhaltestelle, sein Herz rast",
    "Mi brucia la gola, in cantina c'è un forte odore di cloro e tossiamo tutti",
]


@pytest.mark.parametrize(("lang", "text"), IDIOMS)
def test_a_heart_or_tongue_idiom_is_no_emergency(lang: str, text: str) -> None:
    assert strip_idioms(text.lower()) != text.lower(), lang
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize("text", STILL_URGENT)
def test_real_bleeding_or_burning_stays_urgent(text: str) -> None:
    assert strip_idioms(text.lower()) == text.lower()
    assert detect_urgent(text).urgent
