"""A long message about one matter is one concern (new-user trial h, finding 3).

"…, manchmal auch Scherben, und die Kinder spielen dann dort. Mein Enkel hat sich
… Polizei …" was split at the plain "und" in the middle of a sentence: the rest of
the message after it sounded like another topic, so its half went to the police as
a second concern. The clause after a plain "und" must be a confident concern of
its own."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.settings import Settings
from nlp.split import TopicOf, split_concerns
from tests.chat import Chat
from tests.conftest import concerns

RAMBLING = (
    "Also ich wohne jetzt seit bald zwanzig Jahren hier im Quartier und habe eigentlich nie "
    "etwas gesagt, aber jetzt muss ich mich doch einmal melden, weil es wirklich nicht mehr "
    "geht. Meine Nachbarin, die Frau mit dem Hund, sagt auch schon lange, man sollte etwas "
    "machen. Seit dem Sommer ist es so, dass am Abend immer Jugendliche beim Spielplatz an "
    "der Bäckeranlage sitzen, was ja an sich in Ordnung ist, die sollen auch einen Ort haben, "
    "aber am Morgen liegt dann überall Abfall herum, Flaschen, Pizzaschachteln, manchmal auch "
    "Scherben, und die Kinder spielen dann dort. Mein Enkel hat sich letzte Woche fast "
    "geschnitten. Ich weiss nicht, ob das die Polizei oder die Stadtreinigung ist, aber "
    "irgendjemand sollte da mal schauen. Danke und freundliche Grüsse"
)


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The message is longer than the tests' usual limit (300): the real one."""
    return settings.model_copy(update={"max_text_length": 2000})


def test_the_rambling_message_is_one_concern(topic_of: TopicOf) -> None:
    assert split_concerns(RAMBLING, topic_of) == [RAMBLING]


def test_the_clause_after_a_plain_and_decides() -> None:
    """Only the sentences after the clause sound like another topic: no split."""

    def fake(part: str) -> tuple[str, float]:
        if "Polizei" in part:
            return "sicherheit", 0.9
        if part.startswith("die Kinder"):
            return "jugend", 0.45  # "die Kinder spielen dann dort." alone
        return "abfall", 0.9

    text = (
        "Am Morgen liegen überall Scherben beim Spielplatz, und die Kinder spielen dann dort. "
        "Irgendwer sollte schauen, vielleicht die Polizei."
    )
    assert split_concerns(text, fake) == [text]


def test_a_confident_clause_still_splits(topic_of: TopicOf) -> None:
    text = (
        "Der Kübel am Idaplatz ist voll und die Lampe an der Zweierstrasse brennt nicht. "
        "Es ist dort nachts sehr dunkel."
    )
    assert split_concerns(text, topic_of) == [
        "Der Kübel am Idaplatz ist voll",
        "die Lampe an der Zweierstrasse brennt nicht. Es ist dort nachts sehr dunkel.",
    ]


def test_in_the_dialog_one_concern_and_not_to_the_police(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(RAMBLING)
    assert "2 Anliegen" not in chat.text
    [concern] = concerns(engine)
    assert concern.office != "stapo"
    assert concern.text == RAMBLING
