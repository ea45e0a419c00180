"""The world map in headless Chromium: the report's map section and the viewer's map page render, their
circles sit where the projection puts them, and a circle leads to its evidence. Skips, saying why, without
chromium, chromium-driver or selenium.

``ACCORD_SCREENSHOT_DIR=docs`` saves ``map-report.png`` and ``map-viewer.png`` there;
``ACCORD_MAP_DB=PATH`` draws that store instead of the hand-built one (the screenshots in docs/ are of the
sample corpus: ``accord ingest data/sample`` with the place step)."""

import os
import shutil
import socket
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from accord_builders import E, StubKnowledge, article, make_db

from accord.record import Location

CHROMEDRIVER = "/usr/bin/chromedriver"


def _chromium():
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)


def _why_skip():
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install selenium)"
    if not os.path.exists(CHROMEDRIVER):
        return f"{CHROMEDRIVER} is missing (apt-get install chromium-driver)"
    if _chromium() is None:
        return "chromium is not installed (apt-get install chromium)"
    return None


pytestmark = pytest.mark.skipif(_why_skip() is not None, reason=_why_skip() or "")


def _at(name, cc, lat, lon):
    return {"location": Location(text=name, country=cc, lat=lat, lon=lon, resolution="city", feature="city")}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    if os.environ.get("ACCORD_MAP_DB"):
        return os.environ["ACCORD_MAP_DB"]
    recs = [
        article(
            "g1",
            "2023-09-12",
            [
                E("COOPERATE", "ARM", "USA", "2023-09-11", extra=_at("Yerevan", "ARM", 40.18, 44.51)),
                E("ACCUSE", "RUS", "ARM", "2023-09-12", extra=_at("Moscow", "RUS", 55.75, 37.62)),
            ],
        ),
        article(
            "g2",
            "2023-10-01",
            [
                E("MOBILIZE", "CHN", "TWN", "2023-10-01", extra=_at("Taiwan Strait", "TWN", 24.0, 119.5)),
                E("CONSULT", "KAZ", "CHN", "2023-10-02", extra=_at("Astana", "KAZ", 51.17, 71.45)),
            ],
        ),
    ]
    return make_db(tmp_path_factory.mktemp("mapb") / "b.duckdb", recs)


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(db):
    import uvicorn

    from accord.web.app import create_app

    port = _free_port()
    srv = uvicorn.Server(
        uvicorn.Config(create_app(db, knowledge=StubKnowledge()), host="127.0.0.1", port=port, log_level="warning")
    )
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/api/stats", timeout=1)
            break
        except OSError:
            time.sleep(0.05)
    yield base
    srv.should_exit = True
    th.join(timeout=5)


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = _chromium()
    for a in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
        "--window-size=1280,1000",
    ):
        opts.add_argument(a)
    d = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    d.set_page_load_timeout(30)
    yield d
    d.quit()


def _shot(element, name):
    out = os.environ.get("ACCORD_SCREENSHOT_DIR")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        element.screenshot(str(Path(out) / name))


def _check_circles(driver, svg):
    """Every place circle is drawn where its cx, cy say, inside the map."""
    from selenium.webdriver.common.by import By

    from accord.report import worldmap

    box = svg.rect
    w, h = worldmap.size()
    scale = box["width"] / w
    circles = svg.find_elements(By.CSS_SELECTOR, "circle.place")
    assert circles
    for c in circles[:40]:
        r = c.rect
        lat, lon = float(c.get_attribute("data-lat")), float(c.get_attribute("data-lon"))
        x, y = worldmap.project(lat, lon)
        assert r["x"] + r["width"] / 2 == pytest.approx(box["x"] + x * scale, abs=1.5)
        assert r["y"] + r["height"] / 2 == pytest.approx(box["y"] + y * scale, abs=1.5)
    return circles


def test_report_map_in_chromium(db, driver, tmp_path):
    from selenium.webdriver.common.by import By

    from accord import store
    from accord.report.build import write_report

    con = store.connect(db, read_only=True)
    try:
        write_report(con, tmp_path / "r.html", knowledge=StubKnowledge(), source=Path(db).name)
    finally:
        con.close()
    driver.get((tmp_path / "r.html").as_uri())
    section = driver.find_element(By.ID, "map")
    driver.execute_script("arguments[0].scrollIntoView()", section)
    svg = section.find_element(By.CSS_SELECTOR, "svg.worldmap")
    assert svg.rect["width"] > 500 and svg.rect["height"] > 250
    circles = _check_circles(driver, svg)
    _shot(section, "map-report.png")
    href = circles[0].find_element(By.XPATH, "..").get_dom_attribute("href")
    assert "#ev-m-" in href


def test_viewer_map_page_in_chromium(server, driver):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(server + "/map")
    svg = driver.find_element(By.CSS_SELECTOR, "#map-figure svg.worldmap")
    circles = _check_circles(driver, svg)
    _shot(driver.find_element(By.TAG_NAME, "main"), "map-viewer.png")
    target = circles[-1]  # the smallest is drawn last, on top: clickable
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", target)
    target.click()
    WebDriverWait(driver, 10).until(lambda d: "#place-" in d.current_url)
    anchor = driver.current_url.split("#", 1)[1]
    block = driver.find_element(By.ID, anchor)
    assert block.find_elements(By.CSS_SELECTOR, "mark.trigger") and block.find_elements(By.PARTIAL_LINK_TEXT, "")
