"""The classifier's routing of a concern, recorded (`Dialog.route_concern`)."""

from __future__ import annotations

from sqlmodel import Session

from nlp.classifier import Classification
from store import repository as repo
from store.models import Concern, EventKind


def record(
    s: Session, concern: Concern, result: Classification, lat: float | None, lon: float | None
) -> None:
    """Set what the classifier found and keep it as an event, with the places it
    read in the text (the routing event's place: which place led to which office)."""
    repo.apply_routing(
        s,
        concern=concern,
        kind=EventKind.CLASSIFIER,
        topic=result.topic,
        confidence=result.confidence,
        kreis=result.kreis,
        quartier=result.quartier,
        office=result.office,
        urgent=concern.urgent or result.urgent,
        outside_city=result.outside_city,
        lat=lat,
        lon=lon,
        place=", ".join(result.places) or None,
    )
