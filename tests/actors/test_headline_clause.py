"""A headline verb the tagger took for a noun does not join its subject and
object into one phrase: "Georgian police disperse protesters"."""

from accord.actors.component import extract_actors
from conftest import make_doc


def test_subject_and_object_of_a_noun_tagged_verb_are_two_mentions(vocab):
    words = "Kyrgyz police disperse protesters in Osh".split()
    parse = [("amod", 1), ("nsubj", 2), ("ROOT", 2), ("dobj", 2), ("prep", 3), ("pobj", 4)]
    pos = {0: "ADJ", 1: "NOUN", 2: "NOUN", 3: "NOUN", 4: "ADP", 5: "PROPN"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, parse=parse, tags={2: "NN", 3: "NNS"}))
    texts = [m.text for m in ms]
    assert "Kyrgyz police" in texts
    assert not any("disperse" in t for t in texts)


def test_a_compound_noun_phrase_stays_one(vocab):
    words = "Kyrgyz riot police used gas".split()
    parse = [("amod", 2), ("compound", 2), ("nsubj", 3), ("ROOT", 3), ("dobj", 3)]
    pos = {0: "ADJ", 1: "NOUN", 2: "NOUN", 3: "VERB", 4: "NOUN"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, parse=parse))
    assert [m.text for m in ms][0] == "Kyrgyz riot police"
