"""`thing_names` looks a word's families up by its endings (perf round 14) instead
of trying every name of every family on every word: the same families as the
straightforward rule (a word is of a family when it is one of its names or, for
names of five letters or more, ends with one), on corpus texts and crafted words."""

from __future__ import annotations

import pytest

from bot.dialog import thing_names
from nlp.corpus import TEST_FILE, TRAIN_FILE, read_records


def _straightforward(word: str) -> set[int]:
    return {
        i
        for i, family in enumerate(thing_names._FAMILIES)
        if word in family or any(len(w) >= 5 and word.endswith(w) for w in family)
    }


def _crafted() -> list[str]:
    names = sorted(w for family in thing_names._FAMILIES for w in family)
    words = ["", "a", "bin", "xbin", "ampe", "lampen", "kübe", "abfallkübels", "ß", "ǅ"]
    for name in names:
        words += [name, name[1:], name[:-1], "abfall" + name, name + "s", "x" + name + "x"]
        words += ["strassen" + name * 3, name[-5:], name[-4:]]
    return words


@pytest.mark.parametrize("word", _crafted())
def test_a_words_families_are_the_straightforward_rules(word: str) -> None:
    assert set(thing_names._of_word(word)) == _straightforward(word)


def test_corpus_texts_name_the_same_families() -> None:
    texts = [r.text for r in read_records(TEST_FILE)] + [r.text for r in read_records(TRAIN_FILE)][
        ::5
    ]
    for text in texts:
        words = thing_names._WORD.findall(text.casefold())
        want = set().union(*(_straightforward(w) for w in words)) if words else set()
        got = thing_names._families(text)
        if not thing_names._PAIRS.search(text):  # a pair counts as its family's name
            assert got == want, text
        assert thing_names.names_a_thing(text) == bool(got)
