"""Mediation, proposals and requests named by a participle or a noun (events/data/triggers.tsv,
events.sense.mediated_parties, events.sense.agent_modifier), on hand-built Docs."""

from accord.events.triggers import find_candidates

G = "B-GPE"


def _state(i, code):
    return (i, i + 1, code, code, None, None, "state")


def _cand(build, rows, mentions, word):
    doc = build(rows, mentions)
    return next((c for c in find_candidates(doc[:]) if c.tok.text == word), None)


def test_a_deal_brokered_by_a_third_state_is_its_mediation_between_the_parties(build):
    """'Iran and Oman agreed in a deal brokered by China .': China mediates (045) toward the deal's parties."""
    rows = [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 3, G),
        ("and", "and", "CCONJ", "CC", "cc", 0, "O"),
        ("Oman", "Oman", "PROPN", "NNP", "conj", 0, G),
        ("agreed", "agree", "VERB", "VBD", "ROOT", 3, "O"),
        ("in", "in", "ADP", "IN", "prep", 3, "O"),
        ("a", "a", "DET", "DT", "det", 6, "O"),
        ("deal", "deal", "NOUN", "NN", "pobj", 4, "O"),
        ("brokered", "broker", "VERB", "VBN", "acl", 6, "O"),
        ("by", "by", "ADP", "IN", "agent", 7, "O"),
        ("China", "China", "PROPN", "NNP", "pobj", 8, G),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    c = _cand(build, rows, [_state(0, "IRN"), _state(2, "OMN"), _state(9, "CHN")], "brokered")
    assert c is not None and (c.cameo, c.type, c.source) == ("045", "CONSULT", "rule")
    assert c.recipient_tok is not None and c.recipient_tok.i == 0


def test_a_target_pushed_by_a_leader_is_his_request_to_those_who_took_it_up(build):
    """'NATO agreed to act , a target pushed by Trump .': Trump's request (020) to NATO, not the
    content of the agreement."""
    rows = [
        ("NATO", "NATO", "PROPN", "NNP", "nsubj", 1, "B-ORG"),
        ("agreed", "agree", "VERB", "VBD", "ROOT", 1, "O"),
        ("to", "to", "PART", "TO", "aux", 3, "O"),
        ("act", "act", "VERB", "VB", "xcomp", 1, "O"),
        (",", ",", "PUNCT", ",", "punct", 1, "O"),
        ("a", "a", "DET", "DT", "det", 6, "O"),
        ("target", "target", "NOUN", "NN", "npadvmod", 1, "O"),
        ("pushed", "push", "VERB", "VBN", "acl", 6, "O"),
        ("by", "by", "ADP", "IN", "agent", 7, "O"),
        ("Trump", "Trump", "PROPN", "NNP", "pobj", 8, "B-PERSON"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    mentions = [(0, 1, "IGONATO", None, "NATO", None, "org"), (9, 10, "USAGOV", "USA", None, "GOV", "person")]
    c = _cand(build, rows, mentions, "pushed")
    assert c is not None and (c.cameo, c.type) == ("020", "REQUEST")
    assert c.recipient_tok is not None and c.recipient_tok.i == 0


def test_at_the_request_of_a_president_is_a_request(build):
    """'Troops stayed at the request of Tokayev .': the noun names the president's request."""
    rows = [
        ("Troops", "troop", "NOUN", "NNS", "nsubj", 1, "O"),
        ("stayed", "stay", "VERB", "VBD", "ROOT", 1, "O"),
        ("at", "at", "ADP", "IN", "prep", 1, "O"),
        ("the", "the", "DET", "DT", "det", 4, "O"),
        ("request", "request", "NOUN", "NN", "pobj", 2, "O"),
        ("of", "of", "ADP", "IN", "prep", 4, "O"),
        ("Tokayev", "Tokayev", "PROPN", "NNP", "pobj", 5, "B-PERSON"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    c = _cand(build, rows, [(6, 7, "KAZGOV", "KAZ", None, "GOV", "person")], "request")
    assert c is not None and (c.cameo, c.type) == ("020", "REQUEST")


def test_a_second_charged_act_is_content_of_the_accusation_too(build):
    """'Poland accused Belarus of flying in migrants and attacking guards .': 'attacking' is what Belarus is
    charged with (inner of the accusation), no attack of its own."""
    rows = [
        ("Poland", "Poland", "PROPN", "NNP", "nsubj", 1, G),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 1, "O"),
        ("Belarus", "Belarus", "PROPN", "NNP", "dobj", 1, G),
        ("of", "of", "ADP", "IN", "prep", 1, "O"),
        ("flying", "fly", "VERB", "VBG", "pcomp", 3, "O"),
        ("in", "in", "ADP", "RP", "prt", 4, "O"),
        ("migrants", "migrant", "NOUN", "NNS", "dobj", 4, "O"),
        ("and", "and", "CCONJ", "CC", "cc", 4, "O"),
        ("attacking", "attack", "VERB", "VBG", "conj", 4, "O"),
        ("guards", "guard", "NOUN", "NNS", "dobj", 8, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [_state(0, "POL"), _state(2, "BLR")])
    cands = find_candidates(doc[:])
    assert [c.tok.text for c in cands] == ["accused"]
    assert [x.tok.text for x in cands[0].inner] == ["attacking"]


def test_a_call_or_push_for_an_act_is_a_request(build):
    """'Japan limited itself to calls for restraint .': the noun names Japan's request (020)."""
    for noun, lemma in (("calls", "call"), ("push", "push"), ("appeals", "appeal")):
        rows = [
            ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
            ("limited", "limit", "VERB", "VBD", "ROOT", 1, "O"),
            ("itself", "itself", "PRON", "PRP", "dobj", 1, "O"),
            ("to", "to", "ADP", "IN", "prep", 1, "O"),
            (noun, lemma, "NOUN", "NNS", "pobj", 3, "O"),
            ("for", "for", "ADP", "IN", "prep", 4, "O"),
            ("restraint", "restraint", "NOUN", "NN", "pobj", 5, "O"),
            (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ]
        c = _cand(build, rows, [_state(0, "JPN")], noun)
        assert c is not None and (c.cameo, c.type) == ("020", "REQUEST"), noun
