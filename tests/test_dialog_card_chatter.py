"""Chatter at a draft's card or place question (bot.dialog.card_chatter): "Sorry,
ich bin neu hier", "Moment", "hmm", an emoji joined the draft's text (staff would
have read it as part of the concern), became a concern of its own ("Moment") or
an unknown place. Now: a short answer, the open question again, the draft as it
was. End to end through the dialog."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

LAMP = "Die Strassenlampe an der Josefstrasse 12 ist kaputt"

# (the chatter, the resident's language, the short answer's key)
CHATTER = [
    ("Sorry, ich bin neu hier", "de", "card_chatter_new"),
    ("Moment", "de", "card_chatter"),
    ("Moment bitte", "de", "card_chatter"),
    ("hmm", "de", "card_chatter"),
    ("Entschuldigung, ich kenne mich nicht aus", "de", "card_chatter_new"),
    ("Exgüsi, ich bi neu do", "de", "card_chatter_new"),
    ("sorry I'm new to this", "en", "card_chatter_new"),
    ("oops, one moment please", "en", "card_chatter"),
    ("pardon, un instant", "fr", "card_chatter"),
    ("scusi, sono nuova qui", "it", "card_chatter_new"),
    ("😊", "de", None),  # no words: the card again, no "Kein Problem, ich warte gern"
    ("🙈🙈", "de", None),
]
CARDS = {
    "de": LAMP,
    "en": "The street lamp at Josefstrasse 12 is broken",
    "fr": "Le lampadaire à la Josefstrasse 12 est cassé",
    "it": "Il lampione in Josefstrasse 12 è rotto",
}


@pytest.mark.parametrize(("line", "lang", "key"), CHATTER)
def test_chatter_at_the_card_is_answered_and_the_card_comes_again(
    dialog: Dialog, engine: Engine, line: str, lang: str, key: str | None
) -> None:
    chat = Chat(dialog)
    chat.say(CARDS[lang])
    [before] = concerns(engine)
    chat.say(line)
    [draft] = concerns(engine)  # no concern of its own ("Moment" was one)
    assert draft.text == before.text  # not the concern's words
    assert draft.topic == before.topic == "beleuchtung" and draft.status == Status.DRAFT
    if key is None:
        assert t(lang, "card_chatter") not in chat.text
    else:
        assert chat.last[0].text == t(lang, key)
    assert t(lang, "waiting_confirm", reference=draft.reference) in chat.text
    assert t(lang, "btn_confirm") in [b.label for b in chat.buttons]
    chat.press(t(lang, "btn_confirm"))  # the card still answers its buttons
    [sent] = concerns(engine)
    assert sent.status == Status.FORWARDED and sent.text == before.text


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("Moment", "card_chatter"),
        ("Sorry, ich bin neu hier", "card_chatter_new"),
        ("ähm", "card_chatter"),
        ("😊", None),
    ],
)
def test_chatter_at_the_place_question_is_no_place(
    dialog: Dialog, engine: Engine, line: str, key: str | None
) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe ist kaputt")
    chat.say(line)
    [draft] = concerns(engine)
    assert draft.text == "Die Strassenlampe ist kaputt" and draft.kreis is None
    if key is None:
        assert t("de", "card_chatter") not in chat.text and t("de", "ask_place") in chat.text
    else:
        assert chat.last[0].text == t("de", key)
    assert t("de", "place_unknown_go_on") not in chat.text  # "Diesen Ort kenne ich leider nicht"
    assert t("de", "ask_place") in chat.text  # the question again
    chat.say("Josefstrasse 12")  # and it is answered as before
    [draft] = concerns(engine)
    assert draft.kreis == 5 and draft.place_text == "Josefstrasse 12"


def test_the_card_again_after_chatter_in_full_once_in_a_row(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(LAMP)
    chat.say("Moment")
    chat.say("hmm")  # the second in a row: a short reminder, not a second card
    [draft] = concerns(engine)
    assert draft.text == LAMP
    assert t("de", "still_open", reference=draft.reference) in chat.text
    assert "Stimmt das?" not in chat.text


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("Sorry, ja", Status.FORWARDED),  # the yes, without the apology
        ("Moment, danke", Status.DRAFT),  # the thanks: "Gern! Soll ich …?"
    ],
)
def test_chatter_around_an_answer_is_that_answer(
    dialog: Dialog, engine: Engine, line: str, status: Status
) -> None:
    chat = Chat(dialog)
    chat.say(LAMP)
    chat.say(line)
    [draft] = concerns(engine)
    assert draft.status == status and draft.text == LAMP


def test_more_than_chatter_is_read_as_before(dialog: Dialog, engine: Engine) -> None:
    """ "Moment, der Kübel am Idaplatz ist auch voll" says something: its own concern."""
    chat = Chat(dialog)
    chat.say(LAMP)
    chat.say("Moment, der Kübel am Idaplatz ist auch voll")
    lamp, bin_ = concerns(engine)
    assert lamp.text == LAMP and bin_.topic == "abfall" and bin_.kreis == 3


@pytest.mark.parametrize("line", ["Pardon?", "Pardon"])
def test_pardon_is_the_question_not_understood(dialog: Dialog, engine: Engine, line: str) -> None:
    """ "Pardon?" asks what the card means: it is explained, as before."""
    chat = Chat(dialog)
    chat.say(LAMP)
    chat.say(line)
    [draft] = concerns(engine)
    assert draft.text == LAMP
    said = t("de", "confirm_explained", reference=draft.reference, topic="\0", place="", office="")
    assert chat.text.startswith(said.split("\0")[0])
