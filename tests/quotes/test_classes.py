"""Cue classes: which attributions are quotes (frozen parses, no model)."""

import pytest
from quotes_docs import make_doc

from accord.quotes.extract import extract, extract_quotes


def classes(key):
    return [(q.cue_class, q.text) for q in extract_quotes(make_doc(key))]


@pytest.mark.parametrize(
    "key, cls",
    [
        ("cls_denied_act", "act"),  # a speech verb with only a noun phrase
        ("cls_believe_named", "opinion"),
        ("cls_believe_opinion", "thought"),  # "Analysts believe ...": an unnamed group's view is no quote
        ("cls_plans_intention", "intention"),
        ("cls_study_evidence", "evidence"),
        ("cls_tweeted_writing", "writing"),
        ("cls_not_saying_act", "act"),  # a negated speech verb states nothing
        ("indirect_that", "speech"),
    ],
)
def test_class_of_the_one_attribution(key, cls):
    ((got, _),) = classes(key)
    assert got == cls


def test_an_open_question_under_a_refusal_is_neither():
    assert classes("cls_refused_question") == []


def test_extract_parts_quotes_from_attributions():
    found = extract(make_doc("cls_plans_intention"))
    assert found.quotes == [] and [a.cue_class for a in found.attributions] == ["intention"]
    found = extract(make_doc("cls_believe_named"))
    assert [q.cue_class for q in found.quotes] == ["opinion"] and found.attributions == []
