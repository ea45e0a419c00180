"""A national body's acronym the dictionary gives no state ("the KGB",
"GKNB": several states have one) takes the dateline's state, as its spelled
out name does (accord.actors.home)."""

from accord.actors.component import extract_actors
from conftest import find, make_doc


def test_acronym_takes_the_datelines_state(vocab):
    ms, _ = extract_actors(make_doc(vocab, "MINSK , September 24 - Two men were detained , the KGB said ."))
    assert find(ms, "the KGB").code == "BLRSPY"
    ms, _ = extract_actors(make_doc(vocab, "BISHKEK , April 9 - The GKNB said it held three men ."))
    assert find(ms, "The GKNB").code == "KGZSPY"


def test_acronym_without_a_dateline_stays_uncoded(vocab):
    ms, _ = extract_actors(make_doc(vocab, "Two men were detained , the KGB said ."))
    assert find(ms, "the KGB").code is None
