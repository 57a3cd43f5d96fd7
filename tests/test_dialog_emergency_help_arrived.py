"""News that help came or is coming at an emergency's place question ("Die
Feuerwehr ist da", "Ambulanz ist unterwegs"): acknowledged, no new alarm, and
the place question stays open (it got the emergency numbers again, or the advice
to follow the call's instructions, and nothing said about it)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("emergency", "news", "ack", "lang"),
    [
        ("Es brennt im Treppenhaus!", "Die Feuerwehr ist da", "help_there_ack", "de"),
        ("Es brennt im Treppenhaus!", "Die Polizei ist schon da", "help_there_ack", "de"),
        (
            "Ein Mann liegt bewusstlos auf dem Trottoir",
            "Ambulanz ist unterwegs",
            "help_coming_ack",
            "de",
        ),
        ("Fire in the basement!", "The fire brigade is here", "help_there_ack", "en"),
        ("Au secours, il y a le feu dans la cave!", "Les pompiers sont là", "help_there_ack", "fr"),
        (
            "Aiuto! c'è un incendio nella cantina",
            "L'ambulanza sta arrivando",
            "help_coming_ack",
            "it",
        ),
    ],
)
def test_help_there_or_coming_is_acknowledged_and_the_place_still_asked(
    dialog: Dialog, engine: Engine, emergency: str, news: str, ack: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(emergency)
    assert chat.last[-1].text == t(lang, "urgent_ask_place")
    chat.say(news)
    assert [r.text for r in chat.last] == [t(lang, ack), t(lang, "urgent_ask_place")]
    [c] = concerns(engine)  # still the one emergency, waiting for its place
    assert c.urgent and c.status == Status.DRAFT and c.place_text is None
    chat.say("Josefstrasse 12")
    [c] = concerns(engine)
    assert c.kreis == 5 and c.status == Status.FORWARDED


def test_more_than_the_news_is_read_as_usual(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Es brennt im Treppenhaus!")
    chat.say("Die Polizei ist da und er hat ein Messer")
    assert t("de", "help_there_ack") not in chat.text
