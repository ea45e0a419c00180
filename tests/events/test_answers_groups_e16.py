"""Review of round E: an answer to what a named group said goes to those of
its members who said it (group_members), and to no one for a group no list
knows; an unnamed group ("the neighbours") is whoever spoke before
(events.answers; needs the model)."""

import pytest

import accord

pytestmark = pytest.mark.model


def _rejected(text):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-05-01"}]))
    return {e.recipient.code[:3] for e in rec.events if e.type == "REJECT" and e.recipient and e.recipient.code}


def test_a_named_group_answers_only_its_members():
    text = (
        "Poland accused Belarus of organising hybrid attacks on the border. Lithuania and Latvia also "
        "criticised Minsk. Belarus rejected the claims of the Baltic states."
    )
    assert _rejected(text) == {"LTU", "LVA"}


def test_a_group_no_list_knows_answers_no_earlier_speaker():
    text = (
        "China criticised the new US tariffs. Japan welcomed the agreement with Seoul. "
        "Russia rejected the statements of the Western countries on Ukraine."
    )
    assert not _rejected(text) & {"CHN", "JPN"}


def test_statements_answered_are_those_aimed_at_the_answerer():
    text = "Lithuania accused Belarus of provocations. Latvia criticised Minsk. Belarus rejected the statements of the neighbours."
    assert _rejected(text) == {"LTU", "LVA"}
