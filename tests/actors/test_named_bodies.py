"""A university or institute named after a person is a body, not the person (actors.pieces)."""

from accord.actors.component import extract_actors
from conftest import find, make_doc


def test_university_named_after_a_person_is_one_body(vocab):
    words = "A historian at Carlos Lima University said the plan was weak .".split()
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(3, 6, "ORG")]))
    m = find(ms, "Carlos Lima University")
    assert (m.kind, m.sector) == ("org", "EDU")
    assert not [x for x in ms if x.kind == "person" and "Lima" in (x.name or "")]


def test_surname_of_a_person_named_before_stays_in_the_universitys_name(vocab):
    words = "Ilyas Testbayev opened the campus . Students at the Testbayev University protested .".split()
    ents = [(0, 2, "PERSON"), (8, 11, "ORG")]
    ms, _ = extract_actors(make_doc(vocab, words, ents=ents))
    uni = find(ms, "the Testbayev University")
    assert (uni.kind, uni.sector) == ("org", "EDU")
    assert [x.text for x in ms if x.kind == "person"] == ["Ilyas Testbayev"]


def test_a_place_institute_keeps_its_place(vocab):
    words = "A fellow at the Yerevan Institute said so .".split()
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(3, 6, "ORG")]))
    assert find(ms, "the Yerevan Institute").country == "ARM"
