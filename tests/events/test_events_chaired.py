"""A chaired gathering's attendee list: the chair's state with each attendee (events.chaired)."""

from accord.events.chaired import chaired_attendees

NO = "O"
G = "B-GPE"


def _doc(build, verb=("attended", "attend"), chair="chairmanship"):
    """'The summit was held under the <chair> of Ruritania . Elbonia , Freedonia and Sylvania <verb> the summit .'"""
    rows = [
        ("The", "the", "DET", "DT", "det", 1, NO),
        ("summit", "summit", "NOUN", "NN", "nsubjpass", 3, NO),
        ("was", "be", "AUX", "VBD", "auxpass", 3, NO),
        ("held", "hold", "VERB", "VBN", "ROOT", 3, NO),
        ("under", "under", "ADP", "IN", "prep", 3, NO),
        ("the", "the", "DET", "DT", "det", 6, NO),
        (chair, chair, "NOUN", "NN", "pobj", 4, NO),
        ("of", "of", "ADP", "IN", "prep", 6, NO),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 7, G),
        (".", ".", "PUNCT", ".", "punct", 3, NO),
        ("Elbonia", "Elbonia", "PROPN", "NNP", "nsubj", 15, G),
        (",", ",", "PUNCT", ",", "punct", 10, NO),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "conj", 10, G),
        ("and", "and", "CCONJ", "CC", "cc", 12, NO),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "conj", 12, G),
        (verb[0], verb[1], "VERB", "VBD", "ROOT", 15, NO),
        ("the", "the", "DET", "DT", "det", 17, NO),
        ("summit", "summit", "NOUN", "NN", "dobj", 15, NO),
        (".", ".", "PUNCT", ".", "punct", 15, NO),
    ]
    ms = [(i, i + 1, c, c, None, None, "state") for i, c in ((8, "RUR"), (10, "ELB"), (12, "FRE"), (14, "SYL"))]
    return build(rows, ms, sent_starts=(0, 10))


def test_the_chair_meets_each_attendee(build):
    out = chaired_attendees(_doc(build), [])
    assert sorted((e.type, e.actor.country, e.recipient.country) for e in out) == [
        ("CONSULT", "RUR", "ELB"),
        ("CONSULT", "RUR", "FRE"),
        ("CONSULT", "RUR", "SYL"),
    ]


def test_no_host_or_no_attendance_gives_nothing(build):
    assert chaired_attendees(_doc(build, chair="presence"), []) == []  # no chair, no place: no host
    assert chaired_attendees(_doc(build, verb=("criticised", "criticise")), []) == []


def test_the_organisations_own_event_at_the_host_gives_way(build):
    # "... the summit of the Pact was held under the chairmanship of Ruritania": Pact -> RUR is told as RUR with each
    from accord.record import Event, EventActor, Span

    doc = _doc(build)
    t = doc[3]
    own = Event(
        "CONSULT",
        Span(t.idx, t.idx + len(t), t.text),
        {"start": 0, "end": doc[9].idx + 1},
        actor=EventActor(0, 10, "The summit", code="IGOPCT", org="PCT"),
        recipient=EventActor(doc[8].idx, doc[8].idx + 9, "Ruritania", code="RUR", country="RUR"),
    )
    out = chaired_attendees(doc, [own])
    assert own not in out and len(out) == 3
