"""Calmly worded emergencies (new-user trial i, findings 3 and 4): a neighbour with no
sign of life for days ("Ich habe meine Nachbarin seit einer Woche nicht gesehen, ihre
Zeitungen stapeln sich vor der Tür" was filed for the waste office) and a person with
dementia who did not come back ("… nicht vom Spaziergang zurückgekommen, er ist
dement": Fachstelle Alter) get the numbers and go urgent to the coordination office
(nlp/urgent/welfare.py). A reply that does not come, a landlord, a neighbour on
holiday are none."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from nlp.urgent import detect_urgent
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    "text",
    [
        "Mein Nachbar antwortet seit 3 Tagen nicht und der Briefkasten quillt über. Ich mache"
        " mir Sorgen. Nordstrasse 30",
        "Ich habe meine Nachbarin seit einer Woche nicht gesehen, ihre Zeitungen stapeln sich"
        " vor der Tür. Sie ist über 80. Idastrasse 20",
        "Guten Abend, die ältere Dame im 2. Stock hat seit Tagen die Rollläden unten und macht"
        " nicht auf wenn man klingelt",
        "I han mi Nachbar sit drüü Täg nüme gseh, s Liecht brennt immer und er macht nöd uf",
        "Mon voisin ne répond plus depuis trois jours, sa boîte aux lettres déborde",
        "Il mio vicino non risponde da tre giorni e la buca delle lettere è piena",
        "My elderly neighbour hasn't opened the door for three days and her mail is piling up",
        "I haven't seen my neighbour for a week, he is 88 and lives alone",
        "Mein Vater (85) ist heute Morgen nicht vom Spaziergang zurückgekommen, er ist dement."
        " Wir wohnen in Oerlikon",
        "Min Vater isch sit em Morge nöd hei cho, er isch dement",
        "My father has dementia and did not come back from his walk this morning",
        "Mon père, dément, n'est pas rentré de sa promenade ce matin",
    ],
)
def test_no_sign_of_life_or_missing_with_dementia_is_urgent(text: str) -> None:
    verdict = detect_urgent(text)
    assert verdict.urgent and verdict.category == "welfare"


@pytest.mark.parametrize(
    "text",
    [
        "Eibenstrasse 5: Sperrgut seit Wochen vor dem Haus, der Nachbar reagiert nicht.",
        "Der Vermieter antwortet seit 3 Wochen nicht auf meine Mails",
        "Mein Nachbar antwortet seit Tagen nicht auf meine Nachricht wegen dem Lärm",
        "Der Briefkasten meiner Nachbarin quillt seit Tagen über, sie ist in den Ferien",
        "Ich ha min Nachbar sit Täg nöd gseh, er isch i de Ferie",  # trial J: alarm raised
        "Seit drei Tagen ist der Briefkasten am Idaplatz voll",
        "Seit Tagen stapeln sich Zeitungen im Hauseingang, niemand räumt auf",
        "Der Hauswart reagiert seit einer Woche nicht",
        "Die Frau vom Kiosk hat seit einer Woche nicht geöffnet",
        "My neighbour hasn't seen a street sweeper for two weeks",
    ],
)
def test_a_reply_or_a_full_letterbox_alone_is_none(text: str) -> None:
    assert not detect_urgent(text).urgent


def test_the_resident_gets_the_numbers_and_the_coordination_office_the_card(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(
        "Ich habe meine Nachbarin seit einer Woche nicht gesehen, ihre Zeitungen stapeln sich"
        " vor der Tür. Sie ist über 80. Idastrasse 20"
    )
    assert "117" in chat.text
    (concern,) = concerns(engine)
    assert concern.urgent and concern.emergency == "welfare"
    assert concern.office == "qk_kreise_3_4_5"
