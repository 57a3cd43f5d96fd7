"""Build digest/data/zurich_map.json, the polygons the digest page's map draws.

    python -m digest.build_geodata [../shared/data/zurich]

Reads the city's 34 statistical Quartiere and 12 Stadtkreise (Statistik Stadt
Zürich, CC0), simplifies each polygon (Douglas-Peucker, ~10 m: under a pixel
at the page's scale) and rounds coordinates to 5 decimals (~1 m), so the file
stays small. Only needed again if the source geodata changes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from shapely.geometry import MultiPolygon, Polygon, shape

from digest.zurich_map import DATA_PATH

SOURCE = Path(__file__).resolve().parents[2] / "shared" / "data" / "zurich"
TOLERANCE_DEG = 0.0001
ATTRIBUTION = "Geodaten: Statistik Stadt Zürich, Open Government Data, CC0"

Ring = list[list[float]]


def _rings(geom: Any) -> list[Ring]:
    polys = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
    rings: list[Ring] = []
    for poly in polys:
        assert isinstance(poly, Polygon)
        for ring in [poly.exterior, *poly.interiors]:
            coords = [[round(x, 5), round(y, 5)] for x, y in ring.coords]
            if len(coords) >= 4:
                rings.append(coords[:-1])  # closed by the path's Z
    return rings


def _simplified(feature: dict[str, Any]) -> list[Ring]:
    return _rings(shape(feature["geometry"]).simplify(TOLERANCE_DEG, preserve_topology=True))


def build(source: Path) -> dict[str, Any]:
    quartiere = json.loads((source / "statistische_quartiere.geojson").read_text(encoding="utf-8"))
    kreise = json.loads((source / "stadtkreise.geojson").read_text(encoding="utf-8"))
    return {
        "attribution": ATTRIBUTION,
        "quartiere": sorted(
            (
                {
                    "qnr": int(f["properties"]["QNr"]),
                    "kreis": int(f["properties"]["KNr"]),
                    "name": str(f["properties"]["Qname"]),
                    "rings": _simplified(f),
                }
                for f in quartiere["features"]
            ),
            key=lambda q: q["qnr"],
        ),
        "kreise": sorted(
            (
                {"kreis": int(f["properties"]["KNr"]), "rings": _simplified(f)}
                for f in kreise["features"]
            ),
            key=lambda k: k["kreis"],
        ),
    }


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    data = build(Path(args[0]) if args else SOURCE)
    DATA_PATH.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"wrote {DATA_PATH} ({DATA_PATH.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
