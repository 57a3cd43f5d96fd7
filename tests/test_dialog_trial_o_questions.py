"""New-user trial o, §§ 4 and 5: questions about the bot itself are answered, not
filed. "Was kann ich hier alles melden?" and "Hallo ich bin neu hier was kann ich
hier machen?" became concerns (a question to route, "Wo ist das genau?"), and
"Kann ich das auch anonym melden?" a question for the Soziale Dienste; each draft
went out unconfirmed when it timed out (nlp/data/smalltalk.toml, kind
"anonymous", bot/texts/anonymous.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Was kann ich hier alles melden?", "de"),
        ("Hallo ich bin neu hier was kann ich hier machen?", "de"),
        ("Hi, I'm new here, what can I report?", "en"),
        ("Bonjour, je suis nouvelle ici", "fr"),
        ("Ciao, sono nuovo qui, cosa posso fare?", "it"),
    ],
)
def test_a_newcomer_asking_what_this_is_for_gets_the_steps(
    dialog: Dialog, engine: Engine, text: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert t(lang, "smalltalk_how_it_works") in chat.text
    assert concerns(engine) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kann ich das auch anonym melden?", "de"),
        ("Grüezi, chan i das au anonym mälde?", "de"),
        ("Muss ich meinen Namen angeben?", "de"),
        ("Can I report this anonymously?", "en"),
        ("Est-ce que je peux le signaler de façon anonyme?", "fr"),
        ("Posso segnalarlo in forma anonima?", "it"),
    ],
)
def test_asking_about_anonymity_gets_what_is_stored(
    dialog: Dialog, engine: Engine, text: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert t(lang, "smalltalk_anonymous") in chat.text
    assert concerns(engine) == []


def test_anonymity_at_the_card_keeps_the_card(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Sitzbank an der Bäckeranlage ist kaputt")
    chat.say("Ist das anonym?")
    assert t("de", "smalltalk_anonymous") in chat.text
    chat.press(t("de", "btn_confirm"))
    [concern] = concerns(engine)
    assert concern.status == "forwarded" and "anonym" not in (concern.text or "")


def test_a_concern_that_says_anonymous_is_still_filed(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Ich möchte anonym bleiben. Der Kübel am Idaplatz ist voll")
    assert t("de", "smalltalk_anonymous") not in chat.text
    assert t("de", "btn_confirm") in [b.label for b in chat.buttons]
