"""A judging verb's neutral verdict noun whose clause charges ("a step that threatens ..."), and a charge judged
false (accord.events.judged)."""

from accord.events.triggers import find_candidates

G = "B-GPE"


def _called(build, noun, noun_lemma, verb, verb_lemma):
    """'Ankara called the decision of Athens a <noun> that <verb> tensions .'"""
    rows = [
        ("Ankara", "Ankara", "PROPN", "NNP", "nsubj", 1, G),
        ("called", "call", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("decision", "decision", "NOUN", "NN", "dobj", 1, "O"),
        ("of", "of", "ADP", "IN", "prep", 3, "O"),
        ("Athens", "Athens", "PROPN", "NNP", "pobj", 4, G),
        ("a", "a", "DET", "DT", "det", 7, "O"),
        (noun, noun_lemma, "NOUN", "NN", "oprd", 1, "O"),
        ("that", "that", "PRON", "WDT", "nsubj", 9, "O"),
        (verb, verb_lemma, "VERB", "VBZ", "relcl", 7, "O"),
        ("tensions", "tension", "NOUN", "NNS", "dobj", 9, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return [(c.tok.text, c.type) for c in find_candidates(build(rows)[:])]


def test_a_step_that_escalates_is_a_charge(build):
    assert ("called", "ACCUSE") in _called(build, "step", "step", "escalates", "escalate")


def test_the_charging_clause_is_no_act_of_its_own(build):
    assert [c for c in _called(build, "step", "step", "escalates", "escalate") if c[0] == "escalates"] == []


def test_a_step_that_eases_is_no_charge(build):
    assert ("called", "ACCUSE") not in _called(build, "step", "step", "eases", "ease")


def test_claims_called_absurd_are_rejected(build):
    """'Vilnius called the claims absurd': a charge judged false is rejected (REJECT), not a new charge."""
    rows = [
        ("Vilnius", "Vilnius", "PROPN", "NNP", "nsubj", 1, G),
        ("called", "call", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("claims", "claim", "NOUN", "NNS", "dobj", 1, "O"),
        ("absurd", "absurd", "ADJ", "JJ", "oprd", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert ("called", "REJECT") in [(c.tok.text, c.type) for c in find_candidates(build(rows)[:])]
