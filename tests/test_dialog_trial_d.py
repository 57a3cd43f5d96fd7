"""What the new-user trial of 2026-12-06 (d) found wrong in the dialog:
an emergency's place lost after a second emergency line, the place question
asked twice in an emergency, status questions in Swiss German and Italian filed
as concerns, the topic list lost on a restart, a waiting concern that forgot its
street, and offices not told of a withdrawal."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.telegram.convert import incoming_of
from bot.texts import t
from bot.texts.staff import st
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import COORD, ERZ, RESIDENT, file_concern, outbox, register


def test_a_second_emergency_line_at_wo_ist_das_leaves_the_place_open(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Hilfe es brennt im Keller!")
    chat.say("der Rauch kommt schon ins Treppenhaus")
    assert t("de", "place_unknown_go_on") not in chat.text
    [urgent] = concerns(engine)
    assert urgent.status == Status.FORWARDED and urgent.place_text is None
    assert "ins Treppenhaus" in (urgent.text or "")  # the line belongs to the report
    chat.say("Seefeldstrasse 40")
    [urgent] = concerns(engine)
    assert (urgent.kreis, urgent.place_text) == (8, "Seefeldstrasse 40")
    assert "nachgetragen" in chat.text


def test_an_emergency_is_asked_for_its_place_once(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Hilfe es brennt im Keller!")
    chat.say("bei uns im Block")
    assert t("de", "place_unknown_go_on") in chat.text
    [urgent] = concerns(engine)
    assert urgent.status == Status.FORWARDED


def test_status_questions_in_swiss_german_and_italian(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    filed = file_concern(dialog, chat_id=chat.chat_id)
    for question in ("Wie isch de Stand vo mim Aliege?", "come va la mia segnalazione?"):
        chat.say(question)
        assert filed.reference is not None and filed.reference in chat.text, question
    assert [c.id for c in concerns(engine)] == [filed.id]  # no concern filed from them


def test_a_restart_at_the_topic_list_shows_the_list_again(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe an der Hohlstrasse 10 flackert")
    chat.press(t("de", "btn_change_topic"))
    labels = [b.label for b in chat.buttons]
    assert "Lärm, Luft und Schädlinge" in labels
    chat.say("/start")  # back after a restart of the app
    assert [b.label for b in chat.buttons] == labels
    chat.press("Lärm, Luft und Schädlinge")
    [concern] = concerns(engine)
    assert concern.topic == "umwelt" and concern.place_text == "Hohlstrasse 10"


def test_a_waiting_concern_asks_its_own_house_number_again(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Lampe an der Badenerstrasse flackert")
    asked = chat.text
    assert "Badenerstrasse" in asked
    chat.say("da liegt ein Mann am Boden und bewegt sich nicht")
    chat.press(t("de", "btn_place_unknown"))
    assert "Badenerstrasse" in chat.text  # "Welche Hausnummer …", not "Wo ist das genau?"
    chat.say("120")
    lamp = next(c for c in concerns(engine) if not c.urgent)
    assert (lamp.kreis, lamp.place_text) == (4, "Badenerstrasse 120")


def test_the_office_hears_when_a_resident_withdraws(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    filed = file_concern(dialog)
    Chat(dialog, RESIDENT).say(f"{filed.reference} zurückziehen")
    notices = [m for m in outbox(engine, ERZ) if m.text.startswith(str(filed.reference))]
    assert [m.text for m in notices] == [
        st("withdrawn_notice", reference=filed.reference, topic="Abfall und Sauberkeit")
    ]
    assert notices[0].buttons in (None, [], ())


def test_a_withdrawn_draft_tells_no_office(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    chat = Chat(dialog, RESIDENT)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("abbrechen")
    assert [c.status for c in concerns(engine)] == [Status.WITHDRAWN]
    assert outbox(engine, ERZ) == []


def test_a_fire_goes_to_the_coordination_office_as_an_emergency(
    dialog: Dialog, engine: Engine
) -> None:
    # Before: filed as "Soziale Notlagen" for the Soziale Dienste (the classifier's
    # guess for "es brennt im Keller"), and shown so to the resident and to staff.
    register(engine)
    chat = Chat(dialog, RESIDENT)
    chat.say("Hilfe es brennt im Keller an der Josefstrasse 12!")
    [fire] = concerns(engine)
    assert (fire.urgent, fire.emergency, fire.kreis) == (True, "fire", 5)
    assert fire.office == "qk_kreise_3_4_5"
    chat.say("/meine")
    assert f"{fire.reference} · " in chat.text and " · Notfall · " in chat.text
    [card] = [m for m in outbox(engine, COORD) if m.kind == "alert"]
    assert "Thema: Notfall: Feuer (der Klassifikator vermutete: " in card.text
    inbox = Chat(dialog, COORD)
    inbox.say("/eingang")
    assert "Notfall: Feuer" in inbox.text


def test_a_fallen_tree_stays_with_its_department(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog, RESIDENT)
    chat.say("Ein Baum ist auf die Strasse gefallen an der Seefeldstrasse 40 und blockiert alles")
    [tree] = concerns(engine)
    assert tree.urgent and tree.emergency == "tree_down"
    assert (tree.topic, tree.office) == ("gruen", "gsz")
    chat.say("/meine")
    assert "Grünflächen, Bäume und Spielplätze" in chat.text


def test_a_place_typed_with_sz_is_said_back_in_swiss_spelling(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel an der Josefstraße 12 ist voll")
    assert "Josefstrasse 12 (Quartier Gewerbeschule, Kreis 5)" in chat.text
    assert "ß" not in chat.text


def test_und_nr_asks_about_another_own_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    first = file_concern(dialog, chat_id=chat.chat_id)
    second = file_concern(dialog, "Die Strassenlampe an der Hohlstrasse 10 flackert", chat.chat_id)
    number = int(str(first.reference).rsplit("-", 1)[-1])
    chat.say(f"Was ist mit Nr. {int(str(second.reference).rsplit('-', 1)[-1])}?")
    assert str(second.reference) in chat.text
    chat.say(f"Und Nr. {number}?")
    assert str(first.reference) in chat.text
    assert len(concerns(engine)) == 2


def test_danke_in_a_staff_chat_gets_a_word_not_the_hint(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    staff = Chat(dialog, ERZ)
    staff.say("Danke")
    assert staff.text == st("staff_thanks")
    staff.say("Wo finde ich die neuen Anliegen?")  # words: the desk's hint as before
    assert "/eingang" in staff.text
    assert concerns(engine) == []


def test_emergency_emoji_alone_get_the_numbers(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("🚒🔥🔥")
    assert "117" in chat.text and "118" in chat.text
    assert concerns(engine) == []
    chat.say("Der Abfallkübel am Idaplatz ist voll 🔥")  # words: a concern as usual
    assert "117" not in chat.text


def test_start_from_an_app_in_english_is_answered_in_english(
    dialog: Dialog, engine: Engine
) -> None:
    payload = {
        "update_id": 7,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": 555, "type": "private"},
            "from": {"id": 555, "is_bot": False, "first_name": "A", "language_code": "en-GB"},
            "text": "/start",
        },
    }
    msg = incoming_of(payload, None)
    assert msg is not None and msg.app_language == "en"
    replies = dialog.handle(msg)
    assert replies[0].text == t("en", "start", months=dialog.settings.retention_months)
    # Words decide from then on: German written, German answered.
    chat = Chat(dialog, "555")
    chat.say("Der Abfallkübel am Idaplatz ist voll")
    assert "Ich habe verstanden" in chat.text


def test_a_topic_correction_in_words_corrects_the_topic(dialog: Dialog, engine: Engine) -> None:
    # New-user trial e: filed as a new concern ("nein, das Thema stimmt nicht …").
    chat = Chat(dialog)
    chat.say("Auf dem Trottoir Weststrasse 20 liegen Glasscherben")
    chat.say("nein, das Thema stimmt nicht, es ist eher Verkehr")
    [concern] = concerns(engine)
    assert concern.topic == "verkehr" and concern.status == Status.DRAFT
    assert "Verkehr, Parkieren und Velo, Weststrasse 20" in chat.text
    chat.say("falsches Thema")
    assert "Lärm, Luft und Schädlinge" in [b.label for b in chat.buttons]
    chat.press("Lärm, Luft und Schädlinge")
    assert [c.topic for c in concerns(engine)] == ["umwelt"]


def test_a_concern_and_an_emergency_in_one_message_are_two(dialog: Dialog, engine: Engine) -> None:
    # New-user trial e: the bench went into the emergency and never to its office.
    chat = Chat(dialog)
    chat.say(
        "Die Parkbank beim Brupbacherplatz ist kaputt. "
        "Ausserdem liegt dort ein Mann bewusstlos am Boden!"
    )
    assert "117" in chat.text and "Parkbank beim Brupbacherplatz" in chat.text
    chat.press(t("de", "btn_confirm"))
    urgent, bench = concerns(engine)
    assert urgent.urgent and urgent.emergency == "unconscious"
    assert not bench.urgent and bench.text == "Die Parkbank beim Brupbacherplatz ist kaputt."
    assert (bench.status, bench.office) == (Status.FORWARDED, "taz")


def test_more_of_the_same_thing_stays_one_emergency(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Container an der Josefstrasse 12 ist voll. Ausserdem brennt er jetzt!")
    assert [c.urgent for c in concerns(engine)] == [True]
