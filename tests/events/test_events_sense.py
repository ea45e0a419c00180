"""Trigger sense (accord.events.sense) on hand-built Docs."""

from accord.events.extract import extract_events

G = "B-GPE"


def _drills(mod, partner):
    """'Russia held <mod> drills [with Belarus] near the Polish border .'"""
    rows = [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1, G), ("held", "hold", "VERB", "VBD", "ROOT", 1, "O")]
    if mod:
        rows.append((mod, mod, "ADJ", "JJ", "amod", len(rows) + 1, "O"))
    d = len(rows)
    rows.append(("drills", "drill", "NOUN", "NNS", "dobj", 1, "O"))
    ms = [(0, 1, "RUS", "RUS", None, None, "state")]
    if partner:
        rows += [
            ("with", "with", "ADP", "IN", "prep", 1, "O"),
            ("Belarus", "Belarus", "PROPN", "NNP", "pobj", d + 1, G),
        ]
        ms.append((d + 2, d + 3, "BLR", "BLR", None, None, "state"))
    n = len(rows)
    rows += [
        ("near", "near", "ADP", "IN", "prep", 1, "O"),
        ("the", "the", "DET", "DT", "det", n + 3, "O"),
        ("Polish", "polish", "ADJ", "JJ", "amod", n + 3, "B-NORP"),
        ("border", "border", "NOUN", "NN", "pobj", n, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms.append((n + 2, n + 3, "POL", "POL", None, None, "state"))
    return rows, ms


def test_one_sides_drills_near_another_are_a_show_of_force(build):
    rows, ms = _drills("snap", False)
    evs = extract_events(build(rows, ms), classifier=None, min_confidence=0.0)
    assert [(e.type, e.cameo, e.actor.code, e.recipient and e.recipient.code) for e in evs] == [
        ("MOBILIZE", "150", "RUS", "POL")
    ]


def test_drills_with_a_partner_stay_cooperation(build):
    rows, ms = _drills(None, True)
    evs = extract_events(build(rows, ms), classifier=None, min_confidence=0.0)
    assert {(e.type, e.actor.code, e.recipient.code) for e in evs} >= {("COOPERATE", "RUS", "BLR")}
    assert not [e for e in evs if e.type == "MOBILIZE"]


def test_unilateral_exercise_has_no_partner(build):
    rows = [
        ("China", "China", "PROPN", "NNP", "nsubj", 1, G),
        ("held", "hold", "VERB", "VBD", "ROOT", 1, "O"),
        ("a", "a", "DET", "DT", "det", 4, "O"),
        ("unilateral", "unilateral", "ADJ", "JJ", "amod", 4, "O"),
        ("exercise", "exercise", "NOUN", "NN", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    evs = extract_events(build(rows, [(0, 1, "CHN", "CHN", None, None, "state")]), classifier=None, min_confidence=0.0)
    assert [(e.type, e.recipient) for e in evs] == [("MOBILIZE", None)]


def test_event_with_no_party_is_not_emitted(build):
    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("attack", "attack", "NOUN", "NN", "nsubj", 2, "O"),
        ("happened", "happen", "VERB", "VBD", "ROOT", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    from accord.events.triggers import find_candidates

    doc = build(rows, [])
    assert find_candidates(doc[0:4])  # a trigger is there
    assert extract_events(doc, classifier=None, min_confidence=0.0) == []


def test_place_left_is_no_one_met(build):
    rows = [
        ("Lavrov", "Lavrov", "PROPN", "NNP", "nsubj", 1, "B-PERSON"),
        ("left", "leave", "VERB", "VBD", "ROOT", 1, "O"),
        ("Astana", "Astana", "PROPN", "NNP", "compound", 3, G),
        ("airport", "airport", "NOUN", "NN", "dobj", 1, "O"),
        ("after", "after", "ADP", "IN", "prep", 1, "O"),
        ("talks", "talk", "NOUN", "NNS", "pobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms = [(0, 1, "RUSGOV", "RUS", "GOV", None, "person"), (2, 3, "KAZGOV", "KAZ", "GOV", None, "state")]
    evs = extract_events(build(rows, ms), classifier=None, min_confidence=0.0)
    assert not [e for e in evs if e.recipient is not None and e.recipient.country == "KAZ"], evs


def _sent_to(purpose):
    """'Kyrgyzstan sent a battalion to take part in the <purpose> .'"""
    rows = [
        ("Kyrgyzstan", "Kyrgyzstan", "PROPN", "NNP", "nsubj", 1, G),
        ("sent", "send", "VERB", "VBD", "ROOT", 1, "O"),
        ("a", "a", "DET", "DT", "det", 3, "O"),
        ("battalion", "battalion", "NOUN", "NN", "dobj", 1, "O"),
        ("to", "to", "PART", "TO", "aux", 5, "O"),
        ("take", "take", "VERB", "VB", "advcl", 1, "O"),
        ("part", "part", "NOUN", "NN", "dobj", 5, "O"),
        ("in", "in", "ADP", "IN", "prep", 5, "O"),
        ("the", "the", "DET", "DT", "det", 9, "O"),
        (purpose, purpose, "NOUN", "NN", "pobj", 7, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return rows, [(0, 1, "KGZ", "KGZ", None, None, "state")]


def test_forces_sent_to_take_part_in_drills_cooperate(build):
    rows, ms = _sent_to("exercise")
    evs = extract_events(build(rows, ms), classifier=None, min_confidence=0.0)
    assert {(e.type, e.cameo) for e in evs} == {("COOPERATE", "062")}


def test_forces_sent_to_take_part_in_an_offensive_stay_a_deployment(build):
    rows, ms = _sent_to("offensive")
    evs = extract_events(build(rows, ms), classifier=None, min_confidence=0.0)
    assert "MOBILIZE" in {e.type for e in evs} and "COOPERATE" not in {e.type for e in evs}


def _signed_during(build, of_visitor: bool):
    """'Kyrgyzstan signed the contract during the visit [of the delegation] to Ankara .'"""
    rows = [
        ("Kyrgyzstan", "Kyrgyzstan", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("signed", "sign", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("contract", "contract", "NOUN", "NN", "dobj", 1, "O"),
        ("during", "during", "ADP", "IN", "prep", 1, "O"),
        ("the", "the", "DET", "DT", "det", 6, "O"),
        ("visit", "visit", "NOUN", "NN", "pobj", 4, "O"),
    ]
    if of_visitor:
        rows += [
            ("of", "of", "ADP", "IN", "prep", 6, "O"),
            ("the", "the", "DET", "DT", "det", 9, "O"),
            ("delegation", "delegation", "NOUN", "NN", "pobj", 7, "O"),
        ]
    n = len(rows)
    rows += [
        ("to", "to", "ADP", "IN", "prep", 6, "O"),
        ("Ankara", "Ankara", "PROPN", "NNP", "pobj", n, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    from accord.events.triggers import find_candidates

    return [c.tok.text for c in find_candidates(build(rows)[:])]


def test_a_visit_with_its_visitor_during_which_a_deal_was_signed_is_news_of_its_own(build):
    assert "visit" in _signed_during(build, True)


def test_a_visit_of_no_one_named_stays_the_deals_setting(build):
    assert "visit" not in _signed_during(build, False)
