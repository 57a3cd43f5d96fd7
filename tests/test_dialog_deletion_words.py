"""Deletion asked for in words (new-user trial k, finding 7): "Löschen Sie bitte
meine Meldung ZH-…" only showed the status; "… meine Meldung", "Ich möchte mein
Konto löschen", "Ich will nicht mehr, löschen" were offered as additions to the
concern just forwarded ("Ja, dazuschreiben" would have sent them to the office);
"Meine Nummer soll gelöscht werden" and "vergessen Sie mich" started a new draft."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.test_dialog_trial_k_withdraw import _forwarded

DELETE_BUTTONS = ["del:yes", "del:no"]


@pytest.mark.parametrize(
    "request_",
    [
        "Ich möchte mein Konto löschen",
        "Ich will nicht mehr, löschen",
        "Meine Nummer soll gelöscht werden",
        "vergessen Sie mich",
        "Mis Konto lösche bitte",
        "Vergässed Sie mi",
        "Please delete my account",
        "forget me",
        "Supprimez mon compte",
        "Oubliez-moi",
        "Cancellate il mio numero",
        "Dimenticatemi",
    ],
)
def test_account_number_and_forget_me_ask_the_deletion_question(
    dialog: Dialog, engine: Engine, request_: str
) -> None:
    chat = Chat(dialog)
    _forwarded(chat)
    chat.say(request_)
    assert [b.data for b in chat.buttons] == DELETE_BUTTONS  # as /loeschen
    assert "dazuschreiben" not in chat.text
    [c] = concerns(engine)  # nothing filed, nothing added
    assert c.status == Status.FORWARDED and c.text == "Der Kübel am Idaplatz ist voll"
    chat.press(chat.buttons[0].label)
    [c] = concerns(engine)
    assert c.text is None and c.resident_id is None


def test_deleting_a_closed_concern_asks_the_deletion_question(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    _forwarded(chat)
    chat.say("ZH-2026-000001 zurückziehen")
    chat.say("Löschen Sie bitte meine Meldung ZH-2026-000001")
    assert [b.data for b in chat.buttons] == DELETE_BUTTONS


def test_deleting_my_concern_with_none_open_asks_the_deletion_question(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    _forwarded(chat)
    chat.say("ZH-2026-000001 zurückziehen")
    chat.say("Löschen Sie bitte meine Meldung")
    assert [b.data for b in chat.buttons] == DELETE_BUTTONS


def test_at_the_place_question_forget_me_asks_the_deletion_question(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Die Parkbank ist kaputt")
    assert "Wo ist das genau?" in chat.text
    chat.say("vergessen Sie mich")
    assert [b.data for b in chat.buttons] == DELETE_BUTTONS
    assert len(concerns(engine)) == 1


@pytest.mark.parametrize("text", ["Der Kübel ist schon wieder voll", "Feuerwehr löschen"])
def test_other_lines_are_no_deletion(dialog: Dialog, engine: Engine, text: str) -> None:
    chat = Chat(dialog)
    _forwarded(chat)
    chat.say(text)
    assert [b.data for b in chat.buttons] != DELETE_BUTTONS


def test_a_longer_deletion_request_is_no_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    _forwarded(chat)
    chat.say(
        "Ich habe es mir anders überlegt und möchte bitte, dass Sie mein Konto und"
        " einfach alles jetzt sofort löschen"
    )
    assert [b.data for b in chat.buttons] == DELETE_BUTTONS
    assert len(concerns(engine)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ich möchte mein Konto löschen",
        "Ich will nicht mehr, löschen",
        "Löschen Sie bitte meine Meldung",
        "vergessen Sie mich",
        "Der stinkt, löschen Sie das",
    ],
)
def test_a_deletion_is_never_more_about_the_concern(dialog: Dialog, text: str) -> None:
    """Whatever reads it first: `addition.says_more` never takes it as more about it."""
    from bot.dialog import addition
    from store.models import Concern

    concern = Concern(text="Der Kübel am Idaplatz ist voll", topic="abfall", kreis=3)
    assert not addition.says_more(dialog, concern, text)


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Ich möchte mein Konto löschen", True),
        ("Löschen Sie bitte meine Meldung", True),
        ("Der stinkt, löschen Sie das", True),
        ("Das Feuer ist inzwischen gelöscht", False),  # news about it, not a request
        ("Die Feuerwehr löscht gerade", False),
    ],
)
def test_a_deletion_request_is_not_a_report(text: str, asks: bool) -> None:
    from bot.dialog import deletion_words

    assert deletion_words.requested(text) is asks


def test_asking_whether_it_was_deleted_gets_its_status(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    _forwarded(chat)
    chat.say("Ist ZH-2026-000001 schon gelöscht?")
    assert "weitergeleitet" in chat.text and "zurückziehen" not in chat.text
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED


# Trial o's review (helper left): "Please forward it" at /loeschen's question deleted all
# the resident's data, read as a plain yes; forwarding words never say yes to deleting.
@pytest.mark.parametrize(
    "answer", ["Please forward it", "Bitte weiterleiten", "Ja, bitte weiterleiten", "Inoltratela"]
)
def test_forwarding_words_at_the_deletion_question_keep_everything(
    dialog: Dialog, engine: Engine, answer: str
) -> None:
    chat = Chat(dialog)
    _forwarded(chat)
    chat.say("/loeschen")
    chat.say(answer)
    [c] = concerns(engine)
    assert c.text == "Der Kübel am Idaplatz ist voll" and c.resident_id is not None
    assert c.status == Status.FORWARDED


def test_a_plain_yes_at_the_deletion_question_still_deletes(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    _forwarded(chat)
    chat.say("/loeschen")
    chat.say("Yes please")
    [c] = concerns(engine)
    assert c.text is None and c.resident_id is None
