"""A body named again by its own capitalised name without its state
("Keremet Bank" after "Kyrgyzstan's Keremet Bank") takes the state named the
first time; the CSTO's Collective Security Council is the CSTO's."""

from accord.actors.component import extract_actors
from conftest import find, make_doc


def test_a_bank_named_again_without_its_state(vocab):
    words = "Officials fined Latvia 's Baltic Trust Bank . Baltic Trust Bank said it would appeal .".split()
    ents = [(4, 7, "ORG"), (8, 11, "ORG")]
    ms, _ = extract_actors(make_doc(vocab, words, pos={1: "VERB", 11: "VERB"}, tags={3: "POS"}, ents=ents))
    assert [m.country for m in ms if m.text == "Baltic Trust Bank"] == ["LVA"]


def test_a_body_never_named_with_a_state_stays_uncoded(vocab):
    words = "Baltic Trust Bank said it would appeal .".split()
    ms, _ = extract_actors(make_doc(vocab, words, pos={3: "VERB"}, ents=[(0, 3, "ORG")]))
    assert all(m.country is None for m in ms if m.text == "Baltic Trust Bank")


def test_collective_security_council_is_the_cstos(vocab):
    words = "The Collective Security Council approved the mission .".split()
    ms, _ = extract_actors(make_doc(vocab, words, pos={4: "VERB"}))
    assert find(ms, "The Collective Security Council").org == "CSTO"
