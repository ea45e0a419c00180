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


def _generic(vocab, words, sents, text):
    ms, _ = extract_actors(make_doc(vocab, words, sents=sents))
    return find(ms, text)


def test_bare_government_takes_the_dateline_state_where_the_text_speaks_of_it(vocab):
    # "YEREVAN, May 3 - Armenia will hold talks next week. The government said the date was set."
    words = "YEREVAN , May 3 - Armenia will hold talks next week . The government said the date was set ."
    assert _generic(vocab, words.split(), {5, 12}, "The government").code == "ARMGOV"


def test_bare_authorities_far_from_any_mention_of_the_home_state_stay_uncoded(vocab):
    # the article has turned to another state: "the authorities" may be its
    words = (
        "YEREVAN , May 3 - Armenia will hold talks . Iran sent envoys on Monday . "
        "Crowds gathered on Tuesday . The authorities said nothing ."
    ).split()
    m = _generic(vocab, words, {5, 11, 17, 22}, "The authorities")
    assert m is None or m.code is None


def test_bare_government_without_a_dateline_stays_uncoded(vocab):
    words = "Armenia will hold talks next week . The government said the date was set .".split()
    m = _generic(vocab, words, {7}, "The government")
    assert m is None or m.code is None
