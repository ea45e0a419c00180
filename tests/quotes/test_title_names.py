"""A person's name without the title words a recogniser read into it
(accord.quotes.titles.person_name), and the sentence-final reporting verb
the parser tagged as a noun (accord.quotes.tagging), on hand-built Docs."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from accord.quotes.tagging import _tail_noun
from accord.quotes.titles import person_name, title_only


def test_title_words_before_a_known_given_name_are_dropped():
    assert person_name("Countries Olga Lebedeva") == "Olga Lebedeva"
    assert person_name("Studies Parviz Kamolov") == "Parviz Kamolov"


def test_regional_given_names_end_a_long_title():
    """Polish, Baltic and Ukrainian given names are known too (the region's border news)."""
    assert person_name("Spokesman of the Minister-Coordinator of Special Services of Poland Tomasz Wrona") == (
        "Tomasz Wrona"
    )
    assert person_name("Deputy Head of the State Border Guard of Lithuania Kestutis Zukas") == "Kestutis Zukas"
    assert person_name("Commander of the National Guard of Latvia Egils Berzins") == "Egils Berzins"


def test_names_that_are_names_stay():
    assert person_name("Olga Lebedeva") == "Olga Lebedeva"
    assert person_name("Mary Ann Smith") == "Mary Ann Smith"  # a given name first
    assert person_name("Tamim bin Hamad") == "Tamim bin Hamad"
    assert person_name("Institute Director") == "Institute Director"
    assert person_name(None) is None


def _doc(words, pos, sent_starts=None):
    doc = Doc(Vocab(), words=words, pos=pos, sent_starts=sent_starts or [True] + [False] * (len(words) - 1))
    return doc


def test_a_final_informs_after_a_name_and_a_comma_is_a_verb():
    words = ["Talks", "stalled", ",", "the", "press", "service", "of", "Vostok", "informs", "."]
    pos = ["NOUN", "VERB", "PUNCT", "DET", "NOUN", "NOUN", "ADP", "PROPN", "NOUN", "PUNCT"]
    doc = _doc(words, pos)
    assert _tail_noun(doc, doc[8])


def test_a_noun_with_no_name_and_comma_before_it_stays_a_noun():
    words = ["He", "dismissed", "the", "Vostok", "reports", "."]
    pos = ["PRON", "VERB", "DET", "PROPN", "NOUN", "PUNCT"]
    doc = _doc(words, pos)
    assert not _tail_noun(doc, doc[4])
    words = ["Talks", "stalled", ",", "the", "Vostok", "reports", "said", "."]
    doc = _doc(words, ["NOUN", "VERB", "PUNCT", "DET", "PROPN", "NOUN", "VERB", "PUNCT"])
    assert not _tail_noun(doc, doc[5])  # not the sentence's last word


def test_a_title_with_no_name_is_no_name():
    assert title_only("Head of the Migration Service of Kyrgyzstan")
    assert title_only("the Head of State")
    assert not title_only("Head of the Border Service Ruslan Temirov")  # a given name in it
    assert not title_only("President Putin")  # no "of": a title and a name
    assert not title_only("Bank of England")  # no role noun first
