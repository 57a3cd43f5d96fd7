"""A message that announces several concerns ("Zwei Sachen:", "two things:", "due
cose:") is split at a plain "und" between two different topics, also when the second
part opens with where it is rather than a new subject (new-user trial i, finding 1:
"Zwei Sachen: die Strassenlampe … brennt nicht mehr, und auf dem Trottoir liegen
Glasscherben" was one concern for EWZ, the glass lost). A verb after "und" still goes
on with the same concern."""

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
        (
            "Zwei Sachen: die Strassenlampe vor der Rotbuchstrasse 14 brennt nicht mehr, und auf"
            " dem Trottoir liegen Glasscherben",
            [
                "die Strassenlampe vor der Rotbuchstrasse 14 brennt nicht mehr",
                "auf dem Trottoir liegen Glasscherben",
            ],
        ),
        (
            "Grüezi mitenand, ich bin d Frau Huber vo de Rotbuchstrass. Zwei Sache: de Kandelaber"
            " vor em Huus 14 brennt nüm sit letscht Wuche, und uf em Trottoir hets Glasscherbe vo"
            " de Fläsche am Wuchenend",
            [
                "Grüezi mitenand, ich bin d Frau Huber vo de Rotbuchstrass. de Kandelaber vor"
                " em Huus 14 brennt nüm sit letscht Wuche",
                "uf em Trottoir hets Glasscherbe vo de Fläsche am Wuchenend",
            ],
        ),
        (
            "Two things: the street light at Langstrasse 100 is out, and there is a lot of"
            " broken glass on the pavement",
            [
                "the street light at Langstrasse 100 is out",
                "there is a lot of broken glass on the pavement",
            ],
        ),
        (
            "Due cose: il lampione in Langstrasse 100 è spento e sul marciapiede c'è tanto"
            " vetro rotto",
            [
                "il lampione in Langstrasse 100 è spento",
                "sul marciapiede c'è tanto vetro rotto",
            ],
        ),
        # Trial J: the second part opens with "beim", "al", "au" and its own place.
        (
            "Zwei Sachen: die Strassenlampe an der Josefstrasse 12 brennt nicht, und beim"
            " Idaplatz liegen Glasscherben",
            [
                "die Strassenlampe an der Josefstrasse 12 brennt nicht",
                "beim Idaplatz liegen Glasscherben",
            ],
        ),
        (
            "Due cose: il lampione in Langstrasse 100 non funziona, e al Limmatplatz ci sono"
            " vetri rotti",
            [
                "il lampione in Langstrasse 100 non funziona",
                "al Limmatplatz ci sono vetri rotti",
            ],
        ),
        (
            "Deux choses: la poubelle au Bucheggplatz déborde, et au Limmatplatz le lampadaire"
            " ne marche pas",
            [
                "la poubelle au Bucheggplatz déborde",
                "au Limmatplatz le lampadaire ne marche pas",
            ],
        ),
    ],
)
def test_announced_concerns_split_at_and(topic_of: TopicOf, text: str, parts: list[str]) -> None:
    assert split_concerns(text, topic_of) == parts


@pytest.mark.parametrize(
    "text",
    [
        "Zwei Sachen: der Kübel am Idaplatz ist voll und stinkt fürchterlich",
        # Without the announcement the plain "und" keeps its stricter rule.
        "Die Strassenlampe vor der Rotbuchstrasse 14 brennt nicht mehr, und auf dem Trottoir"
        " liegen Glasscherben",
    ],
)
def test_a_verb_after_and_or_no_announcement_stays_one(topic_of: TopicOf, text: str) -> None:
    assert split_concerns(text, topic_of) == [text]


def test_both_announced_concerns_reach_their_offices(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(
        "Zwei Sachen: die Strassenlampe an der Langstrasse 100 brennt nicht mehr, und auf dem"
        " Trottoir liegen Glasscherben"
    )
    assert "2 Anliegen" in chat.text
    chat.say("Ja")
    chat.say("Ja")
    lamp, glass = concerns(engine)
    assert (lamp.topic, lamp.office) == ("beleuchtung", "ewz")
    assert (glass.topic, glass.office) == ("abfall", "erz")


# Trial J, finding 2: both parts are read as abfall (graffiti too), but each names a
# place of its own; as one concern its Kreis was unknown and both places were lost.
@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Two things: the bin at Idaplatz is full, and there is graffiti on the school wall"
            " at Limmatplatz",
            [
                "the bin at Idaplatz is full",
                "there is graffiti on the school wall at Limmatplatz",
            ],
        ),
        (
            "Zwei Sachen: der Kübel beim Idaplatz ist voll, und beim Limmatplatz hat es Graffiti"
            " an der Wand",
            [
                "der Kübel beim Idaplatz ist voll",
                "beim Limmatplatz hat es Graffiti an der Wand",
            ],
        ),
        (
            "Zwöi Sache: de Chübel am Idaplatz isch voll, und am Limmatplatz hets Graffiti a de"
            " Muur",
            [
                "de Chübel am Idaplatz isch voll",
                "am Limmatplatz hets Graffiti a de Muur",
            ],
        ),
        (
            "Deux choses: la poubelle au Bucheggplatz déborde, et au Limmatplatz il y a des"
            " graffitis sur le mur",
            [
                "la poubelle au Bucheggplatz déborde",
                "au Limmatplatz il y a des graffitis sur le mur",
            ],
        ),
        (
            "Due cose: il cestino al Idaplatz è pieno, e al Limmatplatz ci sono graffiti sul muro",
            [
                "il cestino al Idaplatz è pieno",
                "al Limmatplatz ci sono graffiti sul muro",
            ],
        ),
    ],
)
def test_announced_same_topic_at_two_places_splits(
    topic_of: TopicOf, places_of: PlacesOf, text: str, parts: list[str]
) -> None:
    assert split_concerns(text, topic_of, places_of=places_of) == parts


@pytest.mark.parametrize(
    "text",
    [
        # No announcement: the same topic stays one concern, as before.
        "The bin at Idaplatz is full, and there is graffiti on the school wall at Limmatplatz",
        # Announced, the same topic at the same place, or only one place named.
        "Zwei Sachen: der Kübel beim Idaplatz ist voll, und am Idaplatz hat es Graffiti an der"
        " Wand",
        "Zwei Sachen: der Kübel beim Idaplatz ist voll, und es hat Graffiti an der Wand",
    ],
)
def test_same_topic_without_announcement_or_own_places_stays_one(
    topic_of: TopicOf, places_of: PlacesOf, text: str
) -> None:
    assert split_concerns(text, topic_of, places_of=places_of) == [text]


def test_announced_same_topic_concerns_keep_their_places(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(
        "Two things: the bin at Idaplatz is full, and there is graffiti on the school wall at"
        " Limmatplatz"
    )
    assert "2 concerns" in chat.text
    chat.say("Yes")
    chat.say("Yes")
    bin_, graffiti = concerns(engine)
    assert (bin_.kreis, bin_.place_text, bin_.status) == (3, "Idaplatz", "forwarded")
    assert (graffiti.kreis, graffiti.place_text, graffiti.status) == (5, "Limmatplatz", "forwarded")


# Trial J, finding 15: the announcement is a connector, not part of the first concern
# («Zwöi Sache: de Chübel am Idaplatz isch voll» was shown and filed).
@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Zwöi Sache: de Chübel am Idaplatz isch voll, und d Lampe am Limmatplatz isch kaputt",
            "de Chübel am Idaplatz isch voll",
        ),
        (
            "Zwei Dinge: der Kübel am Idaplatz ist voll, und die Lampe am Limmatplatz ist kaputt",
            "der Kübel am Idaplatz ist voll",
        ),
        (
            "Ich habe zwei Anliegen: der Kübel am Idaplatz ist voll, und die Lampe am"
            " Limmatplatz ist kaputt",
            "der Kübel am Idaplatz ist voll",
        ),
        (
            "Two things: the bin at Idaplatz is full, and the street light at Limmatplatz is"
            " broken",
            "the bin at Idaplatz is full",
        ),
        (
            "Deux choses : la poubelle au Bucheggplatz déborde, et au Limmatplatz le lampadaire"
            " ne marche pas",
            "la poubelle au Bucheggplatz déborde",
        ),
        (
            "Due cose: il cestino all'Idaplatz è pieno, e al Limmatplatz il lampione non funziona",
            "il cestino all'Idaplatz è pieno",
        ),
    ],
)
def test_the_announcement_is_not_part_of_the_first_concern(
    topic_of: TopicOf, places_of: PlacesOf, text: str, first: str
) -> None:
    parts = split_concerns(text, topic_of, places_of=places_of)
    assert len(parts) == 2 and parts[0] == first


def test_the_first_concern_is_shown_without_the_announcement(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Zwöi Sache: de Chübel am Idaplatz isch voll, und d Lampe am Limmatplatz isch kaputt")
    assert "zuerst: «De Chübel am Idaplatz isch voll»" in chat.text
    chat.say("Ja")
    assert concerns(engine)[0].text == "de Chübel am Idaplatz isch voll"
