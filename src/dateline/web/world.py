"""Build ``static/world.geojson``: country outlines for the map, from Natural Earth.

The source is ``countries-110m.json`` of the npm package ``world-atlas`` (ISC licence;
the data is Natural Earth's 1:110m Admin 0 countries, public domain). To rebuild::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m dateline.web.world package/countries-110m.json src/dateline/web/static/world.geojson
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def _arcs(topology: dict) -> list[list[tuple[float, float]]]:
    transform = topology.get("transform")
    out = []
    for arc in topology["arcs"]:
        points, x, y = [], 0, 0
        for point in arc:
            if transform:
                x, y = x + point[0], y + point[1]
                (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
                points.append((x * sx + tx, y * sy + ty))
            else:
                points.append((point[0], point[1]))
        out.append(points)
    return out


def _ring(indexes: list[int], arcs: list, digits: int) -> list[list[float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(points[1:] if ring else points)
    rounded: list[list[float]] = []
    shift = 0.0
    for i, (x, y) in enumerate(ring):
        if i and abs(x + shift - (rounded[-1][0] if rounded else x)) > 180:
            shift += 360.0 if rounded[-1][0] > x + shift else -360.0  # unwrap the antimeridian
        p = [round(x + shift, digits), round(y, digits)]
        if not rounded or rounded[-1] != p:
            rounded.append(p)
    if rounded and rounded[0] != rounded[-1]:
        rounded.append(rounded[0])
    if rounded and sum(p[0] for p in rounded) / len(rounded) > 180:
        rounded = [[round(x - 360, digits), y] for x, y in rounded]
    return rounded


def to_geojson(topology: dict, name: str = "countries", digits: int = 2) -> dict:
    """A FeatureCollection (properties: ``name``, ``id`` = ISO 3166-1 numeric)."""
    arcs = _arcs(topology)
    features = []
    for geom in topology["objects"][name]["geometries"]:
        if geom["type"] == "Polygon":
            polygons = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polygons = geom["arcs"]
        else:
            continue
        coords = [[r for r in (_ring(ring, arcs, digits) for ring in poly) if len(r) >= 4]
                  for poly in polygons]
        coords = [p for p in coords if p]
        if not coords:
            continue
        features.append({
            "type": "Feature", "id": geom.get("id"),
            "properties": {"name": (geom.get("properties") or {}).get("name")},
            "geometry": {"type": "MultiPolygon", "coordinates": coords}})
    return {"type": "FeatureCollection", "features": features,
            "source": "Natural Earth 1:110m Admin 0 countries (public domain), via world-atlas"}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m dateline.web.world countries-110m.json world.geojson",
              file=sys.stderr)
        return 2
    topology = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    geo = to_geojson(topology)
    Path(argv[1]).write_text(json.dumps(geo, separators=(",", ":")), encoding="utf-8")
    print(f"{len(geo['features'])} countries -> {argv[1]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
