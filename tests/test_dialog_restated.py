"""The concern said again at its confirm card, or after it went out, in the same
words or in another language (closing note, item 2; bot.dialog.restated): a
resident writing English who restated it in German at the card got a second
draft of the same matter (so did the same words there), and after it was
forwarded the German words were filed as a new concern."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

EN = "The rubbish bin at Idaplatz is overflowing"
DE = "Der Abfallkübel am Idaplatz ist übervoll"
DE_LONG = "Der Abfallkübel am Idaplatz ist seit Tagen total übervoll"


def _lead(lang: str, reference: str | None) -> str:
    """The card's lead up to its topic: "Das ist Ihr Anliegen ZH-… von oben, …"."""
    text = t(lang, "restated_at_confirm", reference=reference, topic="", place="", office="")
    return text.split("(")[0]


@pytest.mark.parametrize(
    ("first", "again", "lang"),
    [(EN, DE, "de"), (DE, EN, "en"), (DE_LONG, DE_LONG, "de")],
)
def test_said_again_at_the_confirm_card_is_the_draft_on_it(
    dialog: Dialog, engine: Engine, first: str, again: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(first)
    chat.say(again)
    [draft] = concerns(engine)  # no second draft
    assert _lead(lang, draft.reference) in chat.text
    assert t(lang, "btn_confirm") in [b.label for b in chat.buttons]
    assert again in (draft.text or "")  # another language's words kept for the office
    chat.press(t(lang, "btn_confirm"))
    [filed] = concerns(engine)
    assert filed.status == Status.FORWARDED and filed.kreis == 3


def test_another_matter_at_the_same_place_is_not_the_draft(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(EN)
    chat.say("Die Strassenlampe am Idaplatz ist seit gestern Abend kaputt und dunkel")
    assert _lead("de", "ZH-2026-000001") not in chat.text
    assert len(concerns(engine)) == 2  # a new concern, as before


def test_said_in_another_language_after_it_went_out_is_asked_about(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(EN)
    chat.press(t("en", "btn_confirm"))
    chat.say(DE)
    [filed] = concerns(engine)  # not filed again
    assert t("de", "addition_ask", reference=filed.reference) in chat.text
