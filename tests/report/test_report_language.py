"""The report's summary counts articles, events and quotes by language (issue #19)."""

import re

from accord_builders import E, article, make_db

from accord import store
from accord.report.build import build_report
from accord.report.languages import language_counts


def test_summary_counts_by_language(tmp_path, stub_knowledge):
    recs = [
        article("e1", "2024-01-10", [E("COOPERATE", "USA", "KAZ", "2024-01-10")], quotes=[("We train", "Anna Smith")]),
        article("r1", "2024-02-10", [E("ACCUSE", "RUS", "USA", "2024-02-10"), E("AID", "RUS", "TJK", "2024-02-11")]),
        article("r2", "2024-02-10", [E("ACCUSE", "RUS", "USA", "2024-02-10")]),
    ]
    for rec, lang in zip(recs, ("en", "ru", "ru")):
        rec.language = lang
    db = make_db(tmp_path / "l.duckdb", recs, duplicates={"r2": "r1"})
    con = store.connect(db, read_only=True)
    try:
        counts = language_counts(con)
        html = build_report(con, knowledge=stub_knowledge)
    finally:
        con.close()
    assert counts == [
        {"language": "en", "articles": 1, "near_duplicates": 0, "events": 1, "quotes": 1},
        {"language": "ru", "articles": 1, "near_duplicates": 1, "events": 3, "quotes": 0},
    ]
    table = re.search(r'<table id="by-language".*?</table>', html, re.S).group(0)
    rows = re.findall(r"<tr><td>(\w+)</td><td class=\"num\">([^<]+)</td><td class=\"num\">(\d+)</td>", table)
    assert rows == [("en", "1", "1"), ("ru", "1 (+1 near-duplicates)", "3")]
