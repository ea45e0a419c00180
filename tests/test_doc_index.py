import spacy

from accord.doc_index import TEXT_KEY, doc_text, lower_ids, tokens_with_lower


def test_tokens_with_lower_finds_each_casing_in_text_order():
    doc = spacy.blank("en")("The Allies met; allies and ALLIES. Members too")
    assert [t.i for t in tokens_with_lower(doc, {"allies", "members"})] == [1, 4, 6, 8]
    assert [t.i for t in tokens_with_lower(doc, "met", lower_ids(doc))] == [2]


def test_tokens_with_lower_on_an_empty_doc_and_an_unknown_word():
    nlp = spacy.blank("en")
    assert tokens_with_lower(nlp(""), "allies") == []
    assert tokens_with_lower(nlp("no such word"), "zyzzyva") == []


def test_doc_text_is_the_text_kept_once():
    doc = spacy.blank("en")("Talks began.  Rain fell\n")
    assert doc_text(doc) == doc.text
    assert doc.user_data[TEXT_KEY] == doc.text
    doc.user_data[TEXT_KEY] = "another document's text"  # not this Doc's length: read again
    assert doc_text(doc) == doc.text
    assert doc_text(spacy.blank("en")("")) == ""
