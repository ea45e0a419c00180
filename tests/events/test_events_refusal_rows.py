"""Trigger rows for refusals, strikes, disarmament, refugees, hostages and killings
(events/data/triggers.tsv): an explicit argument makes the row's evidence strong."""

from accord.events.triggers import SPEC_RULE_ARGS, find_candidates

G = "B-GPE"
JAPAN = [(0, 1, "JPN", "JPN", None, None, "state")]


def _cands(build, rows):
    doc = build(rows, JAPAN)
    return [(c.tok.text, c.cameo, c.spec) for c in find_candidates(doc[:])]


def _svo(build, verb, lemma, obj, obj_lemma, particle=None, obj_ent="O"):
    """'Japan <verb> [<particle>] <obj> .'"""
    rows = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G), (verb, lemma, "VERB", "VBD", "ROOT", 1, "O")]
    if particle:
        rows.append((particle, particle, "ADP", "RP", "prt", 1, "O"))
    rows += [(obj, obj_lemma, "NOUN", "NNS", "dobj", 1, obj_ent), (".", ".", "PUNCT", ".", "punct", 1, "O")]
    return _cands(build, rows)


def _to_verb(build, verb, lemma, inner, inner_lemma):
    """'Japan <verb> to <inner> .'"""
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        (verb, lemma, "VERB", "VBD", "ROOT", 1, "O"),
        ("to", "to", "PART", "TO", "aux", 3, "O"),
        (inner, inner_lemma, "VERB", "VB", "xcomp", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return _cands(build, rows)


def test_declining_to_act_is_a_strong_refusal(build):
    got = _to_verb(build, "declined", "decline", "resign", "resign")
    assert ("declined", "120", SPEC_RULE_ARGS) in got


def test_declining_to_name_is_no_refusal(build):
    assert not [c for c in _to_verb(build, "declined", "decline", "name", "name") if c[0] == "declined"]


def test_stopping_work_is_a_strike(build):
    assert ("stopped", "143", SPEC_RULE_ARGS) in _svo(build, "stopped", "stop", "work", "work")


def test_ending_a_strike_eases_dissent(build):
    assert ("ended", "082", SPEC_RULE_ARGS) in _svo(build, "ended", "end", "strike", "strike")


def test_laying_down_arms_demobilises(build):
    assert ("laid", "0873", SPEC_RULE_ARGS) in _svo(build, "laid", "lay", "arms", "arm", particle="down")


def test_accepting_refugees_grants_asylum(build):
    assert ("accepted", "075", SPEC_RULE_ARGS) in _svo(build, "accepted", "accept", "refugees", "refugee")


def test_killing_named_nationals_is_strong_evidence(build):
    got = _svo(build, "killed", "kill", "Britons", "Briton", obj_ent="B-NORP")
    assert ("killed", "190", SPEC_RULE_ARGS) in got


def test_killing_unnamed_victims_stays_the_plain_rule(build):
    """'killed civilians': no party to code from the victims, the plain row's evidence (an uncoded event
    is no event data)."""
    got = _svo(build, "killed", "kill", "civilians", "civilian")
    assert [c for c in got if c[0] == "killed"] and not [c for c in got if c[2] == SPEC_RULE_ARGS]


def test_holding_hostages_is_an_abduction(build):
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("held", "hold", "VERB", "VBD", "ROOT", 1, "O"),
        ("civilians", "civilian", "NOUN", "NNS", "dobj", 1, "O"),
        ("as", "as", "ADP", "IN", "prep", 1, "O"),
        ("shields", "shield", "NOUN", "NNS", "pobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert ("held", "181", SPEC_RULE_ARGS) in _cands(build, rows)


def test_holding_an_election_is_no_abduction(build):
    assert not [c for c in _svo(build, "held", "hold", "elections", "election") if c[1] == "181"]


def test_mass_killings_are_mass_violence(build):
    """A headline: 'Mass killings in Japan.'"""
    rows = [
        ("Mass", "mass", "ADJ", "JJ", "amod", 1, "O"),
        ("killings", "killing", "NOUN", "NNS", "ROOT", 1, "O"),
        ("in", "in", "ADP", "IN", "prep", 1, "O"),
        ("Japan", "Japan", "PROPN", "NNP", "pobj", 2, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(3, 4, "JPN", "JPN", None, None, "state")])
    assert ("killings", "202", SPEC_RULE_ARGS) in [(c.tok.text, c.cameo, c.spec) for c in find_candidates(doc[:])]


def test_a_killing_alone_is_no_mass_killing(build):
    rows = [
        ("killings", "killing", "NOUN", "NNS", "ROOT", 0, "O"),
        ("in", "in", "ADP", "IN", "prep", 0, "O"),
        ("Japan", "Japan", "PROPN", "NNP", "pobj", 1, G),
        (".", ".", "PUNCT", ".", "punct", 0, "O"),
    ]
    doc = build(rows, [(2, 3, "JPN", "JPN", None, None, "state")])
    assert not [c for c in find_candidates(doc[:]) if c.cameo == "202"]


def test_failing_to_reach_agreement_is_a_rejection(build):
    """CAMEO FAIL [120]: 'failed to reach agreement' is the failure (REJECT), not the agreement."""
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("failed", "fail", "VERB", "VBD", "ROOT", 1, "O"),
        ("to", "to", "PART", "TO", "aux", 3, "O"),
        ("reach", "reach", "VERB", "VB", "xcomp", 1, "O"),
        ("agreement", "agreement", "NOUN", "NN", "dobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    got = _cands(build, rows)
    assert ("failed", "120", SPEC_RULE_ARGS) in got and not [c for c in got if c[0] == "reach"]


def test_failing_to_respond_is_no_rejection_row(build):
    assert not [c for c in _to_verb(build, "failed", "fail", "respond", "respond") if c[2] == SPEC_RULE_ARGS]
