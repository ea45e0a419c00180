"""The body a report is attributed to as the actor of its agentless acts
(events.attribution): "Five smugglers were detained, the X said"."""

from accord.events.actor_groups import ActorGroups
from accord.events.attribution import abbreviated, attributed_body, home_operations, titled_parties
from accord.record import Event, EventActor, Quote, Span, Speaker

NO_ENT = "O"


def _passive_report(verb, lemma, subject, body_rows):
    """'Five <subject> were <verb> , <body ...> said .': the passive clause
    is the complement of the cue 'said' (the last word but one)."""
    said = 4 + len(body_rows)  # the body's last word
    rows = [
        ("Five", "five", "NUM", "CD", "nummod", 1, NO_ENT),
        (subject, subject, "NOUN", "NNS", "nsubjpass", 3, NO_ENT),
        ("were", "be", "AUX", "VBD", "auxpass", 3, NO_ENT),
        (verb, lemma, "VERB", "VBN", "ccomp", said, NO_ENT),
        (",", ",", "PUNCT", ",", "punct", said, NO_ENT),
    ]
    for w, pos, dep, head in body_rows:
        rows.append((w, w.lower(), pos, "NNP" if pos == "PROPN" else "DT", dep, 5 + head, NO_ENT))
    rows[said] = ("said", "say", "VERB", "VBD", "ROOT", said, NO_ENT)
    rows.append((".", ".", "PUNCT", ".", "punct", said, NO_ENT))
    return rows


# "the Ruritanian Border Service": det, compound, compound, nsubj (indices from the body's first word)
BODY = [("the", "DET", "det", 3), ("Ruritanian", "PROPN", "compound", 3), ("Border", "PROPN", "compound", 3)]
BODY += [("Service", "PROPN", "nsubj", 4), ("said", "VERB", "ROOT", 4)]


def _quote(doc, content, speaker, said) -> Quote:
    """A reported quote: ``doc[content]`` said by ``doc[speaker]`` (token
    slices) with the cue word ``said``."""
    text, sp = doc[content], doc[speaker]
    return Quote(
        start=text.start_char,
        end=text.end_char,
        text=text.text,
        kind="indirect",
        speaker=Speaker(start=sp.start_char, end=sp.end_char, text=sp.text),
        cue=Span(said.idx, said.idx + len(said), said.text),
    )


def _report(doc, content, speaker, said):
    """One reported quote on the doc (:func:`_quote`)."""
    doc._.quotes = [_quote(doc, content, speaker, said)]
    return doc


def _quoted(doc, speaker_span):
    """One reported quote: the clause before the comma, said by ``speaker_span``."""
    said = [t for t in doc if t.lemma_ == "say"][0]
    return _report(doc, slice(0, 4), slice(*speaker_span), said)


def test_agentless_arrests_are_the_reporting_bodys(build):
    # "Five smugglers were detained / arrested / seized, the Ruritanian Border Service said"
    for verb, lemma, cameo in (
        ("detained", "detain", "173"),
        ("arrested", "arrest", "173"),
        ("charged", "charge", "091"),
    ):
        doc = build(_passive_report(verb, lemma, "smugglers", BODY), [(5, 9, "RURMIL", "RUR", "MIL", None, "org")])
        _quoted(doc, (5, 9))
        assert attributed_body(doc[3], ActorGroups(doc), cameo) == [0]


def test_no_body_for_another_kind_of_act_or_an_uncoded_source(build):
    doc = build(_passive_report("killed", "kill", "civilians", BODY), [(5, 9, "RURMIL", "RUR", "MIL", None, "org")])
    _quoted(doc, (5, 9))
    assert attributed_body(doc[3], ActorGroups(doc), "190") == []  # "five civilians were killed, the X said"
    doc = build(_passive_report("detained", "detain", "smugglers", BODY), [(5, 9, None, None, None, None, "org")])
    _quoted(doc, (5, 9))
    assert attributed_body(doc[3], ActorGroups(doc), "173") == []


def test_own_force_verb_is_the_bodys_attack(build):
    doc = build(
        _passive_report("neutralized", "neutralize", "militants", BODY), [(5, 9, "RURMIL", "RUR", "MIL", None, "org")]
    )
    _quoted(doc, (5, 9))
    assert attributed_body(doc[3], ActorGroups(doc), "190") == [0]


def test_abbreviation_stands_for_the_earlier_coded_body(build):
    # "... the State Border Service (SBS) ... the SBS said": in brackets, or by initials ("SCNS")
    rows = [
        ("The", "the", "DET", "DT", "det", 3, NO_ENT),
        ("State", "State", "PROPN", "NNP", "compound", 3, NO_ENT),
        ("Border", "Border", "PROPN", "NNP", "compound", 3, NO_ENT),
        ("Service", "Service", "PROPN", "NNP", "nsubj", 8, NO_ENT),
        ("(", "(", "PUNCT", "-LRB-", "punct", 3, NO_ENT),
        ("SBS", "SBS", "PROPN", "NNP", "appos", 3, NO_ENT),
        (")", ")", "PUNCT", "-RRB-", "punct", 3, NO_ENT),
        ("has", "have", "AUX", "VBZ", "aux", 8, NO_ENT),
        ("spoken", "speak", "VERB", "VBN", "ROOT", 8, NO_ENT),
        (".", ".", "PUNCT", ".", "punct", 8, NO_ENT),
    ]
    doc = build(rows, [(0, 4, "RURMIL", "RUR", "MIL", None, "org")])
    actors = ActorGroups(doc)
    assert abbreviated("SBS", 9, actors) == 0
    assert abbreviated("SB", 9, actors) is None
    doc = build(rows, [(1, 4, "RURMIL", "RUR", "MIL", None, "org")])
    assert abbreviated("SBS", 9, ActorGroups(doc)) == 0  # S(tate) B(order) S(ervice)


def test_a_state_organs_untargeted_operation_is_aimed_at_home(build):
    doc = build(
        _passive_report("neutralized", "neutralize", "militants", BODY), [(5, 9, "RURMIL", "RUR", "MIL", None, "org")]
    )
    _quoted(doc, (5, 9))
    t = doc[3]
    e = Event("ASSAULT", Span(t.idx, t.idx + len(t), t.text), {"start": 0, "end": len(doc.text)}, cameo="190")
    e.actor = EventActor(
        start=doc[5].idx,
        end=doc[8].idx + 7,
        text="the Ruritanian Border Service",
        code="RURMIL",
        country="RUR",
        sector="MIL",
    )
    home_operations(doc, [e])
    assert e.recipient is not None and e.recipient.code == "RUR"


def _spokesman_doc(build, title_sector):
    # "The Ruritanian military said . Military spokesman Colonel Smith wrote ."
    rows = [
        ("The", "the", "DET", "DT", "det", 2, NO_ENT),
        ("Ruritanian", "Ruritanian", "PROPN", "NNP", "compound", 2, NO_ENT),
        ("military", "military", "NOUN", "NN", "nsubj", 3, NO_ENT),
        ("said", "say", "VERB", "VBD", "ROOT", 3, NO_ENT),
        (".", ".", "PUNCT", ".", "punct", 3, NO_ENT),
        ("Military", "military", "NOUN", "NN", "compound", 6, NO_ENT),
        ("spokesman", "spokesman", "NOUN", "NN", "compound", 8, NO_ENT),
        ("Colonel", "Colonel", "PROPN", "NNP", "compound", 8, NO_ENT),
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 9, NO_ENT),
        ("wrote", "write", "VERB", "VBD", "ROOT", 9, NO_ENT),
        (".", ".", "PUNCT", ".", "punct", 9, NO_ENT),
    ]
    ms = [(0, 3, "RURMIL", "RUR", "MIL", None, "org"), (5, 9, None, None, title_sector, None, "person")]
    doc = build(rows, ms, sent_starts=(0, 5))
    t = doc[9]
    e = Event("THREATEN", Span(t.idx, t.idx + len(t), t.text), {"start": doc[5].idx, "end": len(doc.text)})
    e.actor = EventActor(start=doc[5].idx, end=doc[8].idx + len(doc[8]), text=doc[5:9].text)
    return doc, e


def test_a_titled_speaker_is_of_the_body_of_his_titles_sector(build):
    doc, e = _spokesman_doc(build, "MIL")
    titled_parties(doc, [e])
    assert e.actor.code == "RURMIL" and e.actor.country == "RUR"
    doc, e = _spokesman_doc(build, "GOV")  # a government spokesman is not the military's
    titled_parties(doc, [e])
    assert e.actor.code is None


def test_an_act_placed_in_another_state_is_not_the_reporters(build):
    # "Five journalists were detained in Elbonia / Ruritania, the Ruritanian Border Service said ."
    for place, code, want in (("Elbonia", "ELB", []), ("Ruritania", "RUR", [0])):
        rows = [
            ("Five", "five", "NUM", "CD", "nummod", 1, NO_ENT),
            ("journalists", "journalist", "NOUN", "NNS", "nsubjpass", 3, NO_ENT),
            ("were", "be", "AUX", "VBD", "auxpass", 3, NO_ENT),
            ("detained", "detain", "VERB", "VBN", "ccomp", 11, NO_ENT),
            ("in", "in", "ADP", "IN", "prep", 3, NO_ENT),
            (place, place, "PROPN", "NNP", "pobj", 4, "B-GPE"),
            (",", ",", "PUNCT", ",", "punct", 11, NO_ENT),
            ("the", "the", "DET", "DT", "det", 10, NO_ENT),
            ("Ruritanian", "Ruritanian", "PROPN", "NNP", "compound", 10, NO_ENT),
            ("Border", "Border", "PROPN", "NNP", "compound", 10, NO_ENT),
            ("Service", "Service", "PROPN", "NNP", "nsubj", 11, NO_ENT),
            ("said", "say", "VERB", "VBD", "ROOT", 11, NO_ENT),
            (".", ".", "PUNCT", ".", "punct", 11, NO_ENT),
        ]
        ms = [(7, 11, "RURMIL", "RUR", "MIL", None, "org"), (5, 6, code, code, None, None, "location")]
        doc = build(rows, ms)
        _report(doc, slice(0, 6), slice(7, 11), doc[11])
        assert attributed_body(doc[3], ActorGroups(doc), "173") == want, place


def test_a_dateline_taken_for_a_passive_subject_is_no_target(build):
    # "ROMA , Five smugglers were detained , the Ruritanian Border Service said ." (the parser makes the
    # dateline a second passive subject: it is where the story was filed, not the one the act was done to)
    rows = [
        ("ROMA", "ROMA", "PROPN", "NNP", "nsubjpass", 5, "B-GPE"),
        (",", ",", "PUNCT", ",", "punct", 0, NO_ENT),
        ("Five", "five", "NUM", "CD", "nummod", 3, NO_ENT),
        ("smugglers", "smuggler", "NOUN", "NNS", "nsubjpass", 5, NO_ENT),
        ("were", "be", "AUX", "VBD", "auxpass", 5, NO_ENT),
        ("detained", "detain", "VERB", "VBN", "ccomp", 11, NO_ENT),
        (",", ",", "PUNCT", ",", "punct", 11, NO_ENT),
        ("the", "the", "DET", "DT", "det", 10, NO_ENT),
        ("Ruritanian", "Ruritanian", "PROPN", "NNP", "compound", 10, NO_ENT),
        ("Border", "Border", "PROPN", "NNP", "compound", 10, NO_ENT),
        ("Service", "Service", "PROPN", "NNP", "nsubj", 11, NO_ENT),
        ("said", "say", "VERB", "VBD", "ROOT", 11, NO_ENT),
        (".", ".", "PUNCT", ".", "punct", 11, NO_ENT),
    ]
    # (a capital is coded as its government: still the dateline)
    for place in ((0, 1, "RUR", "RUR", None, None, "location"), (0, 1, "RURGOV", "RUR", "GOV", None, "state")):
        doc = build(rows, [place, (7, 11, "RURMIL", "RUR", "MIL", None, "org")])
        _dateline_report(doc)
        assert attributed_body(doc[5], ActorGroups(doc), "173") == [1], place[-1]


def _dateline_report(doc):
    _report(doc, slice(2, 6), slice(7, 11), doc[11])


def test_coded_detainees_do_not_make_it_another_sides_act(build):
    # "Five Elbonian smugglers were detained, the Ruritanian Border Service said": the nationality only
    # qualifies the ones detained (or the mention is of people), the report's body still acted;
    # a passive subject that IS a coded side ("the Elbonian side was forced ...") is another's act
    rows = _passive_report("detained", "detain", "smugglers", BODY)
    rows.insert(1, ("Elbonian", "Elbonian", "ADJ", "JJ", "amod", 2, "B-NORP"))
    rows = [
        (w, lem, pos, tag, dep, h + (h >= 1 and i != 1), ent) for i, (w, lem, pos, tag, dep, h, ent) in enumerate(rows)
    ]
    body = (6, 10, "RURMIL", "RUR", "MIL", None, "org")
    for nat, want in (
        ((1, 2, "ELB", "ELB", None, None, "state"), [1]),  # qualifies "smugglers"
        ((1, 3, "ELBCRM", "ELB", "CRM", None, "group"), [1]),  # people
        ((1, 3, "ELB", "ELB", None, None, "state"), []),  # the subject is the side itself
    ):
        doc = build(rows, [nat, body])
        said = [t for t in doc if t.lemma_ == "say"][0]
        _report(doc, slice(0, 5), slice(6, 10), said)
        assert attributed_body(doc[4], ActorGroups(doc), "173") == want, nat


def test_an_unnamed_staff_source_follows_back_to_the_body(build):
    # "Guards acted , the Ruritanian Border Service said . Five smugglers were detained , investigators said ."
    rows = [
        ("Guards", "guard", "NOUN", "NNS", "nsubj", 1, NO_ENT),
        ("acted", "act", "VERB", "VBD", "ccomp", 7, NO_ENT),
        (",", ",", "PUNCT", ",", "punct", 7, NO_ENT),
        ("the", "the", "DET", "DT", "det", 6, NO_ENT),
        ("Ruritanian", "Ruritanian", "PROPN", "NNP", "compound", 6, NO_ENT),
        ("Border", "Border", "PROPN", "NNP", "compound", 6, NO_ENT),
        ("Service", "Service", "PROPN", "NNP", "nsubj", 7, NO_ENT),
        ("said", "say", "VERB", "VBD", "ROOT", 7, NO_ENT),
        (".", ".", "PUNCT", ".", "punct", 7, NO_ENT),
    ]
    for source, want in (("investigators", [0]), ("witnesses", [])):
        second = [
            ("Five", "five", "NUM", "CD", "nummod", 10, NO_ENT),
            ("smugglers", "smuggler", "NOUN", "NNS", "nsubjpass", 12, NO_ENT),
            ("were", "be", "AUX", "VBD", "auxpass", 12, NO_ENT),
            ("detained", "detain", "VERB", "VBN", "ccomp", 15, NO_ENT),
            (",", ",", "PUNCT", ",", "punct", 15, NO_ENT),
            (source, source[:-1], "NOUN", "NNS", "nsubj", 15, NO_ENT),
            ("said", "say", "VERB", "VBD", "ROOT", 15, NO_ENT),
            (".", ".", "PUNCT", ".", "punct", 15, NO_ENT),
        ]
        doc = build(rows + second, [(3, 7, "RURMIL", "RUR", "MIL", None, "org")], sent_starts=(0, 9))
        reports = ((slice(0, 2), slice(3, 7), 7), (slice(9, 13), slice(14, 15), 15))
        doc._.quotes = [_quote(doc, content, speaker, doc[cue]) for content, speaker, cue in reports]
        assert attributed_body(doc[12], ActorGroups(doc), "173") == want, source


def test_agentless_sanctions_are_the_bodys_unless_aimed_at_its_own_state(build):
    # "Five smugglers were sanctioned on Elbonia / Ruritania, the Ruritanian Border Service said": a stand-in for
    # "sanctions were imposed on X": the body's act, but not where the target is its own state
    for place, code, want in (("Elbonia", "ELB", [0]), ("Ruritania", "RUR", [])):
        rows = _passive_report("sanctioned", "sanction", "smugglers", BODY)
        rows.insert(4, ("on", "on", "ADP", "IN", "prep", 3, NO_ENT))
        rows.insert(5, (place, place, "PROPN", "NNP", "pobj", 4, "B-GPE"))
        rows = [r if i in (4, 5) else r[:5] + (r[5] + 2 * (r[5] > 3),) + r[6:] for i, r in enumerate(rows)]
        doc = build(rows, [(7, 11, "RURMIL", "RUR", "MIL", None, "org"), (5, 6, code, code, None, None, "state")])
        said = [t for t in doc if t.lemma_ == "say"][0]
        _report(doc, slice(0, 6), slice(7, 11), said)
        assert attributed_body(doc[3], ActorGroups(doc), "163") == want, place
