"""Speech acts and report frames (accord.events.speech) on hand-built Docs."""

from accord.events.extract import extract_events
from accord.record import Quote, Span, Speaker

G = "B-GPE"
NORP = "B-NORP"


def _reported(build, cue, cue_lemma, kind="indirect", code="GEOGOV", tag="VBD"):
    """'Tbilisi <cue> that Russian troops shelled Georgian posts .' with the
    content as an indirect quote of Tbilisi's."""
    rows = [
        ("Tbilisi", "Tbilisi", "PROPN", "NNP", "nsubj", 1, G),
        (cue, cue_lemma, "VERB", "VBD", "ROOT", 1, "O"),
        ("that", "that", "SCONJ", "IN", "mark", 5, "O"),
        ("Russian", "russian", "ADJ", "JJ", "amod", 4, NORP),
        ("troops", "troop", "NOUN", "NNS", "nsubj", 5, "O"),
        ("shelled", "shell", "VERB", tag, "ccomp", 1, "O"),
        ("Georgian", "georgian", "ADJ", "JJ", "amod", 7, NORP),
        ("posts", "post", "NOUN", "NNS", "dobj", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    mentions = [
        (0, 1, code, "GEO", code[3:], None, "state"),
        (3, 5, "RUSMIL", "RUS", "MIL", None, "group"),
        (6, 8, "GEOMIL", "GEO", "MIL", None, "group"),
    ]
    doc = build(rows, mentions)
    content, spk, c = doc[2:8], doc[0:1], doc[1]
    doc._.quotes = [
        Quote(
            start=content.start_char,
            end=content.end_char,
            text=content.text,
            kind=kind,
            speaker=Speaker(spk.start_char, spk.end_char, spk.text, code=code, country="GEO"),
            cue=Span(c.idx, c.idx + len(c.text), c.text),
        )
    ]
    return extract_events(doc, classifier=None, min_confidence=0.0)


def test_said_keeps_the_content_and_adds_no_accusation(build):
    # a neutral report in the writer's words: the content is an event of its own, the report no charge
    evs = _reported(build, "said", "say")
    assert not [e for e in evs if e.type == "ACCUSE"]
    fact = [e for e in evs if e.type == "ASSAULT"]
    assert fact and fact[0].quote == 0 and not fact[0].speech_act
    assert fact[0].actor.code == "RUSMIL"


def test_said_in_own_words_is_the_speakers_accusation(build):
    evs = _reported(build, "said", "say", kind="direct")
    acc = [e for e in evs if e.type == "ACCUSE"]
    assert len(acc) == 1
    a = acc[0]
    assert (a.actor.code, a.recipient.code) == ("GEOGOV", "RUSMIL")
    assert a.speech_act and a.quote == 0 and a.trigger.text == "said"
    assert [e for e in evs if e.type == "ASSAULT"]


def test_an_analysts_remark_is_no_fact(build):
    evs = _reported(build, "said", "say", code="GEOEDU", tag="VBP")
    assert not [e for e in evs if e.type == "ACCUSE"]
    assert all(e.hypothetical for e in evs if e.type == "ASSAULT")


def test_an_analyst_telling_a_past_act_tells_a_fact(build):
    evs = _reported(build, "said", "say", code="GEOEDU")
    assert [e for e in evs if e.type == "ASSAULT" and not e.hypothetical]


def test_claimed_content_is_not_a_fact(build):
    evs = _reported(build, "claimed", "claim")
    assert not [e for e in evs if e.type == "ASSAULT"]
    acc = [e for e in evs if e.type == "ACCUSE"]
    assert acc and acc[0].actor.country == "GEO" and acc[0].recipient.country == "RUS" and acc[0].speech_act


def test_own_side_reported_is_no_accusation(build):
    rows = [
        ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 1, G),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("Russian", "russian", "ADJ", "JJ", "amod", 3, NORP),
        ("troops", "troop", "NOUN", "NNS", "nsubj", 4, "O"),
        ("shelled", "shell", "VERB", "VBD", "ccomp", 1, "O"),
        ("Georgian", "georgian", "ADJ", "JJ", "amod", 6, NORP),
        ("posts", "post", "NOUN", "NNS", "dobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(
        rows,
        [
            (0, 1, "RUSGOV", "RUS", "GOV", None, "state"),
            (2, 4, "RUSMIL", "RUS", "MIL", None, "group"),
            (5, 7, "GEOMIL", "GEO", "MIL", None, "group"),
        ],
    )
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    assert not [e for e in evs if e.type == "ACCUSE"]
    assert [e for e in evs if e.type == "ASSAULT"]


def test_accusation_verb_is_a_speech_act_not_claimed_content(build):
    rows = [
        ("Baku", "Baku", "PROPN", "NNP", "nsubj", 1, G),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 1, "O"),
        ("Yerevan", "Yerevan", "PROPN", "NNP", "dobj", 1, G),
        ("of", "of", "ADP", "IN", "prep", 1, "O"),
        ("provocations", "provocation", "NOUN", "NNS", "pobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(0, 1, "AZEGOV", "AZE", "GOV", None, "state"), (2, 3, "ARMGOV", "ARM", "GOV", None, "state")])
    content, c = doc[2:5], doc[1]
    doc._.quotes = [
        Quote(
            start=content.start_char,
            end=content.end_char,
            text=content.text,
            kind="indirect",
            speaker=Speaker(0, 4, "Baku", code="AZEGOV", country="AZE"),
            cue=Span(c.idx, c.idx + len(c.text), c.text),
        )
    ]
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    acc = [e for e in evs if e.type == "ACCUSE"]
    assert len(acc) == 1 and acc[0].speech_act and acc[0].quote == 0
    assert (acc[0].actor.code, acc[0].recipient.code) == ("AZEGOV", "ARMGOV")


def test_rejected_accusation_answers_the_accuser(build):
    rows = [
        ("Beijing", "Beijing", "PROPN", "NNP", "nsubj", 1, G),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 1, "O"),
        ("Manila", "Manila", "PROPN", "NNP", "dobj", 1, G),
        ("of", "of", "ADP", "IN", "prep", 1, "O"),
        ("provocations", "provocation", "NOUN", "NNS", "pobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ("Manila", "Manila", "PROPN", "NNP", "nsubj", 7, G),
        ("rejected", "reject", "VERB", "VBD", "ROOT", 7, "O"),
        ("the", "the", "DET", "DT", "det", 9, "O"),
        ("accusation", "accusation", "NOUN", "NN", "dobj", 7, "O"),
        (".", ".", "PUNCT", ".", "punct", 7, "O"),
    ]
    doc = build(
        rows,
        [
            (0, 1, "CHNGOV", "CHN", "GOV", None, "state"),
            (2, 3, "PHLGOV", "PHL", "GOV", None, "state"),
            (6, 7, "PHLGOV", "PHL", "GOV", None, "state"),
        ],
        sent_starts=(0, 6),
    )
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    rej = [e for e in evs if e.type == "REJECT"]
    assert rej and rej[0].actor.code == "PHLGOV" and rej[0].recipient.code == "CHNGOV"
    assert {"start": 0, "end": doc[5].idx + 1} in rej[0].evidence  # the accusation's sentence


def test_rejection_of_a_plan_takes_no_accuser(build):
    rows = [
        ("Beijing", "Beijing", "PROPN", "NNP", "nsubj", 1, G),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 1, "O"),
        ("Manila", "Manila", "PROPN", "NNP", "dobj", 1, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ("Manila", "Manila", "PROPN", "NNP", "nsubj", 5, G),
        ("rejected", "reject", "VERB", "VBD", "ROOT", 5, "O"),
        ("the", "the", "DET", "DT", "det", 7, "O"),
        ("plan", "plan", "NOUN", "NN", "dobj", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 5, "O"),
    ]
    doc = build(
        rows,
        [
            (0, 1, "CHNGOV", "CHN", "GOV", None, "state"),
            (2, 3, "PHLGOV", "PHL", "GOV", None, "state"),
            (4, 5, "PHLGOV", "PHL", "GOV", None, "state"),
        ],
        sent_starts=(0, 4),
    )
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    rej = [e for e in evs if e.type == "REJECT"]
    assert rej and rej[0].recipient is None


def test_want_x_to_is_a_request(build):
    rows = [
        ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 1, G),
        ("wants", "want", "VERB", "VBZ", "ROOT", 1, "O"),
        ("Astana", "Astana", "PROPN", "NNP", "nsubj", 4, G),
        ("to", "to", "PART", "TO", "aux", 4, "O"),
        ("leave", "leave", "VERB", "VB", "ccomp", 1, "O"),
        ("the", "the", "DET", "DT", "det", 6, "O"),
        ("bloc", "bloc", "NOUN", "NN", "dobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(0, 1, "RUSGOV", "RUS", "GOV", None, "state"), (2, 3, "KAZGOV", "KAZ", "GOV", None, "state")])
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    req = [e for e in evs if e.type == "REQUEST"]
    assert req and (req[0].actor.code, req[0].recipient.code) == ("RUSGOV", "KAZGOV")


def _deploy_rows(frame, frame_lemma, end="."):
    return [
        ("Vilnius", "Vilnius", "PROPN", "NNP", "nsubj", 1, G),
        (frame, frame_lemma, "VERB", "VBZ", "ROOT", 1, "O"),
        ("NATO", "NATO", "PROPN", "NNP", "nsubj", 4, "B-ORG"),
        ("will", "will", "AUX", "MD", "aux", 4, "O"),
        ("deploy", "deploy", "VERB", "VB", "ccomp", 1, "O"),
        ("troops", "troop", "NOUN", "NNS", "dobj", 4, "O"),
        (end, end, "PUNCT", ".", "punct", 1, "O"),
    ]


def test_wished_content_is_hypothetical_and_no_accusation(build):
    # the tagger may lemmatise "hopes" as "hop": the form counts too
    doc = build(
        _deploy_rows("hopes", "hop"),
        [(0, 1, "LTUGOV", "LTU", "GOV", None, "state"), (2, 3, "IGONATO", None, None, "NATO", "igo")],
    )
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    dep = [e for e in evs if e.trigger.text == "deploy"]
    assert dep and dep[0].hypothetical
    assert not [e for e in evs if e.type == "ACCUSE"]


def test_question_is_hypothetical(build):
    doc = build(
        _deploy_rows("asks", "ask", "?"),
        [(0, 1, "LTUGOV", "LTU", "GOV", None, "state"), (2, 3, "IGONATO", None, None, "NATO", "igo")],
    )
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    dep = [e for e in evs if e.trigger.text == "deploy"]
    assert dep and dep[0].hypothetical


def test_split_cease_fire_is_one_word(build):
    rows = [
        ("Baku", "Baku", "PROPN", "NNP", "nsubj", 1, G),
        ("announced", "announce", "VERB", "VBD", "ROOT", 1, "O"),
        ("a", "a", "DET", "DT", "det", 5, "O"),
        ("cease", "cease", "NOUN", "NN", "compound", 5, "O"),
        ("-", "-", "PUNCT", "HYPH", "punct", 5, "O"),
        ("fire", "fire", "NOUN", "NN", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(0, 1, "AZEGOV", "AZE", "GOV", None, "state")])
    assert doc[3:6].text == "cease-fire"
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    assert [e for e in evs if e.cameo == "0871"], [(e.type, e.cameo) for e in evs]


def _with_act(doc, spk_range, cue_i, content_range, code, country):
    """``doc`` with one ``act`` attribution of the speaker at ``spk_range``, cued by token ``cue_i``."""
    spk, c, content = doc[spk_range[0] : spk_range[1]], doc[cue_i], doc[content_range[0] : content_range[1]]
    doc._.quotes = []
    doc._.attributions = [
        Quote(
            start=content.start_char,
            end=content.end_char,
            text=content.text,
            kind="indirect",
            speaker=Speaker(spk.start_char, spk.end_char, spk.text, code=code, country=country),
            cue=Span(c.idx, c.idx + len(c.text), c.text),
            cue_class="act",
        )
    ]
    return doc


def _urged(build):
    """'Ankara urged Baghdad to close the camps .'"""
    rows = [
        ("Ankara", "Ankara", "PROPN", "NNP", "nsubj", 1, G),
        ("urged", "urge", "VERB", "VBD", "ROOT", 1, "O"),
        ("Baghdad", "Baghdad", "PROPN", "NNP", "dobj", 1, G),
        ("to", "to", "PART", "TO", "aux", 4, "O"),
        ("close", "close", "VERB", "VB", "xcomp", 1, "O"),
        ("the", "the", "DET", "DT", "det", 6, "O"),
        ("camps", "camp", "NOUN", "NNS", "dobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    mentions = [(0, 1, "TURGOV", "TUR", "GOV", None, "state"), (2, 3, "IRQGOV", "IRQ", "GOV", None, "state")]
    return _with_act(build(rows, mentions), (0, 1), 1, (2, 7), "TURGOV", "TUR")


def test_an_urged_request_takes_the_attribution_it_comes_from(build):
    evs = [e for e in extract_events(_urged(build), classifier=None, min_confidence=0.0) if e.trigger.text == "urged"]
    assert len(evs) == 1  # the coder's own event is marked, not doubled
    e = evs[0]
    assert e.type == "REQUEST" and (e.actor.code, e.recipient.code) == ("TURGOV", "IRQGOV")
    assert e.attribution == 0 and e.speech_act


def _denied(build, negated=False):
    """'Tbilisi accused Moscow of lying . Moscow [did not] denied the charge .'"""
    rows = [
        ("Tbilisi", "Tbilisi", "PROPN", "NNP", "nsubj", 1, G),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 1, "O"),
        ("Moscow", "Moscow", "PROPN", "NNP", "dobj", 1, G),
        ("of", "of", "ADP", "IN", "prep", 1, "O"),
        ("lying", "lie", "VERB", "VBG", "pcomp", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    k = 9 if negated else 7
    rows.append(("Moscow", "Moscow", "PROPN", "NNP", "nsubj", k, G))
    if negated:
        rows += [("did", "do", "AUX", "VBD", "aux", k, "O"), ("not", "not", "PART", "RB", "neg", k, "O")]
    rows += [
        ("deny" if negated else "denied", "deny", "VERB", "VB" if negated else "VBD", "ROOT", k, "O"),
        ("the", "the", "DET", "DT", "det", k + 2, "O"),
        ("charge", "charge", "NOUN", "NN", "dobj", k, "O"),
        (".", ".", "PUNCT", ".", "punct", k, "O"),
    ]
    mentions = [
        (0, 1, "GEOGOV", "GEO", "GOV", None, "state"),
        (2, 3, "RUSGOV", "RUS", "GOV", None, "state"),
        (6, 7, "RUSGOV", "RUS", "GOV", None, "state"),
    ]
    doc = build(rows, mentions, sent_starts=(0, 6))
    return _with_act(doc, (6, 7), k, (k + 1, k + 3), "RUSGOV", "RUS")


def test_a_denial_is_the_speakers_rejection_of_whoever_accused_them(build):
    rej = [e for e in extract_events(_denied(build), classifier=None, min_confidence=0.0) if e.type == "REJECT"]
    assert len(rej) == 1
    r = rej[0]
    assert (r.actor.code, r.recipient.code) == ("RUSGOV", "GEOGOV")
    assert r.attribution == 0 and r.speech_act and not r.negated and r.trigger.text == "denied"


def test_a_denial_that_did_not_happen_is_negated(build):
    evs = extract_events(_denied(build, negated=True), classifier=None, min_confidence=0.0)
    rej = [e for e in evs if e.type == "REJECT"]
    assert rej and all(e.negated for e in rej)


def test_rejected_criticism_answers_the_critic_just_before(build):
    # "Beijing criticised the drills . Manila rejected the criticism ." (the critic named no target)
    rows = [
        ("Beijing", "Beijing", "PROPN", "NNP", "nsubj", 1, G),
        ("criticised", "criticise", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("drills", "drill", "NOUN", "NNS", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ("Manila", "Manila", "PROPN", "NNP", "nsubj", 6, G),
        ("rejected", "reject", "VERB", "VBD", "ROOT", 6, "O"),
        ("the", "the", "DET", "DT", "det", 8, "O"),
        ("criticism", "criticism", "NOUN", "NN", "dobj", 6, "O"),
        (".", ".", "PUNCT", ".", "punct", 6, "O"),
    ]
    doc = build(
        rows,
        [(0, 1, "CHNGOV", "CHN", "GOV", None, "state"), (5, 6, "PHLGOV", "PHL", "GOV", None, "state")],
        sent_starts=(0, 5),
    )
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    assert [e for e in evs if e.type == "ACCUSE" and e.actor.code == "CHNGOV"]
    rej = [e for e in evs if e.type == "REJECT"]
    assert rej and rej[0].actor.code == "PHLGOV" and rej[0].recipient.code == "CHNGOV"
