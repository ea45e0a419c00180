"""'the allies' are an alliance's members, not the UN's; a document named by a
city is no actor; a news agency's alias does not match ordinary words."""

from accord.actors.component import extract_actors, extract_mentions
from conftest import find, make_doc


def _allies_doc(vocab, first_body):
    # "The UN met . NATO grew . Minsk thanked the allies ."
    words = f"The {first_body} met . NATO grew . Minsk thanked the allies .".split()
    parse = [("det", 1), ("nsubj", 2), ("ROOT", 2), ("punct", 2), ("nsubj", 5), ("ROOT", 5), ("punct", 5)]
    parse += [("nsubj", 8), ("ROOT", 8), ("det", 10), ("dobj", 8), ("punct", 8)]
    pos = {2: "VERB", 5: "VERB", 8: "VERB", 10: "NOUN"}
    return make_doc(vocab, words, pos=pos, tags={10: "NNS"}, parse=parse)


def test_the_allies_skip_a_body_that_is_no_alliance(vocab):
    ms, _ = extract_actors(_allies_doc(vocab, "UN"))
    assert find(ms, "the allies").code == "IGONATO"


def test_the_allies_after_only_the_un_are_no_body(vocab):
    words = "The UN met . Minsk thanked the allies .".split()
    parse = [("det", 1), ("nsubj", 2), ("ROOT", 2), ("punct", 2), ("nsubj", 5), ("ROOT", 5), ("det", 7)]
    parse += [("dobj", 5), ("punct", 5)]
    doc = make_doc(vocab, words, pos={2: "VERB", 5: "VERB", 7: "NOUN"}, tags={7: "NNS"}, parse=parse)
    ms, _ = extract_actors(doc)
    assert not any(m.text.endswith("allies") and m.code for m in ms)


def test_a_city_naming_a_document_is_no_actor(vocab):
    doc = make_doc(vocab, "The Samarkand declaration backed the plan .", pos={1: "PROPN", 2: "NOUN", 3: "VERB"})
    assert not any("Samarkand" in m.text for m in extract_mentions(doc))
    doc = make_doc(vocab, "Leaders met in Samarkand on Monday .", pos={1: "VERB"})
    assert find(extract_mentions(doc), "Samarkand").country == "UZB"


def test_asia_plus_words_are_not_the_agency(vocab):
    doc = make_doc(vocab, "They backed the Central Asia plus Russia format .", pos={1: "VERB", 5: "CCONJ"})
    assert not any(m.code == "TJKMED" for m in extract_mentions(doc))
