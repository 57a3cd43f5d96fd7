"""Word lists for nlp.urgent.corpus_tools: connectors, thanks, places, and hand-written
ordinary situations (smoke from neighbours, animals in trouble) in five languages.

Split by meaning: nlp.urgent.corpus_words_asides (connectors, thanks, places, second
matters, Italian ordinary concerns), nlp.urgent.corpus_words_animals (animals in
trouble) and nlp.urgent.corpus_words_lookalikes (smoke, offices that do not answer);
this module gathers them with the languages.

Everything here is written for the training corpus; nothing is taken from eval-real
or from nlp/corpus/urgent_test.jsonl."""

from __future__ import annotations

from nlp.urgent.corpus_words_animals import ANIMAL_SUBJECTS, ANIMAL_TROUBLES, ANIMALS
from nlp.urgent.corpus_words_asides import (
    AND_CONNECT,
    CONNECTORS,
    IT_ORDINARY,
    PLACES,
    SECOND,
    THANKS,
)
from nlp.urgent.corpus_words_lookalikes import (
    NO_ANSWER,
    NO_ANSWER_SUBJECTS,
    SMOKE_DANGER,
    SMOKE_NUISANCE,
)

LANGS = ("de", "gsw", "en", "fr", "it")

__all__ = [
    "AND_CONNECT",
    "ANIMALS",
    "ANIMAL_SUBJECTS",
    "ANIMAL_TROUBLES",
    "CONNECTORS",
    "IT_ORDINARY",
    "LANGS",
    "NO_ANSWER",
    "NO_ANSWER_SUBJECTS",
    "PLACES",
    "SECOND",
    "SMOKE_DANGER",
    "SMOKE_NUISANCE",
    "THANKS",
]
