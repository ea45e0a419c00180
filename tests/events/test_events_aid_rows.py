"""Trigger rows for transfers of aid and releases of people (events/data/triggers.tsv)."""

from accord.events.triggers import find_candidates

G = "B-GPE"


def _cands(build, verb, lemma, obj, obj_lemma, particle=None):
    """'Japan <verb> [<particle>] <obj> .'"""
    rows = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G), (verb, lemma, "VERB", "VBD", "ROOT", 1, "O")]
    if particle:
        rows.append((particle, particle, "ADP", "RP", "prt", 1, "O"))
    rows += [(obj, obj_lemma, "NOUN", "NNS", "dobj", 1, "O"), (".", ".", "PUNCT", ".", "punct", 1, "O")]
    doc = build(rows, [(0, 1, "JPN", "JPN", None, None, "state")])
    return [(c.tok.text, c.cameo) for c in find_candidates(doc[:])]


def test_allocating_aid_is_aid(build):
    assert ("allocated", "073") in _cands(build, "allocated", "allocate", "supplies", "supply")


def test_earmarking_funds_is_economic_aid(build):
    assert ("earmarked", "071") in _cands(build, "earmarked", "earmark", "funds", "fund")


def test_allocating_seats_is_no_aid(build):
    codes = [c[1] for c in _cands(build, "allocated", "allocate", "seats", "seat")]
    assert "073" not in codes and "071" not in codes  # (the CAMEO verb's own weak default may stand)


def test_freeing_people_is_a_release(build):
    assert ("freed", "0841") in _cands(build, "freed", "free", "politicians", "politician")


def test_freeing_up_funds_is_no_release(build):
    assert not [c for c in _cands(build, "freed", "free", "funds", "fund", particle="up") if c[1] == "0841"]


def test_a_supply_of_armoured_vehicles_is_military_aid(build):
    """'Japan condemned the supply of vehicles .' (the event noun)"""
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("supply", "supply", "NOUN", "NN", "dobj", 1, "O"),
        ("of", "of", "ADP", "IN", "prep", 3, "O"),
        ("vehicles", "vehicle", "NOUN", "NNS", "pobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(0, 1, "JPN", "JPN", None, None, "state")])
    from accord.events.triggers import arg_words

    assert "vehicle" in arg_words(doc[3])
    from accord.events.lexicon import lexicon

    rule = next(r for r in lexicon().rules["supply"] if r.pos == "NOUN")
    assert "vehicles" in rule.args
