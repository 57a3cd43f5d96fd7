"""A resident who changes their mind about passing a concern on: "Doch nicht
weiterleiten" after discarding it, "ZH-… doch weiterleiten", "Doch nicht" and
"Doch weiterleiten" at the card."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

BIN = "Der Abfallkübel am Idaplatz ist voll"


def discarded(dialog: Dialog) -> Chat:
    chat = Chat(dialog)
    chat.say(BIN)
    chat.say("Nicht weiterleiten")
    assert chat.text == t("de", "not_right")
    chat.press(t("de", "btn_discard"))
    assert chat.text == t("de", "discarded", reference="ZH-2026-000001")
    return chat


@pytest.mark.parametrize("line", ["Doch nicht weiterleiten", "Nicht weiterleiten"])
def test_not_forwarding_after_a_discard_is_acknowledged(
    dialog: Dialog, engine: Engine, line: str
) -> None:
    chat = discarded(dialog)
    chat.say(line)
    assert chat.text == t("de", "withdrawn_stays", reference="ZH-2026-000001")
    [concern] = concerns(engine)  # nothing filed, nothing kept as a start
    assert concern.status == Status.WITHDRAWN
    chat.say("Die Lampe an der Josefstrasse 12 ist kaputt")
    assert "Doch nicht" not in (concerns(engine)[-1].text or "")


def test_reference_and_forward_after_all_offers_it_again(dialog: Dialog, engine: Engine) -> None:
    chat = discarded(dialog)
    chat.say("ZH-2026-000001 doch weiterleiten")
    assert "(Abfall und Sauberkeit): zurückgezogen" not in chat.text  # not the status line only
    assert "Soll ich es doch an Entsorgung + Recycling Zürich weiterleiten" in chat.text
    chat.press(t("de", "btn_again_yes"))
    assert "ZH-2026-000002 ist an Entsorgung + Recycling Zürich weitergeleitet" in chat.text
    first, second = concerns(engine)
    assert first.status == Status.WITHDRAWN
    assert second.status == Status.FORWARDED and second.kreis == 3
    assert BIN in (second.text or "")


def test_forward_after_all_in_english(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("The bin at Idaplatz is full")
    chat.say("Never mind")
    assert concerns(engine)[0].status == Status.WITHDRAWN
    chat.say("Don't forward it")
    assert chat.text == t("en", "withdrawn_stays", reference="ZH-2026-000001")


def test_doch_nicht_at_the_card_asks_what_is_wrong(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(BIN)
    chat.say("Doch nicht")
    assert chat.text == t("de", "not_right")
    assert t("de", "btn_discard") in [b.label for b in chat.buttons]
    chat.say("Doch weiterleiten")
    assert "ZH-2026-000001 ist an Entsorgung + Recycling Zürich weitergeleitet" in chat.text
    [concern] = concerns(engine)  # neither line became a concern
    assert concern.status == Status.FORWARDED


def test_forward_after_all_at_the_withdrawal_question_keeps_it(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(BIN)
    chat.say("zurückziehen")
    assert t("de", "btn_withdraw_yes") in [b.label for b in chat.buttons]
    chat.say("ZH-2026-000001 doch weiterleiten")
    [concern] = concerns(engine)
    assert concern.status == Status.DRAFT  # not withdrawn: the opposite was asked
    assert "Stimmt das?" in chat.text


@pytest.mark.parametrize(
    ("line", "same_as"),
    [
        ("Bitte weiterleiten", "Doch weiterleiten"),
        ("Bitte nicht weiterleiten", "Nicht weiterleiten"),
    ],
)
def test_bitte_after_a_discard_gets_what_doch_gets(
    dialog: Dialog, engine: Engine, line: str, same_as: str
) -> None:
    """ "Bitte weiterleiten" reads as small talk's "yes": it got how to go about
    it, not the offer that "Doch weiterleiten" gets."""
    chat = discarded(dialog)
    chat.say(same_as)
    expected = chat.text
    chat = Chat(dialog, "101")
    chat.say(BIN)
    chat.say("abbrechen")
    chat.say(line)
    assert chat.text == expected.replace("ZH-2026-000001", "ZH-2026-000002")
    assert len(concerns(engine)) == 2  # nothing filed, nothing kept as a start
    if line == "Bitte weiterleiten":
        assert "Soll ich es doch an Entsorgung + Recycling Zürich weiterleiten" in chat.text
        chat.press(t("de", "btn_again_yes"))
        assert concerns(engine)[-1].status == Status.FORWARDED


@pytest.mark.parametrize(
    "line", ["Doch nicht weiterleiten", "Bitte doch nicht weiterleiten", "Bitte nicht weiterleiten"]
)
def test_not_forwarding_right_after_forwarding_offers_the_withdrawal(
    dialog: Dialog, engine: Engine, line: str
) -> None:
    chat = Chat(dialog)
    chat.say(BIN)
    chat.press(t("de", "btn_confirm"))
    chat.say(line)
    assert "Soll ich Ihr Anliegen ZH-2026-000001" in chat.text and "zurückziehen?" in chat.text
    assert "Gehört das zu" not in chat.text
    chat.press(t("de", "btn_withdraw_yes"))
    [concern] = concerns(engine)  # the line became no concern of its own
    assert concern.status == Status.WITHDRAWN


@pytest.mark.parametrize(
    ("first", "cancel", "forward"),
    [
        (BIN, "zurückziehen", "Bitte weiterleiten"),
        ("The bin at Idaplatz is full", "cancel", "Please forward it"),
        ("La poubelle à l'Idaplatz est pleine", "annuler", "Transmettez s'il vous plaît"),
    ],
)
def test_please_forward_at_the_withdrawal_question_keeps_it(
    dialog: Dialog, engine: Engine, first: str, cancel: str, forward: str
) -> None:
    # "Please forward it" read as a polite yes discarded the draft (helper dialog2's note).
    chat = Chat(dialog)
    chat.say(first)
    chat.say(cancel)
    assert len(chat.buttons) >= 2  # "Shall I withdraw …?" with its buttons
    chat.say(forward)
    [concern] = concerns(engine)
    assert concern.status == Status.DRAFT


@pytest.mark.parametrize(
    ("lang", "concern", "yes", "line", "told"),
    [
        ("de", BIN, "Ja", "Bitte weiterleiten", "ist schon an"),
        ("de", BIN, "Ja", "Weiterleiten bitte", "ist schon an"),
        ("en", "The bin at Idaplatz is full", "Yes", "Please forward it", "already been passed"),
    ],
)
def test_forward_right_after_forwarding_says_it_already_is(
    dialog: Dialog, engine: Engine, lang: str, concern: str, yes: str, line: str, told: str
) -> None:
    chat = Chat(dialog)
    chat.say(concern)
    chat.say(yes)
    assert "ZH-2026-000001" in chat.text and concerns(engine)[0].status == Status.FORWARDED
    chat.say(line)  # it got small talk's "Schreiben Sie mir einfach Ihr Anliegen"
    office = "Entsorgung + Recycling Zürich"
    assert chat.text == t(lang, "forwarded_already", reference="ZH-2026-000001", office=office)
    assert told in chat.text
    [only] = concerns(engine)  # nothing new filed
    assert only.status == Status.FORWARDED
