"""New-user trial m, finding 12: two open questions at once, "Wo ist das genau?"
and "Gehört das zu Ihrem Anliegen ZH-…001? [Nein, das gehört zu ZH-…002]", and
neither said which line it meant. The second now quotes its line briefly."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.quoted_offer import brief
from bot.texts import t
from tests.chat import Chat
from tests.staff_helpers import events

GLASS = "Auf dem Spielplatz der Bäckeranlage liegen überall Glasscherben im Sand"
MORE = "Es hat aber auch noch Scherben beim Eingang"


def test_the_second_question_quotes_its_line(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(GLASS)
    chat.press(t("de", "btn_confirm"))
    chat.say("Im Sandkasten, bei der kleinen Rutschbahn")
    assert chat.last[-1].text == "Gehört das zu Ihrem Anliegen ZH-2026-000001?"  # one question
    chat.say(MORE)
    where, offer = chat.last[-2:]
    assert where.text.startswith("Wo ist das genau?")
    assert offer.text == (
        "Ihre Nachricht «Es hat aber auch noch Scherben beim…»: "
        "Gehört das zu Ihrem Anliegen ZH-2026-000001?"
    )
    assert [b.label for row in offer.buttons for b in row] == [
        "Ja, dazuschreiben",
        "Nein, das gehört zu ZH-2026-000002",
    ]
    chat.press("Ja, dazuschreiben")  # the quoted line is the one added
    [added] = [e for e in events(engine, 1) if e.note and "Eingang" in e.note]
    assert added.note == MORE


def test_the_quote_in_english(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("There is broken glass everywhere in the sandpit at Bäckeranlage playground")
    chat.press(t("en", "btn_confirm"))
    chat.say("In the sandpit, next to the small slide")
    chat.say("There are still shards of glass at the entrance too")
    assert chat.last[-1].text.startswith("Your message “There are still shards of glass at the…”: ")


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Danke", "Danke"),
        ("Es hat aber immer noch Scherben beim Eingang", "Es hat aber immer noch Scherben beim…"),
        ("Sehr geehrte Damen und Herren, am Idaplatz", "Sehr geehrte Damen und Herren, am…"),
        ("x" * 60, "x" * 40 + "…"),
    ],
)
def test_brief(text: str, quoted: str) -> None:
    assert brief(text) == quoted
