"""New-user trial n, the place question that offers "Gleicher Ort wie vorher"
(findings 5, 6, 9 and 10).

5. "Nein" / "no" there was taken as "Weiss ich nicht": "Ort unbekannt" at once,
   and the bot never asked where (bot/dialog/place_offered.py).
6. "gliich wie vorhin", "wie vorhin", "do au", "same as before", "comme avant",
   "come prima" were not understood, and after one answer it did not know the
   button was gone: "Ja" then only repeated "Wo ist das genau?"
   (bot/dialog/same_place.py, bot/dialog/place_answer.py).
9. An emergency typed at an ordinary concern's place question was not offered
   the place before (bot/dialog/same_place.py `offer`, bot/dialog/intake.py).
10. "Ja, aber beim Helvetiaplatz" became the place label "Ja, aber beim
   Helvetiaplatz" (bot/dialog/answer_lead.py).
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import RESIDENT, file_concern

BIN = "Der Abfallkübel an der Josefstrasse 12 ist übervoll"  # Kreis 5
BENCH = "Die Sitzbank ist kaputt"
FIRST = {
    "de": (BIN, BENCH),
    "en": ("The bin at Josefstrasse 12 is overflowing", "The bench is broken"),
    "fr": ("La poubelle à la Josefstrasse 12 est pleine", "Le banc est cassé"),
    "it": ("Il cestino alla Josefstrasse 12 è pieno", "La panchina è rotta"),
}


def _offers_the_place_before(chat: Chat) -> bool:
    return any(b.data.startswith("sp:") for b in chat.buttons)


def _at_the_place_question(dialog: Dialog, lang: str = "de") -> Chat:
    first, then = FIRST[lang]
    file_concern(dialog, first)
    chat = Chat(dialog, RESIDENT)
    chat.say(then)
    assert _offers_the_place_before(chat)
    return chat


# -- 5. "Nein": not the same place, so where then ------------------------------


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "Nein"),
        ("de", "nei, anderswo"),
        ("de", "Nein, an einem anderen Ort"),
        ("en", "no"),
        ("en", "No, somewhere else"),
        ("fr", "non, ailleurs"),
        ("it", "no, altrove"),
    ],
)
def test_no_at_the_place_before_asks_where_then(
    dialog: Dialog, engine: Engine, lang: str, typed: str
) -> None:
    chat = _at_the_place_question(dialog, lang)
    chat.say(typed)
    assert chat.text == t(lang, "ask_place_elsewhere")
    assert not _offers_the_place_before(chat)
    assert [b.label for b in chat.buttons] == [t(lang, "btn_place_unknown")]
    assert concerns(engine)[1].kreis is None
    chat.say("Helvetiaplatz")
    bench = concerns(engine)[1]
    assert (bench.kreis, bench.place_text) == (4, "Helvetiaplatz")


def test_no_twice_is_place_unknown(dialog: Dialog, engine: Engine) -> None:
    chat = _at_the_place_question(dialog)
    chat.say("Nein")
    chat.say("Nein")
    assert any(b.data.startswith("ok:") for b in chat.buttons)  # the confirmation
    assert "Ort unbekannt" in chat.text


def test_dont_know_at_the_place_before_stays_unknown(dialog: Dialog, engine: Engine) -> None:
    chat = _at_the_place_question(dialog)
    chat.say("Weiss ich nicht")
    assert "Ort unbekannt" in chat.text


def test_no_at_an_emergencys_place_before_asks_once(dialog: Dialog, engine: Engine) -> None:
    file_concern(dialog, BIN)
    chat = Chat(dialog, RESIDENT)
    chat.say("Hilfe, ein Mann liegt bewusstlos am Boden")
    assert _offers_the_place_before(chat)
    chat.say("Nein")
    assert chat.text == t("de", "urgent_ask_place_elsewhere")
    chat.say("Helvetiaplatz")
    emergency = concerns(engine)[1]
    assert emergency.urgent and emergency.kreis == 4


# -- 6. "wie vorhin", "do au" …, and the button kept ---------------------------


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "gliich wie vorhin"),
        ("de", "wie vorhin"),
        ("de", "do au"),
        ("de", "dete au"),
        ("de", "gleich wie vorher"),
        ("de", "Die gleiche Adresse"),
        ("en", "same as before"),
        ("en", "Same as last time"),
        ("fr", "comme avant"),
        ("fr", "pareil"),
        ("it", "come prima"),
        ("it", "lo stesso di prima"),
    ],
)
def test_the_place_before_in_other_words(
    dialog: Dialog, engine: Engine, lang: str, typed: str
) -> None:
    chat = _at_the_place_question(dialog, lang)
    chat.say(typed)
    bench = concerns(engine)[1]
    assert (bench.kreis, bench.place_text) == (5, "Josefstrasse 12")
    assert any(b.data.startswith("ok:") for b in chat.buttons)  # the confirmation


@pytest.mark.parametrize("unknown", ["asdf Platz", "bim grüene Hüsli"])
def test_the_button_stays_after_an_unknown_place(
    dialog: Dialog, engine: Engine, unknown: str
) -> None:
    chat = _at_the_place_question(dialog)
    chat.say(unknown)
    assert chat.text == t("de", "ask_place_again")
    assert _offers_the_place_before(chat)
    chat.say("ja")
    bench = concerns(engine)[1]
    assert (bench.kreis, bench.place_text) == (5, "Josefstrasse 12")


# -- 9. An emergency at the place question -------------------------------------


@pytest.mark.parametrize(
    "emergency", ["Hilfe, ein Mann liegt bewusstlos am Boden", "Hilfe es brennt im Keller!"]
)
def test_an_emergency_at_the_place_question_offers_the_place_before(
    dialog: Dialog, engine: Engine, emergency: str
) -> None:
    chat = _at_the_place_question(dialog)
    chat.say(emergency)
    assert "144" in chat.text
    [label] = [b.label for b in chat.buttons if b.data.startswith("sp:")]
    assert label == t(
        "de", "btn_same_place", place="Josefstrasse 12 (Quartier Gewerbeschule, Kreis 5)"
    )
    chat.press(label)
    urgent = [c for c in concerns(engine) if c.urgent]
    assert [(c.kreis, c.place_text) for c in urgent] == [(5, "Josefstrasse 12")]


# -- 10. "Ja, aber beim Helvetiaplatz" -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "Ja, aber beim Helvetiaplatz"),
        ("de", "Nein, beim Helvetiaplatz"),
        ("de", "Also beim Helvetiaplatz"),
        ("en", "Yes, but at Helvetiaplatz"),
        ("fr", "Oui, mais à la Helvetiaplatz"),
        ("it", "Sì, ma al Helvetiaplatz"),
    ],
)
def test_answer_words_are_not_the_place(
    dialog: Dialog, engine: Engine, lang: str, typed: str
) -> None:
    chat = _at_the_place_question(dialog, lang)
    chat.say(typed)
    bench = concerns(engine)[1]
    assert (bench.kreis, bench.place_text) == (4, "Helvetiaplatz")
    chat.say("/meine")
    assert "Helvetiaplatz" in chat.text and "aber" not in chat.text
