"""Every text is checked for an emergency first, in every state."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.settings import Settings
from nlp.classifier import ConcernClassifier
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

FIRE = "Es brennt jetzt im Hinterhof!"


def numbers_first(chat: Chat) -> None:
    first = chat.last[0].text
    assert "117" in first and "118" in first and "144" in first


def test_emergency_when_idle_is_forwarded_at_once(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Es brennt im Hinterhof an der Josefstrasse 12, Rauch überall!")
    numbers_first(chat)
    assert "als dringend" in chat.text and "Stimmt das?" not in chat.text
    assert chat.buttons == []  # no questions in an emergency
    [c] = concerns(engine)
    assert c.urgent and c.text and c.status == Status.FORWARDED and c.reference in chat.text


def test_suicide_risk_names_the_helpline(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Ich habe keine Kraft mehr und will nicht mehr leben")
    assert "143" in chat.last[0].text and "144" in chat.last[0].text


def test_after_an_emergency_the_waiting_concern_comes_back(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("Es brennt im Keller an der Josefstrasse 12!")
    numbers_first(chat)
    assert "noch nicht bestätigt" not in chat.text  # no bookkeeping in an emergency
    assert "Abfallkübel" in chat.text and "Ja, weiterleiten" in [b.label for b in chat.buttons]
    chat.say("Ja")
    bin_, fire = concerns(engine)
    assert bin_.status == Status.FORWARDED and not bin_.urgent
    assert fire.urgent and fire.status == Status.FORWARDED


def test_emergency_as_answer_to_the_place_question(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Im Hinterhof riecht es komisch")
    assert "Wo ist das genau?" in chat.text
    chat.say("Josefstrasse 12, es brennt jetzt!")
    numbers_first(chat)
    first, fire = concerns(engine)
    assert fire.urgent and fire.kreis == 5 and "brennt" in (fire.text or "")
    assert not first.urgent and first.status == Status.DRAFT  # kept, not overwritten


def test_more_about_an_emergency_answers_its_place_question(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Es brennt!")
    numbers_first(chat)
    assert "Wo ist das?" in chat.text and "Anruf geht vor" in chat.text
    chat.say("Josefstrasse 12, es brennt immer noch!")
    numbers_first(chat)
    [c] = concerns(engine)
    assert c.urgent and c.kreis == 5 and "immer noch" in (c.text or "")


def test_emergency_at_the_confirmation(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say(FIRE)
    numbers_first(chat)
    assert any(c.urgent for c in concerns(engine))


def test_emergency_over_the_rate_limit(dialog: Dialog, engine: Engine, settings: Settings) -> None:
    chat = Chat(dialog)
    for i in range(settings.rate_limit_per_hour):
        chat.say(f"Abfallkübel Nummer {i} am Idaplatz ist voll")
        chat.press("Ja, weiterleiten")
    chat.say(FIRE)
    numbers_first(chat)
    last = concerns(engine)[-1]
    assert last.urgent and last.status != Status.RATE_LIMITED


def test_emergency_in_a_photo_caption(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.photo("file-9", FIRE)
    numbers_first(chat)
    [c] = concerns(engine)
    assert c.urgent and c.photos == ["file-9"]


def test_emergency_while_choosing_new_or_place(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("Idaplatz")
    chat.say("Hilfe, da wird gerade jemand vor dem Haus zusammengeschlagen!")
    numbers_first(chat)
    assert any(c.urgent for c in concerns(engine))


def test_emergency_goes_first_and_whole(dialog: Dialog, engine: Engine) -> None:
    # The emergency keeps the whole message and goes out at once; the lamp, no
    # emergency, is its own concern afterwards (new-user trial e: it was lost).
    chat = Chat(dialog)
    chat.say("Es brennt im Keller an der Josefstrasse 12 und ausserdem ist die Lampe kaputt")
    numbers_first(chat)
    fire, lamp = concerns(engine)
    assert fire.urgent and fire.status == "forwarded" and "Lampe" in (fire.text or "")
    assert (
        not lamp.urgent and lamp.status == "draft" and lamp.text == "ausserdem ist die Lampe kaputt"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Es brennt mir unter den Nägeln: wann wird der Spielplatz am Idaplatz repariert?",
        "Die Strassenlampe an der Josefstrasse 12 brennt tagsüber",
        "Letzte Woche hat es im Hinterhof gebrannt, jetzt liegt dort noch Schutt",
    ],
)
def test_no_false_alarm(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert "117" not in chat.last[0].text


def test_an_emergency_names_no_guessed_office(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Der Lift steckt fest und drin ist eine Frau, der es schlecht geht, Josefstrasse 12")
    numbers_first(chat)
    assert "als dringend an die Stadt" in chat.text


def test_suicidal_talk_is_not_asked_for_a_place(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Ich habe keine Kraft mehr und will nicht mehr leben")
    assert "143" in chat.last[0].text and "Wo ist das" not in chat.text
    [c] = concerns(engine)
    assert c.urgent and c.status == Status.FORWARDED


def test_asking_for_the_fire_brigade_after_an_emergency_files_nothing(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Es brennt im Keller an der Josefstrasse 12!!")
    chat.say("Ist die Feuerwehr schon unterwegs?")
    assert "alarmiert niemanden" in chat.text and "118" in chat.text
    assert len(concerns(engine)) == 1


def test_questions_after_an_emergency_get_the_phone_not_the_manual(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(
        "Hier ist gerade ein älterer Mann zusammengebrochen und reagiert nicht, Josefstrasse 12"
    )
    chat.say("was soll ich tun?")
    assert "angeleitet" in chat.text and "1." not in chat.text
    chat.say("Die Sanität ist jetzt da")
    assert len(concerns(engine)) == 1


def test_an_emergency_while_choosing_a_topic_is_forwarded_without_a_topic_menu(
    engine: Engine, classifier: ConcernClassifier, settings: Settings
) -> None:
    unsure = settings.model_copy(update={"low_confidence": 1.0})
    chat = Chat(Dialog(engine=engine, classifier=classifier, settings=unsure))
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("Hilfe, ein Kind ist gerade vor das Tram gelaufen und liegt auf den Gleisen")
    numbers_first(chat)
    chat.press("Weiss ich nicht")
    assert "als dringend" in chat.text and "Was passt am besten" not in chat.last[0].text
    assert any(c.urgent and c.status == Status.FORWARDED for c in concerns(engine))


def test_a_missing_child_is_an_emergency(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Mein Kind ist am Seebad Utoquai verschwunden, ich finde es nicht mehr!")
    numbers_first(chat)


def test_a_line_kept_while_an_emergency_interrupts_is_not_urgent(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Idaplatz ist voll")
    chat.say("Lampe kaputt Bäckerstrasse 20")  # "new concern or place?"
    chat.say("Und hier brennt gerade ein Auto!")
    numbers_first(chat)
    rows = concerns(engine)
    lamp = next(c for c in rows if "Lampe" in (c.text or ""))
    assert not lamp.urgent and lamp.status == Status.DRAFT
    assert any(c.urgent for c in rows)


def test_thanks_at_an_emergencys_place_question_sends_it_out(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Hilfe, da liegt jemand bewusstlos am Boden")
    numbers_first(chat)
    chat.say("Danke")
    assert "als dringend" in chat.text and "Gern geschehen" not in chat.text
    [c] = concerns(engine)
    assert c.urgent and c.status == Status.FORWARDED
