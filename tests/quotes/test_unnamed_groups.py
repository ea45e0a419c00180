"""The view of an unnamed group of commentators ("Analysts doubt that ...") is
no one's quote in particular (quotes.passes._unnamed_group); what such a group
said, and the view of a named analyst, stay quotes. Real parses of sentences
written for these tests."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Analysts in Tbilisi believe that Moscow could soon reopen the checkpoint.",
        "Analysts doubt that Minsk could act without the consent of Moscow.",
        "Most observers believe that the border will stay closed until the spring.",
    ],
)
def test_an_unnamed_groups_view_is_no_quote(nlp, text):
    assert quote_rows(nlp, text) == []


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "Analysts in Yerevan said the French radars were unlikely to change the balance.",
            "French radars",
            "Analysts in Yerevan",
        ),
        (
            "Political scientist Arman Grigoryan believes that the talks will fail.",
            "talks will fail",
            "Arman Grigoryan",
        ),
    ],
)
def test_a_groups_statement_and_a_named_analysts_view_stay(nlp, text, words, speaker):
    assert one(quote_rows(nlp, text), words)[1] == speaker
