"""Coreference within an article: surnames, role nouns, pronouns."""
from conftest import find, make_doc

from accord.actors import mention_at, mentions_in
from accord.actors.component import extract_actors

TEXT = ("Dosym Satpayev , director of the Risk Assessment Group in Almaty , said the talks failed . "
        "Satpayev noted that Moscow was losing influence . He added that the region was changing . "
        "An Uzbek political analyst said the same . The analyst added that she was worried .")


def build(vocab, published=None):
    words = TEXT.split()
    ents = [(0, 2, "PERSON"), (6, 9, "ORG"), (10, 11, "GPE"), (17, 18, "PERSON")]
    pos = {words.index("Uzbek"): "ADJ", words.index("political"): "ADJ"}
    return make_doc(vocab, words, ents=ents, pos=pos, published=published)


def test_surname_and_pronoun_link_to_the_person(vocab):
    doc = build(vocab)
    ms, chains = extract_actors(doc)
    first = find(ms, "Dosym Satpayev")
    later = find(ms, "Satpayev")
    he = find(ms, "He")
    for m in (later, he):
        assert m.name == "Dosym Satpayev"
        assert m.entity == first.entity
        assert (m.country, m.sector, m.code) == ("KAZ", "NGO", "KAZNGO")
        assert m.role == "director"
    chain = [c for c in chains if ms.index(first) in c][0]
    assert ms.index(later) in chain and ms.index(he) in chain


def test_role_noun_links_to_the_latest_compatible_person(vocab):
    ms, _ = extract_actors(build(vocab))
    analyst = find(ms, "An Uzbek political analyst")
    again = find(ms, "The analyst")
    she = find(ms, "she")
    assert again.entity == analyst.entity == she.entity
    assert she.code == "UZBEDU"


def test_chains_index_mentions_and_mentions_are_sorted(vocab):
    ms, chains = extract_actors(build(vocab))
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    for chain in chains:
        assert len(chain) >= 2
        assert len({ms[i].entity for i in chain}) == 1


def test_pronoun_in_quote_is_not_the_speaker(vocab):
    words = ('“ Vardanyants is doing it slowly , ” Tigran Avetisyan said . “ He keeps the membership . ”').split()
    ents = [(1, 2, "PERSON"), (8, 10, "PERSON")]
    doc = make_doc(vocab, words, ents=ents)
    ms, _ = extract_actors(doc)
    he = find(ms, "He")
    assert he.name == "Vardanyants"


def test_unlinked_pronoun_is_dropped(vocab):
    ms, _ = extract_actors(make_doc(vocab, "He said the talks failed ."))
    assert not any(m.text == "He" for m in ms)


def test_mention_at_prefers_exact_then_head_then_coded(vocab):
    doc = make_doc(vocab, "The US Embassy in Astana issued a statement .")
    ms, chains = extract_actors(doc)
    doc._.mentions, doc._.chains = ms, chains
    s = doc.text.index("The US Embassy")
    m = mention_at(doc, s, s + len("The US Embassy in Astana"))
    assert m.code == "USAGOV"
    a = doc.text.index("Astana")
    assert mention_at(doc, a, a + 6).text == "Astana"
    assert [m.text for m in mentions_in(doc, 0, len(doc.text))] == [m.text for m in ms]
    assert mention_at(doc, len(doc.text) - 1, len(doc.text)) is None


def test_pronoun_gender_agreement(vocab):
    words = "Mrs. Aigerim Testova met Bolat Testov . He said that she was right .".split()
    ents = [(1, 3, "PERSON"), (4, 6, "PERSON")]
    ms, _ = extract_actors(make_doc(vocab, words, ents=ents))
    assert find(ms, "He").name == "Bolat Testov"
    assert find(ms, "she").name == "Aigerim Testova"


def test_definite_body_takes_the_latest_body_with_the_same_head(vocab):
    # "the ministry" and "the government" name no state: they are the latest
    # ministry / government named before them, with its codes and entity
    words = ("Tajikistan 's Defence Ministry said the drills began . Troops arrived , according to the ministry . "
             "The Kazakh government said the same , and the government sent observers . "
             "The ministry added that the drills would end on Friday .").split()
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


def test_name_spacy_missed_before_a_role_apposition(vocab):
    # after a closing quotation mark the tagger may call a name a work of art;
    # "NAME, a ROLE at ..." still makes it a person, whom "the analyst" follows
    words = ("“ The bloc talks more than it acts , ” Almaz Testbekov , a Bishkek - based political scientist "
             "at the Central Asia Institute , said . The analyst noted that the bloc was divided .").split()
    pos = {words.index("political"): "ADJ", words.index("based"): "VERB"}
    ents = [(words.index("Almaz"), words.index("Almaz") + 2, "WORK_OF_ART")]
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=ents))
    name = find(ms, "Almaz Testbekov")
    assert name.kind == "person"
    again = find(ms, "The analyst")
    assert again.entity == name.entity and again.name == "Almaz Testbekov"


def test_role_noun_prefers_the_person_with_the_same_role_word(vocab):
    # a colonel is in the class of generals, but "the general" is the one the
    # text called a general, even when the colonel was named since
    words = ("Brigadier General Michael Testdeane opened the drill . Colonel Faridun Testzoda , a spokesman for "
             "the ministry , said the drill was routine . The general added that the troops would leave .").split()
    ents = [(2, 4, "PERSON"), (7, 9, "PERSON")]
    ms, _ = extract_actors(make_doc(vocab, words, ents=ents))
    assert find(ms, "The general").name == "Michael Testdeane"


def test_senior_fellow_is_an_expert_for_coreference(vocab):
    words = ("Saule Testova , a senior fellow at the Institute of World Politics , said the summit mattered . "
             "The analyst noted that the envoy had come early .").split()
    pos = {words.index("senior"): "ADJ"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=[(0, 2, "PERSON")]))
    assert find(ms, "The analyst").name == "Saule Testova"


def test_hyphenated_given_name_after_a_role_stays_whole(vocab):
    # "Colonel Lee Sung-jun", not "Lee Sung" (who would match another person's surname)
    words = "the ministry said , according to Colonel Lee Sung - jun , a spokesman .".split()
    ms, _ = extract_actors(make_doc(vocab, words))
    m = find(ms, "Colonel Lee Sung-jun")
    assert m.name == "Lee Sung-jun"


def test_person_name_as_the_article_spells_it(vocab):
    # the reference dictionary transliterates ("Mevlut Cavusoglu"); the record
    # keeps the article's full spelling, and the dictionary's codes
    words = "Turkish Foreign Minister Mevlüt Çavuşoğlu said Ankara would help . Çavuşoğlu left .".split()
    pos = {0: "ADJ"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=[(3, 5, "PERSON")], published="2020-10-05"))
    first = find(ms, "Turkish Foreign Minister Mevlüt Çavuşoğlu")
    assert first.name == "Mevlüt Çavuşoğlu" and first.code == "TURGOV"
    assert find(ms, "Çavuşoğlu").name == "Mevlüt Çavuşoğlu"


def test_role_phrase_then_name_after_a_trailing_noun(vocab):
    # "The commander of the CSTO force, Colonel General X, said ...": the role
    # phrase ends before "force"; it and the name are one person, with the body
    words = ("The commander of the CSTO force , Colonel General Andrei Testov , said the troops would leave . "
             "He said the task was done .").split()
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(9, 11, "PERSON")]))
    name = find(ms, "Colonel General Andrei Testov")
    assert name.org == "CSTO"
    assert find(ms, "He").entity == name.entity == find(ms, "The commander of the CSTO").entity


def test_name_tagged_an_organisation_before_a_role_apposition(vocab):
    words = ("In the opinion of Gulnara Testova , an expert at the Almaty Institute , Astana is hedging . "
             "Testova said the balance would hold . The expert added that Moscow was busy .").split()
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(4, 6, "ORG"), (17, 18, "ORG")]))
    full = find(ms, "Gulnara Testova")
    assert full.kind == "person"
    assert find(ms, "Testova").entity == find(ms, "The expert").entity == full.entity


def test_given_name_left_out_of_the_person_entity_after_a_title(vocab):
    # spaCy found only the surname; the given name after the title is the person's,
    # not part of the title (and not a reason to pick another person of that surname)
    words = "Lieutenant Colonel Aidos Testylykov , who commands the brigade , spoke .".split()
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(3, 4, "PERSON")]))
    m = find(ms, "Lieutenant Colonel Aidos Testylykov")
    assert m.name == "Aidos Testylykov" and m.role == "Lieutenant Colonel"


def test_role_for_a_body_then_name_is_that_person(vocab):
    # "the spokeswoman for the Russian Foreign Ministry, Maria X," is X, not the
    # spokeswoman named earlier
    words = ("Foreign Ministry spokeswoman Ani Testyan said the talks went well . "
             "The spokeswoman for the Russian Foreign Ministry , Maria Testova , said the West was to blame .").split()
    pos = {words.index("Russian"): "ADJ"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=[(3, 5, "PERSON"), (19, 21, "PERSON")]))
    role = find(ms, "The spokeswoman")
    assert role.name == "Maria Testova" and role.entity == find(ms, "Maria Testova").entity


def test_pronoun_can_refer_to_a_definite_role_of_a_state(vocab):
    # "the French defence minister" names no one, but "him" is that minister,
    # not the last named person
    words = ("Foreign Minister Sergei Lavrov spoke first . The French defence minister said radars would come . "
             "According to him , the contract was signed .").split()
    pos = {words.index("French"): "ADJ"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=[(2, 4, "PERSON")]))
    him = find(ms, "him")
    minister = find(ms, "The French defence minister")
    assert him.entity == minister.entity and him.code == "FRAMIL" and him.name is None


def test_the_states_leader_refers_back_to_its_named_leader(vocab):
    words = ("Alexander Lukashenko spoke last . The Belarusian leader accused the West , "
             "and he called for unity .").split()
    pos = {words.index("Belarusian"): "ADJ", words.index("accused"): "VERB", words.index("spoke"): "VERB"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=[(0, 2, "PERSON")], published="2022-05-16"))
    leader = find(ms, "The Belarusian leader")
    assert leader.name == "Alexander Lukashenko" and find(ms, "he").entity == leader.entity


def test_definite_role_of_a_state_keeps_its_words_as_its_name(vocab):
    words = "The French defence minister said radars would come .".split()
    ms, _ = extract_actors(make_doc(vocab, words, pos={1: "ADJ"}))
    m = find(ms, "The French defence minister")
    assert m.name == "French defence minister" and m.code == "FRAMIL"


# "The Kyrgyz border service said the clash began . The service said troops fired first ."
_SERVICE_PARSE = [("det", 3), ("amod", 3), ("compound", 3), ("nsubj", 4), ("ROOT", 4), ("det", 6), ("nsubj", 7),
                  ("ccomp", 4), ("punct", 4), ("det", 10), ("nsubj", 11), ("ROOT", 11), ("nsubj", 13),
                  ("ccomp", 11), ("advmod", 13), ("punct", 11)]


def _service_doc(vocab, words):
    pos = {1: "ADJ", 2: "NOUN", 3: "NOUN", 10: "NOUN", 12: "NOUN", 13: "VERB", 14: "ADV"}
    tags = {3: "NN", 10: "NN", 12: "NNS"}
    return make_doc(vocab, words, pos=pos, tags=tags, parse=_SERVICE_PARSE)


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


def test_pronoun_outside_quotes_prefers_the_writers_mention_to_a_name_in_the_quote(vocab):
    # '"Pashinyan is sending a signal," he said': "he" is the analyst named
    # before, not the prime minister named inside the quotation
    words = ("Mr. Pashinyan said the drills would go ahead . Tigran Grigoryan argued that the plan was bold . "
             "“ Pashinyan is sending a signal , ” he said .").split()
    p1 = words.index("Pashinyan")
    g = words.index("Tigran")
    p2 = words.index("Pashinyan", g)
    ents = [(p1, p1 + 1, "PERSON"), (g, g + 2, "PERSON"), (p2, p2 + 1, "PERSON")]
    ms, _ = extract_actors(make_doc(vocab, words, ents=ents))
    he = find(ms, "he")
    assert he.name == "Tigran Grigoryan"
    assert he.entity == find(ms, "Tigran Grigoryan").entity


def test_role_apposition_reads_a_body_with_the_and_in_its_name_and_its_determiner(vocab):
    # "head of the Center for Democracy and Security in Yerevan": the "and"
    # is inside the name, so the place after it still counts; "the Kremlin
    # spokesman": the body's piece holds its "the"
    words = ("Tigran Testyan , head of the Regional Center for Democracy and Security in Yerevan , argued "
             "that the plan failed . Dmitry Testov , the Kremlin spokesman , said Moscow was calm .").split()
    t = words.index("Tigran")
    c = words.index("Regional")
    dm = words.index("Dmitry")
    ents = [(t, t + 2, "PERSON"), (c - 1, words.index("Security") + 1, "ORG"), (words.index("Yerevan"),
            words.index("Yerevan") + 1, "GPE"), (dm, dm + 2, "PERSON"), (words.index("Kremlin"), words.index("Kremlin") + 1, "ORG")]
    ms, _ = extract_actors(make_doc(vocab, words, ents=ents))
    analyst = find(ms, "Tigran Testyan")
    assert analyst.country == "ARM" and analyst.role == "head"
    role = next(m for m in ms if m.text.startswith("head of"))
    assert role.entity == analyst.entity and role.name == "Tigran Testyan"
    spokesman = find(ms, "Dmitry Testov")
    assert (spokesman.code, spokesman.role) == ("RUSGOV", "spokesman")


def test_title_naming_a_body_without_its_state_takes_the_body_named_before(vocab):
    # "ministry spokeswoman Maria Testova": the ministry is Russia's, named before;
    # a title word that is no body ("state senator") takes nothing
    words = ("Russia 's Foreign Ministry summoned the envoy . Ministry spokeswoman Maria Testova said the talks "
             "were over .").split()
    ms, _ = extract_actors(make_doc(vocab, words, pos={words.index("spokeswoman"): "NOUN",
                                                        words.index("Ministry", 4): "NOUN"},
                                    ents=[(words.index("Maria"), words.index("Maria") + 2, "PERSON")]))
    assert find(ms, "Russia's Foreign Ministry").code == "RUSGOV"
    spokeswoman = next(m for m in ms if m.name == "Maria Testova")
    assert spokeswoman.country == "RUS"


def test_the_alliance_is_the_international_body_named_before_and_owns_its_staff(vocab):
    words = "The CSTO began drills . The alliance 's Joint Staff said the drills were routine .".split()
    parse = [("det", 1), ("nsubj", 2), ("ROOT", 2), ("dobj", 2), ("punct", 2), ("det", 6), ("poss", 9),
             ("case", 6), ("compound", 9), ("nsubj", 10), ("ROOT", 10), ("det", 12), ("nsubj", 13), ("ccomp", 10),
             ("acomp", 13), ("punct", 10)]
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
    parse = [("det", 1), ("nsubj", 2), ("ROOT", 2), ("punct", 2), ("poss", 7), ("case", 4), ("compound", 7),
             ("nsubj", 8), ("ROOT", 8), ("det", 10), ("nsubj", 11), ("ccomp", 8), ("acomp", 11), ("punct", 8)]
    pos = {10: "NOUN", 11: "AUX", 12: "ADJ"}
    tags = {10: "NN", 5: "POS"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, tags=tags, parse=parse))
    assert not [m for m in ms if m.text == "the alliance"]


def test_apposition_takes_the_city_a_person_is_based_in(vocab):
    words = "Dosym Testpayev , a political analyst based in Almaty , called the drills routine .".split()
    pos = {words.index("political"): "ADJ", words.index("based"): "VERB", words.index("called"): "VERB"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=[(0, 2, "PERSON"), (8, 9, "GPE")]))
    analyst = find(ms, "Dosym Testpayev")
    assert (analyst.country, analyst.role) == ("KAZ", "political analyst")


def test_second_title_in_a_row_is_a_given_name(vocab):
    # "Deputy Defence Minister Sultan Testov": Sultan is his given name, not his title
    words = "Deputy Defence Minister Sultan Testov told reporters the drills were defensive .".split()
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(3, 5, "PERSON")]))
    person = find(ms, "Deputy Defence Minister Sultan Testov")
    assert (person.name, person.role) == ("Sultan Testov", "Deputy Defence Minister")


def test_body_owned_by_the_body_named_before(vocab):
    # "the ministry's press service": the press service of the ministry just named
    words = "The Tajik Defence Ministry reported the drills . The ministry 's press service said they were routine .".split()
    pos = {1: "ADJ", 6: "NOUN", 9: "NOUN", 11: "NOUN", 12: "NOUN", 15: "AUX", 16: "ADJ"}
    tags = {10: "POS"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, tags=tags))
    assert find(ms, "The Tajik Defence Ministry").code == "TJKMIL"
    assert find(ms, "The ministry's press service").code == "TJKMIL"


def test_body_word_followed_by_its_own_name_is_one_body(vocab):
    # "India's Ministry of External Affairs": the dictionary knows "Ministry", not the name after it;
    # a country after "of" stays a country ("Ministry of Defense of Armenia")
    words = ("India 's Ministry of External Affairs said the posts were hit . The Ministry of Defense of Armenia "
             "denied it .").split()
    ms, _ = extract_actors(make_doc(vocab, words))
    mea = find(ms, "India's Ministry of External Affairs")
    assert (mea.name, mea.code) == ("India's Ministry of External Affairs", "INDGOV")
    assert find(ms, "The Ministry of Defense of Armenia").country == "ARM"


def test_role_for_a_body_then_the_name_takes_the_bodys_state(vocab):
    # "The spokeswoman for the Russian Foreign Ministry, Maria Testova,": Russia's, as her role says
    words = ("The spokeswoman for the Russian Foreign Ministry , Maria Testova , accused the West of meddling .").split()
    m = words.index("Maria")
    ms, _ = extract_actors(make_doc(vocab, words, pos={words.index("Russian"): "ADJ"}, ents=[(m, m + 2, "PERSON")]))
    person = find(ms, "Maria Testova")
    assert (person.code, person.role) == ("RUSGOV", "spokeswoman")
    assert find(ms, "The spokeswoman").entity == person.entity


def test_body_word_before_a_weekday_is_not_a_longer_name(vocab):
    words = "The Kazakh Foreign Ministry issued a note . The ministry on Monday rejected the claims .".split()
    ms, _ = extract_actors(make_doc(vocab, words, pos={1: "ADJ"}, ents=[(words.index("Monday"),
                                                                         words.index("Monday") + 1, "DATE")]))
    later = find(ms, "The ministry")
    assert (later.name, later.code) == ("Kazakh Foreign Ministry", "KAZGOV")


def test_role_comma_name_takes_a_given_name_the_entity_left_out(vocab):
    # "The governor of Sinaloa, Héctor Zazueta Ibarra,": the tagger's entity starts at the surname
    words = "The governor of Sinaloa , Héctor Zazueta Ibarra , indicated that classes will resume .".split()
    z = words.index("Zazueta")
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(z, z + 2, "PERSON")]))
    person = find(ms, "Héctor Zazueta Ibarra")
    assert person.name == "Héctor Zazueta Ibarra"
    assert find(ms, "The governor").entity == person.entity


def test_role_with_and_in_its_body_then_the_name(vocab):
    words = ("The Secretary of Security and Citizen Protection , Marcela Testa , assured that no civilian was hurt ."
             ).split()
    m = words.index("Marcela")
    ms, _ = extract_actors(make_doc(vocab, words, pos={words.index("and"): "CCONJ"}, ents=[(m, m + 2, "PERSON")]))
    assert find(ms, "Marcela Testa").role is not None
    assert find(ms, "Marcela Testa").entity == next(x for x in ms if x.text.startswith("The Secretary")).entity


def test_acronym_in_brackets_is_the_body_wherever_it_stands(vocab):
    words = ("South Korea 's Joint Chiefs of Staff ( JCS ) said the missile flew far . The JCS added that it was "
             "on alert .").split()
    later = words.index("JCS", words.index("JCS") + 1)
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(words.index("JCS"), words.index("JCS") + 1, "ORG"),
                                                         (later, later + 1, "ORG")]))
    body = find(ms, "South Korea's Joint Chiefs of Staff")
    assert body.code == "KORMIL"
    for m in ms:
        if m.text in ("JCS", "The JCS"):
            assert (m.name, m.code, m.entity) == (body.name, body.code, body.entity)
    assert sum(m.text in ("JCS", "The JCS") for m in ms) == 2
