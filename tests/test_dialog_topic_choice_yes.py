""" "Ja" at the topics ("Was passt am besten?"): a short hint to pick a topic
(or write it), not the card again without a word."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize("yes", ["Ja", "ok"])
def test_yes_at_the_likely_topics_gets_a_hint_and_the_list(
    dialog: Dialog, engine: Engine, yes: str
) -> None:
    chat = Chat(dialog)
    chat.say("Da ist etwas komisch beim Idaplatz")
    assert "Was passt am besten?" in chat.text
    topics = [b.label for b in chat.buttons]
    chat.say(yes)
    assert chat.last[0].text == t("de", "pick_topic_hint")
    assert "Was passt am besten?" in chat.last[1].text
    assert [b.label for b in chat.buttons] == topics
    chat.say("Ja")  # again in a row: the hint alone, the list is right above
    assert [r.text for r in chat.last] == [t("de", "pick_topic_hint")]
    chat.say("Beleuchtung")  # the topic in words, as the hint says
    assert "Stimmt das?" in chat.text
    [concern] = concerns(engine)
    assert concern.topic == "beleuchtung" and concern.status == Status.DRAFT


def test_yes_at_all_topics_gets_the_hint_in_the_residents_language(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("The street lamp at Idaplatz is broken")
    chat.press(t("en", "btn_change_topic"))
    chat.say("yes")
    assert chat.last[0].text == t("en", "pick_topic_hint")
    assert len(chat.buttons) > 10  # all the topics again
