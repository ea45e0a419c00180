"""Translated copy glues a quotation's closing mark, a comma or a dialogue
dash to the attribution after it; the tokenizer splits them off (accord.nlp)."""

import pytest
import spacy

from accord.nlp import _split_glued_marks


@pytest.fixture(scope="module")
def tokens():
    nlp = spacy.blank("en")
    _split_glued_marks(nlp)
    return lambda text: [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    "text, want",
    [
        ('"We held firm"-the minister said', ['"', "We", "held", "firm", '"', "-", "the", "minister", "said"]),
        ('"We held firm",the minister said', ['"', "We", "held", "firm", '"', ",", "the", "minister", "said"]),
        (
            '"We held firm," -said Minister Sadykov',
            ['"', "We", "held", "firm", ",", '"', "-", "said", "Minister", "Sadykov"],
        ),
        ('of us,"the head of state stressed', ["of", "us", ",", '"', "the", "head", "of", "state", "stressed"]),
    ],
)
def test_glued_marks_and_dashes_split(tokens, text, want):
    assert tokens(text) == want


def test_numbers_hyphens_and_names_stay(tokens):
    assert tokens("a pro-Western figure, -10 degrees, -Ukrainian") == [
        "a", "pro", "-", "Western", "figure", ",", "-10", "degrees", ",", "-Ukrainian",
    ]  # fmt: skip
