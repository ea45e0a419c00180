import re

import pytest
from accord_builders import E, article, make_db
from click.testing import CliRunner

from accord import store
from accord.analysis import membership
from accord.cli import cli
from accord.errors import AccordError
from accord.report.build import auto_period, build_report
from accord.report.html import highlight

HOSTILE = '<script>alert("x")</script>'


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    recs = [
        article(
            "r1",
            "2023-01-10",
            [
                E("COOPERATE", "USA", "KAZ", "2023-01-10", words="near <img src=x onerror=alert(1)>"),
                E("AID", "RUS", "KAZ", "2023-01-11"),
            ],
            title=HOSTILE,
            quotes=[(HOSTILE + " & more", "Anna </script> Smith")],
        ),
        article(
            "r2", "2023-02-10", [E("ACCUSE", "RUS", "USA", "2023-02-10"), E("SUPPORT", "NATO", "ARM", "2023-02-11")]
        ),
        article(
            "r3",
            "2023-03-10",
            [E("COOPERATE", "ARM", "USA", "2023-03-10"), E("AID", "RUS", "ARM", "2023-03-12")],
            text_prefix=HOSTILE + "\n",
        ),
        article(
            "r4", "2024-05-01", [E("CONSULT", "KAZ", "CHN", "2024-05-01"), E("THREATEN", "RUS", "ARM", "2024-05-02")]
        ),
    ]
    return make_db(tmp_path_factory.mktemp("rep") / "r.duckdb", recs)


@pytest.fixture
def html(db, stub_knowledge):
    con = store.connect(db, read_only=True)
    try:
        return build_report(con, knowledge=stub_knowledge, source="r.duckdb")
    finally:
        con.close()


def test_self_contained_and_charts(html):
    assert html.count("<svg") >= 4  # events over time, dyads, network, alignment over time
    for bad in ('src="http', "src='http", 'href="http', "@import", "url(http", "<link", "<script"):
        assert bad not in html
    for section in ("summary", "timeline", "dyads", "network", "alignment", "straddlers", "evidence"):
        assert f'id="{section}"' in html


def test_article_text_is_escaped(html):
    assert "alert(" in html  # the hostile text is shown ...
    assert "<script>alert" not in html and "<img src=x" not in html  # ... as text
    assert "&lt;script&gt;alert(" in html and "&lt;img src=x" in html


def test_every_link_has_its_evidence(html):
    ids = set(re.findall(r'id="([^"]+)"', html))
    links = set(re.findall(r'href="#([^"]+)"', html))
    assert links and links <= ids
    assert '<mark class="trigger">cooperate</mark>' in html
    # the straddler (Armenia 2023: exercises with the US, arms from Russia) and its evidence
    assert 'id="ev-s-ARM-2023_Q1"' in html  # quarters: under two years of data


def test_without_membership_data(db, monkeypatch):
    def missing():
        raise AccordError("bloc membership data is not available (test)")

    monkeypatch.setattr(membership, "load_knowledge", missing)
    con = store.connect(db, read_only=True)
    try:
        html = build_report(con)
    finally:
        con.close()
    assert "bloc membership data is not available" in html and html.count("<svg") >= 3


def test_empty_store(tmp_path, stub_knowledge):
    con = store.connect(make_db(tmp_path / "e.duckdb", []), read_only=True)
    try:
        html = build_report(con, knowledge=stub_knowledge)
    finally:
        con.close()
    assert "No dated events" in html


def test_highlight_overlaps_and_escapes():
    text = "a <b> & c"
    out = highlight(text, [{"start": 0, "end": 5, "cls": "x", "title": '"q"'}, {"start": 2, "end": 9, "cls": "y"}])
    assert str(out) == (
        '<span class="x" title="&#34;q&#34;">a </span><span class="x y" title="&#34;q&#34;">'
        '&lt;b&gt;</span><span class="y"> &amp; c</span>'
    )


def test_auto_period():
    assert auto_period("2023-01-01", "2023-12-31") == "month"
    assert auto_period("2019-01-01", "2024-12-31") == "quarter"
    assert auto_period("2000-01-01", "2024-12-31") == "year"


def test_cli(db, tmp_path, use_stub_knowledge):
    out = tmp_path / "report.html"
    r = CliRunner().invoke(cli, ["report", "--db", db, "-o", str(out), "--quiet"])
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
