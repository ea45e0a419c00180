"""A party that brands or describes another's act with a charge accuses it, in words (accord.events.speech)."""

from accord.events.extract import extract_events

G = "B-GPE"


def _branded(build, verb, lemma, pred, pred_lemma):
    """'Moscow <verb> the Polish deployment as a <pred> .'"""
    rows = [
        ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 1, G),
        (verb, lemma, "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 4, "O"),
        ("Polish", "polish", "ADJ", "JJ", "amod", 4, "B-NORP"),
        ("deployment", "deployment", "NOUN", "NN", "dobj", 1, "O"),
        ("as", "as", "ADP", "IN", "prep", 1, "O"),
        ("a", "a", "DET", "DT", "det", 7, "O"),
        (pred, pred_lemma, "NOUN", "NN", "pobj", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms = [(0, 1, "RUSGOV", "RUS", "GOV", None, "state"), (3, 4, "POL", "POL", None, None, "state")]
    return extract_events(build(rows, ms), classifier=None, min_confidence=0.0)


def test_branding_an_act_a_threat_is_a_spoken_accusation(build):
    acc = [e for e in _branded(build, "branded", "brand", "threat", "threat") if e.type == "ACCUSE"]
    assert acc and acc[0].actor.code == "RUSGOV" and acc[0].speech_act


def test_describing_an_act_as_a_provocation_is_a_spoken_accusation(build):
    acc = [e for e in _branded(build, "described", "describe", "provocation", "provocation") if e.type == "ACCUSE"]
    assert acc and acc[0].speech_act


def test_describing_an_act_as_a_success_is_no_accusation(build):
    assert not [e for e in _branded(build, "described", "describe", "success", "success") if e.type == "ACCUSE"]


def test_calling_an_act_a_disgrace_is_an_accusation(build):
    assert [e for e in _branded(build, "called", "call", "disgrace", "disgrace") if e.type == "ACCUSE"]
