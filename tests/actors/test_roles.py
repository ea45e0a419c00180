"""Roles given around a name: "NAME, ROLE of ORG" and "ROLE, NAME,"."""

from accord.actors.component import extract_actors
from conftest import find, make_doc


def test_role_phrase_then_name_after_a_trailing_noun(vocab):
    # "The commander of the CSTO force, Colonel General X, said ...": the role
    # phrase ends before "force"; it and the name are one person, with the body
    words = (
        "The commander of the CSTO force , Colonel General Andrei Testov , said the troops would leave . "
        "He said the task was done ."
    ).split()
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(9, 11, "PERSON")]))
    name = find(ms, "Colonel General Andrei Testov")
    assert name.org == "CSTO"
    assert find(ms, "He").entity == name.entity == find(ms, "The commander of the CSTO").entity


def test_role_for_a_body_then_name_is_that_person(vocab):
    # "the spokeswoman for the Russian Foreign Ministry, Maria X," is X, not the
    # spokeswoman named earlier
    words = (
        "Foreign Ministry spokeswoman Ani Testyan said the talks went well . "
        "The spokeswoman for the Russian Foreign Ministry , Maria Testova , said the West was to blame ."
    ).split()
    pos = {words.index("Russian"): "ADJ"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=[(3, 5, "PERSON"), (19, 21, "PERSON")]))
    role = find(ms, "The spokeswoman")
    assert role.name == "Maria Testova" and role.entity == find(ms, "Maria Testova").entity


def test_role_apposition_reads_a_body_with_the_and_in_its_name_and_its_determiner(vocab):
    # "head of the Center for Democracy and Security in Yerevan": the "and"
    # is inside the name, so the place after it still counts; "the Kremlin
    # spokesman": the body's piece holds its "the"
    words = (
        "Tigran Testyan , head of the Regional Center for Democracy and Security in Yerevan , argued "
        "that the plan failed . Dmitry Testov , the Kremlin spokesman , said Moscow was calm ."
    ).split()
    t = words.index("Tigran")
    c = words.index("Regional")
    dm = words.index("Dmitry")
    ents = [
        (t, t + 2, "PERSON"),
        (c - 1, words.index("Security") + 1, "ORG"),
        (words.index("Yerevan"), words.index("Yerevan") + 1, "GPE"),
        (dm, dm + 2, "PERSON"),
        (words.index("Kremlin"), words.index("Kremlin") + 1, "ORG"),
    ]
    ms, _ = extract_actors(make_doc(vocab, words, ents=ents))
    analyst = find(ms, "Tigran Testyan")
    assert analyst.country == "ARM" and analyst.role == "head"
    role = next(m for m in ms if m.text.startswith("head of"))
    assert role.entity == analyst.entity and role.name == "Tigran Testyan"
    spokesman = find(ms, "Dmitry Testov")
    assert (spokesman.code, spokesman.role) == ("RUSGOV", "spokesman")


def test_apposition_takes_the_city_a_person_is_based_in(vocab):
    words = "Dosym Testpayev , a political analyst based in Almaty , called the drills routine .".split()
    pos = {words.index("political"): "ADJ", words.index("based"): "VERB", words.index("called"): "VERB"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=[(0, 2, "PERSON"), (8, 9, "GPE")]))
    analyst = find(ms, "Dosym Testpayev")
    assert (analyst.country, analyst.role) == ("KAZ", "political analyst")


def test_role_for_a_body_then_the_name_takes_the_bodys_state(vocab):
    # "The spokeswoman for the Russian Foreign Ministry, Maria Testova,": Russia's, as her role says
    words = (
        "The spokeswoman for the Russian Foreign Ministry , Maria Testova , accused the West of meddling ."
    ).split()
    m = words.index("Maria")
    ms, _ = extract_actors(make_doc(vocab, words, pos={words.index("Russian"): "ADJ"}, ents=[(m, m + 2, "PERSON")]))
    person = find(ms, "Maria Testova")
    assert (person.code, person.role) == ("RUSGOV", "spokeswoman")
    assert find(ms, "The spokeswoman").entity == person.entity


def test_role_with_and_in_its_body_then_the_name(vocab):
    words = (
        "The Secretary of Security and Citizen Protection , Marcela Testa , assured that no civilian was hurt ."
    ).split()
    m = words.index("Marcela")
    ms, _ = extract_actors(make_doc(vocab, words, pos={words.index("and"): "CCONJ"}, ents=[(m, m + 2, "PERSON")]))
    assert find(ms, "Marcela Testa").role is not None
    assert find(ms, "Marcela Testa").entity == next(x for x in ms if x.text.startswith("The Secretary")).entity


def test_a_list_of_named_leaders_is_no_apposition(vocab):
    # "the summit of Ivan Testov , Kazakh President Aidar Testbekov and ..." : the second
    # name is another person, so his title does not code the first
    words = (
        "The deal was agreed at the summit of Ivan Testov , Kazakh President Aidar Testbekov and "
        "Uzbek President Timur Testmatov in May ."
    ).split()
    iv, ai, ti = words.index("Ivan"), words.index("Aidar"), words.index("Timur")
    ents = [(iv, iv + 2, "PERSON"), (ai, ai + 2, "PERSON"), (ti, ti + 2, "PERSON"), (ai - 2, ai - 1, "NORP")]
    ms, _ = extract_actors(make_doc(vocab, words, ents=ents))
    assert find(ms, "Ivan Testov").country != "KAZ"
    assert find(ms, "Kazakh President Aidar Testbekov").country == "KAZ"


def _withdraw_doc(vocab, words, parse):
    pos = {1: "AUX", 2: "VERB", 3: "PRON", 4: "NOUN"}
    return make_doc(vocab, words, pos=pos, tags={3: "PRP$", 4: "NNS"}, parse=parse)


def test_place_a_verb_moves_troops_from_is_not_whose_they_are(vocab):
    # "Ankara will withdraw its troops from Syria": the troops are not Syria's
    words = "Ankara will withdraw its troops from Syria .".split()
    parse = [("nsubj", 2), ("aux", 2), ("ROOT", 2), ("poss", 4), ("dobj", 2), ("prep", 2), ("pobj", 5)]
    parse += [("punct", 2)]
    troops = find(extract_actors(_withdraw_doc(vocab, words, parse))[0], "troops")
    assert troops.country is None
    words = "Ankara will withdraw the troops from Syria .".split()
    parse[3] = ("det", 4)
    troops = find(extract_actors(_withdraw_doc(vocab, words, parse))[0], "the troops")
    assert troops.country is None


def test_place_phrase_of_the_actors_own_noun_still_gives_its_state(vocab):
    words = "Rebels from Syria crossed the border .".split()
    parse = [("nsubj", 3), ("prep", 0), ("pobj", 1), ("ROOT", 3), ("det", 5), ("dobj", 3), ("punct", 3)]
    doc = make_doc(vocab, words, pos={0: "NOUN", 3: "VERB"}, tags={0: "NNS"}, parse=parse)
    assert find(extract_actors(doc)[0], "Rebels").country == "SYR"


def test_possessed_actor_is_not_the_states_its_place_phrase_names(vocab):
    # "Ankara said its troops in Syria were attacked": "its" names whose they are
    words = "Ankara said its troops in Syria were attacked .".split()
    parse = [("nsubj", 1), ("ROOT", 1), ("poss", 3), ("nsubjpass", 7), ("prep", 3), ("pobj", 4)]
    parse += [("auxpass", 7), ("ccomp", 1), ("punct", 1)]
    pos = {1: "VERB", 2: "PRON", 3: "NOUN", 6: "AUX", 7: "VERB"}
    doc = make_doc(vocab, words, pos=pos, tags={2: "PRP$", 3: "NNS"}, parse=parse)
    # not Syria's: the reporter's own (subject_possessions: the subject of the clause Ankara reports)
    assert find(extract_actors(doc)[0], "troops").country == "TUR"


def test_object_its_owns_belongs_to_the_verbs_state_subject(vocab):
    # "Chad sent its foreign minister as an observer"; "NATO and its members" is left to other rules
    words = "Chad sent its foreign minister as an observer .".split()
    parse = [("nsubj", 1), ("ROOT", 1), ("poss", 4), ("compound", 4), ("dobj", 1), ("prep", 1), ("det", 7)]
    parse += [("pobj", 5), ("punct", 1)]
    pos = {1: "VERB", 2: "PRON", 3: "ADJ", 4: "NOUN", 7: "NOUN"}
    doc = make_doc(vocab, words, pos=pos, tags={2: "PRP$", 4: "NN"}, parse=parse, published="2026-11-26")
    assert find(extract_actors(doc)[0], "foreign minister").country == "TCD"
