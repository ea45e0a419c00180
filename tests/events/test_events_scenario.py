"""An attack told as an exercise's scenario is no real act (events.scenario)."""

from accord.events.scenario import scenario_acts
from accord.record import Event, Span

NO_ENT = "O"


def _units_repel(adjective):
    # "Units repel an attack of a <adjective> enemy ."
    return [
        ("Units", "unit", "NOUN", "NNS", "nsubj", 1, NO_ENT),
        ("repel", "repel", "VERB", "VBP", "ROOT", 1, NO_ENT),
        ("an", "an", "DET", "DT", "det", 3, NO_ENT),
        ("attack", "attack", "NOUN", "NN", "dobj", 1, NO_ENT),
        ("of", "of", "ADP", "IN", "prep", 3, NO_ENT),
        ("a", "a", "DET", "DT", "det", 7, NO_ENT),
        (adjective, adjective, "ADJ", "JJ", "amod", 7, NO_ENT),
        ("enemy", "enemy", "NOUN", "NN", "pobj", 4, NO_ENT),
        (".", ".", "PUNCT", ".", "punct", 1, NO_ENT),
    ]


def _attack(doc, kind="ASSAULT"):
    t = doc[3]
    return Event(kind, Span(t.idx, t.idx + len(t), t.text), {"start": 0, "end": len(doc.text)}, cameo="190")


def test_an_attack_of_a_simulated_enemy_is_hypothetical(build):
    for adjective in ("conditional", "mock", "simulated"):
        doc = build(_units_repel(adjective))
        e = _attack(doc)
        scenario_acts(doc, [e])
        assert e.hypothetical, adjective


def test_a_real_enemy_or_a_peaceful_type_stays_factual(build):
    doc = build(_units_repel("foreign"))
    e = _attack(doc)
    scenario_acts(doc, [e])
    assert not e.hypothetical
    doc = build(_units_repel("mock"))
    e = _attack(doc, "COOPERATE")
    scenario_acts(doc, [e])
    assert not e.hypothetical


def test_under_the_scenario_is_the_plan(build):
    # "Under the scenario , units repel an attack ."
    rows = [
        ("Under", "under", "ADP", "IN", "prep", 5, NO_ENT),
        ("the", "the", "DET", "DT", "det", 2, NO_ENT),
        ("scenario", "scenario", "NOUN", "NN", "pobj", 0, NO_ENT),
        (",", ",", "PUNCT", ",", "punct", 5, NO_ENT),
        ("units", "unit", "NOUN", "NNS", "nsubj", 5, NO_ENT),
        ("repel", "repel", "VERB", "VBP", "ROOT", 5, NO_ENT),
        ("an", "an", "DET", "DT", "det", 7, NO_ENT),
        ("attack", "attack", "NOUN", "NN", "dobj", 5, NO_ENT),
        (".", ".", "PUNCT", ".", "punct", 5, NO_ENT),
    ]
    doc = build(rows)
    t = doc[7]
    e = Event("ASSAULT", Span(t.idx, t.idx + len(t), t.text), {"start": 0, "end": len(doc.text)}, cameo="190")
    scenario_acts(doc, [e])
    assert e.hypothetical


def test_conventional_targets_are_no_simulated_side(build):
    # "Units repel an attack of a conventional enemy" is a drill; "... of conventional targets" (not nuclear)
    # names no simulated side; "mock targets" still does
    for adjective, noun, want in (
        ("conventional", "enemy", True),
        ("conventional", "targets", False),
        ("mock", "targets", True),
    ):
        rows = _units_repel(adjective)
        rows[7] = (noun, noun) + rows[7][2:]
        doc = build(rows)
        e = _attack(doc)
        scenario_acts(doc, [e])
        assert e.hypothetical is want, (adjective, noun)
