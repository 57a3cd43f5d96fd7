"""What people really type: small talk, yes/no in words, a typed topic, two
concerns in one message, a place or a new concern while the bot waits."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.settings import Settings
from bot.texts import t
from nlp.classifier import ConcernClassifier
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    "text",
    [
        "Grüezi",
        "Hallo, ich hätte eine Frage",
        "Danke vielmal!",
        "Hoi zäme",
        "wie funktioniert das?",
        "wer sind Sie?",
        "Bonjour",
        "Grazie mille",
        "hello",
        "ok",
        "Ja",
    ],
)
def test_small_talk_creates_nothing(dialog: Dialog, engine: Engine, text: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert chat.text and "Wo ist das genau?" not in chat.text
    assert concerns(engine) == []


@pytest.mark.parametrize(("text", "lang"), [("Hilfe", "de"), ("help", "en"), ("aiuto!", "it")])
def test_a_bare_cry_for_help_gets_the_numbers_and_a_question(
    dialog: Dialog, engine: Engine, text: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert "117" in chat.text and "144" in chat.text and chat.last[0].lang == lang
    assert concerns(engine) == []


def test_greeting_then_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Grüezi")
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.press("Ja, weiterleiten")
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED and c.topic == "abfall"


@pytest.mark.parametrize("yes", ["Ja", "ok", "yes", "jaja", "stimmt", "Passt"])
def test_yes_in_words_confirms(dialog: Dialog, engine: Engine, yes: str) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say(yes)
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED and c.reference in chat.text


def test_no_in_words_asks_what_is_wrong(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("Nein")
    assert [b.label for b in chat.buttons] == ["Thema ändern", "Ort ändern", "Verwerfen"]
    chat.press("Verwerfen")
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN


def test_typed_topic_is_a_topic_choice(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Beim Idaplatz ist es nachts sehr laut")
    chat.say("Verkehr")
    [c] = concerns(engine)
    assert c.topic == "verkehr" and c.confidence == 1.0
    assert "Ja, weiterleiten" in [b.label for b in chat.buttons]


def test_thanks_at_the_confirmation_keeps_the_question(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("Danke!")
    assert "Ja, weiterleiten" in [b.label for b in chat.buttons]
    assert len(concerns(engine)) == 1


def test_two_concerns_in_one_message_are_filed_as_two(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(
        "Der Kübel am Idaplatz ist voll und ausserdem brennt die Lampe an der Ecke "
        "Josefstrasse 12 nicht"
    )
    assert "2 Anliegen" in chat.text
    chat.press("Ja, weiterleiten")
    assert "nächsten Anliegen" in chat.text
    chat.press("Ja, weiterleiten")
    rows = concerns(engine)
    assert [r.topic for r in rows] == ["abfall", "beleuchtung"]
    assert all(r.status == Status.FORWARDED and r.reference for r in rows)
    assert "Lampe" not in (rows[0].text or "") and "Lampe" in (rows[1].text or "")


def test_new_concern_while_waiting_for_place_is_asked_about(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe flackert seit Tagen")
    assert "Wo ist das genau?" in chat.text
    chat.say("Beim Spielplatz Bäckeranlage liegen überall Glasscherben herum")
    labels = [b.label for b in chat.buttons]
    assert labels[0] == "Neues Anliegen" and labels[1].startswith("Ort für ZH-")
    chat.press("Neues Anliegen")
    rows = concerns(engine)
    assert len(rows) == 2 and rows[0].kreis is None and rows[0].status == Status.DRAFT
    assert "Glasscherben" in (rows[1].text or "")


def test_short_place_at_confirmation_is_asked_not_guessed(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("Idaplatz")
    assert concerns(engine)[0].kreis == 4  # not moved silently
    chat.press(next(b.label for b in chat.buttons if b.label.startswith("Ort für")))
    assert "Kreis 3" in chat.text
    assert concerns(engine)[0].kreis == 3 and len(concerns(engine)) == 1


@pytest.mark.parametrize("answer", ["333", "Nr. 333", "Hausnummer 333", "bei Nr. 333"])
def test_house_number_answers(dialog: Dialog, engine: Engine, answer: str) -> None:
    chat = Chat(dialog)
    chat.say("Grosses Schlagloch an der Badenerstrasse")
    assert "Die Badenerstrasse führt" in chat.text
    chat.say(answer)
    assert "Kreis 3" in chat.text
    assert concerns(engine)[0].kreis == 3


def test_square_gets_its_article(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Der Brunnen am Hegibachplatz ist kaputt")
    assert "Der Hegibachplatz führt durch mehrere Kreise" in chat.text


def test_a_number_given_is_not_asked_for_again(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Grosses Schlagloch an der Hardstrasse 100")
    assert "Die Hardstrasse 100 liegt dort, wo Kreise aneinandergrenzen" in chat.text
    assert "Hausnummer" not in chat.text


def test_unresolved_house_number_is_not_asked_twice(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Grosses Schlagloch an der Badenerstrasse")
    chat.say("hinten")
    assert "Hausnummer" not in chat.text
    assert "Ja, weiterleiten" in [b.label for b in chat.buttons]


def test_low_confidence_offers_topics(
    engine: Engine, classifier: ConcernClassifier, settings: Settings
) -> None:
    unsure = settings.model_copy(update={"low_confidence": 1.0})
    chat = Chat(Dialog(engine=engine, classifier=classifier, settings=unsure))
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    assert "Ich habe verstanden" not in chat.text and "nicht ganz sicher" in chat.text
    labels = [b.label for b in chat.buttons]
    assert 3 <= len(labels) <= 4 and labels[-1] == "Anderes Thema"
    assert "Abfall und Sauberkeit" in labels
    chat.press("Abfall und Sauberkeit")
    assert "Ich habe verstanden" in chat.text
    chat.press("Ja, weiterleiten")
    assert concerns(engine)[0].status == Status.FORWARDED


def test_french_and_italian_residents(dialog: Dialog) -> None:
    chat = Chat(dialog, chat_id="fr")
    chat.say("Bonjour, la poubelle à l'Idaplatz déborde depuis trois jours")
    assert chat.last[-1].lang == "fr"
    chat = Chat(dialog, chat_id="it")
    chat.say("Buongiorno, il cestino all'Idaplatz è pieno da tre giorni")
    assert chat.last[-1].lang == "it"


def test_second_concern_may_take_the_first_ones_place(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll und ausserdem brennt die Lampe an der Ecke nicht")
    chat.say("Ja")
    label = next(b.label for b in chat.buttons if b.label.startswith("Gleicher Ort"))
    assert "Kreis 3" in label
    chat.say(label)  # Telegram's location keyboard sends the label as text
    assert "Kreis 3" in chat.text and "Beleuchtung" in chat.text
    chat.say("Ja")
    rows = concerns(engine)
    assert [(r.topic, r.kreis, r.status) for r in rows] == [
        ("abfall", 3, Status.FORWARDED),
        ("beleuchtung", 3, Status.FORWARDED),
    ]


@pytest.mark.parametrize("text", ["1", "Nr. 12", "??", "ok ok", "a"])
def test_no_concern_without_words(dialog: Dialog, engine: Engine, text: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert concerns(engine) == []


def test_house_number_typed_at_the_confirmation_completes_the_street(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Grosses Schlagloch an der Badenerstrasse")
    chat.say("hinten")  # the house-number question, not answered
    assert "Ja, weiterleiten" in [b.label for b in chat.buttons]
    chat.say("Nr. 333")
    [c] = concerns(engine)
    assert c.kreis == 3 and c.place_text == "Badenerstrasse 333"
    assert "Ja, weiterleiten" in [b.label for b in chat.buttons]


def test_a_place_answer_with_a_second_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel ist voll")
    chat.say("Idaplatz, und übrigens liegt dort auch Sperrmüll")
    first = concerns(engine)[0]
    assert first.kreis == 3 and "Sperrmüll" in chat.text
    chat.say("Ja")
    assert "nächsten Anliegen" in chat.text
    rows = concerns(engine)
    assert len(rows) == 2 and rows[1].text == "liegt dort auch Sperrmüll"


def test_after_no_to_deleting_the_open_question_comes_back(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("/loeschen")
    chat.press("Nein")
    assert "Ja, weiterleiten" in [b.label for b in chat.buttons]


def test_thanks_at_the_confirmation_is_one_question(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    replies = chat.say("Danke vielmal!")
    assert len(replies) == 1 and "Soll ich" in replies[0].text
    assert concerns(engine)[0].status == Status.DRAFT


def test_yes_at_new_or_place_repeats_the_choice(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("Idaplatz")
    chat.say("jaja")
    assert "gespeichert" not in chat.text and chat.buttons[0].label == "Neues Anliegen"
    assert len(concerns(engine)) == 1


def test_bonjour_gets_french(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Bonjour")
    assert chat.last[0].lang == "fr"


def test_unsure_topic_unconfirmed_goes_to_the_coordination_office(
    engine: Engine, classifier: ConcernClassifier, settings: Settings
) -> None:
    from datetime import timedelta

    from store.models import utcnow

    unsure = settings.model_copy(update={"low_confidence": 1.0})
    dialog = Dialog(engine=engine, classifier=classifier, settings=unsure)
    Chat(dialog).say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    later = utcnow() + timedelta(minutes=unsure.draft_timeout_minutes + 1)
    assert len(dialog.maintenance(later)) == 1
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED and c.unconfirmed
    assert c.office == "qk_kreise_3_4_5"  # not a department that may be the wrong one


def test_one_thought_per_line_is_one_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Hallo")
    chat.say("bei uns im Quartier")
    assert "Was ist los" in chat.text and concerns(engine) == []
    chat.say("an der Josefstrasse 12")
    assert concerns(engine) == []
    chat.say("die Strassenlampe ist seit Tagen kaputt")
    [c] = concerns(engine)
    assert c.topic == "beleuchtung" and c.kreis == 5
    assert (
        c.text
        == "bei uns im Quartier an der Josefstrasse 12 die Strassenlampe ist seit Tagen kaputt"
    )


def test_a_place_first_then_the_problem(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Idaplatz")
    chat.say("Abfallkübel voll")
    [c] = concerns(engine)
    assert (c.topic, c.kreis) == ("abfall", 3)


@pytest.mark.parametrize("question", ["wie lange dauert das?", "warum wollen Sie das wissen?"])
def test_a_question_at_the_confirmation_is_no_new_concern(
    dialog: Dialog, engine: Engine, question: str
) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say(question)
    assert "Soll ich" in chat.text and "Ja, weiterleiten" in [b.label for b in chat.buttons]
    assert len(concerns(engine)) == 1


def test_a_house_number_in_a_correction(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe an der Josefstrasse ist kaputt")
    chat.say("Ja, aber die Hausnummer ist 14")
    [c] = concerns(engine)
    assert c.place_text == "Josefstrasse 14" and "Josefstrasse 14 (" in chat.text


@pytest.mark.parametrize(
    "line", ["meinte Idaplatz", "Sorry, meinte Idaplatz", "ich meinte Idaplatz"]
)
def test_meinte_at_the_card_changes_the_place(dialog: Dialog, engine: Engine, line: str) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Bullingerplatz ist voll")
    assert "Bullingerplatz (" in chat.text
    chat.say(line)  # "meinte Idaplatz" got "Ist «meinte Idaplatz» ein neues Anliegen …?"
    [c] = concerns(engine)
    assert c.place_text == "Idaplatz" and c.kreis == 3
    assert "Idaplatz (" in chat.text and t("de", "btn_confirm") in [b.label for b in chat.buttons]


@pytest.mark.parametrize("cancel", ["abbrechen", "Stopp"])
def test_cancel_withdraws_the_draft(dialog: Dialog, engine: Engine, cancel: str) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe flackert seit Tagen, bitte reparieren")
    chat.say(cancel)
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN and "verworfen" in chat.text


def test_no_thanks_at_the_place_question_goes_on_without_a_place(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe flackert seit Tagen, bitte reparieren")
    chat.say("Nein danke")
    assert "Ja, weiterleiten" in [b.label for b in chat.buttons]
    assert concerns(engine)[0].kreis is None


def test_asking_for_the_police_says_the_bot_sends_nobody(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Ist die Polizei schon unterwegs?")
    assert "kein Notruf" in chat.text and "117" in chat.text and concerns(engine) == []


def test_asking_for_the_status_lists_the_concerns(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("Ja")
    chat.say("Wie ist der Stand?")
    assert "Ihre Anliegen:" in chat.text and len(concerns(engine)) == 1


@pytest.mark.parametrize(
    "correction", ["ah nein sorry, es ist am Idaplatz", "Nein, eigentlich ist es am Idaplatz"]
)
def test_a_place_correction_at_the_confirmation(
    dialog: Dialog, engine: Engine, correction: str
) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say(correction)
    [c] = concerns(engine)
    assert c.kreis == 3 and "Kreis 3" in chat.text
    assert "Ja, weiterleiten" in [b.label for b in chat.buttons]


def test_dont_know_at_the_topics_goes_to_the_coordination_office(
    engine: Engine, classifier: ConcernClassifier, settings: Settings
) -> None:
    unsure = settings.model_copy(update={"low_confidence": 1.0})
    chat = Chat(Dialog(engine=engine, classifier=classifier, settings=unsure))
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("weiss nicht")
    [c] = concerns(engine)
    assert c.topic == "quartierleben" and c.office == "qk_kreise_3_4_5"
    assert "Ja, weiterleiten" in [b.label for b in chat.buttons]


def test_a_concern_with_more_is_not_taken_as_the_place(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel ist voll")
    chat.say("Die Strassenlampe am Idaplatz flackert und ausserdem liegt Glas auf dem Spielplatz")
    assert chat.buttons[0].label == "Neues Anliegen"  # asked, not guessed
    assert concerns(engine)[0].kreis is None


def test_a_reference_in_the_text(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("Ja")
    [c] = concerns(engine)
    chat.say(f"Was ist mit {c.reference}?")
    assert f"{c.reference} (Abfall und Sauberkeit): weitergeleitet" in chat.text
    chat.say(f"Ich möchte mein Anliegen {c.reference} zurückziehen")
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN and "zurückgezogen" in chat.text
    other = Chat(dialog, chat_id="200")
    other.say(f"Ich möchte das Anliegen {c.reference} zurückziehen, bitte")
    assert "zurückgezogen" not in other.text  # someone else's reference: nothing about it


def test_a_problem_typed_at_new_or_place_is_a_new_concern_not_the_place(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Idaplatz ist voll")
    chat.say("Lampe kaputt Bäckerstrasse 20")
    chat.say("Velos blockieren Trottoir Josefstrasse 12")
    first = concerns(engine)[0]
    assert first.kreis == 3 and "Velo" not in (first.place_text or "")
    assert any("Velo" in (c.text or "") for c in concerns(engine))


def test_what_it_is_about_corrected_at_the_confirmation(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe an der Bäckerstrasse brennt nicht")
    chat.say("Korrektur: es ist nicht die Strassenlampe, sondern die Ampel")
    [c] = concerns(engine)
    assert "Ampel" in (c.text or "") and c.topic != "beleuchtung"
    assert "Ja, weiterleiten" in [b.label for b in chat.buttons] or "Anderes Thema" in [
        b.label for b in chat.buttons
    ]


def test_ok_after_saying_no_is_no_confirmation(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("Nein")
    chat.say("ok")
    assert concerns(engine)[0].status == Status.DRAFT
    assert "Verwerfen" in [b.label for b in chat.buttons]


def test_where_i_live_is_kept_for_the_next_line(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Hallo, ich wohne an der Josefstrasse 12")
    assert concerns(engine) == []
    chat.say("Vor dem Haus brennt die Strassenlampe seit einer Woche nicht")
    [c] = concerns(engine)
    assert c.kreis == 5 and c.topic == "beleuchtung"


def test_yes_at_the_place_question_takes_the_same_place(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll und ausserdem brennt die Lampe an der Ecke nicht")
    chat.say("Ja")
    chat.say("ja")
    assert concerns(engine)[1].kreis == 3


def test_new_concern_button_comes_back_to_the_first(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe flackert seit Tagen")
    chat.say("Beim Spielplatz Bäckeranlage liegen überall Glasscherben herum")
    chat.press("Neues Anliegen")
    chat.say("Ja")  # the glass
    assert "nächsten Anliegen" in chat.text and "Strassenlampe" in chat.text


def test_yes_twice_at_new_or_place_files_the_line(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("Lampe kaputt Bäckerstrasse 20")
    chat.say("ja")
    assert chat.buttons[0].label == "Neues Anliegen"
    chat.say("ja")
    assert len(concerns(engine)) == 2 and "Neues Anliegen" not in [b.label for b in chat.buttons]


@pytest.mark.parametrize("place", ["Josefstrasse 12", "doch nicht Josefstrasse 12", "am Idaplatz"])
def test_a_bare_place_is_kept_for_the_next_line(dialog: Dialog, engine: Engine, place: str) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("Ja")
    chat.say(place)
    assert len(concerns(engine)) == 1 and "Was ist los" in chat.text


def test_a_question_at_the_place_question_is_answered(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe flackert seit Tagen, bitte reparieren")
    chat.say("Wieso brauchen Sie das?")
    assert "wo sie hinschauen muss" in chat.text and "Wo ist das genau?" in chat.text
    chat.say("Josefstrasse 12")
    assert concerns(engine)[0].kreis == 5 and len(concerns(engine)) == 1


def test_undo_right_after_forwarding(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("Ja")
    chat.say("Das hat sich erledigt, bitte wieder löschen")
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN and "zurückgezogen" in chat.text


def test_place_corrected_right_after_forwarding(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe an der Josefstrasse 12 flackert")
    chat.say("Ja")
    chat.say("Oh nein, ich meinte am Idaplatz")
    [c] = concerns(engine)
    assert c.kreis == 3 and c.status == Status.FORWARDED and "korrigiert" in chat.text


def test_the_same_place_button_survives_a_reminder(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll und ausserdem brennt die Lampe an der Ecke nicht")
    chat.say("Ja")
    chat.say("/hilfe")  # the open question is shown again
    assert any(b.label.startswith("Gleicher Ort") for b in chat.buttons)
