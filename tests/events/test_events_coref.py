"""One real-world event, one event: restatements, back-references, ids."""

from spacy.tokens import Doc

from accord.events.coref import link_events, merge_restatements
from accord.record import Event, EventActor, Span


def _ev(typ, sent, trig, actor="KAZ", rec="UZB", date=None, conf=0.5):
    return Event(
        type=typ,
        trigger=Span(trig[0], trig[1], "x"),
        sentence={"start": sent[0], "end": sent[1]},
        actor=EventActor(0, 1, actor, code=actor),
        recipient=EventActor(0, 1, rec, code=rec) if rec else None,
        date=date,
        confidence=conf,
    )


def test_restatements_are_one_event_with_all_sentences():
    a = _ev("CONSULT", (0, 40), (10, 14), conf=0.6)
    b = _ev("CONSULT", (41, 90), (50, 54), conf=0.8)
    c = _ev("CONSULT", (41, 90), (50, 54), actor="UZB", rec="KAZ")
    out = merge_restatements([a, b, c])
    assert len(out) == 2
    kept = next(e for e in out if e.actor.code == "KAZ")
    assert kept is b and kept.evidence == [{"start": 0, "end": 40}, {"start": 41, "end": 90}]


def test_definite_noun_refers_back_and_ids_are_unique(vocab):
    # "Tajikistan hosted drills on Monday . Troops from Kyrgyzstan joined the drills ."
    words = [
        "Tajikistan",
        "hosted",
        "drills",
        "on",
        "Monday",
        ".",
        "Troops",
        "from",
        "Kyrgyzstan",
        "joined",
        "the",
        "drills",
        ".",
    ]
    heads = [1, 1, 1, 1, 3, 1, 9, 6, 7, 9, 11, 9, 9]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "nsubj", "prep", "pobj", "ROOT", "det", "dobj", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    spaces = [True, True, True, True, False, True, True, True, True, True, True, False, False]
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        sent_starts=[True] + [False] * 5 + [True] + [False] * 6,
    )
    s1 = {"start": 0, "end": doc[5].idx + 1}
    s2 = {"start": doc[6].idx, "end": len(doc.text)}
    first = _ev(
        "COOPERATE", (s1["start"], s1["end"]), (doc[1].idx, doc[1].idx + 6), actor="TJK", rec=None, date="2023-06-19"
    )
    later = _ev("COOPERATE", (s2["start"], s2["end"]), (doc[11].idx, doc[11].idx + 6), actor="KGZ", rec=None)
    out = link_events(doc, [first, later])
    assert [e.id for e in out] == ["ev1", "ev2"]
    assert out[0].evidence == [s1, s2] and out[1].evidence == [s1, s2]
    assert out[1].date == "2023-06-19"


def test_organisation_exercise_is_coded_with_its_host_state():
    # "CSTO drills in Kazakhstan": the organisation with its host (#16 conventions)
    from accord.events.extract import _host_of_organisation
    from accord.record import Location

    e = _ev("COOPERATE", (0, 40), (5, 11), rec=None)
    e.actor = EventActor(0, 4, "CSTO", code="IGOCSTO", org="CSTO")
    e.location = Location("Kazakhstan", country="KAZ", start=20, end=30)
    _host_of_organisation(None, e, None)
    assert e.recipient.country == "KAZ" and e.recipient.text == "Kazakhstan"
    # a party of its own stays; a state's exercise is not an organisation's
    e2 = _ev("COOPERATE", (0, 40), (5, 11), actor="RUS", rec="UZB")
    e2.location = e.location
    _host_of_organisation(None, e2, None)
    assert e2.recipient.code == "UZB"
    # "a meeting of the bloc's secretaries was held in Kazakhstan": no actor, the bloc named as recipient
    e3 = _ev("CONSULT", (0, 40), (5, 11), rec=None)
    e3.actor, e3.recipient = None, EventActor(12, 16, "CSTO", code="IGOCSTO", org="CSTO")
    e3.location = e.location
    _host_of_organisation(None, e3, None)
    assert e3.actor.org == "CSTO" and e3.recipient.country == "KAZ"


def test_a_hosted_gathering_is_the_host_with_each_participant(vocab):
    # "Freedonian and Sylvanian troops join drills . The drills are hosted by Ruritania ."
    from accord.events.coref import link_hosts

    words = ["Troops", "join", "drills", ".", "The", "drills", "are", "hosted", "by", "Ruritania", "."]
    lemmas = ["troop", "join", "drill", ".", "the", "drill", "be", "host", "by", "Ruritania", "."]
    doc = Doc(vocab, words=words, lemmas=lemmas, sent_starts=[True, False, False, False, True] + [False] * 6)
    join = doc[1].idx, doc[1].idx + 4
    host = doc[7].idx, doc[7].idx + 6
    s1, s2 = (0, doc[3].idx + 1), (doc[4].idx, len(doc.text))
    evs = [
        _ev("COOPERATE", s1, join, actor="FRE", rec="SYL"),
        _ev("COOPERATE", s1, join, actor="SYL", rec="FRE"),
        _ev("COOPERATE", s2, host, actor="RUR", rec=None),
    ]
    for e in evs:
        e.actor.country = e.actor.code
        if e.recipient is not None:
            e.recipient.country = e.recipient.code
    out = link_hosts(doc, evs)
    assert [(e.actor.code, e.recipient and e.recipient.code) for e in out[2:]] == [("RUR", "FRE"), ("RUR", "SYL")]
    # no joint act around it: the host stays alone
    alone = link_hosts(doc, [_ev("COOPERATE", s2, host, actor="RUR", rec=None)])
    assert len(alone) == 1 and alone[0].recipient is None


def test_a_short_reaction_answers_the_articles_news(vocab):
    # "Ruritania expelled Freedonian diplomats . Freedonia warned of retaliation ." -> Freedonia -> Ruritania;
    # a reaction that names another party keeps its own
    from accord.events.coref import link_context_recipients
    from accord.record import Mention

    words = ["Ruritania", "expelled", "diplomats", ".", "Freedonia", "warned", "of", "retaliation", "."]
    doc = Doc(vocab, words=words, sent_starts=[True, False, False, False, True] + [False] * 4)
    s1, s2 = (0, doc[3].idx + 1), (doc[4].idx, len(doc.text))
    doc._.mentions = [
        Mention(start=0, end=9, text="Ruritania", name="Ruritania", kind="state", code="RUR", country="RUR"),
        Mention(
            start=s2[0], end=s2[0] + 9, text="Freedonia", name="Freedonia", kind="state", code="FRE", country="FRE"
        ),
    ]
    lead = _ev("SANCTION", s1, (10, 18), actor="RUR", rec="FRE")
    warn = _ev("THREATEN", s2, (doc[5].idx, doc[5].idx + 6), actor="FRE", rec=None)
    for e in (lead, warn):
        e.actor.country = e.actor.code
    lead.recipient.country = "FRE"
    link_context_recipients(doc, [lead, warn])
    assert warn.recipient is not None and warn.recipient.country == "RUR"
    # the sentence names another party: left as it is
    doc._.mentions.append(
        Mention(
            start=doc[7].idx, end=doc[7].idx + 11, text="retaliation", name="x", kind="state", code="SYL", country="SYL"
        )
    )
    warn2 = _ev("THREATEN", s2, (doc[5].idx, doc[5].idx + 6), actor="FRE", rec=None)
    warn2.actor.country = "FRE"
    link_context_recipients(doc, [lead, warn2])
    assert warn2.recipient is None


def test_a_headline_lead_without_a_coded_recipient_yields_to_its_retelling():
    # "Ruritania freezes ties with the bloc" (headline) . "Ruritania froze its ties with Freedonia ." ->
    # the news is aimed at Freedonia
    from accord.events.coref import lead_event

    head = _ev("SANCTION", (0, 30), (10, 17), actor="RUR", rec=None)
    told = _ev("SANCTION", (31, 80), (41, 46), actor="RUR", rec="FRE")
    other = _ev("ACCUSE", (81, 120), (90, 96), actor="SYL", rec="RUR")
    for e in (head, told, other):
        e.actor.country = e.actor.code
    told.recipient.country = "FRE"
    other.recipient.country = "RUR"
    assert lead_event([head, other, told]) is told
    told.recipient.country = told.recipient.code = None  # no retelling names one: the first stays
    assert lead_event([head, other, told]) is head


def test_a_reaction_whose_sentence_names_only_the_leads_side_answers_it(vocab):
    # "Ruritania expelled diplomats . Freedonia valued Ruritania and would help ." -> Freedonia -> Ruritania;
    # with a target phrase of its own beside the party named, it is left alone
    from accord.events.coref import link_context_recipients
    from accord.record import Mention

    words = ["Ruritania", "expelled", "diplomats", ".", "Freedonia", "valued", "Ruritania", "and", "helped", "."]
    doc = Doc(vocab, words=words, sent_starts=[True, False, False, False, True] + [False] * 5)
    s1, s2 = (0, doc[3].idx + 1), (doc[4].idx, len(doc.text))

    def mention(i, code):
        return Mention(
            start=doc[i].idx,
            end=doc[i].idx + len(doc[i]),
            text=doc[i].text,
            name="x",
            kind="state",
            code=code,
            country=code,
        )

    doc._.mentions = [mention(0, "RUR"), mention(4, "FRE"), mention(6, "RUR")]
    lead = _ev("SANCTION", s1, (10, 18), actor="RUR", rec="FRE")
    helped = _ev("AGREE", s2, (doc[8].idx, doc[8].idx + 6), actor="FRE", rec=None)
    own = _ev("AGREE", s2, (doc[8].idx, doc[8].idx + 6), actor="FRE", rec="people")
    for e in (lead, helped, own):
        e.actor.country = e.actor.code
    lead.recipient.country = "FRE"
    link_context_recipients(doc, [lead, helped, own])
    assert helped.recipient is not None and helped.recipient.country == "RUR"
    assert own.recipient.text == "people"


def _hosted_exercise_doc(build, noun):
    # "Ruritania will host the exercise with Sylvania and Elbonia ."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 2, "B-GPE"),
        ("will", "will", "AUX", "MD", "aux", 2, "O"),
        ("host", "host", "VERB", "VB", "ROOT", 2, "O"),
        ("the", "the", "DET", "DT", "det", 4, "O"),
        (noun, noun, "NOUN", "NN", "dobj", 2, "O"),
        ("with", "with", "ADP", "IN", "prep", 4, "O"),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "pobj", 5, "B-GPE"),
        ("and", "and", "CCONJ", "CC", "cc", 6, "O"),
        ("Elbonia", "Elbonia", "PROPN", "NNP", "conj", 6, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    doc = build(rows, [(0, 1, "RUR", "RUR", None, None, "state")])
    t = doc[2]

    def ev(r):
        x = doc[r]
        e = _ev("AGREE", (0, len(doc.text)), (t.idx, t.idx + 4), actor="RUR", rec=None)
        e.actor.country = "RUR"
        e.recipient = EventActor(
            x.idx, x.idx + len(x.text), x.text, code=x.text[:3].upper(), country=x.text[:3].upper()
        )
        return e

    return doc, [ev(6), ev(8)]


def test_the_guests_of_a_hosted_exercise_are_paired(build):
    from accord.events.coref import link_hosts

    doc, events = _hosted_exercise_doc(build, "exercise")
    pairs = [(e.actor.country, e.recipient.country) for e in link_hosts(doc, events)]
    assert ("SYL", "ELB") in pairs and len(pairs) == 3


def test_the_guests_of_a_hosted_meeting_are_not_paired(build):
    from accord.events.coref import link_hosts

    doc, events = _hosted_exercise_doc(build, "meeting")
    assert len(link_hosts(doc, events)) == 2


def test_a_dinner_hosted_for_an_attendee_is_with_that_attendee_alone(build):
    # "Ruritania attended a dinner hosted by Sylvania and met Elbonia ."
    from accord.events.coref import link_hosts

    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("attended", "attend", "VERB", "VBD", "ROOT", 1, "O"),
        ("a", "a", "DET", "DT", "det", 3, "O"),
        ("dinner", "dinner", "NOUN", "NN", "dobj", 1, "O"),
        ("hosted", "host", "VERB", "VBN", "acl", 3, "O"),
        ("by", "by", "ADP", "IN", "agent", 4, "O"),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "pobj", 5, "B-GPE"),
        ("and", "and", "CCONJ", "CC", "cc", 1, "O"),
        ("met", "meet", "VERB", "VBD", "conj", 1, "O"),
        ("Elbonia", "Elbonia", "PROPN", "NNP", "dobj", 8, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    mentions = [(i, i + 1, c, c, None, None, "state") for i, c in ((0, "RUR"), (6, "SYL"), (9, "ELB"))]
    doc = build(rows, mentions)
    sent = (0, len(doc.text))
    hosted = _ev("CONSULT", sent, (doc[4].idx, doc[4].idx + 6), actor="SYL", rec=None)
    hosted.actor.country = "SYL"
    met = _ev("CONSULT", sent, (doc[8].idx, doc[8].idx + 3), actor="RUR", rec="ELB")
    met.actor.country, met.recipient.country = "RUR", "ELB"
    out = [(e.actor.country, e.recipient.country) for e in link_hosts(doc, [hosted, met])]
    assert ("SYL", "RUR") in out and ("SYL", "ELB") not in out


def _dispute_and_reaction(vocab, quad):
    from accord.record import Mention

    words = ["Ruritania", "blamed", "Freedonia", ".", "Sylvania", "warned", "of", "retaliation", "."]
    doc = Doc(vocab, words=words, sent_starts=[True, False, False, False, True] + [False] * 4)
    s1, s2 = (0, doc[3].idx + 1), (doc[4].idx, len(doc.text))
    doc._.mentions = [
        Mention(start=0, end=9, text="Ruritania", name="Ruritania", kind="state", code="RUR", country="RUR"),
        Mention(
            start=doc[2].idx, end=doc[2].idx + 9, text="Freedonia", name="F", kind="state", code="FRE", country="FRE"
        ),
        Mention(start=s2[0], end=s2[0] + 8, text="Sylvania", name="Sylvania", kind="state", code="SYL", country="SYL"),
    ]
    lead = _ev("ACCUSE", s1, (10, 16), actor="RUR", rec="FRE")
    back = _ev("ACCUSE", s1, (10, 16), actor="FRE", rec="RUR")
    react = _ev("THREATEN", s2, (doc[5].idx, doc[5].idx + 6), actor="SYL", rec=None)
    for e in (lead, back, react):
        e.actor.country = e.actor.code
        e.quad = quad
    for e in (lead, back):
        e.recipient.country = e.recipient.code
    return doc, [lead, back, react]


def test_a_third_partys_reaction_to_a_two_sided_dispute_is_to_both_sides(vocab):
    # "Ruritania and Freedonia blame each other . Sylvania warned of retaliation ." -> SYL -> RUR and SYL -> FRE
    from accord.events.coref import link_context_recipients

    doc, events = _dispute_and_reaction(vocab, "verbal_conflict")
    link_context_recipients(doc, events)
    got = sorted(e.recipient.country for e in events if e.actor.country == "SYL")
    assert got == ["FRE", "RUR"]
    # a two-sided cooperation (joint drills) is no dispute: the reaction keeps the lead's one side
    doc, events = _dispute_and_reaction(vocab, "verbal_cooperation")
    link_context_recipients(doc, events)
    assert len([e for e in events if e.actor.country == "SYL"]) == 1


def test_a_naming_of_what_others_told_is_aimed_at_its_authors(build):
    """'He called these reports false': no reaction to the lead's party (coref._reaction_alone)."""
    from accord.events.coref import _definite_object, _told_nouns
    from accord.record import Event, Span

    for noun, lemma, want in (("reports", "report", True), ("moves", "move", False)):
        rows = [
            ("He", "he", "PRON", "PRP", "nsubj", 1, "O"),
            ("called", "call", "VERB", "VBD", "ROOT", 1, "O"),
            ("these", "these", "DET", "DT", "det", 3, "O"),
            (noun, lemma, "NOUN", "NNS", "dobj", 1, "O"),
            ("false", "false", "ADJ", "JJ", "oprd", 1, "O"),
            (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ]
        doc = build(rows)
        t = doc[1]
        e = Event("ACCUSE", Span(t.idx, t.idx + len(t), t.text), {"start": 0, "end": len(doc.text)})
        assert _definite_object(doc, e, _told_nouns()) is want, noun
