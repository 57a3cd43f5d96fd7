"""The resident's data in their own words (trial 2026-12-06 b): a question about
it was filed as a concern and asked where it is, "supprimer mes données" was
kept as the start of a concern, and "Ja" typed at the deletion question
forwarded the open draft instead of deleting."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Was passiert mit meinen Daten?", "de"),
        ("wer sieht meine Nachrichten?", "de"),
        ("Wie lange speichern Sie das?", "de"),
        ("Was passiert mit mine Date?", "de"),
        ("what happens with my data?", "en"),
        ("Que faites-vous de mes données?", "fr"),
        ("che cosa fate con i miei dati?", "it"),
    ],
)
def test_a_question_about_data_gets_the_privacy_text(
    dialog: Dialog, engine: Engine, question: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(question)
    assert chat.last[0].text == t(lang, "privacy_info", months=24)
    assert concerns(engine) == []


def test_at_the_place_question_the_question_stays_open(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Parkbank ist kaputt")
    chat.say("Wer sieht meine Nachricht?")
    assert "Datenschutz" in chat.text and "Wo ist das genau?" in chat.text
    assert "Damit die zuständige Stelle weiss" not in chat.text
    chat.say("Idaplatz")
    assert "Stimmt das?" in chat.text


def test_the_data_of_a_sign_is_a_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Daten auf der Anzeigetafel an der Haltestelle Idaplatz sind falsch")
    assert "Datenschutz" not in chat.text and "Stimmt das?" in chat.text


@pytest.mark.parametrize(
    ("request_", "yes"),
    [
        ("Bitte löschen Sie meine Daten", "Ja"),
        ("je veux supprimer mes données", "oui"),
        ("please delete my data", "Yes, delete"),
        ("cancellate i miei dati per favore", "sì"),
    ],
)
def test_a_deletion_asked_in_words_is_confirmed_and_done(
    dialog: Dialog, engine: Engine, request_: str, yes: str
) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.press(chat.buttons[0].label)  # forwarded
    chat.say(request_)
    assert [b.data for b in chat.buttons] == ["del:yes", "del:no"]
    chat.say(yes)
    [c] = concerns(engine)
    assert c.text is None and c.resident_id is None


def test_yes_typed_at_the_deletion_question_deletes_not_forwards(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Idaplatz ist voll")  # a draft at its confirmation
    chat.say("/loeschen")
    chat.say("Ja")
    assert "gelöscht" in chat.text and "weitergeleitet" not in chat.text
    [c] = concerns(engine)
    assert c.text is None and c.status != Status.FORWARDED


def test_no_typed_at_the_deletion_question_keeps_the_draft(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Idaplatz ist voll")
    chat.say("/loeschen")
    chat.say("Nein")
    assert "ich lösche nichts" in chat.text and "Stimmt das?" in chat.text
    [c] = concerns(engine)
    assert c.text and c.status == Status.DRAFT
