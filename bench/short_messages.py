"""How the short-message functions behave on whole concerns (aggregate figures only).

Every line of these files is one concern, so small talk, a plain yes/no or a
typed topic name are false alarms there, and a split is at least suspicious.
With a `lang` field the language detector is scored too.

    .venv/bin/python bench/short_messages.py nlp/corpus/test.jsonl [more.jsonl ...]

Prints counts only, never texts.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from bot.language import detect_language
from nlp.classifier import ConcernClassifier
from nlp.smalltalk import smalltalk, typed_topic, yes_no
from nlp.split import split_concerns


def main(paths: list[str]) -> None:
    classifier = ConcernClassifier.load()

    def topic_of(text: str) -> tuple[str, float]:
        scores = classifier.model(text).cats
        best = max(scores, key=scores.__getitem__)
        return best, float(scores[best])

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
