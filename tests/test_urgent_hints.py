"""The detector's words of danger ("hints", nlp.urgent.hints) count where they stand as
words: at a word's start, or anywhere for a compound's tail ("Kellerbrand"), or only as a
whole word ("car"). Found as plain substrings, the Langstrasse held "Angst", the
caretaker a "car", the Kirchgasse "Gas", and "Ich bin gerade in der Kirchgasse" (the
model alone, 0.93) got the emergency numbers."""

from __future__ import annotations

import pytest

from nlp.corpus import TEST_FILE, TRAIN_FILE, read_records
from nlp.urgent import detect_urgent
from nlp.urgent.cues import EXTRA_STEMS
from nlp.urgent.detector import _hints_at_danger
from nlp.urgent.hints import _NOT_HINTS, DANGER_HINTS, DANGER_SEARCH, WordHints, _where
from nlp.urgent.rules import STRONG_STEMS


@pytest.mark.parametrize(
    "text",
    [
        "gasgeruch im treppenhaus",  # a compound's head
        "es riecht nach erdgas",  # a compound's tail
        "die propangasflasche zischt",
        "kellerbrand an der seestrasse",
        "ein verkehrsunfall beim central",
        "die stadtpolizei ist da",
        "er ist schwerverletzt",
        "l'eau monte dans la cave",  # after an apostrophe
        "gas-leitung beschädigt",
        "er hatte einen hirnschlag",
        "herzinfarkt!",
        "ich habe angst",
        "a car hit him",
        "sos",
        "vuole buttarsi dal ponte",
        "ein kind ist weg",
        "die kinder",
        "er ist gefallen",
        "the tramschiene",
    ],
)
def test_a_hint_at_a_word_start_or_a_compounds_tail_counts(text: str) -> None:
    assert _hints_at_danger(text)
    assert DANGER_SEARCH.found_in(text) or text == "vuole buttarsi dal ponte"  # a rules' stem


@pytest.mark.parametrize(
    "text",
    [
        "an der langstrasse 120",  # "angst"
        "der caretaker ist nicht da",  # "car"
        "in der kirchgasse",  # "gas"
        "beim gasthaus",
        "und daneben hat es ein schlagloch",  # "schlag"
        "ich habe einen vorschlag",
        "dove posso buttare un vecchio divano?",  # "butta"
        "herzliche grüsse",  # "herz"
        "ich brauche einen termin",  # "rauch"
        "merci beaucoup",  # "eau"
        "on main street",  # "tree"
        "die gleiche bank",  # "leiche"
        "sur la terrasse",  # "terra"
        "wunderbar, danke",  # "wund"
        "kind regards, maria",  # "kind"
        "thank you for your kindness",
        "falls sie zeit haben",  # "fall" (falls: if)
        "der artikel ist erschienen",  # "schien"
        "ich komme aus brandenburg",  # "brand"
        "an der brandschenkestrasse",
    ],
)
def test_a_hint_inside_another_word_does_not_count(text: str) -> None:
    assert not _hints_at_danger(text)
    assert not DANGER_SEARCH.found_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ich bin gerade in der Kirchgasse",
        "Ich bin gerade beim Caretaker",
        "Ich stehe gerade beim Gasthaus",
        "I am now on Main Street",
        "Ich bin gerade an der Langstrasse",
        "Ich komme aus Brandenburg",  # the model alone, 0.70
    ],
)
def test_a_short_text_with_a_hint_only_inside_a_word_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Es brennt im Keller an der Langstrasse 10",
        "Gasgeruch im Treppenhaus an der Kirchgasse",
        "Es riecht stark nach Erdgas im Keller",
    ],
)
def test_an_emergency_at_a_street_that_holds_a_hint_stays_one(text: str) -> None:
    assert detect_urgent(text).urgent


def test_the_fast_search_equals_a_plain_search_of_where_each_hint_stands() -> None:
    texts = [r.text.lower() for r in read_records(TEST_FILE)]
    texts += [r.text.lower() for r in read_records(TRAIN_FILE)][::6]
    texts += ["", "  ", "l'eau", "gas-leitung", "erdgas", "gasse", "car.", "(car)", "cars"]
    for stems in (
        DANGER_HINTS,
        tuple(s for s in (*DANGER_HINTS, *STRONG_STEMS, *EXTRA_STEMS) if s not in _NOT_HINTS),
    ):
        search = WordHints(stems)
        where = [(s, _where(s)) for s in dict.fromkeys(stems)]
        for text in texts:
            # A stem's place is the stem itself with what may stand around it (`_where`):
            # only a stem the text holds can stand there, so only those are searched.
            plain = any(w.search(text) for s, w in where if s in text)
            assert search.found_in(text) == plain, text


def test_a_thing_that_stayed_is_no_hint() -> None:
    assert not _hints_at_danger("der kübel ist voll geblieben")
    assert not _hints_at_danger("es isch eifach so blibe")
