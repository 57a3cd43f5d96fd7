"""Another matter at a place of its own after "und"/"e" (nlp.split_place_clause): two
concerns whatever their topics (new-user trial l, finding 5: in gsw and it the second
place was lost; en and fr split only because their topics differed)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from nlp.split import TopicOf, split_concerns
from nlp.split_announced import PlacesOf
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (  # the trial's gsw message
            "Grüezi, de Chübel am Helvetiaplatz isch scho wieder übervoll und bi de "
            "Bushaltestell Stauffacher liit überall Glas",
            [
                "Grüezi, de Chübel am Helvetiaplatz isch scho wieder übervoll",
                "bi de Bushaltestell Stauffacher liit überall Glas",
            ],
        ),
        (  # the trial's it message
            "Il cestino a Idaplatz è pieno e anche a Bullingerplatz c'è vetro rotto per terra",
            ["Il cestino a Idaplatz è pieno", "a Bullingerplatz c'è vetro rotto per terra"],
        ),
        (
            "De Chübel am Idaplatz isch voll u bim Bullingerplatz liit überall Glas",
            ["De Chübel am Idaplatz isch voll", "bim Bullingerplatz liit überall Glas"],
        ),
        (
            "De Chübel am Idaplatz isch voll und au bim Bullingerplatz liit überall Glas",
            ["De Chübel am Idaplatz isch voll", "bim Bullingerplatz liit überall Glas"],
        ),
        (
            "De Chübel am Idaplatz isch voll und denn bim Bullingerplatz liit überall Glas",
            ["De Chübel am Idaplatz isch voll", "bim Bullingerplatz liit überall Glas"],
        ),
        (
            "Il cestino a Idaplatz è pieno ed a Bullingerplatz c'è vetro rotto",
            ["Il cestino a Idaplatz è pieno", "a Bullingerplatz c'è vetro rotto"],
        ),
        (
            "Il cestino a Idaplatz è pieno e poi a Bullingerplatz c'è vetro rotto",
            ["Il cestino a Idaplatz è pieno", "a Bullingerplatz c'è vetro rotto"],
        ),
        (
            "Il cestino a Idaplatz è pieno, inoltre a Bullingerplatz c'è vetro rotto",
            ["Il cestino a Idaplatz è pieno", "a Bullingerplatz c'è vetro rotto"],
        ),
        (  # the same rule in de, en and fr
            "Der Kübel am Helvetiaplatz ist schon wieder übervoll und bei der Bushaltestelle "
            "Stauffacher liegt überall Glas",
            [
                "Der Kübel am Helvetiaplatz ist schon wieder übervoll",
                "bei der Bushaltestelle Stauffacher liegt überall Glas",
            ],
        ),
        (
            "The bin at Helvetiaplatz is overflowing again and at the Stauffacher bus stop "
            "there is glass everywhere",
            [
                "The bin at Helvetiaplatz is overflowing again",
                "at the Stauffacher bus stop there is glass everywhere",
            ],
        ),
        (
            "La poubelle au Helvetiaplatz déborde encore et à l'arrêt de bus Stauffacher "
            "il y a du verre partout",
            [
                "La poubelle au Helvetiaplatz déborde encore",
                "à l'arrêt de bus Stauffacher il y a du verre partout",
            ],
        ),
    ],
)
def test_a_matter_at_a_place_of_its_own_is_a_concern_of_its_own(
    topic_of: TopicOf, places_of: PlacesOf, text: str, parts: list[str]
) -> None:
    assert split_concerns(text, topic_of, places_of=places_of) == parts


@pytest.mark.parametrize(
    "text",
    [
        # One matter that names two places.
        "Der Kübel zwischen Idaplatz und Bullingerplatz ist voll",
        "De Chübel zwüsche Idaplatz und Bullingerplatz isch voll",
        "Il cestino tra Idaplatz e Bullingerplatz è pieno",
        "Il tram da Idaplatz a Bullingerplatz è sempre in ritardo",
        "Vo de Idaplatz u bis zum Bullingerplatz liit überall Abfall",
        # Only a place before "und": nothing said there.
        "Der Kübel am Idaplatz und beim Bullingerplatz ist voll",
        "Ich wohne am Idaplatz und beim Bullingerplatz liegt überall Glas",
        # No second place, or the same.
        "Der Kübel am Idaplatz ist voll und am Abend stinkt es fürchterlich",
        "Der Kübel am Idaplatz ist voll und am Idaplatz liegt auch noch Glas",
        "De Chübel am Idaplatz isch voll und am Abig stinkts",
    ],
)
def test_one_matter_naming_two_places_stays_one(
    topic_of: TopicOf, places_of: PlacesOf, text: str
) -> None:
    assert split_concerns(text, topic_of, places_of=places_of) == [text]


def test_the_second_place_is_not_lost(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(
        "Grüezi, de Chübel am Helvetiaplatz isch scho wieder übervoll und bi de "
        "Bushaltestell Stauffacher liit überall Glas"
    )
    assert "2 Anliegen" in chat.text
    chat.say("Ja")
    chat.say("Ja")
    first, second = concerns(engine)
    assert (first.kreis, first.place_text, first.status) == (4, "Helvetiaplatz", "forwarded")
    assert (second.kreis, second.place_text, second.status) == (4, "Stauffacher", "forwarded")


def test_the_italian_second_place_is_kept(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Il cestino a Idaplatz è pieno e anche a Bullingerplatz c'è vetro rotto per terra")
    assert "2 segnalazioni" in chat.text
    chat.say("Sì")
    first, second = concerns(engine)
    assert (first.place_text, first.status) == ("Idaplatz", "forwarded")
    assert second.place_text == "Bullingerplatz" and "vetro rotto" in second.text
