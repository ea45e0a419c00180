"""The whole extraction: mentions in text order with offsets that match the text (hand-built Docs, no model)."""

from accord.actors.component import extract_mentions
from conftest import make_doc


def mentions(vocab, text, **kw):
    return extract_mentions(make_doc(vocab, text, **kw))


def test_mentions_sorted_and_offsets_match_text(vocab):
    doc = make_doc(vocab, "Russia and China held talks in Beijing with NATO .")
    ms = extract_mentions(doc)
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    for m in ms:
        assert doc.text[m.start : m.end] == m.text
