"""Pieces: lexicon matches and entities (person entities holding a title, a body word and its own name)."""

from accord.actors.component import extract_actors
from conftest import find, make_doc


def test_given_name_left_out_of_the_person_entity_after_a_title(vocab):
    # spaCy found only the surname; the given name after the title is the person's,
    # not part of the title (and not a reason to pick another person of that surname)
    words = "Lieutenant Colonel Aidos Testylykov , who commands the brigade , spoke .".split()
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(3, 4, "PERSON")]))
    m = find(ms, "Lieutenant Colonel Aidos Testylykov")
    assert m.name == "Aidos Testylykov" and m.role == "Lieutenant Colonel"


def test_second_title_in_a_row_is_a_given_name(vocab):
    # "Deputy Defence Minister Sultan Testov": Sultan is his given name, not his title
    words = "Deputy Defence Minister Sultan Testov told reporters the drills were defensive .".split()
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(3, 5, "PERSON")]))
    person = find(ms, "Deputy Defence Minister Sultan Testov")
    assert (person.name, person.role) == ("Sultan Testov", "Deputy Defence Minister")


def test_body_word_followed_by_its_own_name_is_one_body(vocab):
    # "India's Ministry of External Affairs": the dictionary knows "Ministry", not the name after it;
    # a country after "of" stays a country ("Ministry of Defense of Armenia")
    words = (
        "India 's Ministry of External Affairs said the posts were hit . The Ministry of Defense of Armenia denied it ."
    ).split()
    ms, _ = extract_actors(make_doc(vocab, words))
    mea = find(ms, "India's Ministry of External Affairs")
    assert (mea.name, mea.code) == ("India's Ministry of External Affairs", "INDGOV")
    assert find(ms, "The Ministry of Defense of Armenia").country == "ARM"


def test_body_word_before_a_weekday_is_not_a_longer_name(vocab):
    words = "The Kazakh Foreign Ministry issued a note . The ministry on Monday rejected the claims .".split()
    ms, _ = extract_actors(
        make_doc(vocab, words, pos={1: "ADJ"}, ents=[(words.index("Monday"), words.index("Monday") + 1, "DATE")])
    )
    later = find(ms, "The ministry")
    assert (later.name, later.code) == ("Kazakh Foreign Ministry", "KAZGOV")


def test_group_with_a_dated_change_of_status_is_the_group_as_such_without_a_date(vocab):
    # the Taliban govern Afghanistan from 2021-08-15: an undated article is not assumed to be after it
    words = "The Taliban seized two districts in the north .".split()
    undated = find(extract_actors(make_doc(vocab, words, pos={2: "VERB"}))[0], "The Taliban")
    assert (undated.code, undated.sector) == ("AFGINS", "INS")
    dated = find(extract_actors(make_doc(vocab, words, pos={2: "VERB"}, published="2023-01-05"))[0], "The Taliban")
    assert dated.code == "AFGGOV"


def test_a_state_name_the_reference_dictionary_lists_as_a_person_is_a_state(vocab):
    words = "A regional force in South Sudan will be expanded .".split()
    m = find(extract_actors(make_doc(vocab, words, published="2020-01-01"))[0], "South Sudan")
    assert (m.kind, m.code) == ("state", "SSD")
