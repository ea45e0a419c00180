"""A verb of demanding with its clause in the subjunctive asks for an act
(quotes.classes.mandate): "demands that X stop ..." is an act, as "urged X to
stop" is, not a quote; the same verb with a statement stays a quote. Real
parses of sentences written for these tests."""

import pytest
from translated_helpers import quote_rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "In its note, Vilnius demands that the Russian side stop the flights over the border.",
        "Tashkent insists that Bishkek withdraw its troops from the disputed area.",
        "The opposition demanded that the troops leave the area.",
        "The ambassador demanded that the detained citizens be released without delay.",
        "Yerevan requested that Baku return the prisoners of war.",
    ],
)
def test_a_demand_in_the_subjunctive_is_no_quote(nlp, text):
    assert quote_rows(nlp, text) == []


@pytest.mark.parametrize(
    "text, words",
    [
        ("The ministry insisted that the exercise was purely defensive.", "purely defensive"),
        ("Lavrov insisted that Russia should not be blamed for the incident.", "should not be blamed"),
        ("The analyst suggests that the sides remain far apart on the border issue.", "far apart"),
        ("Lavrov insisted that the sanctions are illegal and will not change Moscow's course.", "are illegal"),
        ("The Kremlin insisted that Russian troops have no role in the fighting.", "no role"),
        ("Officials suggested that the sanctions remain in force.", "remain in force"),
    ],
)
def test_a_statement_after_the_same_verbs_is_a_quote(nlp, text, words):
    assert any(words in q[0] for q in quote_rows(nlp, text))
