"""What a staff member reads after moving a concern says who was told
(trial 2026-12-06 b: "Die Stelle und die meldende Person sind informiert (die
Person liest auch Ihre Bemerkung)" after a move without a remark, to an office
with no chat in the bot, and to a resident who had deleted their data)."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from store.models import Status
from tests.chat import Chat
from tests.staff_helpers import COORD, ERZ, RESIDENT, concern, file_concern, register


def test_a_move_to_an_office_with_a_chat_without_a_remark(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/umleiten {c.reference} gsz")
    assert staff.text == (
        f"{c.reference} ist jetzt bei Grün Stadt Zürich. Die Stelle ist informiert. "
        "Die meldende Person erhält in 3 Minuten eine Nachricht (keine, wenn Sie es bis "
        "dann mit /rueckgaengig zurücknehmen)."
    )


def test_a_move_to_an_office_without_a_chat_says_who_sees_it(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/umleiten {c.reference} tiefbauamt Bitte prüfen")
    assert "Tiefbauamt hat hier keinen registrierten Chat" in staff.text
    assert "Die Stelle ist informiert" not in staff.text
    assert "Nachricht mit Ihrer Bemerkung" in staff.text


def test_a_topic_correction_without_a_remark_mentions_none(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/thema {c.reference} gruen")
    assert "Bemerkung" not in staff.text and "Die meldende Person erhält" in staff.text


def test_a_resident_who_deleted_their_data_is_not_said_to_be_told(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    c = file_concern(dialog)
    resident = Chat(dialog, RESIDENT)
    resident.say("/loeschen")
    resident.press("Ja, löschen")
    staff = Chat(dialog, ERZ)
    staff.say(f"/umleiten {c.reference} gsz")
    assert "Die Stelle ist informiert." in staff.text and "meldende Person" not in staff.text


def test_a_closed_concern_is_not_taken_over(dialog: Dialog, engine: Engine) -> None:
    # Trial 2026-12-06 b: [Übernehmen] on a concern marked "erledigt" answered
    # "haben Sie übernommen (Status «in Bearbeitung»)" while it stayed "erledigt".
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/zeige {c.reference}")
    take = next(b for b in staff.buttons if b.label == "Übernehmen")
    staff.say(f"/status {c.reference} erledigt Geleert")
    staff._send(staff._incoming("callback", data=take.data))  # the old card's button
    assert staff.text == (
        f"{c.reference} ist «erledigt» und lässt sich nicht übernehmen. Wieder öffnen: "
        f"/status {c.reference} in_bearbeitung"
    )
    done = concern(engine, c.id)
    assert done.status == Status.DONE and done.assignee_id is None
    staff.say(f"/zeige {c.reference}")
    assert [b.label for b in staff.buttons] == ["Status"]  # reopen, nothing to take


def test_a_coordinators_inbox_says_whose_each_concern_is(dialog: Dialog, engine: Engine) -> None:
    # Trial 2026-12-06 b: the coordinator's /eingang showed topic and Kreis, not
    # that the concern was with the Tiefbauamt (which has no chat in the bot).
    register(engine)
    c = file_concern(dialog)  # Helvetiaplatz, Kreis 4: Entsorgung + Recycling
    [line] = [x for x in Chat(dialog, COORD).say("/eingang")[0].text.splitlines() if "ZH-" in x]
    assert line.startswith(c.reference or "") and line.endswith(
        " · bei Entsorgung + Recycling Zürich"
    )
    [own] = [x for x in Chat(dialog, ERZ).say("/eingang")[0].text.splitlines() if "ZH-" in x]
    assert " · bei " not in own  # their own office goes without saying
