"""The gazetteer: loading the place index from nlp/data/ and resolving a text
(or a resident's answer to "which house number?") to a Kreis and Quartier."""

from __future__ import annotations

import csv
import tomllib
from functools import cached_property
from pathlib import Path

from nlp.geo import Area, QuartierMap
from nlp.places.addresses import AddressIndex
from nlp.places.answers import resolve_answer
from nlp.places.matcher import Matcher
from nlp.places.model import Mention, PlaceResult, Strength, _Entry
from nlp.places.near import street_by_landmark
from nlp.places.numbers import pair_number
from nlp.places.text import _STREETLIKE_RE, _TOKEN_RE, fold

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class Gazetteer(Matcher):
    """The place index; build once with Gazetteer.load() and share."""

    @cached_property
    def kreis_neighbours(self) -> frozenset[frozenset[int]]:
        """The pairs of Kreise that share a border (QuartierMap.kreis_neighbours):
        worked out when a text first names places in two Kreise, not at load."""
        return self.quartier_map.kreis_neighbours()

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR) -> Gazetteer:
        qmap = QuartierMap(data_dir / "geo" / "quartiere.geojson")
        qname = {a.qnr: a.quartier for a in qmap.areas_by_qnr.values()}
        entries: dict[str, _Entry] = {}
        street_meta: dict[str, tuple[tuple[int, ...], str]] = {}
        multi_first: set[str] = set()

        def note_words(name: str) -> None:
            words = _TOKEN_RE.findall(name)
            if len(words) > 1:
                multi_first.add(fold(words[0]))

        with (data_dir / "streets.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                kreise = tuple(int(k) for k in row["kreise"].split("|"))
                street_meta[fold(row["street"])] = (kreise, row.get("toward") or "")
                qnrs = [int(q) for q in row["qnrs"].split("|") if q]
                name = row["street"]
                key = fold(name)
                note_words(name)
                suffixed = bool(_STREETLIKE_RE.search(key))
                entries[key] = _Entry(
                    kind="street",
                    name=name,
                    kreis=kreise[0] if len(kreise) == 1 else None,
                    quartier=qname[qnrs[0]] if len(qnrs) == 1 else None,
                    candidates=kreise if len(kreise) > 1 else (),
                    # A name with no street suffix ("Am Wasser", "Im Sack") is an
                    # everyday phrase: it counts only with a house number.
                    context=not suffixed,
                    is_street=True,
                )

        addresses = AddressIndex()
        with (data_dir / "addresses.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                addresses.add(
                    fold(row["street"]), row["number"], int(row["kreis"]), qname[int(row["qnr"])]
                )
        for key, (kreise, toward) in street_meta.items():
            addresses.set_street(key, kreise, toward)

        places = tomllib.loads((data_dir / "places.toml").read_text(encoding="utf-8"))

        def add(name: str, entry: _Entry) -> None:
            key = fold(name)
            note_words(name)
            old = entries.get(key)
            # Landmarks and Quartiere override a same-named street entry, but the
            # street knowledge is kept for house-number lookups (addresses).
            entries[key] = _Entry(
                entry.kind,
                entry.name,
                entry.kreis,
                entry.quartier,
                entry.candidates,
                entry.context,
                is_street=old.is_street if old else False,
            )

        for name, spec in places["quartiere"].items():
            entry = _Entry(
                "quartier", name, spec["kreis"], name, (), spec.get("context", False), False
            )
            for n in [name, *spec.get("aliases", [])]:
                add(n, entry)
        for name, kreis in places["kreisnamen"].items():
            add(name, _Entry("kreisname", name, kreis, None, (), False, False))
        for name, spec in places["landmarks"].items():
            entry = _Entry(
                "landmark",
                name,
                spec.get("kreis"),
                spec.get("quartier"),
                tuple(spec.get("candidates", ())),
                spec.get("context", False),
                False,
            )
            for n in [name, *spec.get("aliases", [])]:
                add(n, entry)

        for name, spec in places.get("schools", {}).items():
            entry = _Entry(
                "landmark",
                f"Schulhaus {name}",
                spec["kreis"],
                spec.get("quartier"),
                (),
                False,
                False,
            )
            for prefix in (
                "Schulhaus",
                "Schulhauses",
                "Schuelhuus",
                "Schulanlage",
                "Schulhausplatz",
                # "Zebrastreifen vor der Schule Aemtler" (new-user trial r, section 10)
                "Schule",
                "Schuel",
                "Primarschule",
                "school",
                "école",
                "scuola",  # "la scuola Limmat", "scuola di Limmat" (closing note, item 5)
                "scuola di",
            ):
                add(f"{prefix} {name}", entry)

        # Italian for a square: "Piazza Ida" is the Idaplatz, "in Piazza Bullinger"
        # the Bullingerplatz (a square's or a street's name ending in -platz).
        for key, entry in list(entries.items()):
            stem = key.removesuffix("platz")
            if stem != key and len(stem) >= 3 and not entry.context:
                entries.setdefault(f"piazza{stem}", entry)
                multi_first.add("piazza")

        outside: dict[str, _Entry] = {}
        outside_plz: set[str] = set()
        for name, spec in places["outside"].items():
            entry = _Entry("outside", name, None, None, (), spec.get("context", False), False)
            for n in [name, *spec.get("aliases", [])]:
                outside[fold(n)] = entry
                note_words(n)
            outside_plz.update(spec.get("plz", []))
        postal_codes = {str(k): int(v) for k, v in places["postal_codes"].items()}
        kreis_words = {fold(k): int(v) for k, v in places["kreis_words"].items()}
        not_places = frozenset(fold(w) for w in places.get("not_places", {}).get("words", []))
        for key in not_places:
            entries.pop(key, None)
        gazetteer = cls(
            entries,
            addresses,
            kreis_words,
            outside,
            outside_plz,
            postal_codes,
            qmap,
            not_places,
            frozenset(multi_first),
        )
        return gazetteer

    # -- matching ---------------------------------------------------------
    def resolve(
        self,
        text: str,
        lat: float | None = None,
        lon: float | None = None,
        *,
        located: bool = False,
        area: Area | None = None,
    ) -> PlaceResult:
        """Kreis, Quartier and the evidence for a text and optional coordinates.
        `located`: the coordinates' Quartier was looked up already and is `area`
        (QuartierMap.locate_many, for a batch)."""
        # "Nr. 12 a de Josefstrass": a house number apart from the one street named.
        mentions = pair_number(text, self.find(text), self.addresses)
        result = PlaceResult(mentions=mentions)
        if lat is not None and lon is not None:
            if not located:
                area = self.quartier_map.locate(lat, lon)
            coord = Mention(
                f"{lat:.5f},{lon:.5f}",
                "coordinates",
                area.kreis if area else None,
                area.quartier if area else None,
                strength=Strength.COORDINATES,
            )
            result.mentions = [coord, *mentions]
            if area is None:
                result.outside_city = True
                return result
            result.kreis, result.quartier = area.kreis, area.quartier
            return result

        placed = [m for m in mentions if m.kreis is not None]
        ambiguous = [m for m in mentions if m.kreis is None and m.candidates]
        outside = [m for m in mentions if m.kind == "outside"]
        if outside and (
            (not placed and not ambiguous)
            or outside[0].start < min(m.start for m in placed + ambiguous)
            or any(_directly_before(m, outside[0], text) for m in placed)
        ):
            # "In Dübendorf an der Grenze zu Schwamendingen", "Bahnhofstrasse in
            # Dietikon": the concern is outside the city.
            result.outside_city = True
            return result
        if placed:
            best = max(placed, key=lambda m: (m.strength, -m.start))
            # An ambiguous street next to weaker evidence: let the street's
            # candidates decide between conflicting weak mentions.
            if best.strength <= Strength.KREIS and ambiguous:
                cands = set(ambiguous[0].candidates)
                agreeing = [m for m in placed if m.kreis in cands]
                if agreeing:
                    best = max(agreeing, key=lambda m: (m.strength, -m.start))
            rivals = _rival_kreise(best, placed)
            street = street_by_landmark(text, placed, self.kreis_neighbours) if rivals else None
            if street is not None:
                # "Seefeldstrasse beim Kreuzplatz": the street, in the Kreis next to
                # the landmark's, is where; the landmark says where along it.
                best, rivals = street, []
            if rivals:
                # "Kolbenhofstrasse in Wollishofen": two places in different Kreise
                # and no house number to settle it: name no Kreis, ask where.
                result.candidates = rivals
                result.conflict = True
                return result
            result.kreis = best.kreis
            result.quartier = best.quartier
            if best.kind in ("street", "address"):
                result.street = best.name
            if result.quartier is None:
                same = [m for m in placed if m.kreis == best.kreis and m.quartier]
                if same:
                    result.quartier = same[0].quartier
            return result
        if ambiguous:
            result.street = ambiguous[0].name
            cands = set(ambiguous[0].candidates)
            for other in ambiguous[1:]:
                if cands & set(other.candidates):
                    cands &= set(other.candidates)
            if len(cands) == 1:
                result.kreis = cands.pop()
                result.street = None
                return result
            result.ambiguous = True
            result.candidates = sorted(cands)
            return result
        return result

    def resolve_answer(self, answer: str, street: str | None, candidates: list[int]) -> PlaceResult:
        """Resolve the resident's answer to "which house number or landmark?" for
        ``street`` (which crosses the Kreise ``candidates``): "20", "Nr. 120",
        "bei der 14", "12a", "Hausnummer 120 an der Badenerstrasse", a landmark
        ("beim Lochergut"), a Quartier, or a whole new place."""
        return resolve_answer(self, answer, street, candidates)


def _rival_kreise(best: Mention, placed: list[Mention]) -> list[int]:
    """The Kreise of strong mentions (a street, a Kreis, a Quartier or landmark)
    that disagree with `best`; empty when they agree. An address with its house
    number (the most precise evidence) is only contradicted by another address:
    "Weinbergstrasse 30 … Josefstrasse 12" names two Kreise, and the first one
    written is no better a guess than the second."""
    floor = Strength.ADDRESS if best.strength >= Strength.ADDRESS else Strength.STREET
    kreise = {m.kreis for m in placed if m.strength >= floor and m.kreis is not None}
    return sorted(kreise) if len(kreise) > 1 else []


def _directly_before(street: Mention, place: Mention, text: str) -> bool:
    """Whether `place` follows `street` as "<street> in <place>" (a street of that name there)."""
    between = text[street.start + len(street.text) : place.start].strip().lower()
    return between in {"in", "z", "bei", "à", "a"}
