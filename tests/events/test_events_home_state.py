"""Groups at home named without a country are of the dateline's state (events.home_state,
events.home_state.home_groups): "RURTOWN, May 27 -- Police detained protesters." is Rurland's police
acting on Rurland's protesters; with no dateline they stay without a country."""

from accord.events.actor_groups import ActorGroups
from accord.events.extract import extract_events
from accord.events.home_state import dateline_home


def _doc(build, dateline=True, verb=("detained", "detain")):
    rows = []
    if dateline:
        rows += [
            ("RURTOWN", "Rurtown", "PROPN", "NNP", "npadvmod", 3, "B-GPE"),
            (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ]
    k = len(rows)
    rows += [
        ("Police", "police", "NOUN", "NNS", "nsubj", k + 1, "O"),
        (verb[0], verb[1], "VERB", "VBD", "ROOT", k + 1, "O"),
        ("protesters", "protester", "NOUN", "NNS", "dobj", k + 1, "O"),
        (".", ".", "PUNCT", ".", "punct", k + 1, "O"),
    ]
    ms = [(k, k + 1, None, None, "COP", None, "group"), (k + 2, k + 3, None, None, "CVL", None, "group")]
    if dateline:
        ms = [(0, 1, "RUR", "RUR", None, None, "location")] + ms
    return build(rows, ms)


def _pairs(doc):
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    return {(e.type, e.actor and e.actor.country, e.recipient and e.recipient.country) for e in evs}


def test_the_dateline_place_gives_the_home_state(build):
    assert dateline_home(ActorGroups(_doc(build))) == "RUR"
    assert dateline_home(ActorGroups(_doc(build, dateline=False))) is None


def test_an_arrest_at_home_is_the_dateline_states(build):
    assert ("COERCE", "RUR", "RUR") in _pairs(_doc(build))


def test_without_a_dateline_the_groups_keep_no_country(build):
    assert ("COERCE", "RUR", "RUR") not in _pairs(_doc(build, dateline=False))


def test_a_rally_at_home_with_no_target_is_aimed_at_the_home_state(build):
    # "RURTOWN , Protesters rallied ." -> Rurland's protesters against Rurland
    rows = [
        ("RURTOWN", "Rurtown", "PROPN", "NNP", "npadvmod", 3, "B-GPE"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("Protesters", "protester", "NOUN", "NNS", "nsubj", 3, "O"),
        ("rallied", "rally", "VERB", "VBD", "ROOT", 3, "O"),
        ("against", "against", "ADP", "IN", "prep", 3, "O"),
        ("cuts", "cut", "NOUN", "NNS", "pobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    ms = [(0, 1, "RUR", "RUR", None, None, "location"), (2, 3, None, None, "CVL", None, "group")]
    assert ("PROTEST", "RUR", "RUR") in _pairs(build(rows, ms))


def _foreign_troops_doc(build, dateline=True):
    # "RURTOWN , Freedonian troops detained residents ." (a foreign force acting on people at home)
    rows = []
    if dateline:
        rows += [
            ("RURTOWN", "Rurtown", "PROPN", "NNP", "npadvmod", 4, "B-GPE"),
            (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ]
    k = len(rows)
    rows += [
        ("Freedonian", "Freedonian", "PROPN", "NNP", "amod", k + 1, "B-NORP"),
        ("troops", "troop", "NOUN", "NNS", "nsubj", k + 2, "O"),
        ("detained", "detain", "VERB", "VBD", "ROOT", k + 2, "O"),
        ("residents", "resident", "NOUN", "NNS", "dobj", k + 2, "O"),
        (".", ".", "PUNCT", ".", "punct", k + 2, "O"),
    ]
    ms = [(k, k + 2, "FREMIL", "FRE", "MIL", None, "group"), (k + 3, k + 4, None, None, "CVL", None, "group")]
    if dateline:
        ms = [(0, 1, "RUR", "RUR", None, None, "location")] + ms
    return build(rows, ms)


def test_people_targeted_by_a_foreign_force_are_of_the_dateline_state(build):
    assert ("COERCE", "FRE", "RUR") in _pairs(_foreign_troops_doc(build))


def test_people_targeted_with_no_dateline_keep_no_country(build):
    assert ("COERCE", "FRE", None) in _pairs(_foreign_troops_doc(build, dateline=False))
