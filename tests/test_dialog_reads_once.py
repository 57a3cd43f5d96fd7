"""Work one update does once (issue 10, round 8): a known resident's idle text
reads the latest concern once, not once per check that asks for it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import RESIDENT, file_concern

LAMP = "Die Strassenlampe an der Josefstrasse 12 brennt nicht"


@contextmanager
def latest_reads(engine: Engine) -> Iterator[list[str]]:
    """The statements that read a resident's concerns newest first (`concerns_of`)."""
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        flat = " ".join(statement.split())
        if "FROM concern" in flat and "ORDER BY concern.created_at DESC" in flat:
            seen.append(flat)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_an_idle_text_reads_the_latest_concern_once(dialog: Dialog, engine: Engine) -> None:
    """Again (`again.closed_concern`), an addition (`addition.forwarded_concern`)
    and an emergency's place (`late_place.waiting_for_place`) each ask for the
    latest concern of a resident who filed before: one read between them."""
    file_concern(dialog)  # forwarded a moment ago
    resident = Chat(dialog, RESIDENT)
    with latest_reads(engine) as reads:
        resident.say(LAMP)  # another concern: all three checks look, none takes it
    assert len(reads) == 1, reads
    assert "Gehört das zu" not in resident.text  # not an addition: a concern of its own
    assert len(concerns(engine)) == 2


def test_the_checks_still_see_the_latest_concern(dialog: Dialog, engine: Engine) -> None:
    """The one read serves each check: the addition is still recognised."""
    bin_ = file_concern(dialog)
    resident = Chat(dialog, RESIDENT)
    with latest_reads(engine) as reads:
        resident.say("Das isch e Seich, de Kübel isch jedi Wuche voll!!")
    assert resident.text == t("de", "addition_ask", reference=bin_.reference)
    assert len(reads) == 1, reads
