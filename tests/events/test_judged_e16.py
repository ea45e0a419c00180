"""Round E: the verdict of "called X «label»" read derivationally and by its hostile nouns (accord.events.judged)."""

import pytest

from accord.events.triggers import find_candidates

G = "B-GPE"


def _codes(doc):
    return [(c.tok.text, c.cameo, c.type) for c in find_candidates(doc[:])]


def _called(build, verdict_rows):
    """'Minsk called the statement <verdict> .' with the verdict as the object predicate."""
    rows = [
        ("Minsk", "Minsk", "PROPN", "NNP", "nsubj", 1, G),
        ("called", "call", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("statement", "statement", "NOUN", "NN", "dobj", 1, "O"),
        *verdict_rows,
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return build(rows)


def test_a_noun_verdict_reads_as_its_adjective(build):
    """'called the statement hypocrisy': hypocrisy is listed as hypocritical."""
    doc = _called(build, [("hypocrisy", "hypocrisy", "NOUN", "NN", "oprd", 1, "O")])
    assert ("called", "111", "ACCUSE") in _codes(doc)


def test_cynicism_reads_as_cynical(build):
    doc = _called(build, [("cynicism", "cynicism", "NOUN", "NN", "oprd", 1, "O")])
    assert ("called", "111", "ACCUSE") in _codes(doc)


def test_a_guillemet_noun_holds_the_verdict(build):
    """'called the statement «hypocrisy»' parsed with the closing guillemet as the predicate."""
    doc = _called(
        build,
        [
            ("«", "«", "PUNCT", "``", "punct", 5, "O"),
            ("hypocrisy", "hypocrisy", "NOUN", "NN", "compound", 6, "O"),
            ("»", "»", "NOUN", "NN", "oprd", 1, "O"),
        ],
    )
    assert ("called", "111", "ACCUSE") in _codes(doc)


def test_an_act_of_a_hostile_noun_is_a_charge(build):
    """'called the statement an act of intimidation'."""
    doc = _called(
        build,
        [
            ("an", "an", "DET", "DT", "det", 5, "O"),
            ("act", "act", "NOUN", "NN", "oprd", 1, "O"),
            ("of", "of", "ADP", "IN", "prep", 5, "O"),
            ("intimidation", "intimidation", "NOUN", "NN", "pobj", 6, "O"),
        ],
    )
    assert ("called", "111", "ACCUSE") in _codes(doc)


def test_an_act_of_a_neutral_noun_is_no_charge(build):
    """'called the statement an act of goodwill': no hostile noun, no charge."""
    doc = _called(
        build,
        [
            ("an", "an", "DET", "DT", "det", 5, "O"),
            ("act", "act", "NOUN", "NN", "oprd", 1, "O"),
            ("of", "of", "ADP", "IN", "prep", 5, "O"),
            ("goodwill", "goodwill", "NOUN", "NN", "pobj", 6, "O"),
        ],
    )
    assert ("called", "111", "ACCUSE") not in _codes(doc)


def test_double_standards_is_a_charge(build):
    doc = _called(
        build,
        [
            ("double", "double", "ADJ", "JJ", "amod", 5, "O"),
            ("standards", "standard", "NOUN", "NNS", "oprd", 1, "O"),
        ],
    )
    assert ("called", "111", "ACCUSE") in _codes(doc)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, want",
    [
        ('Seoul called the North Korean launch "a pretext for escalation".', ("ACCUSE", "PRK")),
        ('Tokyo called the drills of China "an act of intimidation".', ("ACCUSE", "CHN")),
        ('Georgia called the Russian move "an attempt to exert pressure on Tbilisi".', ("ACCUSE", "RUS")),
    ],
)
def test_hostile_verdict_nouns_in_text(text, want):
    import accord

    rec = next(accord.extract([{"id": "j", "text": text, "published": "2026-01-01"}]))
    got = [(e.type, e.recipient.country if e.recipient else None) for e in rec.events if e.trigger.text == "called"]
    assert want in got, got


@pytest.mark.model
def test_charging_verdict_on_accusations_is_a_counter_charge():
    """'called the accusations of X an attempt to create a pretext for pressure': ACCUSE X, not REJECT."""
    import accord

    text = (
        "Azerbaijan accused Armenia of shelling. Yerevan called the accusations of Baku "
        '"an attempt to create a pretext for new pressure on Yerevan".'
    )
    rec = next(accord.extract([{"id": "j", "text": text, "published": "2026-01-01"}]))
    got = [(e.type, e.actor.country, e.recipient.country if e.recipient else None) for e in rec.events]
    assert ("ACCUSE", "ARM", "AZE") in got and ("REJECT", "ARM", "AZE") not in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        'Kyiv called the move "an attempt to ease pressure on civilians".',
        'The president called the talks "a pressure-free dialogue".',
        'The envoy described the decision as "an act of goodwill".',
    ],
)
def test_verdicts_that_do_not_charge(text):
    import accord

    rec = next(accord.extract([{"id": "j", "text": text, "published": "2026-01-01"}]))
    assert not [e for e in rec.events if e.type == "ACCUSE"], rec.events
