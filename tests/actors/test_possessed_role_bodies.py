"""'X, head of the ministry's press service,': the role's body named by
'the ministry's' is the coded ministry named before; none named, none taken."""

from accord.actors.component import extract_actors
from conftest import make_doc


def _person(vocab, words, name):
    words = words.split()
    i = words.index(name.split()[0])
    tags = {k: "POS" for k, w in enumerate(words) if w == "'s"}
    pos = {words.index("said"): "VERB"}
    ms, _ = extract_actors(make_doc(vocab, words, tags=tags, pos=pos, ents=[(i, i + 2, "PERSON")]))
    return next(m for m in ms if m.name == name)


def test_role_body_named_by_the_noun_takes_the_ministry_named_before(vocab):
    words = (
        "Latvia 's Defence Ministry planned drills . Ivars Berzins , head of the ministry 's press service , said so ."
    )
    assert _person(vocab, words, "Ivars Berzins").country == "LVA"


def test_role_body_with_no_ministry_named_before_stays_uncoded(vocab):
    words = "Crowds gathered . Ivars Berzins , head of the ministry 's press service , said so ."
    assert _person(vocab, words, "Ivars Berzins").country is None
