"""Gatherings told with no one doing them (accord.events.rounds)."""

from accord.events.rounds import link_rounds
from accord.record import Event, EventActor, Location, Span

G = "B-GPE"
# "Ruritania held drills with Sylvania . A similar drill will be held in Sylvania ."
ROUND_ROWS = [
    ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
    ("held", "hold", "VERB", "VBD", "ROOT", 1, "O"),
    ("drills", "drill", "NOUN", "NNS", "dobj", 1, "O"),
    ("with", "with", "ADP", "IN", "prep", 1, "O"),
    ("Sylvania", "Sylvania", "PROPN", "NNP", "pobj", 3, G),
    (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ("A", "a", "DET", "DT", "det", 8, "O"),
    ("similar", "similar", "ADJ", "JJ", "amod", 8, "O"),
    ("drill", "drill", "NOUN", "NN", "nsubjpass", 11, "O"),
    ("will", "will", "AUX", "MD", "aux", 11, "O"),
    ("be", "be", "AUX", "VB", "auxpass", 11, "O"),
    ("held", "hold", "VERB", "VBN", "ROOT", 11, "O"),
    ("in", "in", "ADP", "IN", "prep", 11, "O"),
    ("Sylvania", "Sylvania", "PROPN", "NNP", "pobj", 12, G),
    (".", ".", "PUNCT", ".", "punct", 11, "O"),
]
MENTIONS = [
    (0, 1, "RUR", "RUR", None, None, "state"),
    (4, 5, "SYL", "SYL", None, None, "state"),
    (13, 14, "SYL", "SYL", None, None, "location"),
]


def _side(doc, i):
    t = doc[i]
    code = next(m.country for m in doc._.mentions if m.start == t.idx)
    return EventActor(t.idx, t.idx + len(t.text), t.text, code=code, country=code)


def _ev(doc, kind, trig, actor, recipient):
    t, s = doc[trig], doc[trig].sent
    e = Event(kind, Span(t.idx, t.idx + len(t.text), t.text), {"start": s.start_char, "end": s.end_char})
    e.actor = _side(doc, actor) if actor is not None else None
    e.recipient = _side(doc, recipient) if recipient is not None else None
    return e


def test_a_similar_drill_with_no_actor_is_the_earlier_drills_party(build):
    doc = build(ROUND_ROWS, MENTIONS, sent_starts=(0, 6))
    first = _ev(doc, "COOPERATE", 1, 0, 4)
    again = _ev(doc, "AGREE", 11, None, 13)
    link_rounds(doc, [first, again])
    assert again.actor.country == "RUR" and again.recipient.country == "SYL"


def test_a_drill_with_no_repetition_word_stays_without_actor(build):
    rows = list(ROUND_ROWS)
    rows[7] = ("large", "large", "ADJ", "JJ", "amod", 8, "O")
    doc = build(rows, MENTIONS, sent_starts=(0, 6))
    first = _ev(doc, "COOPERATE", 1, 0, 4)
    again = _ev(doc, "AGREE", 11, None, 13)
    link_rounds(doc, [first, again])
    assert again.actor is None


# "A joint exercise with India is planned in Kazakhstan ."
JOINT_ROWS = [
    ("A", "a", "DET", "DT", "det", 2, "O"),
    ("joint", "joint", "ADJ", "JJ", "amod", 2, "O"),
    ("exercise", "exercise", "NOUN", "NN", "nsubjpass", 6, "O"),
    ("with", "with", "ADP", "IN", "prep", 2, "O"),
    ("India", "India", "PROPN", "NNP", "pobj", 3, G),
    ("is", "be", "AUX", "VBZ", "auxpass", 6, "O"),
    ("planned", "plan", "VERB", "VBN", "ROOT", 6, "O"),
    ("in", "in", "ADP", "IN", "prep", 6, "O"),
    ("Kazakhstan", "Kazakhstan", "PROPN", "NNP", "pobj", 7, G),
    (".", ".", "PUNCT", ".", "punct", 6, "O"),
]


def _joint(doc, place_tok):
    e = _ev(doc, "AGREE", 2, None, 4)
    t = doc[place_tok]
    e.location = Location(
        text=t.text, country="KAZ" if t.text == "Kazakhstan" else "IND", start=t.idx, end=t.idx + len(t)
    )
    return e


def test_a_joint_exercise_with_a_partner_held_in_a_state_is_that_states(build):
    doc = build(JOINT_ROWS, [(4, 5, "IND", "IND", None, None, "state"), (8, 9, "KAZ", "KAZ", None, None, "state")])
    e = _joint(doc, 8)
    link_rounds(doc, [e])
    assert e.actor is not None and e.actor.country == "KAZ"


def test_a_joint_exercise_held_in_the_partners_state_has_no_other_party(build):
    rows = JOINT_ROWS[:8] + [("India", "India", "PROPN", "NNP", "pobj", 7, G)] + JOINT_ROWS[9:]
    doc = build(rows, [(4, 5, "IND", "IND", None, None, "state"), (8, 9, "IND", "IND", None, None, "state")])
    e = _joint(doc, 8)
    link_rounds(doc, [e])
    assert e.actor is None
