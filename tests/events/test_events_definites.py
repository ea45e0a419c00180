"""A definite noun phrase that names no state stands for the thing named
before, or for the speaker's own body (accord.events.definites)."""

from accord.events.definites import bind_definites
from accord.record import Event, EventActor, Span


def _event(doc, kind, trig, actor, recipient=None):
    t = doc[trig]
    s = t.sent
    return Event(
        kind,
        Span(t.idx, t.idx + len(t), t.text),
        {"start": s.start_char, "end": s.end_char},
        actor=actor,
        recipient=recipient,
    )


def _side(doc, a, b, code, country, sector=None):
    sp = doc[a:b]
    return EventActor(sp.start_char, sp.end_char, sp.text, code=code, country=country, sector=sector)


BOAT_ROWS = [
    ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
    ("fired", "fire", "VERB", "VBD", "ROOT", 1, "O"),
    ("at", "at", "ADP", "IN", "prep", 1, "O"),
    ("a", "a", "DET", "DT", "det", 5, "O"),
    ("Freedonian", "Freedonian", "ADJ", "JJ", "amod", 5, "B-NORP"),
    ("boat", "boat", "NOUN", "NN", "pobj", 2, "O"),
    (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ("Ruritanian", "Ruritanian", "ADJ", "JJ", "amod", 8, "B-NORP"),
    ("vessels", "vessel", "NOUN", "NNS", "nsubj", 9, "O"),
    ("blocked", "block", "VERB", "VBD", "ROOT", 9, "O"),
    ("the", "the", "DET", "DT", "det", 11, "O"),
    ("boat", "boat", "NOUN", "NN", "poss", 13, "O"),
    ("'s", "'s", "PART", "POS", "case", 11, "O"),
    ("route", "route", "NOUN", "NN", "dobj", 9, "O"),
    (".", ".", "PUNCT", ".", "punct", 9, "O"),
]


def test_the_boat_is_the_states_boat_named_before(build):
    mentions = [
        (0, 1, "RUR", "RUR", None, None, "state"),
        (4, 5, "FRE", "FRE", None, None, "state"),
        (7, 8, "RUR", "RUR", None, None, "state"),
    ]
    doc = build(BOAT_ROWS, mentions, sent_starts=(0, 7))
    e = _event(doc, "COERCE", 9, _side(doc, 7, 9, "RUR", "RUR"))
    bind_definites([e], doc)
    assert e.recipient is not None and e.recipient.code == "FRE" and e.recipient.text == "the boat"


def test_a_boat_named_before_with_no_state_binds_nothing(build):
    mentions = [(0, 1, "RUR", "RUR", None, None, "state"), (7, 8, "RUR", "RUR", None, None, "state")]
    doc = build(BOAT_ROWS, mentions, sent_starts=(0, 7))
    e = _event(doc, "COERCE", 9, _side(doc, 7, 9, "RUR", "RUR"))
    bind_definites([e], doc)
    assert e.recipient is None


def test_the_body_a_speaker_is_named_by_is_the_speakers_own(build):
    # "Ruritanian coast guard spokesman Ivo said the coast guard acted ."
    rows = [
        ("Ruritanian", "Ruritanian", "ADJ", "JJ", "amod", 3, "B-NORP"),
        ("coast", "coast", "NOUN", "NN", "compound", 2, "O"),
        ("guard", "guard", "NOUN", "NN", "compound", 3, "O"),
        ("spokesman", "spokesman", "NOUN", "NN", "compound", 4, "O"),
        ("Ivo", "Ivo", "PROPN", "NNP", "nsubj", 5, "B-PERSON"),
        ("said", "say", "VERB", "VBD", "ROOT", 5, "O"),
        ("the", "the", "DET", "DT", "det", 8, "O"),
        ("coast", "coast", "NOUN", "NN", "compound", 8, "O"),
        ("guard", "guard", "NOUN", "NN", "nsubj", 9, "O"),
        ("acted", "act", "VERB", "VBD", "ccomp", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 5, "O"),
    ]
    doc = build(rows, [(0, 5, "RURMIL", "RUR", "MIL", None, "person")])
    e = _event(doc, "COERCE", 9, _side(doc, 6, 9, "FREMIL", "FRE", "MIL"))  # (the body the article named last)
    bind_definites([e], doc)
    assert e.actor.code == "RURMIL"
    # a speaker named by other nouns leaves it
    doc = build(rows, [(3, 5, "RURGOV", "RUR", "GOV", None, "person")])
    e = _event(doc, "COERCE", 9, _side(doc, 6, 9, "FREMIL", "FRE", "MIL"))
    bind_definites([e], doc)
    assert e.actor.code == "FREMIL"
