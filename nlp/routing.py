"""The routing table (nlp/data/routing.toml) and the routing rules of the contract."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_ROUTING = Path(__file__).parent / "data" / "routing.toml"


class RoutingError(ValueError):
    """The routing table is inconsistent."""


@dataclass(frozen=True, slots=True)
class Office:
    code: str
    name: str
    department: str | None
    kreise: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Topic:
    code: str
    name: str
    office: str | None  # None: the Kreis's coordination office


@dataclass(frozen=True, slots=True)
class Route:
    office: str
    reason: str  # topic, triage, coordination


class RoutingTable:
    def __init__(
        self,
        topics: dict[str, Topic],
        offices: dict[str, Office],
        min_confidence: float,
        unknown_office: str,
        emergencies_to_coordination: frozenset[str] = frozenset(),
        emergency_offices: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self.topics = topics
        self.offices = offices
        self.min_confidence = min_confidence
        self.unknown_office = unknown_office
        self.emergencies_to_coordination = emergencies_to_coordination
        # The offices an emergency of a kind may go to ("live_cable": ewz, vbz).
        self.emergency_offices = emergency_offices or {}
        self._kreis_office: dict[int, str] = {}
        for office in offices.values():
            for kreis in office.kreise:
                if kreis in self._kreis_office:
                    raise RoutingError(f"Kreis {kreis} belongs to two coordination offices")
                self._kreis_office[kreis] = office.code
        missing = set(range(1, 13)) - set(self._kreis_office)
        if missing:
            raise RoutingError(f"Kreise without coordination office: {sorted(missing)}")
        for topic in topics.values():
            if topic.office is not None and topic.office not in offices:
                raise RoutingError(f"topic {topic.code}: unknown office {topic.office}")
        for kind, codes in self.emergency_offices.items():
            if not codes or not codes <= set(offices):
                raise RoutingError(f"emergency {kind}: unknown office in {sorted(codes)}")
        if unknown_office not in offices:
            raise RoutingError(f"unknown_office {unknown_office} is not an office")

    @classmethod
    def load(cls, path: Path = DEFAULT_ROUTING) -> RoutingTable:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        offices = {
            code: Office(code, spec["name"], spec.get("department"), tuple(spec.get("kreise", ())))
            for code, spec in raw["offices"].items()
        }
        topics = {
            code: Topic(code, spec["name"], spec.get("office"))
            for code, spec in raw["topics"].items()
        }
        rules = raw["rules"]
        return cls(
            topics,
            offices,
            float(rules["min_confidence"]),
            rules["unknown_office"],
            frozenset(rules.get("emergencies_to_coordination", ())),
            {k: frozenset(v) for k, v in rules.get("emergency_offices", {}).items()},
        )

    @property
    def topic_codes(self) -> list[str]:
        return list(self.topics)

    def coordination_office(self, kreis: int | None) -> str:
        """The Quartierkoordination of a Kreis, or the shared unknown-Kreis office."""
        if kreis is None:
            return self.unknown_office
        return self._kreis_office[kreis]

    def coordinates(self, emergency: str | None, topic: str | None = None) -> bool:
        """An emergency of this kind goes to the Kreis's coordination office: a
        kind the table gives it, or (with the concern's `topic`) a kind that names
        its offices when the topic's office is none of them (a live cable read as
        "Abfall": the guess and the kind disagree)."""
        if emergency is None:
            return False
        if emergency in self.emergencies_to_coordination:
            return True
        offices = self.emergency_offices.get(emergency)
        if not offices or topic is None:
            return False
        entry = self.topics.get(topic)
        return entry is None or entry.office not in offices

    def route(self, topic: str, confidence: float, kreis: int | None) -> Route:
        """Which office handles a concern.

        Staff corrections are applied by the caller by routing with the corrected
        topic and Kreis at confidence 1.0.
        """
        entry = self.topics.get(topic)
        if entry is None:
            raise RoutingError(f"unknown topic {topic!r}")
        if entry.office is None:
            return Route(self.coordination_office(kreis), "coordination")
        if confidence < self.min_confidence:
            return Route(self.coordination_office(kreis), "triage")
        return Route(entry.office, "topic")
