"""More about a concern "in Bearbeitung" (trial leftovers, item 2): "Es ist
immer noch nicht gemacht" or "Der Kübel stinkt jetzt auch" after the status
notice got "Wo ist das genau?" as a new concern, unlike a concern just
forwarded or closed. An open concern in progress is offered the addition
(bot/dialog/addition.py), and "Der Kübel … auch" is the bin reported, not
another thing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.db import session_scope
from store.models import Concern, EventKind, Status, utcnow
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import ERZ, RESIDENT, events, file_concern, outbox, register

STILL = "Es ist immer noch nicht gemacht"
STINKS = "Der Kübel stinkt jetzt auch"


def _in_progress(dialog: Dialog, engine: Engine, *, days_ago: float = 0) -> Concern:
    register(engine)
    bin_ = file_concern(dialog)
    Chat(dialog, ERZ).say(f"/status {bin_.reference} in_bearbeitung")
    with session_scope(engine) as s:
        stored = s.get(Concern, bin_.id)
        assert stored is not None and stored.status == Status.IN_PROGRESS
        # Long after the forwarding: not "a moment ago" any more.
        stored.forwarded_at = utcnow() - timedelta(days=days_ago, hours=2)
        stored.updated_at = utcnow() - timedelta(days=days_ago)
        s.add(stored)
    return bin_


@pytest.mark.parametrize("text", [STILL, STINKS])
def test_more_about_a_concern_in_progress_is_offered_as_an_addition(
    dialog: Dialog, engine: Engine, text: str
) -> None:
    bin_ = _in_progress(dialog, engine)
    before = len(outbox(engine, ERZ, "alert"))
    resident = Chat(dialog, RESIDENT)
    resident.say(text)
    assert resident.text == t("de", "addition_ask", reference=bin_.reference)
    resident.press(t("de", "btn_addition_yes"))
    [added] = [e for e in events(engine, bin_.id) if e.kind == EventKind.ADDITION]
    assert added.note == text
    [alert] = outbox(engine, ERZ, "alert")[before:]
    assert bin_.reference in (alert.text or "")
    assert len(concerns(engine)) == 1


def test_after_the_reply_window_it_is_a_new_concern(dialog: Dialog, engine: Engine) -> None:
    _in_progress(dialog, engine, days_ago=8)
    resident = Chat(dialog, RESIDENT)
    resident.say(STILL)
    assert "Gehört das zu" not in resident.text
    assert len(concerns(engine)) == 2


def test_another_thing_is_still_another_concern(dialog: Dialog, engine: Engine) -> None:
    _in_progress(dialog, engine)
    resident = Chat(dialog, RESIDENT)
    resident.say("Gleich daneben liegt auch noch Sperrmüll")
    assert "Gehört das zu" not in resident.text


def test_the_bin_also_stinking_right_after_forwarding_is_an_addition(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    bin_ = file_concern(dialog)
    resident = Chat(dialog, RESIDENT)
    resident.say(STINKS)
    assert resident.text == t("de", "addition_ask", reference=bin_.reference)


def test_another_bin_is_not_the_bin_reported(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    file_concern(dialog)
    resident = Chat(dialog, RESIDENT)
    resident.say("Der andere Kübel ist auch voll")
    assert "Gehört das zu" not in resident.text


def test_a_second_line_while_asked_joins_the_addition(dialog: Dialog, engine: Engine) -> None:
    """Trial j, finding 10: the second line became a draft asked "Wo ist das
    genau?" and the button "Nein, das gehört zu ZH-…2"."""
    bin_ = _in_progress(dialog, engine)
    resident = Chat(dialog, RESIDENT)
    resident.say(STINKS)
    resident.say(STILL)
    assert resident.text == t("de", "addition_ask_both", reference=bin_.reference)
    assert t("de", "btn_reply_no") in [b.label for b in resident.buttons]
    assert len(concerns(engine)) == 1  # no draft
    resident.press(t("de", "btn_addition_yes"))
    [added] = [e for e in events(engine, bin_.id) if e.kind == EventKind.ADDITION]
    assert added.note == f"{STINKS}\n{STILL}"
    assert len(concerns(engine)) == 1


def test_no_to_both_lines_makes_one_new_concern(dialog: Dialog, engine: Engine) -> None:
    _in_progress(dialog, engine)
    resident = Chat(dialog, RESIDENT)
    resident.say(STINKS)
    resident.say(STILL)
    resident.press(t("de", "btn_reply_no"))
    drafts = [c for c in concerns(engine) if c.status == Status.DRAFT]
    assert [c.text for c in drafts] == [f"{STINKS}\n{STILL}"]
