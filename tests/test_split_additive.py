"""Two concerns joined by words that say more is coming ("and there are also", "et en
plus", "e poi c'è anche", "und zudem", "und dänn no"): new-user trial p, finding 2.
"the bins … are overflowing, and there are also rats" stayed one concern (the rats
lost), as did "…, et en plus il y a des rats" (the bins lost). One concern joined by
"and"/"et"/"e" stays whole. Made-up texts; the corpus rows (one concern each) split
no more often than before (38 of 19,391)."""

from __future__ import annotations

import pytest

from nlp.split import TopicOf, split_concerns
from nlp.split_announced import PlacesOf

TWO = [
    (  # the trial's lines
        "the bins at the Lochergut tram stop are overflowing, and there are also rats",
        ["the bins at the Lochergut tram stop are overflowing", "there are also rats"],
    ),
    (
        "les poubelles débordent à l'arrêt de tram Lochergut, et en plus il y a des rats",
        ["les poubelles débordent à l'arrêt de tram Lochergut", "il y a des rats"],
    ),
    (
        "the bins at the tram stop are overflowing, and also there are rats",
        ["the bins at the tram stop are overflowing", "there are rats"],
    ),
    (
        "the bin at Idaplatz is full and also the street lamp on Zweierstrasse is broken",
        ["the bin at Idaplatz is full", "the street lamp on Zweierstrasse is broken"],
    ),
    (
        "the bin at Idaplatz is full, and besides the street lamp on Zweierstrasse is broken",
        ["the bin at Idaplatz is full", "the street lamp on Zweierstrasse is broken"],
    ),
    (
        "the bin at Idaplatz is full, plus the street lamp on Zweierstrasse is broken",
        ["the bin at Idaplatz is full", "the street lamp on Zweierstrasse is broken"],
    ),
    (
        "the bin at Idaplatz is full, what's more the street lamp on Zweierstrasse is broken",
        ["the bin at Idaplatz is full", "the street lamp on Zweierstrasse is broken"],
    ),
    (
        "the bin at Idaplatz is full and on top of that the street lamp on Zweierstrasse is broken",
        ["the bin at Idaplatz is full", "the street lamp on Zweierstrasse is broken"],
    ),
    (
        "la poubelle à l'Idaplatz est pleine, et puis le lampadaire de la Zweierstrasse est cassé",
        ["la poubelle à l'Idaplatz est pleine", "le lampadaire de la Zweierstrasse est cassé"],
    ),
    (
        "il cestino all'Idaplatz è pieno, e poi c'è anche un lampione rotto in Zweierstrasse",
        ["il cestino all'Idaplatz è pieno", "c'è anche un lampione rotto in Zweierstrasse"],
    ),
    (
        "Der Kübel am Idaplatz ist voll, und es hat auch Ratten",
        ["Der Kübel am Idaplatz ist voll", "es hat auch Ratten"],
    ),
    (
        "de chübel am idaplatz isch voll, und es het au ratte",
        ["de chübel am idaplatz isch voll", "es het au ratte"],
    ),
    (  # the cue adverb stays with its clause, which would read as a question without it
        "de chübel am idaplatz isch voll und dänn no brennt d lampe a de zweierstrass nöd",
        ["de chübel am idaplatz isch voll", "dänn no brennt d lampe a de zweierstrass nöd"],
    ),
    (
        "de chübel am idaplatz isch voll und susch no isch d lampe a de zweierstrass kaputt",
        ["de chübel am idaplatz isch voll", "susch no isch d lampe a de zweierstrass kaputt"],
    ),
    (
        "Der Müll an der Zurlindenstraße 40 stinkt, und außerdem ist die Laterne davor kaputt",
        ["Der Müll an der Zurlindenstraße 40 stinkt", "außerdem ist die Laterne davor kaputt"],
    ),
]

ONE = [
    "the bin at Idaplatz is full and also smells terrible",
    "the street lamp on Zweierstrasse flickers and also buzzes at night",
    "the bin at Idaplatz is full and there is also rubbish next to it",
    "the bin at Idaplatz is overflowing, plus it smells",
    "the neighbours party every night and there are also people shouting in the street",
    "la poubelle à l'Idaplatz est pleine et aussi elle sent mauvais",
    "la poubelle à l'Idaplatz est pleine et puis elle déborde sur le trottoir",
    "le lampadaire de la Zweierstrasse clignote et en plus il fait du bruit la nuit",
    "il cestino all'Idaplatz è pieno e poi puzza tantissimo",
    "il cestino all'Idaplatz è pieno e inoltre c'è anche spazzatura per terra accanto",
    "la siepe in Bertastrasse 30 è troppo alta e anche i rami toccano la strada",
    "Der Kübel am Idaplatz ist voll und zudem stinkt er fürchterlich",
    "Der Kübel am Idaplatz ist voll und es hat auch Abfall daneben",
    "de chübel am idaplatz isch voll und dänn no stinkts",
    "de chübel am idaplatz isch voll und es het au no abfall dernäbe",
]


@pytest.mark.parametrize(("text", "parts"), TWO)
def test_an_added_concern_is_split(
    text: str, parts: list[str], topic_of: TopicOf, places_of: PlacesOf
) -> None:
    assert split_concerns(text, topic_of, places_of=places_of) == parts


@pytest.mark.parametrize("text", ONE)
def test_one_concern_with_and_stays_whole(
    text: str, topic_of: TopicOf, places_of: PlacesOf
) -> None:
    assert split_concerns(text, topic_of, places_of=places_of) == [text]


def test_each_part_of_the_trial_line_has_its_topic(topic_of: TopicOf) -> None:
    bins, rats = split_concerns(
        "the bins at the Lochergut tram stop are overflowing, and there are also rats", topic_of
    )
    assert topic_of(bins)[0] == "abfall" and topic_of(rats)[0] == "umwelt"
