"""A button "pressed" twice in the terminal chat (trial 2026-12-06 b): "1" typed
again after "Ja, weiterleiten" was read as text ("Können Sie das etwas genauer
beschreiben?"); on Telegram the second tap repeats the answer. Now the terminal
keeps the last buttons until a reply brings new ones."""

from __future__ import annotations

import io

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.terminal import run_chat
from tests.conftest import concerns


def _chat(dialog: Dialog, lines: str) -> str:
    out = io.StringIO()
    run_chat(dialog, io.StringIO(lines), out, chat_id="t1", interactive=False)
    return out.getvalue()


def test_yes_pressed_twice_repeats_the_answer(dialog: Dialog, engine: Engine) -> None:
    text = _chat(dialog, "Der Abfallkübel am Idaplatz ist voll\n1\n1\n")
    second = text.split("you> 1\n")[2]
    assert "ist an Entsorgung + Recycling Zürich weitergeleitet" in second
    assert "genauer beschreiben" not in second
    [c] = concerns(engine)
    assert c.reference is not None and text.count(c.reference) == 2


def test_an_out_of_date_button_says_so(dialog: Dialog, engine: Engine) -> None:
    text = _chat(dialog, "Der Abfallkübel am Idaplatz ist voll\n1\n2\n")
    last = text.split("you> 2\n")[1]
    # "Thema ändern" of the forwarded concern's card: what to do instead (new-user
    # trial r, section 10: "nicht mehr aktuell" left the resident without a way on)
    assert "ist schon an Entsorgung + Recycling Zürich weitergeleitet" in last
    assert "was nicht stimmt" in last and "genauer beschreiben" not in last


def test_new_buttons_replace_the_old_ones(dialog: Dialog, engine: Engine) -> None:
    text = _chat(dialog, "Der Abfallkübel am Idaplatz ist voll\n1\nDie Parkbank ist kaputt\n1\n")
    last = text.split("you> 1\n")[2]
    # "1" is now the place question's "Gleicher Ort wie vorher: Idaplatz …" (new-user
    # trial m, finding 2), not the old "Ja, weiterleiten".
    assert "Strassen, Trottoirs und Plätze, Idaplatz" in last and "Stimmt das?" in last
    assert "ZH-2026-000001" not in last
