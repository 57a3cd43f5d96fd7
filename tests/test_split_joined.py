"""Two concerns joined by "und dazu", "und ebenfalls", or "and there are rats too"
without a comma (new-user trial p, left from finding 2; nlp/split_joined.py). One
concern said with them stays whole. Made-up texts; the corpus rows (one concern
each, train and test) that split: 38 of 19,391 before and after, the same rows
(also after `refers_back`, 2026-12-07)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.split import TopicOf, split_concerns
from nlp.split_announced import PlacesOf
from tests.chat import Chat
from tests.conftest import concerns

TWO = [
    (
        "Der Kübel am Idaplatz ist voll und dazu ist die Lampe dort kaputt",
        ["Der Kübel am Idaplatz ist voll", "dazu ist die Lampe dort kaputt"],
    ),
    (
        "Der Kübel am Idaplatz ist voll und ebenfalls ist die Lampe dort kaputt",
        ["Der Kübel am Idaplatz ist voll", "ebenfalls ist die Lampe dort kaputt"],
    ),
    (
        "Der Kübel am Idaplatz ist voll und dazu gibt es Ratten",
        ["Der Kübel am Idaplatz ist voll", "dazu gibt es Ratten"],
    ),
    (
        "de chübel am idaplatz isch voll und dazu isch d lampe det kaputt",
        ["de chübel am idaplatz isch voll", "dazu isch d lampe det kaputt"],
    ),
    (
        "The bin at Idaplatz is full and there are rats too",
        ["The bin at Idaplatz is full", "there are rats too"],
    ),
    (
        "The bin at Idaplatz is full and there are rats as well",
        ["The bin at Idaplatz is full", "there are rats as well"],
    ),
    (
        "La poubelle au Idaplatz est pleine et il y a des rats aussi",
        ["La poubelle au Idaplatz est pleine", "il y a des rats aussi"],
    ),
    (
        "Der Kübel am Idaplatz ist voll und es hat Ratten auch",
        ["Der Kübel am Idaplatz ist voll", "es hat Ratten auch"],
    ),
]

ONE = [
    "Der Kübel am Idaplatz ist voll und dazu stinkt er",
    "Der Kübel am Idaplatz ist voll und dazu noch kaputt",
    "Der Kübel am Idaplatz ist voll und dazu liegt der Abfall überall herum",
    "Der Kübel am Idaplatz ist voll und ebenfalls ist der Kübel daneben voll",
    "Die Lampe ist kaputt und dazu ist es gefährlich dunkel",
    "Die Lampe an der Josefstrasse flackert und dazu ist das Licht sehr schwach",
    "The bin at Idaplatz is full and there is rubbish next to it too",
    "La poubelle au Idaplatz est pleine et il y a des déchets par terre aussi",
    "Der Kübel am Idaplatz ist voll und es hat Abfall daneben auch",
    # The second clause speaks of the thing before ("it", "darin", "lo"; trial q, § 11).
    "hey so theres this huge pile of trash bags next to the recycling point on Bäckerstrasse"
    " and it smells really bad and the foxes are getting into it",
    "Der Kübel am Idaplatz ist voll und die Füchse wühlen darin",
    "Il cestino in via Roma è pieno e le volpi lo rovesciano",
]


@pytest.mark.parametrize(("text", "parts"), TWO)
def test_a_concern_joined_with_dazu_or_too_is_split(
    text: str, parts: list[str], topic_of: TopicOf, places_of: PlacesOf
) -> None:
    assert split_concerns(text, topic_of, places_of=places_of) == parts


@pytest.mark.parametrize("text", ONE)
def test_one_concern_with_dazu_or_too_stays_whole(
    text: str, topic_of: TopicOf, places_of: PlacesOf
) -> None:
    assert split_concerns(text, topic_of, places_of=places_of) == [text]


def test_a_thing_by_its_pronoun_stays_one_concern_in_the_dialog(
    dialog: Dialog, engine: Engine
) -> None:
    """The trial line (new-user trial q, § 11): one card, no second UGZ draft."""
    chat = Chat(dialog)
    chat.say(
        "hey so theres this huge pile of trash bags next to the recycling point on"
        " Bäckerstrasse 20 and it smells really bad and the foxes are getting into it"
    )
    [concern] = concerns(engine)
    assert concern.topic == "abfall"
    assert t("en", "btn_confirm") in [b.label for b in chat.buttons]
