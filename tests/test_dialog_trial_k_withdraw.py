"""Leftovers of new-user trial k (§7, §12) about withdrawing:

1. "Bitte löschen Sie meine Meldung" right after forwarding withdrew at once,
   "Löschen Sie bitte meine Meldung" asked first. Every deletion wording of a
   concern now asks "Soll ich Ihr Anliegen ZH-… zurückziehen?" (as /loeschen and
   "… meine Meldung zurückziehen" ask); only "hat sich erledigt" and the like
   withdraw the one just forwarded at once.
2. "Doch, bitte weiterleiten" typed right after a withdrawal (no Telegram reply)
   started a new draft without a place; now the withdrawn concern is offered
   again ("Sie haben ZH-… zurückgezogen. Soll ich es doch … weiterleiten …?")."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import LANGUAGES as LANGS
from bot.texts import t
from store.db import session_scope
from store.models import Concern, Status, utcnow
from tests.chat import Chat
from tests.conftest import concerns
from tests.test_dialog_resident_reply import _telegram_reply

BIN = "Der Kübel am Idaplatz ist voll"


def _forwarded(chat: Chat, text: str = BIN) -> None:
    chat.say(text)
    chat.press(t("de", "btn_confirm"))


# -- 1. deletion wording: always asked -----------------------------------------


@pytest.mark.parametrize(
    "request_",
    [
        "Bitte löschen Sie meine Meldung",
        "Löschen Sie bitte meine Meldung",
        "Können Sie meine Meldung löschen?",
        "Meldung bitte löschen",
        "Chönd Sie mini Meldig lösche?",
        "bitte wieder löschen",
        "please delete my report",
        "supprimez mon signalement svp",
        "cancellate la mia segnalazione",
        "Löschen Sie bitte meine Meldung ZH-2026-000001",
        "I want to delete my report",
        "Supprimez ma demande ZH-2026-000001",
    ],
)
def test_deleting_the_concern_just_forwarded_asks_first(
    dialog: Dialog, engine: Engine, request_: str
) -> None:
    chat = Chat(dialog)
    _forwarded(chat)
    chat.say(request_)
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED  # not withdrawn at once
    assert c.reference == "ZH-2026-000001" and c.reference in chat.text
    assert len(chat.buttons) == 2 and chat.buttons[1].label in {t(x, "btn_no") for x in LANGS}
    assert chat.buttons[0].label in {t(x, "btn_withdraw_yes") for x in LANGS}
    chat.press(chat.buttons[0].label)
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN


def test_no_at_the_question_keeps_it(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    _forwarded(chat)
    chat.say("Bitte löschen Sie meine Meldung")
    chat.say("Nein")
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED and t("de", "withdraw_kept") in chat.text


@pytest.mark.parametrize(
    "text", ["Das hat sich erledigt", "Das hat sich erledigt, bitte wieder löschen", "never mind"]
)
def test_settled_right_after_forwarding_still_withdraws_at_once(
    dialog: Dialog, engine: Engine, text: str
) -> None:
    chat = Chat(dialog)
    _forwarded(chat)
    chat.say(text)
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN


# -- 2. "doch weiterleiten" typed right after a withdrawal -----------------------


def _withdrawn(chat: Chat, engine: Engine) -> Concern:
    _forwarded(chat)
    [c] = concerns(engine)
    chat.say(f"{c.reference} zurückziehen")
    assert chat.text == t("de", "withdrawn", reference=c.reference)
    return c


@pytest.mark.parametrize(
    "text",
    [
        "Doch, bitte weiterleiten",
        "Doch weiterleiten",
        "Nein doch, bitte trotzdem weiterleiten",
        "Doch, bitte glich witerleite",
        "actually please forward it",
        "Finalement, transmettez-la quand même",
        "Inoltratela comunque per favore",
    ],
)
def test_forward_after_all_offers_the_withdrawn_concern(
    dialog: Dialog, engine: Engine, text: str
) -> None:
    chat = Chat(dialog)
    old = _withdrawn(chat, engine)
    chat.say(text)
    assert old.reference is not None and old.reference in chat.text
    assert "Idaplatz" in chat.text and "Wo ist das genau?" not in chat.text
    assert len(concerns(engine)) == 1  # nothing filed yet
    assert [b.label for b in chat.buttons][1] in {t(x, "btn_again_keep") for x in LANGS}
    chat.press(chat.buttons[0].label)
    first, new = concerns(engine)
    assert first.status == Status.WITHDRAWN and new.status == Status.FORWARDED
    assert (new.topic, new.kreis, new.office) == (old.topic, old.kreis, old.office)
    assert new.text == BIN  # the wording alone is not part of it


def test_no_leaves_it_withdrawn_and_files_nothing(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    old = _withdrawn(chat, engine)
    chat.say("Doch, bitte weiterleiten")
    chat.say("Nein")
    assert chat.text.startswith(t("de", "again_kept_withdrawn", reference=old.reference))
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN
    chat.say("Danke")
    assert len(concerns(engine)) == 1


def test_the_offer_survives_a_restart(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    old = _withdrawn(chat, engine)
    chat.say("Doch, bitte weiterleiten")
    chat.say("/start")  # a resident who comes back: the question again
    assert old.reference is not None and old.reference in chat.text
    chat.say("Ja")
    assert [c.status for c in concerns(engine)] == [Status.WITHDRAWN, Status.FORWARDED]


def test_more_said_with_it_is_kept(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    _withdrawn(chat, engine)
    said = "Doch, bitte trotzdem weiterleiten, er stinkt schon"
    chat.say(said)
    chat.press(t("de", "btn_again_yes"))
    _, new = concerns(engine)
    assert new.text == f"{BIN}\n{said}" and new.status == Status.FORWARDED


def test_after_the_withdrawal_by_question_too(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    _forwarded(chat)
    chat.say("Bitte löschen Sie meine Meldung")
    chat.press(t("de", "btn_withdraw_yes"))
    chat.say("Doch weiterleiten")
    assert "ZH-2026-" in chat.text and t("de", "btn_again_yes") in [b.label for b in chat.buttons]


# "Bitte weiterleiten" is offered now, as "Bitte doch weiterleiten" is (helper
# dialog2's brief, item 3: `tests/test_dialog_withdraw_wished.py`).
@pytest.mark.parametrize("text", ["Doch nicht weiterleiten"])
def test_other_wording_is_not_offered(dialog: Dialog, engine: Engine, text: str) -> None:
    chat = Chat(dialog)
    _withdrawn(chat, engine)
    chat.say(text)
    assert t("de", "btn_again_yes") not in [b.label for b in chat.buttons]


def test_not_when_something_else_happened_since(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    _withdrawn(chat, engine)
    _forwarded(chat, "Die Lampe an der Josefstrasse 12 ist kaputt")
    chat.say("Doch weiterleiten")
    assert t("de", "btn_again_yes") not in [b.label for b in chat.buttons]


def test_not_long_after_the_withdrawal(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    old = _withdrawn(chat, engine)
    with session_scope(engine) as s:
        stored = s.get(Concern, old.id)
        assert stored is not None
        stored.updated_at = utcnow() - timedelta(hours=2)
        s.add(stored)
    chat.say("Doch weiterleiten")
    assert t("de", "btn_again_yes") not in [b.label for b in chat.buttons]


def test_a_telegram_reply_with_the_wording_only_is_kept_as_nothing(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    old = _withdrawn(chat, engine)
    notice = t("de", "withdrawn", reference=old.reference)
    [offer] = dialog.handle(_telegram_reply(chat.chat_id, "Doch weiterleiten", notice, 882001))
    chat.buttons = [b for row in offer.buttons for b in row]
    chat.press(t("de", "btn_again_keep"))  # no new draft without a place
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN
