"""Buttons: strict callback data, stale buttons, double taps."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog, Incoming
from bot.dialog.codec import Action, Callback, decode, encode
from store.db import session_scope
from store.models import Conversation, Status
from tests.chat import Chat
from tests.conftest import concerns


def state(engine: Engine, chat_id: str = "100") -> tuple[str, dict[str, object]]:
    with session_scope(engine) as s:
        conv = s.get(Conversation, ("telegram", chat_id))
        assert conv is not None
        return conv.state, dict(conv.data)


@pytest.mark.parametrize(
    "data",
    [
        "ok:99999999999999999999999",
        "ok:１２",  # full-width digits
        "ok:²",
        "ok:-1",
        "ok",
        "k:1:13",
        "k:1:٣",
        "t:1:" + "x" * 40,
        "del:maybe",
        "zz:1",
        "",
        "ok:1:2:3",
        "x" * 65,
    ],
)
def test_forged_callback_data_is_refused(data: str) -> None:
    assert decode(data) is None


def test_codec_round_trip() -> None:
    for cb in [
        Callback(Action.CONFIRM, 12),
        Callback(Action.TOPIC, 2**31 - 1, "bau_planung"),  # the largest id the store has
        Callback(Action.KREIS, 3, "none"),
        Callback(Action.DELETE, None, "yes"),
    ]:
        data = cb.encode()
        assert len(data.encode()) <= 64 and decode(data) == cb


def test_forged_button_gets_a_polite_answer(dialog: Dialog, engine: Engine) -> None:
    replies = dialog.handle(
        Incoming("telegram", "7", "callback", user_id="7", data="ok:99999999999999999999999")
    )
    assert "Knopf" in replies[0].text
    assert concerns(engine) == []


def test_double_tap_on_confirm_repeats_the_reference(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    confirm = list(chat.buttons)
    first = chat.press("Ja, weiterleiten")[0].text
    for _ in range(2):
        chat.buttons = confirm
        again = chat.press("Ja, weiterleiten")
        assert again[0].text == first and again[0].edit
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED and c.reference in first


def test_stale_button_of_an_older_draft_keeps_the_new_question(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    old = list(chat.buttons)
    chat.say("Die Strassenlampe flackert seit Tagen, das ist gefährlich in der Nacht")
    before = state(engine)
    assert before[0] == "await_place"
    chat.buttons = old
    chat.press("Thema ändern")
    assert "nicht mehr aktuell" in chat.text
    assert state(engine) == before
    # The older draft can still be confirmed; the open question stays.
    chat.buttons = old
    chat.press("Ja, weiterleiten")
    rows = concerns(engine)
    assert rows[0].status == Status.FORWARDED and rows[1].status == Status.DRAFT
    assert state(engine)[0] == "await_place"


def test_someone_elses_button_is_stale(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    [c] = concerns(engine)
    other = Chat(dialog, chat_id="200")
    other.buttons = list(chat.buttons)
    other.press("Ja, weiterleiten")
    assert "nicht mehr aktuell" in other.text
    assert concerns(engine)[0].status == Status.DRAFT and c.reference not in other.text


def test_encoded_buttons_fit_telegram(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Beim Idaplatz ist es nachts sehr laut")
    chat.press("Thema ändern")
    assert all(1 <= len(b.data.encode()) <= 64 for b in chat.buttons)
    assert encode(Action.CONFIRM, 1) == "ok:1"
