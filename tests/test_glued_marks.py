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


def test_mark_runs_stay_one_token_beside_the_glued_mark_rules():
    from accord.nlp import _keep_mark_runs

    nlp = spacy.blank("en")
    _split_glued_marks(nlp)
    _keep_mark_runs(nlp)
    words = [t.text for t in nlp.make_doc('"We held firm",the minister said \u201c\u201d\u00ab"\u00bb x')]
    assert words == ['"', "We", "held", "firm", '"', ",", "the", "minister", "said", '\u201c\u201d\u00ab"\u00bb', "x"]
