"""The draft's topic corrected at its card together with its place, at its place
question, and by naming what it is not (bot.dialog.topic_corrected). End to end
through the dialog, a fresh store each."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

BIN = "Der Abfallkübel am Idaplatz ist voll"


def _lead(lang: str, key: str, reference: str | None) -> str:
    """A text's words up to its topic ("Gut, Ihr Anliegen ZH-… betrifft also ")."""
    return t(lang, key, reference=reference, topic="\0", place="", office="").split("\0")[0]


# -- a place correction at the card: the place, its Kreis and Quartier, the card again


@pytest.mark.parametrize(
    ("card", "line", "kreis", "quartier", "place"),
    [
        (BIN, "nein, nicht am Idaplatz, am Bullingerplatz", 4, "Hard", "Bullingerplatz"),
        (
            "The bin at Idaplatz is overflowing",
            "no, it's at Helvetiaplatz not Idaplatz",
            4,
            "Langstrasse",
            "Helvetiaplatz",
        ),
        (
            "La poubelle au Idaplatz déborde",
            "non, c'est à la Bahnhofstrasse 10",
            1,
            "Lindenhof",
            "Bahnhofstrasse 10",
        ),
    ],
)
def test_a_place_correction_at_the_card_changes_only_the_place(
    dialog: Dialog, engine: Engine, card: str, line: str, kreis: int, quartier: str, place: str
) -> None:
    chat = Chat(dialog)
    chat.say(card)
    chat.say(line)
    [draft] = concerns(engine)  # no second draft
    assert (draft.kreis, draft.quartier, draft.place_text) == (kreis, quartier, place)
    assert draft.topic == "abfall" and draft.office == "erz" and draft.status == Status.DRAFT
    assert place in chat.last[-1].text and quartier in chat.last[-1].text  # the card again
    assert len(chat.buttons) == 3  # its buttons: yes, topic, place


@pytest.mark.parametrize(
    ("card", "line", "lang", "kreis", "place"),
    [
        (BIN, "nein, es geht um die Strassenlampe am Bullingerplatz", "de", 4, "Bullingerplatz"),
        (
            BIN,
            "nein, eigentlich geht es um die Lampe beim Helvetiaplatz, nicht den Kübel",
            "de",
            4,
            "Helvetiaplatz",
        ),
        (
            "La poubelle au Idaplatz déborde",
            "non, c'est le lampadaire à la Bahnhofstrasse 10",
            "fr",
            1,
            "Bahnhofstrasse 10",
        ),
    ],
)
def test_a_correction_of_topic_and_place_at_the_card_changes_both(
    dialog: Dialog, engine: Engine, card: str, line: str, lang: str, kreis: int, place: str
) -> None:
    """The bin stayed a bin at the new place (the line was read as a place alone)."""
    chat = Chat(dialog)
    chat.say(card)
    chat.say(line)
    [draft] = concerns(engine)
    assert draft.topic == "beleuchtung" and draft.office == "ewz"
    assert (draft.kreis, draft.place_text) == (kreis, place)
    assert line in (draft.text or "")  # the office reads what the resident said
    assert t(lang, "btn_confirm") in [b.label for b in chat.buttons]
    chat.press(t(lang, "btn_confirm"))
    [sent] = concerns(engine)
    assert sent.status == Status.FORWARDED and sent.office == "ewz" and sent.kreis == kreis


# -- at the place question


@pytest.mark.parametrize(
    ("card", "line", "lang"),
    [
        (
            "Der Abfallkübel ist voll",
            "nein, es geht eigentlich um die Lampe, nicht den Kübel",
            "de",
        ),
        ("Der Abfallkübel ist voll", "nein, eigentlich geht es um die Strassenlampe", "de"),
        ("The bin is overflowing", "sorry, I meant the street lamp", "en"),
        ("La poubelle déborde", "non, en fait c'est le lampadaire", "fr"),
        ("Il cestino è pieno", "no, in realtà si tratta del lampione", "it"),
    ],
)
def test_a_correction_at_the_place_question_changes_the_topic_and_asks_again(
    dialog: Dialog, engine: Engine, card: str, line: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(card)
    assert t(lang, "ask_place") in chat.text
    chat.say(line)
    [draft] = concerns(engine)  # not a new concern, the bin parked
    assert draft.topic == "beleuchtung" and draft.office == "ewz" and draft.kreis is None
    assert chat.last[0].text.startswith(_lead(lang, "corrected_at_place", draft.reference))
    assert chat.last[-1].text == t(lang, "ask_place")  # where, again
    assert t(lang, "place_unknown_go_on") not in chat.text
    chat.say("Josefstrasse 12")
    chat.press(t(lang, "btn_confirm"))
    [sent] = concerns(engine)
    assert sent.status == Status.FORWARDED and sent.office == "ewz" and sent.kreis == 5


def test_a_correction_with_a_place_at_the_place_question_takes_both(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel ist voll")
    chat.say("nein, es geht eigentlich um die Lampe am Idaplatz, nicht den Kübel")
    [draft] = concerns(engine)
    assert draft.topic == "beleuchtung" and draft.office == "ewz"
    assert (draft.kreis, draft.quartier, draft.place_text) == (3, "Sihlfeld", "Idaplatz")
    assert t("de", "btn_confirm") in [b.label for b in chat.buttons]  # the card


def test_a_correction_at_the_house_number_question_asks_it_again(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Die Lampe an der Badenerstrasse ist kaputt")
    asked = chat.text  # "Die Badenerstrasse führt durch mehrere Kreise …"
    chat.say("nein, eigentlich geht es um den Abfallkübel")
    [draft] = concerns(engine)
    assert draft.topic == "abfall" and draft.kreis is None
    assert chat.last[-1].text == asked
    chat.say("Nr. 120")
    [draft] = concerns(engine)
    assert draft.kreis is not None and draft.topic == "abfall"


# -- what it is not: the draft's topic, said not to be it


@pytest.mark.parametrize(
    ("card", "line", "lang"),
    [
        (
            "The lamp at Josefstrasse 12 is broken",
            "no, it's the bin that is full, not the lamp",
            "en",
        ),
        ("The lamp at Josefstrasse 12 is broken", "no, the bin is full, not the lamp", "en"),
        ("The lamp at Josefstrasse 12 is broken", "no, it's the bin, not the lamp", "en"),
        (
            "Le lampadaire à la Josefstrasse 12 est cassé",
            "non, c'est la poubelle qui est pleine, pas le lampadaire",
            "fr",
        ),
    ],
)
def test_not_the_drafts_topic_takes_the_other_one_named(
    dialog: Dialog, engine: Engine, card: str, line: str, lang: str
) -> None:
    """The words after the take-back read as public transport or nothing clear;
    the line was added to the lamp's text as more of it."""
    chat = Chat(dialog)
    chat.say(card)
    chat.say(line)
    [draft] = concerns(engine)
    assert draft.topic == "abfall" and draft.office == "erz" and draft.kreis == 5
    assert _lead(lang, "corrected_at_confirm", draft.reference) in chat.text
    assert t(lang, "btn_confirm") in [b.label for b in chat.buttons]


def test_not_the_drafts_topic_and_nothing_clear_offers_the_topics(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("The lamp at Josefstrasse 12 is broken")
    chat.say("no, it's the thing that is broken, not the lamp")
    [draft] = concerns(engine)
    assert draft.topic == "beleuchtung"  # not changed on a guess
    assert chat.text == t("en", "choose_topic")  # the resident chooses (it was "added")
    assert draft.text and draft.text.endswith("not the lamp")  # the office reads it
