"""The delegations at a meeting an article reports each meet its host
(accord.events.delegations)."""

from accord.events.delegations import delegation_meetings
from accord.record import Event, EventActor, Span

# "Opening the meeting , the Ruritanian minister spoke . The Freedonian delegation was headed by Ivo .
#  Sylvania was represented by its minister . A Latverian general told the participants ."
ROWS = [
    ("Opening", "open", "VERB", "VBG", "advcl", 7, "O"),
    ("the", "the", "DET", "DT", "det", 2, "O"),
    ("meeting", "meeting", "NOUN", "NN", "dobj", 0, "O"),
    (",", ",", "PUNCT", ",", "punct", 7, "O"),
    ("the", "the", "DET", "DT", "det", 6, "O"),
    ("Ruritanian", "Ruritanian", "ADJ", "JJ", "amod", 6, "B-NORP"),
    ("minister", "minister", "NOUN", "NN", "nsubj", 7, "O"),
    ("spoke", "speak", "VERB", "VBD", "ROOT", 7, "O"),
    (".", ".", "PUNCT", ".", "punct", 7, "O"),
    ("The", "the", "DET", "DT", "det", 11, "O"),
    ("Freedonian", "Freedonian", "ADJ", "JJ", "amod", 11, "B-NORP"),
    ("delegation", "delegation", "NOUN", "NN", "nsubjpass", 13, "O"),
    ("was", "be", "AUX", "VBD", "auxpass", 13, "O"),
    ("headed", "head", "VERB", "VBN", "ROOT", 13, "O"),
    ("by", "by", "ADP", "IN", "agent", 13, "O"),
    ("Ivo", "Ivo", "PROPN", "NNP", "pobj", 14, "B-PERSON"),
    (".", ".", "PUNCT", ".", "punct", 13, "O"),
    ("Sylvania", "Sylvania", "PROPN", "NNP", "nsubjpass", 19, "B-GPE"),
    ("was", "be", "AUX", "VBD", "auxpass", 19, "O"),
    ("represented", "represent", "VERB", "VBN", "ROOT", 19, "O"),
    ("by", "by", "ADP", "IN", "agent", 19, "O"),
    ("its", "its", "PRON", "PRP$", "poss", 22, "O"),
    ("minister", "minister", "NOUN", "NN", "pobj", 20, "O"),
    (".", ".", "PUNCT", ".", "punct", 19, "O"),
    ("A", "a", "DET", "DT", "det", 26, "O"),
    ("Latverian", "Latverian", "ADJ", "JJ", "amod", 26, "B-NORP"),
    ("general", "general", "NOUN", "NN", "nsubj", 27, "O"),
    ("told", "tell", "VERB", "VBD", "ROOT", 27, "O"),
    ("the", "the", "DET", "DT", "det", 29, "O"),
    ("participants", "participant", "NOUN", "NNS", "dobj", 27, "O"),
    (".", ".", "PUNCT", ".", "punct", 27, "O"),
]
MENTIONS = [
    (4, 7, "RURGOV", "RUR", "GOV", None, "person"),
    (10, 11, "FRE", "FRE", None, None, "state"),
    (17, 18, "SYL", "SYL", None, None, "state"),
    (25, 26, "LAT", "LAT", None, None, "state"),
]


def test_each_delegation_after_the_opener_meets_the_host(build):
    doc = build(ROWS, MENTIONS, sent_starts=(0, 9, 17, 24))
    out = delegation_meetings(doc, [])
    assert [(e.type, e.actor.code, e.recipient.code) for e in out] == [
        ("CONSULT", "RURGOV", "FRE"),
        ("CONSULT", "RURGOV", "SYL"),
        ("CONSULT", "RURGOV", "LAT"),
    ]


def test_no_host_named_no_meetings(build):
    rows = [r if i else ("Before", "before", "ADP", "IN", "prep", 7, "O") for i, r in enumerate(ROWS)]
    doc = build(rows, MENTIONS, sent_starts=(0, 9, 17, 24))
    assert delegation_meetings(doc, []) == []


def test_the_parties_after_the_delegations_are_the_host_with_each(build):
    rows = ROWS + [
        ("The", "the", "DET", "DT", "det", 32, "O"),
        ("parties", "party", "NOUN", "NNS", "nsubj", 33, "O"),
        ("agreed", "agree", "VERB", "VBD", "ROOT", 33, "O"),
        (".", ".", "PUNCT", ".", "punct", 33, "O"),
    ]
    doc = build(rows, MENTIONS, sent_starts=(0, 9, 17, 24, 31))
    t, s = doc[33], doc[31:35]
    agreed = Event(
        "AGREE",
        Span(t.idx, t.idx + len(t), t.text),
        {"start": s.start_char, "end": s.end_char},
        actor=EventActor(doc[31].idx, doc[32].idx + 7, "The parties"),
    )
    out = delegation_meetings(doc, [agreed])
    assert sorted((e.actor.code, e.recipient.code) for e in out if e.type == "AGREE") == [
        ("RURGOV", "FRE"),
        ("RURGOV", "LAT"),
        ("RURGOV", "SYL"),
    ]


def test_the_verb_of_a_delegation_is_its_being_at_the_meeting(build):
    # "The Freedonian delegation was headed by Ivo": no act of its own beside the meeting
    doc = build(ROWS, MENTIONS, sent_starts=(0, 9, 17, 24))
    t, s = doc[13], doc[9:17]
    headed = Event(
        "COOPERATE",
        Span(t.idx, t.idx + len(t), t.text),
        {"start": s.start_char, "end": s.end_char},
        actor=EventActor(doc[10].idx, doc[10].idx + 10, "Freedonian", code="FRE", country="FRE"),
    )
    out = delegation_meetings(doc, [headed])
    assert headed not in out and ("CONSULT", "RURGOV", "FRE") in [(e.type, e.actor.code, e.recipient.code) for e in out]


# "The talks in Genovia opened . The Freedonian delegation was headed by Ivo ."
NEUTRAL_ROWS = [
    ("The", "the", "DET", "DT", "det", 1, "O"),
    ("talks", "talk", "NOUN", "NNS", "nsubj", 4, "O"),
    ("in", "in", "ADP", "IN", "prep", 1, "O"),
    ("Genovia", "Genovia", "PROPN", "NNP", "pobj", 2, "B-GPE"),
    ("opened", "open", "VERB", "VBD", "ROOT", 4, "O"),
    (".", ".", "PUNCT", ".", "punct", 4, "O"),
    ("The", "the", "DET", "DT", "det", 8, "O"),
    ("Freedonian", "Freedonian", "ADJ", "JJ", "amod", 8, "B-NORP"),
    ("delegation", "delegation", "NOUN", "NN", "nsubjpass", 10, "O"),
    ("was", "be", "AUX", "VBD", "auxpass", 10, "O"),
    ("headed", "head", "VERB", "VBN", "ROOT", 10, "O"),
    ("by", "by", "ADP", "IN", "agent", 10, "O"),
    ("Ivo", "Ivo", "PROPN", "NNP", "pobj", 11, "B-PERSON"),
    (".", ".", "PUNCT", ".", "punct", 10, "O"),
]
NEUTRAL_MENTIONS = [(3, 4, "GNV", "GNV", None, None, "location"), (7, 8, "FRE", "FRE", None, None, "state")]


def _party_event(doc, code):
    t = doc[10]
    s = t.sent
    party = EventActor(t.idx, t.idx + 1, code, code=code, country=code)
    return Event(
        "CONSULT", Span(t.idx, t.idx + len(t), t.text), {"start": s.start_char, "end": s.end_char}, actor=party
    )


def test_a_neutral_citys_state_is_no_host(build):
    doc = build(NEUTRAL_ROWS, NEUTRAL_MENTIONS, sent_starts=(0, 6))
    assert delegation_meetings(doc, []) == []
    # the place's state taking part in the article's events makes it the host
    out = delegation_meetings(doc, [_party_event(doc, "GNV")])
    assert [(e.actor.code, e.recipient.code) for e in out if e.recipient] == [("GNV", "FRE")]
