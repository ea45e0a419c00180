"""An announced retaliation is a threat (accord.events.triggers._announced_acts)."""

from accord.events.extract import extract_events
from accord.record import Quote, Speaker

G = "B-GPE"


def _will(build, verb, lemma, obj=()):
    """'Moscow will <verb> [<obj>] .' with Moscow coded."""
    rows = [
        ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 2, G),
        ("will", "will", "AUX", "MD", "aux", 2, "O"),
        (verb, lemma, "VERB", "VB", "ROOT", 2, "O"),
        *obj,
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    doc = build(rows, [(0, 1, "RUSGOV", "RUS", "GOV", None, "state")])
    return extract_events(doc, classifier=None, min_confidence=0.0)


def test_will_respond_is_a_threat(build):
    evs = _will(build, "respond", "respond")
    th = [e for e in evs if e.type == "THREATEN"]
    assert th and th[0].actor.code == "RUSGOV" and th[0].cameo == "130"


def test_will_take_adequate_measures_is_a_threat(build):
    obj = [
        ("adequate", "adequate", "ADJ", "JJ", "amod", 4, "O"),
        ("measures", "measure", "NOUN", "NNS", "dobj", 2, "O"),
    ]
    assert [e for e in _will(build, "take", "take", obj) if e.type == "THREATEN"]


def test_will_take_measures_alone_is_no_threat(build):
    obj = [("measures", "measure", "NOUN", "NNS", "dobj", 2, "O")]
    assert not [e for e in _will(build, "take", "take", obj) if e.type == "THREATEN"]


def test_responded_in_the_past_is_no_announced_threat(build):
    rows = [
        ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 1, G),
        ("responded", "respond", "VERB", "VBD", "ROOT", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(0, 1, "RUSGOV", "RUS", "GOV", None, "state")])
    assert not [e for e in extract_events(doc, classifier=None, min_confidence=0.0) if e.type == "THREATEN"]


def _face(build, aux="will"):
    """'Tehran said Israel <aux> face consequences .'"""
    rows = [
        ("Tehran", "Tehran", "PROPN", "NNP", "nsubj", 1, G),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("Israel", "Israel", "PROPN", "NNP", "nsubj", 4, G),
        (aux, aux, "AUX", "MD" if aux == "will" else "VBD", "aux", 4, "O"),
        ("face", "face", "VERB", "VB", "ccomp", 1, "O"),
        ("consequences", "consequence", "NOUN", "NNS", "dobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms = [(0, 1, "IRNGOV", "IRN", "GOV", None, "state"), (2, 3, "ISR", "ISR", None, None, "state")]
    return extract_events(build(rows, ms), classifier=None, min_confidence=0.0)


def test_saying_a_party_will_face_consequences_threatens_it(build):
    th = [e for e in _face(build) if e.type == "THREATEN"]
    assert th and (th[0].actor.code, th[0].recipient.code) == ("IRNGOV", "ISR") and th[0].trigger.text == "said"


def test_saying_a_party_did_face_consequences_is_no_threat(build):
    assert not [e for e in _face(build, aux="did") if e.type == "THREATEN"]


def _bear(build, quoted=True):
    """'" Chisinau will bear responsibility . "' as Moscow's quote (or a line of the story's own)."""
    rows = [
        ('"', '"', "PUNCT", "``", "punct", 3, "O"),
        ("Chisinau", "Chisinau", "PROPN", "NNP", "nsubj", 3, G),
        ("will", "will", "AUX", "MD", "aux", 3, "O"),
        ("bear", "bear", "VERB", "VB", "ROOT", 3, "O"),
        ("responsibility", "responsibility", "NOUN", "NN", "dobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
        ('"', '"', "PUNCT", "''", "punct", 3, "O"),
    ]
    doc = build(rows, [(1, 2, "MDAGOV", "MDA", "GOV", None, "state")])
    if quoted:
        content = doc[1:6]
        doc._.quotes = [
            Quote(
                start=content.start_char,
                end=content.end_char,
                text=content.text,
                kind="direct",
                speaker=Speaker(0, 0, "Moscow", code="RUSGOV", country="RUS"),
                cue=None,
            )
        ]
    return [e for e in extract_events(doc, classifier=None, min_confidence=0.0) if e.type == "THREATEN"]


def test_a_quoted_party_will_bear_responsibility_is_the_speakers_threat(build):
    (th,) = _bear(build)
    assert (th.actor.code, th.recipient.code, th.future) == ("RUSGOV", "MDAGOV", False)


def test_bearing_responsibility_outside_a_quote_is_no_threat(build):
    assert not _bear(build, quoted=False)
