"""Each article's language in the viewer (issue #19): the articles list and
page show it, the list filters on it, and a store made before the
``articles.language`` column still opens."""

import warnings

import duckdb
import pytest
from accord_builders import E, article, make_db

from accord import store
from accord.report.languages import language_counts

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


def _records():
    recs = [
        article("en1", "2024-01-10", [E("COOPERATE", "USA", "KAZ", "2024-01-10")], title="Joint drills"),
        article("ru1", "2024-02-10", [E("ACCUSE", "RUS", "USA", "2024-02-10")], title="Учения ОДКБ"),
        article("ru2", "2024-03-10", [E("AID", "RUS", "TJK", "2024-03-10"), E("CONSULT", "RUS", "KAZ", "2024-03-11")]),
        article("kk1", "2024-04-10", []),
    ]
    for rec, lang in zip(recs, ("en", "ru", "ru", None)):
        rec.language = lang
    return recs


def _client(db):
    from accord_builders import StubKnowledge

    from accord.web.app import create_app

    return TestClient(create_app(db, knowledge=StubKnowledge()))


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("lang") / "l.duckdb", _records())


@pytest.fixture(scope="module")
def old_db(tmp_path_factory):
    """A store as written before the language column: no column, and
    records without the field."""
    path = make_db(tmp_path_factory.mktemp("old") / "o.duckdb", _records())
    con = duckdb.connect(path)
    con.execute("ALTER TABLE articles DROP COLUMN language")
    con.execute("UPDATE articles SET record = json_object('id', id, 'text', text) WHERE id = 'ru2'")
    con.close()
    return path


def test_articles_list_shows_and_filters_language(db):
    with _client(db) as c:
        d = c.get("/api/articles").json()
        assert {i["id"]: i["language"] for i in d["items"]} == {"en1": "en", "ru1": "ru", "ru2": "ru", "kk1": None}
        assert d["languages"] == [
            {"language": "ru", "articles": 2},
            {"language": "en", "articles": 1},
            {"language": "unknown", "articles": 1},
        ]
        ru = c.get("/api/articles?language=ru").json()
        assert ru["total"] == 2 and {i["id"] for i in ru["items"]} == {"ru1", "ru2"}
        assert [i["id"] for i in c.get("/api/articles?language=unknown").json()["items"]] == ["kk1"]
        assert c.get("/api/articles?language=ru&q=ОДКБ").json()["total"] == 1
        page = c.get("/articles?language=ru")
        assert page.status_code == 200
        assert '<option value="ru" selected>ru (2)</option>' in page.text
        assert '<td class="lang">ru</td>' in page.text and '<td class="lang">en</td>' not in page.text


def test_article_page_shows_language(db):
    with _client(db) as c:
        assert c.get("/api/articles/ru1").json()["language"] == "ru"
        assert '<span id="language">ru</span>' in c.get("/articles/ru1").text
        assert '<span id="language">unknown</span>' in c.get("/articles/kk1").text


def test_store_without_language_column(old_db):
    with _client(old_db) as c:
        d = c.get("/api/articles").json()
        # the records that carry the field still tell it; the rewritten one does not
        assert {i["id"]: i["language"] for i in d["items"]} == {"en1": "en", "ru1": "ru", "ru2": None, "kk1": None}
        assert c.get("/api/articles?language=unknown").json()["total"] == 2
        assert c.get("/articles/ru1").status_code == 200
    con = store.connect(old_db, read_only=True)
    try:
        assert {r["language"]: r["articles"] for r in language_counts(con)} == {"unknown": 2, "en": 1, "ru": 1}
    finally:
        con.close()
