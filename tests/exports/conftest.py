"""A small hand-made store for the export tests (builders in tests/analysis)."""

from __future__ import annotations

import pytest
from accord_builders import E, article, make_db

from accord.record import Location


def _records():
    ulaanbaatar = {"location": Location("Ulaanbaatar", "MNG"), "cameo": "062", "context": ["military"]}
    a1 = article(
        "a1",
        "2023-06-20",
        [
            E("COOPERATE", "USA", "MNG", "2023-06-19", words="in exercises", extra=ulaanbaatar),
            E("ACCUSE", "RUS", "USA", "2023-06-19", negated=True, extra={"cameo": "112"}),
            E("THREATEN", "PRK", "KOR", "2023-06-19", extra={"future": True, "cameo": "138"}),
        ],
    )
    a1.url = "https://news.test/a1"
    # the same exercise, the same day, in another outlet's article: one row, two articles, two sources
    a2 = article("a2", "2023-06-21", [E("COOPERATE", "USA", "MNG", "2023-06-19", extra=ulaanbaatar)])
    a2.outlet, a2.url = "Other Wire", "https://other.test/a2"
    # a syndicated copy of a1 (near-duplicate): left out
    a3 = article("a3", "2023-06-20", [E("COOPERATE", "USA", "MNG", "2023-06-19", extra=ulaanbaatar)])
    # the next day: a row of its own; dated by publication only
    a4 = article("a4", "2023-06-20", [E("SANCTION", "USA", "RUS", None, extra={"cameo": "163"})])
    a4.outlet = None
    # no date at all: left out
    a5 = article("a5", None, [E("CONSULT", "KAZ", "CHN", None)])
    return [a1, a2, a3, a4, a5]


@pytest.fixture
def store(tmp_path):
    return make_db(tmp_path / "exports.duckdb", _records(), duplicates={"a3": "a1"})
