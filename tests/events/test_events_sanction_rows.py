"""Sanctions a party is considering, weighing or preparing against another are a threat of sanctions (the
consider/weigh/prepare rows of triggers.tsv)."""

import pytest

from accord.events.triggers import find_candidates

G = "B-GPE"


@pytest.mark.parametrize("verb,lemma", [("weighing", "weigh"), ("preparing", "prepare"), ("considering", "consider")])
def test_sanctions_under_consideration_are_a_threat(build, verb, lemma):
    """'Ottawa is <verb> sanctions against Moscow .'"""
    rows = [
        ("Ottawa", "Ottawa", "PROPN", "NNP", "nsubj", 2, G),
        ("is", "be", "AUX", "VBZ", "aux", 2, "O"),
        (verb, lemma, "VERB", "VBG", "ROOT", 2, "O"),
        ("sanctions", "sanction", "NOUN", "NNS", "dobj", 2, "O"),
        ("against", "against", "ADP", "IN", "prep", 3, "O"),
        ("Moscow", "Moscow", "PROPN", "NNP", "pobj", 4, G),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    assert (verb, "THREATEN") in [(c.tok.text, c.type) for c in find_candidates(build(rows)[:])]
