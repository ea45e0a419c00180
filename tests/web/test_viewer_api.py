import warnings

import duckdb
import pytest
from accord_builders import E, article, make_db

from accord import store
from accord.web.article import article_html

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

HOSTILE = '<script>alert("x")</script>'


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    recs = [
        article(
            "w1",
            "2023-01-10",
            [E("COOPERATE", "USA", "KAZ", "2023-01-10"), E("AID", "RUS", "KAZ", "2023-01-11")],
            title="Joint drills " + HOSTILE,
            quotes=[("We train with everyone " + HOSTILE, "Anna <b>Smith</b>")],
            text_prefix="Intro <img src=x onerror=alert(1)> text.\n",
        ),
        article(
            "w2", "2023-02-10", [E("ACCUSE", "RUS", "USA", "2023-02-10"), E("SUPPORT", "NATO", "ARM", "2023-02-11")]
        ),
        article("w3", "2023-03-10", [E("COOPERATE", "ARM", "USA", "2023-03-10"), E("AID", "RUS", "ARM", "2023-03-12")]),
        article("w/4", "2024-05-01", [E("CONSULT", "KAZ", "CHN", "2024-05-01")], title="slash id"),
    ]
    recs[1].url = "javascript:alert(1)"
    recs[2].url = "https://example.org/a?b=1&c=2"
    return make_db(tmp_path_factory.mktemp("web") / "w.duckdb", recs)


@pytest.fixture(scope="module")
def client(db):
    from accord_builders import StubKnowledge

    from accord.web.app import create_app

    app = create_app(db, knowledge=StubKnowledge())
    with TestClient(app) as c:
        yield c


def test_api_events_paging_and_filters(client):
    r = client.get("/api/events?limit=2&offset=0")
    assert r.status_code == 200
    d = r.json()
    assert d["total"] == 7 and len(d["items"]) == 2 and d["limit"] == 2
    assert client.get("/api/events?limit=2&offset=6").json()["items"][0]["article_id"]
    d = client.get("/api/events?type=COOPERATE").json()
    assert d["total"] == 2 and {i["type"] for i in d["items"]} == {"COOPERATE"}
    assert "sentence" in d["items"][0] and "_evidence" not in d["items"][0]
    d = client.get("/api/events?actor=RUS&recipient=KAZ").json()
    assert [i["type"] for i in d["items"]] == ["AID"]
    d = client.get("/api/events?actor=NATO").json()
    assert d["total"] == 1
    d = client.get("/api/events?since=2023-02-01&until=2023-02-28").json()
    assert {i["date"] for i in d["items"]} == {"2023-02-10", "2023-02-11"}
    d = client.get("/api/events?type=&actor=&recipient=&since=&until=").json()
    assert d["total"] == 7


@pytest.mark.parametrize(
    "url, status",
    [
        ("/api/events?limit=abc", 400),
        ("/api/events?limit=0", 400),
        ("/api/events?limit=100000", 400),
        ("/api/events?offset=-1", 400),
        ("/api/events?since=2023-13-01", 400),
        ("/api/events?type=HUG", 400),
        ("/api/articles/nope", 404),
        ("/api/dyads/XXX/YYY", 404),
        ("/api/alignment?period=week", 400),
        ("/api/nothing-here", 404),
    ],
)
def test_api_errors_are_json(client, url, status):
    r = client.get(url)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["error"]


def test_html_errors_are_pages(client):
    r = client.get("/articles/nope")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "no article with id" in r.text
    r = client.get("/events?since=yesterday")
    assert r.status_code == 400 and "ISO date" in r.text


def test_api_articles(client):
    d = client.get("/api/articles").json()
    assert d["total"] == 4 and {a["id"] for a in d["items"]} == {"w1", "w2", "w3", "w/4"}
    d = client.get("/api/articles", params={"q": "drills"}).json()
    assert [a["id"] for a in d["items"]] == ["w1"]
    d = client.get("/api/articles", params={"q": "100%_"}).json()
    assert d["total"] == 0  # LIKE wildcards in the query are literal
    rec = client.get("/api/articles/w1").json()
    assert rec["id"] == "w1" and rec["quotes"][0]["speaker"]["name"] == "Anna <b>Smith</b>"
    assert len(rec["events"]) == 2 and rec["duplicate_of"] is None
    assert client.get("/api/articles/w/4").json()["title"] == "slash id"


def test_sql_stays_data(client, db):
    for q in ["'; DROP TABLE articles; --", '" OR 1=1 --', "w1' OR '1'='1"]:
        r = client.get("/api/articles", params={"q": q})
        assert r.status_code == 200 and r.json()["total"] == 0
        r = client.get("/api/events", params={"actor": q[:40]})
        assert r.status_code == 200 and r.json()["total"] == 0
    assert client.get("/api/articles").json()["total"] == 4


def test_api_dyads_and_alignment(client):
    d = client.get("/api/dyads").json()
    assert d["by"] == "all" and any(r["actor"] == "USA" and r["recipient"] == "KAZ" for r in d["rows"])
    d = client.get("/api/dyads/RUS/KAZ?by=year").json()
    assert d["rows"][0]["period"] == "2023" and d["rows"][0]["evidence"][0]["article_id"] == "w1"
    d = client.get("/api/alignment?period=year").json()
    arm = [r for r in d["rows"] if r["state"] == "ARM" and r["period"] == "2023"][0]
    assert arm["straddler"] and "NATO-CSTO" in arm["straddles"]
    d = client.get("/api/alignment?period=year&straddlers=1").json()
    assert d["rows"] and all(r["straddler"] for r in d["rows"])
    assert client.get("/api/stats").json()["articles"] == 4


def test_pages_render(client):
    for url in [
        "/",
        "/articles",
        "/articles?q=drills",
        "/events",
        "/events?type=AID&actor=RUS",
        "/dyads",
        "/dyads/USA/KAZ",
        "/dyads/RUS/KAZ?by=year",
        "/alignment",
        "/alignment?period=quarter&straddlers=1",
        "/articles/w/4",
    ]:
        r = client.get(url)
        assert r.status_code == 200, url
        assert r.headers["content-type"].startswith("text/html")


def test_article_page_escapes_and_highlights(client):
    r = client.get("/articles/w1")
    html = r.text
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>Smith</b>" not in html
    assert "&lt;script&gt;alert(" in html and "&lt;img src=x" in html and "Anna &lt;b&gt;Smith&lt;/b&gt;" in html
    assert 'id="q0"' in html and 'id="e0"' in html and 'class="trigger' in html
    assert 'data-ref="e1"' in html  # the side list links to the spans
    # every other page with article text
    for url in ["/articles", "/events", "/dyads/USA/KAZ", "/articles?q=drills"]:
        assert "<script>alert" not in client.get(url).text


def test_static_files_only_from_the_package(client):
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/app.js").status_code == 200
    for url in [
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/static/%2e%2e%2f%2e%2e%2fstore.py",
        "/static//etc/passwd",
        "/static/templates/base.html",
    ]:
        r = client.get(url)
        assert r.status_code == 404, url
        # the viewer's own 404 page, and nothing of the file asked for
        # (Python source, a raw template, a system file)
        assert "<title>404 \u00b7" in r.text, url
        for leak in ("def ", "import ", "{%", "root:"):
            assert leak not in r.text, (url, leak)


def test_article_html_offsets():
    rec = article("x", "2023-01-01", [E("AID", "RUS", "KAZ", "2023-01-01")], quotes=[("Hi <there>", "Bo")]).to_dict()
    html = str(article_html(rec))
    assert '<span id="e0" class="trigger' in html
    assert "Hi &lt;there&gt;" in html
    # the quote, its cue and its speaker (also mention 2) all point at quote 0
    assert 'data-refs="q0">\u201cHi &lt;there&gt;,\u201d</span>' in html
    assert 'data-refs="q0">said</span>' in html
    assert 'data-refs="m2 q0">Bo</span>' in html


def test_read_only(db):
    con = store.connect(db, read_only=True)
    try:
        with pytest.raises(duckdb.Error):
            con.execute("DELETE FROM articles")
    finally:
        con.close()


def test_concurrent_requests_on_a_live_server(db):
    """uvicorn runs the sync views in a thread pool: each request gets its own cursor."""
    import json
    import socket
    import threading
    import time
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor

    import uvicorn
    from accord_builders import StubKnowledge

    from accord.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(
        uvicorn.Config(create_app(db, knowledge=StubKnowledge()), host="127.0.0.1", port=port, log_level="warning")
    )
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/api/stats", timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        urls = [
            base + u
            for u in (
                "/api/events?limit=3",
                "/api/alignment",
                "/api/dyads",
                "/api/articles/w1",
                "/events",
                "/articles/w1",
            )
        ] * 6

        def get(u):
            with urllib.request.urlopen(u, timeout=10) as r:
                body = r.read()
                return r.status, (json.loads(body) if "/api/" in u else None)

        with ThreadPoolExecutor(8) as ex:
            results = list(ex.map(get, urls))
        assert all(status == 200 for status, _ in results)
        assert all(d["total"] == 7 for (s, d), u in zip(results, urls) if u.endswith("limit=3"))
    finally:
        srv.should_exit = True
        th.join(timeout=5)


def test_only_web_links_are_links(client):
    assert 'href="javascript:' not in client.get("/articles/w2").text
    assert 'href="https://example.org/a?b=1&amp;c=2"' in client.get("/articles/w3").text
