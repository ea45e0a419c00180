"""A party named after a preposition of absence is left out of the act (events.absence):
"Rurland held drills with Freedonia" names its partner, "... without Freedonia" does not."""

from accord.events.extract import extract_events

G = "B-GPE"


def _pairs(build, prep):
    # "Rurland held drills <prep> Freedonia ."
    rows = [
        ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 1, G),
        ("held", "hold", "VERB", "VBD", "ROOT", 1, "O"),
        ("drills", "drill", "NOUN", "NNS", "dobj", 1, "O"),
        (prep, prep, "ADP", "IN", "prep", 1, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "pobj", 3, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms = [(0, 1, "RUR", "RUR", None, None, "state"), (4, 5, "FRE", "FRE", None, None, "state")]
    evs = extract_events(build(rows, ms), classifier=None, min_confidence=0.0)
    return {(e.actor and e.actor.code, e.recipient and e.recipient.code) for e in evs}


def test_a_partner_named_with_with_is_the_recipient(build):
    assert ("RUR", "FRE") in _pairs(build, "with")


def test_a_party_named_after_without_is_no_recipient(build):
    assert ("RUR", "FRE") not in _pairs(build, "without")
