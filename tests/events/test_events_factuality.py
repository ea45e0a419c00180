"""Background, habits and boilerplate are no events (accord.events.factuality) on hand-built Docs."""

from accord.events.extract import extract_events

G = "B-GPE"


def _rel_clause(aux_rows, tail_rows):
    """'Hamas , which <aux> attacked Israeli towns <tail> , rejected the plan .'"""
    rows = [
        ("Hamas", "Hamas", "PROPN", "NNP", "nsubj", None, "B-ORG"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("which", "which", "PRON", "WDT", "nsubj", "V", "O"),
        *aux_rows,
        ("attacked", "attack", "VERB", "VBN", "relcl", 0, "O"),
        ("Israeli", "israeli", "ADJ", "JJ", "amod", "+1", "B-NORP"),
        ("towns", "town", "NOUN", "NNS", "dobj", "V", "O"),
        *tail_rows,
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("rejected", "reject", "VERB", "VBD", "ROOT", "R", "O"),
        ("the", "the", "DET", "DT", "det", "+1", "O"),
        ("plan", "plan", "NOUN", "NN", "dobj", "R", "O"),
        (".", ".", "PUNCT", ".", "punct", "R", "O"),
    ]
    v = next(i for i, r in enumerate(rows) if r[0] == "attacked")
    root = next(i for i, r in enumerate(rows) if r[0] == "rejected")
    out = []
    for i, r in enumerate(rows):
        h = r[5]
        h = root if h in (None, "R") else v if h == "V" else i + 1 if h == "+1" else h
        out.append((*r[:5], h, r[6]))
    return out, v


def _mentions(rows):
    isr = next(i for i, r in enumerate(rows) if r[0] == "Israeli")
    return [(0, 1, "PSEREB", "PSE", "REB", None, "group"), (isr, isr + 2, "ISR", "ISR", None, None, "state")]


def test_perfect_relative_clause_on_a_party_is_background(build):
    rows, v = _rel_clause(
        [("has", "have", "AUX", "VBZ", "aux", "V", "O")],
        [("since", "since", "ADP", "IN", "prep", "V", "O"), ("2007", "2007", "NUM", "CD", "pobj", "-", "B-DATE")],
    )
    rows = [(*r[:5], (i - 1 if r[5] == "-" else r[5]), r[6]) for i, r in enumerate(rows)]
    doc = build(rows, _mentions(rows))
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    assert not [e for e in evs if e.type == "ASSAULT"]
    assert [e for e in evs if e.type == "REJECT"]


def test_relative_clause_with_a_news_act_stays(build):
    rows, v = _rel_clause(
        [], [("on", "on", "ADP", "IN", "prep", "V", "O"), ("Monday", "Monday", "PROPN", "NNP", "pobj", "-", "B-DATE")]
    )
    rows = [(*r[:5], (i - 1 if r[5] == "-" else r[5]), r[6]) for i, r in enumerate(rows)]
    doc = build(rows, _mentions(rows))
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    assert [e for e in evs if e.type == "ASSAULT"]


def _holds(adverb_rows):
    rows = [("Russia", "Russia", "PROPN", "NNP", "nsubj", 0, G)]
    rows += adverb_rows
    h = len(rows)
    rows = [(*r[:5], h, r[6]) for r in rows]
    rows += [
        ("holds", "hold", "VERB", "VBZ", "ROOT", h, "O"),
        ("exercises", "exercise", "NOUN", "NNS", "dobj", h, "O"),
        ("with", "with", "ADP", "IN", "prep", h, "O"),
        ("Belarus", "Belarus", "PROPN", "NNP", "pobj", h + 2, G),
        (".", ".", "PUNCT", ".", "punct", h, "O"),
    ]
    return rows, [(0, 1, "RUS", "RUS", None, None, "state"), (h + 3, h + 4, "BLR", "BLR", None, None, "state")]


def test_habitual_exercise_is_no_event(build):
    rows, ms = _holds([("annually", "annually", "ADV", "RB", "advmod", 0, "O")])
    assert not extract_events(build(rows, ms), classifier=None, min_confidence=0.0)


def test_exercise_held_once_is_an_event(build):
    rows, ms = _holds([])
    evs = extract_events(build(rows, ms), classifier=None, min_confidence=0.0)
    assert [e for e in evs if e.type == "COOPERATE"]


def test_legal_boilerplate_is_no_event(build):
    rows = [
        ("Meduza", "Meduza", "PROPN", "NNP", "nsubj", 9, "B-ORG"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("an", "an", "DET", "DT", "det", 3, "O"),
        ("outlet", "outlet", "NOUN", "NN", "appos", 0, "O"),
        ("banned", "ban", "VERB", "VBN", "acl", 3, "O"),
        ("as", "as", "ADP", "IN", "prep", 4, "O"),
        ("extremist", "extremist", "ADJ", "JJ", "pobj", 5, "O"),
        ("in", "in", "ADP", "IN", "prep", 4, "O"),
        ("Russia", "Russia", "PROPN", "NNP", "pobj", 7, G),
        ("reported", "report", "VERB", "VBD", "ROOT", 9, "O"),
        ("it", "it", "PRON", "PRP", "dobj", 9, "O"),
        (".", ".", "PUNCT", ".", "punct", 9, "O"),
    ]
    doc = build(rows, [(8, 9, "RUS", "RUS", None, None, "state")])
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    assert not [e for e in evs if e.trigger.text == "banned"]


def _told_after(det_rows, tail_rows=()):
    """'Berg told reporters after <det> meeting <tail> .'"""
    rows = [
        ("Berg", "Berg", "PROPN", "NNP", "nsubj", 1, "B-PERSON"),
        ("told", "tell", "VERB", "VBD", "ROOT", 1, "O"),
        ("reporters", "reporter", "NOUN", "NNS", "dobj", 1, "O"),
        ("after", "after", "ADP", "IN", "prep", 1, "O"),
        *det_rows,
        ("meeting", "meeting", "NOUN", "NN", "pobj", 3, "O"),
        *tail_rows,
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return rows


def test_the_meeting_after_which_something_was_said_is_no_event_of_its_own(build):
    rows = _told_after([("the", "the", "DET", "DT", "det", 5, "O")])
    doc = build(rows, [(0, 1, "RURGOV", "RUR", "GOV", None, "person")])
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    assert not [e for e in evs if e.trigger.text == "meeting"]


def test_a_meeting_that_names_its_parties_stays_an_event(build):
    rows = _told_after(
        [("the", "the", "DET", "DT", "det", 5, "O")],
        [("with", "with", "ADP", "IN", "prep", 5, "O"), ("Zor", "Zor", "PROPN", "NNP", "pobj", 6, "B-PERSON")],
    )
    doc = build(rows, [(0, 1, "RURGOV", "RUR", "GOV", None, "person"), (7, 8, "FREGOV", "FRE", "GOV", None, "person")])
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    assert [e for e in evs if e.trigger.text == "meeting" and e.type == "CONSULT"]


def test_the_sidelines_of_a_summit_are_a_setting(build):
    # "Berg met Zor on the sidelines of the summit ." -> the meeting, no summit event
    rows = [
        ("Berg", "Berg", "PROPN", "NNP", "nsubj", 1, "B-PERSON"),
        ("met", "meet", "VERB", "VBD", "ROOT", 1, "O"),
        ("Zor", "Zor", "PROPN", "NNP", "dobj", 1, "B-PERSON"),
        ("on", "on", "ADP", "IN", "prep", 1, "O"),
        ("the", "the", "DET", "DT", "det", 5, "O"),
        ("sidelines", "sideline", "NOUN", "NNS", "pobj", 3, "O"),
        ("of", "of", "ADP", "IN", "prep", 5, "O"),
        ("the", "the", "DET", "DT", "det", 8, "O"),
        ("summit", "summit", "NOUN", "NN", "pobj", 6, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(0, 1, "RURGOV", "RUR", "GOV", None, "person"), (2, 3, "FREGOV", "FRE", "GOV", None, "person")])
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    assert not [e for e in evs if e.trigger.text == "summit"]
    assert [e for e in evs if e.trigger.text == "met" and e.type == "CONSULT"]


def test_simple_present_relative_clause_describes_the_party(build):
    # "Hamas, which attacks Israeli towns, rejected the plan." -> what Hamas is, no ASSAULT
    rows, v = _rel_clause([], [])
    rows[v] = ("attacks", "attack", "VERB", "VBZ", "relcl", rows[v][5], "O")
    doc = build(rows, _mentions(rows))
    doc[v].set_morph("Tense=Pres|VerbForm=Fin")
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    assert not [e for e in evs if e.type == "ASSAULT"]
    assert [e for e in evs if e.type == "REJECT"]


def test_a_back_reference_without_actor_is_only_evidence_of_the_event_before(vocab):
    # "Tajikistan hosted drills . The drills ended ." -> the second is the first's evidence, no event of its own
    from spacy.tokens import Doc

    from accord.events.coref import link_events
    from accord.events.extract import _joined_without_actor
    from accord.record import Event, EventActor, Span

    words = ["Tajikistan", "hosted", "drills", ".", "The", "drills", "ended", "."]
    doc = Doc(
        vocab,
        words=words,
        spaces=[True, True, False, True, True, True, False, False],
        heads=[1, 1, 1, 1, 5, 6, 6, 6],
        deps=["nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
        sent_starts=[True, False, False, False, True, False, False, False],
    )

    def ev(sent, tok, actor):
        return Event(
            type="COOPERATE",
            trigger=Span(tok.idx, tok.idx + len(tok.text), tok.text),
            sentence={"start": sent.start_char, "end": sent.end_char},
            actor=EventActor(0, 10, actor, code=actor) if actor else None,
            recipient=EventActor(0, 10, "KGZ", code="KGZ"),
        )

    s1, s2 = list(doc.sents)
    out = link_events(doc, [ev(s1, doc[1], "TJK"), ev(s2, doc[5], None)])
    assert [_joined_without_actor(doc, e) for e in out] == [False, True]


def test_a_question_put_to_the_speaker_is_no_request(build):
    # "Asked for Ruritania , Berg said no ."
    rows = [
        ("Asked", "ask", "VERB", "VBN", "advcl", 5, "O"),
        ("for", "for", "ADP", "IN", "prep", 0, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 1, "B-GPE"),
        (",", ",", "PUNCT", ",", "punct", 5, "O"),
        ("Berg", "Berg", "PROPN", "NNP", "nsubj", 5, "B-PERSON"),
        ("said", "say", "VERB", "VBD", "ROOT", 5, "O"),
        ("no", "no", "INTJ", "UH", "dobj", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 5, "O"),
    ]
    doc = build(rows, [(2, 3, "RUR", "RUR", None, None, "state"), (4, 5, "FREGOV", "FRE", "GOV", None, "person")])
    doc[0].set_morph("Tense=Past|VerbForm=Part")
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    assert not [e for e in evs if e.type == "REQUEST"]


def test_a_material_act_told_in_the_simple_present_inside_a_quote_is_a_habit(build):
    # '" We buy weapons from Ruritania . "' -> what the speaker's side does as a rule, no AID/COOPERATE event
    from types import SimpleNamespace

    from accord.events.factuality import states_a_habit

    rows = [
        ("We", "we", "PRON", "PRP", "nsubj", 1, "O"),
        ("buy", "buy", "VERB", "VBP", "ROOT", 1, "O"),
        ("weapons", "weapon", "NOUN", "NNS", "dobj", 1, "O"),
        ("from", "from", "ADP", "IN", "prep", 1, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 3, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(4, 5, "RUR", "RUR", None, None, "state")])
    doc[1].set_morph("Tense=Pres|VerbForm=Fin")
    assert not states_a_habit(doc[1])  # the writer's own words: not within a quote
    doc._.quotes = [SimpleNamespace(start=0, end=len(doc.text))]
    assert states_a_habit(doc[1])


def _said_will_not_allow(build, adverb):
    # "Kalia has <adverb> said that Kalia will not allow foreign bases ."
    rows = [
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 3, G),
        ("has", "have", "AUX", "VBZ", "aux", 3, "O"),
        (adverb or "long", adverb or "long", "ADV", "RB", "advmod", 3, "O"),
        ("said", "say", "VERB", "VBN", "ROOT", 3, "O"),
        ("that", "that", "SCONJ", "IN", "mark", 8, "O"),
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 8, G),
        ("will", "will", "AUX", "MD", "aux", 8, "O"),
        ("not", "not", "PART", "RB", "neg", 8, "O"),
        ("allow", "allow", "VERB", "VB", "ccomp", 3, "O"),
        ("foreign", "foreign", "ADJ", "JJ", "amod", 10, "O"),
        ("bases", "base", "NOUN", "NNS", "dobj", 8, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    return build(rows, [(0, 1, "KAL", "KAL", None, None, "state"), (5, 6, "KAL", "KAL", None, None, "state")])


def test_what_a_party_has_repeatedly_said_is_a_standing_position(build):
    from accord.events.factuality import states_a_standing_position

    d = _said_will_not_allow(build, "repeatedly")
    assert states_a_standing_position(d[8])
    assert not states_a_standing_position(_said_will_not_allow(build, None)[8])  # said once: news
    assert not states_a_standing_position(d[3])  # (the saying itself is no content)


def _named_party_clause(build, comma, aux_rows, verb_tag):
    # "Kalia<,> which <aux> host(ing) the summit , said ."
    rows = [("Kalia", "Kalia", "PROPN", "NNP", "nsubj", None, G)]
    if comma:
        rows.append((",", ",", "PUNCT", ",", "punct", 0, "O"))
    rows.append(("which", "which", "PRON", "WDT", "nsubj", "V", "O"))
    rows += aux_rows
    rows += [
        ("host", "host", "VERB", verb_tag, "relcl", 0, "O"),
        ("the", "the", "DET", "DT", "det", "+1", "O"),
        ("summit", "summit", "NOUN", "NN", "dobj", "V", "O"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("said", "say", "VERB", "VBD", "ROOT", "R", "O"),
        (".", ".", "PUNCT", ".", "punct", "R", "O"),
    ]
    v = next(i for i, r in enumerate(rows) if r[4] == "relcl")
    root = next(i for i, r in enumerate(rows) if r[4] == "ROOT")
    out = [
        (*r[:5], root if r[5] in (None, "R") else v if r[5] == "V" else i + 1 if r[5] == "+1" else r[5], r[6])
        for i, r in enumerate(rows)
    ]
    return build(out, [(0, 1, "KAL", "KAL", None, None, "state")]), v


def test_a_named_partys_progressive_in_a_comma_clause_describes_it(build):
    from accord.events.factuality import describes_named_party

    will = [("will", "will", "AUX", "MD", "aux", "V", "O")]
    are = [("is", "be", "AUX", "VBZ", "aux", "V", "O")]
    d, v = _named_party_clause(build, True, are, "VBG")
    assert describes_named_party(d[v])
    d, v = _named_party_clause(build, True, [], "VBD")  # "Kalia, which hosted the summit,": told as news
    assert not describes_named_party(d[v])
    d, v = _named_party_clause(build, True, will, "VB")  # "Kalia, which will host the summit,": a scheduled act
    assert not describes_named_party(d[v])
    d, v = _named_party_clause(build, False, are, "VBG")  # no comma: the clause picks the party out
    assert not describes_named_party(d[v])


def test_a_read_also_line_links_another_story(build):
    """'READ ALSO: Kalia will host drills' has no event of the article; 'Kalia will host drills' has."""
    from accord.events.factuality import is_link_line
    from accord.events.triggers import find_candidates

    tail = [
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 5, "B-GPE"),
        ("will", "will", "AUX", "MD", "aux", 5, "O"),
        ("host", "host", "VERB", "VB", "ROOT", 5, "O"),
        ("drills", "drill", "NOUN", "NNS", "dobj", 5, "O"),
    ]
    head = [
        ("READ", "read", "VERB", "VB", "ccomp", 5, "O"),
        ("ALSO", "also", "ADV", "RB", "advmod", 0, "O"),
        (":", ":", "PUNCT", ":", "punct", 0, "O"),
    ]
    doc = build(head + tail)
    assert is_link_line(doc[:]) and not find_candidates(doc[:])
    plain = build([(w, lem, p, t, d, h - 3, e) for w, lem, p, t, d, h, e in tail])
    assert not is_link_line(plain[:]) and find_candidates(plain[:])


def test_a_count_that_changes_is_no_act(build):
    """'The number of provocations increased .' tells a trend; 'Poland increased patrols .' may be an act."""
    from accord.events.factuality import tells_a_trend

    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("number", "number", "NOUN", "NN", "nsubj", 4, "O"),
        ("of", "of", "ADP", "IN", "prep", 1, "O"),
        ("provocations", "provocation", "NOUN", "NNS", "pobj", 2, "O"),
        ("increased", "increase", "VERB", "VBD", "ROOT", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 4, "O"),
    ]
    assert tells_a_trend(build(rows)[4])
    rows = [
        ("Poland", "Poland", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("increased", "increase", "VERB", "VBD", "ROOT", 1, "O"),
        ("patrols", "patrol", "NOUN", "NNS", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert not tells_a_trend(build(rows)[1])
