"""Names the parser missed: after a role, before a role apposition."""

from accord.actors.component import extract_actors
from conftest import find, make_doc


def test_name_spacy_missed_before_a_role_apposition(vocab):
    # after a closing quotation mark the tagger may call a name a work of art;
    # "NAME, a ROLE at ..." still makes it a person, whom "the analyst" follows
    words = (
        "“ The bloc talks more than it acts , ” Almaz Testbekov , a Bishkek - based political scientist "
        "at the Central Asia Institute , said . The analyst noted that the bloc was divided ."
    ).split()
    pos = {words.index("political"): "ADJ", words.index("based"): "VERB"}
    ents = [(words.index("Almaz"), words.index("Almaz") + 2, "WORK_OF_ART")]
    ms, _ = extract_actors(make_doc(vocab, words, pos=pos, ents=ents))
    name = find(ms, "Almaz Testbekov")
    assert name.kind == "person"
    again = find(ms, "The analyst")
    assert again.entity == name.entity and again.name == "Almaz Testbekov"


def test_hyphenated_given_name_after_a_role_stays_whole(vocab):
    # "Colonel Lee Sung-jun", not "Lee Sung" (who would match another person's surname)
    words = "the ministry said , according to Colonel Lee Sung - jun , a spokesman .".split()
    ms, _ = extract_actors(make_doc(vocab, words))
    m = find(ms, "Colonel Lee Sung-jun")
    assert m.name == "Lee Sung-jun"


def test_name_tagged_an_organisation_before_a_role_apposition(vocab):
    words = (
        "In the opinion of Gulnara Testova , an expert at the Almaty Institute , Astana is hedging . "
        "Testova said the balance would hold . The expert added that Moscow was busy ."
    ).split()
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(4, 6, "ORG"), (17, 18, "ORG")]))
    full = find(ms, "Gulnara Testova")
    assert full.kind == "person"
    assert find(ms, "Testova").entity == find(ms, "The expert").entity == full.entity


def test_role_comma_name_takes_a_given_name_the_entity_left_out(vocab):
    # "The governor of Sinaloa, Héctor Zazueta Ibarra,": the tagger's entity starts at the surname
    words = "The governor of Sinaloa , Héctor Zazueta Ibarra , indicated that classes will resume .".split()
    z = words.index("Zazueta")
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(z, z + 2, "PERSON")]))
    person = find(ms, "Héctor Zazueta Ibarra")
    assert person.name == "Héctor Zazueta Ibarra"
    assert find(ms, "The governor").entity == person.entity
