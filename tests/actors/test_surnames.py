"""A lone surname takes a dictionary person's code only with support; a
region's name is no one's surname."""

from accord.actors.component import extract_actors
from accord.actors.lexicon import get_lexicon
from accord.actors.parts import Draft
from accord.actors.surnames import is_region_name, pick_surname
from conftest import find, make_doc

# Hakim Taniwal: a minister of the reference dictionary (Afghanistan, 2004), the one person of that surname


def test_lone_surname_of_a_long_gone_reference_person_is_no_one():
    lex = get_lexicon()
    assert pick_surname(lex, "taniwal", Draft(0, 0), "2020-05-01") is None


def test_lone_surname_in_the_persons_term_or_after_a_title_or_undated_still_resolves():
    lex = get_lexicon()
    assert pick_surname(lex, "taniwal", Draft(0, 0), "2004-08-01") == "Hakim Taniwal"
    assert pick_surname(lex, "taniwal", Draft(0, 0, role="Minister"), "2020-05-01") == "Hakim Taniwal"
    assert pick_surname(lex, "taniwal", Draft(0, 0), None) == "Hakim Taniwal"


def test_region_name_is_no_surname():
    lex = get_lexicon()
    assert is_region_name("Sahel") and is_region_name("the Balkans")
    assert not is_region_name("Taniwal")
    assert pick_surname(lex, "sahel", Draft(0, 0), "2006-01-01") is None


def test_region_the_parser_took_for_a_person_modifies_a_body_without_a_state(vocab):
    # a dictionary minister of 2004-2008 is surnamed Sahel: "Sahel juntas" in 2026 is not their government
    words = "Sahel juntas agreed on a joint force .".split()
    doc = make_doc(vocab, words, pos={2: "VERB"}, ents=[(0, 1, "PERSON")], published="2026-11-26")
    ms, _ = extract_actors(doc)
    assert find(ms, "Sahel juntas").code is None


def test_the_region_tagged_a_person_is_no_person(vocab):
    words = "Moscow has overseen military ties with the Sahel since 2023 .".split()
    doc = make_doc(vocab, words, pos={1: "VERB", 2: "VERB"}, ents=[(6, 8, "PERSON")], published="2026-11-26")
    ms, _ = extract_actors(doc)
    sahel = [m for m in ms if "Sahel" in m.text]
    assert sahel and all(m.kind != "person" and m.code is None for m in sahel)
