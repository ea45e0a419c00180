"""A warning told as what an act will receive (events.triggers._warned_consequences, receive_verbs):
``any provocation would receive a tough response`` threatens; ``will receive a response`` does not, on hand-built Docs."""

from accord.events.triggers import find_candidates


def _warned(build, adj=None):
    """'Baku said that any provocation would receive a [<adj>] response .'"""
    rows = [
        ("Baku", "Baku", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("that", "that", "SCONJ", "IN", "mark", 6, "O"),
        ("any", "any", "DET", "DT", "det", 4, "O"),
        ("provocation", "provocation", "NOUN", "NN", "nsubj", 6, "O"),
        ("would", "would", "AUX", "MD", "aux", 6, "O"),
        ("receive", "receive", "VERB", "VB", "ccomp", 1, "O"),
        ("a", "a", "DET", "DT", "det", 9 if adj else 8, "O"),
    ]
    if adj:
        rows.append((adj, adj, "ADJ", "JJ", "amod", 9, "O"))
    rows += [("response", "response", "NOUN", "NN", "dobj", 6, "O"), (".", ".", "PUNCT", ".", "punct", 1, "O")]
    # the threat against what is to receive the answer (the reporting verb is the trigger)
    return [(c.tok.text, c.cameo) for c in find_candidates(build(rows)[:]) if c.recipient_tok is not None]


def test_a_tough_response_received_is_a_threat(build):
    assert ("said", "130") in _warned(build, "tough")


def test_a_plain_response_received_is_no_threat(build):
    assert ("said", "130") not in _warned(build)
