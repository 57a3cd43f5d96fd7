"""The opening of a split message and a numbering word (new-user trial q, § 11;
nlp/split_opening.py): «Ja also hallo ich wollte nur sagen dass …» and «Hallo ich
möchte zwei Sachen melden. Erstens …» were quoted as the first concern, «Liegt auf
dem Trottoir …» lost its "Zweitens" and read as a question. Made-up texts in the
trial's words."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.intake import quote
from bot.texts import t
from nlp.split import TopicOf, split_concerns
from nlp.split_announced import PlacesOf
from nlp.split_opening import without_opening
from tests.chat import Chat
from tests.conftest import concerns

FILLER = (
    "Ja also hallo ich wollte nur sagen dass bei uns an der brauerstrasse 80 seit zwei wochen"
    " ein altes sofa auf dem trottoir steht und ausserdem ist die strassenlampe vor dem haus"
    " kaputt"
)
NUMBERED = (
    "Hallo ich möchte zwei Sachen melden. Erstens ist die Ampel an der Kreuzung Hardstrasse"
    " Badenerstrasse kaputt. Zweitens liegt auf dem Trottoir an der Hardstrasse 200 viel Glas."
)


def test_the_greeting_and_filler_are_no_part_of_the_first_concern(
    topic_of: TopicOf, places_of: PlacesOf
) -> None:
    first, second = split_concerns(FILLER, topic_of, places_of=places_of)
    assert (
        first
        == "bei uns an der brauerstrasse 80 seit zwei wochen ein altes sofa auf dem trottoir steht"
    )
    assert second == "ausserdem ist die strassenlampe vor dem haus kaputt"


def test_the_announcing_sentence_goes_and_the_numbering_words_stay(
    topic_of: TopicOf, places_of: PlacesOf
) -> None:
    assert split_concerns(NUMBERED, topic_of, places_of=places_of) == [
        "Erstens ist die Ampel an der Kreuzung Hardstrasse Badenerstrasse kaputt.",
        "Zweitens liegt auf dem Trottoir an der Hardstrasse 200 viel Glas.",
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("So viel Abfall liegt hier herum", "So viel Abfall liegt hier herum"),
        ("Also der Kübel ist voll", "Also der Kübel ist voll"),
        ("Hallo, der Kübel am Idaplatz ist voll", "Hallo, der Kübel am Idaplatz ist voll"),
        ("Bonjour, je voulais vous dire que la poubelle déborde", "la poubelle déborde"),
        ("hi, I just wanted to say that the bin is full", "the bin is full"),
        ("Hallo zäme", "Hallo zäme"),
    ],
)
def test_only_an_opening_goes(text: str, kept: str) -> None:
    assert without_opening(text) == kept


def test_the_quotes_of_a_split_message_read_as_the_resident_meant(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(NUMBERED)
    first = "Erstens ist die Ampel an der Kreuzung Hardstrasse Badenerstrasse kaputt."
    assert t("de", "several_concerns", n=2, text=quote(first)) in chat.text
    chat.press(t("de", "btn_confirm"))
    quoted = "Zweitens liegt auf dem Trottoir an der Hardstrasse 200 viel Glas."
    assert t("de", "next_concern", text=quoted) in chat.text
    assert [c.text for c in concerns(engine)][1] == quoted


def test_a_greeting_before_a_split_message_is_not_quoted(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(FILLER)
    assert "hallo" not in chat.text.casefold()
    assert concerns(engine)[0].text.startswith("bei uns an der brauerstrasse 80")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Guten Tag. Leider muss ich mich erneut beschweren. Die Strassenreinigung ist schlecht",
            "Die Strassenreinigung ist schlecht",
        ),
        ("Hallo! I have to complain again. The bins are full", "The bins are full"),
        ("Bonjour, je dois me plaindre à nouveau. La poubelle déborde", "La poubelle déborde"),
        (
            "Buongiorno. Purtroppo devo lamentarmi di nuovo. Il cestino è pieno",
            "Il cestino è pieno",
        ),
        ("Grüezi. I mues mi scho wieder beschwäre. De Chübel isch voll", "De Chübel isch voll"),
        ("Bonjour, la poubelle déborde au Idaplatz", "Bonjour, la poubelle déborde au Idaplatz"),
        ("Guten Tag. Ich muss mich über den Lärm beschweren. Jede Nacht", None),
        ("Guten Tag. Leider muss ich mich beschweren. Kaputt.", None),
    ],
)
def test_a_greeting_and_a_complaint_announced_go(text: str, kept: str | None) -> None:
    """New-user trial r, § 10: «Guten Tag. Leider muss ich mich erneut beschweren. Die
    Strassenreinigung …»; a sentence that says about what, or too little left, stays."""
    assert without_opening(text) == (text if kept is None else kept)


LETTER = (
    "Guten Tag. Leider muss ich mich erneut beschweren. Die Strassenreinigung an der"
    " Zweierstrasse 30 kommt seit Wochen nicht mehr, überall liegt Laub. Ausserdem ist die"
    " Sitzbank vor dem Haus Nr. 50 an der Zweierstrasse kaputt. Mit freundlichen Grüssen, H. Muster"
)


def test_the_letters_first_quote_starts_with_the_matter(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(LETTER)
    assert "«Die Strassenreinigung an der Zweierstrasse" in chat.text
    assert "Guten Tag" not in chat.text
