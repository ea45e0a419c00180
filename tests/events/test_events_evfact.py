"""Factuality rules of the evfact session (#16): an opinion frame and a
thing's purpose make an event hypothetical; a standing state of years ('has
deployed ... since 2018') is background. Hand-built Docs, own example sentences."""

from accord.events import flags as F
from accord.events.factuality import is_background, standing_since_years


def test_an_opinion_frame_makes_the_event_hypothetical(build):
    # "In his opinion , Ruritania will send troops ."
    d = build(
        [
            ("In", "in", "ADP", "IN", "prep", 6, "O"),
            ("his", "his", "PRON", "PRP$", "poss", 2, "O"),
            ("opinion", "opinion", "NOUN", "NN", "pobj", 0, "O"),
            (",", ",", "PUNCT", ",", "punct", 6, "O"),
            ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 6, "B-GPE"),
            ("will", "will", "AUX", "MD", "aux", 6, "O"),
            ("send", "send", "VERB", "VB", "ROOT", 6, "O"),
            ("troops", "troop", "NOUN", "NNS", "dobj", 6, "O"),
            (".", ".", "PUNCT", ".", "punct", 6, "O"),
        ]
    )
    assert F.in_opinion(d[6]) and F.is_hypothetical(d[6])


def test_in_a_place_is_no_opinion(build):
    # "In Zenda , Ruritania will send troops ."
    d = build(
        [
            ("In", "in", "ADP", "IN", "prep", 5, "O"),
            ("Zenda", "Zenda", "PROPN", "NNP", "pobj", 0, "B-GPE"),
            (",", ",", "PUNCT", ",", "punct", 5, "O"),
            ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 5, "B-GPE"),
            ("will", "will", "AUX", "MD", "aux", 5, "O"),
            ("send", "send", "VERB", "VB", "ROOT", 5, "O"),
            ("troops", "troop", "NOUN", "NNS", "dobj", 5, "O"),
            (".", ".", "PUNCT", ".", "punct", 5, "O"),
        ]
    )
    assert not F.in_opinion(d[5]) and not F.is_hypothetical(d[5])


def _aims(build, subject, lemma):
    # "<subject> aims to deepen cooperation ."
    return build(
        [
            (subject, lemma, "NOUN" if lemma.islower() else "PROPN", "NN", "nsubj", 1, "O"),
            ("aims", "aim", "VERB", "VBZ", "ROOT", 1, "O"),
            ("to", "to", "PART", "TO", "aux", 3, "O"),
            ("deepen", "deepen", "VERB", "VB", "xcomp", 1, "O"),
            ("cooperation", "cooperation", "NOUN", "NN", "dobj", 3, "O"),
            (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ]
    )


def test_the_purpose_of_drills_is_no_event_but_a_partys_aim_is_its_plan(build):
    d = _aims(build, "exercise", "exercise")
    assert F.is_purpose(d[3]) and F.is_hypothetical(d[3])
    d = _aims(build, "Ruritania", "Ruritania")
    assert not F.is_purpose(d[3]) and not F.is_hypothetical(d[3]) and F.is_future(d[3])


def test_what_a_thing_is_meant_to_do_is_no_event(build):
    # "The upgrade is meant to allow coordination ."
    d = build(
        [
            ("The", "the", "DET", "DT", "det", 1, "O"),
            ("upgrade", "upgrade", "NOUN", "NN", "nsubjpass", 3, "O"),
            ("is", "be", "AUX", "VBZ", "auxpass", 3, "O"),
            ("meant", "mean", "VERB", "VBN", "ROOT", 3, "O"),
            ("to", "to", "PART", "TO", "aux", 5, "O"),
            ("allow", "allow", "VERB", "VB", "xcomp", 3, "O"),
            ("coordination", "coordination", "NOUN", "NN", "dobj", 5, "O"),
            (".", ".", "PUNCT", ".", "punct", 3, "O"),
        ]
    )
    assert F.is_purpose(d[5]) and F.is_hypothetical(d[5])


def _deployed_since(build, when, published):
    # "Ruritania has deployed troops since <when> ."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 2, "B-GPE"),
        ("has", "have", "AUX", "VBZ", "aux", 2, "O"),
        ("deployed", "deploy", "VERB", "VBN", "ROOT", 2, "O"),
        ("troops", "troop", "NOUN", "NNS", "dobj", 2, "O"),
        ("since", "since", "ADP", "IN", "prep", 2, "O"),
        *[(w, w, "NUM" if w.isdigit() else "PROPN", "CD" if w.isdigit() else "NNP", "pobj", 4, "O") for w in when],
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    return build(rows, published=published)


def test_a_state_kept_for_years_is_background_a_recent_one_is_news(build):
    d = _deployed_since(build, ["2018"], "2023-06-02")
    assert standing_since_years(d[2]) and is_background(d[2])
    d = _deployed_since(build, ["December"], "2023-06-02")
    assert not standing_since_years(d[2]) and not is_background(d[2])
    d = _deployed_since(build, ["2023"], "2023-06-02")
    assert not standing_since_years(d[2])


def test_a_state_kept_since_a_time_told_before_is_background(build):
    # "Ruritania has deployed troops since then ." : since the time the story told before
    d = _deployed_since(build, ["then"], "2023-06-02")
    assert standing_since_years(d[2]) and is_background(d[2])


def test_a_pair_named_as_such_is_not_nobody(build):
    # "The two leaders agreed ." : the parties come later (pairs.expand_pairs); no uncoded cap
    from types import SimpleNamespace

    from accord.events.coding import UNCODED_MAX, confidence
    from accord.events.triggers import Candidate

    rows = [
        ("The", "the", "DET", "DT", "det", 2, "O"),
        ("two", "two", "NUM", "CD", "nummod", 2, "O"),
        ("leaders", "leader", "NOUN", "NNS", "nsubj", 3, "O"),
        ("agreed", "agree", "VERB", "VBD", "ROOT", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    doc = build(rows)
    c = Candidate(doc[3], "030", "AGREE", "verbal_cooperation", None, [], 1.0, "pattern")
    pair = [SimpleNamespace(code=None, text="The two leaders")]
    crowd = [SimpleNamespace(code=None, text="Some officials")]
    assert confidence(c, pair, [], False, "verbal_cooperation", None, pair=True) > UNCODED_MAX
    assert confidence(c, crowd, [], False, "verbal_cooperation", None) <= UNCODED_MAX
    # a pair with no two parties named before it to refer to is nobody codable
    assert confidence(c, pair, [], False, "verbal_cooperation", None, pair=False) <= UNCODED_MAX


def test_an_act_a_coded_party_did_not_do_needs_no_recipient(build):
    # "Ruritania did not attend ." : a verb-default trigger, negated, its actor coded
    from types import SimpleNamespace

    from accord.events.coding import confidence
    from accord.events.triggers import Candidate

    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 3, "B-GPE"),
        ("did", "do", "AUX", "VBD", "aux", 3, "O"),
        ("not", "not", "PART", "RB", "neg", 3, "O"),
        ("attend", "attend", "VERB", "VB", "ROOT", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    doc = build(rows)
    c = Candidate(doc[3], "040", "CONSULT", "verbal_cooperation", None, [], 0.0, "verb")
    actor = [SimpleNamespace(code="RUR", text="Ruritania")]
    assert confidence(c, actor, [], False, "verbal_cooperation", None, negated=True) > 0.4
    assert confidence(c, actor, [], False, "verbal_cooperation", None) <= 0.35  # a positive one still needs both


def test_a_month_with_a_relative_year_is_that_years_month():
    from accord.events.dates import resolve_date_precise as r

    assert r("in September last year", "2023-09-12", past=True) == ("2022-09-01", "2022-09-30", "month")
    assert r("in May last year", "2023-09-12", past=True) == ("2022-05-01", "2022-05-31", "month")
    assert r("in June next year", "2023-09-12", past=True) == ("2024-06-01", "2024-06-30", "month")
    assert r("in March this year", "2023-09-12", past=False) == ("2023-03-01", "2023-03-31", "month")
    assert r("on 5 June last year", "2023-09-12", past=True) == ("2022-06-05", None, "day")
    assert r("last year", "2023-09-12", past=True) == ("2022-01-01", "2022-12-31", "year")


def test_the_datelines_date_yields_to_the_storys_own(build):
    from types import SimpleNamespace

    from accord.events.place_time import date_for, in_dateline

    # "ZENDA , Nov 21 ( Wire ) — Ruritania began drills on Saturday ."
    rows = [
        ("ZENDA", "Zenda", "PROPN", "NNP", "npadvmod", 9, "B-GPE"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("Nov", "Nov", "PROPN", "NNP", "appos", 0, "B-DATE"),
        ("21", "21", "NUM", "CD", "nummod", 2, "I-DATE"),
        ("(", "(", "PUNCT", "-LRB-", "punct", 5, "O"),
        ("Wire", "Wire", "PROPN", "NNP", "appos", 2, "B-ORG"),
        (")", ")", "PUNCT", "-RRB-", "punct", 5, "O"),
        ("—", "—", "PUNCT", ":", "punct", 9, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 9, "B-GPE"),
        ("began", "begin", "VERB", "VBD", "ROOT", 9, "O"),
        ("drills", "drill", "NOUN", "NNS", "dobj", 9, "O"),
        ("on", "on", "ADP", "IN", "prep", 10, "O"),
        ("Saturday", "Saturday", "PROPN", "NNP", "pobj", 11, "B-DATE"),
        (".", ".", "PUNCT", ".", "punct", 9, "O"),
    ]
    doc = build(rows, published="2022-11-21")
    dates = [e for e in doc.ents if e.label_ == "DATE"]
    assert in_dateline(dates[0], doc[9]) and not in_dateline(dates[1], doc[9])
    got = date_for(SimpleNamespace(tok=doc[9]), list(doc.ents), "2022-11-21", True)
    assert got[2] == "Saturday" and got[0] == "2022-11-19"


def test_a_date_takes_the_tense_of_the_verb_it_hangs_from(build):
    from types import SimpleNamespace

    from accord.events.place_time import date_for

    # "On Sunday Ruritania announced that Zenda would deploy troops ." (published on a Tuesday)
    rows = [
        ("On", "on", "ADP", "IN", "prep", 3, "O"),
        ("Sunday", "Sunday", "PROPN", "NNP", "pobj", 0, "B-DATE"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 3, "B-GPE"),
        ("announced", "announce", "VERB", "VBD", "ROOT", 3, "O"),
        ("that", "that", "SCONJ", "IN", "mark", 7, "O"),
        ("Zenda", "Zenda", "PROPN", "NNP", "nsubj", 7, "B-GPE"),
        ("would", "would", "AUX", "MD", "aux", 7, "O"),
        ("deploy", "deploy", "VERB", "VB", "ccomp", 3, "O"),
        ("troops", "troop", "NOUN", "NNS", "dobj", 7, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    doc = build(rows, published="2019-10-15")
    got = date_for(SimpleNamespace(tok=doc[7]), list(doc.ents), "2019-10-15", False)
    assert got[0] == "2019-10-13"  # the Sunday before: the announcement's, not the next one


def test_the_partners_of_one_partys_joint_drills_drilled_together(build):
    from accord.events.dyads import _fellow_participants
    from accord.record import EventActor

    def party(code, org=None):
        return EventActor(0, 1, code, code=code, country=None if org else code, org=org)

    kaz = party("RUR")
    pairs = [(kaz, party("FRE")), (kaz, party("ZEN"))]
    got = _fellow_participants([kaz], pairs)
    assert [(x.code, y.code) for x, y in got] == [("FRE", "ZEN")]
    many = [(kaz, party(c)) for c in ("FRE", "ZEN", "SYL", "GRN", "OST")]
    assert _fellow_participants([kaz], many) == []  # a multilateral activity: no pairs among the many
    assert _fellow_participants([kaz], [(kaz, party("FRE")), (kaz, party("XAL", org="XAL"))]) == []


def test_a_date_told_by_a_clause_on_the_event_noun_is_not_the_events_own(build):
    from types import SimpleNamespace

    from accord.events.place_time import date_for

    # "the withdrawal of troops , which will be completed in August" (published in July)
    rows = [
        ("the", "the", "DET", "DT", "det", 1, "O"),
        ("withdrawal", "withdrawal", "NOUN", "NN", "ROOT", 1, "O"),
        ("of", "of", "ADP", "IN", "prep", 1, "O"),
        ("troops", "troop", "NOUN", "NNS", "pobj", 2, "O"),
        (",", ",", "PUNCT", ",", "punct", 3, "O"),
        ("which", "which", "PRON", "WDT", "nsubjpass", 8, "O"),
        ("will", "will", "AUX", "MD", "aux", 8, "O"),
        ("be", "be", "AUX", "VB", "auxpass", 8, "O"),
        ("completed", "complete", "VERB", "VBN", "relcl", 3, "O"),
        ("in", "in", "ADP", "IN", "prep", 8, "O"),
        ("August", "August", "PROPN", "NNP", "pobj", 9, "B-DATE"),
    ]
    doc = build(rows, published="2021-07-23")
    got = date_for(SimpleNamespace(tok=doc[1]), list(doc.ents), "2021-07-23", True)
    assert got[0] == "2021-08-01" and got[4] is False  # dated ahead, but not the noun's own date
