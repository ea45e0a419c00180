"""'Its spokeswoman, NAME,': the role belongs to the body 'its' stands for,
named as a subject in the sentence before; a capitalised title word or two
the name's mention left out may stand between the comma and the name."""

from accord.actors.component import extract_actors
from conftest import find, make_doc


def test_its_role_takes_the_body_named_before(vocab):
    # "Kazakhstan's Defence Ministry denied it . Its spokesman, Aidos Kenzhebekov, said so ."
    words = "Kazakhstan 's Defence Ministry denied it . Its spokesman , Aidos Kenzhebekov , said so .".split()
    parse = [("poss", 3), ("case", 0), ("compound", 3), ("nsubj", 4), ("ROOT", 4), ("dobj", 4), ("punct", 4)]
    parse += [("poss", 8), ("nsubj", 13), ("punct", 8), ("compound", 11), ("appos", 8), ("punct", 8)]
    parse += [("ROOT", 13), ("advmod", 13), ("punct", 13)]
    pos = {4: "VERB", 5: "PRON", 7: "PRON", 8: "NOUN", 13: "VERB", 14: "ADV"}
    tags = {7: "PRP$", 8: "NN"}
    doc = make_doc(vocab, words, pos=pos, tags=tags, parse=parse, ents=[(10, 12, "PERSON")])
    ms, _ = extract_actors(doc)
    assert find(ms, "Aidos Kenzhebekov").country == "KAZ"


def test_its_role_without_a_body_before_stays_uncoded(vocab):
    words = "Crowds gathered . Its spokesman , Aidos Kenzhebekov , said so .".split()
    parse = [("nsubj", 1), ("ROOT", 1), ("punct", 1), ("poss", 4), ("nsubj", 9), ("punct", 4)]
    parse += [("compound", 7), ("appos", 4), ("punct", 4), ("ROOT", 9), ("advmod", 9), ("punct", 9)]
    pos = {1: "VERB", 3: "PRON", 4: "NOUN", 9: "VERB", 10: "ADV"}
    doc = make_doc(vocab, words, pos=pos, tags={3: "PRP$", 4: "NN"}, parse=parse, ents=[(6, 8, "PERSON")])
    ms, _ = extract_actors(doc)
    assert find(ms, "Aidos Kenzhebekov").country is None


def test_a_title_word_between_the_comma_and_the_name(vocab):
    # "Its commander , Senior Colonel Wang Jun , said so ." after a Chinese body
    words = "The PLA unit arrived . Its commander , Senior Colonel Wang Jun , said so .".split()
    parse = [("det", 2), ("compound", 2), ("nsubj", 3), ("ROOT", 3), ("punct", 3), ("poss", 6), ("nsubj", 13)]
    parse += [("punct", 6), ("amod", 9), ("compound", 11), ("compound", 11), ("appos", 6), ("punct", 6)]
    parse += [("ROOT", 13), ("advmod", 13), ("punct", 13)]
    pos = {2: "NOUN", 3: "VERB", 5: "PRON", 6: "NOUN", 8: "ADJ", 13: "VERB", 14: "ADV"}
    doc = make_doc(vocab, words, pos=pos, tags={5: "PRP$", 6: "NN"}, parse=parse, ents=[(10, 12, "PERSON")])
    ms, _ = extract_actors(doc)
    m = next(m for m in ms if m.text.endswith("Wang Jun"))
    assert m.country == "CHN"
