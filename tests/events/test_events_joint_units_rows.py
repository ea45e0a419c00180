"""Trigger rows for units that join other units (events/data/triggers.tsv): warships or troops that
join another state's ships or troops take part in a joint operation (CAMEO 062, military cooperation),
not a meeting; suspending visa-free travel and cancelling drills reduce relations (CAMEO 160, SANCTION)."""

from accord.events.triggers import find_candidates

G = "B-GPE"
JAPAN = [(0, 1, "JPN", "JPN", None, None, "state")]


def _svo(build, verb, lemma, obj, obj_lemma):
    """'Japan <verb> <obj> .'"""
    rows = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G), (verb, lemma, "VERB", "VBD", "ROOT", 1, "O")]
    rows += [(obj, obj_lemma, "NOUN", "NNS", "dobj", 1, "O"), (".", ".", "PUNCT", ".", "punct", 1, "O")]
    doc = build(rows, JAPAN)
    return [(c.tok.text, c.cameo) for c in find_candidates(doc[:])]


def test_joining_ships_is_military_cooperation(build):
    assert _svo(build, "joined", "join", "ships", "ship") == [("joined", "062")]
    assert _svo(build, "joined", "join", "troops", "troop") == [("joined", "062")]


def test_joining_an_alliance_is_no_military_cooperation(build):
    assert ("joined", "062") not in _svo(build, "joined", "join", "bloc", "bloc")


def test_suspending_visa_travel_reduces_relations(build):
    assert _svo(build, "suspended", "suspend", "travel", "travel") == [("suspended", "160")]
    assert _svo(build, "suspended", "suspend", "visas", "visa") == [("suspended", "160")]


def test_cancelling_drills_reduces_relations(build):
    assert _svo(build, "cancelled", "cancel", "drills", "drill") == [("cancelled", "160")]
