"""Demands told as the condition of one's own act (accord.events.conditions), on hand-built Docs."""

from accord.events.triggers import find_candidates

G = "B-GPE"
MENTIONS = [(0, 1, "AZE", "AZE", None, None, "state")]


def _stop(build, marks):
    """'Azerbaijan will stop <marks> Armenia agrees .'"""
    rows = [
        ("Azerbaijan", "Azerbaijan", "PROPN", "NNP", "nsubj", 2, G),
        ("will", "will", "AUX", "MD", "aux", 2, "O"),
        ("stop", "stop", "VERB", "VB", "ROOT", 2, "O"),
    ]
    n = len(rows) + len(marks) + 1
    for w, dep in marks:
        rows.append((w, w, "ADV" if dep == "advmod" else "SCONJ", "RB" if dep == "advmod" else "IN", dep, n, "O"))
    rows += [
        ("Armenia", "Armenia", "PROPN", "NNP", "nsubj", n, G),
        ("agrees", "agree", "VERB", "VBZ", "advcl", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    mentions = MENTIONS + [(n - 1, n, "ARM", "ARM", None, None, "state")]
    doc = build(rows, mentions)
    return [
        (c.tok.text, c.cameo, c.recipient_tok.text if c.recipient_tok is not None else None)
        for c in find_candidates(doc[:])
    ]


def test_acting_only_if_another_acts_demands_it(build):
    assert ("stop", "100", "Armenia") in _stop(build, [("only", "advmod"), ("if", "mark")])


def test_a_plain_condition_is_no_demand(build):
    assert not [c for c in _stop(build, [("if", "mark")]) if c[1] == "100"]


def test_not_acting_unless_another_acts_demands_it(build):
    """'Azerbaijan will not stop unless Armenia agrees .'"""
    rows = [
        ("Azerbaijan", "Azerbaijan", "PROPN", "NNP", "nsubj", 3, G),
        ("will", "will", "AUX", "MD", "aux", 3, "O"),
        ("not", "not", "PART", "RB", "neg", 3, "O"),
        ("stop", "stop", "VERB", "VB", "ROOT", 3, "O"),
        ("unless", "unless", "SCONJ", "IN", "mark", 6, "O"),
        ("Armenia", "Armenia", "PROPN", "NNP", "nsubj", 6, G),
        ("agrees", "agree", "VERB", "VBZ", "advcl", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    doc = build(rows, MENTIONS + [(5, 6, "ARM", "ARM", None, None, "state")])
    assert [c for c in find_candidates(doc[:]) if c.cameo == "100" and c.recipient_tok.i == 5]


def _not_unless(build, verb="stop", lemma="stop"):
    """'Azerbaijan will not <verb> unless Armenia agrees .'"""
    rows = [
        ("Azerbaijan", "Azerbaijan", "PROPN", "NNP", "nsubj", 3, G),
        ("will", "will", "AUX", "MD", "aux", 3, "O"),
        ("not", "not", "PART", "RB", "neg", 3, "O"),
        (verb, lemma, "VERB", "VB", "ROOT", 3, "O"),
        ("unless", "unless", "SCONJ", "IN", "mark", 6, "O"),
        ("Armenia", "Armenia", "PROPN", "NNP", "nsubj", 6, G),
        ("agrees", "agree", "VERB", "VBZ", "advcl", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    return build(rows, MENTIONS + [(5, 6, "ARM", "ARM", None, None, "state")])


def test_a_conditions_demand_is_made_now_not_negated_or_future(build):
    from accord.events.coding import coding_of
    from accord.events.lexicon import lexicon

    doc = _not_unless(build)
    demand = next(c for c in find_candidates(doc[:]) if c.cameo == "100")
    assert demand.made
    coding = coding_of(demand, [], "2023-06-20", lexicon())
    assert coding.type == "REQUEST" and not coding.negated and not coding.future


def test_a_verb_that_is_an_act_itself_still_makes_the_demand_once(build):
    """'Azerbaijan will not withdraw unless Armenia agrees .': a refusal and one demand"""
    doc = _not_unless(build, "withdraw", "withdraw")
    cands = find_candidates(doc[:])
    assert any(c.i == 3 and c.cameo != "100" for c in cands)
    assert len([c for c in cands if c.cameo == "100" and c.i == 3]) == 1
