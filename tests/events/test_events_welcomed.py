"""A host welcoming a gathering's members meets each guest named after it."""

from accord.events.welcomed import welcomed_guests
from accord.record import Event, EventActor, Span


def _rows(obj_word, obj_lemma):
    return [
        ("Japarov", "Japarov", "PROPN", "NNP", "nsubj", 1, "B-PERSON"),
        ("welcomed", "welcome", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        (obj_word, obj_lemma, "NOUN", "NNS", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ("Xi", "Xi", "PROPN", "NNP", "nsubj", 8, "B-PERSON"),
        ("and", "and", "CCONJ", "CC", "cc", 5, "O"),
        ("Putin", "Putin", "PROPN", "NNP", "conj", 5, "B-PERSON"),
        ("arrived", "arrive", "VERB", "VBD", "ROOT", 8, "O"),
        (".", ".", "PUNCT", ".", "punct", 8, "O"),
        ("Tokayev", "Tokayev", "PROPN", "NNP", "nsubj", 11, "B-PERSON"),
        ("joined", "join", "VERB", "VBD", "ROOT", 11, "O"),
        ("them", "they", "PRON", "PRP", "dobj", 11, "O"),
        (".", ".", "PUNCT", ".", "punct", 11, "O"),
        ("The", "the", "DET", "DT", "det", 15, "O"),
        ("bloc", "bloc", "NOUN", "NN", "nsubj", 16, "O"),
        ("met", "meet", "VERB", "VBD", "ROOT", 16, "O"),
        (".", ".", "PUNCT", ".", "punct", 16, "O"),
        ("Lukashenko", "Lukashenko", "PROPN", "NNP", "nsubj", 19, "B-PERSON"),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 19, "O"),
        (".", ".", "PUNCT", ".", "punct", 19, "O"),
    ]


MENTIONS = [
    (0, 1, "KGZGOV", "KGZ", "GOV", None, "person"),
    (5, 6, "CHNGOV", "CHN", "GOV", None, "person"),
    (7, 8, "RUSGOV", "RUS", "GOV", None, "person"),
    (10, 11, "KAZGOV", "KAZ", "GOV", None, "person"),
    (18, 19, "BLRGOV", "BLR", "GOV", None, "person"),
]


def _welcome(doc):
    m = doc._.mentions[0]
    t = doc[1]
    return Event(
        "SUPPORT",
        Span(t.idx, t.idx + len(t.text), t.text),
        {"start": 0, "end": doc[4].idx + 1},
        actor=EventActor.of(m),
        recipient=None,
    )


def test_a_welcome_of_the_leaders_is_the_hosts_meeting_with_each_guest_named_after_it(build):
    doc = build(_rows("leaders", "leader"), MENTIONS, sent_starts=(0, 5, 10, 14, 18))
    out = welcomed_guests(doc, [_welcome(doc)])
    assert [(e.type, e.cameo, e.actor.country, e.recipient.country) for e in out] == [
        ("CONSULT", "043", "KGZ", "CHN"),
        ("CONSULT", "043", "KGZ", "RUS"),
        ("CONSULT", "043", "KGZ", "KAZ"),
    ]  # (Lukashenko stands after a sentence that names no state: the summit's own news)


def test_a_welcome_of_no_group_stays_as_it_is(build):
    # "Japarov welcomed the decisions ." is support of a thing, no hosting
    doc = build(_rows("decisions", "decision"), MENTIONS, sent_starts=(0, 5, 10, 14, 18))
    e = _welcome(doc)
    assert welcomed_guests(doc, [e]) == [e]


def _hosted(guest_starts, host_start=60):
    from accord.events.coref import guests_meetings

    evs = []
    for n, start in enumerate(guest_starts):
        code = ("AAA", "BBB", "CCC")[n]
        evs.append(
            Event(
                "CONSULT",
                Span(30, 33, "met"),
                {"start": 0, "end": 100},
                actor=EventActor(host_start, host_start + 3, "UAE", code="HHH", country="HHH"),
                recipient=EventActor(start, start + 3, code, code=code, country=code),
            )
        )
    return guests_meetings(evs)


def test_guests_named_before_their_host_meet_each_other():
    # "A's minister and his B counterpart met for talks hosted by H" -> A <-> B as well
    got = sorted((e.actor.country, e.recipient.country) for e in _hosted([0, 10]))
    assert got == [("AAA", "BBB"), ("BBB", "AAA")]
    # "H met A and B": the host named first meets each, no pairs among them
    assert _hosted([40, 50], host_start=0) == []
    # guests copied from another sentence (a mediation naming no one): no pairs
    assert _hosted([-20, -10]) == []
