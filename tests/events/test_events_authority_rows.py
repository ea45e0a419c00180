"""Acts of the authorities told in the passive (events/data/triggers.tsv): killing words of
security reports (``was liquidated``, ``were neutralised``, ``eliminated a commander``) and
information passed or handed to partners (sharing intelligence, 064, no concession), on hand-built Docs."""

from accord.events.triggers import find_candidates


def _codes(build, rows):
    return [(c.tok.text, c.cameo, c.type) for c in find_candidates(build(rows)[:])]


def _passive(build, subj, subj_lemma, verb, lemma, tail=()):
    """'The <subj> was <verb> [tail] .'"""
    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        (subj, subj_lemma, "NOUN", "NN", "nsubjpass", 3, "O"),
        ("was", "be", "AUX", "VBD", "auxpass", 3, "O"),
        (verb, lemma, "VERB", "VBN", "ROOT", 3, "O"),
        *tail,
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    return _codes(build, rows)


def test_a_militant_liquidated_is_an_assault(build):
    assert ("liquidated", "190", "ASSAULT") in _passive(build, "militant", "militant", "liquidated", "liquidate")


def test_a_bank_liquidated_is_no_event(build):
    assert not _passive(build, "bank", "bank", "liquidated", "liquidate")


def test_a_gunman_neutralised_is_an_assault(build):
    assert ("neutralised", "190", "ASSAULT") in _passive(build, "gunman", "gunman", "neutralised", "neutralise")


def test_a_commander_eliminated_is_an_assault(build):
    assert ("eliminated", "190", "ASSAULT") in _passive(build, "commander", "commander", "eliminated", "eliminate")


def test_a_barrier_eliminated_is_no_event(build):
    assert not [c for c in _passive(build, "barrier", "barrier", "eliminated", "eliminate") if c[1] == "190"]


def test_information_passed_to_partners_is_shared_intelligence(build):
    tail = [
        ("to", "to", "ADP", "IN", "prep", 3, "O"),
        ("partners", "partner", "NOUN", "NNS", "pobj", 4, "O"),
    ]
    got = _passive(build, "information", "information", "passed", "pass", tail)
    assert ("passed", "064", "COOPERATE") in got and not [c for c in got if c[2] == "CONCEDE"]


def test_data_handed_over_is_shared_intelligence(build):
    tail = [("over", "over", "ADP", "RP", "prt", 3, "O")]
    assert ("handed", "064", "COOPERATE") in _passive(build, "data", "datum", "handed", "hand", tail)


def test_radar_stations_handed_over_are_military_aid(build):
    """'The station was handed over .' with 'radar' as its compound: the arms rows of hand/deliver/transfer share the goods."""
    rows = [
        ("The", "the", "DET", "DT", "det", 2, "O"),
        ("radar", "radar", "NOUN", "NN", "compound", 2, "O"),
        ("station", "station", "NOUN", "NN", "nsubjpass", 4, "O"),
        ("was", "be", "AUX", "VBD", "auxpass", 4, "O"),
        ("handed", "hand", "VERB", "VBN", "ROOT", 4, "O"),
        ("over", "over", "ADP", "RP", "prt", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 4, "O"),
    ]
    assert ("handed", "072", "AID") in _codes(build, rows)
