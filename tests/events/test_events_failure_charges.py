"""A party that says or believes another failed to act accuses it (events.speech._failure_charges),
on hand-built Docs: an opinion verb frames the charge too, and another event of the same pair in the
sentence does not stand for it."""

from accord.events.extract import extract_events

G = "B-GPE"


def _accusations(build, rows, ms):
    evs = extract_events(build(rows, ms), classifier=None, min_confidence=0.0)
    return [(e.actor.code, e.recipient.code) for e in evs if e.type == "ACCUSE" and e.actor and e.recipient]


def test_believing_another_party_failed_to_act_is_an_accusation(build):
    # "Rurland believes Freedonia failed to help ."
    rows = [
        ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 1, G),
        ("believes", "believe", "VERB", "VBZ", "ROOT", 1, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 3, G),
        ("failed", "fail", "VERB", "VBD", "ccomp", 1, "O"),
        ("to", "to", "PART", "TO", "aux", 5, "O"),
        ("help", "help", "VERB", "VB", "xcomp", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms = [(0, 1, "RUR", "RUR", None, None, "state"), (2, 3, "FRE", "FRE", None, None, "state")]
    assert ("RUR", "FRE") in _accusations(build, rows, ms)


def test_a_refusal_of_the_same_pair_leaves_the_charge_standing(build):
    # "Rurland rejected Freedonia , saying Freedonia failed to help ."
    rows = [
        ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 1, G),
        ("rejected", "reject", "VERB", "VBD", "ROOT", 1, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "dobj", 1, G),
        (",", ",", "PUNCT", ",", "punct", 1, "O"),
        ("saying", "say", "VERB", "VBG", "advcl", 1, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 6, G),
        ("failed", "fail", "VERB", "VBD", "ccomp", 4, "O"),
        ("to", "to", "PART", "TO", "aux", 8, "O"),
        ("help", "help", "VERB", "VB", "xcomp", 6, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms = [(0, 1, "RUR", "RUR", None, None, "state")] + [(i, i + 1, "FRE", "FRE", None, None, "state") for i in (2, 5)]
    assert ("RUR", "FRE") in _accusations(build, rows, ms)


def test_a_failure_told_by_the_writer_is_no_charge(build):
    # "Freedonia failed to help ." -> nobody's accusation
    rows = [
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 1, G),
        ("failed", "fail", "VERB", "VBD", "ROOT", 1, "O"),
        ("to", "to", "PART", "TO", "aux", 3, "O"),
        ("help", "help", "VERB", "VB", "xcomp", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert not _accusations(build, rows, [(0, 1, "FRE", "FRE", None, None, "state")])


def test_saying_others_hype_a_threat_accuses_each_of_them(build):
    # "Rurland said Freedonia and Sylvania were hyping the threat ." -> a charge of both
    rows = [
        ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 1, G),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 6, G),
        ("and", "and", "CCONJ", "CC", "cc", 2, "O"),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "conj", 2, G),
        ("were", "be", "AUX", "VBD", "aux", 6, "O"),
        ("hyping", "hype", "VERB", "VBG", "ccomp", 1, "O"),
        ("the", "the", "DET", "DT", "det", 8, "O"),
        ("threat", "threat", "NOUN", "NN", "dobj", 6, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms = [
        (0, 1, "RUR", "RUR", None, None, "state"),
        (2, 3, "FRE", "FRE", None, None, "state"),
        (4, 5, "SYL", "SYL", None, None, "state"),
    ]
    got = _accusations(build, rows, ms)
    assert ("RUR", "FRE") in got and ("RUR", "SYL") in got


def test_saying_another_drives_a_wedge_accuses_it(build):
    # "Rurland said Freedonia drove a wedge ." -> a charge; "... drove a car ." -> none
    def said(obj):
        rows = [
            ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 1, G),
            ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
            ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 3, G),
            ("drove", "drive", "VERB", "VBD", "ccomp", 1, "O"),
            ("a", "a", "DET", "DT", "det", 5, "O"),
            (obj, obj, "NOUN", "NN", "dobj", 3, "O"),
            (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ]
        ms = [(0, 1, "RUR", "RUR", None, None, "state"), (2, 3, "FRE", "FRE", None, None, "state")]
        return _accusations(build, rows, ms)

    assert ("RUR", "FRE") in said("wedge")
    assert ("RUR", "FRE") not in said("car")


def test_saying_others_interfere_accuses_them(build):
    # "Rurland said Freedonia was interfering ." -> a charge
    rows = [
        ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 1, G),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 4, G),
        ("was", "be", "AUX", "VBD", "aux", 4, "O"),
        ("interfering", "interfere", "VERB", "VBG", "ccomp", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms = [(0, 1, "RUR", "RUR", None, None, "state"), (2, 3, "FRE", "FRE", None, None, "state")]
    assert ("RUR", "FRE") in _accusations(build, rows, ms)
