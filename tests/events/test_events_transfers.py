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


def test_delivery_taken_is_the_suppliers_aid(build):
    """'Kyrgyzstan took delivery of a batch of Turkish drones': a receipt, as 'received'."""
    rows = [
        ("Kyrgyzstan", "Kyrgyzstan", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("took", "take", "VERB", "VBD", "ROOT", 1, "O"),
        ("delivery", "delivery", "NOUN", "NN", "dobj", 1, "O"),
        ("of", "of", "ADP", "IN", "prep", 2, "O"),
        ("a", "a", "DET", "DT", "det", 5, "O"),
        ("batch", "batch", "NOUN", "NN", "pobj", 3, "O"),
        ("of", "of", "ADP", "IN", "prep", 5, "O"),
        ("Turkish", "turkish", "ADJ", "JJ", "amod", 8, G),
        ("drones", "drone", "NOUN", "NNS", "pobj", 6, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    got = [(c.tok.text, c.type, c.actor_tok is not None and c.actor_tok.text) for c in find_candidates(build(rows)[:])]
    assert ("took", "AID", "drones") in got
    rows[2] = ("note", "note", "NOUN", "NN", "dobj", 1, "O")  # "took note of ...": no receipt
    assert not [c for c in find_candidates(build(rows)[:]) if c.type == "AID"]


def test_goods_arrived_in_a_place_are_the_suppliers_aid(build):
    """'A batch of Turkish drones arrived in Kyrgyzstan': supplier -> the place's state."""
    rows = [
        ("A", "a", "DET", "DT", "det", 1, "O"),
        ("batch", "batch", "NOUN", "NN", "nsubj", 5, "O"),
        ("of", "of", "ADP", "IN", "prep", 1, "O"),
        ("Turkish", "turkish", "ADJ", "JJ", "amod", 4, G),
        ("drones", "drone", "NOUN", "NNS", "pobj", 2, "O"),
        ("arrived", "arrive", "VERB", "VBD", "ROOT", 5, "O"),
        ("in", "in", "ADP", "IN", "prep", 5, "O"),
        ("Kyrgyzstan", "Kyrgyzstan", "PROPN", "NNP", "pobj", 6, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 5, "O"),
    ]
    got = [
        (c.tok.text, c.type, c.actor_tok.text, c.recipient_tok.text)
        for c in find_candidates(build(rows)[:])
        if c.actor_tok
    ]
    assert ("arrived", "AID", "drones", "Kyrgyzstan") in got
    rows[4] = (
        "delegates",
        "delegate",
        "NOUN",
        "NNS",
        "pobj",
        2,
        "O",
    )  # "a group of Turkish delegates arrived": no goods
    assert not [c for c in find_candidates(build(rows)[:]) if c.type == "AID"]


def test_craft_arriving_on_their_own_are_no_delivery(build):
    """'Russian fighter jets arrived in Belarus': no batch of goods, so no AID from the arrival."""
    rows = [
        ("Russian", "russian", "ADJ", "JJ", "amod", 2, G),
        ("fighter", "fighter", "NOUN", "NN", "compound", 2, "O"),
        ("jets", "jet", "NOUN", "NNS", "nsubj", 3, "O"),
        ("arrived", "arrive", "VERB", "VBD", "ROOT", 3, "O"),
        ("in", "in", "ADP", "IN", "prep", 3, "O"),
        ("Belarus", "Belarus", "PROPN", "NNP", "pobj", 4, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    assert not [c for c in find_candidates(build(rows)[:]) if c.type == "AID"]


def test_goods_handed_over_in_the_passive_are_the_suppliers_aid(build):
    """'Turkish drones were delivered to Kyrgyzstan' (no agent): supplier -> the party they go to;
    'Kyrgyzstan will receive Turkish drones' is a delivery to come, no buyer's intent."""
    rows = _handed_over()
    got = [(c.type, c.actor_tok.text, c.recipient_tok.text) for c in find_candidates(build(rows)[:]) if c.actor_tok]
    assert ("AID", "drones", "Kyrgyzstan") in got
    assert ("receive", "AID", "drones") in _cands(build, "receive", "receive", aux="will")
    # "Batteries of Turkish drones were delivered to Kyrgyzstan": a unit of weapons stands for its goods
    rows = [("Batteries", "battery", "NOUN", "NNS", "nsubjpass", 5, "O"), ("of", "of", "ADP", "IN", "prep", 0, "O")]
    rows += [(w, lem, pos, tag, dep, h + 2, ent) for w, lem, pos, tag, dep, h, ent in _handed_over()]
    rows[3] = rows[3][:4] + ("pobj", 1, "O")
    got = [(c.type, c.actor_tok.text) for c in find_candidates(build(rows)[:]) if c.actor_tok]
    assert ("AID", "drones") in got


def _handed_over():
    """'Turkish drones were delivered to Kyrgyzstan .'"""
    return [
        ("Turkish", "turkish", "ADJ", "JJ", "amod", 1, G),
        ("drones", "drone", "NOUN", "NNS", "nsubjpass", 3, "O"),
        ("were", "be", "AUX", "VBD", "auxpass", 3, "O"),
        ("delivered", "deliver", "VERB", "VBN", "ROOT", 3, "O"),
        ("to", "to", "ADP", "IN", "prep", 3, "O"),
        ("Kyrgyzstan", "Kyrgyzstan", "PROPN", "NNP", "pobj", 4, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]


def test_a_purchase_of_long_standing_is_no_delivery(build):
    """'Kyrgyzstan has been buying a batch of Turkish drones': a habit, no AID."""
    rows = _rows("buying", "buy")
    rows[1] = ("buying", "buy", "VERB", "VBG", "ROOT", 1, "O")
    assert ("buying", "AID", "drones") in [
        (c.tok.text, c.type, c.actor_tok is not None and c.actor_tok.text) for c in find_candidates(build(rows)[:])
    ]
    rows = (
        rows[:1]
        + [("has", "have", "AUX", "VBZ", "aux", 3, "O"), ("been", "be", "AUX", "VBN", "aux", 3, "O")]
        + rows[1:]
    )
    rows = [r if i in (1, 2) else r[:5] + (r[5] + 2,) + r[6:] for i, r in enumerate(rows)]
    assert not [c for c in find_candidates(build(rows)[:]) if c.tok.text == "buying"]  # nor its trade rows
