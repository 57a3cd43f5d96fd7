"""Chatter, privacy and information questions are answered, not filed and forwarded
(new-user trials p, q and r, findings 5 and 6); a personal social matter is asked where
the resident lives (trial r, finding 10)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from bot.dialog import Dialog
from bot.dialog.unsent import not_a_concern
from bot.settings import Settings
from bot.texts import t
from store.db import session_scope
from store.models import Concern, Conversation, Resident, Status, utcnow
from tests.chat import Chat
from tests.conftest import concerns

CHATTER = [
    ("wie wird das wetter morgen in zürich?", "de", "off_topic"),
    ("erzähl mir einen witz", "de", "off_topic"),
    ("What's the weather like tomorrow?", "en", "off_topic"),
    ("tell me a joke please", "en", "off_topic"),
    ("raconte-moi une blague", "fr", "off_topic"),
    ("quel temps fera-t-il demain?", "fr", "off_topic"),
    ("che tempo fa domani a Zurigo?", "it", "off_topic"),
    ("Die Stadt tut nichts, ihr seid alle unfähig!!!", "de", "smalltalk_insult"),
    ("you are all useless", "en", "smalltalk_insult"),
    ("Ich finde Zürich schön", "de", "off_topic_praise"),
    ("I love this city", "en", "off_topic_praise"),
    ("Zurich est vraiment belle", "fr", "off_topic_praise"),
]


def _later(settings: Settings) -> object:
    return utcnow() + timedelta(minutes=settings.draft_timeout_minutes + 1)


@pytest.mark.parametrize(("line", "lang", "key"), CHATTER)
def test_chatter_gets_a_short_answer_and_is_not_filed(
    dialog: Dialog, engine: Engine, settings: Settings, line: str, lang: str, key: str
) -> None:
    chat = Chat(dialog)
    chat.say(line)
    assert chat.last[0].text == t(lang, key)
    assert not chat.buttons  # no place question, no card
    assert concerns(engine) == []
    assert dialog.maintenance(_later(settings)) == []  # nothing goes out later either


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("was speichert ihr eigentlich über mich?", "de"),
        ("Was speichern Sie über mich?", "de"),
        ("what do you store about me?", "en"),
        ("qu'est-ce que vous savez sur moi?", "fr"),
        ("cosa sapete di me?", "it"),
    ],
)
def test_what_is_stored_about_me_gets_the_privacy_answer(
    dialog: Dialog, engine: Engine, settings: Settings, line: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(line)
    assert chat.last[0].text == t(lang, "privacy_info", months=settings.retention_months)
    assert concerns(engine) == []


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("bonjour, est ce que vous parlez français?", "fr"),
        ("Sprechen Sie Italienisch?", "it"),
        ("Do you speak English?", "en"),
        ("parli tedesco?", "de"),
    ],
)
def test_do_you_speak_gets_a_yes_in_that_language(
    dialog: Dialog, engine: Engine, line: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(line)
    assert chat.last[0].text == t(lang, "languages_yes")
    assert concerns(engine) == []
    with session_scope(engine) as s:
        [resident] = s.exec(select(Resident)).all()
        assert resident.language == lang  # and the bot goes on in it


INFO = [
    ("where do I get a parking permit?", "en"),
    ("Where can I apply for a residents' parking permit?", "en"),
    ("wo bekomme ich eine Parkkarte?", "de"),
    ("Wo kann ich eine Anwohnerparkkarte beantragen?", "de"),
    ("où puis-je obtenir une carte de stationnement?", "fr"),
    ("dove posso richiedere il permesso di parcheggio?", "it"),
]


@pytest.mark.parametrize(("line", "lang"), INFO)
def test_an_information_question_is_answered_not_filed(
    dialog: Dialog, engine: Engine, line: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(line)
    assert chat.last[0].text == t(lang, "info_question")
    assert not chat.buttons
    assert concerns(engine) == []


def test_who_runs_the_coordination_office_gets_it_and_no_card(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("wer ist zuständig für die Quartierkoordination Kreis 4?")
    office = "Quartierkoordination Kreise 3, 4, 5"
    assert chat.text == t("de", "responsible_is", office=office)
    assert not chat.buttons
    assert concerns(engine) == []


def test_a_question_split_off_a_report_is_answered_not_offered_its_place(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(
        "Hi, the bench at Goldbrunnenplatz is broken, and by the way where do I get a "
        "parking permit?"
    )
    assert t("en", "info_question") in chat.text
    [bench] = concerns(engine)  # the permit question is no draft of its own
    assert "parking" not in (bench.text or "") and bench.kreis == 3
    chat.press(t("en", "btn_confirm"))
    assert "parking" not in chat.text  # no "Now to your next concern"
    assert len(concerns(engine)) == 1


@pytest.mark.parametrize(
    "line",
    [
        "wann wird die kaputte Lampe an der Josefstrasse repariert?",
        "Bei diesem Wetter ist der Weg an der Josefstrasse 12 vereist",
        "Die Stadt tut nichts gegen die Ratten an der Josefstrasse 12",
        "Where can I report a broken street lamp at Josefstrasse 12?",
        "Ich habe Schulden, wo bekomme ich Hilfe? Ich wohne an der Josefstrasse 12",
    ],
)
def test_concerns_with_those_words_are_still_filed(
    dialog: Dialog, engine: Engine, line: str
) -> None:
    Chat(dialog).say(line)
    [c] = concerns(engine)
    assert c.status == Status.DRAFT and c.kreis == 5


# -- the draft timeout --------------------------------------------------------


def test_a_question_with_no_problem_and_no_place_is_not_forwarded_by_the_timeout(
    dialog: Dialog, engine: Engine, settings: Settings
) -> None:
    chat = Chat(dialog)
    chat.say("Gibt es in Zürich einen Hundepark?")  # asked where; nobody answers
    [draft] = concerns(engine)
    assert draft.status == Status.DRAFT
    [notice] = dialog.maintenance(_later(settings))
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN and c.forwarded_at is None and c.text
    assert notice.reply.text == t("de", "unsent_closed", text="Gibt es in Zürich einen Hundepark?")
    with session_scope(engine) as s:
        conv = s.get(Conversation, ("telegram", "100"))
        assert conv is not None and conv.state == "idle"
    assert dialog.maintenance(_later(settings)) == []  # once


@pytest.mark.parametrize(
    "line",
    [
        "Wann wird die kaputte Lampe repariert?",  # a problem, no place: asked where
        "Der Abfallkübel ist übervoll",
    ],
)
def test_a_stated_problem_with_no_place_is_still_forwarded(
    dialog: Dialog, engine: Engine, settings: Settings, line: str
) -> None:
    Chat(dialog).say(line)
    [notice] = dialog.maintenance(_later(settings))
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED and c.unconfirmed and c.kreis is None
    assert c.reference in notice.reply.text


@pytest.mark.parametrize(
    ("text", "unsent"),
    [
        ("wie wird das wetter morgen in zürich?", True),
        ("was speichert ihr eigentlich über mich?", True),
        ("where do I get a parking permit?", True),
        ("Gibt es in Zürich einen Hundepark?", True),
        ("Wann wird die kaputte Lampe repariert?", False),
        ("Der Abfallkübel ist übervoll", False),
        ("Es stinkt fürchterlich", False),
        ("Warum gibt es so viele Ratten?", False),
        ("Wie lange geht der Lärm noch?", False),
    ],
)
def test_which_drafts_the_timeout_leaves_unsent(text: str, unsent: bool) -> None:
    assert not_a_concern(Concern(text=text)) is unsent


def test_a_placed_or_urgent_draft_is_always_forwarded() -> None:
    assert not not_a_concern(Concern(text="wie wird das wetter morgen?", kreis=4))
    assert not not_a_concern(Concern(text="was speichert ihr?", urgent=True))


# -- a personal social matter ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        (
            "ich brauche hilfe, ich kann meine miete nicht mehr zahlen und habe angst meine "
            "wohnung zu verlieren",
            "de",
        ),
        ("I can't pay my rent any more and I'm afraid of losing my flat, please help", "en"),
    ],
)
def test_a_social_matter_is_asked_where_the_resident_lives(
    dialog: Dialog, engine: Engine, line: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(line)
    [c] = concerns(engine)
    assert c.topic == "soziales"
    assert chat.last[-1].text == t(lang, "ask_place_home")
    assert t(lang, "btn_place_unknown") in [b.label for b in chat.buttons]
    chat.say("Ja" if lang == "de" else "yes")
    assert chat.last[-1].text == t(lang, "place_yes_hint_home")
    chat.say("Kreis 4")
    [c] = concerns(engine)
    assert c.kreis == 4 and c.office == "soz"
