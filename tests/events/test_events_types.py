"""Which triggers name news and of what type (issue #16, type side) on hand-built Docs:
background dated to another year, 'it was' descriptions, denials in a relative clause, trigger rows."""

from accord.events.extract import extract_events

G = "B-GPE"


def _events(build, rows, mentions, published="2023-06-20"):
    return extract_events(build(rows, mentions, published=published), classifier=None, min_confidence=0.0)


def _hamas(year):
    """'Hamas , which attacked Israeli towns in <year> , rejected the plan .'"""
    rows = [
        ("Hamas", "Hamas", "PROPN", "NNP", "nsubj", 10, "B-ORG"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("which", "which", "PRON", "WDT", "nsubj", 3, "O"),
        ("attacked", "attack", "VERB", "VBD", "relcl", 0, "O"),
        ("Israeli", "israeli", "ADJ", "JJ", "amod", 5, "B-NORP"),
        ("towns", "town", "NOUN", "NNS", "dobj", 3, "O"),
        ("in", "in", "ADP", "IN", "prep", 3, "O"),
        (year, year, "NUM", "CD", "pobj", 6, "B-DATE"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("then", "then", "ADV", "RB", "advmod", 10, "O"),
        ("rejected", "reject", "VERB", "VBD", "ROOT", 10, "O"),
        ("the", "the", "DET", "DT", "det", 12, "O"),
        ("plan", "plan", "NOUN", "NN", "dobj", 10, "O"),
        (".", ".", "PUNCT", ".", "punct", 10, "O"),
    ]
    ms = [(0, 1, "PSEREB", "PSE", "REB", None, "group"), (4, 6, "ISR", "ISR", None, None, "state")]
    return rows, ms


def test_a_relative_clause_dated_years_before_is_background(build):
    rows, ms = _hamas("2012")
    evs = _events(build, rows, ms)
    assert not [e for e in evs if e.type == "ASSAULT"]
    assert [e for e in evs if e.type == "REJECT"]


def test_a_relative_clause_dated_this_year_stays_news(build):
    rows, ms = _hamas("2023")
    assert [e for e in _events(build, rows, ms) if e.type == "ASSAULT"]


def test_it_was_her_first_summit_is_a_description(build):
    # "It was Berg 's first summit ." -> no meeting told here
    rows = [
        ("It", "it", "PRON", "PRP", "nsubj", 1, "O"),
        ("was", "be", "AUX", "VBD", "ROOT", 1, "O"),
        ("Berg", "Berg", "PROPN", "NNP", "poss", 5, "B-PERSON"),
        ("'s", "'s", "PART", "POS", "case", 2, "O"),
        ("first", "first", "ADJ", "JJ", "amod", 5, "O"),
        ("summit", "summit", "NOUN", "NN", "attr", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert not _events(build, rows, [(2, 3, "RURGOV", "RUR", "GOV", None, "person")])


def _claim_denied():
    """'Rurland alleged an attack , a claim Freedonia denied .'"""
    rows = [
        ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 1, G),
        ("alleged", "allege", "VERB", "VBD", "ROOT", 1, "O"),
        ("an", "an", "DET", "DT", "det", 3, "O"),
        ("attack", "attack", "NOUN", "NN", "dobj", 1, "O"),
        (",", ",", "PUNCT", ",", "punct", 3, "O"),
        ("a", "a", "DET", "DT", "det", 6, "O"),
        ("claim", "claim", "NOUN", "NN", "appos", 3, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 8, G),
        ("denied", "deny", "VERB", "VBD", "relcl", 6, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return rows, [(0, 1, "RUR", "RUR", None, None, "state"), (7, 8, "FRE", "FRE", None, None, "state")]


def test_a_claim_a_party_denied_is_its_rejection(build):
    rows, ms = _claim_denied()
    evs = _events(build, rows, ms)
    rej = [e for e in evs if e.type == "REJECT" and e.trigger.text == "denied"]
    assert rej and rej[0].actor.code == "FRE"


def test_a_relative_clause_with_its_own_subject_does_not_describe_the_noun(build):
    from accord.events.factuality import acts_on_noun, describes_party

    rows, ms = _claim_denied()
    doc = build(rows, ms)
    doc[8].set_morph("Tense=Pres|VerbForm=Fin")  # "a claim Freedonia denies"
    assert acts_on_noun(doc[8]) and not describes_party(doc[8])


def test_a_relative_clause_of_place_is_no_act_on_the_noun(build):
    # "Baku , where Berg had attended a summit , ..." -> a scene, not Berg's act on Baku
    from accord.events.factuality import acts_on_noun

    rows = [
        ("Baku", "Baku", "PROPN", "NNP", "ROOT", 0, G),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("where", "where", "ADV", "WRB", "advmod", 5, "O"),
        ("Berg", "Berg", "PROPN", "NNP", "nsubj", 5, "B-PERSON"),
        ("had", "have", "AUX", "VBD", "aux", 5, "O"),
        ("attended", "attend", "VERB", "VBN", "relcl", 0, "O"),
        ("a", "a", "DET", "DT", "det", 7, "O"),
        ("summit", "summit", "NOUN", "NN", "dobj", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 0, "O"),
    ]
    assert not acts_on_noun(build(rows)[5])


def _svo(verb, lemma, obj, obj_lemma, prep=None):
    """'Rurland <verb> [<prep>] the <obj> .'"""
    rows = [("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 1, G), (verb, lemma, "VERB", "VBD", "ROOT", 1, "O")]
    if prep:
        rows.append((prep, prep, "ADP", "IN", "prep", 1, "O"))
    n = len(rows)
    rows += [
        ("the", "the", "DET", "DT", "det", n + 1, "O"),
        (obj, obj_lemma, "NOUN", "NN", "pobj" if prep else "dobj", n - 1 if prep else 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return rows, [(0, 1, "RUR", "RUR", None, None, "state")]


def test_trigger_rows_adopt_a_statement_and_object_to_drills(build):
    rows, ms = _svo("adopted", "adopt", "declaration", "declaration")
    assert [e.type for e in _events(build, rows, ms)] == ["SUPPORT"]
    rows, ms = _svo("objected", "object", "drills", "drill", prep="to")
    assert [e.type for e in _events(build, rows, ms)] == ["ACCUSE"]


def test_trigger_rows_hosting_a_facility_or_taking_the_chair_are_no_events(build):
    rows, ms = _svo("hosts", "host", "facility", "facility")
    assert not _events(build, rows, ms)
    rows, ms = _svo("took", "take", "chairmanship", "chairmanship")
    assert not _events(build, rows, ms)


def test_an_act_after_another_is_not_its_content(build):
    # "Rurland attacked Freedonia after Freedonia threatened Rurland ." -> both acts stand
    rows = [
        ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 1, G),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 1, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "dobj", 1, G),
        ("after", "after", "SCONJ", "IN", "mark", 5, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 5, G),
        ("threatened", "threaten", "VERB", "VBD", "advcl", 1, "O"),
        ("Rurland", "Rurland", "PROPN", "NNP", "dobj", 5, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms = [(i, i + 1, c, c, None, None, "state") for i, c in ((0, "RUR"), (2, "FRE"), (4, "FRE"), (6, "RUR"))]
    types = {e.type for e in _events(build, rows, ms)}
    assert {"ASSAULT", "THREATEN"} <= types


def test_saying_another_party_failed_to_act_is_an_accusation(build):
    # "Rurland said Freedonia failed to help ." -> Rurland's ACCUSE of Freedonia (a speech act)
    rows = [
        ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 1, G),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 3, G),
        ("failed", "fail", "VERB", "VBD", "ccomp", 1, "O"),
        ("to", "to", "PART", "TO", "aux", 5, "O"),
        ("help", "help", "VERB", "VB", "xcomp", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms = [(0, 1, "RUR", "RUR", None, None, "state"), (2, 3, "FRE", "FRE", None, None, "state")]
    acc = [e for e in _events(build, rows, ms) if e.type == "ACCUSE"]
    assert acc and acc[0].actor.code == "RUR" and acc[0].recipient.code == "FRE" and acc[0].speech_act


def _it_is(adj):
    """'Rurland said it would be <adj> to attack Freedonia .'"""
    rows = [
        ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 1, G),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("it", "it", "PRON", "PRP", "nsubj", 4, "O"),
        ("would", "would", "AUX", "MD", "aux", 4, "O"),
        ("be", "be", "AUX", "VB", "ccomp", 1, "O"),
        (adj, adj, "ADJ", "JJ", "acomp", 4, "O"),
        ("to", "to", "PART", "TO", "aux", 7, "O"),
        ("attack", "attack", "VERB", "VB", "xcomp", 4, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "dobj", 7, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return rows, [(0, 1, "RUR", "RUR", None, None, "state"), (8, 9, "FRE", "FRE", None, None, "state")]


def test_an_act_judged_wrong_is_hypothetical(build):
    from accord.events.flags import is_evaluated

    rows, ms = _it_is("wrong")
    doc = build(rows, ms)
    assert is_evaluated(doc[7])
    rows, ms = _it_is("ready")  # "it would be ready to attack": a party's own readiness, not a judgement
    assert not is_evaluated(build(rows, ms)[7])


def test_trigger_rows_boats_handed_a_waiver_signed_and_a_gathering_to_protest(build):
    rows, ms = _svo("transferred", "transfer", "boats", "boat")
    assert [e.type for e in _events(build, rows, ms)] == ["AID"]
    rows, ms = _svo("signed", "sign", "waiver", "waiver")
    assert [e.type for e in _events(build, rows, ms)] == ["CONCEDE"]
    rows, ms = _svo("gathered", "gather", "protest", "protest", prep="for")
    assert [e.type for e in _events(build, rows, ms)] == ["PROTEST"]


def test_an_act_in_a_setting_clause_ranks_below_the_main_one(build):
    from accord.events.extract import top_event
    from accord.events.speech import _rank_settings

    rows = [
        ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 1, G),
        ("expelled", "expel", "VERB", "VBD", "ROOT", 1, "O"),
        ("diplomats", "diplomat", "NOUN", "NNS", "dobj", 1, "O"),
        ("after", "after", "SCONJ", "IN", "mark", 5, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 5, G),
        ("accused", "accuse", "VERB", "VBD", "advcl", 1, "O"),
        ("Rurland", "Rurland", "PROPN", "NNP", "dobj", 5, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms = [(i, i + 1, c, c, None, None, "state") for i, c in ((0, "RUR"), (4, "FRE"), (6, "RUR"))]
    doc = build(rows, ms)
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    assert {"ACCUSE", "SANCTION"} <= {e.type for e in evs}
    for e in evs:  # as a sentence classifier may weigh them: the charge above the act
        e.confidence = 0.9 if e.type == "ACCUSE" else 0.6
    _rank_settings(doc, evs)
    assert top_event(evs).trigger.text == "expelled"


def test_trigger_rows_a_plane_taking_off_or_carrying_troops_is_no_event(build):
    rows = [
        ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 1, G),
        ("took", "take", "VERB", "VBD", "ROOT", 1, "O"),
        ("off", "off", "ADP", "RP", "prt", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert not _events(build, rows, [(0, 1, "RUR", "RUR", None, None, "state")])
    rows, ms = _svo("carried", "carry", "paratroopers", "paratrooper")
    assert not _events(build, rows, ms)


def test_a_question_whether_a_party_will_strike_is_no_threat_made(build):
    # "Will Rurland attack Freedonia ?" -> the question asks; no threat is made (hypothetical)
    rows = [
        ("Will", "will", "AUX", "MD", "aux", 2, "O"),
        ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 2, G),
        ("attack", "attack", "VERB", "VB", "ROOT", 2, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "dobj", 2, G),
        ("?", "?", "PUNCT", ".", "punct", 2, "O"),
    ]
    ms = [(1, 2, "RUR", "RUR", None, None, "state"), (3, 4, "FRE", "FRE", None, None, "state")]
    evs = _events(build, rows, ms)
    assert evs and all(e.hypothetical for e in evs)


def _will_not_allow(build, clause: bool):
    """'Rurland will not allow Freedonia [to rebuild] .'"""
    rows = [
        ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 3, G),
        ("will", "will", "AUX", "MD", "aux", 3, "O"),
        ("not", "not", "PART", "RB", "neg", 3, "O"),
        ("allow", "allow", "VERB", "VB", "ROOT", 3, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj" if clause else "dobj", 6 if clause else 3, G),
    ]
    if clause:
        rows += [("to", "to", "PART", "TO", "aux", 6, "O"), ("rebuild", "rebuild", "VERB", "VB", "ccomp", 3, "O")]
    rows.append((".", ".", "PUNCT", ".", "punct", 3, "O"))
    ms = [(0, 1, "RUR", "RUR", None, None, "state"), (4, 5, "FRE", "FRE", None, None, "state")]
    return {(e.type, e.cameo) for e in _events(build, rows, ms) if e.trigger.text == "allow"}


def test_not_allowing_another_to_act_is_a_warning_not_a_refusal(build):
    # "Rurland will not allow Freedonia to rebuild ." -> THREATEN (130); "... allow Freedonia ." stays REJECT
    assert _will_not_allow(build, True) == {("THREATEN", "130")}
    assert _will_not_allow(build, False) == {("REJECT", "120")}
