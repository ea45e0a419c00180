"""Coreference within an article: surnames, role nouns, pronouns."""

from accord.actors import mention_at, mentions_in
from accord.actors.component import extract_actors
from conftest import find, make_doc

TEXT = (
    "Dosym Satpayev , director of the Risk Assessment Group in Almaty , said the talks failed . "
    "Satpayev noted that Moscow was losing influence . He added that the region was changing . "
    "An Uzbek political analyst said the same . The analyst added that she was worried ."
)


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
    words = ("“ Vardanyants is doing it slowly , ” Tigran Avetisyan said . “ He keeps the membership . ”").split()
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


def test_role_noun_prefers_the_person_with_the_same_role_word(vocab):
    # a colonel is in the class of generals, but "the general" is the one the
    # text called a general, even when the colonel was named since
    words = (
        "Brigadier General Michael Testdeane opened the drill . Colonel Faridun Testzoda , a spokesman for "
        "the ministry , said the drill was routine . The general added that the troops would leave ."
    ).split()
    ents = [(2, 4, "PERSON"), (7, 9, "PERSON")]
    ms, _ = extract_actors(make_doc(vocab, words, ents=ents))
    assert find(ms, "The general").name == "Michael Testdeane"


def test_senior_fellow_is_an_expert_for_coreference(vocab):
    words = (
        "Saule Testova , a senior fellow at the Institute of World Politics , said the summit mattered . "
        "The analyst noted that the envoy had come early ."
    ).split()
    pos = {words.index("senior"): "ADJ"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=[(0, 2, "PERSON")]))
    assert find(ms, "The analyst").name == "Saule Testova"


def test_person_name_as_the_article_spells_it(vocab):
    # the reference dictionary transliterates ("Mevlut Cavusoglu"); the record
    # keeps the article's full spelling, and the dictionary's codes
    words = "Turkish Foreign Minister Mevlüt Çavuşoğlu said Ankara would help . Çavuşoğlu left .".split()
    pos = {0: "ADJ"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=[(3, 5, "PERSON")], published="2020-10-05"))
    first = find(ms, "Turkish Foreign Minister Mevlüt Çavuşoğlu")
    assert first.name == "Mevlüt Çavuşoğlu" and first.code == "TURGOV"
    assert find(ms, "Çavuşoğlu").name == "Mevlüt Çavuşoğlu"


def test_pronoun_can_refer_to_a_definite_role_of_a_state(vocab):
    # "the French defence minister" names no one, but "him" is that minister,
    # not the last named person
    words = (
        "Foreign Minister Sergei Lavrov spoke first . The French defence minister said radars would come . "
        "According to him , the contract was signed ."
    ).split()
    pos = {words.index("French"): "ADJ"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=[(2, 4, "PERSON")]))
    him = find(ms, "him")
    minister = find(ms, "The French defence minister")
    assert him.entity == minister.entity and him.code == "FRAMIL" and him.name is None


def test_the_states_leader_refers_back_to_its_named_leader(vocab):
    words = (
        "Alexander Lukashenko spoke last . The Belarusian leader accused the West , and he called for unity ."
    ).split()
    pos = {words.index("Belarusian"): "ADJ", words.index("accused"): "VERB", words.index("spoke"): "VERB"}
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=[(0, 2, "PERSON")], published="2022-05-16"))
    leader = find(ms, "The Belarusian leader")
    assert leader.name == "Alexander Lukashenko" and find(ms, "he").entity == leader.entity


def test_definite_role_of_a_state_keeps_its_words_as_its_name(vocab):
    words = "The French defence minister said radars would come .".split()
    ms, _ = extract_actors(make_doc(vocab, words, pos={1: "ADJ"}))
    m = find(ms, "The French defence minister")
    assert m.name == "French defence minister" and m.code == "FRAMIL"


def test_pronoun_outside_quotes_prefers_the_writers_mention_to_a_name_in_the_quote(vocab):
    # '"Pashinyan is sending a signal," he said': "he" is the analyst named
    # before, not the prime minister named inside the quotation
    words = (
        "Mr. Pashinyan said the drills would go ahead . Tigran Grigoryan argued that the plan was bold . "
        "“ Pashinyan is sending a signal , ” he said ."
    ).split()
    p1 = words.index("Pashinyan")
    g = words.index("Tigran")
    p2 = words.index("Pashinyan", g)
    ents = [(p1, p1 + 1, "PERSON"), (g, g + 2, "PERSON"), (p2, p2 + 1, "PERSON")]
    ms, _ = extract_actors(make_doc(vocab, words, ents=ents))
    he = find(ms, "he")
    assert he.name == "Tigran Grigoryan"
    assert he.entity == find(ms, "Tigran Grigoryan").entity


def test_surname_the_parser_took_for_an_org_is_the_person_named_before(vocab):
    words = "China 's Foreign Minister Wang Yi said the talks failed . Wang also accused Manila .".split()
    ents = [(0, 1, "GPE"), (4, 6, "PERSON"), (11, 12, "ORG"), (14, 15, "GPE")]
    ms, _ = extract_actors(make_doc(vocab, words, ents=ents))
    first = find(ms, "China's Foreign Minister Wang Yi")
    wang = find(ms, "Wang")
    assert wang.kind == "person" and wang.entity == first.entity
    assert wang.country == "CHN"


def test_a_headline_family_name_is_the_person_the_body_names_in_full_later(vocab):
    # headline "Xi warns Taiwan", body "Chinese President Xi Jinping ..."
    words = "Xi warns Taiwan . Chinese President Xi Jinping said the island belonged to China .".split()
    ents = [(0, 1, "PERSON"), (2, 3, "GPE"), (4, 5, "NORP"), (6, 8, "PERSON"), (14, 15, "GPE")]
    ms, _ = extract_actors(make_doc(vocab, words, ents=ents, pos={4: "ADJ"}, published="2024-03-01"))
    head, full = ms[0], find(ms, "Chinese President Xi Jinping")
    assert head.text == "Xi" and head.name == "Xi Jinping" and head.entity == full.entity
    assert head.code == full.code == "CHNGOV"


def test_a_family_name_first_links_to_the_full_name_before_and_after(vocab):
    # "Oyun" alone before and after "Oyun Bat Erdene" (family name first, three words)
    words = (
        "Oyun visits Bishkek . Kyrgyz Foreign Minister Oyun Bat Erdene arrived on Monday . Oyun said the talks went well ."
    ).split()
    ents = [(0, 1, "PERSON"), (2, 3, "GPE"), (4, 5, "NORP"), (7, 10, "PERSON"), (14, 15, "PERSON")]
    ms, _ = extract_actors(make_doc(vocab, words, ents=ents, pos={4: "ADJ"}))
    full = find(ms, "Kyrgyz Foreign Minister Oyun Bat Erdene")
    oyuns = [m for m in ms if m.text == "Oyun"]
    assert len(oyuns) == 2
    for m in oyuns:
        assert m.entity == full.entity and m.name == "Oyun Bat Erdene" and m.code == full.code


def test_a_word_two_full_names_share_names_no_one(vocab):
    from accord.actors.parts import Draft
    from accord.actors.surnames import article_full_names

    drafts = [
        Draft(0, 1, kind="person", person="Testov"),
        Draft(3, 5, kind="person", person="Aibek Testov"),
        Draft(6, 8, kind="person", person="Nurlan Testov"),
        Draft(9, 11, kind="person", person="Xi Jinping"),
        Draft(12, 14, kind="person", person="Xi Jinping"),
    ]
    found = article_full_names(drafts)
    assert "testov" not in found and found["aibek"].start == 3
    assert found["xi"].start == 9 and found["jinping"].start == 9


def test_a_headline_surname_the_parser_took_for_an_org_is_the_person_named_later(vocab):
    words = "China warns as Wang meets envoys . China 's Foreign Minister Wang Yi said the talks failed .".split()
    ents = [(0, 1, "GPE"), (3, 4, "ORG"), (7, 8, "GPE"), (11, 13, "PERSON")]
    ms, _ = extract_actors(make_doc(vocab, words, ents=ents))
    wang = find(ms, "Wang")
    assert wang.kind == "person" and wang.entity == find(ms, "China's Foreign Minister Wang Yi").entity
    assert wang.country == "CHN"
