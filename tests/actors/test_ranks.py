"""Military and police ranks before a name: the role, not part of the name (lang/en/actors/ranks.tsv)."""

from accord.actors.component import extract_actors
from conftest import find, make_doc


def test_rank_inside_the_parsers_person_is_the_role(vocab):
    # the parser's PERSON often starts at the rank: "Major Arman Testov"
    words = "The battalion 's commander , Major Arman Testov , said the drill went well .".split()
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(5, 8, "PERSON")]))
    m = find(ms, "Major Arman Testov")
    assert (m.name, m.role, m.sector, m.kind) == ("Arman Testov", "Major", "MIL", "person")


def test_multiword_and_police_ranks(vocab):
    words = "Police Colonel Daniyar Testbek and Rear Admiral Oleg Testin met on Monday .".split()
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(0, 4, "PERSON"), (5, 9, "PERSON")]))
    cop = find(ms, "Police Colonel Daniyar Testbek")
    assert (cop.name, cop.sector) == ("Daniyar Testbek", "COP")
    navy = find(ms, "Rear Admiral Oleg Testin")
    assert (navy.name, navy.role, navy.sector) == ("Oleg Testin", "Rear Admiral", "MIL")


def test_a_word_that_is_a_rank_only_before_a_name(vocab):
    # "major" is an adjective elsewhere, and "oil majors" are companies
    words = "A major attack hit the town . Major powers and oil majors reacted .".split()
    ms, _ = extract_actors(make_doc(vocab, words, pos={1: "ADJ", 6: "ADJ"}))
    assert not [m for m in ms if m.text.lower().startswith("major") or "majors" in m.text]
