"""Concern expressed over another party's act is criticism of it; concern over nothing is no event
(the express/voice concern rows, accord.events.criticism.concern_about_nothing)."""

from accord.events.triggers import find_candidates

G = "B-GPE"


def _concern(build, verb="expressed", lemma="express", over=True):
    """'Minsk <verb> concern [over the deployment of US troops] .'"""
    rows = [
        ("Minsk", "Minsk", "PROPN", "NNP", "nsubj", 1, G),
        (verb, lemma, "VERB", "VBD", "ROOT", 1, "O"),
        ("concern", "concern", "NOUN", "NN", "dobj", 1, "O"),
    ]
    if over:
        rows += [
            ("over", "over", "ADP", "IN", "prep", 2, "O"),
            ("the", "the", "DET", "DT", "det", 5, "O"),
            ("deployment", "deployment", "NOUN", "NN", "pobj", 3, "O"),
            ("of", "of", "ADP", "IN", "prep", 5, "O"),
            ("US", "US", "PROPN", "NNP", "compound", 8, G),
            ("troops", "troop", "NOUN", "NNS", "pobj", 6, "O"),
        ]
    rows.append((".", ".", "PUNCT", ".", "punct", 1, "O"))
    return [(c.tok.text, c.cameo) for c in find_candidates(build(rows)[:])]


def test_concern_over_an_act_is_criticism(build):
    assert (("expressed", "111")) in _concern(build)


def test_voiced_concern_is_criticism_too(build):
    assert ("voiced", "111") in _concern(build, "voiced", "voice")


def test_concern_over_nothing_is_no_event(build):
    assert not [c for c in _concern(build, over=False) if c[0] == "expressed"]
