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


def _judges(build, verb, lemma, verdict, of_word, pred_dep="appos"):
    """'Kazakhstan <verb> the CSTO "a <verdict> of <of_word>".' (the parser's quoted apposition)"""
    rows = [
        ("Kazakhstan", "Kazakhstan", "PROPN", "NNP", "nsubj", 1, G),
        (verb, lemma, "VERB", "VBZ", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("CSTO", "CSTO", "PROPN", "NNP", "dobj", 1, "B-ORG"),
        ('"', '"', "PUNCT", "``", "punct", 6, "O"),
        ("a", "a", "DET", "DT", "det", 6, "O"),
        (verdict, verdict, "NOUN", "NN", pred_dep, 3, "O"),
        ("of", "of", "ADP", "IN", "prep", 6, "O"),
        (of_word, of_word, "NOUN", "NN", "pobj", 7, "O"),
        ('"', '"', "PUNCT", "''", "punct", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return [c for c in find_candidates(build(rows)[:]) if c.tok.i == 1]


def test_the_words_of_the_verdict_phrase_give_its_polarity(build):
    """'a factor of restraint' praises, 'an act of aggression' accuses: the noun after "of" decides."""
    for verb, lemma in (("considers", "consider"), ("regards", "regard"), ("calls", "call")):
        (c,) = _judges(build, verb, lemma, "factor", "restraint")
        assert (c.type, c.verdict) == ("SUPPORT", True)
        (c,) = _judges(build, verb, lemma, "act", "aggression")
        assert (c.type, c.verdict) == ("ACCUSE", True)
    (c,) = _judges(build, "considers", "consider", "instrument", "pressure")
    assert c.type == "ACCUSE"


def test_a_neutral_verdict_phrase_is_no_event(build):
    assert not _judges(build, "considers", "consider", "member", "organisation")


def test_a_verdict_noun_that_heads_the_complement_clause(build):
    """'Baku considers the mission "an instrument of ..."' parsed as a clause whose head is the verdict noun."""
    rows = [
        ("Baku", "Baku", "PROPN", "NNP", "nsubj", 1, G),
        ("considers", "consider", "VERB", "VBZ", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("mission", "mission", "NOUN", "NN", "nsubj", 6, "O"),
        ('"', '"', "PUNCT", "``", "punct", 6, "O"),
        ("an", "an", "DET", "DT", "det", 6, "O"),
        ("instrument", "instrument", "NOUN", "NN", "ccomp", 1, "O"),
        ("of", "of", "ADP", "IN", "prep", 6, "O"),
        ("pressure", "pressure", "NOUN", "NN", "pobj", 7, "O"),
        ('"', '"', "PUNCT", "''", "punct", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert ("considers", "111", "ACCUSE") in _codes(build(rows))


def _described_as(build, adj, dep="amod", as_dep="prep"):
    """'Moscow described the decision as <adj> .' (the parser hangs the adjective on 'as',
    or makes it an adverbial clause that 'as' modifies)"""
    rows = [
        ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 1, G),
        ("described", "describe", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("decision", "decision", "NOUN", "NN", "dobj", 1, "O"),
    ]
    if as_dep == "prep":
        rows += [("as", "as", "ADP", "IN", "prep", 3, "O"), (adj, adj, "ADJ", "JJ", dep, 4, "O")]
    else:
        rows += [("as", "as", "ADV", "RB", "advmod", 5, "O"), (adj, adj, "ADJ", "JJ", "advcl", 1, "O")]
    rows.append((".", ".", "PUNCT", ".", "punct", 1, "O"))
    return _codes(build(rows))


def test_an_adjective_after_as_is_the_verdict(build):
    assert ("described", "111", "ACCUSE") in _described_as(build, "hostile")
    assert ("described", "111", "ACCUSE") in _described_as(build, "unfriendly", as_dep="advmod")


def test_a_neutral_adjective_after_as_is_no_verdict(build):
    assert not [c for c in _described_as(build, "useful") if c[2] == "ACCUSE"]


def _expressed(build, obj, lemma):
    """'The Commission expressed <obj> with Latvia .'"""
    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("Commission", "Commission", "PROPN", "NNP", "nsubj", 2, "B-ORG"),
        ("expressed", "express", "VERB", "VBD", "ROOT", 2, "O"),
        (obj, lemma, "NOUN", "NN", "dobj", 2, "O"),
        ("with", "with", "ADP", "IN", "prep", 2, "O"),
        ("Latvia", "Latvia", "PROPN", "NNP", "pobj", 4, G),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    return [c for c in find_candidates(build(rows)[:]) if c.tok.text == "expressed"]


def test_solidarity_expressed_is_an_act_in_words_past_the_statement_gate(build):
    got = _expressed(build, "solidarity", "solidarity")
    assert got and got[0].type == "SUPPORT" and got[0].verdict
