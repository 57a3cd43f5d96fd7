"""More about a concern after the city closed it, or after a restart (new-user
trial g, docs/qa/new-user-trial-2026-12-07-g.md): "Er ist schon wieder voll"
after "Ihr Anliegen ZH-… hat einen neuen Stand: erledigt." got "Ich höre zu: Was
ist los, und wo?" (finding 15; bot/dialog/again.py); "Der stinkt mittlerweile
fürchterlich" about the bin just forwarded, also after a restart, was asked "Wo
ist das genau?" (finding 11; a pronoun for the thing, bot/dialog/addition.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import ERZ, RESIDENT, events, file_concern, register, replies

AGAIN = "Er ist schon wieder voll"


def _closed(dialog: Dialog, engine: Engine, *, asked: bool = False, status: str = "erledigt"):
    register(engine)
    bin_ = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    if asked:
        staff.say(f"/antwort {bin_.reference} Welcher Kübel genau?")
    staff.say(f"/status {bin_.reference} {status} Geleert.")
    return bin_, staff, Chat(dialog, RESIDENT)


@pytest.mark.parametrize("asked", [False, True])
def test_full_again_after_done_is_offered_as_a_new_concern_at_the_same_place(
    dialog: Dialog, engine: Engine, asked: bool
) -> None:
    bin_, staff, resident = _closed(dialog, engine, asked=asked)
    resident.say("Danke!")
    resident.say(AGAIN)
    assert bin_.reference in resident.text and "Helvetiaplatz" in resident.text
    assert "Entsorgung + Recycling Zürich" in resident.text
    assert t("de", "btn_reply_yes") not in [b.label for b in resident.buttons]  # no answer
    resident.press(t("de", "btn_again_yes"))
    new = max(concerns(engine), key=lambda c: c.id)
    assert new.id != bin_.id and new.text == AGAIN and new.status == Status.FORWARDED
    assert (new.topic, new.kreis, new.office, new.place_text) == (
        bin_.topic,
        bin_.kreis,
        bin_.office,
        bin_.place_text,
    )
    assert resident.last[0].text.startswith("Danke! Ihr Anliegen " + (new.reference or ""))
    assert any(bin_.reference in (e.note or "") for e in events(engine, new.id))  # for staff
    shown = staff.say(f"/zeige {new.reference}")[0].text
    assert f"wieder gemeldet nach {bin_.reference}" in shown
    assert not replies(engine, bin_.id)  # not taken as the answer to "Welcher Kübel?"


def test_no_handles_it_as_before(dialog: Dialog, engine: Engine) -> None:
    bin_, _, resident = _closed(dialog, engine)
    resident.say(AGAIN)
    resident.press(t("de", "btn_again_no"))
    assert resident.text == t("de", "tell_more")
    assert [c.id for c in concerns(engine)] == [bin_.id]


def test_still_full_after_rejected_in_english(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    bin_ = file_concern(dialog, "The bin at Helvetiaplatz is overflowing")
    Chat(dialog, ERZ).say(f"/status {bin_.reference} abgelehnt")
    resident = Chat(dialog, RESIDENT)
    resident.say("It is still full")
    assert resident.text.startswith(f"Your concern {bin_.reference}")
    assert t("en", "btn_again_yes") in [b.label for b in resident.buttons]


@pytest.mark.parametrize(
    "text",
    [
        "Danke, dass Sie das so schnell gemacht haben",
        "Die Strassenlampe an der Josefstrasse 12 brennt nicht",
        "Wann wird er wieder geleert?",
    ],
)
def test_thanks_or_another_report_is_not_offered(dialog: Dialog, engine: Engine, text: str) -> None:
    _, _, resident = _closed(dialog, engine)
    resident.say(text)
    assert t("de", "btn_again_yes") not in [b.label for b in resident.buttons]


def test_the_answer_to_the_city_is_still_offered(dialog: Dialog, engine: Engine) -> None:
    """Without "wieder" the question of the closed concern stays answerable (finding 5)."""
    bin_, _, resident = _closed(dialog, engine, asked=True)
    resident.say("Der grosse bei der Haltestelle")
    assert resident.text == t("de", "reply_ask", reference=bin_.reference)


@pytest.mark.parametrize("restart", [False, True])
def test_it_stinks_about_the_bin_just_forwarded_is_an_addition(
    dialog: Dialog, engine: Engine, classifier: object, settings: object, restart: bool
) -> None:
    register(engine)
    bin_ = file_concern(dialog)
    if restart:  # a new process on the same database: the state is in the store
        dialog = Dialog(engine=engine, classifier=classifier, settings=settings)  # type: ignore[arg-type]
    resident = Chat(dialog, RESIDENT)
    resident.say("Der stinkt mittlerweile fürchterlich")
    assert resident.text == t("de", "addition_ask", reference=bin_.reference)


@pytest.mark.parametrize(
    "text", ["Der Kübel an der Josefstrasse ist auch voll", "Die Lampe flackert"]
)
def test_a_thing_of_its_own_is_no_pronoun(dialog: Dialog, engine: Engine, text: str) -> None:
    register(engine)
    file_concern(dialog)
    resident = Chat(dialog, RESIDENT)
    resident.say(text)
    assert "Gehört das zu" not in resident.text
