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


# New-user trial j: "not seen" said with the verb in the present or with the person
# after it ("Non vedo il mio vicino da giorni") was no sign of life; only "non si vede"
# was. Not "non vedo l'ora", a thing not seen, or someone away.
NOT_SEEN = [
    "Non vedo il mio vicino da giorni",
    "Non vedo il mio vicino da giorni, la posta si accumula",
    "Non vedo più la mia vicina da una settimana",
    "Non ho visto il mio vicino da giorni",
    "Da giorni non vedo la signora del piano di sopra",
    "je n'ai pas vu ma voisine depuis des jours",
    "Je ne vois plus mon voisin depuis une semaine",
    "I haven't seen my neighbour for days",
    "I haven't seen my neighbor in days",
    "I have not seen the neighbour for days",
    "I haven't seen the lady upstairs for days",
    "Nobody has seen my neighbour for days",
    "Ich sehe meinen Nachbarn seit Tagen nicht mehr",
    "Meine Nachbarin sehe ich seit Tagen nicht mehr",
    "I gseh min Nachbar sit Täg nüme",
]
SEEN_OR_AWAY = [
    "Non vedo il mio vicino da giorni, è in vacanza",
    "Je ne vois plus mon voisin depuis une semaine, il est en vacances",
    "Ich sehe meinen Nachbarn seit Tagen nicht mehr, er ist verreist",
    "Non vedo l'ora di vedere il mio vicino da giorni",
    "Non vedo il motivo per cui il vicino da giorni fa rumore",
    "Non vedo il mio cane da giorni",
    "I haven't seen the garbage truck for days, my neighbour says",
    "Nobody has seen the street sweeper for weeks, my neighbour complains",
    "Ich sehe den Abfallwagen seit Wochen nicht mehr, sagt mein Nachbar",
    "Ich sehe nicht ein, warum mein Nachbar seit Wochen Lärm macht",
]


@pytest.mark.parametrize("text", NOT_SEEN)
def test_not_seen_in_any_tense_is_no_sign_of_life(text: str) -> None:
    verdict = detect_urgent(text)
    assert verdict.urgent and verdict.category == "welfare"


@pytest.mark.parametrize("text", SEEN_OR_AWAY)
def test_away_or_no_person_not_seen_is_none(text: str) -> None:
    assert not detect_urgent(text).urgent
