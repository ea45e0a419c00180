"""A declaring verb with an instrumental predicate is an act, not a quote
cue (our own sentences, hand-built Docs, no parser)."""

from accord.ru.actors import Actor
from accord.ru.quotes import quotes

from .ud_docs import ud_doc

# «Рига выслала дипломата, после чего Москва объявила персоной нон грата консула.»
_NON_GRATA = [
    ("Рига", 1, "nsubj", "PROPN", "Case=Nom"),
    ("выслала", 1, "root", "VERB", "VerbForm=Fin"),
    ("дипломата", 1, "obj", "NOUN", "Case=Acc"),
    (",", 7, "punct", "PUNCT", ""),
    ("после", 5, "case", "ADP", ""),
    ("чего", 7, "obl", "PRON", "Case=Gen"),
    ("Москва", 7, "nsubj", "PROPN", "Case=Nom"),
    ("объявила", 1, "parataxis", "VERB", "VerbForm=Fin"),
    ("персоной", 7, "xcomp", "NOUN", "Case=Ins"),
    ("нон", 10, "advmod", "PART", ""),
    ("грата", 8, "nmod", "NOUN", "Case=Gen"),
    ("консула", 7, "obj", "NOUN", "Case=Acc"),
    (".", 1, "punct", "PUNCT", ""),
]

# «Рига выслала дипломата, — объявила утром Москва.»
_SAID_IN_THE_MORNING = [
    ("Рига", 1, "nsubj", "PROPN", "Case=Nom"),
    ("выслала", 1, "root", "VERB", "VerbForm=Fin"),
    ("дипломата", 1, "obj", "NOUN", "Case=Acc"),
    (",", 5, "punct", "PUNCT", ""),
    ("—", 5, "punct", "PUNCT", ""),
    ("объявила", 1, "parataxis", "VERB", "VerbForm=Fin"),
    ("утром", 5, "obl", "NOUN", "Case=Ins"),
    ("Москва", 5, "nsubj", "PROPN", "Case=Nom"),
    (".", 1, "punct", "PUNCT", ""),
]


def _doc(rows, cue: int, lemmas: dict[int, str]):
    doc = ud_doc(rows)
    doc[cue].lemma_ = "объявить"
    for i, lemma in lemmas.items():
        doc[i].lemma_ = lemma
    return doc


def test_declaring_someone_persona_non_grata_is_no_quote():
    doc = _doc(_NON_GRATA, 7, {})
    actors = [Actor(0, 1, "state", country="LVA", named=True), Actor(6, 7, "state", country="RUS", named=True)]
    assert quotes(doc, actors) == []


def test_an_instrumental_of_time_leaves_the_cue():
    doc = _doc(_SAID_IN_THE_MORNING, 5, {6: "утро"})
    actors = [Actor(0, 1, "state", country="LVA", named=True), Actor(7, 8, "state", country="RUS", named=True)]
    (q,) = quotes(doc, actors)
    assert q.speaker.country == "RUS"
