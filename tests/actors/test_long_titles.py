"""Persons named after long official titles in translated press (#17): a
surname tagged a place, a hyphenated title, a role's remit before the name,
a hyphenated given name after a mission's state, and a given name that
leads a long body's entity."""

from accord.actors.component import extract_actors
from conftest import make_doc


def _persons(ms):
    return [m for m in ms if m.kind == "person"]


def test_surname_tagged_a_place_after_a_given_name_is_a_person(vocab):
    words = "Minister of Defence of Georgia Tengiz Testadze said the talks would go on .".split()
    k = words.index("Testadze")
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(4, 5, "GPE"), (k, k + 1, "GPE")]))
    m = next(m for m in _persons(ms))
    assert m.name == "Tengiz Testadze"
    assert m.role and m.role.startswith("Minister") and m.country == "GEO"


def test_place_entity_without_a_given_name_before_it_stays_a_place(vocab):
    words = "the delegation of Georgia visited Testadze on Monday .".split()
    k = words.index("Testadze")
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(3, 4, "GPE"), (k, k + 1, "GPE")]))
    assert not any(m.name == "Testadze" and m.kind == "person" for m in ms)


def test_hyphenated_title_is_not_a_name(vocab):
    words = "Ambassador - at - Large of the Foreign Ministry of Russia Pavel Testov said the text was agreed .".split()
    ms, _ = extract_actors(make_doc(vocab, words))
    assert not any(m.name and m.name.startswith("-") for m in ms)
    m = next(m for m in _persons(ms) if m.name)
    assert m.name == "Pavel Testov" and m.text.startswith("Ambassador-at-Large")


def test_second_title_with_its_remit_leads_into_the_name(vocab):
    words = (
        "Ambassador - at - Large of the Foreign Ministry of Russia , Special Representative for Arctic Affairs "
        "Pavel Testov noted the mood . According to the diplomat , the text was agreed ."
    ).split()
    k = words.index("Pavel")
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(k, k + 2, "PERSON")]))
    named = [m for m in _persons(ms) if m.name == "Pavel Testov"]
    assert any(m.text.startswith("Special Representative for Arctic Affairs") for m in named)
    assert any(m.text.startswith("Ambassador-at-Large") for m in named)
    assert any(m.text == "the diplomat" for m in named)


def test_hyphenated_given_name_after_a_missions_state(vocab):
    words = "The head of the European Union Observer Mission in Moldova Karl - Heinrich Testmann said patrols went on .".split()
    ms, _ = extract_actors(make_doc(vocab, words))
    m = next(m for m in _persons(ms) if m.name)
    assert m.name == "Karl-Heinrich Testmann"
    assert m.text.startswith("The head") and m.role.startswith("head")


def test_given_name_after_a_state_needs_no_hyphen_to_stay_whole(vocab):
    words = "talks in Moldova Karl Testmann said .".split()
    ms, _ = extract_actors(make_doc(vocab, words))
    assert any(m.name == "Karl Testmann" for m in _persons(ms))


def test_uzbek_given_name_ends_a_long_body_entity(vocab):
    words = "Chairman of the State Tax Committee of the Republic of Uzbekistan Akmal Testov noted the rise .".split()
    s, e = words.index("the"), words.index("Testov") + 1
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(s, e, "ORG")]))
    m = next(m for m in _persons(ms) if m.name)
    assert m.name == "Akmal Testov" and m.country == "UZB"
