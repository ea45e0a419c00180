"""Tokenizer rules for quotation marks (accord.quotes.mark_tokens), on a blank
English tokenizer: runs of marks, single guillemets and low marks, and closers
glued to the attribution after them."""

import pytest
import spacy

from accord.quotes.mark_tokens import keep_mark_runs


@pytest.fixture(scope="module")
def tokens():
    nlp = spacy.blank("en")
    keep_mark_runs(nlp.tokenizer)
    return lambda text: [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("in Afghanistan,\u201cthe general said", ["in", "Afghanistan", ",", "\u201c", "the", "general", "said"]),
        ("says a lot,\u203athe expert added", ["says", "a", "lot", ",", "\u203a", "the", "expert", "added"]),
        ("at the border.\u2018the envoy said", ["at", "the", "border", ".", "\u2018", "the", "envoy", "said"]),
    ],
)
def test_a_glued_closer_is_a_token(tokens, text, want):
    assert tokens(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("\u2039We are ready\u203a.", ["\u2039", "We", "are", "ready", "\u203a", "."]),
        ("\u201aWe are ready\u2018, he said", ["\u201a", "We", "are", "ready", "\u2018", ",", "he", "said"]),
    ],
)
def test_single_guillemets_and_low_marks_are_tokens(tokens, text, want):
    assert tokens(text) == want


def test_words_and_apostrophes_stay(tokens):
    assert tokens("It\u2019s the U.S.\u2019s role") == ["It", "\u2019s", "the", "U.S.", "\u2019s", "role"]
