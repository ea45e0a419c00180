"""Person and outlet names inside the parser's entities (#16, #17): a name
that ends a long body's ORG entity, an outlet tagged a person, a plural
word before a name."""

from accord.actors.component import extract_actors
from conftest import find, make_doc


def _span(words, first, last):
    return words.index(first), len(words) - words[::-1].index(last)


def test_person_name_ending_an_org_entity_is_a_person(vocab):
    words = (
        "Deputy Chairman of the Committee of the Senate on Water and Energy Aigul Testova welcomed the plan . "
        "She said the rules were late ."
    ).split()
    s, e = _span(words, "the", "Testova")
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(s, e, "ORG")]))
    name = next(m for m in ms if m.name == "Aigul Testova")
    assert name.kind == "person" and name.text.startswith("Deputy Chairman")
    assert "Deputy Chairman" in (name.role or "")
    assert find(ms, "She").entity == name.entity


def test_role_before_a_body_name_with_a_person_after_it(vocab):
    # the title does not become the name when the real name follows the body
    words = "the director of the Almaty Institute for Border Studies Bakyt Testov said the plan works .".split()
    s, e = _span(words, "Almaty", "Testov")
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(s, e, "ORG")]))
    m = next(m for m in ms if m.kind == "person")
    assert m.name == "Bakyt Testov"
    assert m.role and m.role.lower().startswith("director")


def test_body_entity_without_a_given_name_at_its_end_stays_whole(vocab):
    words = "the Institute for Strategic Studies Hall said the plan works .".split()
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(1, 6, "ORG")]))
    assert not any(m.kind == "person" for m in ms)


def test_outlet_tagged_a_person_is_no_person(vocab):
    words = (
        "Colonel Aidos Testov told Steppe Info that patrols would continue . "
        "Analyst Asel Testova told Steppe Info that she was hopeful ."
    ).split()
    ents = [(1, 3, "PERSON"), (4, 6, "PERSON"), (13, 15, "PERSON"), (16, 18, "PERSON")]
    ms, _ = extract_actors(make_doc(vocab, words, ents=ents))
    assert all(m.kind != "person" for m in ms if m.text == "Steppe Info")
    assert find(ms, "she").name == "Asel Testova"


def test_plural_word_before_a_name_is_not_its_given_name(vocab):
    words = "Deputy Director of the Institute of CIS Countries Olga Testova said the talks would go on .".split()
    k = words.index("Olga")
    tags = {words.index("Countries"): "NNPS"}
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(k, k + 2, "PERSON")], tags=tags))
    m = next(m for m in ms if m.kind == "person")
    assert m.name == "Olga Testova"


def test_given_name_left_out_of_the_entity_is_taken_back(vocab):
    words = "the statement of Colonel Aidos Zhaktestov was read .".split()
    k = words.index("Zhaktestov")
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(k, k + 1, "PERSON")]))
    assert next(m for m in ms if m.kind == "person").name == "Aidos Zhaktestov"


def test_body_named_after_its_state_leads_a_role_into_the_name(vocab):
    # "Kazakhstan" is the state's piece; the rest of the entity is the body, and the
    # name after it is the director's, not a bare "Director of the Kazakhstan"
    words = "Director of the Kazakhstan Association of Air Sports Timur Testov said the rules were late .".split()
    s, e = _span(words, "the", "Sports")
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(s, e, "ORG")]))
    m = next(m for m in ms if m.kind == "person")
    assert m.name == "Timur Testov" and m.country == "KAZ"


def test_person_name_after_a_state_in_one_org_entity_stays_a_person(vocab):
    # the parser's ORG "Georgia Zurab Testadze": no body's name follows the state, only a person's
    words = "Deputy Foreign Minister of Georgia Zurab Testadze said the talks went well .".split()
    s, e = _span(words, "Georgia", "Testadze")
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(s, e, "ORG")]))
    m = next(m for m in ms if m.kind == "person")
    assert m.name == "Zurab Testadze" and m.country == "GEO"
