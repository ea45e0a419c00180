"""Round E: answers to what was said, and statements told again by others (accord.events.answers,
accord.events.told_again.similar_statements); needs the spaCy model."""

import pytest

import accord

pytestmark = pytest.mark.model


def _dyads(text, trigger=None):
    rec = next(accord.extract([{"id": "a", "text": text, "published": "2026-01-01"}]))
    return {
        (e.type, e.actor.country if e.actor else None, e.recipient.country if e.recipient else None)
        for e in rec.events
        if trigger is None or e.trigger.text == trigger
    }


def test_them_answers_every_critic():
    got = _dyads("Poland and Lithuania criticised the exercises. Belarus called them «hypocrisy».", "called")
    assert got == {("ACCUSE", "BLR", "POL"), ("ACCUSE", "BLR", "LTU")}


def test_these_claims_answer_every_critic():
    got = _dyads('Estonia and Latvia condemned the exercise. Moscow called these claims "sheer hypocrisy".', "called")
    assert got == {("ACCUSE", "RUS", "EST"), ("ACCUSE", "RUS", "LVA")}


def test_a_singular_statement_answers_its_author():
    got = _dyads('Lithuania accused Belarus of militarisation. Minsk called the statement "hypocrisy".', "called")
    assert got == {("ACCUSE", "BLR", "LTU")}


def test_statements_of_the_neighbours_are_every_neighbours():
    text = (
        "Lithuania, Latvia and Poland criticised the drills. In Minsk, the statements of the neighbours were rejected."
    )
    got = _dyads(text, "rejected")
    assert got == {("REJECT", "BLR", "LTU"), ("REJECT", "BLR", "LVA"), ("REJECT", "BLR", "POL")}


def test_them_after_a_rejection_names_who_was_rejected():
    text = (
        "Lithuania, Latvia and Poland criticised the drills. In Minsk, the statements of the neighbours were "
        "rejected. The Belarusian spokesman Ivan Petrov called them «hypocrisy»."
    )
    assert {r for t, a, r in _dyads(text, "called")} == {"LTU", "LVA", "POL"}


def test_them_on_troops_is_no_answer():
    """'Georgia called them occupiers' after a deployment: the troops' state, as before."""
    assert _dyads("Russia sent troops to the border. Georgia called them occupiers.", "called") == {
        ("ACCUSE", "GEO", "RUS")
    }


def test_a_similar_statement_made_by_others():
    text = "Estonia condemned the Russian drills. A similar statement was made by the foreign ministries of Latvia and Lithuania."
    got = _dyads(text)
    assert {("ACCUSE", "LVA", "RUS"), ("ACCUSE", "LTU", "RUS"), ("ACCUSE", "EST", "RUS")} <= got


def test_a_similar_statement_as_an_object():
    got = _dyads("Hungary criticised the sanctions against Russia. Slovakia made a similar statement.")
    assert ("ACCUSE", "SVK", "RUS") in got


def test_a_similar_statement_with_nothing_said_before_is_nothing():
    assert not _dyads("Slovakia made a similar statement.")


def test_the_criticism_of_a_group_answers_every_critic():
    text = "Estonia, Latvia and Lithuania criticised the drills. Moscow rejected the criticism of the Baltic states."
    assert {r for t, a, r in _dyads(text, "rejected")} == {"EST", "LVA", "LTU"}


def test_the_criticism_of_a_named_state_answers_it_alone():
    text = "Estonia and Latvia criticised the drills. Moscow rejected the criticism of Estonia."
    assert {r for t, a, r in _dyads(text, "rejected")} == {"EST"}
