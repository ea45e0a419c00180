"""End to end: the viewer in headless Chromium (Debian's chromium and
chromium-driver; `make test` installs them). Skips, saying why, without them."""

import os
import shutil
import socket
import threading
import time
import urllib.request

import pytest
from accord_builders import E, StubKnowledge, article, make_db

CHROMEDRIVER = "/usr/bin/chromedriver"


def _chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


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


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from accord.web.app import create_app

    recs = [
        article(
            "b1",
            "2023-09-12",
            [E("COOPERATE", "ARM", "USA", "2023-09-11"), E("ACCUSE", "RUS", "ARM", "2023-09-12")],
            title="Armenia hosts drills <script>window.pwned=1</script>",
            quotes=[("Armenia decides for itself <b>whom</b> it trains with", "Armen Grigoryan")],
        ),
        article("b2", "2023-10-01", [E("AID", "RUS", "ARM", "2023-10-01"), E("SANCTION", "USA", "RUS", "2023-10-02")]),
        article("b3", "2024-01-05", [E("COOPERATE", "USA", "KAZ", "2024-01-05")]),
    ]
    db = make_db(tmp_path_factory.mktemp("browser") / "b.duckdb", recs)
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
        "--window-size=1280,900",
    ):
        opts.add_argument(a)
    d = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    d.set_page_load_timeout(30)
    yield d
    d.quit()


def test_article_page_highlights(server, driver):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    driver.get(server + "/articles/b1")
    assert "<script>" in driver.find_element(By.ID, "title").text  # shown as text ...
    assert driver.execute_script("return window.pwned === undefined")  # ... never run
    quote = driver.find_element(By.CSS_SELECTOR, "#text .quote")
    assert "Armen Grigoryan" in quote.get_attribute("title")
    assert "<b>whom</b>" in driver.find_element(By.ID, "text").text
    trig = driver.find_element(By.CSS_SELECTOR, "#text .trigger")
    assert trig.text == "cooperate" and "COOPERATE" in trig.get_attribute("title")
    # hovering the event in the side list lights up its spans in the text
    item = driver.find_element(By.CSS_SELECTOR, 'li[data-ref="e0"]')
    ActionChains(driver).move_to_element(item).perform()
    from selenium.webdriver.support.ui import WebDriverWait

    lit = WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#text .hl"))
    assert lit and any(el.text == "cooperate" for el in lit)


def _submit(driver):
    """Submit the filter form and wait for the new page."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    old = driver.find_element(By.ID, "events-table")

    def gone(_):
        # the old page's table is detached: Chrome reports it as stale or, while
        # the new document loads, as "Node ... does not belong to the document"
        try:
            old.is_enabled()
            return False
        except WebDriverException:
            return True

    driver.find_element(By.ID, "f-submit").click()
    WebDriverWait(driver, 15).until(gone)
    WebDriverWait(driver, 15).until(EC.presence_of_element_located((By.ID, "count")))
    return driver.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row")


def test_events_table_filters(server, driver):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver.get(server + "/events")
    rows = driver.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row")
    assert len(rows) == 5
    Select(driver.find_element(By.ID, "f-type")).select_by_value("COOPERATE")
    rows = _submit(driver)
    assert len(rows) == 2 and {r.get_attribute("data-type") for r in rows} == {"COOPERATE"}
    actor = driver.find_element(By.ID, "f-actor")
    actor.clear()
    actor.send_keys("usa")
    rows = _submit(driver)
    assert len(rows) == 1 and "USA → KAZ" in rows[0].text
    # follow the row to its article, straight to the event
    rows[0].find_element(By.PARTIAL_LINK_TEXT, "article b3").click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 15).until(lambda d: d.current_url.endswith("/articles/b3#e0"))
    assert driver.find_element(By.ID, "e0").text == "cooperate"
