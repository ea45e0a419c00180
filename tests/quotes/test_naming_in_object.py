"""'X called the accusations of Y «...»' (quotes.objects.naming) on real parses
of sentences written for these tests: where the parse hangs the name in marks
inside the object ('of Minsk «propaganda ...»'), the naming is still X's, not a
report of the accusations' with no speaker; a name in marks is no naming."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "Tomasz Nowak called the accusations of Minsk «propaganda aimed at the domestic audience».",
            "propaganda aimed",
            "Tomasz Nowak",
        ),
        (
            "Head of the press service of the Border Guard Service Andrei Demidenko called the allegations "
            'of Warsaw "pure fiction".',
            "pure fiction",
            "Andrei Demidenko",
        ),
        (
            'The Kremlin spokesman Dmitry Peskov called the accusations of Kyiv "absurd and groundless".',
            "absurd and groundless",
            "Dmitry Peskov",
        ),
    ],
)
def test_a_naming_the_parse_hung_inside_the_object_is_the_callers(nlp, text, words, speaker):
    row = one(quote_rows(nlp, text, "cue"), words)
    assert row[1] == speaker
    assert row[2].text == "called"


def test_names_in_marks_after_called_are_no_naming(nlp):
    assert quote_rows(nlp, "President Erdogan called the leaders of «Hamas» and «Fatah» on Monday.") == []
