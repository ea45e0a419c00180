"""Evaluative predications as speech acts (accord.events.judged), on hand-built Docs."""

from accord.events.triggers import find_candidates

G = "B-GPE"


def _codes(doc):
    return [(c.tok.text, c.cameo, c.type) for c in find_candidates(doc[:])]


def test_quoted_apposition_of_the_object_is_the_verdict(build):
    """'Moldova called the presence "a violation of neutrality".' (the parser's apposition)"""
    rows = [
        ("Moldova", "Moldova", "PROPN", "NNP", "nsubj", 1, G),
        ("called", "call", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("presence", "presence", "NOUN", "NN", "dobj", 1, "O"),
        ('"', '"', "PUNCT", "``", "punct", 3, "O"),
        ("a", "a", "DET", "DT", "det", 6, "O"),
        ("violation", "violation", "NOUN", "NN", "appos", 3, "O"),
        ("of", "of", "ADP", "IN", "prep", 6, "O"),
        ("neutrality", "neutrality", "NOUN", "NN", "pobj", 7, "O"),
        ('"', '"', "PUNCT", "''", "punct", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert ("called", "111", "ACCUSE") in _codes(build(rows))


def test_an_unquoted_apposition_is_no_verdict(build):
    """'Moldova called the envoy, a violation ...' is not read as a verdict without the quote."""
    rows = [
        ("Moldova", "Moldova", "PROPN", "NNP", "nsubj", 1, G),
        ("called", "call", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("envoy", "envoy", "NOUN", "NN", "dobj", 1, "O"),
        (",", ",", "PUNCT", ",", "punct", 3, "O"),
        ("a", "a", "DET", "DT", "det", 6, "O"),
        ("violation", "violation", "NOUN", "NN", "appos", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert not [c for c in _codes(build(rows)) if c[2] == "ACCUSE"]


def _considers(build, noun, lemma):
    """'Russia considers the <noun> of Kishinev to withdraw troops "unacceptable".' (misparsed small clause)"""
    rows = [
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1, G),
        ("considers", "consider", "VERB", "VBZ", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        (noun, lemma, "NOUN", "NNS", "nsubj", 7, "O"),
        ("of", "of", "ADP", "IN", "prep", 3, "O"),
        ("Kishinev", "Kishinev", "PROPN", "NNP", "pobj", 4, G),
        ("to", "to", "PART", "TO", "aux", 7, "O"),
        ("withdraw", "withdraw", "VERB", "VB", "ccomp", 1, "O"),
        ("troops", "troop", "NOUN", "NNS", "dobj", 7, "O"),
        ('"', '"', "PUNCT", "``", "punct", 10, "O"),
        ("unacceptable", "unacceptable", "ADJ", "JJ", "oprd", 7, "O"),
        ('"', '"', "PUNCT", "''", "punct", 7, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return _codes(build(rows))


def test_a_negative_verdict_on_demands_rejects_them(build):
    assert ("considers", "120", "REJECT") in _considers(build, "demands", "demand")


def test_a_negative_verdict_on_another_act_accuses(build):
    assert ("considers", "111", "ACCUSE") in _considers(build, "attempts", "attempt")


def _contribute(build, neg, good):
    """'Japan said the move does [not] contribute to <good> .'"""
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("move", "move", "NOUN", "NN", "nsubj", 6, "O"),
        ("does", "do", "AUX", "VBZ", "aux", 6, "O"),
        (
            "not" if neg else "really",
            "not" if neg else "really",
            "PART" if neg else "ADV",
            "RB",
            "neg" if neg else "advmod",
            6,
            "O",
        ),
        ("contribute", "contribute", "VERB", "VB", "ccomp", 1, "O"),
        ("to", "to", "ADP", "IN", "prep", 6, "O"),
        (good, good, "NOUN", "NN", "pobj", 7, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(0, 1, "JPN", "JPN", None, None, "state")])
    return [
        (c.tok.text, c.cameo, c.recipient_tok.text if c.recipient_tok is not None else None, c.made)
        for c in find_candidates(doc[:])
    ]


def test_a_denied_benefit_to_stability_is_criticism_of_the_subject(build):
    assert ("said", "111", "move", True) in _contribute(build, True, "stability")


def test_a_benefit_not_denied_is_no_criticism(build):
    assert not [c for c in _contribute(build, False, "stability") if c[1] == "111"]


def test_a_denied_benefit_to_another_noun_is_no_criticism(build):
    assert not [c for c in _contribute(build, True, "fund") if c[1] == "111"]


def _are(build, adj):
    """'Kalia : demands to withdraw are "<adj>"' (a headline, the noun parsed as the copula's subject)."""
    rows = [
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 5, G),
        (":", ":", "PUNCT", ":", "punct", 0, "O"),
        ("demands", "demand", "VERB", "VBZ", "nsubj", 5, "O"),  # as the parser reads the headline
        ("to", "to", "PART", "TO", "aux", 4, "O"),
        ("withdraw", "withdraw", "VERB", "VB", "xcomp", 2, "O"),
        ("are", "be", "AUX", "VBP", "ROOT", 5, "O"),
        (adj, adj, "ADJ", "JJ", "acomp", 5, "O"),
    ]
    return _codes(build(rows))


def test_demands_said_to_be_unacceptable_are_rejected(build):
    assert ("demands", "120", "REJECT") in _are(build, "unacceptable")


def test_demands_said_to_be_fair_are_not_rejected(build):
    assert not [c for c in _are(build, "fair") if c[2] == "REJECT"]
