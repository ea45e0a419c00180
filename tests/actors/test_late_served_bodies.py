"""'X, a spokesman for the Cabinet of Ministers,': the body named again takes
the state of the one named before, and the role and the person take it."""

from accord.actors.component import extract_actors
from conftest import make_doc


def test_apposition_body_named_again_gives_the_person_its_state(vocab):
    words = (
        "The Latvian Cabinet of Ministers met . Ivars Berzins , a spokesman for the Cabinet of Ministers , said so ."
    ).split()
    pos = {words.index("spokesman"): "NOUN", words.index("met"): "VERB"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=[(7, 9, "PERSON")]))
    person = next(m for m in ms if m.name == "Ivars Berzins")
    assert person.country == "LVA"


def test_apposition_body_never_named_before_leaves_the_person_uncoded(vocab):
    words = "Ivars Berzins , a spokesman for the Cabinet of Ministers , said so .".split()
    ms, _ = extract_actors(make_doc(vocab, words, pos={4: "NOUN"}, ents=[(0, 2, "PERSON")]))
    person = next(m for m in ms if m.name == "Ivars Berzins")
    assert person.country is None
