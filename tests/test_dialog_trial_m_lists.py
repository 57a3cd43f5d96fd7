"""New-user trial m, § 9 and § 11: the status question in French and English at
an open card lists the concerns (as German and Italian did); the lists of
concerns (`/meine`, the withdrawal buttons) name each one's place; "die erste",
"Nr. 2" name the line as shown (newest first); "Ich möchte noch eine
zurückziehen" lists them again; "Und die Nummer 3?" of no concern says so."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

BIN = "Der Kübel an der Josefstrasse 12 ist voll"
LAMP = "Die Strassenlampe am Idaplatz ist dunkel"
LITTER = "Abfall liegt am Helvetiaplatz herum"


def _three(chat: Chat) -> None:
    for text in (BIN, LAMP, LITTER):
        chat.say(text)
        chat.press(t("de", "btn_confirm"))


# -- § 9: the status question at an open card ------------------------------------


@pytest.mark.parametrize(
    ("lang", "first", "question"),
    [
        ("fr", "La poubelle de la Langstrasse 100 déborde", "Où en sont mes demandes?"),
        ("fr", "La poubelle de la Langstrasse 100 déborde", "Ou en sont mes demandes ?"),
        ("en", "The bin at Langstrasse 100 is overflowing", "What's the status of my reports?"),
    ],
)
def test_the_status_question_at_the_card_lists_the_concerns(
    dialog: Dialog, engine: Engine, lang: str, first: str, question: str
) -> None:
    chat = Chat(dialog)
    chat.say(first)
    chat.say(question)
    assert t(lang, "mine_header") in chat.text
    assert t(lang, "btn_confirm") in [b.label for b in chat.buttons]  # the card again
    assert len(concerns(engine)) == 1


def test_the_french_status_question_at_the_topic_choice(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("La poubelle de la Bäckeranlage déborde")
    chat.press(t("fr", "btn_confirm"))
    chat.say("Pardon, c'est plutôt près de l'entrée de la Bäckeranlage")
    chat.say("Où en sont mes demandes?")
    assert t("fr", "mine_header") in chat.text
    assert concerns(engine)[0].reference in chat.text


# -- § 11: lists with places, positions as shown ------------------------------------


def test_the_lists_name_each_concerns_place(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    _three(chat)
    bin_, lamp, litter = (c.reference for c in concerns(engine))
    chat.say("/meine")
    assert f"{litter} · " in chat.text and "Abfall und Sauberkeit · Helvetiaplatz · " in chat.text
    assert "Abfall und Sauberkeit · Josefstrasse 12 · " in chat.text
    chat.say("Ich möchte meine Meldung zurückziehen")
    assert [b.label for b in chat.buttons] == [
        f"{litter} · Abfall und Sauberkeit · Helvetiaplatz",
        f"{lamp} · Beleuchtung · Idaplatz",
        f"{bin_} · Abfall und Sauberkeit · Josefstrasse 12",
        "Keines",
    ]


@pytest.mark.parametrize(("said", "line"), [("die erste", 0), ("Nr. 3", 2), ("die dritte", 2)])
def test_a_position_names_the_line_as_shown(
    dialog: Dialog, engine: Engine, said: str, line: int
) -> None:
    chat = Chat(dialog)
    shown = picked_from_the_list(chat, engine, said)
    assert f"Soll ich Ihr Anliegen {shown[line]} (" in chat.text


def picked_from_the_list(chat: Chat, engine: Engine, said: str) -> list[str | None]:
    """The three concerns filed, the withdrawal list asked for and `said` at it; the
    references as the list shows them (newest first)."""
    _three(chat)
    shown = [c.reference for c in reversed(concerns(engine))]
    chat.say("Ich möchte meine Meldung zurückziehen")
    chat.say(said)
    return shown


@pytest.mark.parametrize(
    ("again", "lang"),
    [("Ich möchte noch eine zurückziehen", "de"), ("I want to withdraw another one", "en")],
)
def test_one_more_to_withdraw_lists_them_again(
    dialog: Dialog, engine: Engine, again: str, lang: str
) -> None:
    chat = Chat(dialog)
    _three(chat)
    chat.say("Ich möchte meine Meldung zurückziehen")
    chat.say("Nr. 2")
    chat.say("Ja")
    assert [c.status for c in concerns(engine)][1] == Status.WITHDRAWN
    chat.say(again)
    assert t(lang, "withdraw_ask_which") in chat.text
    assert len(chat.buttons) == 3  # the two still open, and "Keines"


def test_a_number_of_no_concern_says_so_with_the_list(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    for text in (BIN, LAMP):
        chat.say(text)
        chat.press(t("de", "btn_confirm"))
    chat.say("Und die Nummer 3?")
    assert t("de", "number_unknown", number=3) in chat.text
    assert t("de", "mine_header") in chat.text
    assert len(concerns(engine)) == 2  # nothing filed


def test_once_more_is_no_other_concern_to_withdraw(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Pouvez-vous encore une fois retirer les déchets à la Langstrasse 100?")
    assert t("fr", "withdraw_ask_which") not in chat.text
    assert t("fr", "withdraw_none") not in chat.text
    assert len(concerns(engine)) == 1  # a concern of its own
