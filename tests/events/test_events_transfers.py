"""Arms transfers told from the receiver's or buyer's side (accord.events.transfers)."""

from accord.events.triggers import find_candidates

G = "B-NORP"


def _rows(verb, lemma, aux=None, neg=False):
    """'Kyrgyzstan [will] [not] <verb> a batch of Turkish drones .'"""
    pre = []
    if aux:
        pre.append((aux, aux, "AUX", "MD", "aux", 1 + bool(aux) + neg, "O"))
    if neg:
        pre.append(("not", "not", "PART", "RB", "neg", 1 + bool(aux) + neg, "O"))
    v = 1 + len(pre)
    rows = [("Kyrgyzstan", "Kyrgyzstan", "PROPN", "NNP", "nsubj", v, "B-GPE")] + pre
    rows += [
        (verb, lemma, "VERB", "VBD", "ROOT", v, "O"),
        ("a", "a", "DET", "DT", "det", v + 2, "O"),
        ("batch", "batch", "NOUN", "NN", "dobj", v, "O"),
        ("of", "of", "ADP", "IN", "prep", v + 2, "O"),
        ("Turkish", "turkish", "ADJ", "JJ", "amod", v + 5, G),
        ("drones", "drone", "NOUN", "NNS", "pobj", v + 3, "O"),
        (".", ".", "PUNCT", ".", "punct", v, "O"),
    ]
    return rows


def _cands(build, *a, **k):
    return [
        (c.tok.text, c.type, c.actor_tok is not None and c.actor_tok.text)
        for c in find_candidates(build(_rows(*a, **k))[:])
    ]


def test_goods_received_are_the_suppliers_aid(build):
    """'Kyrgyzstan received a batch of Turkish drones': AID, the goods (their nationality) act."""
    assert ("received", "AID", "drones") in _cands(build, "received", "receive")


def test_goods_bought_are_the_sellers_aid(build):
    assert ("bought", "AID", "drones") in _cands(build, "bought", "buy")


def test_goods_to_be_bought_are_the_buyers_intent(build):
    """'Kyrgyzstan will buy ...': the buyer's intent toward the seller."""
    assert ("buy", "AGREE", "Kyrgyzstan") in _cands(build, "buy", "buy", aux="will")


def test_goods_not_bought_are_no_aid(build):
    assert not [c for c in _cands(build, "buy", "buy", aux="will", neg=True) if c[1] == "AID"]


def test_goods_of_no_named_supplier_are_no_event(build):
    rows = _rows("received", "receive")
    rows[5] = ("new", "new", "ADJ", "JJ", "amod", 6, "O")
    assert not find_candidates(build(rows)[:])
