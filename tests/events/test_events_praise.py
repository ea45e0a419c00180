"""Praise told as a copula in a party's words (accord.events.praise)."""

from accord.events.triggers import find_candidates

G = "B-GPE"


def _copula(build, adj, neg=False):
    """'China is [not] a <adj> partner that helps us .'"""
    n = 1 if neg else 0
    rows = [("China", "China", "PROPN", "NNP", "nsubj", 1, G), ("is", "be", "AUX", "VBZ", "ROOT", 1, "O")]
    if neg:
        rows.append(("not", "not", "PART", "RB", "neg", 1, "O"))
    rows += [
        ("a", "a", "DET", "DT", "det", 4 + n, "O"),
        (adj, adj, "ADJ", "JJ", "amod", 4 + n, "O"),
        ("partner", "partner", "NOUN", "NN", "attr", 1, "O"),
        ("that", "that", "PRON", "WDT", "nsubj", 6 + n, "O"),
        ("helps", "help", "VERB", "VBZ", "relcl", 4 + n, "O"),
        ("us", "we", "PRON", "PRP", "dobj", 6 + n, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return find_candidates(build(rows)[:])


def test_a_reliable_partner_is_the_speakers_praise(build):
    cs = [c for c in _copula(build, "reliable") if c.tok.text == "is"]
    assert cs and cs[0].type == "SUPPORT" and cs[0].said and cs[0].recipient_tok.text == "China"


def test_the_partners_clause_is_no_act_of_its_own(build):
    assert not [c for c in _copula(build, "reliable") if c.tok.text == "helps"]


def test_a_partner_with_no_praise_is_no_event(build):
    assert not [c for c in _copula(build, "new") if c.tok.text == "is"]


def test_no_partner_is_no_praise(build):
    assert not [c for c in _copula(build, "reliable", neg=True) if c.tok.text == "is"]
