"""A Telegram reply to the bot's "erledigt" notice (trial leftovers, item 3)
was always taken as an answer to the city: "Danke!" reached the office as an
answer, "Er ist schon wieder voll" too, and "weitergeleitet" was said even
when no staff chat was sent it. Now thanks is small talk, the same again is
offered as a new concern at the same place (bot/dialog/again.py), and a
message nobody is sent is said to be only kept (bot/dialog/to_office.py)."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog, Incoming
from bot.staff.actions import Desk, set_status
from bot.telegram.convert import incoming_of
from bot.texts import t
from nlp.routing import RoutingTable
from store.db import session_scope
from store.models import Concern, Status
from store.repository import get_concern_by_reference
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import ERZ, RESIDENT, file_concern, outbox, register, replies

_ids = iter(range(880000, 890000))


def _reply(text: str, replied_to: str) -> Incoming:
    payload = {
        "update_id": next(_ids),
        "message": {
            "message_id": 50,
            "chat": {"id": int(RESIDENT), "type": "private"},
            "from": {"id": int(RESIDENT), "is_bot": False, "language_code": "de"},
            "text": text,
            "reply_to_message": {
                "message_id": 49,
                "chat": {"id": int(RESIDENT), "type": "private"},
                "from": {"id": 1, "is_bot": True, "username": "quartierbot"},
                "text": replied_to,
            },
        },
    }
    msg = incoming_of(payload, "quartierbot")
    assert msg is not None
    return msg


def _done(dialog: Dialog, engine: Engine) -> tuple[Concern, str]:
    register(engine)
    c = file_concern(dialog)
    Chat(dialog, ERZ).say(f"/status {c.reference} erledigt Geleert.")
    return c, outbox(engine, RESIDENT, "notice")[-1].text or ""


def test_thanks_is_thanks(dialog: Dialog, engine: Engine) -> None:
    c, notice = _done(dialog, engine)
    alerts = len(outbox(engine, ERZ, "alert"))
    answered = dialog.handle(_reply("Danke vielmals!", notice))
    assert answered[0].text == t("de", "smalltalk_thanks")
    assert replies(engine, c.id) == []
    assert len(outbox(engine, ERZ, "alert")) == alerts


def test_full_again_is_offered_as_a_new_concern(dialog: Dialog, engine: Engine) -> None:
    c, notice = _done(dialog, engine)
    text = "Er ist schon wieder voll"
    answered = dialog.handle(_reply(text, notice))
    assert "Helvetiaplatz" in answered[0].text and c.reference in answered[0].text
    resident = Chat(dialog, RESIDENT)
    resident.buttons = [b for r in answered for row in r.buttons for b in row]
    resident.press(t("de", "btn_again_yes"))
    new = max(concerns(engine), key=lambda x: x.id)
    assert new.id != c.id and new.text == text and new.status == Status.FORWARDED
    assert (new.kreis, new.office) == (c.kreis, c.office)
    assert replies(engine, c.id) == []


def test_no_to_the_offer_sends_it_to_the_office(dialog: Dialog, engine: Engine) -> None:
    c, notice = _done(dialog, engine)
    text = "Immer noch voll"
    answered = dialog.handle(_reply(text, notice))
    resident = Chat(dialog, RESIDENT)
    resident.buttons = [b for r in answered for row in r.buttons for b in row]
    resident.press(t("de", "btn_again_no"))
    assert [e.note for e in replies(engine, c.id)] == [text]
    assert text in (outbox(engine, ERZ, "alert")[-1].text or "")
    assert len(concerns(engine)) == 1


def test_other_text_goes_to_the_office(dialog: Dialog, engine: Engine) -> None:
    c, notice = _done(dialog, engine)
    text = "Wer hat das gemacht? Es war niemand hier heute."
    answered = dialog.handle(_reply(text, notice))
    assert "weitergeleitet" in answered[0].text
    assert [e.note for e in replies(engine, c.id)] == [text]
    assert text in (outbox(engine, ERZ, "alert")[-1].text or "")


def test_nobody_sent_it_is_said_honestly(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    Chat(dialog, ERZ).say("/alarme keine")
    with session_scope(engine) as s:  # "quartierbot concerns status … done"
        stored = get_concern_by_reference(s, c.reference or "")
        set_status(Desk(s, RoutingTable.load(), actor="cli"), stored, Status.DONE, None)
    notice = outbox(engine, RESIDENT, "notice")[-1].text or ""
    alerts = len(outbox(engine, kind="alert"))
    text = "Wer hat das gemacht? Es war niemand hier heute."
    answered = dialog.handle(_reply(text, notice))
    assert answered[0].text == t(
        "de", "reply_kept", reference=c.reference, office="Entsorgung + Recycling Zürich"
    )
    assert [e.note for e in replies(engine, c.id)] == [text]  # kept with the concern
    assert len(outbox(engine, kind="alert")) == alerts
