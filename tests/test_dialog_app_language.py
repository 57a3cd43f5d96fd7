"""Which language a resident is answered in when the app's language (Telegram's
language_code) and the resident's words differ (new-user trial l, finding 10).

The words decide; the app's language only starts a new chat. "/start" on a phone set
to German does not turn an English conversation German, and "Allô?" is French."""

from __future__ import annotations

from bot.dialog import Dialog, Incoming
from bot.language import detect_language, of_a_new_chat
from bot.texts import t
from tests.chat import Chat


class AppChat(Chat):
    """A resident whose Telegram app is set to `app_language`."""

    def __init__(self, dialog: Dialog, chat_id: str, app_language: str) -> None:
        super().__init__(dialog, chat_id)
        self.app_language = app_language

    def _incoming(self, kind: str, **kw: object) -> Incoming:
        return super()._incoming(kind, app_language=self.app_language, **kw)


def test_allo_is_french_small_talk() -> None:
    assert detect_language("Allô?") == "fr"
    assert detect_language("allo ?") == "fr"
    assert detect_language("Hallo?") == "de"


def test_allo_is_answered_in_french_whatever_the_app(dialog: Dialog) -> None:
    for chat_id, app in [("9402", "de"), ("9904", "fr")]:
        chat = AppChat(dialog, chat_id, app)
        chat.say("Allô?")
        assert chat.text == t("fr", "smalltalk_test")


def test_start_keeps_the_language_the_resident_writes_in(dialog: Dialog) -> None:
    chat = AppChat(dialog, "9802", "de")  # an English speaker with a German phone
    chat.say("Hi, the bin at Idaplatz is overflowing")
    assert chat.text.startswith("I understood")
    chat.say("/start")
    assert chat.last[0].text == t("en", "start", months=dialog.settings.retention_months)
    assert "I understood" in chat.text and "Ich habe verstanden" not in chat.text
    chat.say("/meine")
    assert t("en", "mine_header") in chat.text


def test_a_new_chat_starts_in_the_app_language(dialog: Dialog) -> None:
    chat = AppChat(dialog, "9803", "fr")
    chat.say("/start")
    assert chat.text.startswith(t("fr", "start", months=dialog.settings.retention_months))
    # Words decide from then on.
    chat.say("Der Abfallkübel am Idaplatz ist voll")
    assert "Ich habe verstanden" in chat.text


def test_an_unclear_first_message_is_answered_in_the_app_language(dialog: Dialog) -> None:
    french = AppChat(dialog, "9804", "fr")
    french.say("Idaplatz")  # no word of any language
    german = AppChat(dialog, "9805", "de")
    german.say("Idaplatz")
    assert french.text != german.text
    assert french.last[0].lang == "fr" and german.last[0].lang == "de"


def test_of_a_new_chat() -> None:
    assert of_a_new_chat("it", "de") == "it"  # the words first
    assert of_a_new_chat(None, "fr") == "fr"
    assert of_a_new_chat(None, "es") is None  # a language the bot does not speak
    assert of_a_new_chat(None, None) is None


def test_a_plain_ja_does_not_switch_an_italian_conversation(dialog: Dialog) -> None:
    """Decided, not changed: "Ja" alone is no evidence of German. Italian speakers in
    Zürich say "Ja", "Danke", "ok" too (`bot.language.courtesy`), also on a phone set
    to German; the next sentence in German turns the conversation German."""
    chat = AppChat(dialog, "9405", "de")
    chat.say("Ciao, c'è qualcuno?")
    assert chat.text == t("it", "smalltalk_test")
    chat.say("Ja")
    assert chat.text == t("it", "smalltalk_ok")
    chat.say("Der Abfallkübel am Idaplatz ist voll")
    assert "Ich habe verstanden" in chat.text
