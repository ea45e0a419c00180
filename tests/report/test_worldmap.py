"""The world map: projection, boundaries, and each located event drawn at its projected position."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from accord_builders import E, article, make_db

from accord import store
from accord.record import Location
from accord.report import mapdata, worldmap
from accord.report.build import build_report

SVG_NS = "{http://www.w3.org/2000/svg}"

# (place, country, lat, lon) written by hand
ASTANA = ("Astana", "KAZ", 51.17, 71.45)
KANT = ("Kant air base", "KGZ", 42.85, 74.85)
YEREVAN = ("Yerevan", "ARM", 40.18, 44.51)


def _at(place, inferred=False):
    name, cc, lat, lon = place
    return {
        "location": Location(
            text=name, country=cc, lat=lat, lon=lon, feature="city", resolution="city", inferred=inferred
        )
    }


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    recs = [
        article(
            "m1",
            "2023-01-10",
            [
                E("CONSULT", "KAZ", "CHN", "2023-01-10", extra=_at(ASTANA)),
                E("COOPERATE", "RUS", "KAZ", "2023-01-11", extra=_at(ASTANA, inferred=True)),
                E("MOBILIZE", "RUS", "KGZ", "2023-01-12", extra=_at(KANT)),
            ],
        ),
        article(
            "m2",
            "2023-02-20",
            [
                E("CONSULT", "KAZ", "RUS", "2023-02-10", extra=_at(ASTANA)),
                E("ACCUSE", "ARM", "AZE", "2023-02-10", extra={"location": Location(text="Armenia", country="ARM")}),
                E("ASSAULT", "AZE", "ARM", "2023-02-11", extra=_at(YEREVAN)),
                E("AID", "USA", "ARM", "2023-02-12", negated=True, extra=_at(YEREVAN)),
                E("SUPPORT", "USA", "ARM", "2023-02-13"),
            ],
        ),
    ]
    return make_db(tmp_path_factory.mktemp("map") / "m.duckdb", recs)


def _svg(html: str) -> ET.Element:
    m = re.search(r'<svg[^>]*class="worldmap".*?</svg>', html, re.S)
    assert m, "no world map in the page"
    return ET.fromstring(m.group(0))


def test_projection_frame():
    w, h = worldmap.size()
    x0, y0 = worldmap.project(0, 0)
    assert (x0, y0) == (pytest.approx(w / 2), pytest.approx(h / 2, abs=0.5))
    assert worldmap.project(0, 180)[0] == pytest.approx(w - 4)  # the east edge, inside the margin
    assert worldmap.project(0, -180)[0] == pytest.approx(4)
    assert worldmap.project(90, 0)[1] == pytest.approx(4)  # the north pole at the top
    # east is right, north is up; Natural Earth I narrows toward the poles
    ax, ay = worldmap.project(*ASTANA[2:])
    assert ax > x0 and ay < y0
    assert worldmap.project(60, 180)[0] < worldmap.project(0, 180)[0]


def test_boundaries_cover_the_world():
    cs = worldmap.countries()
    assert len(cs) == 177
    iso = {c["iso3"] for c in cs}
    assert {"KAZ", "KGZ", "RUS", "USA", "CHN", "ARM", "XKX"} <= iso
    kaz = next(c for c in cs if c["iso3"] == "KAZ")
    lons = [p[0] for r in kaz["rings"] for p in r]
    lats = [p[1] for r in kaz["rings"] for p in r]
    assert 46 < min(lons) < 52 and 85 < max(lons) < 89 and 40 < min(lats) < 43 and 54 < max(lats) < 57
    # Russia crosses the antimeridian: drawn on both sides, never a line across the map
    rus = next(c for c in cs if c["iso3"] == "RUS")
    assert any(max(p[0] for p in r) > 180 for r in rus["rings"])
    assert all(max(p[0] for p in r) - min(p[0] for p in r) < 360 for r in rus["rings"])


def test_map_data_counts(db):
    con = store.connect(db, read_only=True)
    try:
        d = mapdata.map_data(con)
    finally:
        con.close()
    by = {p["name"]: p for p in d["places"]}
    assert set(by) == {"Astana", "Kant air base", "Yerevan"}
    assert by["Astana"]["quads"] == {"verbal_cooperation": 2, "material_cooperation": 1}
    assert by["Astana"]["inferred"] == 1 and by["Astana"]["events"] == 3
    assert by["Yerevan"]["events"] == 1  # the negated aid is not counted
    assert d["countries"] == {"KAZ": 3, "KGZ": 1, "ARM": 2}
    assert (d["events"], d["located"], d["in_country"]) == (7, 5, 6)


def test_each_located_event_is_drawn_at_its_projected_position(db, stub_knowledge):
    con = store.connect(db, read_only=True)
    try:
        html = build_report(con, knowledge=stub_knowledge)
    finally:
        con.close()
    svg = _svg(html)
    circles = list(svg.iter(SVG_NS + "circle"))
    drawn = {(c.get("data-lat"), c.get("data-quad")): c for c in circles if c.get("class") == "place"}
    expected = [
        (ASTANA, "verbal_cooperation", 2),
        (ASTANA, "material_cooperation", 1),
        (KANT, "material_conflict", 1),
        (YEREVAN, "material_conflict", 1),
    ]
    assert len(drawn) == len(expected)
    for (_name, _cc, lat, lon), quad, n in expected:
        c = drawn[(str(lat), quad)]
        x, y = worldmap.project(lat, lon)
        assert (float(c.get("cx")), float(c.get("cy"))) == (pytest.approx(x, abs=0.06), pytest.approx(y, abs=0.06))
        assert int(c.get("data-events")) == n
        assert float(c.get("r")) == pytest.approx(worldmap.radius(n), abs=0.06)
    # Astana's two circles: the larger (two consultations) drawn first, under the smaller
    order = [c.get("data-quad") for c in circles if c.get("data-lat") == str(ASTANA[2])]
    assert order == ["verbal_cooperation", "material_cooperation"]


def test_circles_link_to_their_evidence(db, stub_knowledge):
    con = store.connect(db, read_only=True)
    try:
        html = build_report(con, knowledge=stub_knowledge)
    finally:
        con.close()
    svg = _svg(html)
    links = [a.get("href") for a in svg.iter(SVG_NS + "a")]
    assert links and all(h.startswith("#ev-m-") for h in links)
    for h in set(links):
        block = html[html.index(f'id="{h[1:]}"') :]
        block = block[: block.index("</section>") if "</section>" in block else len(block)]
        assert "<mark" in block  # the evidence sentence with its trigger
    astana = html[html.index('id="ev-m-0-Astana"') :]
    assert "consult" in astana[:4000]


def test_countries_shaded_by_events_placed_there(db, stub_knowledge):
    con = store.connect(db, read_only=True)
    try:
        html = build_report(con, knowledge=stub_knowledge)
    finally:
        con.close()
    paths = {p.get("data-iso3"): p for p in _svg(html).iter(SVG_NS + "path") if p.get("class") == "country"}
    assert paths["KAZ"].get("data-events") == "3" and paths["ARM"].get("data-events") == "2"
    assert paths["KAZ"].get("fill") == worldmap.shade(3, 3) != worldmap.NO_EVENTS
    assert paths["ARM"].get("fill") == worldmap.shade(2, 3)
    assert paths["FRA"].get("fill") == worldmap.NO_EVENTS
    assert 'id="map"' in html and "5 of 7 counted events" in html


def test_old_store_without_location_columns(tmp_path, stub_knowledge):
    """A schema-1 store (no coordinates): no places, countries still shaded."""
    import duckdb

    path = make_db(
        tmp_path / "old.duckdb",
        [
            article(
                "o1",
                "2023-01-10",
                [E("CONSULT", "KAZ", "CHN", "2023-01-10", extra={"location": Location(text="Astana", country="KAZ")})],
            )
        ],
    )
    con = duckdb.connect(path)
    for c, _ in store.LOCATION_COLS:
        con.execute(f"ALTER TABLE events DROP COLUMN {c}")
    con.close()
    con = store.connect(path, read_only=True)
    try:
        d = mapdata.map_data(con)
        html = build_report(con, knowledge=stub_knowledge)
    finally:
        con.close()
    assert d["places"] == [] and d["countries"] == {"KAZ": 1}
    assert "No event has a place with coordinates yet" in html


def test_a_hostile_place_name_is_escaped():
    svg = str(
        worldmap.draw(
            [{"lat": 1.0, "lon": 2.0, "name": "<script>x</script>", "quads": {"verbal_conflict": 1}, "href": '#a"b'}],
            {},
        )
    )
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    ET.fromstring(svg)  # well-formed
