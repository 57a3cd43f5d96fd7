"""The load bench's simulated resident (bench/load/resident.py) ends a
conversation the bot has ended, so no run waits for an answer that never comes."""

from __future__ import annotations

import random

from bench.load.resident import QUARTIER, Concern, Done, Say, Wait, react
from bot.texts import t


def _message(text: str) -> dict[str, object]:
    return {"message_id": 7, "chat": {"id": 1}, "text": text}


def test_a_question_about_an_earlier_concern_ends_the_conversation() -> None:
    # "Ist der Kübel am Idaplatz jetzt geleert?" after reporting the bin: the bot
    # gives that concern's status and says how to report something new
    # (bot/dialog/followup.py); the resident had waited forever (docs/load.md, round 4).
    status = _message("ZH-2026-000001: weitergeleitet an Entsorgung + Recycling Zürich")
    hint = _message(t("de", "followup_new_hint"))
    step = react([status, hint], Concern("Ist der Kübel jetzt geleert?", 3), random.Random(1))
    assert step == Done(forwarded=False)


def test_an_unfinished_answer_is_waited_for() -> None:
    step = react([_message("Grüezi!")], Concern("Der Kübel ist voll", 3), random.Random(1))
    assert isinstance(step, Wait)


def test_a_question_about_a_service_is_given_its_place() -> None:
    # "Wo kann ich Sondermüll abgeben?" is asked for its place as a question
    # (render.ask_place, "ask_place_question"); the simulated resident waited for
    # 90 s and counted as unfinished (2 of 286 in a --limits run, 2026-12-06).
    step = react(
        [_message(t("de", "ask_place_question"))],
        Concern("Wo kann ich Sondermüll abgeben?", 4),
        random.Random(1),
    )
    assert step == Say(QUARTIER[4])
