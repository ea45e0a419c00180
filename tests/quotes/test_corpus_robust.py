"""No article of PolNeAR dev or the sample corpus makes the quote component
fail. Set ACCORD_FULL_CORPUS=1 to add PolNeAR train (about 840 more
articles, several minutes): it was run that way when the component landed."""

import os
from pathlib import Path

import pytest

from accord.text import normalize_marks

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data" / "polnear"


def _texts():
    splits = ("train", "dev") if os.environ.get("ACCORD_FULL_CORPUS") else ("dev",)
    for split in splits:
        d = SHARED / split / "text"
        if d.is_dir():
            for p in sorted(d.glob("*.txt")):
                yield p.name, p.read_text(encoding="utf-8")
    sample = ROOT / "data" / "sample"
    if sample.is_dir():
        from accord.readers import RawArticle, read

        for item in read([str(sample)]):  # the production readers (encodings, HTML, JSONL...)
            if isinstance(item, RawArticle):
                yield item.source or item.id, item.text


@pytest.mark.slow
@pytest.mark.model
def test_no_article_makes_quotes_fail():
    from accord.nlp import load_model, register_components
    from accord.quotes.extract import extract_quotes

    register_components()
    items = list(_texts())
    if not items:
        pytest.skip("no corpus found")
    nlp = load_model()
    actors = nlp.add_pipe("accord_actors")
    nlp.remove_pipe("accord_actors")
    failures = []
    texts = (normalize_marks(t) for _, t in items)
    for (name, _), doc in zip(items, nlp.pipe(texts, batch_size=32)):
        actors(doc)
        try:
            qs = extract_quotes(doc)
        except Exception as e:  # collect them all, then fail
            failures.append(f"{name}: {type(e).__name__}: {e}")
            continue
        for q in qs:
            assert doc.text[q.start : q.end] == q.text, name
            assert 0 <= q.start < q.end <= len(doc.text), name
            if q.speaker is not None:
                assert doc.text[q.speaker.start : q.speaker.end] == q.speaker.text, name
    assert not failures, failures[:10]
