"""An afterthought in the answer to the city while a draft waits: "Und sie ist
jetzt ganz aus. Übrigens liegt da auch Glas" to EWZ's question, while the
resident's pothole waits for its confirmation, went to EWZ whole (the split of
bot/dialog/answer_aside.py was for idle conversations only). Now the answer goes
to EWZ, the glass is queued behind the waiting draft, which is asked again, and
is taken up after it with the lamp as the concern before it."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Concern, Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import RESIDENT, file_concern, outbox, replies
from tests.test_dialog_answer_aside import EWZ, GLASS, LAMP, _asked

POTHOLE = "Schlagloch an der Josefstrasse 12"
ANSWER = "Und sie ist jetzt ganz aus."


def _glass_after_the_draft(engine: Engine, resident: Chat, lamp: Concern) -> None:
    """The waiting draft confirmed, the glass is next, at the lamp's place."""
    resident.press(t("de", "btn_confirm"))
    assert "Nun zu Ihrem nächsten Anliegen: «Liegt da auch Glas»" in resident.text
    same = [b.label for b in resident.buttons if "Bäckerstrasse 20" in b.label]
    assert same, resident.text  # the lamp's place, not the pothole's
    resident.press(same[0])
    resident.press(t("de", "btn_confirm"))
    first, pothole, glass = concerns(engine)
    assert first.id == lamp.id and first.text == LAMP
    assert pothole.text == POTHOLE and pothole.status == Status.FORWARDED
    assert glass.text == GLASS and glass.topic == "abfall"
    assert (glass.kreis, glass.place_text) == (4, "Bäckerstrasse 20")
    assert glass.status == Status.FORWARDED


def test_a_reply_with_an_afterthought_while_a_draft_waits_is_split(
    dialog: Dialog, engine: Engine
) -> None:
    lamp = _asked(dialog, engine)
    resident = Chat(dialog, RESIDENT)
    resident.say(POTHOLE)  # waits for its confirmation
    resident.reply(lamp.reference, f"{ANSWER} Übrigens {GLASS}")
    assert "weitergeleitet" in resident.text
    assert "Das Weitere nehme ich danach als eigenes Anliegen auf: «Liegt da auch Glas»" in (
        resident.text
    )
    assert resident.text.endswith("Stimmt das?")  # the draft's question again
    assert [e.note for e in replies(engine, lamp.id)] == [ANSWER]
    sent = outbox(engine, EWZ, "alert")[-1].text or ""
    assert "ganz aus" in sent and "Glas" not in sent
    _, pothole, glass = concerns(engine)
    assert pothole.status == Status.DRAFT and glass.status == Status.DRAFT
    _glass_after_the_draft(engine, resident, lamp)


def test_the_offered_answer_at_a_draft_s_confirmation_is_split_too(
    dialog: Dialog, engine: Engine
) -> None:
    lamp = _asked(dialog, engine)
    resident = Chat(dialog, RESIDENT)
    resident.say(POTHOLE)
    resident.say(f"Ganz aus. Übrigens {GLASS}")
    assert f"Ist das Ihre Antwort zu {lamp.reference}?" in resident.text
    resident.press("Ja, an die Stelle senden")
    assert [e.note for e in replies(engine, lamp.id)] == ["Ganz aus."]
    assert "«Liegt da auch Glas»" in resident.text and resident.text.endswith("Stimmt das?")
    _glass_after_the_draft(engine, resident, lamp)


def test_at_the_place_question_the_draft_keeps_its_question(dialog: Dialog, engine: Engine) -> None:
    lamp = _asked(dialog, engine)
    resident = Chat(dialog, RESIDENT)
    resident.say("Auf dem Trottoir hat es ein tiefes Schlagloch")
    resident.press("Nein, neues Anliegen")  # "Ist das Ihre Antwort zu …?"
    assert "Wo ist das genau?" in resident.text
    resident.reply(lamp.reference, f"{ANSWER} Übrigens {GLASS}")
    assert [e.note for e in replies(engine, lamp.id)] == [ANSWER]
    assert "«Liegt da auch Glas»" in resident.text
    resident.say("Josefstrasse 12")  # the pothole's place, not the glass's
    pothole = concerns(engine)[1]
    assert pothole.kreis == 5 and pothole.status == Status.DRAFT
    assert "Josefstrasse 12" in resident.text
    resident.press(t("de", "btn_confirm"))
    assert "Nun zu Ihrem nächsten Anliegen: «Liegt da auch Glas»" in resident.text
    assert len(concerns(engine)) == 3


def test_over_the_hour_s_limit_the_whole_reply_is_the_answer(
    dialog: Dialog, engine: Engine
) -> None:
    lamp = _asked(dialog, engine)
    file_concern(dialog, "Der Abfallkübel am Helvetiaplatz ist übervoll")
    resident = Chat(dialog, RESIDENT)
    resident.say(POTHOLE)  # the third within the hour (the tests' limit)
    text = f"{ANSWER} Übrigens {GLASS}"
    resident.reply(lamp.reference, text)
    assert [e.note for e in replies(engine, lamp.id)] == [text]
    assert len(concerns(engine)) == 3 and resident.text.endswith("Stimmt das?")
