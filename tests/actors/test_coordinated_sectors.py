"""A bare state coordinated into a sector's phrase shares its sector:
'Kazakh and Uzbek troops', 'the armed forces of Russia and Belarus'; a
state name beside another state's officials keeps its own codes."""

from accord.actors.component import extract_actors
from conftest import find, make_doc


def test_a_nationality_word_before_troops_shares_their_sector(vocab):
    # "Kazakh and Uzbek troops trained ."
    words = "Kazakh and Uzbek troops trained .".split()
    parse = [("nmod", 3), ("cc", 0), ("conj", 0), ("nsubj", 4), ("ROOT", 4), ("punct", 4)]
    pos = {0: "PROPN", 2: "PROPN", 3: "NOUN", 4: "VERB"}
    doc = make_doc(vocab, words, pos=pos, tags={3: "NNS"}, parse=parse)
    ms, _ = extract_actors(doc)
    assert find(ms, "Kazakh").code == "KAZMIL"
    assert find(ms, "Uzbek troops").code == "UZBMIL"


def test_a_state_joined_to_the_forces_of_another_shares_their_sector(vocab):
    # "The armed forces of Russia and Belarus trained ."
    words = "The armed forces of Russia and Belarus trained .".split()
    parse = [("det", 2), ("amod", 2), ("nsubj", 7), ("prep", 2), ("pobj", 3), ("cc", 4), ("conj", 4)]
    parse += [("ROOT", 7), ("punct", 7)]
    pos = {1: "ADJ", 2: "NOUN", 4: "PROPN", 6: "PROPN", 7: "VERB"}
    doc = make_doc(vocab, words, pos=pos, tags={2: "NNS"}, parse=parse)
    ms, _ = extract_actors(doc)
    assert find(ms, "Belarus").code == "BLRMIL"


def test_a_state_name_beside_anothers_officials_keeps_its_codes(vocab):
    # "Russia and Belarusian officials met ."
    words = "Russia and Belarusian officials met .".split()
    parse = [("nmod", 3), ("cc", 0), ("conj", 0), ("nsubj", 4), ("ROOT", 4), ("punct", 4)]
    pos = {0: "PROPN", 2: "ADJ", 3: "NOUN", 4: "VERB"}
    doc = make_doc(vocab, words, pos=pos, tags={3: "NNS"}, parse=parse)
    ms, _ = extract_actors(doc)
    assert find(ms, "Russia").code == "RUS"
