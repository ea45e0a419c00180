"""Parties that no mention covers ("they" for a pair named before) and the phrase a party is named in."""

from accord.events.actor_groups import ActorGroups
from accord.events.party_spans import party, pronoun_party


def _rows(subject_words):
    # "<subject> met . They agreed ."
    n = len(subject_words)
    rows = [(w, w.lower(), pos, "X", dep, head, "O") for w, pos, dep, head in subject_words]
    rows += [
        ("met", "meet", "VERB", "VBD", "ROOT", n, "O"),
        (".", ".", "PUNCT", ".", "punct", n, "O"),
        ("They", "they", "PRON", "PRP", "nsubj", n + 3, "O"),
        ("agreed", "agree", "VERB", "VBD", "ROOT", n + 3, "O"),
        (".", ".", "PUNCT", ".", "punct", n + 3, "O"),
    ]
    return rows, n + 2


def test_they_after_a_pair_subject_of_the_sentence_before_stands_for_the_pair(build):
    # "The heads of the two services met . They agreed ."
    subject = [
        ("The", "DET", "det", 1),
        ("heads", "NOUN", "nsubj", 6),
        ("of", "ADP", "prep", 1),
        ("the", "DET", "det", 5),
        ("two", "NUM", "nummod", 5),
        ("services", "NOUN", "pobj", 2),
    ]
    rows, they = _rows(subject)
    doc = build(rows, sent_starts=(0, they))
    p = pronoun_party(doc[they], ActorGroups(doc))
    assert p is not None and p.text == "The heads of the two services" and p.code is None


def test_they_after_another_subject_is_no_pair(build):
    # "The heads of the services met . They agreed ."
    subject = [
        ("The", "DET", "det", 1),
        ("heads", "NOUN", "nsubj", 5),
        ("of", "ADP", "prep", 1),
        ("the", "DET", "det", 4),
        ("services", "NOUN", "pobj", 2),
    ]
    rows, they = _rows(subject)
    doc = build(rows, sent_starts=(0, they))
    assert pronoun_party(doc[they], ActorGroups(doc)) is None


def _station_rows(verb, lemma):
    # "Rebels <verb> a police station in Zenda ."
    return [
        ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1, "O"),
        (verb, lemma, "VERB", "VBD", "ROOT", 1, "O"),
        ("a", "a", "DET", "DT", "det", 4, "O"),
        ("police", "police", "NOUN", "NN", "compound", 4, "O"),
        ("station", "station", "NOUN", "NN", "dobj", 1, "O"),
        ("in", "in", "ADP", "IN", "prep", 1, "O"),
        ("Zenda", "Zenda", "PROPN", "NNP", "pobj", 5, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]


def test_a_struck_place_is_named_by_the_thing_struck_there(build):
    doc = build(_station_rows("stormed", "storm"), [(6, 7, "ZEN", "ZEN", None, None, "location")])
    assert party(ActorGroups(doc), 0, 1).text == "a police station in Zenda"


def test_a_place_where_nothing_is_struck_keeps_its_name(build):
    doc = build(_station_rows("visited", "visit"), [(6, 7, "ZEN", "ZEN", None, None, "location")])
    assert party(ActorGroups(doc), 0, 1).text == "Zenda"


def test_its_unit_is_of_the_main_subject_before(build):
    # "Ruritania said its military police / border guards / troops were patrolling ."
    for unit, sector in (("police", "COP"), ("guards", "MIL"), ("troops", "MIL")):
        rows = [
            ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
            ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
            ("its", "its", "PRON", "PRP$", "poss", 3, "O"),
            (unit, unit, "NOUN", "NNS", "nsubj", 5, "O"),
            ("were", "be", "AUX", "VBD", "aux", 5, "O"),
            ("patrolling", "patrol", "VERB", "VBG", "ccomp", 1, "O"),
            (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ]
        ms = [(0, 1, "RUR", "RUR", None, None, "location"), (3, 4, None, None, sector, None, "org")]
        doc = build(rows, ms)
        ev = party(ActorGroups(doc), 1, 5)
        assert ev.code == "RUR" + sector and ev.country == "RUR", unit
