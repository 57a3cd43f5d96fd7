"""spaCy's corpus reader for the project's JSON Lines (registered on import as
"quartier.JsonlCorpus.v1"; the training configs name it)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.training import Example
from spacy.util import registry

from nlp.corpus import CorpusError, dev_rule, read_records
from nlp.routing import RoutingTable


@registry.readers("quartier.JsonlCorpus.v1")  # type: ignore[untyped-decorator]
def create_jsonl_reader(
    path: Path, split: str = "all", dev_percent: int = 10, dev_keys: Path | None = None
) -> Callable[[Language], Iterable[Example]]:
    """spaCy corpus reader for the project's JSONL files (split: train, dev or all).
    The dev rows are those `dev_keys` lists (a fixed split, nlp/corpus.py) when it
    is given, else those the hash rule puts there (`dev_percent` of them)."""
    if split not in {"train", "dev", "all"}:
        raise CorpusError(f"unknown split {split!r}")
    labels = RoutingTable.load().topic_codes
    in_dev = dev_rule(Path(dev_keys) if dev_keys else None, dev_percent)

    def read(nlp: Language) -> Iterator[Example]:
        for rec in read_records(Path(path)):
            if split != "all" and in_dev(rec.text) != (split == "dev"):
                continue
            gold = rec.topics[0]
            if gold not in labels:
                raise CorpusError(f"unknown topic {gold!r}")
            doc = nlp.make_doc(rec.text)
            cats = {label: float(label == gold) for label in labels}
            yield Example.from_dict(doc, {"cats": cats})

    return read
