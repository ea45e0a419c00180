"""Coming under fire: an attack on a unit, post or place, criticism of a
person (accord.events.under_fire), on hand-built Docs."""

from accord.events.triggers import find_candidates


def _came_under_fire(build, subj, subj_lemma, tail):
    """'Kyrgyz <subj> came under fire <tail...> .' (tail: (word, lemma, pos, tag, dep, head) rows after 'fire')"""
    rows = [
        ("Kyrgyz", "Kyrgyz", "ADJ", "JJ", "amod", 1, "B-NORP"),
        (subj, subj_lemma, "NOUN", "NNS", "nsubj", 2, "O"),
        ("came", "come", "VERB", "VBD", "ROOT", 2, "O"),
        ("under", "under", "ADP", "IN", "prep", 2, "O"),
        ("fire", "fire", "NOUN", "NN", "pobj", 3, "O"),
    ]
    rows += [(*r, "O") for r in tail]
    rows.append((".", ".", "PUNCT", ".", "punct", 2, "O"))
    doc = build(rows, [(0, 1, "KGZ", "KGZ", None, None, "state")])
    return [
        (c.tok.text, c.type, c.recipient_tok.text if c.recipient_tok is not None else None)
        for c in find_candidates(doc[:])
    ]


NEAR_OSH = [("near", "near", "ADP", "IN", "prep", 2), ("Osh", "Osh", "PROPN", "NNP", "pobj", 5)]
FOR_REMARKS = [("for", "for", "ADP", "IN", "prep", 2), ("remarks", "remark", "NOUN", "NNS", "pobj", 5)]


def test_a_post_or_convoy_that_came_under_fire_was_attacked(build):
    for subj, lemma in (("posts", "post"), ("convoy", "convoy"), ("troops", "troop")):
        assert _came_under_fire(build, subj, lemma, NEAR_OSH) == [("came", "ASSAULT", subj)]


def test_a_minister_who_came_under_fire_was_criticised(build):
    assert [t for _, t, _ in _came_under_fire(build, "minister", "minister", NEAR_OSH)] == ["ACCUSE"]


def test_a_reason_phrase_keeps_the_criticism(build):
    assert [t for _, t, _ in _came_under_fire(build, "troops", "troop", FOR_REMARKS)] == ["ACCUSE"]
