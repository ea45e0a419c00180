"""Parties that no mention covers: a "they" that stands for a pair named before."""

from accord.events.actor_groups import ActorGroups
from accord.events.party_spans import pronoun_party


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
