"""What bench/classify_speed.py and bench/classify_equality.py share: loading the
classifier from given model directories (copies, so that a model retrained
meanwhile does not change a before/after comparison)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nlp.classifier import ConcernClassifier


def load_classifier(model: Path | None, urgent_model: Path | None) -> ConcernClassifier:
    """The classifier with the topic model `model` and the urgent model `urgent_model`
    (each the shipped one when None), loaded as `quartierbot classify` loads it:
    with its batch path's tables made (ConcernClassifier.prepare_batches)."""
    from nlp.classifier import DEFAULT_MODEL, ConcernClassifier

    if urgent_model is None:
        clf = ConcernClassifier.load(model or DEFAULT_MODEL)
    else:
        import spacy

        from nlp.places import Gazetteer
        from nlp.routing import RoutingTable
        from nlp.urgent import UrgentModel

        clf = ConcernClassifier(
            spacy.load(model or DEFAULT_MODEL),
            Gazetteer.load(),
            RoutingTable.load(),
            UrgentModel.load(urgent_model),
        )
    clf.prepare_batches()
    return clf
