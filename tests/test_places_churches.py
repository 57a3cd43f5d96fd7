"""Churches and schools residents name that the gazetteer did not know (closing
note, item 5): "bei der Kirche St. Peter", "beim Neumünster", "bei der Kirche
Enge" (Enge is an everyday word: the church's word before it counts as a
preposition), "vor der scuola di Limmat". Each place is where
../shared/data/zurich puts it (nlp/data/places.toml names the rows)."""

from __future__ import annotations

import pytest

from nlp.places import Gazetteer


@pytest.mark.parametrize(
    ("text", "kreis", "quartier"),
    [
        ("Bei der Kirche St. Peter liegt Abfall", 1, "Lindenhof"),
        ("Beim St. Peter liegt Abfall", 1, "Lindenhof"),
        ("vicino alla chiesa di St. Peter c'è spazzatura", 1, "Lindenhof"),
        ("Bei der Predigerkirche liegt Abfall", 1, "Rathaus"),
        ("Beim Neumünster liegt Abfall", 8, "Weinegg"),
        ("Bei der Kirche St. Martin liegt Abfall", 7, "Fluntern"),
        ("Der Kübel beim St. Josef ist voll", 5, "Gewerbeschule"),
        ("Bei der Kirche Enge liegt Abfall", 2, "Enge"),
        ("Bi de Chile Enge isch de Kübel voll", 2, "Enge"),
        ("Vor der scuola di Limmat liegt Abfall", 5, "Gewerbeschule"),
        ("C'è spazzatura davanti alla scuola Limmat", 5, "Gewerbeschule"),
        # known before, kept
        ("Der Abfallkübel bei der Kirche Fluntern ist voll", 7, "Fluntern"),
        ("Beim Fraumünster liegt Abfall", 1, "Lindenhof"),
        ("Beim Grossmünster liegt Abfall", 1, "Rathaus"),
    ],
)
def test_a_church_or_school_names_its_quartier(
    gazetteer: Gazetteer, text: str, kreis: int, quartier: str
) -> None:
    place = gazetteer.resolve(text)
    assert (place.kreis, place.quartier) == (kreis, quartier)


@pytest.mark.parametrize("text", ["In Chile ist es warm", "Die Kirche ist schön"])
def test_no_place_where_none_is_named(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.resolve(text).kreis is None
