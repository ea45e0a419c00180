"""US vice presidents are in the office-holder table (office 'other'): a vice
president named with or without the title is coded by the article's date."""

from accord.actors.component import extract_actors
from conftest import find, make_doc


def _code(vocab, words, ents, published, text):
    ms, _ = extract_actors(make_doc(vocab, words.split(), ents=ents, published=published))
    return find(ms, text).code


def test_vice_president_by_title_and_name(vocab):
    words = "Vice President Mike Pence will fly to Rome on Friday ."
    assert _code(vocab, words, [(2, 4, "PERSON")], "2019-03-01", "Vice President Mike Pence") == "USAGOV"


def test_vice_president_by_name_on_the_articles_date(vocab):
    words = "Kamala Harris met the envoys on Friday ."
    assert _code(vocab, words, [(0, 2, "PERSON")], "2022-05-01", "Kamala Harris") == "USAGOV"
