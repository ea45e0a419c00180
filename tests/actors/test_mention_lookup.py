"""accord.actors.mentions_in / mention_at over the Doc's sorted mentions
(binary search), against a plain scan."""

import random

import spacy

from accord.actors import mention_at, mentions_in
from accord.nlp import register_extensions
from accord.record import Mention


def _doc(mentions):
    register_extensions()
    doc = spacy.blank("en")("word " * 200)
    doc._.mentions = mentions
    return doc


def _scan(mentions, s, e):
    return [m for m in mentions if m.start < e and m.end > s]


def test_mentions_in_matches_a_scan_with_nested_and_long_mentions():
    rnd = random.Random(7)
    spans = sorted({(a, a + rnd.choice([1, 2, 5, 40, 120])) for a in rnd.sample(range(900), 60)})
    mentions = [Mention(a, b, "x" * (b - a)) for a, b in spans]
    doc = _doc(mentions)
    for _ in range(500):
        s = rnd.randrange(0, 1000)
        e = s + rnd.randrange(0, 60)
        assert mentions_in(doc, s, e) == _scan(mentions, s, e), (s, e)


def test_a_new_list_of_mentions_is_indexed_anew():
    doc = _doc([Mention(0, 4, "word")])
    assert [m.start for m in mentions_in(doc, 0, 10)] == [0]
    doc._.mentions = [Mention(5, 9, "word"), Mention(10, 14, "word")]
    assert [m.start for m in mentions_in(doc, 0, 10)] == [5]
    assert mention_at(doc, 10, 14).start == 10
    doc._.mentions = []
    assert mentions_in(doc, 0, 10) == [] and mention_at(doc, 0, 10) is None


def test_the_index_is_built_once_and_kept_on_the_doc():
    from accord.actors import index_mentions

    doc = _doc([Mention(0, 4, "word"), Mention(5, 9, "word")])
    index = index_mentions(doc)
    assert doc._.mention_index is index and index.starts == [0, 5]
    mentions_in(doc, 0, 10)
    assert doc._.mention_index is index  # the same list: not built again


def test_a_mention_replaced_in_place_is_indexed_anew():
    doc = _doc([Mention(0, 4, "word"), Mention(5, 9, "word")])
    assert [m.start for m in mentions_in(doc, 0, 10)] == [0, 5]
    doc._.mentions[-1] = Mention(20, 24, "word")
    assert [m.start for m in mentions_in(doc, 0, 10)] == [0]
