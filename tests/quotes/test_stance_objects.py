"""A stance verb with a noun-phrase object is a stance even when marks hold
part of the object (quotes.passes._stance_object): 'condemns the use of
sanctions "bypassing the UN"' is what was condemned, not a quote; a naming
with "as" or "calling it" gives the speaker's words. Real parses of sentences
written for these tests."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        'The declaration condemns the use of unilateral sanctions "bypassing the UN Security Council" and expresses '
        "concern over the build-up of NATO forces.",
        'The joint statement condemns "any attempts to interfere in the internal affairs" of member states.',
        'The communique of the summit rejects the deployment of missiles "near the borders of the Organisation".',
    ],
)
def test_a_quoted_phrase_in_a_stance_verbs_object_is_no_quote(nlp, text):
    assert quote_rows(nlp, text) == []


def test_a_naming_with_as_stays_a_quote(nlp):
    row = one(
        quote_rows(nlp, 'Lebanon\'s President condemned the strikes as "a flagrant violation of the ceasefire".'),
        "flagrant violation",
    )
    assert row[1] is not None
