"""A name the parser took for a body or place right after a person's role
("Deputy [Dastan Sydykov]", "deputy [Nurlanbek Abdyrakhmanov]") is that
person's name; a body after a role stays a body."""

from accord.actors.component import extract_actors
from conftest import make_doc


def _kinds(vocab, words, ents):
    ms, _ = extract_actors(make_doc(vocab, words.split(), ents=ents))
    return {m.text: m.kind for m in ms}


def test_an_org_entity_after_a_role_is_the_persons_name(vocab):
    kinds = _kinds(vocab, "Deputy Dastan Sydykov opposed the bill .", [(1, 3, "ORG")])
    assert kinds["Deputy Dastan Sydykov"] == "person"


def test_a_place_entity_after_a_role_is_the_persons_name(vocab):
    kinds = _kinds(vocab, "Political scientist Kubat Rakhimbekov said the law was late .", [(2, 4, "GPE")])
    assert kinds["Political scientist Kubat Rakhimbekov"] == "person"


def test_an_expert_name_tagged_org_is_a_person(vocab):
    kinds = _kinds(vocab, "Analyst Temur Umarov criticized the plan .", [(1, 3, "ORG")])
    assert kinds["Analyst Temur Umarov"] == "person"


def test_a_body_after_a_role_stays_a_body(vocab):
    kinds = _kinds(vocab, "Analyst Tulpar Info reported the attack .", [(1, 3, "ORG")])
    assert kinds.get("Analyst Tulpar Info") != "person"
