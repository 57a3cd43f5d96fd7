"""New-user trial k (docs/qa/new-user-trial-2026-12-07-k.md), findings 1, 4 and
12: answers to the city that were lost.

1. The answer to a staff question that names a place ("Hinterhof vo de
   Militärstrass 76, bim Veloständer", "Militärstrasse 76") was filed as a new
   concern or held as a fragment; "Der beim Brunnen" at the confirmation of a
   draft started after the question became a new draft.
4. An objection to "abgelehnt" ("Wieso privat? Das ist ein öffentlicher Park!")
   became a new draft asked for its place; the office never heard it.
12. A Telegram reply "Doch, bitte trotzdem weiterleiten" to a withdrawn
   concern's message became a new draft without the old place.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import ERZ, GSZ, RESIDENT, outbox, register, replies, staff_asked
from tests.test_dialog_resident_reply import _telegram_reply

HINTERHOF = "Bei uns im Hinterhof hat jemand eine Matratze und einen alten Kühlschrank abgestellt"
WHICH_YARD = "Grüezi, in welchem Hinterhof genau? Strasse und Hausnummer würden helfen."
OFFER = "Ist das Ihre Antwort zu {}?"


def _asked_where(dialog: Dialog, engine: Engine, question: str = WHICH_YARD) -> tuple[str, Chat]:
    """The trial's concern without a place, forwarded, and ERZ's question."""
    register(engine)
    resident = Chat(dialog, RESIDENT)
    resident.say(HINTERHOF)
    resident.press(t("de", "btn_place_unknown"))
    resident.press(t("de", "btn_confirm"))
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED and c.office == "erz" and c.kreis is None
    Chat(dialog, ERZ).say(f"/antwort {c.reference} {question}")
    return str(c.reference), resident


# -- 1. the answer names a place ----------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Hinterhof vo de Militärstrass 76, bim Veloständer",
        "Im Hinterhof der Militärstrasse 76 beim Veloständer",
        "Es ist der Hinterhof an der Militärstrasse 76",
        "Militärstrasse 76",
    ],
)
def test_an_answer_naming_a_place_reaches_the_office(
    dialog: Dialog, engine: Engine, answer: str
) -> None:
    reference, resident = _asked_where(dialog, engine)
    before = len(outbox(engine, ERZ, "alert"))
    resident.say(answer)
    assert OFFER.format(reference) in resident.text
    resident.press("Ja, an die Stelle senden")
    [c] = concerns(engine)  # no new concern
    assert [e.note for e in replies(engine, c.id)] == [answer]
    [alert] = outbox(engine, ERZ, "alert")[before:]
    assert answer in (alert.text or "")


@pytest.mark.parametrize(
    "text",
    [
        "Schlagloch an der Josefstrasse 12",  # another topic, confidently
        "Der Abfallkübel an der Weststrasse 30 ist voll",  # the same topic, another Kreis
    ],
)
def test_a_new_concern_with_a_place_of_its_own_is_still_filed(
    dialog: Dialog, engine: Engine, text: str
) -> None:
    c, _, resident = staff_asked(dialog, engine, "Welcher Kübel genau? Es hat dort zwei.")
    resident.say(text)
    assert "Ist das Ihre Antwort" not in resident.text
    assert t("de", "btn_confirm") in [b.label for b in resident.buttons]
    assert len(concerns(engine)) == 2 and replies(engine, c.id) == []


def test_a_place_after_a_staff_message_that_asks_nothing_is_no_answer(
    dialog: Dialog, engine: Engine
) -> None:
    _, resident = _asked_where(dialog, engine, "Danke, wir holen die Sachen morgen ab.")
    resident.say("Militärstrasse 76")
    assert "Ist das Ihre Antwort" not in resident.text


def test_no_at_the_offer_handles_the_place_as_before(dialog: Dialog, engine: Engine) -> None:
    _, resident = _asked_where(dialog, engine)
    resident.say("Militärstrasse 76")
    resident.press("Nein, neues Anliegen")
    assert resident.text == t("de", "tell_more")  # a place alone: the start of a concern
    [c] = concerns(engine)
    assert replies(engine, c.id) == []


def test_an_answer_at_the_confirmation_of_a_draft_started_after_the_question(
    dialog: Dialog, engine: Engine
) -> None:
    c, _, resident = staff_asked(dialog, engine, "Welcher Kübel genau?")
    resident.say("Schlagloch an der Josefstrasse 12")
    assert t("de", "btn_confirm") in [b.label for b in resident.buttons]
    resident.say("Der beim Brunnen")
    assert OFFER.format(c.reference) in resident.text
    resident.press("Ja, an die Stelle senden")
    assert [e.note for e in replies(engine, c.id)] == ["Der beim Brunnen"]
    assert t("de", "btn_confirm") in [b.label for b in resident.buttons]  # the draft again
    resident.press(t("de", "btn_confirm"))
    assert [x.status for x in concerns(engine)] == [Status.FORWARDED, Status.FORWARDED]


def test_the_place_question_of_a_draft_started_after_the_question_is_its_own(
    dialog: Dialog, engine: Engine
) -> None:
    c, _, resident = staff_asked(dialog, engine, "Welcher Kübel genau?")
    resident.say("Die Strassenlampe ist kaputt")  # no place: asked about, as before
    resident.press("Nein, neues Anliegen")
    assert "Wo ist das genau?" in resident.text
    resident.say("bei der alten Mühle hinten")  # answers "Wo ist das genau?"
    assert "Ist das Ihre Antwort" not in resident.text
    assert replies(engine, c.id) == []


# -- 4. an objection to "abgelehnt" ---------------------------------------------

TREE = "In der Bäckeranlage ist ein Baum auf den Weg gefallen"


def _rejected(dialog: Dialog, engine: Engine) -> tuple[str, Chat]:
    register(engine)
    resident = Chat(dialog, RESIDENT)
    resident.say(TREE)
    confirm = [b for b in resident.buttons if b.data.startswith("ok:")]
    if confirm:
        resident.press(confirm[0].label)
    [c] = concerns(engine)
    assert c.office == "gsz" and c.status == Status.FORWARDED
    Chat(dialog, GSZ).say(f"/status {c.reference} abgelehnt Privatgrundstück der Genossenschaft")
    return str(c.reference), resident


@pytest.mark.parametrize(
    "objection",
    ["Wieso privat? Das ist ein öffentlicher Park!", "Ma come privato? È un parco pubblico!!"],
)
def test_an_objection_to_a_rejection_reaches_the_office(
    dialog: Dialog, engine: Engine, objection: str
) -> None:
    reference, resident = _rejected(dialog, engine)
    before = len(outbox(engine, GSZ, "alert"))
    resident.say(objection)
    yes = [b for b in resident.buttons if b.data.startswith("ry:")]
    assert reference in resident.text and yes, resident.text
    resident.press(yes[0].label)
    [c] = concerns(engine)  # no new draft asked for its place
    assert [e.note for e in replies(engine, c.id)] == [objection]
    [alert] = outbox(engine, GSZ, "alert")[before:]
    assert objection in (alert.text or "")


def test_a_new_matter_after_a_rejection_is_filed(dialog: Dialog, engine: Engine) -> None:
    _, resident = _rejected(dialog, engine)
    resident.say("Die Strassenlampe an der Josefstrasse 12 ist kaputt")
    assert "Ist das Ihre Antwort" not in resident.text
    assert len(concerns(engine)) == 2


# -- 12. a reply to a withdrawn concern's message -------------------------------

LAMP = "Die Lampe an der Josefstrasse 12 ist kaputt"


def _withdrawn(dialog: Dialog, engine: Engine) -> str:
    register(engine)
    resident = Chat(dialog, RESIDENT)
    resident.say(LAMP)
    resident.press(t("de", "btn_confirm"))
    [c] = concerns(engine)
    resident.say(f"{c.reference} zurückziehen")
    assert resident.text == t("de", "withdrawn", reference=c.reference)
    return str(c.reference)


def test_a_reply_to_a_withdrawn_concern_offers_to_take_it_up_again(
    dialog: Dialog, engine: Engine
) -> None:
    reference = _withdrawn(dialog, engine)
    said = "Doch, bitte trotzdem weiterleiten, sie ist immer noch kaputt"
    notice = t("de", "withdrawn", reference=reference)
    [offer] = dialog.handle(_telegram_reply(RESIDENT, said, notice, 881001))
    assert reference in offer.text and "Josefstrasse 12" in offer.text
    resident = Chat(dialog, RESIDENT)
    resident.buttons = [b for row in offer.buttons for b in row]
    resident.press(t("de", "btn_again_yes"))
    old, new = concerns(engine)
    assert old.status == Status.WITHDRAWN
    assert new.status == Status.FORWARDED
    assert (new.office, new.kreis, new.topic) == (old.office, old.kreis, old.topic)
    assert LAMP in (new.text or "") and said in (new.text or "")


def test_no_at_the_offer_files_the_reply_as_before(dialog: Dialog, engine: Engine) -> None:
    reference = _withdrawn(dialog, engine)
    notice = t("de", "withdrawn", reference=reference)
    said = "Doch, bitte trotzdem weiterleiten, sie ist immer noch kaputt"
    [offer] = dialog.handle(_telegram_reply(RESIDENT, said, notice, 881002))
    resident = Chat(dialog, RESIDENT)
    resident.buttons = [b for row in offer.buttons for b in row]
    resident.press(t("de", "btn_again_no"))
    old, new = concerns(engine)
    assert old.status == Status.WITHDRAWN
    assert new.status == Status.DRAFT and new.text == said


def test_a_reply_naming_another_place_is_a_concern_of_its_own(
    dialog: Dialog, engine: Engine
) -> None:
    reference = _withdrawn(dialog, engine)
    notice = t("de", "withdrawn", reference=reference)
    said = "Die Lampe am Bucheggplatz ist auch kaputt"
    replied = dialog.handle(_telegram_reply(RESIDENT, said, notice, 881003))
    assert not any(reference in r.text for r in replied)
    assert len(concerns(engine)) == 2
