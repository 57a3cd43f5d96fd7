"""What residents ran into in the second trial of 2026-12-06
(docs/qa/new-user-trial-2026-12-06-b.md), each case as it was typed."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    "change_of_mind",
    [
        "nein doch nicht, vergiss es",
        "Vergessen Sie es bitte",
        "ach lass es sein",
        "Das hat sich erledigt, danke",
        "never mind",
        "laisse tomber",
        "lascia perdere",
    ],
)
@pytest.mark.parametrize(
    "first", ["Die Strassenlampe an der Bäckerstrasse flackert", "Die Parkbank ist kaputt"]
)
def test_a_resident_who_changes_their_mind_withdraws_the_draft(
    dialog: Dialog, engine: Engine, change_of_mind: str, first: str
) -> None:
    chat = Chat(dialog)
    chat.say(first)  # at the confirmation, or at "Wo ist das genau?"
    chat.say(change_of_mind)
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN
    assert chat.text == t(c.language, "discarded", reference=c.reference)


def test_calling_off_with_a_new_concern_is_not_a_withdrawal(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe an der Bäckerstrasse flackert")
    chat.say("vergiss es, die Lampe am Idaplatz ist auch kaputt")
    assert all(c.status != Status.WITHDRAWN for c in concerns(engine))


def _forward(chat: Chat, text: str) -> None:
    chat.say(text)
    chat.press("Ja, weiterleiten")


@pytest.mark.parametrize(
    "question",
    [
        "Hallo, ich bins wieder. Ist der Kübel am Idaplatz jetzt geleert?",
        "Wann wird der Kübel geleert?",
    ],
)
def test_a_question_days_later_about_the_same_matter_is_no_second_concern(
    dialog: Dialog, engine: Engine, question: str
) -> None:
    chat = Chat(dialog)
    _forward(chat, "Der Abfallkübel am Idaplatz ist voll")
    [first] = concerns(engine)
    chat.say(question)
    assert f"Ihr Anliegen {first.reference} (Abfall und Sauberkeit): weitergeleitet." in chat.text
    assert "Stimmt das?" not in chat.text
    assert len(concerns(engine)) == 1


@pytest.mark.parametrize(
    "other",
    [
        "Ist die Strassenlampe an der Josefstrasse 12 repariert?",  # another topic
        "Wird der Abfallkübel am Helvetiaplatz bald geleert?",  # another place
        "Der Kübel am Idaplatz ist wieder voll",  # not a question: a new report
    ],
)
def test_another_matter_is_still_a_concern(dialog: Dialog, engine: Engine, other: str) -> None:
    chat = Chat(dialog)
    _forward(chat, "Der Abfallkübel am Idaplatz ist voll")
    chat.say(other)
    assert "Stimmt das?" in chat.text
    assert len(concerns(engine)) == 2


def test_a_closed_concern_is_not_answered_for(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    _forward(chat, "Der Abfallkübel am Idaplatz ist voll")
    chat.say("Was ist mit ZH-2026-000001? zurückziehen")
    chat.say("Ist der Kübel am Idaplatz jetzt geleert?")
    assert "Stimmt das?" in chat.text


def test_the_same_place_button_has_no_brackets_in_brackets(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Hoi, bi üs isch d Strasselampe kaputt und ausserdem liegt überall Hundekot")
    chat.say("Josefstrasse 12")
    chat.press("Ja, weiterleiten")
    labels = [b.label for b in chat.buttons]
    assert "Gleicher Ort wie vorher: Josefstrasse 12 (Quartier Gewerbeschule, Kreis 5)" in labels
    assert not any("))" in label for label in labels)


@pytest.mark.parametrize("word", ["Danke", "ok", "Tschüss", "Ja"])
def test_a_courtesy_word_keeps_the_residents_language(dialog: Dialog, word: str) -> None:
    chat = Chat(dialog)
    chat.say("Il cestino in Josefstrasse 12 è pieno")
    chat.press("Sì, inoltrare")
    chat.say(word)  # "Danke" from an Italian speaker in Zürich
    assert all(r.lang == "it" for r in chat.last)


def test_thanks_at_an_emergency_place_question_keeps_italian(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Il cestino in Josefstrasse 12 è pieno")
    chat.say("aiuto! c'è un incendio nella cantina")
    chat.say("Danke")
    assert "come urgente" in chat.text and "dringend" not in chat.text


def test_a_courtesy_word_from_someone_new_still_chooses_the_language(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Grazie mille")
    assert chat.text == t("it", "smalltalk_thanks")
    chat.say("Bonjour")  # a greeting switches whoever says it
    assert chat.text == t("fr", "smalltalk_greeting")


def test_a_house_number_before_its_street_is_kept_for_it(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Parkbank ist kaputt")
    chat.say("Nr. 12")  # was: "Diesen Ort kenne ich leider nicht."
    assert chat.text == t("de", "number_without_street")
    chat.say("bei der Josefstrasse")
    assert "Josefstrasse 12 (Quartier Gewerbeschule, Kreis 5)" in chat.text
    [c] = concerns(engine)
    assert c.kreis == 5 and c.place_text == "Josefstrasse 12"


def test_a_place_line_is_not_the_start_of_a_concern_with_its_own_place(
    dialog: Dialog, engine: Engine
) -> None:
    """Lead's try at the end of the day: 'Weinbergstrasse 30' was kept as the
    start of a concern, and the next concern with its own place ('vor der
    Josefstrasse 12', Kreis 5) was joined to it and confirmed at
    'Weinbergstrasse 30 (Quartier Unterstrass, Kreis 6)'."""
    chat = Chat(dialog)
    chat.say("Weinbergstrasse 30")
    chat.say("Wie ist der Stand?")
    chat.say("Die Strassenlampe vor der Josefstrasse 12 brennt seit einer Woche nicht")
    assert "Josefstrasse 12" in chat.text and "Kreis 5" in chat.text
    assert "Weinbergstrasse" not in chat.text
    [c] = concerns(engine)
    assert c.kreis == 5 and "Weinbergstrasse" not in (c.text or "")


def test_a_place_line_still_starts_a_concern_without_a_place(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Weinbergstrasse 30")
    chat.say("Der Abfallkübel ist voll")
    [c] = concerns(engine)
    assert c.kreis == 6 and "Weinbergstrasse 30" in (c.text or "")
