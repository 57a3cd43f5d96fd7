"""New-user trial f (2026-12-06): a place outside the city that can be
corrected, a pin replacing the written place, withdrawing without a reference,
and small points (fillers at the place question, "Was ist mit Nr. 12?",
misspelt streets shown as the gazetteer writes them)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

WINTERTHUR = (47.4979, 8.7241)
CITY = (47.3769, 8.5417)  # Kreis 1


def test_a_location_outside_the_city_shows_no_coordinates(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Lampe kaputt")
    chat.location(*WINTERTHUR)
    assert t("de", "outside_city_unnamed") in chat.text
    assert ".4979" not in chat.text and "8.72" not in chat.text


def test_a_postal_code_is_still_left_out_of_the_name(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Lampe kaputt")
    chat.say("8400 Winterthur")
    assert "(Winterthur)" in chat.text


@pytest.mark.parametrize("wrong", ["pin", "typed"])
def test_a_place_outside_the_city_can_be_corrected_by_writing_the_place(
    dialog: Dialog, engine: Engine, wrong: str
) -> None:
    """Trial f, finding 6: the concern was closed at once; the place written next
    became "Ich höre zu"."""
    chat = Chat(dialog)
    chat.say("Lampe kaputt")
    if wrong == "pin":
        chat.location(*WINTERTHUR)
    else:
        chat.say("Winterthur")
    assert "Ort ändern" in {b.label for b in chat.buttons}
    [c] = concerns(engine)
    assert c.status == Status.OUTSIDE_CITY  # nothing goes out meanwhile
    chat.say("Weststrasse 30")
    assert "Weststrasse 30" in chat.text and "Kreis 3" in chat.text
    chat.press("Ja, weiterleiten")
    [c] = concerns(engine)
    assert (c.status, c.kreis, c.outside_city) == (Status.FORWARDED, 3, False)
    assert c.office == "ewz"


def test_a_place_outside_the_city_can_be_corrected_by_button_or_pin(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Lampe kaputt")
    chat.location(*WINTERTHUR)
    chat.location(*WINTERTHUR)  # the same pin again: said again, still open to correct
    assert t("de", "outside_city_unnamed") in chat.text
    chat.press("Ort ändern")
    assert "Kreis 4" in {b.label for b in chat.buttons}
    chat.location(*CITY)
    assert "Kreis 1" in chat.text and "Stimmt das?" in chat.text
    [c] = concerns(engine)
    assert (c.status, c.kreis) == (Status.DRAFT, 1)


def test_a_new_concern_after_the_outside_answer_is_a_new_concern(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Lampe kaputt")
    chat.say("Winterthur")
    chat.say("Der Abfallkübel an der Josefstrasse 12 ist voll")
    first, second = sorted(concerns(engine), key=lambda c: c.id)
    assert first.status == Status.OUTSIDE_CITY
    assert second.status == Status.DRAFT and second.kreis == 5
    chat.say("Weststrasse 30")  # at the bin's confirmation: not the lamp's place
    first = next(c for c in concerns(engine) if c.id == first.id)
    assert first.status == Status.OUTSIDE_CITY


def test_a_pin_elsewhere_at_the_confirmation_replaces_the_written_place(
    dialog: Dialog, engine: Engine
) -> None:
    """Trial f, finding 7: "Idaplatz (Quartier Langstrasse, Kreis 4)"; it is in Kreis 3."""
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll")
    assert "Idaplatz (Quartier Sihlfeld, Kreis 3)" in chat.text
    chat.location(47.3744, 8.5230)  # Langstrasse, Kreis 4
    assert "Idaplatz" not in chat.text and "Kreis 4" in chat.text
    chat.press("Ja, weiterleiten")
    [c] = concerns(engine)
    assert (c.kreis, c.place_text) == (4, None) and c.lat == 47.3744


def test_a_pin_in_the_same_quartier_keeps_the_written_place(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll")
    chat.location(47.3712, 8.5213)  # by the Idaplatz
    assert "Idaplatz (Quartier Sihlfeld, Kreis 3)" in chat.text
    [c] = concerns(engine)
    assert (c.kreis, c.place_text, c.lat) == (3, "Idaplatz", 47.3712)


def test_a_pin_after_ort_aendern_replaces_the_written_place(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll")
    chat.press("Ort ändern")
    chat.location(47.3744, 8.5230)
    assert "Idaplatz" not in chat.text and "Kreis 4" in chat.text


WITHDRAW_LINES = [
    ("Ich möchte meine Meldung zurückziehen", "de"),
    ("I want to withdraw my report", "en"),
    ("please cancel my report", "en"),
    ("je veux retirer mon signalement", "fr"),
    ("je voudrais annuler ma demande", "fr"),
    ("voglio ritirare la mia segnalazione", "it"),
]


@pytest.mark.parametrize(("line", "lang"), WITHDRAW_LINES)
def test_withdrawing_the_one_open_concern_without_its_reference_is_asked(
    dialog: Dialog, engine: Engine, line: str, lang: str
) -> None:
    """Trial f, finding 4: "Ich höre zu", and the next line filed a duplicate."""
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll")
    chat.press("Ja, weiterleiten")
    [filed] = concerns(engine)
    chat.say(line)
    assert filed.reference and filed.reference in chat.text
    assert [b.label for b in chat.buttons] == [t(lang, "btn_withdraw_yes"), t(lang, "btn_no")]
    assert len(concerns(engine)) == 1
    chat.press(t(lang, "btn_withdraw_yes"))
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN
    assert t(lang, "withdrawn", reference=filed.reference) in chat.text


def test_no_keeps_the_concern_and_yes_typed_withdraws(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll")
    chat.press("Ja, weiterleiten")
    chat.say("Ich möchte meine Meldung zurückziehen")
    chat.press("Nein")
    assert t("de", "withdraw_kept") in chat.text
    assert concerns(engine)[0].status == Status.FORWARDED
    chat.say("Ich möchte meine Meldung zurückziehen")
    chat.say("ja")
    assert concerns(engine)[0].status == Status.WITHDRAWN


def test_withdrawing_with_several_open_lists_them(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll")
    chat.press("Ja, weiterleiten")
    chat.say("Die Strassenlampe an der Weststrasse 30 brennt nicht")
    chat.press("Ja, weiterleiten")
    bin_, lamp = concerns(engine)
    chat.say("Ich möchte meine Meldung zurückziehen")
    labels = [b.label for b in chat.buttons]
    assert labels == [
        f"{lamp.reference} · Beleuchtung · Weststrasse 30",
        f"{bin_.reference} · Abfall und Sauberkeit · Idaplatz",
        "Keines",
    ]
    chat.press(labels[1])
    bin_, lamp = concerns(engine)
    assert (bin_.status, lamp.status) == (Status.WITHDRAWN, Status.FORWARDED)


def test_withdrawing_with_nothing_open_says_so_and_keeps_no_line(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Ich möchte meine Meldung zurückziehen")
    assert t("de", "withdraw_none") in chat.text
    chat.say("Die Strassenlampe an der Weststrasse 30 brennt nicht")
    [c] = concerns(engine)
    assert c.text == "Die Strassenlampe an der Weststrasse 30 brennt nicht"


def test_withdrawing_the_draft_at_its_confirmation(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll")
    chat.say("Ich möchte meine Meldung zurückziehen")
    chat.press("Ja, zurückziehen")
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN


@pytest.mark.parametrize(
    ("first", "filler", "lang"),
    [
        ("The bin at the station is full", "doesnt matter", "en"),
        ("The bin at the station is full", "it doesnt matter", "en"),
        ("The bin at the station is full", "whatever", "en"),
        ("Der Kübel beim Bahnhof ist voll", "isch egal", "de"),
        ("La poubelle à la gare est pleine", "ça ne joue aucun rôle", "fr"),
    ],
)
def test_place_fillers_count_as_dont_know(
    dialog: Dialog, engine: Engine, first: str, filler: str, lang: str
) -> None:
    """Trial f, finding 10: each got "I do not know that place"."""
    chat = Chat(dialog)
    chat.say(first)
    assert t(lang, "btn_place_unknown") in {b.label for b in chat.buttons}
    chat.say(filler)
    assert t(lang, "place_unknown") in chat.text
    assert t(lang, "ask_place_again") not in chat.text
    [c] = concerns(engine)
    assert (c.kreis, c.place_text, c.status) == (None, None, Status.DRAFT)


def test_a_number_asked_about_with_no_concerns_gets_the_status(
    dialog: Dialog, engine: Engine
) -> None:
    """Trial f, finding 10: "Ich höre zu", and the line joined the next concern."""
    chat = Chat(dialog)
    chat.say("Was ist mit Nr. 12?")
    assert t("de", "mine_none") in chat.text
    chat.say("Der Kübel am Idaplatz ist voll")
    [c] = concerns(engine)
    assert c.text == "Der Kübel am Idaplatz ist voll"


def test_a_number_that_is_none_of_theirs_lists_their_concerns(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll")
    chat.press("Ja, weiterleiten")
    [c] = concerns(engine)
    chat.say("Was ist mit Nr. 999?")
    assert t("de", "mine_header") in chat.text and c.reference and c.reference in chat.text
    assert len(concerns(engine)) == 1


@pytest.mark.parametrize(
    ("line", "shown", "typed"),
    [
        ("Lampe kaput bei der Zurlindnstrasse 12", "Zurlindenstrasse 12", "Zurlindnstrasse"),
        ("Kübel voll an der Zurlindenstrase 100", "Zurlindenstrasse 100", "Zurlindenstrase"),
        ("Der Kübel an der Josefstrass 40 ist voll", "Josefstrasse 40", "Josefstrass 40"),
        ("Kübel voll am Idapltz", "Idaplatz", "Idapltz"),  # trial g, §17: a square too
    ],
)
def test_a_misspelt_street_is_shown_as_the_gazetteer_writes_it(
    dialog: Dialog, engine: Engine, line: str, shown: str, typed: str
) -> None:
    """Trial f, finding 10: shown as typed on the confirmation and the staff card."""
    chat = Chat(dialog)
    chat.say(line)
    assert f"{shown} (" in chat.text and typed not in chat.text
    [c] = concerns(engine)
    assert c.place_text == shown and c.text == line  # the resident's words as written


def test_a_misspelt_street_typed_as_the_place_is_shown_as_written_by_the_city(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel ist voll")
    chat.say("Weststrass 12")
    assert "Weststrasse 12 (Quartier Sihlfeld, Kreis 3)" in chat.text
    [c] = concerns(engine)
    assert c.place_text == "Weststrasse 12"


def test_a_name_unlike_the_street_is_left_as_written() -> None:
    from bot.dialog.spelling import spelled
    from nlp.places.model import Mention

    assert spelled(Mention("Weststrass 12", "address", 3, name="Weststrasse")) == "Weststrasse 12"
    assert spelled(Mention("Weststrasse", "street", 3, name="Weststrasse")) == "Weststrasse"
    assert spelled(Mention("beim Lochergut", "address", 4, name="Badenerstrasse")) == (
        "beim Lochergut"
    )
    assert spelled(Mention("Idaplatz", "landmark", 3, name="Idaplatz")) == "Idaplatz"
    assert spelled(Mention("Letzibad", "landmark", 9, name="Freibad Letzigraben")) == "Letzibad"


def test_delete_my_report_with_two_open_asks_which(dialog: Dialog, engine: Engine) -> None:
    """Trial f, finding 4 (note): the newer of two was withdrawn without asking."""
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll")
    chat.press("Ja, weiterleiten")
    chat.say("Die Strassenlampe an der Weststrasse 30 brennt nicht")
    chat.press("Ja, weiterleiten")
    chat.say("Bitte löschen Sie meine Meldung")
    assert t("de", "withdraw_ask_which") in chat.text
    assert all(c.status == Status.FORWARDED for c in concerns(engine))
    chat.press("Keines")
    assert all(c.status == Status.FORWARDED for c in concerns(engine))


def test_delete_my_report_with_one_just_forwarded_asks_first(
    dialog: Dialog, engine: Engine
) -> None:
    """Trial k leftovers: asked, as "Löschen Sie bitte meine Meldung" is."""
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll")
    chat.press("Ja, weiterleiten")
    chat.say("Bitte löschen Sie meine Meldung")
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED
    chat.press(t("de", "btn_withdraw_yes"))
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN
