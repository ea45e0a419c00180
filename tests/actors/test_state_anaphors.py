"""'the kingdom' refers back to the latest kingdom named in its sentence or
the one before (code list 'kingdoms'); not to a state of another kind."""

from accord.actors.component import extract_actors
from conftest import make_doc


def _kingdom(vocab, words, sents):
    ms, _ = extract_actors(make_doc(vocab, words.split(), sents=sents))
    return [m.code for m in ms if m.text == "the kingdom"]


def test_the_kingdom_is_the_kingdom_named_before(vocab):
    words = "Jordan and Iraq signed the deal . Officials said the kingdom would pay ."
    assert _kingdom(vocab, words, {6}) == ["JOR"]


def test_the_kingdom_after_no_kingdom_stays_uncoded(vocab):
    words = "Oman and Iraq signed the deal . Officials said the kingdom would pay ."
    assert _kingdom(vocab, words, {6}) in ([], [None])
