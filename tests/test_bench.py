"""`accord bench` runs and prints its figures as one JSON line (no timed
assertions: the figures depend on the machine)."""

import json

import pytest
from click.testing import CliRunner

from accord.cli import cli

TEXTS = [
    "Kazakhstan and Russia held talks in Astana on Monday, officials said.",
    "The Chinese foreign minister met his Pakistani counterpart in Beijing.",
    '"We will not accept this," the spokesman told reporters in Moscow on Friday.',
]

KEYS = {"articles", "words", "accord_articles_per_s", "spacy_articles_per_s", "ratio", "peak_rss_mb"}


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "tiny.jsonl"
    path.write_text("".join(json.dumps({"id": f"t{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)))
    return path


def _figures(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.model
def test_bench_prints_the_figures(corpus):
    res = CliRunner().invoke(cli, ["bench", "--corpus", str(corpus), "--batch-size", "2", "--quiet"])
    f = _figures(res)
    assert KEYS <= set(f)
    assert f["articles"] == 3 and f["words"] == sum(len(t.split()) for t in TEXTS)
    assert f["ratio"] > 0 and f["peak_rss_mb"] > 0
    assert "workers_speedup" not in f
    assert set(f["components"]) >= {"accord_actors", "accord_quotes", "accord_events"}


@pytest.mark.model
def test_bench_with_workers_and_limit(corpus):
    res = CliRunner().invoke(
        cli, ["bench", "--corpus", str(corpus), "--workers", "2", "--limit", "2", "--no-components", "--quiet"]
    )
    f = _figures(res)
    assert KEYS | {"workers_speedup", "peak_rss_mb_per_worker", "workers"} <= set(f)
    assert f["articles"] == 2 and f["workers"] == 2
    assert 0 < f["peak_rss_mb_per_worker"] < 2000
    assert "components" not in f


def test_bench_is_documented():
    res = CliRunner().invoke(cli, ["bench", "--help"])
    assert res.exit_code == 0 and "Example:" in res.output and "--corpus" in res.output
