"""New-user trial m, finding 7: "Soll ich ZH-… zurückziehen?" was open when an
emergency came in; the question never came back, the resident's "ja" got "Gut.
Schreiben Sie mir …" and the concern stayed with the office. Now it is asked
again once the emergency is forwarded, and "ja" withdraws."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

BIN = "Der Abfallkübel an der Josefstrasse 12 ist übervoll"
WITHDRAW = "Ich möchte meine Meldung zurückziehen"
QUESTION = "Soll ich Ihr Anliegen ZH-2026-000001 (Abfall und Sauberkeit, Josefstrasse 12)"


def _asked(dialog: Dialog) -> Chat:
    chat = Chat(dialog)
    chat.say(BIN)
    chat.press(t("de", "btn_confirm"))
    chat.say(WITHDRAW)
    assert QUESTION in chat.text
    return chat


def test_the_question_comes_back_after_the_emergencys_place(dialog: Dialog, engine: Engine) -> None:
    chat = _asked(dialog)
    chat.say("Hilfe, vor dem Haus ist ein Velofahrer gestürzt und blutet stark am Kopf!")
    assert "Notfall" in chat.text and QUESTION not in chat.text  # the emergency first
    chat.say("Josefstrasse 12")
    assert "als dringend an die Stadt weitergeleitet" in chat.text
    assert f"Noch zu Ihrer Bitte von vorhin:\n{QUESTION}" in chat.text
    chat.say("ja")
    assert "zurückgezogen" in chat.text
    bin_, emergency = concerns(engine)
    assert bin_.status == Status.WITHDRAWN
    assert emergency.urgent and emergency.status == Status.FORWARDED


def test_the_question_comes_back_after_an_emergency_with_its_place(
    dialog: Dialog, engine: Engine
) -> None:
    chat = _asked(dialog)
    chat.say("Hilfe, an der Langstrasse 100 ist ein Velofahrer gestürzt und blutet stark!")
    assert "als dringend an die Stadt weitergeleitet" in chat.text
    assert QUESTION in chat.text
    chat.press(t("de", "btn_withdraw_yes"))
    assert [c.status for c in concerns(engine)] == [Status.WITHDRAWN, Status.FORWARDED]


def test_no_keeps_it_and_it_is_asked_once(dialog: Dialog, engine: Engine) -> None:
    chat = _asked(dialog)
    chat.say("Hilfe, an der Langstrasse 100 ist ein Velofahrer gestürzt und blutet stark!")
    chat.say("Nein")
    assert concerns(engine)[0].status == Status.FORWARDED
    chat.say("Danke")
    assert QUESTION not in chat.text


def test_after_the_143_answer_it_comes_back_when_they_write_again(
    dialog: Dialog, engine: Engine
) -> None:
    # As a draft held after 143 (bot.dialog.after_crisis): not with the crisis
    # answer, nor with an answer about the emergency; at the next message.
    chat = _asked(dialog)
    chat.say("Ich will nicht mehr leben")
    assert "143" in chat.text and QUESTION not in chat.text
    chat.say("Was soll ich jetzt tun?")
    assert QUESTION not in chat.text
    chat.say("Danke")
    assert f"Noch zu Ihrer Bitte von vorhin:\n{QUESTION}" in chat.text
    chat.say("ja")
    assert concerns(engine)[0].status == Status.WITHDRAWN
