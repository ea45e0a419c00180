"""The states that send units to an exercise told before take part in it
(accord.events.contributors)."""

from accord.events.contributors import exercise_contributors
from accord.record import Event, EventActor, Span

# "Ruritania began an exercise with troops from allies . Freedonia has sent a battalion and Sylvania a battery .
#  Osterlich , whose brigade in Latveria grew , sent engineers ."
ROWS = [
    ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
    ("began", "begin", "VERB", "VBD", "ROOT", 1, "O"),
    ("an", "an", "DET", "DT", "det", 3, "O"),
    ("exercise", "exercise", "NOUN", "NN", "dobj", 1, "O"),
    ("with", "with", "ADP", "IN", "prep", 1, "O"),
    ("allies", "ally", "NOUN", "NNS", "pobj", 4, "O"),
    (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 9, "B-GPE"),
    ("has", "have", "AUX", "VBZ", "aux", 9, "O"),
    ("sent", "send", "VERB", "VBN", "ROOT", 9, "O"),
    ("a", "a", "DET", "DT", "det", 11, "O"),
    ("battalion", "battalion", "NOUN", "NN", "dobj", 9, "O"),
    ("and", "and", "CCONJ", "CC", "cc", 11, "O"),
    ("Sylvania", "Sylvania", "PROPN", "NNP", "conj", 11, "B-GPE"),
    ("a", "a", "DET", "DT", "det", 15, "O"),
    ("battery", "battery", "NOUN", "NN", "appos", 13, "O"),
    (".", ".", "PUNCT", ".", "punct", 9, "O"),
    ("Osterlich", "Osterlich", "PROPN", "NNP", "nsubj", 25, "B-GPE"),
    (",", ",", "PUNCT", ",", "punct", 17, "O"),
    ("whose", "whose", "DET", "WP$", "poss", 20, "O"),
    ("brigade", "brigade", "NOUN", "NN", "nsubj", 23, "O"),
    ("in", "in", "ADP", "IN", "prep", 20, "O"),
    ("Latveria", "Latveria", "PROPN", "NNP", "pobj", 21, "B-GPE"),
    ("grew", "grow", "VERB", "VBD", "relcl", 17, "O"),
    (",", ",", "PUNCT", ",", "punct", 17, "O"),
    ("sent", "send", "VERB", "VBD", "ROOT", 25, "O"),
    ("engineers", "engineer", "NOUN", "NNS", "dobj", 25, "O"),
    (".", ".", "PUNCT", ".", "punct", 25, "O"),
]
CODES = {0: "RUR", 7: "FRE", 13: "SYL", 17: "OST", 22: "LAT"}


def _doc(build, rows=ROWS, codes=CODES, starts=(0, 7, 17)):
    mentions = [(i, i + 1, c, c, None, None, "state") for i, c in codes.items()]
    return build(rows, mentions, sent_starts=starts)


def _side(doc, i):
    t = doc[i]
    return EventActor(t.idx, t.idx + len(t), t.text, code=CODES[i], country=CODES[i])


def _event(doc, kind, trig, actor, recipient=None):
    t = doc[trig]
    s = t.sent
    return Event(
        kind,
        Span(t.idx, t.idx + len(t), t.text),
        {"start": s.start_char, "end": s.end_char},
        actor=_side(doc, actor),
        recipient=None if recipient is None else _side(doc, recipient),
    )


def _dyads(events):
    return sorted((e.type, e.actor.code, e.recipient.code if e.recipient else "") for e in events)


def test_the_states_that_send_units_after_an_exercise_take_part_in_it(build):
    doc = _doc(build)
    evs = [
        _event(doc, "COOPERATE", 1, 0),
        _event(doc, "MOBILIZE", 9, 7, 13),  # the gapped clause read as a recipient
        _event(doc, "AID", 25, 17, 22),  # the relative clause's place read as a recipient
    ]
    out = exercise_contributors(doc, evs)
    assert _dyads(out) == [
        ("COOPERATE", "FRE", "OST"),
        ("COOPERATE", "FRE", "SYL"),
        ("COOPERATE", "RUR", "FRE"),
        ("COOPERATE", "RUR", "OST"),
        ("COOPERATE", "RUR", "SYL"),
        ("COOPERATE", "SYL", "OST"),
    ]


def test_a_sending_to_a_state_of_its_own_is_no_contribution(build):
    # "Ruritania began an exercise with allies . Freedonia sent troops to Latveria ."
    rows = ROWS[:7] + [
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 8, "B-GPE"),
        ("sent", "send", "VERB", "VBD", "ROOT", 8, "O"),
        ("troops", "troop", "NOUN", "NNS", "dobj", 8, "O"),
        ("to", "to", "ADP", "IN", "prep", 8, "O"),
        ("Latveria", "Latveria", "PROPN", "NNP", "pobj", 10, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 8, "O"),
    ]
    doc = _doc(build, rows, {0: "RUR", 7: "FRE", 11: "LAT"}, (0, 7))
    ex = _event(doc, "COOPERATE", 1, 0)
    assert exercise_contributors(doc, [ex]) == [ex]


def test_a_sending_with_no_exercise_before_it_stays(build):
    doc = _doc(build)
    ev = _event(doc, "MOBILIZE", 9, 7, 13)
    assert exercise_contributors(doc, [ev]) == [ev]


def test_a_sending_to_a_place_of_no_state_is_no_contribution(build):
    # "Ruritania began an exercise with allies . Freedonia sent troops to the border ."
    rows = ROWS[:7] + [
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 8, "B-GPE"),
        ("sent", "send", "VERB", "VBD", "ROOT", 8, "O"),
        ("troops", "troop", "NOUN", "NNS", "dobj", 8, "O"),
        ("to", "to", "ADP", "IN", "prep", 8, "O"),
        ("the", "the", "DET", "DT", "det", 12, "O"),
        ("border", "border", "NOUN", "NN", "pobj", 10, "O"),
        (".", ".", "PUNCT", ".", "punct", 8, "O"),
    ]
    doc = _doc(build, rows, {0: "RUR", 7: "FRE"}, (0, 7))
    ex = _event(doc, "COOPERATE", 1, 0)
    assert exercise_contributors(doc, [ex]) == [ex]


def test_what_a_rival_of_the_host_sends_is_no_contribution(build):
    doc = _doc(build)
    rivalry = _event(doc, "THREATEN", 25, 17, 0)
    rivalry.quad = "verbal_conflict"
    out = exercise_contributors(doc, [_event(doc, "COOPERATE", 1, 0), rivalry])
    assert ("COOPERATE", "RUR", "OST") not in _dyads(out) and ("COOPERATE", "RUR", "FRE") in _dyads(out)
