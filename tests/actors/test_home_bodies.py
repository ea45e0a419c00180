"""A state body named without its state takes the dateline's state, or
none: never a fixed foreign one (#17)."""

from accord.actors.component import extract_actors
from conftest import find, make_doc


def _ministry(vocab, first):
    words = [*first, "The", "Ministry", "of", "Defence", "said", "the", "drills", "would", "start", "."]
    ms, _ = extract_actors(make_doc(vocab, words, sents={len(first)}))
    return find(ms, "The Ministry of Defence")


def test_unqualified_ministry_takes_the_dateline_state(vocab):
    assert _ministry(vocab, ["ASTANA", ",", "May", "3", "-"]).code == "KAZMIL"
    assert _ministry(vocab, ["LONDON", ",", "May", "3", "-"]).code == "GBRMIL"


def test_unqualified_ministry_without_a_dateline_stays_uncoded(vocab):
    assert _ministry(vocab, []).code is None
