"""Criticism told as harm to a common good or a duty not kept (accord.events.criticism), on hand-built Docs."""

from accord.events.triggers import find_candidates

G = "B-GPE"


def _clause(build, verb, lemma, obj, obj_lemma, neg=True, compound=None, prep=None):
    """'Armenia said the organisation did [not] <verb> (<prep>) its (<compound>) <obj> .'"""
    rows = [
        ("Armenia", "Armenia", "PROPN", "NNP", "nsubj", 1, G),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("organisation", "organisation", "NOUN", "NN", "nsubj", 6, "O"),
        ("did", "do", "AUX", "VBD", "aux", 6, "O"),
        ("not" if neg else "really", "not" if neg else "really", "PART", "RB", "neg" if neg else "advmod", 6, "O"),
        (verb, lemma, "VERB", "VB", "ccomp", 1, "O"),
    ]
    head = 6
    if prep:
        rows.append((prep, prep, "ADP", "IN", "prep", 6, "O"))
        head = len(rows) - 1
    n = len(rows) + (2 if compound else 1)
    rows.append(("its", "its", "PRON", "PRP$", "poss", n, "O"))
    if compound:
        rows.append((compound, compound, "NOUN", "NN", "compound", n, "O"))
    rows.append((obj, obj_lemma, "NOUN", "NNS", "pobj" if prep else "dobj", head, "O"))
    rows.append((".", ".", "PUNCT", ".", "punct", 1, "O"))
    doc = build(rows, [(0, 1, "ARM", "ARM", None, None, "state")])
    return [
        (c.tok.text, c.cameo, c.recipient_tok.text if c.recipient_tok is not None else None)
        for c in find_candidates(doc[:])
    ]


def test_a_duty_not_kept_is_criticism_of_the_subject(build):
    for verb, lemma in (("fulfil", "fulfil"), ("honour", "honour"), ("meet", "meet")):
        assert ("said", "111", "organisation") in _clause(build, verb, lemma, "obligations", "obligation")
    assert ("said", "111", "organisation") in _clause(
        build, "comply", "comply", "commitments", "commitment", prep="with"
    )


def test_a_duty_kept_is_no_criticism(build):
    assert not [c for c in _clause(build, "fulfil", "fulfil", "obligations", "obligation", neg=False) if c[1] == "111"]


def test_a_harm_to_a_common_good_is_criticism(build):
    """'... did undermine its peace process' (not negated); 'did not undermine' is none."""
    got = _clause(build, "undermine", "undermine", "process", "process", neg=False, compound="peace")
    assert ("said", "111", "organisation") in got
    assert not [
        c for c in _clause(build, "undermine", "undermine", "process", "process", compound="peace") if c[1] == "111"
    ]
    # a process of no common good ("its budget process") is no criticism
    assert not [
        c
        for c in _clause(build, "undermine", "undermine", "process", "process", neg=False, compound="budget")
        if c[1] == "111"
    ]


def test_a_quoted_criticism_with_no_reporting_verb_is_the_speakers(build):
    """'The organisation did not fulfil its obligations.' (in a quote): the candidate is the speaker's."""
    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("organisation", "organisation", "NOUN", "NN", "nsubj", 4, "O"),
        ("did", "do", "AUX", "VBD", "aux", 4, "O"),
        ("not", "not", "PART", "RB", "neg", 4, "O"),
        ("fulfil", "fulfil", "VERB", "VB", "ROOT", 4, "O"),
        ("its", "its", "PRON", "PRP$", "poss", 6, "O"),
        ("obligations", "obligation", "NOUN", "NNS", "dobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 4, "O"),
    ]
    (c,) = [c for c in find_candidates(build(rows)[:]) if c.cameo == "111"]
    assert (c.tok.text, c.said, c.recipient_tok.text) == ("fulfil", True, "organisation")


def test_a_warning_of_criticism_is_no_threat(build):
    """'Armenia warned the organisation did not fulfil its obligations .': criticism only, no generic threat."""
    rows = [
        ("Armenia", "Armenia", "PROPN", "NNP", "nsubj", 1, G),
        ("warned", "warn", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("organisation", "organisation", "NOUN", "NN", "nsubj", 6, "O"),
        ("did", "do", "AUX", "VBD", "aux", 6, "O"),
        ("not", "not", "PART", "RB", "neg", 6, "O"),
        ("fulfil", "fulfil", "VERB", "VB", "ccomp", 1, "O"),
        ("its", "its", "PRON", "PRP$", "poss", 8, "O"),
        ("obligations", "obligation", "NOUN", "NNS", "dobj", 6, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(0, 1, "ARM", "ARM", None, None, "state")])
    assert [(c.tok.text, c.type) for c in find_candidates(doc[:])] == [("warned", "ACCUSE")]


def _recorded(build, prep):
    """'Belarus recorded violations of the border <prep> Poland .'"""
    rows = [
        ("Belarus", "Belarus", "PROPN", "NNP", "nsubj", 1, G),
        ("recorded", "record", "VERB", "VBD", "ROOT", 1, "O"),
        ("violations", "violation", "NOUN", "NNS", "dobj", 1, "O"),
        ("of", "of", "ADP", "IN", "prep", 2, "O"),
        ("the", "the", "DET", "DT", "det", 5, "O"),
        ("border", "border", "NOUN", "NN", "pobj", 3, "O"),
        (prep, prep, "ADP", "IN", "prep", 5, "O"),
        ("Poland", "Poland", "PROPN", "NNP", "pobj", 6, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(0, 1, "BLR", "BLR", None, None, "state"), (7, 8, "POL", "POL", None, None, "state")])
    return [(c.tok.text, c.cameo, c.recipient_tok.text, c.said) for c in find_candidates(doc[:]) if c.cameo == "111"]


def test_a_recorded_charge_with_its_author_accuses_the_author(build):
    assert _recorded(build, "by") == [("recorded", "111", "Poland", False)]


def test_a_charge_with_no_author_accuses_no_one(build):
    assert _recorded(build, "near") == []


def _harm(build, subj, subj_lemma, ent="O"):
    """'<subj> undermined the peace process .'"""
    rows = [
        (subj, subj_lemma, "NOUN" if ent == "O" else "PROPN", "NN", "nsubj", 1, ent),
        ("undermined", "undermine", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 4, "O"),
        ("peace", "peace", "NOUN", "NN", "compound", 4, "O"),
        ("process", "process", "NOUN", "NN", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return [c.cameo for c in find_candidates(build(rows)[:])]


def test_a_harm_done_by_a_thing_charges_no_one(build):
    assert "111" not in _harm(build, "Storms", "storm")
    assert "111" not in _harm(build, "Inflation", "inflation")


def test_a_harm_done_by_a_party_or_its_act_is_criticism(build):
    assert "111" in _harm(build, "Armenia", "Armenia", G)
    assert "111" in _harm(build, "Actions", "action")
    assert "111" in _harm(build, "Deployments", "deployment")
