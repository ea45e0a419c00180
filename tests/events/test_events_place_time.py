"""Which date belongs to a trigger (accord.events.place_time.date_for) on hand-built Docs."""

from types import SimpleNamespace

from accord.events.place_time import date_for


def _date(doc, i, published="2026-02-11", past=False):
    got = date_for(SimpleNamespace(tok=doc[i]), list(doc.ents), published, past)
    return got[2] if got else None


def test_a_verbs_own_date_wins_over_its_heads(build):
    # "Kalia will host drills in June and will send troops in September."
    rows = [
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 2, "B-GPE"),
        ("will", "will", "AUX", "MD", "aux", 2, "O"),
        ("host", "host", "VERB", "VB", "ROOT", 2, "O"),
        ("drills", "drill", "NOUN", "NNS", "dobj", 2, "O"),
        ("in", "in", "ADP", "IN", "prep", 2, "O"),
        ("June", "June", "PROPN", "NNP", "pobj", 4, "B-DATE"),
        ("and", "and", "CCONJ", "CC", "cc", 2, "O"),
        ("will", "will", "AUX", "MD", "aux", 8, "O"),
        ("send", "send", "VERB", "VB", "conj", 2, "O"),
        ("troops", "troop", "NOUN", "NNS", "dobj", 8, "O"),
        ("in", "in", "ADP", "IN", "prep", 8, "O"),
        ("September", "September", "PROPN", "NNP", "pobj", 10, "B-DATE"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    doc = build(rows)
    assert _date(doc, 8) == "September"
    assert _date(doc, 2) == "June"


def test_the_datelines_date_yields_to_the_storys(build):
    # "ASTANA, July 4 — Leaders admitted Rurit at a summit on Thursday ."
    rows = [
        ("ASTANA", "Astana", "PROPN", "NNP", "nsubj", 6, "B-GPE"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("July", "July", "PROPN", "NNP", "npadvmod", 0, "B-DATE"),
        ("4", "4", "NUM", "CD", "nummod", 2, "I-DATE"),
        ("—", "—", "PUNCT", ":", "punct", 0, "O"),
        ("Leaders", "leader", "NOUN", "NNS", "appos", 0, "O"),
        ("admitted", "admit", "VERB", "VBD", "ROOT", 6, "O"),
        ("Rurit", "Rurit", "PROPN", "NNP", "dobj", 6, "B-GPE"),
        ("at", "at", "ADP", "IN", "prep", 7, "O"),
        ("a", "a", "DET", "DT", "det", 10, "O"),
        ("summit", "summit", "NOUN", "NN", "pobj", 8, "O"),
        ("on", "on", "ADP", "IN", "prep", 10, "O"),
        ("Thursday", "Thursday", "PROPN", "NNP", "pobj", 11, "B-DATE"),
        (".", ".", "PUNCT", ".", "punct", 6, "O"),
    ]
    doc = build(rows, published="2024-07-04")
    assert _date(doc, 6, "2024-07-04", past=True) == "Thursday"


def test_a_clause_below_the_trigger_dates_itself_not_the_trigger(build):
    # "Kalia said on Wednesday that troops were killed since fighting began on Tuesday ."
    rows = [
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("on", "on", "ADP", "IN", "prep", 1, "O"),
        ("Wednesday", "Wednesday", "PROPN", "NNP", "pobj", 2, "B-DATE"),
        ("that", "that", "SCONJ", "IN", "mark", 7, "O"),
        ("troops", "troop", "NOUN", "NNS", "nsubjpass", 7, "O"),
        ("were", "be", "AUX", "VBD", "auxpass", 7, "O"),
        ("killed", "kill", "VERB", "VBN", "ccomp", 1, "O"),
        ("since", "since", "SCONJ", "IN", "mark", 10, "O"),
        ("fighting", "fighting", "NOUN", "NN", "nsubj", 10, "O"),
        ("began", "begin", "VERB", "VBD", "advcl", 7, "O"),
        ("on", "on", "ADP", "IN", "prep", 10, "O"),
        ("Tuesday", "Tuesday", "PROPN", "NNP", "pobj", 11, "B-DATE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, published="2022-09-14")
    assert _date(doc, 7, "2022-09-14", past=True) == "Wednesday"


def test_a_time_that_names_a_day_dates_the_event(build):
    # "Police used water cannon on Saturday night ."
    rows = [
        ("Police", "police", "NOUN", "NNS", "nsubj", 1, "O"),
        ("used", "use", "VERB", "VBD", "ROOT", 1, "O"),
        ("water", "water", "NOUN", "NN", "compound", 3, "O"),
        ("cannon", "cannon", "NOUN", "NN", "dobj", 1, "O"),
        ("on", "on", "ADP", "IN", "prep", 1, "O"),
        ("Saturday", "Saturday", "PROPN", "NNP", "compound", 6, "B-TIME"),
        ("night", "night", "NOUN", "NN", "pobj", 4, "I-TIME"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, published="2025-10-05")
    got = date_for(SimpleNamespace(tok=doc[1]), list(doc.ents), "2025-10-05", True)
    assert got[:3] == ("2025-10-04", None, "Saturday night")


def _treaty_rows(relcl_on_subject=True):
    """'Kalia , which has a treaty dating from 1951 , condemned the raid .' or, the clause on the
    object, 'Kalia condemned the raid , which dated from 1951 .'"""
    if relcl_on_subject:
        return [
            ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 9, "B-GPE"),
            (",", ",", "PUNCT", ",", "punct", 0, "O"),
            ("which", "which", "PRON", "WDT", "nsubj", 3, "O"),
            ("has", "have", "VERB", "VBZ", "relcl", 0, "O"),
            ("a", "a", "DET", "DT", "det", 5, "O"),
            ("treaty", "treaty", "NOUN", "NN", "dobj", 3, "O"),
            ("dating", "date", "VERB", "VBG", "acl", 5, "O"),
            ("from", "from", "ADP", "IN", "prep", 6, "O"),
            ("1951", "1951", "NUM", "CD", "pobj", 7, "B-DATE"),
            ("condemned", "condemn", "VERB", "VBD", "ROOT", 9, "O"),
            ("the", "the", "DET", "DT", "det", 11, "O"),
            ("raid", "raid", "NOUN", "NN", "dobj", 9, "O"),
            (".", ".", "PUNCT", ".", "punct", 9, "O"),
        ]
    return [
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("raid", "raid", "NOUN", "NN", "dobj", 1, "O"),
        (",", ",", "PUNCT", ",", "punct", 3, "O"),
        ("which", "which", "PRON", "WDT", "nsubj", 6, "O"),
        ("dated", "date", "VERB", "VBD", "relcl", 3, "O"),
        ("from", "from", "ADP", "IN", "prep", 6, "O"),
        ("1951", "1951", "NUM", "CD", "pobj", 7, "B-DATE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]


def test_a_date_describing_the_subject_is_not_the_events(build):
    assert _date(build(_treaty_rows()), 9, past=True) is None


def test_a_date_describing_the_object_of_the_event_stays(build):
    assert _date(build(_treaty_rows(False)), 1, past=True) == "1951"
