"""A theft's concern gets a line on the Anzeige before the card (new-user trial r,
§ 10; nlp/theft.py, bot/dialog/theft.py): "Mein Velo wurde am Bahnhof Wiedikon
gestohlen" got only the card to the Stadtpolizei. Made-up texts."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.theft import reports_theft
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mein Velo wurde am Bahnhof Wiedikon gestohlen", "de"),
        ("Mis Velo isch am Bahnhof Wiedikon gstole worde", "de"),
        ("My bike was stolen at Bahnhof Wiedikon", "en"),
        ("On m'a volé mon vélo à la gare de Wiedikon", "fr"),
        ("Mi hanno rubato la bicicletta alla stazione Wiedikon", "it"),
    ],
)
def test_a_theft_gets_the_anzeige_line_before_the_card(
    dialog: Dialog, text: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert chat.last[0].text == t(lang, "theft_anzeige")
    assert "https://www.suisse-epolice.ch" in chat.last[0].text
    assert chat.buttons  # the card (or the topics to choose from) still comes


def test_the_theft_is_still_passed_on_when_the_resident_wants_it(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Mein Velo wurde am Bahnhof Wiedikon gestohlen")
    chat.press(t("de", "btn_confirm"))
    assert [c.office for c in concerns(engine)] == ["stapo"]


def test_bikes_left_standing_are_an_ordinary_concern(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Velos stehen seit Wochen herrenlos herum an der Weststrasse 70")
    assert t("de", "theft_anzeige") not in chat.text
    assert t("de", "btn_confirm") in [b.label for b in chat.buttons]


@pytest.mark.parametrize(
    "text",
    [
        "Velos stehen seit Wochen herrenlos herum",
        "Wohl gestohlene Velos stehen seit Monaten an der Weststrasse",
        "Abandoned bikes at the station",
        "Der Kübel am Idaplatz ist voll",
    ],
)
def test_no_theft(text: str) -> None:
    assert not reports_theft(text)
