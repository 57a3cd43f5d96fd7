"""French and Italian elided articles and prepositions before a known place
("à l'Enge", "l'église d'Enge", "l'école Limmat", "dell'Enge", "nell'Enge"):
the tokeniser keeps "l'", "d'", "dell'", "all'", "sull'", "nell'", "qu'" apart,
with the straight or the typographic apostrophe, so the name after them is
matched as it stands, and an elided article or preposition announces an
everyday-word name ("Enge") as "in" or "bei" do. Ordinary words after them stay
words."""

from __future__ import annotations

import pytest

from nlp.places import Gazetteer


@pytest.mark.parametrize(
    ("text", "kreis", "quartier"),
    [
        # French
        ("Les poubelles débordent à l'Enge", 2, "Enge"),
        ("Les poubelles débordent à l’Enge", 2, "Enge"),
        ("Il y a des déchets devant l'église d'Enge", 2, "Enge"),
        ("Il y a des déchets devant l’église d’Enge", 2, "Enge"),
        ("Il y a des déchets devant l'école Limmat", 5, "Gewerbeschule"),
        ("Il y a des déchets devant l’école Limmat", 5, "Gewerbeschule"),
        # Italian
        ("C'è spazzatura vicino dell'Enge", 2, "Enge"),
        ("C'è spazzatura nell'Enge", 2, "Enge"),
        ("C’è spazzatura nell’Enge", 2, "Enge"),
    ],
)
def test_a_known_place_after_an_elided_article(
    gazetteer: Gazetteer, text: str, kreis: int, quartier: str
) -> None:
    place = gazetteer.resolve(text)
    assert (place.kreis, place.quartier) == (kreis, quartier)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Il y a des déchets près de l'Idaplatz", "Idaplatz"),
        ("Il y a des déchets près de l’Idaplatz", "Idaplatz"),
        ("C'è spazzatura all'Idaplatz", "Idaplatz"),
        ("C’è spazzatura sull’Albisriederplatz", "Albisriederplatz"),
        ("La piscine couverte d'Oerlikon est bondée", "Oerlikon"),
        ("Les poubelles débordent à l'Enge", "Enge"),
        ("Il y a des déchets devant l'école Limmat", "école Limmat"),
    ],
)
def test_the_mention_is_the_name_without_the_article(
    gazetteer: Gazetteer, text: str, surface: str
) -> None:
    assert [m.text for m in gazetteer.find(text)] == [surface]


@pytest.mark.parametrize(
    "text",
    [
        "Je l'ai vu hier, c'est l'heure",
        "l'enfant joue à l'école tout l'après-midi",
        "L'eau est sale près de l'arrêt",
        "Qu'est-ce que c'est ? Aujourd'hui l'endroit est propre",
        "Il y a des déchets devant l'Hôtel de Ville",  # not a name the gazetteer knows
        "C'è dell'acqua sporca sull'erba, all'angolo nell'entrata",
        "Thanks all. Enge is lovely",  # "all" without its apostrophe is English
        "l'école et l'église sont fermées",
    ],
)
def test_no_place_in_ordinary_elided_words(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) == []
