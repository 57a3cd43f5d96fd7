"""Hard examples for the urgent corpus: `python -m nlp.urgent.corpus_tools` (re)writes them.

The old corpus joined an emergency to an ordinary concern with "Übrigens", "by the
way", "PS", ... far more often than it joined two ordinary matters, so the model took
the connector itself for an emergency. This adds, in five languages:

two ordinary concerns joined by a connector, a concern that opens with one, a place
answer plus a second matter ("Idaplatz, und übrigens ..."), thanks, smoke from smoking
or grilling neighbours, animals in trouble (no person in danger), offices that do not
answer ("reagiert nicht auf Mails"), single sentences of longer ordinary concerns
(what the detector's second look reads): all not urgent. Beside the smoke of smokers
and grills, smoke of unknown or burning origin coming into a flat, urgent. The
model no longer reads connectors at all (nlp.urgent.cues.PLEAS); the corpus keeps its
real mixed emergencies ("Übrigens brennt gerade ein Container"), and the detector looks
at a long message sentence by sentence. More mixed positives (an ordinary concern
before an emergency) were tried and dropped: they taught the model ordinary words as
urgent (more false alarms on unseen ordinary concerns, same recall).

Ordinary concerns come from nlp/corpus/train.jsonl, without the fifth kept aside for
measuring (crc32 % 100 < 20) and without texts of nlp/corpus/test.jsonl; the rows it
adds carry "origin": "corpus_tools" and are replaced on every run (fixed seed), the
other rows of nlp/corpus/urgent_train.jsonl stay as they are. `--probe` instead scores
connector texts built from the fifth kept aside with the installed model.
"""

from __future__ import annotations

import argparse
import json
import random
import zlib
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from nlp.corpus import CORPUS_DIR
from nlp.urgent.corpus_words import (
    AND_CONNECT,
    ANIMAL_SUBJECTS,
    ANIMAL_TROUBLES,
    ANIMALS,
    CONNECTORS,
    IT_ORDINARY,
    LANGS,
    NO_ANSWER,
    NO_ANSWER_SUBJECTS,
    PLACES,
    SECOND,
    SMOKE_DANGER,
    SMOKE_NUISANCE,
    THANKS,
)

ORIGIN = "corpus_tools"
SEED = 20261206
TOPIC_TRAIN = CORPUS_DIR / "train.jsonl"
TOPIC_TEST = CORPUS_DIR / "test.jsonl"
URGENT_TRAIN = CORPUS_DIR / "urgent_train.jsonl"
MAX_CHARS = 160
ANIMAL_COMBINATIONS = 50  # per language
SENTENCES_PER_LANG = 600
# Rows per language: (connector between two concerns, concern opening with one,
# place answers).
AMOUNTS: dict[str, tuple[int, int, int]] = {
    "de": (600, 250, 160),
    "gsw": (300, 120, 110),
    "en": (240, 110, 80),
    "fr": (160, 80, 70),
    "it": (90, 50, 60),
}
Row = dict[str, Any]


def kept_aside(text: str) -> bool:
    """The fifth of the topic corpus the urgent model never sees (false-alarm measure)."""
    return zlib.crc32(text.encode("utf-8")) % 100 < 20


def ordinary_pool(aside: bool = False) -> dict[str, list[str]]:
    """Short ordinary concerns of the topic corpus by language (the fifth kept aside
    when `aside`); Italian, which the topic corpus lacks, from corpus_words."""
    test_texts = {json.loads(line)["text"] for line in TOPIC_TEST.open(encoding="utf-8")}
    pool: dict[str, list[str]] = defaultdict(list)
    for line in TOPIC_TRAIN.open(encoding="utf-8"):
        row = json.loads(line)
        text = row["text"]
        if row.get("urgent") or len(text) > MAX_CHARS or text in test_texts:
            continue
        if kept_aside(text) == aside:
            pool[row.get("lang", "de")].append(text)
    if not aside:
        pool["it"] = list(IT_ORDINARY)
    return dict(pool)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _join(first: str, connector: str, second: str) -> str:
    first = first.rstrip()
    if first[-1:] not in ".!?":
        first += "."
    return f"{first} {connector} {_lower_first(second)}"


def _row(text: str, urgent: bool, category: str, lang: str) -> Row:
    return {"text": text, "urgent": urgent, "category": category, "lang": lang, "origin": ORIGIN}


def hard_negatives(rng: random.Random, pool: dict[str, list[str]]) -> list[Row]:
    """The hard negatives of five languages, with the urgent smoke counterparts."""
    rows: list[Row] = []
    for lang in LANGS:
        ords, conns = pool[lang], CONNECTORS[lang]
        n_join, n_open, n_place = AMOUNTS[lang]
        for _ in range(n_join):
            a, b = rng.sample(ords, 2)
            rows.append(_row(_join(a, rng.choice(conns), b), False, "connector", lang))
        for _ in range(n_open):
            conn = rng.choice(conns)
            sep = " " if conn.endswith((",", ":")) else rng.choice((", ", " "))
            rows.append(
                _row(f"{conn}{sep}{_lower_first(rng.choice(ords))}", False, "connector", lang)
            )
        for _ in range(n_place):
            place, conn = rng.choice(PLACES), rng.choice(AND_CONNECT[lang])
            second = rng.choice(SECOND[lang]) if rng.random() < 0.6 else rng.choice(ords)
            rows.append(
                _row(f"{place}, {conn} {_lower_first(second)}", False, "place_answer", lang)
            )
        for thanks in THANKS[lang]:
            rows.append(_row(thanks[:1].upper() + thanks[1:], False, "thanks", lang))
            rows.append(_row(f"{rng.choice(conns)} {thanks}", False, "thanks", lang))
            rows.append(
                _row(_join(rng.choice(ords), rng.choice(conns), thanks), False, "thanks", lang)
            )
            rows.append(
                _row(
                    f"{rng.choice(PLACES)}, {rng.choice(AND_CONNECT[lang])} {thanks}",
                    False,
                    "thanks",
                    lang,
                )
            )
        for kind, texts in (("smoke_nuisance", SMOKE_NUISANCE[lang]), ("animal", ANIMALS[lang])):
            for text in texts:
                rows.append(_row(text, False, kind, lang))
                rows.append(_row(f"{text}, {rng.choice(PLACES)}", False, kind, lang))
                rows.append(_row(f"{rng.choice(conns)} {_lower_first(text)}", False, kind, lang))
                rows.append(
                    _row(_join(rng.choice(ords), rng.choice(conns), text), False, kind, lang)
                )
        for _ in range(ANIMAL_COMBINATIONS):
            text = f"{rng.choice(ANIMAL_SUBJECTS[lang])} {rng.choice(ANIMAL_TROUBLES[lang])}"
            if rng.random() < 0.5:
                text = f"{text}, {rng.choice(PLACES)}"
            if rng.random() < 0.3:
                text = text.lower()
            rows.append(_row(text, False, "animal", lang))
        for text in SMOKE_DANGER[lang]:
            rows.append(_row(text, True, "smoke", lang))
            rows.append(_row(f"{text}, {rng.choice(PLACES)}", True, "smoke", lang))
            rows.append(_row(text.lower().replace(",", ""), True, "smoke", lang))
        for subject in NO_ANSWER_SUBJECTS[lang]:
            for what in rng.sample(NO_ANSWER[lang], 3):
                rows.append(_row(f"{subject} {what}", False, "no_answer", lang))
    return rows


def single_sentences(rng: random.Random) -> list[Row]:
    """Sentences of the project's longer ordinary concerns, alone: the detector gives a
    long message a second look sentence by sentence, so the model must know that "Mir
    wohned grad a de Grenze." on its own is no emergency either."""
    from nlp.urgent.detector import sentences

    test_texts = {json.loads(line)["text"] for line in TOPIC_TEST.open(encoding="utf-8")}
    by_lang: dict[str, list[str]] = defaultdict(list)
    for line in TOPIC_TRAIN.open(encoding="utf-8"):
        row = json.loads(line)
        text = row["text"]
        if row.get("urgent") or kept_aside(text) or text in test_texts:
            continue
        by_lang[row.get("lang", "de")].extend(sentences(text.lower()))
    rows: list[Row] = []
    for lang, parts in sorted(by_lang.items()):
        unique = sorted(set(parts))
        for part in rng.sample(unique, min(SENTENCES_PER_LANG, len(unique))):
            rows.append(_row(part, False, "sentence", lang))
    return rows


def rebuild(path: Path = URGENT_TRAIN) -> Counter[tuple[bool, str]]:
    """Replace the rows this tool added before with a fresh set (fixed seed)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    base = [row for row in map(json.loads, filter(None, lines)) if row.get("origin") != ORIGIN]
    rng = random.Random(SEED)
    pool = ordinary_pool()
    new = hard_negatives(rng, pool) + single_sentences(rng)
    seen = {row["text"] for row in base}
    test_texts = {json.loads(line)["text"] for line in TOPIC_TEST.open(encoding="utf-8")}
    added: list[Row] = []
    for row in new:
        if row["text"] not in seen and row["text"] not in test_texts:
            seen.add(row["text"])
            added.append(row)
    rng.shuffle(added)
    with path.open("w", encoding="utf-8") as fh:
        for row in base + added:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return Counter((bool(row["urgent"]), str(row["category"])) for row in added)


def probe(per_lang: int = 150) -> dict[str, tuple[int, int]]:
    """False alarms of the installed detector on connector texts built from concerns the
    model never saw (the fifth kept aside): language -> (flagged, total)."""
    from nlp.urgent.detector import detect_many

    rng = random.Random(SEED + 1)
    pool = ordinary_pool(aside=True)
    out: dict[str, tuple[int, int]] = {}
    for lang in ("de", "gsw", "en", "fr"):
        texts = []
        for _ in range(per_lang):
            a, b = rng.sample(pool[lang], 2)
            conn = rng.choice(CONNECTORS[lang])
            texts.append(_join(a, conn, b) if rng.random() < 0.6 else f"{conn} {_lower_first(a)}")
        flagged = sum(r.urgent for r in detect_many(texts))
        out[lang] = (flagged, len(texts))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probe", action="store_true", help="score connector texts, write nothing")
    args = parser.parse_args()
    if args.probe:
        for lang, (flagged, total) in probe().items():
            print(f"{lang}: {flagged}/{total} connector texts flagged urgent")
        return
    for (urgent, category), n in sorted(rebuild().items()):
        print(f"{'urgent' if urgent else 'not urgent':10s} {category:16s} {n}")


if __name__ == "__main__":
    main()
