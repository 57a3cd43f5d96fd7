"""A line's topic against a concern's, not hanging on a near-threshold
confidence (`bot.dialog.topic_kin`; the topic model retrained 2026-12-07 read
the glass on the playground abfall 0.52 / gruen 0.48, and an objection to
"abgelehnt" kultur 0.52)."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns
from tests.test_dialog_trial_k_answers import _rejected

GLASS = "Auf dem Spielplatz der Bäckeranlage liegen überall Glasscherben im Sand"


def test_more_of_a_concern_whose_topic_was_a_near_tie_is_one_addition(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(GLASS)
    chat.press(t("de", "btn_confirm"))
    chat.say("Im Sandkasten, bei der kleinen Rutschbahn")  # gruen, the tie's other side
    assert chat.text == "Gehört das zu Ihrem Anliegen ZH-2026-000001?"
    chat.say("Es hat aber immer noch Scherben beim Eingang")  # abfall
    assert chat.text == "Gehört beides zu Ihrem Anliegen ZH-2026-000001?"
    chat.press(t("de", "btn_addition_yes"))
    assert len(concerns(engine)) == 1


def test_a_clear_new_matter_after_a_rejection_is_no_objection(
    dialog: Dialog, engine: Engine
) -> None:
    _, resident = _rejected(dialog, engine)
    resident.say("Die Strassenlampe ist kaputt")  # no place, another topic, clearly
    assert "Ist das Ihre Antwort" not in resident.text
    assert "Wo ist das genau?" in resident.text
