"""A title that names a body without its state ("Defence Ministry spokesman")
takes the coded body named before whose name has the title's words, in
either order ("Latvia's Ministry of Defence"); KAZBRIG is Kazakhstan's."""

from accord.actors.component import extract_actors
from conftest import find, make_doc


def _person(vocab, words, name):
    words = words.split()
    i = words.index(name.split()[0])
    pos = {words.index("spokesman"): "NOUN"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=[(i, i + 2, "PERSON")]))
    return next(m for m in ms if m.name == name)


def test_title_body_words_in_the_other_order(vocab):
    words = "Latvia 's Ministry of Defence planned drills . Defence Ministry spokesman Ivars Berzins said so ."
    assert _person(vocab, words, "Ivars Berzins").code == "LVAMIL"


def test_title_body_words_pick_the_body_that_has_them_all(vocab):
    words = (
        "Latvia 's Ministry of Defence planned drills . Estonia 's Foreign Ministry objected . "
        "Defence Ministry spokesman Ivars Berzins said so ."
    )
    assert _person(vocab, words, "Ivars Berzins").country == "LVA"


def test_kazbrig_is_kazakh_military(vocab):
    ms, _ = extract_actors(make_doc(vocab, "KAZBRIG sent officers to the drills .".split()))
    assert find(ms, "KAZBRIG").code == "KAZMIL"
