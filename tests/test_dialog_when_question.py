""" "Wann wird das repariert?" after a report asks when, about the resident's
open concerns: their status and that the office plans the date. In the lead's
try (2026-12-06) "Wie lang gaht das öppe?" and "Wann wird das repariert?" were
kept as the start of a new concern, and the next line was filed with them."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Concern, Status
from tests.chat import Chat
from tests.conftest import concerns


def _reported(dialog: Dialog, lang_text: str = "Strassenlampe kaputt am Letzigraben 120") -> Chat:
    chat = Chat(dialog)
    chat.say(lang_text)
    chat.say("Ja")
    return chat


def _asked_after_report(
    dialog: Dialog, engine: Engine, report: str, question: str, answer: str
) -> Concern:
    """`report` filed and forwarded, then `question`: the concern's status comes
    first, `answer` last, and no concern is added. The concern as loaded before."""
    chat = _reported(dialog, report)
    [concern] = concerns(engine)
    chat.say(question)
    assert concern.reference in chat.last[0].text
    assert chat.last[-1].text == answer
    assert len(concerns(engine)) == 1
    return concern


@pytest.mark.parametrize(
    "question",
    [
        "Wie lang gaht das öppe?",
        "Wann wird das repariert?",
        "Wie lange dauert das?",
        "Wann chunnt öpper?",
        "Wann wird das geleert?",  # trial g
        "Danke. Und wann wird das abgeholt?",  # the lead's try: thanks before the question
        "Merci! Wänn chunnt öpper?",
    ],
)
def test_a_when_question_gets_the_status_and_no_promise(
    dialog: Dialog, engine: Engine, question: str
) -> None:
    chat = _reported(dialog)
    [lamp] = concerns(engine)
    chat.say(question)
    assert lamp.reference in chat.last[0].text
    assert chat.last[-1].text == t("de", "followup_when")
    chat.say("Im Park hinter dem Schulhaus Letzi liegen überall Spritzen herum")
    spritzen = [c for c in concerns(engine) if c.id != lamp.id]
    assert len(spritzen) == 1  # one new concern, the question not glued to it
    assert "Wann" not in spritzen[0].text and "lang" not in spritzen[0].text


def test_in_english(dialog: Dialog, engine: Engine) -> None:
    chat = _reported(dialog, "The street light at Letzigraben 120 is broken")
    chat.say("When will it be emptied?")  # trial g: "emptied" was not known
    assert chat.last[-1].text == t("en", "followup_when")


@pytest.mark.parametrize(
    ("report", "question", "lang"),
    [
        # the lead's try, 2026-12-07: "E quando lo portano via?" was kept as a new concern
        (
            "C'è un materasso abbandonato sul marciapiede in Langstrasse 120",
            "E quando lo portano via?",
            "it",
        ),
        ("Il cestino in Piazza Ida è pieno", "Quando lo svuotano?", "it"),
        ("La poubelle à l'Idaplatz déborde", "Quand est-ce qu'ils vont la vider ?", "fr"),
        ("The bin at Idaplatz is full", "When are they coming?", "en"),
        ("Kübel voll am Idaplatz", "Wann leeren sie ihn endlich?", "de"),
        ("Kübel voll am Idaplatz", "Wänn holed si en ab?", "de"),
    ],
)
def test_other_ways_to_ask_when(
    dialog: Dialog, engine: Engine, report: str, question: str, lang: str
) -> None:
    concern = _asked_after_report(dialog, engine, report, question, t(lang, "followup_when"))
    assert concern.status == Status.FORWARDED  # as loaded before the question


@pytest.mark.parametrize(
    "question", ["Wann holt die ERZ Sperrmüll ab?", "Wann macht ihr die Strasse zu?"]
)
def test_a_when_question_naming_its_own_object_is_not_one(
    dialog: Dialog, engine: Engine, question: str
) -> None:
    chat = _reported(dialog)
    chat.say(question)
    assert chat.text != t("de", "followup_when")


def test_a_question_about_something_else_is_not_one(dialog: Dialog, engine: Engine) -> None:
    chat = _reported(dialog)
    chat.say("Wann wird das Altpapier abgeholt?")
    assert chat.text != t("de", "followup_when")


def test_without_an_open_concern_it_is_not_answered_so(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Wann wird das repariert?")
    assert all(r.text != t("de", "followup_when") for r in chat.last)
    assert all(c.status == Status.DRAFT for c in concerns(engine))


@pytest.mark.parametrize(
    ("report", "question", "lang"),
    [
        # trial h, §4: each was kept as the start of a new concern ("Wo ist das genau?")
        ("Kübel voll am Idaplatz", "Und was passiert jetzt?", "de"),
        ("Kübel voll am Idaplatz", "Wie gaht's wiiter?", "de"),
        ("The bench at Idaplatz is broken", "what happens now?", "en"),
        ("La poubelle à l'Idaplatz déborde", "Et maintenant ?", "fr"),
        ("Il cestino in Piazza Ida è pieno", "E adesso cosa succede?", "it"),
    ],
)
def test_what_happens_now_gets_the_status_and_the_next_steps(
    dialog: Dialog, engine: Engine, report: str, question: str, lang: str
) -> None:
    _asked_after_report(dialog, engine, report, question, t(lang, "followup_next"))


@pytest.mark.parametrize(
    "question",
    # trial h, §4: "Ich höre zu …", then the next line became a new concern
    ["Was isch mit mim Aaliege?", "Hesch mini Meldig übercho?", "Did you get my report?"],
)
def test_a_question_about_their_concern_lists_it(
    dialog: Dialog, engine: Engine, question: str
) -> None:
    chat = _reported(dialog)
    [lamp] = concerns(engine)
    chat.say(question)
    assert lamp.reference in chat.text
    assert len(concerns(engine)) == 1


def test_asked_about_their_concern_without_one(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Was isch mit mim Aaliege?")  # trial h, §4: "Ich höre zu"
    assert chat.text == t("de", "mine_none")
    assert concerns(engine) == []
