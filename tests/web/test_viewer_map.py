"""The viewer's map page: filtered like the events table, each place drawn at its projected position and
linked to its evidence sentences."""

import re
import warnings
import xml.etree.ElementTree as ET

import pytest
from accord_builders import E, StubKnowledge, article, make_db

from accord.record import Location
from accord.report import worldmap

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

SVG_NS = "{http://www.w3.org/2000/svg}"
BISHKEK = (42.87, 74.59)
GYUMRI = (40.79, 43.85)


def _at(name, cc, latlon):
    return {
        "location": Location(text=name, country=cc, lat=latlon[0], lon=latlon[1], resolution="city", feature="city")
    }


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from accord.web.app import create_app

    recs = [
        article(
            "v1",
            "2023-01-10",
            [
                E("COOPERATE", "RUS", "KGZ", "2023-01-10", extra=_at("Bishkek", "KGZ", BISHKEK)),
                E("CONSULT", "KGZ", "CHN", "2023-01-11", extra=_at("Bishkek", "KGZ", BISHKEK)),
            ],
            title="Drills <script>x</script>",
        ),
        article(
            "v2",
            "2023-03-10",
            [
                E("MOBILIZE", "RUS", "ARM", "2023-03-10", extra=_at("Gyumri", "ARM", GYUMRI)),
                E("ACCUSE", "AZE", "ARM", "2023-03-11"),
            ],
        ),
    ]
    db = make_db(tmp_path_factory.mktemp("webmap") / "m.duckdb", recs)
    with TestClient(create_app(db, knowledge=StubKnowledge())) as c:
        yield c


def _circles(html):
    svg = ET.fromstring(re.search(r'<svg[^>]*class="worldmap".*?</svg>', html, re.S).group(0))
    out = []
    for a in svg.iter(SVG_NS + "a"):
        for c in a.iter(SVG_NS + "circle"):
            out.append((a.get("href"), c))
    return out


def test_map_page_draws_each_place_at_its_position(client):
    r = client.get("/map")
    assert r.status_code == 200 and "<script>x" not in r.text and "&lt;script&gt;x" in r.text
    circles = _circles(r.text)
    assert len(circles) == 3  # Bishkek: cooperation and consultation; Gyumri: mobilization
    for href, c in circles:
        lat, lon = float(c.get("data-lat")), float(c.get("data-lon"))
        x, y = worldmap.project(lat, lon)
        assert (float(c.get("cx")), float(c.get("cy"))) == (pytest.approx(x, abs=0.06), pytest.approx(y, abs=0.06))
        # the circle links to its place's evidence on the page: the sentence with its trigger marked
        block = r.text[r.text.index(f'id="{href[1:]}"') :]
        block = block[: block.index("</div>")]
        assert "<mark" in block and "/articles/" in block
    assert {(float(c.get("data-lat")), c.get("data-quad")) for _, c in circles} == {
        (BISHKEK[0], "material_cooperation"),
        (BISHKEK[0], "verbal_cooperation"),
        (GYUMRI[0], "material_conflict"),
    }


def test_map_filters_like_the_events_table(client):
    d = client.get("/api/map?type=MOBILIZE").json()
    assert [p["name"] for p in d["places"]] == ["Gyumri"] and d["filters"]["type"] == ["MOBILIZE"]
    d = client.get("/api/map?actor=kgz").json()  # as the events table: case-insensitive code
    assert [(p["name"], p["events"]) for p in d["places"]] == [("Bishkek", 1)]
    d = client.get("/api/map?until=2023-02-01").json()
    assert [p["name"] for p in d["places"]] == ["Bishkek"] and d["countries"] == {"KGZ": 2}
    d = client.get("/api/map").json()
    assert (d["events"], d["located"]) == (4, 3)
    assert d["places"][0]["refs"] == [["v1", 1], ["v1", 0]]  # latest first
    r = client.get("/map?type=MOBILIZE&actor=RUS")
    assert 'href="/events?type=MOBILIZE&amp;actor=RUS"' in r.text
    assert client.get("/map?type=NOPE").status_code == 400


def test_map_in_the_navigation(client):
    assert 'href="/map"' in client.get("/events").text
