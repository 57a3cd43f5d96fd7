"""The resident's answer to "which house number or landmark?" (Gazetteer.resolve_answer)
and the article of a street or square in the dialog's question (with_article)."""

from __future__ import annotations

import pytest

from nlp.places import Gazetteer, with_article


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


BADENER = ("Badenerstrasse", [3, 4, 9])
SCHAFFHAUSER = ("Schaffhauserstrasse", [6, 11])

# Answer forms for a house number: all read against the street asked about.
NUMBER_ANSWERS = [
    ("20", BADENER, 4, "Badenerstrasse 20"),
    ("Nr. 120", BADENER, 4, "Badenerstrasse 120"),
    ("Hausnummer 120", BADENER, 4, "Badenerstrasse 120"),
    ("Hausnummer 120 an der Badenerstrasse", BADENER, 4, "Badenerstrasse 120"),
    ("bei Nr. 5", BADENER, 4, "Badenerstrasse 5"),
    ("12a", BADENER, 4, "Badenerstrasse 12a"),
    ("Nummer 7", BADENER, 4, "Badenerstrasse 7"),
    ("bei der 14", BADENER, 4, "Badenerstrasse 14"),
    ("333", BADENER, 3, "Badenerstrasse 333"),
    ("nr 650", BADENER, 9, "Badenerstrasse 650"),
    ("355", SCHAFFHAUSER, 11, "Schaffhauserstrasse 355"),
    ("Nr. 126", SCHAFFHAUSER, 6, "Schaffhauserstrasse 126"),
    ("bei der 470, vor dem Coop", SCHAFFHAUSER, 11, "Schaffhauserstrasse 470"),
]


@pytest.mark.parametrize(("answer", "asked", "kreis", "place"), NUMBER_ANSWERS)
def test_house_number_answer(
    gaz: Gazetteer, answer: str, asked: tuple[str, list[int]], kreis: int, place: str
) -> None:
    street, candidates = asked
    r = gaz.resolve_answer(answer, street, candidates)
    assert (r.kreis, r.ambiguous, r.outside_city) == (kreis, False, False), r.mentions
    assert r.places == [place]
    assert r.street == street


def test_street_asked_about_as_the_dialog_kept_it(gaz: Gazetteer) -> None:
    """The dialog may keep the street as the resident wrote it, number and typo included."""
    for asked in ("Badenerstr.", "Badenerstrase", "Badenerstrasse 650"):
        r = gaz.resolve_answer("Nr. 333", asked, [3, 4, 9])
        assert (r.kreis, r.street) == (3, "Badenerstrasse"), asked


def test_number_with_another_street_is_that_street(gaz: Gazetteer) -> None:
    r = gaz.resolve_answer("Hausnummer 120 an der Badenerstrasse", "Schaffhauserstrasse", [6, 11])
    assert (r.kreis, r.street, r.places) == (4, "Badenerstrasse", ["Badenerstrasse 120"])


def test_number_the_points_cannot_settle(gaz: Gazetteer) -> None:
    """Between an address in Kreis 6 and one in Kreis 11: still ambiguous, narrowed."""
    r = gaz.resolve_answer("200", "Schaffhauserstrasse", [6, 11])
    assert (r.kreis, r.ambiguous, r.candidates) == (None, True, [6, 11])
    assert r.street == "Schaffhauserstrasse"


def test_number_on_a_square_without_address_points(gaz: Gazetteer) -> None:
    r = gaz.resolve_answer("12", "Hegibachplatz", [7, 8])
    assert (r.kreis, r.ambiguous, r.candidates, r.street) == (None, True, [7, 8], "Hegibachplatz")


# Other answers: a landmark, a Quartier, a postal code, a whole new place.
PLACE_ANSWERS = [
    ("beim Lochergut", BADENER, 4),
    ("beim Letzigrund", BADENER, 9),
    ("Sihlfeld", BADENER, 3),
    ("in Altstetten", BADENER, 9),
    ("8003", BADENER, 3),
    ("in Oerlikon", SCHAFFHAUSER, 11),
    ("Kreis 6", SCHAFFHAUSER, 6),
    ("Langstrasse 120", SCHAFFHAUSER, 4),
]


@pytest.mark.parametrize(("answer", "asked", "kreis"), PLACE_ANSWERS)
def test_place_answer(
    gaz: Gazetteer, answer: str, asked: tuple[str, list[int]], kreis: int
) -> None:
    street, candidates = asked
    r = gaz.resolve_answer(answer, street, candidates)
    assert (r.kreis, r.ambiguous, r.outside_city) == (kreis, False, False), r.mentions


def test_landmark_that_leaves_two_kreise_narrows_with_the_street(gaz: Gazetteer) -> None:
    """ "am Letten" spans Kreis 6 and 10; for the Nordstrasse (6, 10) it stays open, for a
    street in Kreis 10 and 11 it settles on 10."""
    r = gaz.resolve_answer("am Letten", "Nordstrasse", [6, 10])
    assert (r.kreis, r.candidates) == (None, [6, 10])
    r = gaz.resolve_answer("am Letten, Kreis 10", "Nordstrasse", [6, 10])
    assert r.kreis == 10


def test_answer_outside_the_city(gaz: Gazetteer) -> None:
    r = gaz.resolve_answer("in Dübendorf", "Schaffhauserstrasse", [6, 11])
    assert r.outside_city and r.kreis is None


@pytest.mark.parametrize("answer", ["weiss nöd", "", "keine Ahnung", "ja"])
def test_answer_without_a_place(gaz: Gazetteer, answer: str) -> None:
    r = gaz.resolve_answer(answer, "Badenerstrasse", [3, 4, 9])
    assert (r.kreis, r.ambiguous, r.candidates, r.outside_city) == (None, False, [], False)
    assert r.street == "Badenerstrasse"


def test_number_without_a_street_is_no_place(gaz: Gazetteer) -> None:
    r = gaz.resolve_answer("12", None, [])
    assert (r.kreis, r.ambiguous, r.places) == (None, False, [])


def test_full_text_sets_street(gaz: Gazetteer) -> None:
    assert gaz.resolve("Velos am Hegibachplatz").street == "Hegibachplatz"
    assert gaz.resolve("Schlagloch an der Badenerstr.").street == "Badenerstrasse"
    assert gaz.resolve("Badenerstrasse 333").street == "Badenerstrasse"
    assert gaz.resolve("Lärm im Seefeld").street is None


# -- articles -----------------------------------------------------------------

ARTICLES = [
    ("Badenerstrasse", "die Badenerstrasse"),
    ("Hegibachplatz", "der Hegibachplatz"),
    ("Bucheggplatz", "der Bucheggplatz"),
    ("Limmatquai", "der Limmatquai"),
    ("Rennweg", "der Rennweg"),
    ("Bahnhofbrücke", "die Bahnhofbrücke"),
    ("Seefeld", "das Seefeld"),
    ("Hirschengraben", "der Hirschengraben"),
    ("Gasse", "die Gasse"),
    ("Marktgasse", "die Marktgasse"),
    ("Europaallee", "die Europaallee"),
    ("Sihlpromenade", "die Sihlpromenade"),
    ("Lerchenhalde", "die Lerchenhalde"),
    ("Letzigraben", "der Letzigraben"),
    ("Spyristeig", "der Spyristeig"),
    ("Kirchgasse", "die Kirchgasse"),
    ("Spiegelhof", "der Spiegelhof"),
    ("Zürichberg", "der Zürichberg"),
    ("Käferberg", "der Käferberg"),
    ("Guggachbühl", "der Guggachbühl"),
    ("Sonnenrain", "der Sonnenrain"),
    ("Utoquai", "der Utoquai"),
    ("General-Guisan-Quai", "der General-Guisan-Quai"),
    ("Escher-Wyss-Platz", "der Escher-Wyss-Platz"),
    ("Arthur-Rohn-Strasse", "die Arthur-Rohn-Strasse"),
    ("Birchdörfli", "das Birchdörfli"),
    ("Lochergut", "das Lochergut"),
    ("Zürichhorn", "das Zürichhorn"),
    ("Kasernenareal", "das Kasernenareal"),
    ("Sihlfeld", "das Sihlfeld"),
    ("Enge", "die Enge"),
    ("Letten", "der Letten"),
    ("Oberer Letten", "der Obere Letten"),
    ("Obere Waidstrasse", "die Obere Waidstrasse"),
    ("Bellevue", "das Bellevue"),
    ("Oerlikon", "Oerlikon"),
    ("Höngg", "Höngg"),
    ("Am Wasser", "Am Wasser"),
    ("Im Sack", "Im Sack"),
]


@pytest.mark.parametrize(("name", "phrase"), ARTICLES)
def test_with_article(name: str, phrase: str) -> None:
    assert with_article(name) == phrase


def test_dialog_sentence_for_a_square(gaz: Gazetteer) -> None:
    """The dialog capitalises the phrase: 'Der Hegibachplatz führt durch mehrere Kreise'."""
    street = gaz.resolve("Velos am Hegibachplatz").street
    assert street is not None
    phrase = with_article(street)
    assert f"{phrase[:1].upper()}{phrase[1:]} führt" == "Der Hegibachplatz führt"
