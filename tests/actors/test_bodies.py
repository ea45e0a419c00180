"""Bodies named again: acronyms in brackets, "the ministry", "the alliance", titles naming a body."""

from accord.actors.component import extract_actors
from conftest import find, make_doc

# "The Kyrgyz border service said the clash began . The service said troops fired first ."
_SERVICE_PARSE = [
    ("det", 3),
    ("amod", 3),
    ("compound", 3),
    ("nsubj", 4),
    ("ROOT", 4),
    ("det", 6),
    ("nsubj", 7),
    ("ccomp", 4),
    ("punct", 4),
    ("det", 10),
    ("nsubj", 11),
    ("ROOT", 11),
    ("nsubj", 13),
    ("ccomp", 11),
    ("advmod", 13),
    ("punct", 11),
]


def _service_doc(vocab, words):
    pos = {1: "ADJ", 2: "NOUN", 3: "NOUN", 10: "NOUN", 12: "NOUN", 13: "VERB", 14: "ADV"}
    tags = {3: "NN", 10: "NN", 12: "NNS"}
    return make_doc(vocab, words, pos=pos, tags=tags, parse=_SERVICE_PARSE)


def test_definite_body_takes_the_latest_body_with_the_same_head(vocab):
    # "the ministry" and "the government" name no state: they are the latest
    # ministry / government named before them, with its codes and entity
    words = (
        "Tajikistan 's Defence Ministry said the drills began . Troops arrived , according to the ministry . "
        "The Kazakh government said the same , and the government sent observers . "
        "The ministry added that the drills would end on Friday ."
    ).split()
    pos = {words.index("Kazakh"): "ADJ"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos))
    first = find(ms, "Tajikistan's Defence Ministry")
    assert first.code == "TJKMIL"
    later = [m for m in ms if m.text.lower() == "the ministry"]
    assert len(later) == 2
    for m in later:  # the government in between is another body
        assert (m.name, m.code, m.entity) == (first.name, "TJKMIL", first.entity)
    gov = [m for m in ms if m.text.lower().endswith("government")]
    assert [m.code for m in gov] == ["KAZGOV", "KAZGOV"] and gov[0].entity == gov[1].entity


def test_bare_definite_noun_is_the_body_named_before_with_that_head(vocab):
    # no dictionary knows "the service", but the article named a body whose
    # name it heads: the same body, its codes and its entity
    words = "The Kyrgyz border service said the clash began . The service said troops fired first .".split()
    ms, _ = extract_actors(_service_doc(vocab, words))
    body = find(ms, "The Kyrgyz border service")
    assert body.code == "KGZMIL"
    later = find(ms, "The service")
    assert (later.name, later.code, later.entity) == (body.name, body.code, body.entity)


def test_bare_definite_noun_with_no_such_body_before_is_no_actor(vocab):
    # the same words with no body named before: "the clash" and "the service" stay common nouns
    words = "The Kyrgyz border clash said the service began . The clash said troops fired first .".split()
    pos = {1: "ADJ", 2: "NOUN", 3: "NOUN", 6: "NOUN", 10: "NOUN", 12: "NOUN", 13: "VERB", 14: "ADV"}
    tags = {3: "NN", 6: "NN", 10: "NN", 12: "NNS"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, tags=tags, parse=_SERVICE_PARSE))
    assert not [m for m in ms if m.text.lower() in ("the service", "the clash")]


def test_title_naming_a_body_without_its_state_takes_the_body_named_before(vocab):
    # "ministry spokeswoman Maria Testova": the ministry is Russia's, named before;
    # a title word that is no body ("state senator") takes nothing
    words = (
        "Russia 's Foreign Ministry summoned the envoy . Ministry spokeswoman Maria Testova said the talks were over ."
    ).split()
    ms, _ = extract_actors(
        make_doc(
            vocab,
            words,
            pos={words.index("spokeswoman"): "NOUN", words.index("Ministry", 4): "NOUN"},
            ents=[(words.index("Maria"), words.index("Maria") + 2, "PERSON")],
        )
    )
    assert find(ms, "Russia's Foreign Ministry").code == "RUSGOV"
    spokeswoman = next(m for m in ms if m.name == "Maria Testova")
    assert spokeswoman.country == "RUS"


def test_the_alliance_is_the_international_body_named_before_and_owns_its_staff(vocab):
    words = "The CSTO began drills . The alliance 's Joint Staff said the drills were routine .".split()
    parse = [
        ("det", 1),
        ("nsubj", 2),
        ("ROOT", 2),
        ("dobj", 2),
        ("punct", 2),
        ("det", 6),
        ("poss", 9),
        ("case", 6),
        ("compound", 9),
        ("nsubj", 10),
        ("ROOT", 10),
        ("det", 12),
        ("nsubj", 13),
        ("ccomp", 10),
        ("acomp", 13),
        ("punct", 10),
    ]
    pos = {3: "NOUN", 6: "NOUN", 12: "NOUN", 13: "AUX", 14: "ADJ"}
    tags = {6: "NN", 7: "POS", 12: "NNS"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, tags=tags, parse=parse))
    csto = find(ms, "The CSTO")
    alliance = find(ms, "The alliance")
    assert (alliance.code, alliance.entity) == (csto.code, csto.entity) == ("IGOCSTO", csto.entity)
    assert find(ms, "Joint Staff").org == "CSTO"


def test_the_alliance_after_a_national_body_is_left_alone(vocab):
    # the latest body is Russia's ministry, not an alliance: no guess
    words = "The CSTO met . Russia 's Defence Ministry said the alliance was ready .".split()
    parse = [
        ("det", 1),
        ("nsubj", 2),
        ("ROOT", 2),
        ("punct", 2),
        ("poss", 7),
        ("case", 4),
        ("compound", 7),
        ("nsubj", 8),
        ("ROOT", 8),
        ("det", 10),
        ("nsubj", 11),
        ("ccomp", 8),
        ("acomp", 11),
        ("punct", 8),
    ]
    pos = {10: "NOUN", 11: "AUX", 12: "ADJ"}
    tags = {10: "NN", 5: "POS"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, tags=tags, parse=parse))
    assert not [m for m in ms if m.text == "the alliance"]


def test_body_owned_by_the_body_named_before(vocab):
    # "the ministry's press service": the press service of the ministry just named
    words = "The Tajik Defence Ministry reported the drills . The ministry 's press service said they were routine .".split()
    pos = {1: "ADJ", 6: "NOUN", 9: "NOUN", 11: "NOUN", 12: "NOUN", 15: "AUX", 16: "ADJ"}
    tags = {10: "POS"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, tags=tags))
    assert find(ms, "The Tajik Defence Ministry").code == "TJKMIL"
    assert find(ms, "The ministry's press service").code == "TJKMIL"


def test_acronym_in_brackets_is_the_body_wherever_it_stands(vocab):
    words = (
        "South Korea 's Joint Chiefs of Staff ( JCS ) said the missile flew far . The JCS added that it was on alert ."
    ).split()
    later = words.index("JCS", words.index("JCS") + 1)
    ms, _ = extract_actors(
        make_doc(vocab, words, ents=[(words.index("JCS"), words.index("JCS") + 1, "ORG"), (later, later + 1, "ORG")])
    )
    body = find(ms, "South Korea's Joint Chiefs of Staff")
    assert body.code == "KORMIL"
    for m in ms:
        if m.text in ("JCS", "The JCS"):
            assert (m.name, m.code, m.entity) == (body.name, body.code, body.entity)
    assert sum(m.text in ("JCS", "The JCS") for m in ms) == 2


def test_the_alliance_is_the_body_the_article_is_about_not_one_named_in_passing(vocab):
    # "The CSTO met . The CSTO agreed . They met at the UN . the alliance was ready ." -> CSTO, not the UN
    words = "The CSTO met . The CSTO agreed . They met at the UN . The alliance was ready .".split()
    parse = [
        ("det", 1),
        ("nsubj", 2),
        ("ROOT", 2),
        ("punct", 2),
        ("det", 5),
        ("nsubj", 6),
        ("ROOT", 6),
        ("punct", 6),
        ("nsubj", 9),
        ("ROOT", 9),
        ("prep", 9),
        ("det", 12),
        ("pobj", 10),
        ("punct", 9),
        ("det", 15),
        ("nsubj", 16),
        ("ROOT", 16),
        ("acomp", 16),
        ("punct", 16),
    ]
    pos = {15: "NOUN", 16: "AUX", 17: "ADJ"}
    tags = {15: "NN"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, tags=tags, parse=parse))
    assert find(ms, "The alliance").code == "IGOCSTO"


def test_brussels_acting_in_an_eu_story_is_the_eu_else_belgium(vocab):
    words = "The EU met . Brussels urged calm .".split()
    ms, _ = extract_actors(make_doc(vocab, words, pos={5: "VERB", 6: "NOUN"}))
    assert find(ms, "Brussels").org == "EU"
    words = "Belgium 's king spoke . Brussels urged calm .".split()
    ms, _ = extract_actors(make_doc(vocab, words, pos={5: "VERB", 6: "NOUN"}))
    assert find(ms, "Brussels").country == "BEL"


def test_definite_body_takes_a_body_named_with_of(vocab):
    # "The Ministry of Foreign Affairs of Tajikistan ... the ministry said": the head before "of"
    words = (
        "The Ministry of Foreign Affairs of Tajikistan summoned the envoy . Kabul must act , the ministry said ."
    ).split()
    ents = [(0, 7, "ORG"), (11, 12, "GPE")]
    ms, _ = extract_actors(make_doc(vocab, words, ents=ents))
    later = find(ms, "the ministry")
    assert later.country == "TJK"


def test_the_allies_are_the_first_international_body_named_before(vocab):
    # "The CSTO met . NATO grew . Minsk thanked the allies ." -> the allies: the article's first body (CSTO)
    words = "The CSTO met . NATO grew . Minsk thanked the allies .".split()
    parse = [
        ("det", 1),
        ("nsubj", 2),
        ("ROOT", 2),
        ("punct", 2),
        ("nsubj", 5),
        ("ROOT", 5),
        ("punct", 5),
        ("nsubj", 8),
        ("ROOT", 8),
        ("det", 10),
        ("dobj", 8),
        ("punct", 8),
    ]
    pos = {2: "VERB", 5: "VERB", 8: "VERB", 10: "NOUN"}
    tags = {10: "NNS"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, tags=tags, parse=parse))
    assert find(ms, "the allies").code == "IGOCSTO"


def test_modified_or_counted_allies_are_no_body(vocab):
    # "two allies", "Western allies": a number or a modifier of their own; and no body named before
    words = "The CSTO met . Minsk thanked two allies .".split()
    parse = [("det", 1), ("nsubj", 2), ("ROOT", 2), ("punct", 2), ("nsubj", 5), ("ROOT", 5), ("nummod", 7)]
    parse += [("dobj", 5), ("punct", 5)]
    pos = {2: "VERB", 5: "VERB", 6: "NUM", 7: "NOUN"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, tags={7: "NNS"}, parse=parse))
    assert not any(m.text.endswith("allies") for m in ms)
    words = "Minsk thanked the allies .".split()
    parse = [("nsubj", 1), ("ROOT", 1), ("det", 3), ("dobj", 1), ("punct", 1)]
    ms, _ = extract_actors(make_doc(vocab, words, pos={1: "VERB", 3: "NOUN"}, tags={3: "NNS"}, parse=parse))
    assert not any(m.text.endswith("allies") for m in ms)


def test_the_alliance_is_the_articles_first_body_though_another_is_named_more(vocab):
    # "The CSTO met . NATO grew . NATO expanded . The alliance said ..." -> the CSTO (the article's subject)
    words = "The CSTO met . NATO grew . NATO expanded . The alliance warned .".split()
    parse = [("det", 1), ("nsubj", 2), ("ROOT", 2), ("punct", 2), ("nsubj", 5), ("ROOT", 5), ("punct", 5)]
    parse += [("nsubj", 8), ("ROOT", 8), ("punct", 8), ("det", 11), ("nsubj", 12), ("ROOT", 12), ("punct", 12)]
    pos = {2: "VERB", 5: "VERB", 8: "VERB", 11: "NOUN", 12: "VERB"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, tags={11: "NN"}, parse=parse))
    assert find(ms, "The alliance").code == "IGOCSTO"


def test_the_members_are_the_body_but_not_the_members_of_another(vocab):
    # "The CSTO met . The members agreed ." -> the CSTO; "The members of parliament agreed ." -> no body
    words = "The CSTO met . The members agreed .".split()
    parse = [("det", 1), ("nsubj", 2), ("ROOT", 2), ("punct", 2), ("det", 5), ("nsubj", 6), ("ROOT", 6), ("punct", 6)]
    pos = {2: "VERB", 5: "NOUN", 6: "VERB"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, tags={5: "NNS"}, parse=parse))
    assert find(ms, "The members").code == "IGOCSTO"
    words = "The CSTO met . The members of parliament agreed .".split()
    parse = [("det", 1), ("nsubj", 2), ("ROOT", 2), ("punct", 2), ("det", 5), ("nsubj", 8), ("prep", 5)]
    parse += [("pobj", 6), ("ROOT", 8), ("punct", 8)]
    pos = {2: "VERB", 5: "NOUN", 7: "NOUN", 8: "VERB"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, tags={5: "NNS"}, parse=parse))
    assert not any(m.code == "IGOCSTO" and "members" in m.text for m in ms)


def test_definite_body_is_the_one_the_latest_speakers_title_names(vocab):
    # "Chinese coast guard spokesman Liu ... the coast guard": the Chinese one, not the Philippine
    # coast guard named before the title
    words = (
        "The Philippine Coast Guard said the boat was hit . Chinese coast guard spokesman Liu Testun said "
        "the coast guard took measures ."
    ).split()
    liu = words.index("Liu")
    pos = {words.index("spokesman"): "NOUN", words.index("coast"): "NOUN", words.index("guard"): "NOUN"}
    pos.update({len(words) - 6: "NOUN", len(words) - 5: "NOUN", 1: "ADJ"})
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=[(liu, liu + 2, "PERSON")], published="2026-11-12"))
    assert find(ms, "the coast guard").country == "CHN"
