"""How the short-message functions behave on whole concerns (aggregate figures only).

Every line of these files is one concern, so small talk, a plain yes/no or a
typed topic name are false alarms there, and a split is at least suspicious.
With a `lang` field the language detector is scored too.

    .venv/bin/python bench/short_messages.py nlp/corpus/test.jsonl [more.jsonl ...]

Then, for the splitter's recall: pairs of held-out concerns (nlp/corpus/test.jsonl)
joined by a cue ("{a} Ausserdem {b}"), half with different topics (should
split), half with the same topic (should not).

Prints counts only, never texts.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bot.language import detect_language
from nlp.classifier import ConcernClassifier
from nlp.smalltalk import smalltalk, typed_topic, yes_no
from nlp.split import split_concerns

CUES = {
    "de": ["{a} Ausserdem {b}", "{a}, und ausserdem {b}", "{a} Zudem {b}", "{a} Übrigens: {b}",
           "{a}\n- {b}", "1. {a}\n2. {b}", "{a} P.S. {b}", "{a} Und noch etwas: {b}"],
    "gsw": ["{a} Und no öppis: {b}", "{a} Übrigens {b}", "{a}\n- {b}"],
    "en": ["{a} By the way, {b}", "{a} Another thing: {b}", "{a}\n- {b}", "{a} Also, {b}"],
    "fr": ["{a} En plus, {b}", "{a} Par ailleurs, {b}", "{a}\n- {b}"],
}  # fmt: skip


def pairs(path: str, classifier: ConcernClassifier, n: int = 600) -> None:
    """Two concerns of the file joined by a cue: how often are they split back
    exactly (different topics), and how often kept whole (same topic)?"""
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    rng = random.Random(7)
    topic_of = _topic_of(classifier)
    result: Counter[str] = Counter()
    for _ in range(n):
        a = rng.choice(rows)
        same = rng.random() < 0.5
        pool = [r for r in rows if r.get("lang") == a.get("lang")]
        b = rng.choice([r for r in pool if (r["topic"] == a["topic"]) == same and r is not a])
        template = rng.choice(CUES.get(a.get("lang", "de"), CUES["de"]))
        text = template.format(a=a["text"], b=b["text"])
        parts = split_concerns(text, topic_of)
        kind = "same" if same else "different"
        result[kind] += 1
        result[f"{kind} split"] += len(parts) > 1
        result[f"{kind} exact"] += parts == [a["text"].rstrip(",;:"), b["text"]]
        if not same:
            lang = a.get("lang", "?")
            result[f"lang {lang}"] += 1
            result[f"lang {lang} split"] += len(parts) > 1
    print(f"{path}: {n} pairs joined by a cue (never texts, counts only)")
    d, s = result["different"], result["same"]
    print(f"  different topics: split {result['different split'] / d:.1%}, ", end="")
    print(f"split exactly into the two concerns {result['different exact'] / d:.1%} ({d})")
    print(f"  same topic:       split {result['same split'] / s:.1%} ({s})")
    for lang in sorted(k.split()[1] for k in result if k.startswith("lang ") and "split" not in k):
        total, split = result[f"lang {lang}"], result[f"lang {lang} split"]
        print(f"  different topics, {lang}: split {split / total:.1%} ({total})")


def _topic_of(classifier: ConcernClassifier) -> Callable[[str], tuple[str, float]]:
    def topic_of(text: str) -> tuple[str, float]:
        scores = classifier.model(text).cats
        best = max(scores, key=scores.__getitem__)
        return best, float(scores[best])

    return topic_of


def main(paths: list[str]) -> None:
    classifier = ConcernClassifier.load()
    topic_of = _topic_of(classifier)

    for path in paths:
        rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
        counts: Counter[str] = Counter()
        lang_total: Counter[str] = Counter()
        lang_right: Counter[str] = Counter()
        lang_none: Counter[str] = Counter()
        start = time.perf_counter()
        for row in rows:
            text = row["text"]
            counts["smalltalk"] += smalltalk(text) is not None
            counts["yes_no"] += yes_no(text) is not None
            counts["typed_topic"] += typed_topic(text) is not None
            counts["split"] += len(split_concerns(text, topic_of)) > 1
            if "lang" in row:
                want = "de" if row["lang"] == "gsw" else row["lang"]
                got = detect_language(text)
                lang_total[row["lang"]] += 1
                lang_right[row["lang"]] += got == want
                lang_none[row["lang"]] += got is None
        elapsed = time.perf_counter() - start
        print(f"{path}: {len(rows)} concerns, {elapsed / len(rows) * 1000:.2f} ms each")
        for key in ("smalltalk", "yes_no", "typed_topic", "split"):
            print(f"  {key:12} {counts[key]:5d} ({counts[key] / len(rows):.2%})")
        for lang, total in sorted(lang_total.items()):
            print(
                f"  language {lang:4} {lang_right[lang]}/{total} right "
                f"({lang_right[lang] / total:.1%}), {lang_none[lang]} undecided"
            )


if __name__ == "__main__":
    main(sys.argv[1:] or ["nlp/corpus/test.jsonl"])
    pairs("nlp/corpus/test.jsonl", ConcernClassifier.load())
