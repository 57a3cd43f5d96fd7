"""Several concerns in one message (nlp.split.split_concerns) with the real classifier."""

from __future__ import annotations

import re

import pytest

from nlp.split import TopicOf, split_concerns

SPLIT = [
    (  # new-user trial d: ", also there is" turns to something else
        "The tram stop at Central has no shelter and the ticket machine is broken, "
        "also there is a lot of graffiti on the bridge",
        [
            "The tram stop at Central has no shelter and the ticket machine is broken",
            "there is a lot of graffiti on the bridge",
        ],
    ),
    (
        "Der Kübel am Idaplatz ist voll und ausserdem brennt die Lampe an der Ecke nicht",
        ["Der Kübel am Idaplatz ist voll", "ausserdem brennt die Lampe an der Ecke nicht"],
    ),
    (
        "Der Abfallkübel an der Bäckerstrasse quillt über. Zudem fährt das Tram 4 ständig zu spät.",
        [
            "Der Abfallkübel an der Bäckerstrasse quillt über.",
            "Zudem fährt das Tram 4 ständig zu spät.",
        ],
    ),
    (
        "Die Velos stehen überall auf dem Trottoir am Bahnhof Wiedikon. Übrigens ist der "
        "Spielplatz im Bullingerpark dreckig.",
        [
            "Die Velos stehen überall auf dem Trottoir am Bahnhof Wiedikon.",
            "Übrigens ist der Spielplatz im Bullingerpark dreckig.",
        ],
    ),
    (
        "Der Kübel am Idaplatz ist voll, und noch etwas: die Velos stehen überall auf dem "
        "Trottoir beim Bahnhof Wiedikon.",
        [
            "Der Kübel am Idaplatz ist voll",
            "die Velos stehen überall auf dem Trottoir beim Bahnhof Wiedikon.",
        ],
    ),
    (
        "Der Kübel am Idaplatz ist voll. P.S. Die Lampe an der Ecke brennt nicht",
        ["Der Kübel am Idaplatz ist voll.", "Die Lampe an der Ecke brennt nicht"],
    ),
    (
        "1. Der Kübel am Idaplatz ist voll 2. Die Lampe an der Zweierstrasse ist kaputt",
        ["Der Kübel am Idaplatz ist voll", "Die Lampe an der Zweierstrasse ist kaputt"],
    ),
    (
        "Grüezi\n- Der Kübel am Idaplatz ist voll\n- Die Strassenlampe an der Zweierstrasse "
        "brennt nicht",
        [
            "Grüezi\n- Der Kübel am Idaplatz ist voll",
            "Die Strassenlampe an der Zweierstrasse brennt nicht",
        ],
    ),
    (
        "Der Kübel am Idaplatz ist voll.\nDie Strassenlampe an der Zweierstrasse brennt seit "
        "Wochen nicht mehr.",
        [
            "Der Kübel am Idaplatz ist voll.",
            "Die Strassenlampe an der Zweierstrasse brennt seit Wochen nicht mehr.",
        ],
    ),
    (
        "1) Das Tram 4 hat jeden Morgen Verspätung\n2) Die Lampe an der Zweierstrasse brennt "
        "nicht\n3) Beim Idaplatz liegt überall Abfall herum",
        [
            "Das Tram 4 hat jeden Morgen Verspätung",
            "Die Lampe an der Zweierstrasse brennt nicht",
            "Beim Idaplatz liegt überall Abfall herum",
        ],
    ),
    (
        "The bin at Idaplatz is full. By the way, the street lamp on Zweierstrasse is broken.",
        ["The bin at Idaplatz is full.", "the street lamp on Zweierstrasse is broken."],
    ),
    (
        "La poubelle de l'Idaplatz est pleine. En plus, le lampadaire de la Zweierstrasse "
        "ne marche pas.",
        [
            "La poubelle de l'Idaplatz est pleine.",
            "le lampadaire de la Zweierstrasse ne marche pas.",
        ],
    ),
    (
        "Il cestino all'Idaplatz è pieno, inoltre il lampione in Zweierstrasse non funziona.",
        ["Il cestino all'Idaplatz è pieno", "il lampione in Zweierstrasse non funziona."],
    ),
]

SPLIT += [
    (
        "De Chübel am Idaplatz isch voll. Und no öppis: d Lampe a de Zweierstrass brennt nöd.",
        ["De Chübel am Idaplatz isch voll.", "d Lampe a de Zweierstrass brennt nöd."],
    ),
    (
        "Der Kübel am Idaplatz ist voll. Ach ja, und die Strassenlampe an der Zweierstrasse "
        "ist kaputt.",
        [
            "Der Kübel am Idaplatz ist voll.",
            "die Strassenlampe an der Zweierstrasse ist kaputt.",
        ],
    ),
    (
        "Der Kübel am Idaplatz ist voll. Noch etwas anderes: das Tram 4 hat ständig Verspätung.",
        ["Der Kübel am Idaplatz ist voll.", "das Tram 4 hat ständig Verspätung."],
    ),
    (
        "Der Kübel am Idaplatz ist voll; ausserdem fehlt beim Spielplatz im Bullingerpark "
        "eine Schaukel.",
        [
            "Der Kübel am Idaplatz ist voll",
            "ausserdem fehlt beim Spielplatz im Bullingerpark eine Schaukel.",
        ],
    ),
    (
        "Ich habe zwei Anliegen: 1. Der Kübel am Idaplatz ist voll. 2. Die Lampe an der "
        "Zweierstrasse brennt nicht.",
        [
            "Der Kübel am Idaplatz ist voll.",
            "Die Lampe an der Zweierstrasse brennt nicht.",
        ],
    ),
    (
        "Zwei Sachen:\na) Kübel am Idaplatz voll\nb) Lampe an der Zweierstrasse kaputt",
        ["Kübel am Idaplatz voll", "Lampe an der Zweierstrasse kaputt"],
    ),
    (
        "The bin at Idaplatz is full. Another thing: the street lamp on Zweierstrasse is out.",
        ["The bin at Idaplatz is full.", "the street lamp on Zweierstrasse is out."],
    ),
    (
        "La poubelle de l'Idaplatz est pleine. Autre chose: le tram 4 est toujours en retard.",
        ["La poubelle de l'Idaplatz est pleine.", "le tram 4 est toujours en retard."],
    ),
    (
        "Il cestino all'Idaplatz è pieno. Un'altra cosa: il lampione in Zweierstrasse è rotto.",
        ["Il cestino all'Idaplatz è pieno.", "il lampione in Zweierstrasse è rotto."],
    ),
]

ONE = [
    "Der Kübel ist voll und stinkt",
    "Der Kübel am Idaplatz ist voll",
    "Der Kübel am Idaplatz ist voll. Es stinkt schon seit Tagen.",
    "Der Kübel am Idaplatz ist voll und ausserdem stinkt er fürchterlich nach Fisch",
    "Der Kübel am Idaplatz ist voll. Ausserdem liegt daneben noch mehr Abfall herum.",
    "Beim Idaplatz ist ein Baum umgestürzt. Er blockiert die Strasse.",
    "Beim Idaplatz ist ein Baum umgestürzt. Die Strasse ist blockiert.",
    "Die Lampe an der Zweierstrasse brennt nicht. Es ist dort nachts sehr dunkel und unsicher.",
    "Die Lampe an der Ecke brennt nicht. Ausserdem flackert die andere Lampe daneben.",
    "Vor unserem Haus parkieren ständig Autos auf dem Trottoir. Die Kinder müssen auf die "
    "Strasse ausweichen.",
    "Die Baustelle an der Badenerstrasse macht seit Wochen Lärm. Die Bauarbeiter fangen schon "
    "um 6 Uhr an.",
    "Die Nachbarn feiern jede Nacht laute Partys. Wir können nicht mehr schlafen.",
    "Die Nachbarn feiern jede Nacht laute Partys.\nWir können nicht mehr schlafen.",
    "Am Idaplatz lungern Jugendliche herum und trinken. Sie hinterlassen Scherben und Abfall.",
    "Am Idaplatz lungern Jugendliche herum und trinken. Zudem: Sie hinterlassen Scherben.",
    "Ratten beim Kübel am Idaplatz. Der Abfall wird zu selten geleert.",
    "Der Spielplatz im Letzipark ist kaputt. Die Rutschbahn hat einen Riss und die Schaukel fehlt.",
    "Grüezi\nDer Kübel am Idaplatz ist voll.\nDanke und freundliche Grüsse",
    "Der Kübel am Idaplatz ist voll, ausserdem danke für Ihre Hilfe",
    "Der Kübel am Idaplatz ist voll. Übrigens: danke!",
    "Die Lampe an der Bäckerstrasse 2. Stock Treppenhaus brennt nicht",
    "Hallo",
    "",
    "Kübel voll",
    "Abfall\nVerkehr",
    "Der Kübel am Idaplatz ist voll. Ausserdem: Danke für Ihre Arbeit!",
    "Die Lampe an der Zweierstrasse ist kaputt. Ausserdem ist es deshalb nachts sehr dunkel.",
    "Die Lampe an der Zweierstrasse 1. Stock brennt nicht, 2. Stock auch nicht",
]


def _connectors(text: str, parts: list[str]) -> list[str]:
    """What lies between the parts (and before the first) when they are found in order."""
    between, pos = [], 0
    for part in parts:
        found = text.index(part, pos)
        between.append(text[pos:found])
        pos = found + len(part)
    between.append(text[pos:])
    return between


@pytest.mark.parametrize(("text", "parts"), SPLIT)
def test_two_or_more_concerns_are_split(text: str, parts: list[str], topic_of: TopicOf) -> None:
    assert split_concerns(text, topic_of) == parts


@pytest.mark.parametrize("text", ONE)
def test_one_concern_stays_whole(text: str, topic_of: TopicOf) -> None:
    assert split_concerns(text, topic_of) == [text]


@pytest.mark.parametrize(("text", "_parts"), SPLIT)
def test_no_text_is_lost(text: str, _parts: list[str], topic_of: TopicOf) -> None:
    parts = split_concerns(text, topic_of)
    # Every part is a piece of the message, in order, and only connectors lie
    # between them: cue words, bullets, numbers, punctuation and blanks, and an
    # announcement opening the message ("Zwei Sachen:").
    connector = re.compile(
        r"(?:(?:ich habe )?zwei (?:sachen|anliegen):)?"
        r"[\s\d.,;:)\-–•*]*(?:und|and|et|e)?\s*"
        r"(?:ausserdem|zudem|übrigens|und noch etwas|noch etwas|und no öppis|ach ja, und|"
        r"noch etwas anderes|another thing|autre chose|un'altra cosa|p\.s\.|by the way|"
        r"en plus|inoltre|also|[ab]\))?[\s\d.,;:)\-–•*]*",
        re.IGNORECASE,
    )
    for gap in _connectors(text, parts):
        assert connector.fullmatch(gap), repr(gap)


def test_parts_are_classified_on_their_own(topic_of: TopicOf) -> None:
    """The split is only worth it if each part gets its own topic."""
    text = "Der Kübel am Idaplatz ist voll und ausserdem brennt die Lampe an der Ecke nicht"
    first, second = split_concerns(text, topic_of)
    assert topic_of(first)[0] == "abfall"
    assert topic_of(second)[0] == "beleuchtung"


def test_topic_of_decides_whether_to_split() -> None:
    """The same message splits only when the classifier sees two topics."""
    text = "Der Kübel am Idaplatz ist voll und ausserdem brennt die Lampe an der Ecke nicht"
    assert split_concerns(text, lambda part: ("abfall", 0.9)) == [text]
    by_word = {"Kübel": "abfall", "Lampe": "beleuchtung"}

    def fake(part: str) -> tuple[str, float]:
        return next(topic for word, topic in by_word.items() if word in part), 0.9

    assert len(split_concerns(text, fake)) == 2


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Der Abfallkübel ist voll und die Strassenlampe daneben ist kaputt",
            ["Der Abfallkübel ist voll", "die Strassenlampe daneben ist kaputt"],
        ),
        (
            "Die Strassenlampe brennt nicht und es liegt überall Glas auf dem Trottoir",
            ["Die Strassenlampe brennt nicht", "es liegt überall Glas auf dem Trottoir"],
        ),
    ],
)
def test_plain_and_between_two_confident_topics(
    text: str, parts: list[str], topic_of: TopicOf
) -> None:
    assert split_concerns(text, topic_of) == parts


@pytest.mark.parametrize(
    "text",
    [
        "Der Kübel ist voll und er stinkt fürchterlich",
        "Der Kübel ist voll und stinkt",
        "Die Nachbarn sind laut und feiern jede Nacht bis 3 Uhr",
        "Auf dem Trottoir liegt Glas und Abfall",
    ],
)
def test_plain_and_within_one_concern(text: str, topic_of: TopicOf) -> None:
    assert split_concerns(text, topic_of) == [text]


def test_numbered_items_are_separate_even_on_one_topic(topic_of: TopicOf) -> None:
    text = (
        "Drei Sachen: 1. Abfallkübel am Idaplatz voll 2. Graffiti an der Schule Bullinger "
        "3. Lampe Josefstrasse 12 kaputt"
    )
    parts = split_concerns(text, topic_of)
    assert len(parts) == 3 and parts[1] == "Graffiti an der Schule Bullinger"
