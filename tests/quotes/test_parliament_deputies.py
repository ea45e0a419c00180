"""'- said the deputy' after a title in a parliament that the text names by its
own name ('of the State Duma', 'of the Jogorku Kenesh'): the member quoted
before (quotes.referents._lawmaker with the data list lawmaker_words). Real
parses of texts written for these tests."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "Head of the Committee on Defence of the State Duma Andrei Kartapolov said that the draft was ready."
            '\n\n"The law will be adopted in the spring", - the deputy added.',
            "adopted in the spring",
            "Andrei Kartapolov",
        ),
        (
            "Chairman of the Committee on Defence and Security of the Jogorku Kenesh Azamat Toktorbaev stated that "
            'recruiters use online games.\n\n"Parents often do not know with whom their children communicate", - '
            "said the deputy.",
            "Parents often",
            "Azamat Toktorbaev",
        ),
        (
            "Member of the Committee on International Affairs of the Mazhilis Aigul Kuspan said that the treaty "
            'would be ratified in May.\n\n"We will vote for it next week", - the deputy noted.',
            "vote for it",
            "Aigul Kuspan",
        ),
    ],
)
def test_the_deputy_is_the_member_of_the_named_parliament(nlp, text, words, speaker):
    assert one(quote_rows(nlp, text), words)[1] == speaker
