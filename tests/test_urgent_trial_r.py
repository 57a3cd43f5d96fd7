"""Emergencies said plainly that new-user trial r found missed (findings 1-4,
docs/qa/new-user-trial-2026-12-08-r.md), and their families in five languages: a person
with a weapon in short or broken words, violence heard next door, a person who may lie
harmed behind a door, water standing in a cellar or a flat (nlp.urgent.plainly). All
texts are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from bot.texts.staff import EMERGENCY_KINDS
from nlp.urgent import detect_many, detect_urgent
from nlp.urgent.armed import _AIMED, _ARMED_PERSON, _BLOWS, _HEARD_STEMS, WEAPON_STEMS
from nlp.urgent.behind_door import _SELF_HARM, _SILENT_FR, DOOR_STEMS
from nlp.urgent.plainly import plain_cue
from nlp.urgent.standing_water import _ROOM
from nlp.urgent.standing_water import STEMS as WATER_STEMS
from nlp.urgent.welfare import _SILENT
from tests.chat import Chat
from tests.conftest import concerns

# The trial's lines: (language of the answer, text, kind, the answer's key).
FINDINGS = [
    ("en", "in park there is man with knife, Bäckeranlage", "weapon", "emergency"),
    (
        "en",
        "sorry for my german, in park there is man with knife shouting at people, Bäckeranlage",
        "weapon",
        "emergency",
    ),
    ("en", "man with gun at Helvetiaplatz", "weapon", "emergency"),
    (
        "it",
        "Mi vicino urla e minaccia sua moglie, sento colpi, Idastrasse 20",
        "violence",
        "emergency",
    ),
    (
        "de",
        "Ich glaube mein Nachbar hat sich was angetan, er macht nicht auf und es riecht komisch,"
        " Weststrasse 70",
        "suicide",
        "emergency_suicide",
    ),
    (
        "de",
        "Bei uns im Keller steht das Wasser 20 cm hoch, Birmensdorferstrasse 50",
        "flood_electric",
        "emergency",
    ),
    (
        "de",
        "mir händ wasser im chäller, sicher 30 cm, Zurlindenstrasse 40",
        "flood_electric",
        "emergency",
    ),
]

# The families, in de, gsw, en (also broken), fr, it: (text, kind).
FAMILIES = [
    # a weapon with a person present
    ("guy with knife near the tram stop, Limmatplatz", "weapon"),
    ("someone with gun in front of the Coop, Langstrasse", "weapon"),
    ("man has knife and shouting, Idaplatz", "weapon"),
    ("Typ mit Messer beim Bahnhof Wiedikon", "weapon"),
    ("Maa mit Mässer bim Idaplatz", "weapon"),
    ("Mann mit Pistole vor der Migros", "weapon"),
    ("homme avec pistolet devant la gare", "weapon"),
    ("tizio con pistola in piazza", "weapon"),
    # violence heard next door
    ("Mein Nachbar schreit und bedroht seine Frau, ich höre Schläge", "violence"),
    ("de nachbar brüelt sini frau aa und me ghört schläg", "violence"),
    ("my neighbour is shouting and threatening his wife, I can hear blows", "violence"),
    ("mon voisin crie et menace sa femme, j'entends des coups", "violence"),
    ("ich höre Schläge aus der Wohnung nebenan und eine Frau schreit", "violence"),
    # a person who may lie harmed behind a door
    ("Ich glaube mein Nachbar hat sich was angetan", "suicide"),
    ("i glaub min nachbar het sich öppis aatah", "suicide"),
    ("I think my neighbour has harmed himself, he doesn't answer", "suicide"),
    ("je crois que mon voisin s'est fait du mal", "suicide"),
    ("credo che il mio vicino si sia fatto del male", "suicide"),
    ("Mein Nachbar macht nicht auf und es stinkt aus der Wohnung", "welfare"),
    ("de nachbar macht nöd uf und es schmöckt komisch", "welfare"),
    ("my neighbour doesn't open the door and there is a strange smell from his flat", "welfare"),
    ("ma voisine n'ouvre pas et ça sent mauvais dans le couloir", "welfare"),
    ("il mio vicino non apre e c'è una puzza strana", "welfare"),
    ("Die Nachbarin reagiert nicht auf mein Klingeln, ich habe Angst, dass etwas passiert ist",
     "welfare"),
    # water standing in a cellar or a flat
    ("Im Keller steht das Wasser knöcheltief", "flood_electric"),
    ("Keller unter Wasser, Birmensdorferstrasse 50", "flood_electric"),
    ("im chäller staht s wasser", "flood_electric"),
    ("knee-deep water in our cellar", "flood_electric"),
    ("il y a 20 cm d'eau dans la cave", "flood_electric"),
    ("abbiamo 20 cm di acqua in cantina", "flood_electric"),
]  # fmt: skip

# Near misses the detector leaves ordinary.
ORDINARY = [
    "the knife sharpening shop is closed",
    "Wasser im Keller ist wieder weg",
    "der Nachbar macht nie auf wenn ich klingle",
    "Wir hatten letzte Woche 20 cm Wasser im Keller",
    "Hat sich schon was getan mit meiner Meldung?",
    "der Nachbar macht nicht auf, es riecht nach Zigaretten",
    "Schlagloch Einfahrt Tiefgarage, ca. 20 cm tief, voller Wasser",
]
# Near misses the plain rules never flag (some the model flags on its own).
NOT_PLAIN = [
    *ORDINARY,
    "Im Keller steht eine Flasche Wasser",
    "Mein Keller ist feucht, überall Schimmel",
    "Wie viel kostet ein Wasserschaden im Keller?",
    "our basement is dry again, thanks",
    "Was tun, wenn Wasser im Keller steht?",
    "sento colpi di martello dal cantiere",
    "ich höre Hammerschläge von der Baustelle",
    "Upstairs neighbours banging and shouting at 2am",
    "the neighbours shout and threaten each other every night",
    "Mein Vermieter droht mir mit der Kündigung und schreit",
    "Mann mit Messer und Gabel isst im Park",
    "a man with a knife tattoo in the shop window display",
    "Mein Sohn hat ein Taschenmesser im Park verloren",
    "Am Samstag war ein Mann mit Messer am Helvetiaplatz",
    "Es hat sich nichts getan seit meiner Meldung",
    "Das Restaurant macht nicht auf und es stinkt nach Abfall",
    "Mein Nachbar reagiert nicht auf meine Beschwerden wegen dem Gestank",
    "Der Hauswart macht nicht auf und es stinkt im Keller",
    "Regenwasser steht 10 cm hoch auf dem Trottoir",
]


@pytest.mark.parametrize(("lang", "text", "kind", "key"), FINDINGS)
def test_the_trial_findings_are_emergencies(lang: str, text: str, kind: str, key: str) -> None:
    result = detect_urgent(text)
    assert result.urgent and result.category == kind, (text, result)


@pytest.mark.parametrize(("text", "kind"), FAMILIES)
def test_the_families_are_emergencies_of_their_kind(text: str, kind: str) -> None:
    result = detect_urgent(text)
    assert result.urgent and result.category == kind, (text, result)


@pytest.mark.parametrize("text", ORDINARY)
def test_near_misses_stay_ordinary(text: str) -> None:
    assert not detect_urgent(text).urgent, text


@pytest.mark.parametrize("text", NOT_PLAIN)
def test_the_plain_rules_leave_near_misses(text: str) -> None:
    assert plain_cue(text.lower(), doubtful=True) is None, text


def test_one_by_one_as_in_a_batch() -> None:
    texts = [x[1] for x in FINDINGS] + [x[0] for x in FAMILIES] + ORDINARY
    assert [r.urgent for r in detect_many(texts)] == [detect_urgent(x).urgent for x in texts]


def test_every_kind_has_a_staff_name() -> None:
    kinds = {x[2] for x in FINDINGS} | {x[1] for x in FAMILIES}
    assert kinds <= set(EMERGENCY_KINDS)


CORPUS = Path(__file__).resolve().parent.parent / "nlp" / "corpus"


def test_every_plain_cue_has_a_prefilter_stem() -> None:
    """The substring prefilters must never hide a match of the plain rules."""
    texts = [x[1] for x in FINDINGS] + [x[0] for x in FAMILIES] + NOT_PLAIN
    for name in ("urgent_train.jsonl", "urgent_test.jsonl"):
        lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    gates = (
        (WEAPON_STEMS, (_ARMED_PERSON,)),
        (_HEARD_STEMS.plain | set(_HEARD_STEMS.spaced), (_AIMED, _BLOWS)),
        (DOOR_STEMS, (_SELF_HARM, _SILENT, _SILENT_FR)),
        (WATER_STEMS, (_ROOM,)),
    )
    for text in (x.lower() for x in texts):
        for stems, patterns in gates:
            for pattern in patterns:
                for match in pattern.finditer(text):
                    assert any(stem in match.group(0) for stem in stems), match.group(0)


@pytest.mark.parametrize(("lang", "text", "kind", "key"), FINDINGS)
def test_the_resident_gets_the_emergency_answer_in_their_language(
    dialog: Dialog, engine: Engine, lang: str, text: str, kind: str, key: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert chat.last[0].text == t(lang, key), chat.text
    assert chat.buttons == []  # no questions in an emergency
    [concern] = concerns(engine)
    assert concern.urgent and concern.emergency == kind


@pytest.mark.parametrize(
    "text",
    [
        "the knife sharpening shop at Idaplatz is closed",
        "Das Wasser im Keller an der Idastrasse 20 ist wieder weg",
        "der Nachbar an der Idastrasse 20 macht nie auf wenn ich klingle",
    ],
)
def test_near_misses_get_the_ordinary_card(dialog: Dialog, engine: Engine, text: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert "117" not in chat.text and "⚠️" not in chat.text, chat.text
    assert not any(c.urgent for c in concerns(engine))
