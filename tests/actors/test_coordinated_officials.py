"""A list of titled officials shares the one state its coded members have:
"Latvian Defence Minister A, Energy Minister B and Interior Minister C"; a list
of several states' officials gives the untitled-by-state one none."""

from accord.actors.component import extract_mentions
from conftest import find, make_doc


def _mentions(vocab, words, ents):
    return extract_mentions(make_doc(vocab, words.split(), ents=ents, pos={len(words.split()) - 2: "VERB"}))


def test_officials_listed_with_a_coded_one_share_its_state(vocab):
    words = (
        "Latvian Defence Minister Janis Ozols , Energy Minister Peteris Kalns and Interior Minister Ivars Liepa met ."
    )
    ms = _mentions(vocab, words, [(3, 5, "PERSON"), (8, 10, "PERSON"), (13, 15, "PERSON")])
    assert find(ms, "Energy Minister Peteris Kalns").country == "LVA"
    assert find(ms, "Interior Minister Ivars Liepa").country == "LVA"


def test_a_list_of_several_states_officials_gives_none(vocab):
    words = "Latvian Defence Minister Janis Ozols , Estonian Defence Minister Karl Tamm and Energy Minister Ivars Liepa met ."
    ms = _mentions(vocab, words, [(3, 5, "PERSON"), (9, 11, "PERSON"), (14, 16, "PERSON")])
    assert find(ms, "Energy Minister Ivars Liepa").country is None
