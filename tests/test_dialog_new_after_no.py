"""A new concern after a "Nein," at the place question (bot.dialog.new_after_no):
the draft keeps its topic; the new problem is not filed in its place. A place
only, or a correction of the topic, after "Nein," still changes the draft. End
to end through the dialog, a fresh store each."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns

TRAFFIC = {
    "de": "Tempo 30 wird an der Zweierstrasse nie eingehalten, die Autos rasen",
    "gsw": "Tempo 30 wird a de Zweierstrasse nie iighalte, d Autos rased",
    "en": "Nobody keeps to the 30 km/h limit on Zweierstrasse, the cars race through",
    "fr": "Personne ne respecte la zone 30 à la Zweierstrasse, les voitures foncent",
    "it": "Nessuno rispetta il limite di 30 all'ora in Zweierstrasse, le auto sfrecciano",
}
BIN = {
    "de": "Nein, am Lochergut ist ein Kübel voll und stinkt",
    "gsw": "Nei, am Lochergut isch en Chübel voll und stinkt",
    "en": "No, at Lochergut a bin is overflowing and it stinks",
    "fr": "Non, au Lochergut une poubelle déborde et ça pue",
    "it": "No, al Lochergut un cestino è pieno e puzza",
}


@pytest.mark.parametrize("lang", list(TRAFFIC))
def test_a_new_problem_after_no_at_the_place_question_keeps_the_draft(
    dialog: Dialog, engine: Engine, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(TRAFFIC[lang])
    [draft] = concerns(engine)
    assert draft.topic == "verkehr" and draft.kreis is None  # "Welche Hausnummer?"
    chat.say(BIN[lang])
    first = concerns(engine)[0]
    assert first.topic == "verkehr" and first.kreis is None  # not re-filed as the bin
    assert BIN[lang] not in (first.text or "")
    pressed = t(lang, "btn_new_concern") in [b.label for b in chat.buttons]
    if pressed:  # "neues Anliegen oder der Ort?": the resident says which
        chat.press(t(lang, "btn_new_concern"))
    bins = [c for c in concerns(engine) if c.topic == "abfall"]
    assert len(bins) == 1 and bins[0].kreis == 4 and bins[0].id != first.id


def test_a_place_only_after_no_is_the_drafts_place(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(TRAFFIC["de"])
    chat.say("Nein, es ist am Lochergut")
    [draft] = concerns(engine)
    assert draft.topic == "verkehr" and draft.kreis == 4


def test_a_topic_correction_after_no_is_still_one(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(TRAFFIC["de"])
    chat.say("nein, es geht eigentlich um den Kübel")
    [draft] = concerns(engine)
    assert draft.topic == "abfall" and draft.kreis is None
