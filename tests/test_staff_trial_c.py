"""What staff read in the third trial of 2026-12-06
(docs/qa/new-user-trial-2026-12-06-c.md)."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from tests.chat import Chat
from tests.staff_helpers import ERZ, file_concern, register


def test_a_status_reply_says_whether_the_person_reads_a_remark(
    dialog: Dialog, engine: Engine
) -> None:
    # It said "(mit Ihrer Bemerkung, falls Sie eine geschrieben haben)": the bot knows.
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/status {c.reference} in_bearbeitung")
    assert staff.text == (
        f"{c.reference}: Status ist jetzt «in Bearbeitung». Die meldende Person erhält in 3 "
        "Minuten eine Nachricht (keine, wenn Sie es bis dann mit /rueckgaengig zurücknehmen)."
    )
    staff.say(f"/status {c.reference} erledigt Kübel geleert")
    assert staff.text == (
        f"{c.reference}: Status ist jetzt «erledigt». Die meldende Person erhält in 3 Minuten "
        "eine Nachricht mit Ihrer Bemerkung (keine, wenn Sie es bis dann mit /rueckgaengig "
        "zurücknehmen)."
    )


def test_a_move_to_where_it_already_is(dialog: Dialog, engine: Engine) -> None:
    # It said "ZH-2026-000001 hat das schon so."
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/umleiten {c.reference} erz")
    assert staff.text == f"{c.reference}: Das ist schon so eingetragen; ich habe nichts geändert."


def test_the_card_says_where_a_next_to_it_place_came_from(dialog: Dialog, engine: Engine) -> None:
    # A concern that took the place of the one before ("gleich daneben") says so
    # on the card (it read "(place of ZH-…)", in English, before).
    register(engine)
    first = file_concern(dialog)
    second = file_concern(dialog, "Gleich daneben liegt auch noch Sperrmüll")
    assert second.kreis == first.kreis == 4
    staff = Chat(dialog, ERZ)
    staff.say(f"/zeige {second.reference}")
    assert f"(Ort von {first.reference} übernommen, die Person schreibt «daneben» o. ä.)" in (
        staff.text
    )
