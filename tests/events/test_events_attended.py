"""An attendance with "from" parts and no gathering of its own is at the
gathering told before: each named party toward its host (events.attended)."""

from accord.events.attended import attended_acts
from accord.events.pairs import expand_pairs
from accord.record import Event, EventActor, Span

# "Troops from Ruritania and Freedonia opened drills in Ruritania .
#  Observers from Sylvania and Elbonia are attending ."
ROWS = [
    ("Troops", "troop", "NOUN", "NNS", "nsubj", 5, "O"),
    ("from", "from", "ADP", "IN", "prep", 0, "O"),
    ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 1, "B-GPE"),
    ("and", "and", "CCONJ", "CC", "cc", 2, "O"),
    ("Freedonia", "Freedonia", "PROPN", "NNP", "conj", 2, "B-GPE"),
    ("opened", "open", "VERB", "VBD", "ROOT", 5, "O"),
    ("drills", "drill", "NOUN", "NNS", "dobj", 5, "O"),
    ("in", "in", "ADP", "IN", "prep", 6, "O"),
    ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 7, "B-GPE"),
    (".", ".", "PUNCT", ".", "punct", 5, "O"),
    ("Observers", "observer", "NOUN", "NNS", "nsubj", 16, "O"),
    ("from", "from", "ADP", "IN", "prep", 10, "O"),
    ("Sylvania", "Sylvania", "PROPN", "NNP", "pobj", 11, "B-GPE"),
    ("and", "and", "CCONJ", "CC", "cc", 12, "O"),
    ("Elbonia", "Elbonia", "PROPN", "NNP", "conj", 12, "B-GPE"),
    ("are", "be", "AUX", "VBP", "aux", 16, "O"),
    ("attending", "attend", "VERB", "VBG", "ROOT", 16, "O"),
    (".", ".", "PUNCT", ".", "punct", 16, "O"),
]
MENTIONS = [
    (2, 3, "RUR", "RUR", None, None, "state"),
    (4, 5, "FRE", "FRE", None, None, "state"),
    (8, 9, "RUR", "RUR", None, None, "location"),
    (12, 13, "SYL", "SYL", None, None, "state"),
    (14, 15, "ELB", "ELB", None, None, "state"),
]

MENTIONS_BY_TOKEN = {2: "RUR", 4: "FRE", 12: "SYL", 14: "ELB"}


def _party(doc, i):
    t = doc[i]
    return EventActor(t.idx, t.idx + len(t.text), t.text, code=MENTIONS_BY_TOKEN[i], country=MENTIONS_BY_TOKEN[i])


def _events(doc, pairs, trigger, kind):
    t, s = doc[trigger], doc[trigger].sent
    out = []
    for a, r in pairs:
        e = Event(kind, Span(t.idx, t.idx + len(t.text), t.text), {"start": s.start_char, "end": s.end_char})
        e.actor, e.recipient, e.confidence = _party(doc, a), _party(doc, r), 0.35 if kind == "CONSULT" else 0.9
        out.append(e)
    return out


def _dyads(events):
    return [(e.type, e.actor.code, e.recipient.code) for e in events]


def test_observers_from_states_attend_the_gathering_of_its_host(build):
    doc = build(ROWS, MENTIONS, sent_starts=(0, 10))
    opened = _events(doc, [(2, 4), (4, 2)], 5, "COOPERATE")
    attending = _events(doc, [(12, 14), (14, 12)], 16, "CONSULT")
    out = expand_pairs(opened + attending, doc)
    # the drills are held in Ruritania, one of their parties: it is their host
    assert _dyads(out[2:]) == [("CONSULT", "SYL", "RUR"), ("CONSULT", "ELB", "RUR")]
    assert all(e.confidence >= 0.4 for e in out[2:])


def test_an_attendance_with_no_gathering_before_stays_as_it_is(build):
    doc = build(ROWS, MENTIONS, sent_starts=(0, 10))
    attending = _events(doc, [(12, 14), (14, 12)], 16, "CONSULT")
    assert _dyads(attended_acts(attending, doc)) == [("CONSULT", "SYL", "ELB"), ("CONSULT", "ELB", "SYL")]


def test_a_gathering_led_by_one_party_is_its_hosts(build):
    # with no place of the drills among their parties: the one party the acts start from
    mentions = [m for m in MENTIONS if m[0] != 8]
    doc = build(ROWS, mentions, sent_starts=(0, 10))
    opened = _events(doc, [(4, 2)], 5, "COOPERATE")
    attending = _events(doc, [(12, 14), (14, 12)], 16, "CONSULT")
    out = attended_acts(opened + attending, doc)
    assert _dyads(out[1:]) == [("CONSULT", "SYL", "FRE"), ("CONSULT", "ELB", "FRE")]


# "Freedonia sent troops to Ruritania 's exercise , alongside units from Sylvania and Elbonia ."
GUEST_ROWS = [
    ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
    ("sent", "send", "VERB", "VBD", "ROOT", 1, "O"),
    ("troops", "troop", "NOUN", "NNS", "dobj", 1, "O"),
    ("to", "to", "ADP", "IN", "prep", 1, "O"),
    ("Ruritania", "Ruritania", "PROPN", "NNP", "poss", 6, "B-GPE"),
    ("'s", "'s", "PART", "POS", "case", 4, "O"),
    ("exercise", "exercise", "NOUN", "NN", "pobj", 3, "O"),
    (",", ",", "PUNCT", ",", "punct", 1, "O"),
    ("alongside", "alongside", "ADP", "IN", "prep", 1, "O"),
    ("units", "unit", "NOUN", "NNS", "pobj", 8, "O"),
    ("from", "from", "ADP", "IN", "prep", 9, "O"),
    ("Sylvania", "Sylvania", "PROPN", "NNP", "pobj", 10, "B-GPE"),
    ("and", "and", "CCONJ", "CC", "cc", 11, "O"),
    ("Elbonia", "Elbonia", "PROPN", "NNP", "conj", 11, "B-GPE"),
    (".", ".", "PUNCT", ".", "punct", 1, "O"),
]
GUEST_MENTIONS = [
    (0, 1, "FRE", "FRE", None, None, "state"),
    (4, 5, "RUR", "RUR", None, None, "state"),
    (11, 12, "SYL", "SYL", None, None, "state"),
    (13, 14, "ELB", "ELB", None, None, "state"),
]


def _guest_event(doc, recipient_end):
    t, s = doc[1], doc[1].sent
    e = Event("COOPERATE", Span(t.idx, t.idx + 4, t.text), {"start": s.start_char, "end": s.end_char})
    e.actor = EventActor(0, 9, "Freedonia", code="FRE", country="FRE")
    e.recipient = EventActor(
        doc[4].idx, doc[recipient_end - 1].idx + len(doc[recipient_end - 1]), "x", code="RUR", country="RUR"
    )
    return e


def test_guests_alongside_an_act_joining_an_owned_exercise_are_with_its_owner(build):
    doc = build(GUEST_ROWS, GUEST_MENTIONS)
    out = attended_acts([_guest_event(doc, 7)], doc)
    assert _dyads(out) == [("COOPERATE", "FRE", "RUR"), ("COOPERATE", "SYL", "RUR"), ("COOPERATE", "ELB", "RUR")]


def test_guests_alongside_an_act_with_no_owned_exercise_are_left_alone(build):
    doc = build(GUEST_ROWS, GUEST_MENTIONS)
    e = _guest_event(doc, 5)  # the recipient "Ruritania" alone: no owner of an exercise named
    e.recipient.end = doc[4].idx + 9
    doc[4].dep_ = "pobj"
    assert _dyads(attended_acts([e], doc)) == [("COOPERATE", "FRE", "RUR")]


# "Ruritania hosted the summit . The Sylvanian president also attended ."
ALSO_ROWS = [
    ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
    ("hosted", "host", "VERB", "VBD", "ROOT", 1, "O"),
    ("the", "the", "DET", "DT", "det", 3, "O"),
    ("summit", "summit", "NOUN", "NN", "dobj", 1, "O"),
    (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ("The", "the", "DET", "DT", "det", 7, "O"),
    ("Sylvanian", "Sylvanian", "ADJ", "JJ", "amod", 7, "B-NORP"),
    ("president", "president", "NOUN", "NN", "nsubj", 9, "O"),
    ("also", "also", "ADV", "RB", "advmod", 9, "O"),
    ("attended", "attend", "VERB", "VBD", "ROOT", 9, "O"),
    (".", ".", "PUNCT", ".", "punct", 9, "O"),
]
ALSO_MENTIONS = [(0, 1, "RUR", "RUR", None, None, "state"), (5, 8, "SYLGOV", "SYL", "GOV", None, "person")]


def _hosted(doc):
    t, s = doc[1], doc[1].sent
    e = Event("CONSULT", Span(t.idx, t.idx + 6, t.text), {"start": s.start_char, "end": s.end_char})
    e.actor = EventActor(0, 9, "Ruritania", code="RUR", country="RUR")
    return e


def test_a_guest_who_also_attended_is_with_the_host_of_the_gathering_before(build):
    doc = build(ALSO_ROWS, ALSO_MENTIONS, sent_starts=(0, 5))
    out = attended_acts([_hosted(doc)], doc)
    assert [(e.actor.country, e.recipient.country if e.recipient else None) for e in out] == [
        ("RUR", None),
        ("SYL", "RUR"),
    ]
    assert out[1].sentence["start"] == doc[5].idx and out[1].trigger.text == "attended"


def test_a_guest_who_attended_without_also_is_left_alone(build):
    rows = [r if r[0] != "also" else ("soon", "soon", "ADV", "RB", "advmod", 9, "O") for r in ALSO_ROWS]
    doc = build(rows, ALSO_MENTIONS, sent_starts=(0, 5))
    assert len(attended_acts([_hosted(doc)], doc)) == 1
