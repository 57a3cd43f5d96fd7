"""What residents ran into in the third trial of 2026-12-06
(docs/qa/new-user-trial-2026-12-06-c.md), each case as it was typed."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "kreis"),
    [
        # the home has a house number, the concern's place is a square
        (
            "Ich wohne an der Weinbergstrasse 30, aber das Problem ist am Idaplatz: "
            "der Kübel ist voll",
            3,
        ),
        ("Ich wohne an der Josefstrasse, aber die Strassenlampe am Bullingerplatz brennt nicht", 4),
        ("Der Abfallkübel am Helvetiaplatz ist übervoll, ich wohne an der Josefstrasse 12", 4),
        ("Ich wohne in Winterthur, aber der Abfallkübel am Idaplatz ist voll", 3),
        ("I live on Weinbergstrasse 30 but the bin at Idaplatz is overflowing", 3),
        # no other place: the home is where it is
        ("Ich wohne an der Josefstrasse 12, vor dem Haus ist ein grosses Schlagloch", 5),
    ],
)
def test_where_the_resident_lives_is_not_the_concerns_place(
    dialog: Dialog, engine: Engine, text: str, kreis: int
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    [c] = concerns(engine)
    assert c.kreis == kreis
    assert f"Kreis {kreis}" in chat.text


def test_a_home_line_then_the_concern_with_its_own_place(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Ich wohne an der Weinbergstrasse 30, aber das Problem ist am Idaplatz")
    chat.say("Der Kübel ist schon wieder voll")
    [c] = concerns(engine)
    assert c.kreis == 3


def _forward(chat: Chat, text: str, place: str | None = None) -> None:
    chat.say(text)
    if place is not None:
        chat.say(place)
    chat.press("Ja, weiterleiten")


@pytest.mark.parametrize(
    "next_to",
    [
        "Gleich daneben liegt auch noch Sperrmüll",
        "Und daneben ist ein grosses Schlagloch",
        "Grad dernäbe hets es grosses Loch i de Strass",
        "Right next to it there is a big pothole",
        "Juste à côté il y a un grand nid-de-poule",
        "Lì accanto c'è una grossa buca nella strada",
    ],
)
def test_next_to_it_is_the_place_just_given(dialog: Dialog, engine: Engine, next_to: str) -> None:
    chat = Chat(dialog)
    _forward(chat, "Der Abfallkübel am Idaplatz ist voll")  # Kreis 3, earlier
    _forward(chat, "Die Strassenlampe brennt nicht", "Josefstrasse 12")  # the place just given
    chat.say(next_to)
    *_, c = concerns(engine)
    assert c.kreis == 5 and c.place_text == "Josefstrasse 12"
    assert "Josefstrasse 12" in chat.text  # the confirmation shows it; "Ort ändern" is there
    assert len(chat.buttons) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Das ist voll daneben: Die Nachbarn lassen ihren Abfall im Hof stehen",
        "Dort, wo ich wohne, brennt die Strassenlampe seit einer Woche nicht",
    ],
)
def test_out_of_line_is_no_place(dialog: Dialog, engine: Engine, text: str) -> None:
    chat = Chat(dialog)
    _forward(chat, "Der Abfallkübel am Idaplatz ist voll")
    chat.say(text)
    *_, c = concerns(engine)
    assert c.kreis is None  # asked where, not given the bin's place


def test_next_to_it_long_after_is_asked(dialog: Dialog, engine: Engine) -> None:
    from datetime import timedelta

    from store.db import session_scope
    from store.models import Concern

    chat = Chat(dialog)
    _forward(chat, "Der Abfallkübel am Idaplatz ist voll")
    with session_scope(engine) as s:
        c = s.get(Concern, concerns(engine)[0].id)
        assert c is not None
        c.created_at = c.created_at - timedelta(hours=3)
        s.add(c)
    chat.say("Gleich daneben liegt auch noch Sperrmüll")
    *_, c = concerns(engine)
    assert c.kreis is None


@pytest.mark.parametrize(
    "text",
    [
        "Die Strassenlampe an der Josefstrasse 12 brennt nicht und gleich daneben ist ein "
        "grosses Schlagloch",
        "Bi de Josefstrass 12 isch d Lampe kaputt. Und grad dernäbe hets es grosses Loch "
        "i de Strass",
    ],
)
def test_two_concerns_the_second_next_to_the_first(
    dialog: Dialog, engine: Engine, text: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert "2 Anliegen" in chat.text
    chat.press("Ja, weiterleiten")
    # the pothole, at the lamp's place, not asked where
    assert "Josefstrass" in chat.text and "Stimmt das?" in chat.text
    lamp, hole = concerns(engine)
    assert (lamp.topic, hole.topic) == ("beleuchtung", "strasse")
    assert hole.kreis == 5 and hole.place_text == lamp.place_text


def test_the_lamp_next_to_it_is_at_the_bin(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("The bin at Idaplatz is overflowing and the street lamp next to it is broken")
    chat.press("Yes, pass it on")
    assert "Is that right?" in chat.text  # not asked where
    _, lamp = concerns(engine)
    assert lamp.topic == "beleuchtung" and lamp.kreis == 3


@pytest.mark.parametrize(
    "text",
    [
        "Der Abfallkübel am Idaplatz ist voll und daneben liegt Sperrmüll",  # one topic
        "Die Lampe am Idaplatz ist kaputt und daneben ist sie auch noch verschmiert",  # "sie"
    ],
)
def test_next_to_it_about_the_same_is_one_concern(
    dialog: Dialog, engine: Engine, text: str
) -> None:
    Chat(dialog).say(text)
    assert len(concerns(engine)) == 1


def test_a_near_miss_at_a_dark_traffic_light_is_answered(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    replies = chat.say(
        "Die Ampel an der Kreuzung ist aus, fast wäre ein Kind angefahren worden – "
        "wer ist zuständig?"
    )
    danger, who, question = (r.text for r in replies)
    assert danger == t("de", "danger_near_miss") and "117" in danger
    assert who == t("de", "responsible_is", office="Dienstabteilung Verkehr")
    assert question == t("de", "ask_place")
    [c] = concerns(engine)
    assert not c.urgent  # nobody is hurt: no emergency numbers, no urgent flag (nlp/urgent's call)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Ampel an der Langstrasse 100 ist seit heute Morgen ausgefallen", "de"),
        ("The traffic light at Langstrasse 100 is out since this morning", "en"),
        ("Il semaforo in Langstrasse 100 è spento da stamattina", "it"),
        # the lead's try, 2026-12-07: "defekt" got the plain confirmation
        ("Die Ampel an der Kreuzung Langstrasse/Lagerstrasse ist defekt", "de"),
        ("The traffic light at Langstrasse 100 is broken", "en"),
    ],
)
def test_a_traffic_light_that_is_out_gets_the_police_number(
    dialog: Dialog, text: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert chat.last[0].text == t(lang, "danger_signal_out")
    assert "117" in chat.last[0].text


@pytest.mark.parametrize(
    ("text", "lang", "office"),
    [
        (
            "The street light in front of Josefstrasse 12 has been broken for a week, "
            "and who is responsible for that?",
            "en",
            "Elektrizitätswerk der Stadt Zürich",
        ),
        (
            "Der Abfallkübel am Idaplatz ist voll, wer ist eigentlich dafür zuständig?",
            "de",
            "Entsorgung + Recycling Zürich",
        ),
    ],
)
def test_who_is_responsible_is_answered(dialog: Dialog, text: str, lang: str, office: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert chat.last[0].text == t(lang, "responsible_is", office=office)
    assert len(chat.buttons) == 3  # and the confirmation follows


@pytest.mark.parametrize(
    "text",
    [
        "Der Abfallkübel am Idaplatz ist voll",
        "Gestern wäre ich fast über die Wurzel am Idaplatz gestolpert",  # past, no harm word
        "Die Ampel-Kampagne der Stadt finde ich gut, aber die Plakate am Idaplatz sind zerrissen",
    ],
)
def test_no_note_without_cause(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    notes = {t("de", k) for k in ("danger_near_miss", "danger_signal_out")}
    assert not notes & {r.text for r in chat.last}
    assert not any(r.text.startswith("Zu Ihrer Frage") for r in chat.last)


def test_who_is_responsible_for_a_kreis_matter_without_a_place(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Wir möchten ein Quartierfest organisieren, wer ist zuständig?")
    assert chat.last[0].text == t("de", "responsible_kreis")
    assert chat.last[1].text == t("de", "ask_place")


@pytest.mark.parametrize("question", ["Was ist mit Nr. 1?", "Wie ist der Stand bei Nr. 1?"])
def test_a_concern_asked_about_by_its_running_number(
    dialog: Dialog, engine: Engine, question: str
) -> None:
    chat = Chat(dialog)
    _forward(chat, "Der Abfallkübel am Idaplatz ist voll")
    [c] = concerns(engine)
    assert c.reference is not None and c.reference.endswith("-000001")
    chat.say(question)
    assert chat.text.startswith(f"Ihr Anliegen {c.reference} (Abfall und Sauberkeit)")
    assert len(concerns(engine)) == 1  # neither kept as a fragment nor filed


def test_a_running_number_of_someone_else_is_not_shown(dialog: Dialog, engine: Engine) -> None:
    _forward(Chat(dialog, chat_id="200200200"), "Der Abfallkübel am Idaplatz ist voll")
    chat = Chat(dialog)
    chat.say("Was ist mit Nr. 1?")
    assert "ZH-" not in chat.text


def test_a_house_number_is_still_a_house_number(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    _forward(chat, "Der Abfallkübel am Idaplatz ist voll")
    chat.say("Die Strassenlampe an der Badenerstrasse ist kaputt")
    chat.say("Nr. 1")
    *_, lamp = concerns(engine)
    assert lamp.place_text == "Badenerstrasse 1"


def test_a_named_place_shows_in_the_confirmation(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Idaplatz ist voll")
    assert "Abfall und Sauberkeit, Idaplatz (Quartier Sihlfeld, Kreis 3)" in chat.text
    chat.press("Ja, weiterleiten")
    chat.say("Die Parkbank ist kaputt")
    chat.say("Kreuzung Badenerstrasse / Hardstrasse")
    assert "Kreuzung Badenerstrasse / Hardstrasse (Kreis 4)" in chat.text


def test_who_is_responsible_at_the_confirmation(dialog: Dialog, engine: Engine) -> None:
    # It said "Das kann ich hier leider nicht beantworten; die zuständige Stelle …".
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Idaplatz ist voll")
    chat.say("Wer ist zuständig?")
    assert chat.last[0].text == t("de", "responsible_is", office="Entsorgung + Recycling Zürich")
    assert "Ja, weiterleiten" in [b.label for b in chat.buttons]
    assert len(concerns(engine)) == 1


def test_who_is_responsible_at_the_place_question(dialog: Dialog, engine: Engine) -> None:
    # It said why the place is needed ("Damit die zuständige Stelle weiss, …").
    chat = Chat(dialog)
    chat.say("Die Strassenlampe brennt nicht")
    chat.say("Wer ist dafür zuständig?")
    office = "Elektrizitätswerk der Stadt Zürich"
    assert chat.last[0].text == t("de", "responsible_is", office=office)
    assert chat.last[-1].text == t("de", "ask_place")


def test_who_is_responsible_after_forwarding(dialog: Dialog, engine: Engine) -> None:
    # It was kept as the start of a concern ("Ich höre zu: Was ist los, und wo?").
    chat = Chat(dialog)
    _forward(chat, "Der Abfallkübel am Idaplatz ist voll")
    chat.say("Wer ist zuständig?")
    [c] = concerns(engine)
    office = "Entsorgung + Recycling Zürich"
    assert chat.text == t("de", "responsible_of", reference=c.reference, office=office)


@pytest.mark.parametrize(
    ("text", "lang"), [("Wer ist zuständig?", "de"), ("Who is responsible?", "en")]
)
def test_who_is_responsible_with_nothing_reported(
    dialog: Dialog, engine: Engine, text: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert chat.text == t(lang, "responsible_nothing")
    chat.say("Der Abfallkübel am Idaplatz ist voll")  # not joined with the question
    [c] = concerns(engine)
    assert c.text == "Der Abfallkübel am Idaplatz ist voll"


def test_who_is_responsible_for_something_is_a_concern(dialog: Dialog, engine: Engine) -> None:
    Chat(dialog).say("Wer ist zuständig für die kaputte Bank im Park?")
    assert len(concerns(engine)) == 1


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Fascht wär es Chind überfahre worde bi de Ampel am Limmatplatz, die isch usgfalle. "
            "Wer isch da zueständig?",
            "danger_near_miss",
        ),
        ("Hoi, d Ampel bim Limmatplatz gaht nöd", "danger_signal_out"),
    ],
)
def test_swiss_german_danger(dialog: Dialog, text: str, key: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert chat.last[0].text == t("de", key)


def test_a_light_and_the_word_aus_elsewhere_is_no_danger(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Die Ampel-Schaltung am Limmatplatz ist schlecht, wer aus dem Bus steigt, wartet ewig")
    assert t("de", "danger_signal_out") not in chat.text


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "J'habite à la Weinbergstrasse 30, mais la poubelle à l'Idaplatz est pleine",
            "Idaplatz (quartier Sihlfeld, Kreis 3)",
        ),
        (
            "Abito in Weinbergstrasse 30, ma il cestino all'Idaplatz è pieno da una settimana",
            "Idaplatz (quartiere Sihlfeld, Kreis 3)",
        ),
    ],
)
def test_a_written_place_without_its_elided_article(
    dialog: Dialog, engine: Engine, text: str, shown: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    [c] = concerns(engine)
    assert c.place_text == "Idaplatz" and shown in chat.text


def test_the_home_then_the_place_as_the_place_answer(dialog: Dialog, engine: Engine) -> None:
    # It was asked "… ein neues Anliegen oder der Ort für ZH-…?".
    chat = Chat(dialog)
    chat.say("Die Strassenlampe brennt nicht")
    chat.say("Ich wohne an der Weinbergstrasse 30, aber die Lampe ist am Idaplatz")
    [c] = concerns(engine)
    assert c.kreis == 3 and c.place_text == "Idaplatz"
    assert "Idaplatz (Quartier Sihlfeld, Kreis 3)" in chat.text


def test_the_home_then_another_matter_is_asked_about(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe brennt nicht")
    chat.say("Ich wohne an der Weinbergstrasse 30, aber am Idaplatz liegt viel Sperrmüll herum")
    assert "Neues Anliegen" in [b.label for b in chat.buttons]
