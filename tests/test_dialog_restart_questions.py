"""A restart shows the open question as it was (new-user trial i, finding 11): at the
"what is nearby" question the house number already given was asked for again, and
the deletion question was not shown ("Willkommen zurück!"), though "Ja" still deleted."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from tests.chat import Chat


def test_the_nearby_question_keeps_the_number(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Guten Abend, die Sitzbank vor dem Haus ist seit Tagen kaputt")
    chat.say("Rousseaustrasse 12")
    asked = chat.last[-1].text
    assert "Rousseaustrasse 12" in asked and "in der Nähe" in asked
    [again] = dialog.resume("telegram", "100")
    assert again.text == asked


def test_the_deletion_question_comes_again(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Strassenlampe kaputt an der Langstrasse 100")
    chat.say("/loeschen")
    asked = chat.last[-1]
    [again] = dialog.resume("telegram", "100")
    assert again.text == asked.text and "löschen" in again.text
    assert [b.label for row in again.buttons for b in row] == ["Ja, löschen", "Nein"]
