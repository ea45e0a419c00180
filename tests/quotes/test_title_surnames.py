"""A given name the list lacks, known by a surname's ending after a long title (accord.quotes.titles), on hand-built Docs."""

import spacy
from spacy.tokens import Doc

from accord.quotes.titles import _surname_name


def _doc(words, ents):
    return Doc(spacy.blank("en").vocab, words=words, ents=ents)


def test_a_surname_ending_after_a_long_title_makes_a_name():
    words = ["Director", "of", "the", "Institute", "Arman", "Poghosyan"]
    assert _surname_name(_doc(words, ["O"] * 6), 0, 6) == "Arman Poghosyan"


def test_a_place_with_a_surnames_ending_is_no_name():
    # "Kremlin", "Berlin" end like Putin or Fomin; tagged as a place they are none
    words = ["Head", "of", "the", "Office", "Grand", "Kremlin"]
    assert _surname_name(_doc(words, ["O"] * 5 + ["B-FAC"]), 0, 6) is None
