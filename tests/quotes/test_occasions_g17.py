"""Quotes of round G: a that-clause the parser hung on the question or the
occasion the cue answers ("said in reply to a question of reporters that
..."), and a negated or hypothetical verb outside the cue list that takes a
that-clause ("experts do not rule out that ..."), which states nothing."""

import pytest
from translated_helpers import quote_rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, words, name",
    [
        (
            "The general said in reply to a question of reporters that the bridge will stay closed.",
            "the bridge will stay closed",
            None,
        ),
        (
            "Ivan Petrov said in response to a question of journalists that the deal is not aimed at anyone "
            'and that Minsk "needs no lessons".',
            "the deal is not aimed at anyone",
            "Ivan Petrov",
        ),
        (
            "The mayor warned at a meeting with farmers in Osh that the canal will be repaired.",
            "the canal will be repaired",
            None,
        ),
    ],
)
def test_a_that_clause_on_the_occasion_is_the_cues(nlp, text, words, name):
    qs = quote_rows(nlp, text)
    hits = [q for q in qs if words in q[0]]
    assert len(hits) == 1, qs
    if name:
        assert hits[0][1] == name


@pytest.mark.parametrize(
    "text",
    [
        "Analysts do not rule out that the bank will raise rates in spring.",
        "Local media do not exclude that the vote may be postponed.",
        "The minister did not rule out that more troops could be sent.",
    ],
)
def test_a_negated_verb_outside_the_cue_list_states_nothing(nlp, text):
    assert quote_rows(nlp, text) == []


def test_an_unlisted_verb_with_a_that_clause_still_reports(nlp):
    qs = quote_rows(nlp, "The envoy hinted that the talks would resume in May.")
    assert len(qs) == 1 and qs[0][1] == "envoy"
