"""A world map as inline SVG: our own Natural Earth I projection over the
vendored Natural Earth country boundaries (``static/countries-110m.json``,
TopoJSON from the npm package ``world-atlas`` 2.0.2; see ``static/SOURCES.md``).

No tiles, no script, no network: the report embeds the SVG and the viewer
serves the same markup. Countries are shaded by how many events are placed
in them; each place is a circle per quad class, its area proportional to
the place's events of that class (largest first, so every one shows), and
linked to the evidence of those events.

:func:`project` is the projection used for every path and point, so a test
can check each place's circle against its coordinates.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from importlib import resources

from markupsafe import Markup, escape

from .. import datafiles

ATLAS = "static/countries-110m.json"
COUNTRY_CODES = "report/data/atlas_countries.tsv"

WIDTH = 960


def natural_earth(lon: float, lat: float) -> tuple[float, float]:
    """Natural Earth I (Šavrič, Patterson, Jenny, Petrovič & Hurni, 2011): the
    published polynomial in latitude, on the unit sphere; ``x`` grows east,
    ``y`` north. Longitude and latitude in degrees."""
    lam, phi = math.radians(lon), math.radians(lat)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return x, y


#: the projection's extent: x at longitude 180 on the equator, y at the pole
_X_MAX = natural_earth(180.0, 0.0)[0]
_Y_MAX = natural_earth(0.0, 90.0)[1]
_MARGIN = 4.0


def _scale(width: float) -> float:
    return (width - 2 * _MARGIN) / (2 * _X_MAX)


def project(lat: float, lon: float, width: float = WIDTH) -> tuple[float, float]:
    """SVG coordinates (x right, y down) of a place on a map ``width`` wide."""
    x, y = natural_earth(lon, lat)
    k = _scale(width)
    return _MARGIN + (x + _X_MAX) * k, _MARGIN + (_Y_MAX - y) * k


def size(width: float = WIDTH) -> tuple[int, int]:
    """The map's width and height (the height follows the projection)."""
    return int(width), int(round(2 * _MARGIN + 2 * _Y_MAX * _scale(width)))


# ---------------------------------------------------------------- boundaries


@datafiles.cached
def _codes() -> dict[str, str]:
    """Map feature id (or name, for features without one) -> ISO3."""
    out = {}
    for r in datafiles.table(COUNTRY_CODES):
        if r.get("iso3"):
            out[r.get("numeric") or r.get("name")] = r.get("iso3")
    return out


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs -> lists of (lon, lat): quantized positions are deltas
    from the previous position, scaled and translated by the transform."""
    tr = topo.get("transform")
    (sx, sy), (tx, ty) = (tr["scale"], tr["translate"]) if tr else ((1, 1), (0, 0))
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for p in arc:
            if tr:
                x, y = x + p[0], y + p[1]
            else:
                x, y = p[0], p[1]
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _ring(arcs: list, refs: Sequence[int]) -> list[tuple[float, float]]:
    """A ring from arc references (``~i``, a negative one, runs arc ``i``
    backwards); the shared end point of consecutive arcs is kept once."""
    out: list[tuple[float, float]] = []
    for r in refs:
        pts = arcs[r] if r >= 0 else arcs[~r][::-1]
        out.extend(pts[1:] if out else pts)
    return out


def _unwrap(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring crossing the antimeridian (a jump of more than 180 degrees of
    longitude) made continuous, plus its copy shifted a turn back, so each
    half shows on its side once the map clips at its outline."""
    out, shift, prev = [], 0.0, None
    for lon, lat in ring:
        if prev is not None and abs(lon + shift - prev) > 180:
            shift += -360.0 if lon + shift > prev else 360.0
        prev = lon + shift
        out.append((prev, lat))
    rings = [out]
    lo, hi = min(p[0] for p in out), max(p[0] for p in out)
    if hi > 180:
        rings.append([(lon - 360, lat) for lon, lat in out])
    if lo < -180:
        rings.append([(lon + 360, lat) for lon, lat in out])
    return rings


@datafiles.cached
def countries() -> tuple[dict, ...]:
    """The map's countries: ``name``, ``iso3`` (None for a territory we do
    not code) and ``rings`` (lists of (lon, lat))."""
    text = resources.files("accord.report").joinpath(ATLAS).read_text(encoding="utf-8")
    topo = json.loads(text)
    arcs = _decode_arcs(topo)
    codes = _codes()
    out = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = [g["arcs"]] if g.get("type") == "Polygon" else g.get("arcs") or []
        rings = [r for poly in polys for refs in poly for r in _unwrap(_ring(arcs, refs))]
        name = (g.get("properties") or {}).get("name") or ""
        out.append({"name": name, "iso3": codes.get(g.get("id") or name), "rings": rings})
    return tuple(out)


def _path(rings, width: float) -> str:
    parts = []
    for ring in rings:
        pts = [project(lat, lon, width) for lon, lat in ring]
        if len(pts) > 2:
            parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
    return "".join(parts)


def outline(width: float = WIDTH, steps: int = 90) -> str:
    """The path of the whole sphere's edge (meridians 180 W and 180 E)."""
    east = [project(90 - 180 * i / steps, 180, width) for i in range(steps + 1)]
    west = [project(-90 + 180 * i / steps, -180, width) for i in range(steps + 1)]
    return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in east + west) + "Z"


# ---------------------------------------------------------------- drawing

QUAD_ORDER = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
#: countries with no event placed in them, and the ramp for those with some (light to dark)
NO_EVENTS = "#e9e9e6"
_RAMP = ((0.99, 0.93, 0.82), (0.80, 0.38, 0.10))
MAX_RADIUS = 26.0
LEGEND_H = 34


def radius(n: int) -> float:
    """A place circle's radius: its area grows with the count of events."""
    return min(MAX_RADIUS, 2.5 + 2.6 * math.sqrt(max(n, 0)))


def shade(n: int, n_max: int) -> str:
    """A country's fill for ``n`` events (a log ramp up to ``n_max``)."""
    if n <= 0 or n_max <= 0:
        return NO_EVENTS
    t = math.log1p(n) / math.log1p(n_max)
    rgb = [round(255 * (a + (b - a) * t)) for a, b in zip(*_RAMP)]
    return "#" + "".join(f"{c:02x}" for c in rgb)


def _f(v: float) -> str:
    return f"{v:.1f}"


def _countries_svg(country_counts: dict, width: float, name) -> list[str]:
    n_max = max(country_counts.values(), default=0)
    body = []
    for c in countries():
        n = country_counts.get(c["iso3"], 0) if c["iso3"] else 0
        label = name(c["iso3"]) if c["iso3"] else c["name"]
        tip = f"{label}: {n} event{'s' if n != 1 else ''} placed here" if n else label
        body.append(
            f'<path class="country" d="{_path(c["rings"], width)}" fill="{shade(n, n_max)}" '
            f'data-iso3="{escape(c["iso3"] or "")}" data-events="{n}"><title>{escape(tip)}</title></path>'
        )
    return body


def _places_svg(places: Sequence[dict], width: float, colors: dict, labels: dict) -> list[str]:
    """One circle per place and quad class, the larger below the smaller."""
    circles = []
    for p in places:
        x, y = project(p["lat"], p["lon"], width)
        total = sum(p["quads"].values())
        for quad, n in p["quads"].items():
            if n <= 0:
                continue
            parts = ", ".join(f"{labels.get(q, q)} {k}" for q, k in p["quads"].items() if k)
            tip = f"{p['name']}: {total} event{'s' if total != 1 else ''} ({parts})"
            circle = (
                f'<circle class="place" cx="{_f(x)}" cy="{_f(y)}" r="{_f(radius(n))}" '
                f'fill="{colors.get(quad, "#555")}" data-lat="{p["lat"]}" data-lon="{p["lon"]}" '
                f'data-quad="{escape(quad)}" data-events="{n}"><title>{escape(tip)}</title></circle>'
            )
            href = p.get("href")
            circles.append((-radius(n), f'<a href="{escape(href)}">{circle}</a>' if href else circle))
    return [c for _, c in sorted(circles, key=lambda rc: rc[0])]


def _legend_svg(width: float, top: float, colors: dict, labels: dict) -> list[str]:
    out, x = [], 10.0
    y = top + LEGEND_H / 2
    for q in QUAD_ORDER:
        out.append(
            f'<circle cx="{_f(x + 6)}" cy="{_f(y)}" r="6" fill="{colors.get(q, "#555")}" fill-opacity="0.8"/>'
            f'<text x="{_f(x + 16)}" y="{_f(y + 4)}" font-size="12">{escape(labels.get(q, q))}</text>'
        )
        x += 165
    out.append(
        f'<rect x="{_f(x)}" y="{_f(y - 6)}" width="14" height="12" fill="{shade(1, 1)}"/>'
        f'<text x="{_f(x + 20)}" y="{_f(y + 4)}" font-size="12">countries: events placed there</text>'
    )
    return out


def draw(
    places: Sequence[dict],
    country_counts: dict,
    *,
    width: float = WIDTH,
    name=None,
    colors: dict | None = None,
    labels: dict | None = None,
    label: str = "events on the world map",
) -> Markup:
    """The map as inline SVG. ``places``: dicts with ``lat``, ``lon``,
    ``name``, ``quads`` ({quad class: events}) and an optional ``href``;
    ``country_counts``: {ISO3: events placed in the country}; ``name``
    turns an ISO3 code into a country name for the tooltips."""
    from . import charts

    colors = colors or charts.QUAD_COLORS
    labels = labels or charts.QUAD_LABELS
    name = name or (lambda code: code)
    w, h = size(width)
    edge = outline(width)
    body = [
        f'<defs><clipPath id="map-sphere"><path d="{edge}"/></clipPath></defs>',
        f'<path class="sphere" d="{edge}" fill="#eef4f8" stroke="#9aa7b0" stroke-width="0.8"/>',
        '<g class="countries" clip-path="url(#map-sphere)" stroke="#ffffff" stroke-width="0.5">',
        *_countries_svg(country_counts, width, name),
        "</g>",
        '<g class="places" fill-opacity="0.78" stroke="#ffffff" stroke-width="0.7">',
        *_places_svg(places, width, colors, labels),
        "</g>",
        *_legend_svg(width, h, colors, labels),
    ]
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="worldmap" viewBox="0 0 {w} {h + LEGEND_H}" '
        f'width="100%" role="img" aria-label="{escape(label)}">' + "".join(body) + "</svg>"
    )
