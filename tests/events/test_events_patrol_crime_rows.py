"""Trigger rows (events/data/triggers.tsv): holding or carrying out patrols is military
cooperation like exercises; fighting a crime or an ill is no attack; flying over waters is
no airlift; neutralizing people is an attack, neutralizing a bomb is none."""

from accord.events.triggers import find_candidates

G = "B-GPE"
JAPAN = [(0, 1, "JPN", "JPN", None, None, "state")]


def _cands(build, verb, lemma, obj, obj_lemma, prep=None, particle=None):
    """'Japan <verb> [<particle>] [<prep>] <obj> .'"""
    rows = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G), (verb, lemma, "VERB", "VBD", "ROOT", 1, "O")]
    if particle:
        rows.append((particle, particle, "ADP", "RP", "prt", 1, "O"))
    if prep:
        rows.append((prep, prep, "ADP", "IN", "prep", 1, "O"))
        rows.append((obj, obj_lemma, "NOUN", "NNS", "pobj", len(rows) - 1, "O"))
    else:
        rows.append((obj, obj_lemma, "NOUN", "NNS", "dobj", 1, "O"))
    rows.append((".", ".", "PUNCT", ".", "punct", 1, "O"))
    doc = build(rows, JAPAN)
    return [(c.tok.text, c.cameo) for c in find_candidates(doc[:])]


def test_holding_and_carrying_out_patrols_is_military_cooperation(build):
    assert ("held", "062") in _cands(build, "held", "hold", "patrols", "patrol")
    assert ("carried", "062") in _cands(build, "carried", "carry", "patrols", "patrol", particle="out")


def test_fighting_a_crime_is_no_attack(build):
    assert not [c for c in _cands(build, "fought", "fight", "trafficking", "trafficking") if c[0] == "fought"]
    assert ("fought", "190") in _cands(build, "fought", "fight", "rebels", "rebel")


def test_flying_over_waters_is_no_airlift(build):
    assert not [c for c in _cands(build, "flew", "fly", "waters", "water", prep="over") if c[0] == "flew"]


def test_neutralizing_people_is_an_attack_and_a_bomb_is_none(build):
    assert ("neutralized", "190") in _cands(build, "neutralized", "neutralize", "gunmen", "gunman")
    assert not [c for c in _cands(build, "neutralized", "neutralize", "bombs", "bomb") if c[0] == "neutralized"]


def test_taking_part_in_patrols_is_military_cooperation(build):
    assert ("participated", "062") in _cands(build, "participated", "participate", "patrols", "patrol", prep="in")


def test_sitting_down_with_mediators_is_a_meeting(build):
    assert ("sat", "040") in _cands(build, "sat", "sit", "mediators", "mediator", prep="with", particle="down")
    assert not [c for c in _cands(build, "sat", "sit", "chairs", "chair", prep="on") if c[0] == "sat"]


def test_continuing_cooperation_is_cooperation(build):
    assert ("continued", "060") in _cands(build, "continued", "continue", "cooperation", "cooperation")


def test_entering_or_violating_airspace_is_a_show_of_force(build):
    assert ("entered", "150") in _cands(build, "entered", "enter", "airspace", "airspace")
    assert ("violated", "150") in _cands(build, "violated", "violate", "airspace", "airspace")


def test_calling_an_act_piracy_is_an_accusation(build):
    # "Japan called the detention an act of piracy ."
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("called", "call", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("detention", "detention", "NOUN", "NN", "dobj", 1, "O"),
        ("an", "an", "DET", "DT", "det", 5, "O"),
        ("act", "act", "NOUN", "NN", "oprd", 1, "O"),
        ("of", "of", "ADP", "IN", "prep", 5, "O"),
        ("piracy", "piracy", "NOUN", "NN", "pobj", 6, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, JAPAN)
    assert ("called", "111") in [(c.tok.text, c.cameo) for c in find_candidates(doc[:])]


def test_scrambled_jets_are_their_owners_show_of_force(build):
    # "Rurit jets were scrambled near Kalia ." -> MOBILIZE by Rurland (jets are an instrument noun)
    from accord.events.extract import extract_events

    rows = [
        ("Rurit", "Rurit", "PROPN", "NNP", "compound", 1, "B-NORP"),
        ("jets", "jet", "NOUN", "NNS", "nsubjpass", 3, "O"),
        ("were", "be", "AUX", "VBD", "auxpass", 3, "O"),
        ("scrambled", "scramble", "VERB", "VBN", "ROOT", 3, "O"),
        ("near", "near", "ADP", "IN", "prep", 3, "O"),
        ("Kalia", "Kalia", "PROPN", "NNP", "pobj", 4, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    ms = [(0, 1, "RUR", "RUR", None, None, "state"), (5, 6, "KAL", "KAL", None, None, "state")]
    evs = extract_events(build(rows, ms), classifier=None, min_confidence=0.0)
    assert ("MOBILIZE", "RUR") in {(e.type, e.actor and e.actor.code) for e in evs}
