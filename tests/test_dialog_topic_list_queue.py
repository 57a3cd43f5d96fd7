"""The topic lists (`render.choose_likely_topic`, `render.all_topics`) save the
conversation anew; the concerns waiting their turn (the second concern of a
message) stay (`Ctx.save` keeps the queue whatever a step saves), also across
"Anderes Thema", "Thema ändern" typed or pressed, and a restart at the list."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

TWO = "Da ist etwas komisch beim Idaplatz. Und an der Bäckeranlage liegt viel Abfall herum."


def test_the_second_concern_is_taken_up_after_the_topic_lists(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(TWO)
    assert "Was passt am besten?" in chat.text  # the first: the likely topics
    chat.press(t("de", "btn_other_topic"))  # all topics
    chat.say("/start")  # a restart at the list: the list again
    chat.say("anderes Thema")
    chat.press("Beleuchtung")
    chat.press(t("de", "btn_change_topic"))
    chat.press("Beleuchtung")
    chat.press(t("de", "btn_confirm"))
    assert "Nun zu Ihrem nächsten Anliegen: «An der Bäckeranlage liegt viel Abfall herum.»" in (
        chat.text
    )
    chat.press(t("de", "btn_confirm"))
    first, second = concerns(engine)
    assert (first.topic, first.status) == ("beleuchtung", Status.FORWARDED)
    assert (second.kreis, second.status) == (4, Status.FORWARDED)
