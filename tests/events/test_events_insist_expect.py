"""``insist that``: a demand only with a verb that asks for an act (accord.events.triggers)."""

from accord.events.extract import extract_events

G = "B-GPE"


def _insist(build, verb_rows, verb=4):
    """'Tehran insisted that <verb_rows> .' with Tehran and Israel coded."""
    rows = [
        ("Tehran", "Tehran", "PROPN", "NNP", "nsubj", 1, G),
        ("insisted", "insist", "VERB", "VBD", "ROOT", 1, "O"),
        ("that", "that", "SCONJ", "IN", "mark", verb, "O"),
        ("Israel", "Israel", "PROPN", "NNP", "nsubj", verb, G),
        *verb_rows,
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    mentions = [(0, 1, "IRNGOV", "IRN", "GOV", None, "state"), (3, 4, "ISR", "ISR", None, None, "state")]
    return extract_events(build(rows, mentions), classifier=None, min_confidence=0.0)


def test_insisting_that_a_party_is_something_demands_nothing(build):
    evs = _insist(
        build,
        [
            ("is", "be", "AUX", "VBZ", "ccomp", 1, "O"),
            ("responsible", "responsible", "ADJ", "JJ", "acomp", 4, "O"),
        ],
    )
    assert not [e for e in evs if e.type == "REQUEST"]


def test_insisting_that_a_party_withdraw_is_a_demand(build):
    evs = _insist(
        build,
        [
            ("withdraw", "withdraw", "VERB", "VB", "ccomp", 1, "O"),
            ("its", "its", "PRON", "PRP$", "poss", 6, "O"),
            ("troops", "troop", "NOUN", "NNS", "dobj", 4, "O"),
        ],
    )
    req = [e for e in evs if e.type == "REQUEST"]
    assert req and (req[0].actor.code, req[0].recipient.code) == ("IRNGOV", "ISR")


def test_insisting_that_a_party_must_act_is_a_demand(build):
    evs = _insist(
        build,
        [
            ("must", "must", "AUX", "MD", "aux", 5, "O"),
            ("withdraw", "withdraw", "VERB", "VB", "ccomp", 1, "O"),
        ],
        verb=5,
    )
    req = [e for e in evs if e.type == "REQUEST"]
    assert req and (req[0].actor.code, req[0].recipient.code) == ("IRNGOV", "ISR")
