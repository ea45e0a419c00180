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


def _expects(build, subject, lemma, ent, code):
    """'<subject> expects Beijing to release the sailors .'"""
    rows = [
        (subject, lemma, "PROPN" if ent != "O" else "NOUN", "NNP" if ent != "O" else "NNS", "nsubj", 1, ent),
        ("expects", "expect", "VERB", "VBZ", "ROOT", 1, "O"),
        ("Beijing", "Beijing", "PROPN", "NNP", "nsubj", 4, G),
        ("to", "to", "PART", "TO", "aux", 4, "O"),
        ("release", "release", "VERB", "VB", "ccomp", 1, "O"),
        ("the", "the", "DET", "DT", "det", 6, "O"),
        ("sailors", "sailor", "NOUN", "NNS", "dobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms = [(2, 3, "CHNGOV", "CHN", "GOV", None, "state")]
    if code:
        ms.insert(0, (0, 1, code, code[:3], "GOV", None, "state"))
    return extract_events(build(rows, ms), classifier=None, min_confidence=0.0)


def test_a_government_expecting_a_party_to_act_requests_it(build):
    evs = _expects(build, "Tokyo", "Tokyo", G, "JPNGOV")
    req = [e for e in evs if e.type == "REQUEST"]
    assert req and (req[0].actor.code, req[0].recipient.code) == ("JPNGOV", "CHNGOV")
    assert all(e.hypothetical for e in evs if e.type != "REQUEST")  # the release has not happened


def test_analysts_expecting_a_party_to_act_is_no_request(build):
    assert not [e for e in _expects(build, "Analysts", "analyst", "O", None) if e.type == "REQUEST"]


def test_expecting_that_something_will_happen_asks_nothing(build):
    rows = [
        ("Tokyo", "Tokyo", "PROPN", "NNP", "nsubj", 1, G),
        ("expects", "expect", "VERB", "VBZ", "ROOT", 1, "O"),
        ("that", "that", "SCONJ", "IN", "mark", 6, "O"),
        ("the", "the", "DET", "DT", "det", 4, "O"),
        ("talks", "talk", "NOUN", "NNS", "nsubj", 6, "O"),
        ("will", "will", "AUX", "MD", "aux", 6, "O"),
        ("resume", "resume", "VERB", "VB", "ccomp", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(0, 1, "JPNGOV", "JPN", "GOV", None, "state")])
    assert not [e for e in extract_events(doc, classifier=None, min_confidence=0.0) if e.type == "REQUEST"]
