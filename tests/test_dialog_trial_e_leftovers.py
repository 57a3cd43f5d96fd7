"""Leftovers of the new-user trials of 2026-12-06 (d, e) in the dialog: a place
change typed or unknown, status talk with nothing open, questions about a
service, the Italian "via" before a street."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store import repository as repo
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

KREIS_BUTTONS = {f"Kreis {k}" for k in range(1, 13)}


@pytest.mark.parametrize(
    ("first", "change", "lang"),
    [
        ("Der Kübel an der Hohlstrasse 10 ist voll", "Ort ändern", "de"),
        ("Der Kübel an der Hohlstrasse 10 ist voll", "der Ort stimmt nicht", "de"),
        ("Der Kübel an der Hohlstrasse 10 ist voll", "falscher Ort", "de"),
        ("The bin at Hohlstrasse 10 is full", "change place", "en"),
        ("Il cestino in Piazza Ida è pieno", "Cambiare luogo", "it"),
    ],
)
def test_a_place_change_typed_offers_the_kreise_and_files_nothing(
    dialog: Dialog, engine: Engine, first: str, change: str, lang: str
) -> None:
    """Typed in Telegram (the buttons sit under the message), "Ort ändern" was
    filed as a new concern and the bin kept its place."""
    chat = Chat(dialog)
    chat.say(first)
    chat.say(change)
    assert t(lang, "choose_place") in chat.text
    assert {b.label for b in chat.buttons} >= KREIS_BUTTONS
    assert len(concerns(engine)) == 1
    chat.say("Bucheggplatz")
    [c] = concerns(engine)
    assert c.kreis == 6 and "Bucheggplatz" in chat.text


@pytest.mark.parametrize("unknown", ["bei der alten Linde", "beim grossen Baum"])
def test_an_unknown_place_after_ort_aendern_is_said_and_the_kreise_offered(
    dialog: Dialog, engine: Engine, unknown: str
) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel an der Hohlstrasse 10 ist voll")
    chat.press("Ort ändern")
    chat.say(unknown)
    assert "Diesen Ort kenne ich leider nicht" in chat.text
    assert {b.label for b in chat.buttons} >= KREIS_BUTTONS
    assert "Weiss ich nicht" in {b.label for b in chat.buttons}
    chat.press("Kreis 8")
    [c] = concerns(engine)
    assert (c.kreis, c.status) == (8, Status.DRAFT) and c.text and "Kübel" in c.text


def test_an_unknown_place_typed_with_ort_aendern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("The bin at Hohlstrasse 10 is full")
    chat.say("change place: by the big tree")
    assert t("en", "choose_place_unknown") in chat.text
    assert len(concerns(engine)) == 1


def test_the_place_said_wrong_with_the_right_one(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel an der Hohlstrasse 10 ist voll")
    chat.say("nein, der Ort stimmt nicht, es ist am Bucheggplatz")
    [c] = concerns(engine)
    assert c.kreis == 6 and "Bucheggplatz (Quartier Unterstrass, Kreis 6)" in chat.text


def test_typed_thema_aendern_and_verwerfen_are_the_buttons(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel an der Hohlstrasse 10 ist voll")
    chat.say("Thema ändern")
    assert "Lärm, Luft und Schädlinge" in {b.label for b in chat.buttons}
    chat.say("Nein")
    chat.say("Verwerfen")
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN


def test_a_landmark_in_the_same_quartier_is_named(dialog: Dialog) -> None:
    """'Schmiede Wiedikon' for 'Bahnhof Wiedikon': the confirmation read as before."""
    chat = Chat(dialog)
    chat.say("Der Kübel beim Bahnhof Wiedikon ist voll")
    assert "Bahnhof Wiedikon (Quartier Alt-Wiedikon, Kreis 3)" in chat.text
    chat.press("Ort ändern")
    chat.say("Schmiede Wiedikon")
    assert "Schmiede Wiedikon (Quartier Alt-Wiedikon, Kreis 3)" in chat.text
    chat.press("Ort ändern")
    chat.say("Alt-Wiedikon")
    assert "Quartier Alt-Wiedikon, Kreis 3." in chat.text  # the Quartier not named twice


@pytest.mark.parametrize(
    "text",
    [
        "das war kein Anliegen, ich wollte nur den Stand wissen",
        "ich wollte nur fragen, wie es steht",
        "Ich wollte nur fragen, wie es mit meiner Meldung steht",
    ],
)
def test_status_talk_with_nothing_open_starts_no_draft(
    dialog: Dialog, engine: Engine, text: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert chat.text == t("de", "mine_none")
    assert concerns(engine) == []


def test_status_talk_lists_the_concerns_and_keeps_the_open_one(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel an der Hohlstrasse 10 ist voll")
    chat.press("Ja, weiterleiten")
    chat.say("Die Lampe an der Josefstrasse 12 flackert")
    chat.say("ich wollte nur fragen, wie es steht")
    assert t("de", "mine_header") in chat.text and "Stimmt das?" in chat.text
    assert [c.status for c in concerns(engine)] == [Status.FORWARDED, Status.DRAFT]


def test_kein_anliegen_takes_back_the_draft_it_became(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Lampe kaputt")
    chat.say("das war kein Anliegen, ich wollte nur den Stand wissen")
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN and t("de", "mine_header") in chat.text
    assert len(concerns(engine)) == 1


@pytest.mark.parametrize(
    ("question", "skip", "lang"),
    [
        # ("Wann wird … das Altpapier abgeholt?" gets the collection calendar now.)
        ("Wie bestelle ich eine Sperrgutabfuhr?", "Weiss ich nicht", "de"),
        ("Hilfe, wie melde ich Sperrmüll an?", "egal", "de"),
        # ("Wo kann ich Sondermüll abgeben?" gets where to look now: trial q, finding 5.)
        ("Wie beantrage ich eine Bewilligung für ein Strassenfest?", "spielt keine Rolle", "de"),
        ("How do I order a bulky waste pickup?", "doesn't matter", "en"),
    ],
)
def test_a_question_about_a_service_is_asked_for_its_quartier(
    dialog: Dialog, engine: Engine, question: str, skip: str, lang: str
) -> None:
    """Still filed (the office answers it), but not 'Wo ist das genau?', and a
    place is easy to skip."""
    chat = Chat(dialog)
    chat.say(question)
    assert chat.text == t(lang, "ask_place_question")
    chat.say(skip)
    [c] = concerns(engine)
    assert c.status == Status.DRAFT and c.kreis is None and c.office is not None
    assert t(lang, "place_unknown") in chat.text
    assert t(lang, "ask_place_again") not in chat.text


def test_a_report_is_still_asked_wo_ist_das_genau(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe flackert seit Tagen")
    assert chat.text == t("de", "ask_place")


@pytest.mark.parametrize(
    ("first", "answer"),
    [
        ("Il cestino è pieno", "Via Zurlindenstrasse 12"),
        ("C'è un incendio in cantina!", "Via Zurlindenstrasse 12"),
        ("Il cestino è pieno", "in via Zurlindenstrasse 12"),
    ],
)
def test_via_before_a_zurich_street_is_not_kept(
    dialog: Dialog, engine: Engine, first: str, answer: str
) -> None:
    chat = Chat(dialog)
    chat.say(first)
    chat.say(answer)
    [c] = concerns(engine)
    assert (c.place_text, c.kreis) == ("Zurlindenstrasse 12", 3)


def test_place_as_written() -> None:
    assert repo.place_as_written("Via Zurlindenstraße 12") == "Zurlindenstrasse 12"
    assert repo.place_as_written("Via Dolorosa 3") == "Via Dolorosa 3"  # no Zürich street
    assert repo.place_as_written("Viaduktstrasse 5") == "Viaduktstrasse 5"


def test_the_line_before_status_talk_does_not_start_the_next_concern(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Meine Meldung")
    chat.say("das war kein Anliegen, ich wollte nur den Stand wissen")
    chat.say("Der Kübel am Idaplatz ist voll")
    [c] = concerns(engine)
    assert c.text == "Der Kübel am Idaplatz ist voll"


def test_thema_aendern_typed_at_the_kreise_shows_the_topics(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel an der Hohlstrasse 10 ist voll")
    chat.say("falscher Ort")
    chat.say("Thema ändern")
    assert chat.text == t("de", "choose_topic")
    chat.press("Lärm, Luft und Schädlinge")
    [c] = concerns(engine)
    assert (c.topic, c.kreis, c.place_text) == ("umwelt", 4, "Hohlstrasse 10")
