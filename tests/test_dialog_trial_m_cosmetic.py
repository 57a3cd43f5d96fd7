"""New-user trial m, § 14 (cosmetic): a second tap on "Ja, löschen" after the
deletion is silent; `/meine` after it claims nothing about what was sent; a maps
link as the place answer shows the place it names; "8003" alone is a postcode
(the Kreis it names), no house number; "Danke vielmal!" at the question of an
addition gets "Gern geschehen." before the question, not the question alone."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


def _deleted(chat: Chat) -> None:
    chat.say("Der Kübel am Idaplatz ist voll")
    chat.press(t("de", "btn_confirm"))
    chat.say("/loeschen")
    yes = next(b for b in chat.buttons if b.label == t("de", "btn_yes_delete"))
    chat.press(yes.label)
    assert chat.text == t("de", "delete_done")
    chat.buttons = [yes]  # the same button, tapped again


def test_a_second_tap_on_delete_is_silent(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    _deleted(chat)
    assert chat.press(t("de", "btn_yes_delete")) == []


def test_the_list_after_deletion_says_nothing_is_stored(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    _deleted(chat)
    chat.say("/meine")
    assert chat.text == t("de", "mine_none")
    assert "gespeichert" in chat.text and "geschickt" not in chat.text  # two were sent


@pytest.mark.parametrize(
    ("link", "shown"),
    [
        ("https://www.google.com/maps/place/Idaplatz", "Idaplatz"),
        (
            "https://www.google.com/maps/place/Josefstrasse+12,+8005+Z%C3%BCrich/@47.38,8.52,17z",
            "Josefstrasse 12",
        ),
    ],
)
def test_a_maps_link_as_the_place_shows_the_place_it_names(
    dialog: Dialog, engine: Engine, link: str, shown: str
) -> None:
    chat = Chat(dialog)
    chat.say("Überall liegt Abfall herum")
    chat.say(link)
    [c] = concerns(engine)
    assert c.place_text == shown
    assert "http" not in chat.text and f"{shown} (" in chat.text


def test_a_postcode_alone_at_the_card_names_the_kreis(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("8004 Zürich, überall liegt Abfall auf dem Trottoir")
    assert concerns(engine)[0].kreis == 4
    chat.say("8003")
    assert t("de", "number_without_street") not in chat.text
    assert concerns(engine)[0].kreis == 3
    assert t("de", "btn_confirm") in [b.label for b in chat.buttons]


def test_a_postcode_alone_at_the_place_question(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Überall liegt Abfall herum")
    chat.say("8003")
    assert t("de", "number_without_street") not in chat.text
    assert concerns(engine)[0].kreis == 3


def test_a_house_number_alone_still_completes_the_street(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel an der Josefstrasse ist voll")
    chat.say("12")
    assert concerns(engine)[0].place_text == "Josefstrasse 12"


def test_thanks_at_the_question_of_an_addition(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Auf dem Spielplatz der Bäckeranlage liegen überall Glasscherben im Sand")
    chat.say("ja")
    chat.say("Im Sandkasten, bei der kleinen Rutschbahn")
    asked = chat.text
    assert t("de", "btn_addition_yes") in [b.label for b in chat.buttons]
    chat.say("Danke vielmal!")
    assert [r.text for r in chat.last] == [t("de", "welcome_short"), asked]
    assert len(concerns(engine)) == 1
