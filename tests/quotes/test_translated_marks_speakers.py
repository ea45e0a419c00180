"""Speakers after guillemets and low-high marks, on real parses of sentences
written for these tests: the parser makes the closing mark the subject of the
cue after it ('«...,» reads the statement'); a mark is no speaker."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "\u00abAll the necessary measures have been taken at the border,\u00bb reads the statement.",
            "necessary measures",
            "the statement",
        ),
        (
            "\u00abRescue services must be ready to work in the polar night,\u00bb said head of the rescue "
            "centre in Dudinka Oleg Varnavsky.",
            "polar night",
            "Oleg Varnavsky",
        ),
        (
            "\u201eWe will open the second checkpoint in the spring,\u201c said the governor of the region.",
            "second checkpoint",
            "the governor of the region",
        ),
        (
            "\u00abNo violations of the regime were detected,\u00bb reads the message of the Border Service.",
            "No violations",
            "Border Service",
        ),
    ],
)
def test_a_closing_mark_is_no_speaker(nlp, text, words, speaker):
    got = one(quote_rows(nlp, text), words)[1]
    assert got is not None and (speaker.lower() in got.lower() or got.lower() in speaker.lower()), got
