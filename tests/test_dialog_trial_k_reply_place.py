"""New-user trial k (docs/qa/new-user-trial-2026-12-07-k.md), § 1 left over: the
place named in the resident's answer to the city's question ("Im Hinterhof der
Militärstrasse 76") was not set on a concern that was "Kreis unbekannt"; it stayed
so until staff typed /kreis (bot/dialog/answer_place.py).
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.db import session_scope
from store.models import EventKind, Role, Status
from store.staff import add_staff
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import (
    ADMIN,
    COORD,
    ERZ,
    RESIDENT,
    events,
    outbox,
    register,
    replies,
    staff_asked,
)

HINTERHOF = "Bei uns im Hinterhof hat jemand eine Matratze und einen alten Kühlschrank abgestellt"
FEST = "Wir möchten im Hinterhof ein Quartierfest organisieren"  # Quartierleben
WHICH_YARD = "Grüezi, in welchem Hinterhof genau? Strasse und Hausnummer würden helfen."
UNKNOWN = "905"  # a coordinator of the unknown-Kreis office (qk_unknown)


def _placeless(dialog: Dialog, engine: Engine, text: str, staff: str) -> tuple[str, Chat]:
    """A concern filed with "Weiss ich nicht" for its place, and `staff`'s question."""
    register(engine)
    with session_scope(engine) as s:
        add_staff(
            s, channel="telegram", chat_id=UNKNOWN, office="qk_unknown", role=Role.COORDINATOR
        )
    resident = Chat(dialog, RESIDENT)
    resident.say(text)
    resident.press(t("de", "btn_place_unknown"))
    resident.press(t("de", "btn_confirm"))
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED and c.kreis is None
    Chat(dialog, staff).say(f"/antwort {c.reference} {WHICH_YARD}")
    return str(c.reference), resident


def _reply(dialog: Dialog, reference: str, text: str) -> str:
    """A Telegram reply to the bot's message about `reference`."""
    return "\n".join(r.text for r in Chat(dialog, RESIDENT).reply(reference, text))


def _place_events(engine: Engine, concern_id: int | None) -> list[tuple[object, object]]:
    return [
        (e.before.get("kreis"), e.after.get("kreis"))
        for e in events(engine, concern_id)
        if e.kind == EventKind.RESIDENT and e.note == "Ort aus der Antwort an die Stadt"
    ]


@pytest.mark.parametrize(
    ("telegram", "answer"),
    [
        (True, "Im Hinterhof der Militärstrasse 76 beim Veloständer"),
        (False, "Im Hinterhof der Militärstrasse 76 beim Veloständer"),
        (True, "Hinterhof vo de Militärstrass 76, bim Veloständer"),  # as the city writes it
        (False, "Militärstrasse 76"),
    ],
)
def test_the_place_of_the_answer_is_set_on_a_concern_without_one(
    dialog: Dialog, engine: Engine, telegram: bool, answer: str
) -> None:
    reference, resident = _placeless(dialog, engine, HINTERHOF, ERZ)
    before = len(outbox(engine, ERZ, "alert"))
    if telegram:
        assert "weitergeleitet" in _reply(dialog, reference, answer)
    else:
        resident.say(answer)
        resident.press("Ja, an die Stelle senden")
    [c] = concerns(engine)
    assert (c.kreis, c.quartier, c.place_text) == (4, "Langstrasse", "Militärstrasse 76")
    assert c.office == "erz"  # a department keeps its concern, as /kreis leaves it
    assert [e.note for e in replies(engine, c.id)] == [answer]
    assert _place_events(engine, c.id) == [(None, 4)]  # in the history, by the resident
    [alert] = outbox(engine, ERZ, "alert")[before:]
    assert answer in (alert.text or "")
    assert "📍 Ort aus der Antwort übernommen: Kreis 4 · Langstrasse · Militärstrasse 76" in (
        alert.text or ""
    )
    assert "Laut Routing-Tabelle" not in (alert.text or "")
    card = "\n".join(r.text for r in Chat(dialog, ERZ).say(f"/zeige {reference}"))
    assert "Ort: Kreis 4 · Langstrasse · Militärstrasse 76" in card


def test_at_the_unknown_kreis_office_the_concern_goes_where_its_place_is(
    dialog: Dialog, engine: Engine
) -> None:
    reference, _ = _placeless(dialog, engine, FEST, UNKNOWN)
    [c] = concerns(engine)
    assert c.office == "qk_unknown"
    said = _reply(dialog, reference, "Im Hinterhof der Zweierstrasse 120")
    [c] = concerns(engine)
    assert (c.kreis, c.office) == (3, "qk_kreise_3_4_5")
    assert "Quartierkoordination Kreise 3, 4, 5" in said  # where the answer went
    # As an emergency's late place: the card to the new office and to qk_unknown ...
    for chat in (COORD, UNKNOWN):
        texts = [m.text or "" for m in outbox(engine, chat, "alert")]
        assert any(x.startswith("Ort nachgetragen") and reference in x for x in texts), chat
    # ... and the answer, with the line, to the new office and to who asked.
    for chat in (COORD, UNKNOWN):
        answer = outbox(engine, chat, "alert")[-1].text or ""
        assert "Zweierstrasse 120" in answer
        assert "Zuständig jetzt: Quartierkoordination Kreise 3, 4, 5" in answer


def test_another_office_is_named_not_moved_to(dialog: Dialog, engine: Engine) -> None:
    """A concern staff moved to a coordination office without setting its Kreis:
    the routing table's office for the Kreis is named, staff decide."""
    reference, _ = _placeless(dialog, engine, FEST, UNKNOWN)
    Chat(dialog, ADMIN).say(f"/umleiten {reference} qk_uto_zuerichberg")
    [c] = concerns(engine)
    assert (c.office, c.kreis) == ("qk_uto_zuerichberg", None)
    _reply(dialog, reference, "Im Hinterhof der Zweierstrasse 120")
    [c] = concerns(engine)
    assert (c.office, c.kreis) == ("qk_uto_zuerichberg", 3)
    answer = outbox(engine, ADMIN, "alert")[-1].text or ""  # the office now
    assert "Laut Routing-Tabelle wäre dafür Quartierkoordination Kreise 3, 4, 5 zuständig" in (
        answer
    )
    assert f"/umleiten {reference} qk_kreise_3_4_5" in answer


def test_a_place_in_two_kreise_is_not_guessed(dialog: Dialog, engine: Engine) -> None:
    reference, _ = _placeless(dialog, engine, HINTERHOF, ERZ)
    _reply(dialog, reference, "Im Hinterhof der Zweierstrasse 100")  # Kreis 3 or 4
    [c] = concerns(engine)
    assert c.kreis is None and _place_events(engine, c.id) == []
    answer = outbox(engine, ERZ, "alert")[-1].text or ""
    assert "Zweierstrasse 100: Kreis 3 oder 4, nicht eindeutig" in answer
    assert f"/kreis {reference}" in answer


def test_a_concern_with_a_kreis_keeps_it(dialog: Dialog, engine: Engine) -> None:
    c, _, _ = staff_asked(dialog, engine, "Welcher Kübel genau?")
    assert c.kreis == 4 and c.reference is not None
    _reply(dialog, c.reference, "Der beim Idaplatz")  # Kreis 3
    [after] = concerns(engine)
    assert (after.kreis, after.office) == (4, "erz")
    assert "📍" not in (outbox(engine, ERZ, "alert")[-1].text or "")


def test_a_closed_concern_is_left_as_it_is(dialog: Dialog, engine: Engine) -> None:
    reference, _ = _placeless(dialog, engine, HINTERHOF, ERZ)
    Chat(dialog, ERZ).say(f"/status {reference} erledigt")
    _reply(dialog, reference, "Es war im Hinterhof der Militärstrasse 76")
    [c] = concerns(engine)
    assert c.kreis is None and len(replies(engine, c.id)) == 1
