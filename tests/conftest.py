"""Shared fixtures: the real trained model, gazetteer and routing table, loaded once."""

from __future__ import annotations

import pytest

from nlp.classifier import ConcernClassifier
from nlp.places import Gazetteer
from nlp.routing import RoutingTable


@pytest.fixture(scope="session")
def routing() -> RoutingTable:
    return RoutingTable.load()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="session")
def classifier(gazetteer: Gazetteer, routing: RoutingTable) -> ConcernClassifier:
    return ConcernClassifier.load(gazetteer=gazetteer, routing=routing)
