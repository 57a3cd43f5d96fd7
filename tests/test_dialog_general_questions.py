"""Questions the bot answers itself (new-user trial h, findings 2 and 8).

"Wann hat das Stadthaus offen?" got "Ich höre zu: Was ist los, und wo?", was kept
as the start of a concern, the next message was joined to it and the Stadthaus
became that concern's place (Kreis 1 instead of 3/12); the question was never
answered. "Wie lange dauert es normalerweise, bis eine Meldung bearbeitet wird?"
was filed for an office and interrupted the draft waiting at its confirmation."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.general_questions import asks_how_long_it_takes, asks_opening_hours
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

HOURS = [
    ("Wann hat das Stadthaus offen?", "de"),
    ("Öffnungszeiten vom Kreisbüro 4?", "de"),
    ("Grüezi, ich hätt gern gwüsst wänn de Wertstoffhof offe hät", "de"),
    ("Wie sind die Öffnungszeiten vom Recyclinghof Hagenholz?", "de"),
    ("Hallo! Bis wann ist das Kreisbüro 4 geöffnet?", "de"),
    ("When is the recycling centre at Hagenholz open?", "en"),
    ("Quels sont les horaires d'ouverture de la déchetterie?", "fr"),
    ("Quando è aperto il centro di riciclaggio?", "it"),
]


@pytest.mark.parametrize(("question", "lang"), HOURS)
def test_an_opening_hours_question_is_answered_and_not_kept(
    dialog: Dialog, engine: Engine, question: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(question)
    assert chat.last[0].text == t(lang, "opening_hours")
    assert concerns(engine) == []
    # The next, separate message is not joined to it, nor placed at its landmark.
    chat.say("Wer ist zuständig für die Bäume an der Zweierstrasse?")
    [trees] = concerns(engine)
    assert trees.text == "Wer ist zuständig für die Bäume an der Zweierstrasse?"
    assert trees.kreis != 1
    assert "3, 4" in chat.text  # the Zweierstrasse: which house number


def test_a_full_address_after_it_files_only_the_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Wann hat das Stadthaus offen?")
    chat.say("Die Lampe an der Josefstrasse 12 brennt nicht")
    [lamp] = concerns(engine)
    assert lamp.text == "Die Lampe an der Josefstrasse 12 brennt nicht"  # on the staff card
    assert lamp.kreis == 5


def test_a_service_question_after_it_is_asked_as_a_question(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Öffnungszeiten vom Kreisbüro 4?")
    # ("Wo kann ich Sperrgut abgeben?" is answered now: trial q, finding 5)
    chat.say("Wie beantrage ich eine Parkkarte für Anwohner?")
    assert chat.last[-1].text == t("de", "ask_place_question")
    [card] = concerns(engine)
    assert card.text == "Wie beantrage ich eine Parkkarte für Anwohner?"


def test_the_question_a_line_announced(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Hallo, ich hätte eine Frage zum Recyclinghof")
    chat.say("Wie sind die Öffnungszeiten vom Recyclinghof Hagenholz?")
    assert chat.last[0].text == t("de", "opening_hours")
    chat.say("Der Kübel am Idaplatz ist voll")
    [bin_] = concerns(engine)
    assert bin_.text == "Der Kübel am Idaplatz ist voll"


@pytest.mark.parametrize(
    "question",
    [
        "Wie lange dauert es normalerweise bis eine Meldung bearbeitet wird?",
        "Wann hat der Recyclinghof Hagenholz offen?",
    ],
)
def test_at_the_confirmation_the_draft_waits_for_its_answer(
    dialog: Dialog, engine: Engine, question: str
) -> None:
    chat = Chat(dialog)
    chat.say("Die Lampe an der Josefstrasse 12 brennt nicht")
    [lamp] = concerns(engine)
    chat.say(question)
    key = "opening_hours" if "offen" in question else "how_long_it_takes"
    assert chat.last[0].text == t("de", key)
    assert t("de", "draft_kept", reference=lamp.reference) not in chat.text
    assert "Ja, weiterleiten" in [b.label for b in chat.buttons]  # asked again
    chat.press("Ja, weiterleiten")
    assert concerns(engine)[0].status == Status.FORWARDED
    assert len(concerns(engine)) == 1


def test_how_long_in_idle_files_nothing(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("How long does it usually take until a report is processed?")
    assert chat.last[0].text == t("en", "how_long_it_takes")
    assert concerns(engine) == []


def test_a_short_question_about_a_place_is_not_the_next_concerns_place(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Gibt es beim Stadthaus WLAN?")
    assert t("de", "tell_more") not in chat.text  # filed as a question, not kept
    assert [c.text for c in concerns(engine)] == ["Gibt es beim Stadthaus WLAN?"]
    chat.say("Die Lampe an der Josefstrasse 12 brennt nicht")
    chat.press("Neues Anliegen")
    lamp = concerns(engine)[-1]
    assert lamp.text == "Die Lampe an der Josefstrasse 12 brennt nicht"
    assert lamp.kreis == 5


def test_reports_that_mention_opening_hours_are_concerns(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Bar an der Langstrasse 100 hat bis 4 Uhr offen und es ist viel zu laut")
    assert t("de", "opening_hours") not in chat.text
    assert len(concerns(engine)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Die Bar hat bis 4 Uhr offen, viel zu laut!",
        "Wann ist die Strasse wieder offen?",
        "Warum sind die Öffnungszeiten so kurz?",
        "When I open the window, it stinks",
        "Quand j'ouvre la fenêtre, ça pue",
        "Die Öffnungszeiten der Badi sind zu kurz",
        "Der Kübel ist voll. Wann hat das Stadthaus offen?",
        "Wo kann ich Sperrgut abgeben?",
    ],
)
def test_not_an_opening_hours_question(text: str) -> None:
    assert not asks_opening_hours(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wie lange dauert es normalerweise bis eine Meldung bearbeitet wird?", True),
        ("Combien de temps faut-il pour traiter une demande?", True),
        ("Quanto tempo ci vuole per una risposta?", True),
        ("Wie lang gaht's bis mer e Antwort überchunnt?", True),
        ("Wie lange dauert das?", False),  # their concern: the status (followup)
        ("Wie lange dauert es bis der Kübel geleert wird?", False),
    ],
)
def test_how_long_it_takes(text: str, expected: bool) -> None:
    assert asks_how_long_it_takes(text) is expected


def test_a_how_long_question_before_an_emergency_is_answered_not_filed(
    dialog: Dialog, engine: Engine
) -> None:
    # the lead's try, 2026-12-07: the question became a concern after the
    # emergency ("Nun zu Ihrem nächsten Anliegen …", "Wo ist das genau?")
    chat = Chat(dialog)
    chat.say(
        "Guten Tag, ich wollte fragen wie lange es normalerweise dauert bis eine Meldung "
        "bearbeitet wird, und übrigens liegt an der Röntgenstrasse 30 ein Mann am Boden "
        "und atmet nicht"
    )
    assert "144" in chat.last[0].text
    assert chat.last[-1].text == t("de", "how_long_it_takes")
    assert [c.urgent for c in concerns(engine)] == [True]


def test_an_opening_hours_question_with_a_concern_is_answered_and_the_concern_filed(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Wann hat das Stadthaus offen? Und ausserdem ist der Kübel am Idaplatz voll")
    assert chat.last[0].text == t("de", "opening_hours")
    [bin_] = concerns(engine)
    assert "Stadthaus" not in (bin_.text or "") and "Idaplatz" in (bin_.text or "")
    chat.say("Ja")
    assert [c.status for c in concerns(engine)] == [Status.FORWARDED]
