"""New-user trial r (docs/qa/new-user-trial-2026-12-08-r.md), sections 7, 8
and 10: places.

- 7: "nein sorry, das war an der Idastrasse 30" right after forwarding became
  a new draft with a topic choice (the past tense, "das war", left a word the
  correction reading took for more than a place); now it corrects the
  forwarded concern, its office hears of it, and a coordination office's
  concern moves to the new Kreis with a routing event.
- 8: the place label kept the correction's frame ("das ist an der
  Zurlindenstrasse"); and the Weststrasse was asked about as if it ran through
  Kreise 3 and 12 (an OSM way of that name in Schwamendingen, detached from the
  street whose ten address points all lie in Kreis 3).
- 10: a typo in a street's suffix ("Idasrasse"), "Schule Aemtler", and "Thema
  ändern" after forwarding.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.places import Gazetteer
from store.models import EventKind, Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import COORD, ERZ, OTHER_COORD, RESIDENT, events, outbox, register

HARDPLATZ = "Hier ist alles voller Abfall am Hardplatz"  # Kreis 4, ERZ
CORRECTED = "Ort korrigiert durch die Person"


def _forwarded(dialog: Dialog, engine: Engine, text: str = HARDPLATZ) -> Chat:
    register(engine)
    resident = Chat(dialog, RESIDENT)
    resident.say(text)
    resident.press(t("de", "btn_confirm"))
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED
    return resident


def _alerts(engine: Engine, chat_id: str) -> list[str]:
    return [m.text or "" for m in outbox(engine, chat_id, "alert")]


# -- 7: a place correction in the past tense, right after forwarding ----------


@pytest.mark.parametrize(
    ("correction", "said"),
    [
        ("nein sorry, das war am Lochergut", "korrigiert"),
        ("das war am Lochergut", "korrigiert"),
        ("nei, es isch bim Lochergut gsi", "korrigiert"),
        ("sorry, it was at Lochergut", "corrected"),
        ("non, c'était au Lochergut, pas au Hardplatz", "corrigé"),
        ("scusi, era al Lochergut", "corretto"),
    ],
)
def test_a_correction_in_the_past_tense_corrects_the_forwarded_concern(
    dialog: Dialog, engine: Engine, correction: str, said: str
) -> None:
    resident = _forwarded(dialog, engine)
    before = len(_alerts(engine, ERZ))
    resident.say(correction)
    [c] = concerns(engine)  # no new draft, no topic choice
    assert c.status == Status.FORWARDED and c.place_text == "Lochergut" and c.kreis == 4
    assert said in resident.text and "ZH-2026-000001" in resident.text
    [alert] = _alerts(engine, ERZ)[before:]  # the office hears of it
    assert alert.startswith(f"{CORRECTED}: ") and "Lochergut" in alert


def test_the_lamp_of_the_trial_gets_the_corrected_address(dialog: Dialog, engine: Engine) -> None:
    resident = Chat(dialog, RESIDENT)
    resident.say("Die Lampe an der Idastrasse 20 geht nicht")
    resident.press(t("de", "btn_confirm"))
    resident.say("nein sorry, das war an der Idastrasse 30")
    [c] = concerns(engine)
    assert (c.place_text, c.office, c.status) == ("Idastrasse 30", "ewz", Status.FORWARDED)
    assert "korrigiert" in resident.text


def test_a_past_tense_correction_to_another_kreis_moves_a_coordination_concern(
    dialog: Dialog, engine: Engine
) -> None:
    resident = _forwarded(
        dialog, engine, "Wir möchten ein Quartierfest auf dem Hardplatz organisieren"
    )
    [c] = concerns(engine)
    assert c.office == "qk_kreise_3_4_5"
    old, new = len(_alerts(engine, COORD)), len(_alerts(engine, OTHER_COORD))
    resident.say("sorry, das war am Bucheggplatz")
    [c] = concerns(engine)
    assert (c.kreis, c.office) == (6, "qk_waidberg")
    [card] = _alerts(engine, OTHER_COORD)[new:]
    assert card.startswith(CORRECTED) and "Bucheggplatz" in card
    [line] = _alerts(engine, COORD)[old:]
    assert "Quartierkoordination Waidberg" in line
    change = events(engine, c.id)[-1]
    assert change.kind == EventKind.RESIDENT and change.before["kreis"] == 4
    assert change.after["office"] == "qk_waidberg"


def test_a_new_concern_in_the_past_tense_is_no_correction(dialog: Dialog, engine: Engine) -> None:
    resident = _forwarded(dialog, engine)
    resident.say("Die Lampe war am Lochergut gestern die ganze Nacht dunkel")
    first = concerns(engine)[0]
    assert first.place_text == "Hardplatz" and "korrigiert" not in resident.text


# -- 8: the label without the correction's frame; the Weststrasse --------------


@pytest.mark.parametrize(
    "answer",
    [
        "nein das ist an der Zurlindenstrasse",
        "das war an der Zurlindenstrasse",
        "nei, es isch bi de Zurlindenstrasse",
        "no, it's at Zurlindenstrasse",
        "non, c'est à la Zurlindenstrasse",
        "no, è in via Zurlindenstrasse",
    ],
)
def test_the_place_label_leaves_out_the_frame(dialog: Dialog, engine: Engine, answer: str) -> None:
    chat = Chat(dialog)
    chat.say("Tempo 30 wird an der Zweierstrasse nie eingehalten, die Autos rasen")
    assert "(3, 4)" in chat.text  # which part of the Zweierstrasse
    chat.say(answer)
    [c] = concerns(engine)
    assert (c.place_text, c.kreis) == ("Zurlindenstrasse", 3)
    assert "Zurlindenstrasse (Kreis 3)" in chat.text and "das ist" not in chat.text


def test_an_answer_with_a_frame_is_no_new_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Tempo 30 wird an der Zweierstrasse nie eingehalten, die Autos rasen")
    chat.say("es ist bei der Zurlindenstrasse 50")  # five words: asked "neues Anliegen?" before
    [c] = concerns(engine)
    assert c.place_text == "Zurlindenstrasse 50" and "Stimmt das?" in chat.text


def test_the_weststrasse_is_in_kreis_3_only(dialog: Dialog, engine: Engine) -> None:
    assert Gazetteer.load().resolve("an der Weststrasse").kreis == 3
    chat = Chat(dialog)
    chat.say("Tempo 30 wird an der Weststrasse nie eingehalten, die Autos rasen")
    assert "mehrere Kreise" not in chat.text
    assert "Weststrasse (Quartier Sihlfeld, Kreis 3)" in chat.text


# -- 10: a typo in a street's suffix, "Schule X", "Thema ändern" ---------------


@pytest.mark.parametrize(
    ("text", "street", "kreis"),
    [
        ("Lampe kaput Idasrasse 20 bite schnel", "Idastrasse 20", 3),
        ("Lampe kaputt Idastrsse 20", "Idastrasse 20", 3),
        ("Velo abgestellt Hohlstrsse 120", "Hohlstrasse 120", 4),
        ("Kübel voll an der Josefstarsse 12", "Josefstrasse 12", 5),
    ],
)
def test_a_slip_in_the_street_suffix_is_read(
    dialog: Dialog, engine: Engine, text: str, street: str, kreis: int
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    [c] = concerns(engine)
    assert c.kreis == kreis and street in chat.text


@pytest.mark.parametrize(
    "text",
    [
        "Die Tramtrasse ist gesperrt",
        "Die Dachterrasse ist undicht",
        "Die Krankenkasse zahlt nicht",
        "Der Parkplaz ist voll",
        "Wir haben eine Masse Abfall",
        "Die Bahntrasse ist laut",
    ],
)
def test_words_like_a_slipped_suffix_are_no_street(text: str) -> None:
    assert Gazetteer.load().resolve(text).places == []


@pytest.mark.parametrize(
    "text",
    [
        "Zebrastreifen vor der Schule Aemtler",
        "de Fussgängerstreife vor de Schuel Aemtler fehlt",
        "the crossing at the school Aemtler is dangerous",
    ],
)
def test_schule_and_a_school_name_is_the_school(dialog: Dialog, engine: Engine, text: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    [c] = concerns(engine)
    assert c.kreis == 3 and "Schulhaus Aemtler" in chat.text


def test_schule_alone_is_no_place() -> None:
    assert Gazetteer.load().resolve("Die Schule ist zu laut").places == []


@pytest.mark.parametrize(("typed", "lang"), [("Thema ändern", "de"), ("Change place", "en")])
def test_a_change_typed_after_forwarding_says_what_to_do(
    dialog: Dialog, engine: Engine, typed: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(HARDPLATZ if lang == "de" else "There is rubbish everywhere at Hardplatz")
    chat.press(t(lang, "btn_confirm"))
    chat.say(typed)
    office = "Entsorgung + Recycling Zürich"
    assert chat.text == t(
        lang, "change_after_forwarding", reference="ZH-2026-000001", office=office
    )
    [c] = concerns(engine)  # nothing filed, nothing changed
    assert c.status == Status.FORWARDED and c.place_text == "Hardplatz"


def test_the_old_cards_change_button_says_what_to_do(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(HARDPLATZ)
    card = chat.buttons
    chat.press(t("de", "btn_confirm"))
    chat.buttons = card  # the card is still on screen (the terminal shows it)
    chat.press(t("de", "btn_change_topic"))
    assert "ZH-2026-000001 ist schon an Entsorgung + Recycling Zürich" in chat.text
    assert "was nicht stimmt" in chat.text
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED and c.topic == "abfall"
