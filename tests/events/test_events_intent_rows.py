"""Intent and its limits in the trigger layer: ``will strengthen trust/ties between our armies`` is an
intent to cooperate (030, AGREE), not a troop build-up; ``could``/``might`` buy is a possibility, no
buyer's intent (``intent_auxiliaries``), on hand-built Docs."""

from accord.events.triggers import find_candidates


def _strengthen(build, obj, obj_lemma):
    """'Kazakhstan will strengthen <obj> between their forces .'"""
    rows = [
        ("Kazakhstan", "Kazakhstan", "PROPN", "NNP", "nsubj", 2, "B-GPE"),
        ("will", "will", "AUX", "MD", "aux", 2, "O"),
        ("strengthen", "strengthen", "VERB", "VB", "ROOT", 2, "O"),
        (obj, obj_lemma, "NOUN", "NN", "dobj", 2, "O"),
        ("between", "between", "ADP", "IN", "prep", 3, "O"),
        ("their", "their", "PRON", "PRP$", "poss", 6, "O"),
        ("forces", "force", "NOUN", "NNS", "pobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    return [(c.cameo, c.type) for c in find_candidates(build(rows)[:])]


def test_trust_between_forces_strengthened_is_intent_to_cooperate(build):
    got = _strengthen(build, "trust", "trust")
    assert ("030", "AGREE") in got and not [c for c in got if c[1] == "MOBILIZE"]


def test_ties_between_forces_strengthened_is_intent_to_cooperate(build):
    assert ("030", "AGREE") in _strengthen(build, "ties", "tie")


def test_forces_strengthened_are_still_a_build_up(build):
    rows = [
        ("Kazakhstan", "Kazakhstan", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("strengthened", "strengthen", "VERB", "VBD", "ROOT", 1, "O"),
        ("its", "its", "PRON", "PRP$", "poss", 3, "O"),
        ("forces", "force", "NOUN", "NNS", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert ("154", "MOBILIZE") in [(c.cameo, c.type) for c in find_candidates(build(rows)[:])]


def _buy(build, aux):
    """'Serbia <aux> buy Chinese jets .'"""
    rows = [
        ("Serbia", "Serbia", "PROPN", "NNP", "nsubj", 2, "B-GPE"),
        (aux, aux, "AUX", "MD", "aux", 2, "O"),
        ("buy", "buy", "VERB", "VB", "ROOT", 2, "O"),
        ("Chinese", "chinese", "ADJ", "JJ", "amod", 4, "B-NORP"),
        ("jets", "jet", "NOUN", "NNS", "dobj", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    return [c.type for c in find_candidates(build(rows)[:])]


def test_will_buy_is_an_intent(build):
    assert "AGREE" in _buy(build, "will")


def test_could_or_might_buy_is_no_intent(build):
    assert "AGREE" not in _buy(build, "could") and "AGREE" not in _buy(build, "might")


def test_ties_strengthened_told_as_done_are_no_act(build):
    rows = [
        ("Cooperation", "cooperation", "NOUN", "NN", "nsubjpass", 2, "O"),
        ("was", "be", "AUX", "VBD", "auxpass", 2, "O"),
        ("strengthened", "strengthen", "VERB", "VBN", "ROOT", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    assert not find_candidates(build(rows)[:])


def test_readiness_confirmed_or_reaffirmed_is_intent(build):
    """'Kazakhstan <confirmed|reaffirmed|reiterated> its readiness to help .': an intent (030), as 'expressed' is."""
    for verb, lemma in (("confirmed", "confirm"), ("reaffirmed", "reaffirm"), ("reiterated", "reiterate")):
        rows = [
            ("Kazakhstan", "Kazakhstan", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
            (verb, lemma, "VERB", "VBD", "ROOT", 1, "O"),
            ("its", "its", "PRON", "PRP$", "poss", 3, "O"),
            ("readiness", "readiness", "NOUN", "NN", "dobj", 1, "O"),
            ("to", "to", "PART", "TO", "aux", 5, "O"),
            ("help", "help", "VERB", "VB", "acl", 3, "O"),
            (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ]
        assert [c for c in find_candidates(build(rows)[:]) if c.tok.text == verb and c.type == "AGREE"]
