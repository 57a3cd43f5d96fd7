"""An emergency beside another matter went out without its place: the place comes
first, the waiting part after it (new-user trial q, finding 1: "Zurlindenstrasse 40",
typed for the fire as invited, went to the Sperrgut question asked at once; after a
restart it was kept as the start of a new concern. The Sperrgut question is answered
now, trial q § 5, so an overflowing bin is the other part here). And "es ist an der …"
after "ich trage es nach" is the place (finding 2: a new concern card)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.settings import Settings
from store.models import Status, utcnow
from tests.chat import Chat
from tests.conftest import concerns

BIN_FIRE = "der abfallkübel vor dem haus ist übervoll, übrigens brennt es im treppenhaus"
NEXT = "Nun zu Ihrem nächsten Anliegen: «Der abfallkübel vor dem haus ist übervoll»"


def test_the_place_typed_next_goes_to_the_emergency_and_the_question_comes_after(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(BIN_FIRE)
    chat.say("weiss ich nicht")
    assert "vorerst ohne Ort" in chat.text and "trage es nach" in chat.text
    assert "Danach machen wir mit Ihrem weiteren Anliegen weiter" in chat.text
    assert "Wo ist das genau?" not in chat.text  # not asked for the other part yet
    chat.say("Zurlindenstrasse 40")
    assert "nachgetragen" in chat.text and "Kreis 3" in chat.text
    assert NEXT in chat.text
    assert chat.text.index("nachgetragen") < chat.text.index("Nun zu Ihrem")
    fire, bin_ = concerns(engine)
    assert fire.urgent and fire.status == Status.FORWARDED
    assert (fire.kreis, fire.place_text, fire.office) == (
        3,
        "Zurlindenstrasse 40",
        "qk_kreise_3_4_5",
    )
    # The waiting part does not inherit the place unasked: it is asked its own.
    assert bin_.status == Status.DRAFT and bin_.kreis is None and not bin_.place_text


def test_a_line_that_is_no_place_brings_the_waiting_part(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(BIN_FIRE)
    chat.say("weiss ich nicht")
    chat.say("ok")
    assert NEXT in chat.text
    assert "Wo ist das genau?" in chat.text
    chat.say("Zurlindenstrasse 40")  # now the answer to that question
    fire, bin_ = concerns(engine)
    assert fire.kreis is None and bin_.kreis == 3


def test_after_the_timeout_and_a_restart_too(
    dialog: Dialog, engine: Engine, settings: Settings
) -> None:
    chat = Chat(dialog, chat_id="100", channel="terminal")
    chat.say("Grüezi")
    chat.say(BIN_FIRE)  # nobody answers "Wo ist das?": the resident calls 118
    soon = utcnow() + timedelta(minutes=settings.urgent_draft_timeout_minutes + 1)
    [notice] = dialog.maintenance(soon)
    assert "vorerst ohne Ort" in notice.reply.text
    back = "\n".join(r.text for r in dialog.resume("terminal", "100"))
    assert "Wo ist das genau?" not in back and "abfallkübel" not in back  # the place may come
    chat.say("Zurlindenstrasse 40")
    assert "nachgetragen" in chat.text and "Ich höre zu" not in chat.text
    assert NEXT in chat.text
    fire, bin_ = concerns(engine)
    assert (fire.kreis, fire.place_text) == (3, "Zurlindenstrasse 40")
    assert bin_.kreis is None and len(concerns(engine)) == 2


def test_in_english_without_an_apostrophe(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(
        "the bin in front of our house is overflowing, also there is smoke coming out of the"
        " basement window next door"
    )
    chat.say("I don t know")
    assert "for now without a place" in chat.text and "could not recognise" not in chat.text
    smoke = concerns(engine)[0]
    assert smoke.urgent and not smoke.place_text  # "I don t know" is no place
    chat.say("Josefstrasse 12")
    assert "I added the place" in chat.text and "Now to your next concern" in chat.text
    smoke, bin_ = concerns(engine)
    assert smoke.kreis == 5 and bin_.kreis is None


@pytest.mark.parametrize(
    "said",
    [
        "es ist an der zurlindenstrasse 40",
        "es isch a de Zurlindenstrasse 40",
        "it's at Zurlindenstrasse 40",
        "c'est à la Zurlindenstrasse 40",
        "è in via Zurlindenstrasse 40",
        "es ist an der Zurlindenstrasse 40, im zweiten Stock",
    ],
)
def test_it_is_at_is_the_emergency_s_place(dialog: Dialog, engine: Engine, said: str) -> None:
    chat = Chat(dialog)
    chat.say("es brennt im treppenhaus")
    chat.say("weiss ich nicht")
    assert "trage es nach" in chat.text
    chat.say(said)  # the added place is said in the language of the line
    assert "Kreis 3" in chat.text and "117" in chat.text and not chat.buttons
    [fire] = concerns(engine)  # no second concern
    assert fire.kreis == 3 and fire.place_text == "Zurlindenstrasse 40"
